"""Licence issuance (核准发照) with the applicant's choice: a new unique USCC, the chosen seal company
and bank branch (any department whose steps are routed to the applicant's choice), delivery and
appointments; the licence step completes and the department steps become ready, one transaction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

from peewee import IntegrityError

from app.core import audit, notifications, workflow
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.identifiers import InvalidIdentifier, new_uscc, validate_mobile
from app.core.models import (Case, CaseState, Department, Enterprise, Material, MaterialState, Organisation, Step,
                             StepEvent, StepState, now)
from app.core.users import CurrentUser
from app.i18n import translate
from app.plugin_api import Routing
from plugins.registration.common import LICENCE_STEP, require_window_user
from plugins.registration.document_data import BusinessLicenceData
from plugins.registration.materials import PRODUCED_MATERIALS
from plugins.registration.review import take
from db.base import database

DELIVERY_METHODS = {"pick_up": "窗口自取", "mail": "免费寄递"}
#: GB 32100 entity type under registration authority 9 (市场监管): 1 enterprise, 2 individual
#: business, 3 farmers' cooperative
ENTITY_TYPES = {"individual_business": "2", "cooperative": "3"}


@dataclass(frozen=True)
class OrganisationOption:
    id: int
    code: str
    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class ChoiceGroup:
    """The organisations the applicant chooses one of, for one department."""
    department: str
    department_name: str
    step_titles: tuple[str, ...]
    options: tuple[OrganisationOption, ...]


@dataclass(frozen=True)
class Delivery:
    method: str = "pick_up"  # pick_up | mail
    address: str = ""
    recipient: str = ""
    mobile: str = ""


@dataclass(frozen=True)
class LicenceChoice:
    organisations: Mapping[str, int]  # department code -> chosen organisation id
    delivery: Delivery = Delivery()
    appointments: Mapping[str, dt.datetime] = field(default_factory=dict)  # department code -> slot


def chosen_departments(graph: workflow.WorkflowGraph) -> dict[str, tuple[str, ...]]:
    """Department code -> its step types routed to the applicant's choice (Routing.CHOSEN)."""
    found: dict[str, list[str]] = {}
    for name in graph.topological_order():
        spec = graph.steps[name]
        if spec.routing == Routing.CHOSEN:
            found.setdefault(spec.department, []).append(name)
    return {dept: tuple(names) for dept, names in found.items()}


def choice_options(graph: workflow.WorkflowGraph) -> list[ChoiceGroup]:
    """What the applicant chooses from: active organisations of every CHOSEN department."""
    groups = []
    for dept_code, step_types in chosen_departments(graph).items():
        dept = Department.get_or_none(Department.code == dept_code)
        if dept is None:
            continue
        active = (Organisation.department == dept) & (Organisation.active == True)  # noqa: E712
        orgs = Organisation.select().where(active).order_by(Organisation.name)
        groups.append(ChoiceGroup(department=dept_code, department_name=dept.name,
                                  step_titles=tuple(graph.title(s) for s in step_types),
                                  options=tuple(OrganisationOption(o.id, o.code, o.name, o.address, o.phone)
                                                for o in orgs)))
    return groups


def validate_choice(choice: LicenceChoice, graph: workflow.WorkflowGraph, at: dt.datetime) -> dict[str, str]:
    errors: dict[str, str] = {}
    departments = chosen_departments(graph)
    for dept_code in departments:
        org_id = choice.organisations.get(dept_code)
        key = f"chosen.{dept_code}"
        dept = Department.get_or_none(Department.code == dept_code)
        title = dept.name if dept else dept_code
        org = Organisation.get_or_none(Organisation.id == org_id) if isinstance(org_id, int) else None
        if org_id is None:
            errors[key] = translate("registration", "请选择{dept}").format(dept=title)
        elif org is None or not org.active or org.department.code != dept_code:
            errors[key] = translate("registration", "所选机构不是可选的{dept}").format(dept=title)
    for dept_code in choice.organisations:
        if dept_code not in departments:
            errors[f"chosen.{dept_code}"] = translate("registration", "该部门的事项不由申请人选择办理机构")
    for dept_code, slot in choice.appointments.items():
        if dept_code not in departments:
            errors[f"appointments.{dept_code}"] = translate("registration", "该部门不需要预约")
        elif not isinstance(slot, dt.datetime) or slot <= at:
            errors[f"appointments.{dept_code}"] = translate("registration", "预约时间须晚于当前时间")
    delivery = choice.delivery
    if delivery.method not in DELIVERY_METHODS:
        errors["delivery.method"] = translate("registration", "领取方式应为窗口自取或免费寄递")
    elif delivery.method == "mail":
        if len(delivery.address.strip()) < 5:
            errors["delivery.address"] = translate("registration", "请填写完整的寄递地址")
        if not delivery.recipient.strip():
            errors["delivery.recipient"] = translate("registration", "请填写收件人")
        try:
            validate_mobile(delivery.mobile)
        except InvalidIdentifier as exc:
            errors["delivery.mobile"] = str(exc)
    return errors


