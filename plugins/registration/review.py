"""Review (审核): approve an intake (which sets the licence deadline by licence class), return a
case for correction with reasons, and resubmit it once corrected."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from app.core import audit, deadlines, workflow
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import Case, CaseState, Enterprise, Material, MaterialState, Person, Step, StepState, now
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.registration.common import LICENCE_STEP, REVIEW_STEP, WINDOW_STEPS, require_window_user
from plugins.registration.intake import MaterialEntry, form_data, materials_errors, name_in_use
from plugins.registration.licence_classes import LicenceClass, licence_class_for
from plugins.registration.materials import PRODUCED_MATERIALS, checklist_for
from plugins.registration.validation import IntakeForm, validate_intake
from db.base import database


@dataclass(frozen=True)
class Approval:
    case_id: int
    licence_step_id: int
    licence_class: LicenceClass
    licence_due_at: dt.datetime


def _step(step_id: int, step_types: tuple[str, ...]) -> Step:
    step = Step.get_or_none(Step.id == step_id)
    if step is None:
        raise NotFound(translate("registration", "事项不存在"))
    if step.step_type not in step_types:
        raise ServiceError(translate("registration", "该事项不是综合受理窗口的事项"))
    return step


def take(step: Step, user_id: int, at: dt.datetime) -> None:
    """Claim the step for the user unless they hold it already (claim + complete in one go)."""
    if step.state == StepState.CLAIMED and step.claimed_by_id == user_id:
        return
    workflow.claim_step(step.id, user_id, at=at)


def approve(step_id: int, user: CurrentUser, *, graph: workflow.WorkflowGraph,
            at: dt.datetime | None = None) -> Approval:
    """Approve the intake review: the licence step becomes ready, due within its licence class's
    hours (the strictest class of the case's industry codes), all in one transaction."""
    at = at or now()
    user_id = require_window_user(user)
    step = _step(step_id, (REVIEW_STEP,))
    with database.atomic():
        take(step, user_id, at)
        workflow.complete_step(step.id, user_id, graph, at=at)
        case = Case.get_by_id(step.case_id)
        data = dict(case.data or {})
        licence_class = licence_class_for(data.get("intake", {}).get("industry_codes", ()))
        licence = Step.get_or_none((Step.case == case.id) & (Step.step_type == LICENCE_STEP))
        if licence is None or licence.state != StepState.READY:
            raise ServiceError(translate("registration", "核准发照事项未能就绪，请检查流程配置"))
        # the class's hours are working hours, counted from when the licence step became ready
        due = deadlines.set_deadline(licence.id, licence_class.hours * 60, at=at).due_at
        data["licence_class"] = licence_class.code
        Case.update(data=data, version=Case.version + 1).where(Case.id == case.id).execute()
        audit.record("change", "case", user=user_id, entity_id=case.id, case_id=case.id, field="licence_class",
                     detail=licence_class.code)
    return Approval(case_id=case.id, licence_step_id=licence.id, licence_class=licence_class, licence_due_at=due)


def return_case(step_id: int, user: CurrentUser, reasons: Iterable[str] | str, *,
                at: dt.datetime | None = None) -> Step:
    """Return the case to the applicant for correction (退回补正) with the reasons."""
    at = at or now()
    user_id = require_window_user(user)
    reasons = [reasons] if isinstance(reasons, str) else list(reasons)
    reasons = [r.strip() for r in reasons if r and r.strip()]
    if not reasons:
        raise ValidationError({"reasons": translate("registration", "请填写退回补正的原因")})
    step = _step(step_id, WINDOW_STEPS)
    with database.atomic():
        take(step, user_id, at)
        returned = workflow.return_for_correction(step.id, user_id, "；".join(reasons), at=at)
        case = Case.get_by_id(step.case_id)
        data = dict(case.data or {})
        data["corrections"] = list(data.get("corrections", [])) + [
            {"step_type": step.step_type, "reasons": reasons, "at": at.isoformat(), "by": user_id}]
        Case.update(data=data).where(Case.id == case.id).execute()
    return returned


def resubmit(ctx, case_id: int, form: IntakeForm, *, user: CurrentUser,
             materials: Iterable[MaterialEntry] | Mapping[str, MaterialEntry] | None = None,
             at: dt.datetime | None = None) -> Case:
    """Store the corrected form of a returned case and put its returned steps back in their queues
    (validated like an intake; nothing is written when anything is invalid)."""
    at = at or now()
    user_id = require_window_user(user)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("registration", "办件不存在"))
    if case.state != CaseState.RETURNED:
        raise ServiceError(translate("registration", "办件 {number} 不在退回补正状态").format(number=case.number))
    errors: dict[str, str] = {}
    try:
        clean = validate_intake(form)
    except ValidationError as exc:
        errors.update(exc.errors)
        clean = None
    items = checklist_for(ctx.host, form.answers())
    if materials is not None:
        errors.update(materials_errors(items, form, materials, today=at.date()))
    else:  # the corrected answers may need materials the case does not have yet
        have = {m.code for m in Material.select(Material.code).where(Material.case == case.id)}
        for item in items:
            if item.code not in have and item.code not in PRODUCED_MATERIALS:
                errors[f"materials.{item.code}"] = translate("registration", "“{name}”尚未收取：请勾选已收取，或登记容缺承诺"
                                                      ).format(name=item.name)
    if clean is not None and name_in_use(clean.company_name, except_enterprise=case.enterprise_id):
        errors["company_name"] = translate("registration", "企业名称“{name}”已被使用").format(name=clean.company_name)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        Enterprise.update(name=clean.company_name, company_type=clean.company_type,
                          registered_capital=clean.registered_capital, address=clean.address,
                          area_code=clean.area_code, business_scope=clean.business_scope).where(
            Enterprise.id == case.enterprise_id).execute()
        _update_person(case.legal_representative_id, clean.legal_representative)
        contact_id = case.contact_id
        if contact_id and contact_id != case.legal_representative_id:
            _update_person(contact_id, clean.contact)
        elif (clean.contact.name, clean.contact.mobile) != (clean.legal_representative.name,
                                                            clean.legal_representative.mobile):
            contact_id = Person.create(name=clean.contact.name, id_number=clean.contact.id_number,
                                       mobile=clean.contact.mobile).id
        data = dict(case.data or {}) | form_data(clean) | {
            "deferrable_materials": [i.code for i in items if i.deferrable]}
        Case.update(data=data, area_code=clean.area_code, case_type=clean.company_type, contact=contact_id,
                    version=Case.version + 1).where(Case.id == case.id).execute()
        _sync_materials(case.id, items, materials, at)
        for step in Step.select().where((Step.case == case.id) & (Step.state == StepState.RETURNED)):
            workflow.resume_after_correction(step.id, user_id, note=translate("registration", "已补正"), at=at)
        audit.record("change", "case", user=user_id, entity_id=case.id, case_id=case.id, detail="resubmitted")
    return Case.get_by_id(case.id)


def _update_person(person_id: int | None, entry) -> None:
    if person_id:
        Person.update(name=entry.name, id_number=entry.id_number, mobile=entry.mobile).where(
            Person.id == person_id).execute()


def _sync_materials(case_id: int, items, materials, at: dt.datetime) -> None:
    """Add checklist items the corrected answers need and record the clerk's ticks."""
    existing = {m.code for m in Material.select(Material.code).where(Material.case == case_id)}
    for item in items:
        if item.code not in existing:
            Material.create(case=case_id, code=item.code, name=item.name)
    if materials is None:
        return
    entries = materials.values() if isinstance(materials, Mapping) else materials
    for entry in entries:
        if entry.state == MaterialState.PROMISED:
            updates = {"state": MaterialState.PROMISED, "promised_by": entry.promised_by}
        else:
            updates = {"state": MaterialState.RECEIVED, "received_at": at}
        Material.update(**updates).where((Material.case == case_id) & (Material.code == entry.code)
                                         & (Material.state != MaterialState.RECEIVED)).execute()
