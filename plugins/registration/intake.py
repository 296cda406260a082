"""Intake (受理): validate everything first, then store the case, its materials and start its
workflow in one transaction — nothing invalid is ever written."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Mapping

from app.core import audit, workflow
from app.core.cases import NewCase, create_case
from app.core.errors import NotFound, ValidationError
from app.core.models import Case, CaseState, Enterprise, Material, MaterialState, now
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.registration.common import is_working_day, require_window_user
from plugins.registration.materials import PRODUCED_MATERIALS, checklist_for
from plugins.registration.reference import company_types
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry, validate_intake
from db.base import database


@dataclass(frozen=True)
class MaterialEntry:
    """What the clerk ticked for one checklist item: received, or promised by a date (容缺受理)."""
    code: str
    state: str = MaterialState.RECEIVED  # received | promised
    promised_by: dt.date | None = None


def _by_code(materials: Iterable[MaterialEntry] | Mapping[str, MaterialEntry], errors: dict) -> dict:
    entries = materials.values() if isinstance(materials, Mapping) else list(materials or ())
    found: dict[str, MaterialEntry] = {}
    for entry in entries:
        if entry.code in found:
            errors[f"materials.{entry.code}"] = translate("registration", "材料重复登记")
        found[entry.code] = entry
    return found


def check_promise(promised_by, today: dt.date) -> str | None:
    """The message for a promise date, or None when it is acceptable: a working day after today."""
    if not isinstance(promised_by, dt.date):
        return translate("registration", "请填写承诺补交日期")
    if promised_by <= today:
        return translate("registration", "承诺补交日期须晚于今天")
    if not is_working_day(promised_by):
        return translate("registration", "承诺补交日期须为工作日")
    return None


def validate_materials(items, materials, *, today: dt.date) -> dict[str, str]:
    """Errors keyed ``materials.<code>``: every collected item received or (if deferrable) promised."""
    errors: dict[str, str] = {}
    entries = _by_code(materials, errors)
    known = {item.code: item for item in items}
    for item in items:
        if item.code in PRODUCED_MATERIALS:
            continue
        entry = entries.get(item.code)
        key = f"materials.{item.code}"
        if entry is None:
            errors[key] = translate("registration", "“{name}”尚未收取：请勾选已收取，或登记容缺承诺").format(name=item.name)
        elif entry.state == MaterialState.PROMISED:
            if not item.deferrable:
                errors[key] = translate("registration", "“{name}”是必须当场收取的材料，不能容缺受理").format(name=item.name)
            else:
                problem = check_promise(entry.promised_by, today)
                if problem:
                    errors[key] = problem
        elif entry.state != MaterialState.RECEIVED:
            errors[key] = translate("registration", "材料状态应为已收取或容缺承诺")
    for code in entries:
        if code not in known or code in PRODUCED_MATERIALS:
            errors[f"materials.{code}"] = translate("registration", "材料“{code}”不在本办件的材料清单中").format(code=code)
    return errors


def materials_errors(items, form: IntakeForm, materials, *, today: dt.date) -> dict[str, str]:
    """The materials' errors, unless the company type is unknown: the checklist depends on it."""
    if form.company_type not in company_types():
        return {}
    return validate_materials(items, materials, today=today)


def name_in_use(name: str, *, except_enterprise: int | None = None) -> bool:
    """Another enterprise (of a case not cancelled) already has this name."""
    query = (Enterprise.select().join(Case, on=(Case.enterprise == Enterprise.id))
             .where((Enterprise.name == name) & (Case.state != CaseState.CANCELLED)))
    if except_enterprise is not None:
        query = query.where(Enterprise.id != except_enterprise)
    return query.exists()