def _assign_uscc(enterprise: Enterprise, area_code: str, entity: str) -> str:
    """A new USCC, stored under the unique constraint; a collision (another workstation took the
    same code a moment ago) is retried with a fresh code."""
    def exists(code: str) -> bool:
        return Enterprise.select().where(Enterprise.uscc == code).exists()

    for _attempt in range(5):
        code = new_uscc(area_code, exists=exists, entity=entity)
        try:
            with database.atomic():  # a savepoint: the collision leaves the outer transaction usable
                Enterprise.update(uscc=code).where(Enterprise.id == enterprise.id).execute()
            return code
        except IntegrityError:
            continue
    raise ServiceError(translate("registration", "未能分配统一社会信用代码，请重试"))


def _route_chosen(case: Case, graph, organisations: Mapping[str, int], user_id: int, at: dt.datetime) -> None:
    """Point the case's already-created CHOSEN steps at the chosen organisations."""
    for dept_code, step_types in chosen_departments(graph).items():
        org = Organisation.get_by_id(organisations[dept_code])
        for step in Step.select().where((Step.case == case.id) & Step.step_type.in_(list(step_types))):
            Step.update(organisation=org.id, version=Step.version + 1, updated_at=at).where(
                Step.id == step.id).execute()
            StepEvent.create(step=step.id, case=case.id, event="routed", from_state=step.state, to_state=step.state,
                             user=user_id, at=at, note=org.name)


def issue_licence(step_id: int, user: CurrentUser, choice: LicenceChoice, *, graph: workflow.WorkflowGraph,
                  at: dt.datetime | None = None) -> BusinessLicenceData:
    """Issue the business licence: assign the USCC, record the choice, route the chosen steps,
    complete the licence step (readying the department steps). Returns what the licence shows."""
    from plugins.registration.printouts import licence_data

    at = at or now()
    user_id = require_window_user(user)
    step = Step.get_or_none(Step.id == step_id)
    if step is None or step.step_type != LICENCE_STEP:
        raise NotFound(translate("registration", "核准发照事项不存在"))
    if step.state not in (StepState.READY, StepState.CLAIMED):
        raise ServiceError(translate("registration", "该办件当前不能发照（事项状态：{state}）").format(state=step.state))
    case = Case.get_by_id(step.case_id)
    if case.state != CaseState.IN_PROGRESS:
        raise ServiceError(translate("registration", "办件 {number} 当前不能发照").format(number=case.number))
    errors = validate_choice(choice, graph, at)
    if errors:
        raise ValidationError(errors)
    enterprise = case.enterprise
    if enterprise.uscc:
        raise ServiceError(translate("registration", "该企业已有统一社会信用代码 {uscc}").format(uscc=enterprise.uscc))
    with database.atomic():
        take(step, user_id, at)
        uscc = _assign_uscc(enterprise, case.area_code or enterprise.area_code,
                            ENTITY_TYPES.get(enterprise.company_type, "1"))
        data = dict(case.data or {})
        data["chosen"] = {dept: int(org) for dept, org in choice.organisations.items()}
        data["delivery"] = {"method": choice.delivery.method, "address": choice.delivery.address.strip(),
                            "recipient": choice.delivery.recipient.strip(), "mobile": choice.delivery.mobile.strip()}
        data["appointments"] = {dept: slot.isoformat() for dept, slot in choice.appointments.items()}
        data["licence"] = {"uscc": uscc, "issued_at": at.isoformat(), "issued_by": user_id}
        Case.update(data=data, version=Case.version + 1).where(Case.id == case.id).execute()
        _route_chosen(case, graph, choice.organisations, user_id, at)
        Material.update(state=MaterialState.RECEIVED, received_at=at).where(
            (Material.case == case.id) & Material.code.in_(list(PRODUCED_MATERIALS))).execute()
        workflow.complete_step(step.id, user_id, graph, at=at)
        audit.record("change", "enterprise", user=user_id, entity_id=enterprise.id, case_id=case.id, field="uscc",
                     detail=uscc)
        # the applicant is texted the chosen organisations' contacts (sent once this commits)
        notifications.queue_sms(case.id, notifications.LICENCE_ISSUED, at=at)
    return licence_data(case.id)
