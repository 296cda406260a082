"""Valid intake forms and the materials that go with them, for the registration window's tests."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from app.core.identifiers import make_resident_id, make_uscc
from app.core.models import Case, Enterprise, Material, Person, Step, User
from app.core.users import current_user
from plugins.registration.intake import MaterialEntry
from plugins.registration.materials import collected_items
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day
LEGAL_ID = make_resident_id("510703", dt.date(1985, 5, 17), 123)  # 涪城区, born before 1992
PARTNER_ID = make_resident_id("500105", dt.date(1990, 1, 2), 222)  # 重庆江北区, born before 1997
CORPORATE_USCC = make_uscc("510703", 12345678)


def valid_form(**changes) -> IntakeForm:
    form = IntakeForm(
        company_name="绵阳锦程科技有限公司", company_type="limited_company", registered_capital="500000",
        industry_codes=("6513", "6560"), business_scope="软件开发；信息技术咨询服务", address="绵阳市高新区火炬路 18 号",
        area_code="510703", address_type="leased",
        legal_representative=PersonEntry("张三", LEGAL_ID, "13812345678"),
        contact=PersonEntry("李四", "", "13912345678"),
        shareholders=[ShareholderEntry("张三", LEGAL_ID, "60", "person"),
                      ShareholderEntry("王五", PARTNER_ID, "30", "person"),
                      ShareholderEntry("绵阳蜀丰投资有限公司", CORPORATE_USCC, "10", "corporate")],
        has_employees=True, needs_invoices=True)
    return dataclasses.replace(form, **changes)


def all_received(ctx, form: IntakeForm) -> list[MaterialEntry]:
    return [MaterialEntry(item.code) for item in collected_items(ctx.host, form.answers())]


def window_user(username: str = "clerk"):
    return current_user(User.get(User.username == username))


def step(case, step_type: str) -> Step:
    return Step.get((Step.case == (case if isinstance(case, int) else case.id)) & (Step.step_type == step_type))


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in (Case, Enterprise, Person, Material, Step)}


def online_document(ctx, external_id: str = "ZX-2026-0001", **changes) -> dict:
    """A valid online-channel document (docs/case-import.md)."""
    form = valid_form(company_name="绵阳云帆网络科技有限公司")
    doc = {
        "format": "kaiban.case-import/1", "external_id": external_id, "submitted_at": "2026-03-02T08:40:00+08:00",
        "company_name": form.company_name, "company_type": form.company_type,
        "registered_capital": "1000000.00", "industry_codes": list(form.industry_codes),
        "business_scope": form.business_scope, "address": form.address, "area_code": form.area_code,
        "address_type": form.address_type,
        "legal_representative": {"name": "张三", "id_number": LEGAL_ID, "mobile": "13812345678"},
        "contact": {"name": "李四", "mobile": "13912345678"},
        "shareholders": [{"kind": "person", "name": "张三", "id_number": LEGAL_ID, "share": "70"},
                         {"kind": "person", "name": "王五", "id_number": PARTNER_ID, "share": "30"}],
        "has_employees": True, "needs_invoices": True,
        "materials": [{"code": item.code, "state": "received"} for item in collected_items(ctx.host, form.answers())],
    }
    doc.update(changes)
    return doc


def write_json(path: Path, doc) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
