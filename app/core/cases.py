"""Cases: numbering, creation and the case view's data (with personal data masked)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, IntegrityError, fn

from app.core import audit
from app.core.access import can_see_case, step_visibility
from app.core.fields import field_access
from app.core.errors import NotFound, PermissionDenied
from app.core.models import Case, CaseState, Enterprise, Material, Person, Step, StepEvent, StepState, User, now
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.base import database

CASE_STATE_TITLES = {
    CaseState.INTAKE: QT_TRANSLATE_NOOP("cases", "受理中"),
    CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("cases", "办理中"),
    CaseState.RETURNED: QT_TRANSLATE_NOOP("cases", "退回补正"),
    CaseState.COMPLETE: QT_TRANSLATE_NOOP("cases", "已办结"),
    CaseState.CANCELLED: QT_TRANSLATE_NOOP("cases", "已撤销"),
}


def case_state_title(state: str) -> str:
    return translate("cases", CASE_STATE_TITLES.get(state, state))


def mask_id_number(value: str) -> str:
    """Keep the first 3 and last 4 characters of a resident ID number."""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_mobile(value: str) -> str:
    if len(value) <= 7:  # too short to keep 3 + 4 characters and still hide anything
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def next_case_number(day: dt.date) -> str:
    prefix = f"KB{day:%Y%m%d}"
    last = Case.select(fn.MAX(Case.number)).where(Case.number.startswith(prefix)).scalar()
    seq = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{seq:05d}"


@dataclass
class NewCase:
    enterprise_name: str
    company_type: str = ""
    registered_capital: Decimal | None = None
    address: str = ""
    area_code: str = ""
    business_scope: str = ""
    legal_representative: tuple[str, str, str] | None = None  # name, id number, mobile
    contact: tuple[str, str, str] | None = None  # name, id number, mobile; None: the legal representative
    case_type: str = ""
    channel: str = "window"
    external_id: str | None = None
    data: dict = field(default_factory=dict)
    materials: list[tuple[str, str]] = field(default_factory=list)  # (code, name)


def create_case(new: NewCase, *, user_id: int | None = None, at: dt.datetime | None = None) -> Case:
    """Store a validated new case (validation belongs to the intake plugin)."""
    at = at or now()
    for attempt in range(5):
        try:
            with database.atomic():
                enterprise = Enterprise.create(name=new.enterprise_name, company_type=new.company_type,
                                               registered_capital=new.registered_capital, address=new.address,
                                               area_code=new.area_code, business_scope=new.business_scope)
                legal = None
                if new.legal_representative:
                    name, id_number, mobile = new.legal_representative
                    legal = Person.create(name=name, id_number=id_number, mobile=mobile)
                contact = legal
                if new.contact:
                    name, id_number, mobile = new.contact
                    contact = Person.create(name=name, id_number=id_number, mobile=mobile)
                case = Case.create(number=next_case_number(at.date()), enterprise=enterprise,
                                   case_type=new.case_type, channel=new.channel, external_id=new.external_id,
                                   state=CaseState.INTAKE, legal_representative=legal, contact=contact,
                                   area_code=new.area_code, created_at=at, created_by=user_id, data=new.data)
                for code, name in new.materials:
                    Material.create(case=case, code=code, name=name)
                return case
        except IntegrityError:
            if attempt == 4 or (new.external_id and Case.select().where(Case.external_id == new.external_id).exists()):
                raise
    raise RuntimeError("unreachable")


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    step_type: str
    event: str
    from_state: str | None
    to_state: str
    user: str
    note: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    state: str
    channel: str
    case_type: str
    created_at: dt.datetime
    completed_at: dt.datetime | None
    enterprise: dict
    legal_representative: dict | None
    materials: list[dict]
    steps: list[dict]
    timeline: list[TimelineEntry]
    version: int
    contact: dict | None = None
    shareholders: list[dict] | None = None
    #: the case fields (dotted paths of app.core.fields.CASE_FIELDS) this user may read; the
    #: others are absent from ``enterprise``, ``legal_representative``, ``contact``, ``shareholders``
    fields: frozenset[str] = frozenset()


#: events that say who worked a step (the last one names the person shown on the timeline)
_WORK_EVENTS = ("claimed", "completed", "held", "resumed", "returned")


def _person(person: Person | None, prefix: str, readable) -> dict | None:
    if person is None:
        return None
    info = {}
    if readable(f"{prefix}.name"):
        info["name"] = person.name
    if readable(f"{prefix}.id_number"):
        info["id_number"] = mask_id_number(person.id_number)
    if readable(f"{prefix}.mobile"):
        info["mobile"] = mask_mobile(person.mobile)
    return info or None


def case_detail(case_id: int, user: CurrentUser, *, graph=None) -> CaseDetail:
    """What the case view shows to ``user``, the read recorded in the audit log.

    Point to point: only the fields and materials that the step types of the user's visible steps
    declare (app.core.fields) are fetched at all — the others are absent, not hidden; personal data
    is masked (reveal_field shows one value, logged). Notes of steps the user cannot see are left
    out. ``graph`` gives the step type declarations (default: the running plugins')."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("cases", "办件不存在"))
    if not can_see_case(user, case_id):
        raise PermissionDenied(translate("cases", "无权查看该办件"))
    access = field_access(case_id, user, graph)
    readable = access.can_read
    ent = case.enterprise
    enterprise = {"name": ent.name, "uscc": ent.uscc or "", "company_type": ent.company_type,
                  "registered_capital": ent.registered_capital, "address": ent.address,
                  "business_scope": ent.business_scope}
    enterprise = {key: value for key, value in enterprise.items() if readable(f"enterprise.{key}")}
    legal_info = _person(case.legal_representative, "legal_representative", readable)
    contact_info = _person(case.contact, "contact", readable)
    shareholders = None
    if readable("shareholders"):
        shareholders = [{"name": s.get("name", ""), "kind": s.get("kind", ""), "share": s.get("share", ""),
                         "id_number": mask_id_number(s.get("id_number", ""))}
                        for s in (case.data or {}).get("shareholders", [])]
    materials = [{"code": m.code, "name": m.name, "state": m.state, "promised_by": m.promised_by}
                 for m in case.materials.order_by(Material.id) if access.can_read_material(m.code)]
    visible = {row[0] for row in Step.select(Step.id).where((Step.case == case) & step_visibility(user)).tuples()}
    steps = [{"id": s.id, "step_type": s.step_type, "state": s.state, "ready_at": s.ready_at, "due_at": s.due_at,
              "completed_at": s.completed_at, "version": s.version, "worked_by": ""}
             for s in Step.select().where(Step.case == case).order_by(Step.id)]
    by_id = {s["id"]: s for s in steps}
    timeline = []
    for e in (StepEvent.select(StepEvent, User).join(User, join_type=JOIN.LEFT_OUTER, on=(StepEvent.user == User.id))
              .where(StepEvent.case == case).order_by(StepEvent.at, StepEvent.id)):
        name = e.user.display_name if e.user_id else ""
        step = by_id.get(e.step_id)
        if step is not None and e.event in _WORK_EVENTS and name:
            step["worked_by"] = name
        timeline.append(TimelineEntry(at=e.at, step_type=step["step_type"] if step else "", event=e.event,
                                      from_state=e.from_state, to_state=e.to_state, user=name,
                                      note=e.note if e.step_id in visible else ""))
    audit.record("read", "case", user=user.id, entity_id=case.id, case_id=case.id)
    return CaseDetail(id=case.id, number=case.number, state=case.state, channel=case.channel,
                      case_type=case.case_type, created_at=case.created_at, completed_at=case.completed_at,
                      enterprise=enterprise, legal_representative=legal_info, materials=materials, steps=steps,
                      timeline=timeline, version=case.version, contact=contact_info, shareholders=shareholders,
                      fields=access.fields)


def most_advanced_case(user: CurrentUser, states: tuple[str, ...]) -> int | None:
    """The case in one of ``states``, visible to ``user``, with the most steps done (its timeline
    shows the most; used for documentation screenshots). None when there is none."""
    from app.core.access import step_visibility

    visible = Step.select(Step.case).where(step_visibility(user))
    done = fn.SUM(Step.state == StepState.DONE)
    row = (Step.select(Step.case).join(Case).where(Case.state.in_(list(states)) & Step.case.in_(visible))
           .group_by(Step.case).order_by(done.desc(), Step.case).first())
    return row.case_id if row else None
