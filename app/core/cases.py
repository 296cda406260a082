"""Cases: numbering, creation and the case view's data (with personal data masked)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, IntegrityError, fn

from app.core import audit
from app.core.access import can_see_case
from app.core.errors import NotFound, PermissionDenied
from app.core.models import Case, CaseState, Enterprise, Material, Person, Step, StepEvent, User, now
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


def case_detail(case_id: int, user: CurrentUser) -> CaseDetail:
    """What the case view shows; personal data masked, the read recorded in the audit log."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("cases", "办件不存在"))
    if not can_see_case(user, case_id):
        raise PermissionDenied(translate("cases", "无权查看该办件"))
    ent = case.enterprise
    legal = case.legal_representative
    legal_info = None
    if legal is not None:
        legal_info = {"name": legal.name, "id_number": mask_id_number(legal.id_number),
                      "mobile": mask_mobile(legal.mobile)}
    materials = [{"code": m.code, "name": m.name, "state": m.state, "promised_by": m.promised_by}
                 for m in case.materials.order_by(Material.id)]
    steps = [{"id": s.id, "step_type": s.step_type, "state": s.state, "ready_at": s.ready_at, "due_at": s.due_at,
              "completed_at": s.completed_at, "version": s.version}
             for s in Step.select().where(Step.case == case).order_by(Step.id)]
    step_types = {s["id"]: s["step_type"] for s in steps}
    timeline = [TimelineEntry(at=e.at, step_type=step_types.get(e.step_id, ""), event=e.event,
                              from_state=e.from_state, to_state=e.to_state,
                              user=e.user.display_name if e.user_id else "", note=e.note)
                for e in (StepEvent.select(StepEvent, User).join(User, join_type=JOIN.LEFT_OUTER,
                                                                 on=(StepEvent.user == User.id))
                          .where(StepEvent.case == case).order_by(StepEvent.at, StepEvent.id))]
    audit.record("read", "case", user=user.id, entity_id=case.id, case_id=case.id)
    return CaseDetail(id=case.id, number=case.number, state=case.state, channel=case.channel,
                      case_type=case.case_type, created_at=case.created_at, completed_at=case.completed_at,
                      enterprise={"name": ent.name, "uscc": ent.uscc or "", "company_type": ent.company_type,
                                  "registered_capital": ent.registered_capital, "address": ent.address,
                                  "business_scope": ent.business_scope},
                      legal_representative=legal_info, materials=materials, steps=steps, timeline=timeline,
                      version=case.version)
