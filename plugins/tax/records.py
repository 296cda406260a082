"""The tax office's records of its step: the registration written when the step is completed
(``on_complete``), read back for the notice and the form, and the demo worker's form data.
Qt-free."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.core import notifications, step_work
from app.core.errors import ValidationError
from app.core.models import Case, Organisation, Step
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.tax import catalogue as cat
from plugins.tax.models import InvoiceGrant, TaxRegistration
from plugins.tax.validation import taxpayer_id_error

SMS_KEY = "tax.registered"
#: the demo's tax staff, who sign the demo registrations
DEMO_OFFICERS = ("吴敏", "郑伟")


@dataclass(frozen=True)
class Grant:
    kind: str
    quantity: int | None
    max_amount: int | None
    total_amount: int

    @property
    def title(self) -> str:
        return cat.invoice_kind_title(self.kind)


@dataclass(frozen=True)
class Registration:
    """A confirmed registration as the form and the notice show it."""
    step_id: int
    case_id: int
    case_number: str
    taxpayer_id: str
    enterprise_name: str
    company_type: str
    category: str
    tax_types: tuple[str, ...]
    device: str
    device_number: str
    officer_name: str
    confirmed_at: dt.datetime
    organisation_name: str = ""
    organisation_address: str = ""
    organisation_phone: str = ""
    financial_officer_name: str = ""
    financial_officer_id_number: str = ""
    financial_officer_mobile: str = ""
    grants: tuple[Grant, ...] = field(default_factory=tuple)


def _in_catalogue_order(grants) -> tuple[Grant, ...]:
    order = [k.code for k in cat.INVOICE_KINDS]
    return tuple(sorted(grants, key=lambda g: order.index(g.kind) if g.kind in order else len(order)))


def _clean_grants(rows) -> tuple[Grant, ...]:
    grants = []
    for row in rows or []:
        kind = cat.INVOICE_KIND_BY_CODE[row["kind"]]
        grants.append(Grant(kind.code, row.get("quantity") if kind.paper else None,
                            row.get("max_amount") if kind.paper else None, cat.grant_total(row)))
    return _in_catalogue_order(grants)


def _refuse_duplicates(step: Step, taxpayer_id: str, device_number: str) -> None:
    others = TaxRegistration.select().where(TaxRegistration.step != step.id)
    if others.where(TaxRegistration.taxpayer_id == taxpayer_id).exists():
        raise ValidationError({"taxpayer_id": translate("tax", "纳税人识别号 {id} 已办理过税务登记").format(id=taxpayer_id)})
    if device_number and others.where(TaxRegistration.device_number == device_number).exists():
        raise ValidationError({"device_number": translate("tax", "税务UKey {number} 已发放给其他纳税人").format(
            number=device_number)})


def on_complete(step: Step) -> None:
    """``StepTypeSpec.on_complete``: inside the completing transaction, after ``check_completion``
    passed. Refuses (ValidationError) when the enterprise has no valid USCC to serve as its taxpayer
    id, or the id or the UKey is registered already; writes the registration and its first grant
    and texts the applicant."""
    data = step.data or {}
    case = Case.get_by_id(step.case_id)
    enterprise = case.enterprise
    error = taxpayer_id_error(enterprise.uscc)
    if error:
        raise ValidationError({"taxpayer_id": error})
    taxpayer_id = enterprise.uscc.strip().upper()
    device = data["device"]
    device_number = (data.get("device_number") or "").strip() if device == cat.DEVICE_UKEY else ""
    _refuse_duplicates(step, taxpayer_id, device_number)
    finance = data.get("financial_officer") or {}
    TaxRegistration.delete().where(TaxRegistration.step == step.id).execute()
    registration = TaxRegistration.create(
        step=step.id, case=case.id, organisation=step.organisation_id, taxpayer_id=taxpayer_id,
        enterprise_name=enterprise.name, company_type=enterprise.company_type or "", category=data["category"],
        tax_types=cat.resolved_tax_types(data["tax_types"], enterprise.company_type or ""), device=device,
        device_number=device_number, officer_name=data["officer"].strip(), officer=step.claimed_by_id,
        financial_officer_name=(finance.get("name") or "").strip(),
        financial_officer_id_number=(finance.get("id_number") or "").strip().upper(),
        financial_officer_mobile=(finance.get("mobile") or "").strip(),
        confirmed_at=step.completed_at)
    grants = _clean_grants(data.get("first_invoices"))
    if grants:
        InvoiceGrant.insert_many([{"registration": registration.id, "kind": g.kind, "quantity": g.quantity,
                                   "max_amount": g.max_amount, "total_amount": g.total_amount}
                                  for g in grants]).execute()
    notifications.queue_text(case.id, SMS_KEY, registered_text(enterprise.name, taxpayer_id, data["category"],
                                                               grants), at=step.completed_at)


def grant_text(grant: Grant) -> str:
    if grant.quantity is not None:
        return translate("tax", "{kind} {quantity} 份（单份限额 {limit}）").format(
            kind=grant.title, quantity=grant.quantity, limit=cat.yuan(grant.max_amount or 0))
    return translate("tax", "{kind}月度额度 {quota}").format(kind=grant.title, quota=cat.yuan(grant.total_amount))


def registered_text(enterprise: str, taxpayer_id: str, category: str, grants) -> str:
    """The applicant's text message when the registration is confirmed."""
    text = translate("tax", "【税务】{enterprise}已完成税务登记，纳税人识别号 {id}，纳税人类型：{category}。").format(
        enterprise=enterprise, id=taxpayer_id, category=cat.category_title(category))
    if grants:
        text += translate("tax", "已核定首票：{grants}。").format(grants="；".join(grant_text(g) for g in grants))
    return text + translate("tax", "请按期申报纳税，咨询电话 12366。")


