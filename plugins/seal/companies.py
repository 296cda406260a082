"""Seal companies' master data: licence number, opening hours and the unit price the government
pays for a free set. Read by the form, the notice and the reports; changed by a supervisor of the
company (or an administrator) through :func:`update_company`."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from app.core import audit
from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.models import Department, Organisation, User, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.seal.catalogue import DEPARTMENT
from plugins.seal.models import SealCompany
from plugins.seal.validation import MAX_PRICE, parse_price

LICENCE_MIN, LICENCE_MAX = 4, 60
HOURS_MAX = 60
CENT = Decimal("0.01")
_TIME_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-–—~至]\s*(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class CompanyProfile:
    organisation_id: int
    code: str
    name: str
    address: str
    phone: str
    licence_no: str
    opening_hours: str
    unit_price: Decimal | None
    updated_at: dt.datetime | None
    updated_by: str


def _seal_organisation(organisation_id: int) -> Organisation:
    org = (Organisation.select().join(Department)
           .where((Organisation.id == organisation_id) & (Department.code == DEPARTMENT)).first())
    if org is None:
        raise NotFound(translate("seal", "刻章企业不存在"))
    return org


def company_profile(organisation_id: int) -> CompanyProfile:
    """The company's profile; a company without master data yet has empty fields."""
    org = _seal_organisation(organisation_id)
    row = SealCompany.get_or_none(SealCompany.organisation == org.id)
    editor = User.get_or_none(User.id == row.updated_by_id) if row is not None and row.updated_by_id else None
    return CompanyProfile(organisation_id=org.id, code=org.code, name=org.name, address=org.address or "",
                          phone=org.phone or "", licence_no=row.licence_no if row else "",
                          opening_hours=row.opening_hours if row else "",
                          unit_price=Decimal(row.unit_price).quantize(CENT) if row and row.unit_price is not None
                          else None, updated_at=row.updated_at if row else None,
                          updated_by=editor.display_name if editor else "")


def may_edit(user: CurrentUser, organisation_id: int) -> bool:
    """Administrators edit every seal company, supervisors only their own."""
    if user.is_admin:
        return True
    return user.is_supervisor and user.department_code == DEPARTMENT and user.organisation_id == organisation_id


def editable_companies(user: CurrentUser) -> list[tuple[int, str]]:
    """(id, name) of the seal companies ``user`` may edit, by name."""
    if not (user.is_admin or (user.is_supervisor and user.department_code == DEPARTMENT)):
        return []
    query = (Organisation.select(Organisation.id, Organisation.name).join(Department)
             .where(Department.code == DEPARTMENT).order_by(Organisation.name))
    if not user.is_admin:
        query = query.where(Organisation.id == user.organisation_id)
    return [(org.id, org.name) for org in query]


def hours_error(text: str) -> str:
    """What is wrong with an opening-hours text, "" when nothing. It must name at least one time
    range (``09:00-17:30``), every range a real time of day that ends after it starts."""
    if not text:
        return translate("seal", "请填写营业时间")
    if len(text) > HOURS_MAX:
        return translate("seal", "营业时间最多 {n} 个字").format(n=HOURS_MAX)
    ranges = _TIME_RANGE.findall(text)
    if not ranges:
        return translate("seal", "营业时间须包含时段，如“周一至周五 09:00-12:00、13:30-17:30”")
    for h1, m1, h2, m2 in ranges:
        start, end = (int(h1), int(m1)), (int(h2), int(m2))
        if not all(h < 24 and m < 60 for h, m in (start, end)):
            return translate("seal", "营业时间中的时刻不正确")
        if end <= start:
            return translate("seal", "营业时段的结束时间须晚于开始时间")
    return ""


def validate_company(licence_no: str, opening_hours: str, unit_price: str) -> dict[str, str]:
    """Field -> message for the master-data form (``licence_no``, ``opening_hours``, ``unit_price``)."""
    errors: dict[str, str] = {}
    if not licence_no:
        errors["licence_no"] = translate("seal", "请填写特种行业许可证编号")
    elif not LICENCE_MIN <= len(licence_no) <= LICENCE_MAX or any(not ch.isprintable() for ch in licence_no):
        errors["licence_no"] = translate("seal", "许可证编号应为 {low}–{high} 个字符").format(low=LICENCE_MIN,
                                                                                     high=LICENCE_MAX)
    if message := hours_error(opening_hours):
        errors["opening_hours"] = message
    price = parse_price(unit_price)
    if not unit_price:
        errors["unit_price"] = translate("seal", "请填写免费套章单价")
    elif price is None:
        errors["unit_price"] = translate("seal", "单价应为金额，最多两位小数，如 240.00")
    elif not Decimal("0.01") <= price <= MAX_PRICE:
        errors["unit_price"] = translate("seal", "单价应在 0.01 至 2000.00 元之间")
    return errors


def update_company(organisation_id: int, user: CurrentUser, *, licence_no: str, opening_hours: str,
                   unit_price: str, at: dt.datetime | None = None) -> CompanyProfile:
    """Save the company's master data (validated; nothing changes when a field is wrong). The unit
    price applies to sets completed from now on: completed sets keep the price they were paid at."""
    if not may_edit(user, organisation_id):
        raise PermissionDenied(translate("seal", "只有本企业的主管或系统管理员可以修改企业信息"))
    licence_no, opening_hours, unit_price = licence_no.strip(), opening_hours.strip(), unit_price.strip()
    errors = validate_company(licence_no, opening_hours, unit_price)
    if errors:
        raise ValidationError(errors)
    at = at or now()
    with database.atomic():
        org = _seal_organisation(organisation_id)
        values = {"licence_no": licence_no, "opening_hours": opening_hours, "unit_price": parse_price(unit_price),
                  "updated_at": at, "updated_by": user.id}
        if not SealCompany.update(**values).where(SealCompany.organisation == org.id).execute():
            SealCompany.create(organisation=org.id, **values)
        audit.record("change", "seal_company", user=user.id, entity_id=org.id,
                     detail=f"{licence_no} | {opening_hours} | {values['unit_price']}")
    return company_profile(organisation_id)


def set_company(organisation_id: int, *, licence_no: str, opening_hours: str, unit_price: Decimal) -> None:
    """Master data written by the demo seeder and the tests (no user, no audit)."""
    values = {"licence_no": licence_no, "opening_hours": opening_hours, "unit_price": unit_price}
    if not SealCompany.update(**values).where(SealCompany.organisation == organisation_id).execute():
        SealCompany.create(organisation=organisation_id, **values)


__all__ = ["CompanyProfile", "company_profile", "may_edit", "editable_companies", "validate_company",
           "update_company", "hours_error", "set_company"]
