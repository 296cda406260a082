"""What the registration documents show, gathered from the database into the plain dataclasses of
``document_data`` (the PDF builders in ``documents`` draw them)."""
from __future__ import annotations

import datetime as dt
import re

from app.core.checklist import ChecklistItem
from app.core.errors import NotFound, ServiceError
from app.core.identifiers import area_name
from app.core.models import Case, Department, Material, MaterialState, Step, now
from app.core.settings import get_setting
from app.i18n import translate
from app.plugin_api import IntakeAnswers
from plugins.registration.common import LICENCE_STEP
from plugins.registration.document_data import (AcceptanceReceiptData, BusinessLicenceData, ChecklistNoticeData,
                                                NoticeItem, ReceiptMaterial)
from plugins.registration.materials import PRODUCED_MATERIALS, checklist_for
from plugins.registration.reference import ADDRESS_TYPES, company_type_title, industry_catalogue

OFFICE_SETTING = "registration.office"  # e.g. 绵阳高新区市场监督管理局综合受理窗口
AUTHORITY_SETTING = "registration.authority"  # 登记机关 printed on the licence
PHONE_SETTING = "registration.phone"
_MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}


def office_name(default: str = "") -> str:
    return get_setting(OFFICE_SETTING) or default or translate("registration", "市场监督管理局综合受理窗口")


def _yes_no(value: bool) -> str:
    return translate("registration", "是") if value else translate("registration", "否")


def answer_rows(answers: IntakeAnswers) -> tuple[tuple[str, str], ...]:
    """The guided intake's answers as (question, answer) for the applicant."""
    catalogue = industry_catalogue()
    industries = "；".join(f"{code} {catalogue.name(code)}" for code in answers.industry_codes) or "—"
    return (
        (translate("registration", "企业类型"), company_type_title(answers.company_type)),
        (translate("registration", "是否招用员工"), _yes_no(answers.has_employees)),
        (translate("registration", "是否需要领用发票"), _yes_no(answers.needs_invoices)),
        (translate("registration", "经营行业"), industries),
        (translate("registration", "住所类型"), ADDRESS_TYPES.get(answers.address_type, answers.address_type)),
    )


def notice_items(items: list[ChecklistItem]) -> tuple[NoticeItem, ...]:
    names = {d.code: d.name for d in Department.select()}
    return tuple(NoticeItem(name=item.name, departments=tuple(names.get(d, d) for d in item.departments),
                            note="；".join(item.notes), deferrable=item.deferrable)
                 for item in items if item.code not in PRODUCED_MATERIALS)


def checklist_notice_data(host, answers: IntakeAnswers, *, office: str = "", clerk: str = "", phone: str = "",
                          enterprise_name: str = "", at: dt.datetime | None = None) -> ChecklistNoticeData:
    """一次性告知单 for these answers."""
    return ChecklistNoticeData(office=office_name(office), issued_at=at or now(), answers=answer_rows(answers),
                               items=notice_items(checklist_for(host, answers)), enterprise_name=enterprise_name,
                               clerk=clerk, phone=phone or get_setting(PHONE_SETTING, ""))


def _case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("registration", "办件不存在"))
    return case


def acceptance_receipt_data(case_id: int, *, office: str = "", clerk: str = "",
                            phone: str = "") -> AcceptanceReceiptData:
    """受理回执 of an accepted case."""
    case = _case(case_id)
    licence = Step.get_or_none((Step.case == case.id) & (Step.step_type == LICENCE_STEP))
    materials = tuple(ReceiptMaterial(name=m.name, state=m.state, promised_by=m.promised_by)
                      for m in case.materials.order_by(Material.id)
                      if m.code not in PRODUCED_MATERIALS and m.state != MaterialState.REQUIRED)
    applicant = case.legal_representative.name if case.legal_representative_id else ""
    return AcceptanceReceiptData(office=office_name(office), case_number=case.number,
                                 enterprise_name=case.enterprise.name, applicant=applicant,
                                 accepted_at=case.created_at, licence_deadline=licence.due_at if licence else None,
                                 materials=materials, clerk=clerk, qr_payload=f"KAIBAN-CASE:{case.number}",
                                 phone=phone or get_setting(PHONE_SETTING, ""))


def licence_company_type(case: Case) -> str:
    """The company type as the licence prints it, e.g. 有限责任公司（自然人投资或控股）."""
    kind = case.enterprise.company_type
    title = company_type_title(kind)
    holders = (case.data or {}).get("shareholders", [])
    if kind == "limited_company" and holders:
        people = [h for h in holders if h.get("kind", "person") == "person"]
        if len(holders) == 1:
            return title + ("（自然人独资）" if people else "（非自然人投资或控股的法人独资）")
        return title + ("（自然人投资或控股）" if people else "（非自然人投资或控股）")
    if kind == "partnership":
        return "有限合伙企业" if "有限合伙" in case.enterprise.name else "普通合伙企业"
    return title


def default_authority(area_code: str) -> str:
    """登记机关 when the ``registration.authority`` setting is not set: the city's administration
    for market regulation (e.g. 510703 -> 绵阳市市场监督管理局)."""
    city = area_name(area_code[:4] + "00") if len(area_code) == 6 else ""
    city = _MUNICIPALITIES.get(area_code[:2], re.sub(r"^.+?(省|自治区)", "", city))
    return city + translate("registration", "市场监督管理局")


def licence_data(case_id: int) -> BusinessLicenceData:
    """营业执照 of a case whose licence was issued."""
    case = _case(case_id)
    ent = case.enterprise
    issued = (case.data or {}).get("licence", {})
    if not ent.uscc or not issued:
        raise ServiceError(translate("registration", "办件 {number} 尚未发照").format(number=case.number))
    issued_on = dt.datetime.fromisoformat(issued["issued_at"]).date()
    authority = get_setting(AUTHORITY_SETTING) or default_authority(case.area_code or ent.area_code)
    legal = case.legal_representative.name if case.legal_representative_id else ""
    return BusinessLicenceData(uscc=ent.uscc, name=ent.name, company_type=licence_company_type(case),
                               legal_representative=legal, registered_capital=ent.registered_capital,
                               established_on=issued_on, address=ent.address, business_scope=ent.business_scope,
                               authority=authority, issued_on=issued_on,
                               qr_payload=f"统一社会信用代码:{ent.uscc};名称:{ent.name};登记机关:{authority}")