def registration_of_step(step_id: int, user: CurrentUser) -> Registration | None:
    """The registration written when step ``step_id`` was completed (None before), for a user who
    may see the step."""
    step = step_work.require_step(step_id, user)
    row = TaxRegistration.get_or_none(TaxRegistration.step == step.id)
    if row is None:
        return None
    case = Case.get_by_id(row.case_id)
    org = Organisation.get_or_none(Organisation.id == row.organisation_id) if row.organisation_id else None
    grants = [Grant(g.kind, g.quantity, g.max_amount, g.total_amount) for g in row.grants]
    return Registration(
        step_id=step.id, case_id=case.id, case_number=case.number, taxpayer_id=row.taxpayer_id,
        enterprise_name=row.enterprise_name, company_type=row.company_type, category=row.category,
        tax_types=tuple(row.tax_types or ()), device=row.device, device_number=row.device_number,
        officer_name=row.officer_name, confirmed_at=row.confirmed_at,
        organisation_name=org.name if org else "", organisation_address=org.address if org else "",
        organisation_phone=org.phone if org else "", financial_officer_name=row.financial_officer_name,
        financial_officer_id_number=row.financial_officer_id_number,
        financial_officer_mobile=row.financial_officer_mobile,
        grants=_in_catalogue_order(grants))


def demo_data(rng: random.Random) -> dict:
    """``StepTypeSpec.demo_data``: the form as the demo's tax officer fills it in."""
    from app.core.demo import DemoSeeder
    from app.core.identifiers import random_mobile, random_resident_id

    category = cat.GENERAL if rng.random() < 0.3 else cat.SMALL_SCALE
    tax_types = list(cat.DEFAULT_TAX_TYPES)
    if rng.random() < 0.15:
        tax_types += [cat.PROPERTY, cat.LAND_USE]  # premises of its own
    data = {"category": category, "tax_types": tax_types, "officer": rng.choice(DEMO_OFFICERS), "checked": True,
            "device": cat.DEVICE_NONE, "device_number": "", "first_invoices": cat.default_first_invoices(category)}
    if rng.random() < 0.45:  # paper invoices as well: a UKey
        data["device"] = cat.DEVICE_UKEY
        # not from ``rng``: the demo is seeded with the same sequence each time, a UKey is issued once
        data["device_number"] = f"{random.SystemRandom().randrange(10 ** 11, 10 ** 12)}"
        data["first_invoices"].append({"kind": cat.VAT_ORDINARY, "quantity": rng.choice((10, 25, 50)),
                                       "max_amount": rng.choice((10_000, 100_000))})
        if category == cat.GENERAL:
            data["first_invoices"].append({"kind": cat.VAT_SPECIAL, "quantity": rng.choice((10, 25)),
                                           "max_amount": rng.choice((10_000, 100_000))})
    if rng.random() < 0.7:
        data["financial_officer"] = {"name": DemoSeeder(rng).person_name(), "id_number": random_resident_id(rng),
                                     "mobile": random_mobile(rng)}
    return data


__all__ = ["on_complete", "demo_data", "registration_of_step", "registered_text", "Registration", "Grant"]
