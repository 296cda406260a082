"""Working one step of a case in its department's form: what the form reads, and the services
behind its buttons (save, complete, the report scope). Qt-free.

A department plugin's form (``app.ui.step_panel.StepPanel``) reads :func:`step_of_case` — the
step of its type on the case, if the user may see it — and saves through
``versioning.save_step_data`` (optimistic locking, the step type's ``validate_data``);
completing goes through ``workflow.complete_step``, which asks the step type's
``check_completion`` first. Plugins keep their own tables for what is more than form data
(seal sets, enrolled employees...) and read the case only through ``case_fields_for``, which
hands out only the fields their step declared.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from app.core.access import step_visibility
from app.core.errors import NotFound, PermissionDenied
from app.core.models import Case, Enterprise, Organisation, Person, Step, StepState, User
from app.core.users import CurrentUser
from app.i18n import translate

#: States in which the holder (or a supervisor) may still fill the form in.
WORKABLE = (StepState.READY, StepState.CLAIMED, StepState.ON_HOLD)


@dataclass(frozen=True)
class StepView:
    """A step as its department's form shows it."""
    id: int
    case_id: int
    case_number: str
    enterprise_name: str
    step_type: str
    state: str
    version: int
    data: dict
    claimed_by_id: int | None
    claimed_by_name: str
    organisation_id: int | None
    organisation_name: str
    ready_at: dt.datetime | None
    due_at: dt.datetime | None
    completed_at: dt.datetime | None
    paused_at: dt.datetime | None
    updated_at: dt.datetime | None
    case_fields: dict = field(default_factory=dict)

    def held_by(self, user_id: int) -> bool:
        return self.state in (StepState.CLAIMED, StepState.ON_HOLD) and self.claimed_by_id == user_id

    def editable_by(self, user: CurrentUser) -> bool:
        """The holder edits; a supervisor of the organisation (or an admin) may correct it."""
        if self.state not in WORKABLE:
            return False
        return self.held_by(user.id) or (user.is_supervisor and self.state != StepState.READY)


def _visible_step(case_id: int, step_type: str, user: CurrentUser) -> Step | None:
    return (Step.select().where((Step.case == case_id) & (Step.step_type == step_type) & step_visibility(user))
            .order_by(Step.id.desc()).first())


def case_fields_for(case: Case, names: tuple[str, ...]) -> dict:
    """The case fields a step declared (``StepTypeSpec.case_fields``), and only those: dotted
    names as in the declaration, e.g. ``enterprise.name``, ``legal_representative`` (a dict of
    name and masked id number and mobile)."""
    from app.core.cases import mask_id_number, mask_mobile

    ent: Enterprise = case.enterprise
    out: dict = {}
    for name in names:
        head, _, tail = name.partition(".")
        if head == "enterprise":
            value = getattr(ent, tail or "name", None)
            out[name] = "" if value is None else value
        elif head in ("legal_representative", "contact"):
            person: Person | None = getattr(case, head)
            out[name] = None if person is None else {
                "name": person.name, "id_number": mask_id_number(person.id_number or ""),
                "mobile": mask_mobile(person.mobile or "")}
        elif head == "case":
            value = getattr(case, tail, None)
            out[name] = "" if value is None else value
        elif head == "data":  # a key of the case's data collected at the window
            out[name] = (case.data or {}).get(tail)
    return out


def step_of_case(case_id: int, step_type: str, user: CurrentUser, *, graph=None) -> StepView | None:
    """The step of ``step_type`` on the case, as ``user`` may see it; None when the case has no
    such step for this user (another organisation's, or the type is not required)."""
    step = _visible_step(case_id, step_type, user)
    if step is None:
        return None
    case = Case.get_by_id(step.case_id)
    holder = User.get_or_none(User.id == step.claimed_by_id) if step.claimed_by_id else None
    org = Organisation.get_or_none(Organisation.id == step.organisation_id) if step.organisation_id else None
    spec = graph.steps.get(step_type) if graph is not None else None
    fields = case_fields_for(case, spec.case_fields) if spec is not None else {}
    return StepView(id=step.id, case_id=case.id, case_number=case.number, enterprise_name=case.enterprise.name,
                    step_type=step.step_type, state=step.state, version=step.version, data=dict(step.data or {}),
                    claimed_by_id=step.claimed_by_id, claimed_by_name=holder.display_name if holder else "",
                    organisation_id=step.organisation_id, organisation_name=org.name if org else "",
                    ready_at=step.ready_at, due_at=step.due_at, completed_at=step.completed_at,
                    paused_at=step.paused_at, updated_at=step.updated_at, case_fields=fields)


def require_step(step_id: int, user: CurrentUser) -> Step:
    """The step, if ``user`` may see it (NotFound otherwise: another organisation's step does
    not exist for them)."""
    step = Step.select().where((Step.id == step_id) & step_visibility(user)).first()
    if step is None:
        raise NotFound(translate("workflow", "事项不存在"))
    return step


def require_editable(step_id: int, user: CurrentUser) -> Step:
    """The step, if ``user`` may change what belongs to it (its plugin's own records): the holder
    of the claim, or a supervisor of its organisation, while it is still being worked."""
    step = require_step(step_id, user)
    held = step.state in (StepState.CLAIMED, StepState.ON_HOLD) and step.claimed_by_id == user.id
    if step.state not in WORKABLE or not (held or (user.is_supervisor and step.state != StepState.READY)):
        raise PermissionDenied(translate("versioning", "请先领取该事项再填写；他人领取的事项只有领取人或主管可以修改"))
    return step


# -- reports ----------------------------------------------------------------------------------------

def report_organisation(user: CurrentUser | None, department_code: str, requested: int | None) -> int | None:
    """The organisation a report of ``department_code`` covers for ``user``: staff of one of the
    department's organisations get only their own, whatever they asked for; admins, the command
    line (``user`` None) and other departments' supervisors get what they asked for (None: all)."""
    if user is not None and not user.is_admin and user.department_code == department_code:
        return user.organisation_id
    return requested


def organisations_of(department_code: str) -> list[tuple[int, str]]:
    """(id, name) of the department's active organisations, by name."""
    from app.core.models import Department

    rows = (Organisation.select(Organisation.id, Organisation.name).join(Department)
            .where((Department.code == department_code) & (Organisation.active == True))  # noqa: E712
            .order_by(Organisation.name))
    return [(o.id, o.name) for o in rows]


def period_bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start of ``date_from``, start of the day after ``date_to``)."""
    start = dt.datetime.combine(date_from, dt.time())
    return start, dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())


def completed_steps(step_type: str, date_from: dt.date, date_to: dt.date, organisation_id: int | None = None):
    """The done steps of ``step_type`` completed in the period (a select of Step joined with Case
    and Organisation; plugins add their own tables to it)."""
    start, end = period_bounds(date_from, date_to)
    query = (Step.select(Step, Case, Organisation).join(Case).switch(Step)
             .join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id))
             .where((Step.step_type == step_type) & (Step.state == StepState.DONE)
                    & (Step.completed_at >= start) & (Step.completed_at < end)))
    if organisation_id is not None:
        query = query.where(Step.organisation == organisation_id)
    return query.order_by(Step.completed_at, Step.id)


__all__ = ["StepView", "step_of_case", "case_fields_for", "require_step", "require_editable",
           "report_organisation", "organisations_of", "period_bounds", "completed_steps", "WORKABLE"]
