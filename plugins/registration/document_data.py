"""What each registration document shows: plain data handed from the services to the PDF builders."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class NoticeItem:
    name: str
    departments: tuple[str, ...]  # department names (not codes) reusing this material
    note: str = ""
    deferrable: bool = False


@dataclass(frozen=True)
class ChecklistNoticeData:
    """一次性告知单: the applicant's own checklist, printed from the guided intake."""
    office: str  # e.g. 绵阳高新区市场监督管理局综合受理窗口
    issued_at: dt.datetime
    answers: tuple[tuple[str, str], ...]  # (question, answer) as shown to the applicant
    items: tuple[NoticeItem, ...]
    enterprise_name: str = ""  # proposed name when known
    clerk: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReceiptMaterial:
    name: str
    state: str  # received / promised
    promised_by: dt.date | None = None


@dataclass(frozen=True)
class AcceptanceReceiptData:
    """受理回执: proof that the case was accepted, with its number and a QR code."""
    office: str
    case_number: str
    enterprise_name: str
    applicant: str  # legal representative or agent name
    accepted_at: dt.datetime
    licence_deadline: dt.datetime | None
    materials: tuple[ReceiptMaterial, ...]
    clerk: str
    qr_payload: str  # text encoded in the QR code (case number + verification URL/path)
    phone: str = ""


@dataclass(frozen=True)
class BusinessLicenceData:
    """营业执照 (the copy printed at the window)."""
    uscc: str
    name: str
    company_type: str  # title, e.g. 有限责任公司（自然人投资或控股）
    legal_representative: str
    registered_capital: Decimal | None  # in CNY
    established_on: dt.date
    address: str
    business_scope: str
    authority: str  # 登记机关
    issued_on: dt.date
    qr_payload: str
    term: str = "长期"  # 营业期限


@dataclass(frozen=True)
class LicenceClassRow:
    licence_class: str  # "1", "3", "6" (hours)
    issued: int
    on_time: int


@dataclass(frozen=True)
class DailyIntakeReportData:
    """每日受理情况统计."""
    office: str
    day: dt.date
    received: int
    by_company_type: tuple[tuple[str, int], ...]  # (title, count)
    by_channel: tuple[tuple[str, int], ...]  # (窗口受理/网上申报, count)
    by_licence_class: tuple[LicenceClassRow, ...] = field(default_factory=tuple)
    generated_at: dt.datetime | None = None
    day_to: dt.date | None = None  # last day when the figures cover several days (day .. day_to)