def form_data(form: IntakeForm) -> dict:
    """The parts of a validated form kept in ``case.data`` (JSON: amounts as strings)."""
    return {
        "intake": {"company_type": form.company_type, "industry_codes": list(form.industry_codes),
                   "address_type": form.address_type, "has_employees": form.has_employees,
                   "needs_invoices": form.needs_invoices},
        "shareholders": [{"name": s.name, "id_number": s.id_number, "kind": s.kind, "share": str(s.share)}
                         for s in form.shareholders],
    }


def load_form(case_id: int) -> IntakeForm:
    """The case's current intake form, e.g. to correct a returned case."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("registration", "办件不存在"))
    ent, data = case.enterprise, case.data or {}
    intake = data.get("intake", {})
    legal, contact = case.legal_representative, case.contact

    def person(p) -> PersonEntry:
        return PersonEntry(p.name, p.id_number, p.mobile) if p else PersonEntry()

    return IntakeForm(
        company_name=ent.name, company_type=ent.company_type or intake.get("company_type", ""),
        registered_capital=ent.registered_capital, industry_codes=tuple(intake.get("industry_codes", ())),
        business_scope=ent.business_scope, address=ent.address, area_code=ent.area_code,
        address_type=intake.get("address_type", "leased"), legal_representative=person(legal),
        contact=person(contact),
        shareholders=[ShareholderEntry(s["name"], s["id_number"], Decimal(s["share"]), s.get("kind", "person"))
                      for s in data.get("shareholders", [])],
        has_employees=bool(intake.get("has_employees")), needs_invoices=bool(intake.get("needs_invoices")))


def _person_tuple(p: PersonEntry) -> tuple[str, str, str]:
    return (p.name, p.id_number, p.mobile)


def accept_case(ctx, form: IntakeForm, materials: Iterable[MaterialEntry] | Mapping[str, MaterialEntry], *,
                user: CurrentUser | None, at: dt.datetime | None = None, channel: str = "window",
                external_id: str | None = None, extra_data: dict | None = None) -> Case:
    """Accept one application: validate the form and the materials (every error at once), then in
    one transaction create the case with its materials and start its workflow, so that the intake
    review is in the queue. ``ctx`` gives the plugin host (checklist) and the workflow graph."""
    at = at or now()
    user_id = require_window_user(user, allow_none=channel != "window")
    errors: dict[str, str] = {}
    try:
        clean = validate_intake(form)
    except ValidationError as exc:
        errors.update(exc.errors)
        clean = None
    items = checklist_for(ctx.host, form.answers())
    errors.update(materials_errors(items, form, materials, today=at.date()))
    if clean is not None and name_in_use(clean.company_name):
        errors["company_name"] = translate("registration", "企业名称“{name}”已被使用").format(name=clean.company_name)
    if errors:
        raise ValidationError(errors)
    entries = _by_code(materials, {})
    data = form_data(clean) | {"deferrable_materials": [i.code for i in items if i.deferrable]} | (extra_data or {})
    with database.atomic():
        case = create_case(NewCase(
            enterprise_name=clean.company_name, company_type=clean.company_type,
            registered_capital=clean.registered_capital, address=clean.address, area_code=clean.area_code,
            business_scope=clean.business_scope, legal_representative=_person_tuple(clean.legal_representative),
            contact=_person_tuple(clean.contact), case_type=clean.company_type, channel=channel,
            external_id=external_id, data=data, materials=[(i.code, i.name) for i in items]),
            user_id=user_id, at=at)
        for code, entry in entries.items():
            if entry.state == MaterialState.PROMISED:
                updates = {"state": MaterialState.PROMISED, "promised_by": entry.promised_by}
            else:
                updates = {"state": MaterialState.RECEIVED, "received_at": at}
            Material.update(**updates).where((Material.case == case.id) & (Material.code == code)).execute()
        workflow.start_case(case.id, ctx.graph, user_id=user_id, at=at)
        audit.record("create", "case", user=user_id, entity_id=case.id, case_id=case.id,
                     detail=f"intake accepted ({channel})")
    return Case.get_by_id(case.id)
