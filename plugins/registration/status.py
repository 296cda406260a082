"""Where a case stands at the registration window: its review and licence steps, the licence class,
the reasons it was returned, whether the licence was issued. What the window's case panel shows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.errors import NotFound
from app.core.models import Case, CaseState, Step, StepEvent
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.registration.common import LICENCE_STEP, REVIEW_STEP, require_window_user
from plugins.registration.licence_classes import LicenceClass, all_classes, licence_class_for


@dataclass(frozen=True)
class WindowStep:
    id: int
    step_type: str
    state: str
    version: int
    claimed_by_id: int | None
    ready_at: dt.datetime | None
    due_at: dt.datetime | None


@dataclass(frozen=True)
class WindowStatus:
    case_id: int
    case_number: str
    case_state: str
    enterprise_name: str
    uscc: str
    address: str
    contact_name: str
    contact_mobile: str
    review: WindowStep | None
    licence: WindowStep | None
    #: decided at approval; before that, what the case's industries imply
    licence_class: LicenceClass
    licence_class_decided: bool
    #: why the case was returned for correction (while it is returned)
    return_note: str
    licence_issued: bool


def _step(case_id: int, step_type: str) -> WindowStep | None:
    step = Step.get_or_none((Step.case == case_id) & (Step.step_type == step_type))
    if step is None:
        return None
    return WindowStep(id=step.id, step_type=step.step_type, state=step.state, version=step.version,
                      claimed_by_id=step.claimed_by_id, ready_at=step.ready_at, due_at=step.due_at)


def window_status(case_id: int, user: CurrentUser) -> WindowStatus:
    """The case as the window works it; for the window's staff (it shows the contact's mobile)."""
    require_window_user(user)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("registration", "办件不存在"))
    data = case.data or {}
    ent = case.enterprise
    contact = case.contact if case.contact_id else (case.legal_representative if case.legal_representative_id
                                                    else None)
    decided = data.get("licence_class")
    licence_class = licence_class_for(data.get("intake", {}).get("industry_codes", ()))
    if decided and decided != licence_class.code:  # the rules changed since: the decision stands
        licence_class = next((c for c in all_classes() if c.code == decided), licence_class)
    note = ""
    if case.state == CaseState.RETURNED:  # whoever returned it (the window or a department) said why
        event = (StepEvent.select().where((StepEvent.case == case.id) & (StepEvent.event == "returned"))
                 .order_by(StepEvent.at.desc(), StepEvent.id.desc()).first())
        note = event.note if event is not None else ""
    return WindowStatus(case_id=case.id, case_number=case.number, case_state=case.state,
                        enterprise_name=ent.name, uscc=ent.uscc or "", address=ent.address or "",
                        contact_name=contact.name if contact else "", contact_mobile=contact.mobile if contact else "",
                        review=_step(case.id, REVIEW_STEP), licence=_step(case.id, LICENCE_STEP),
                        licence_class=licence_class, licence_class_decided=bool(decided),
                        return_note=note, licence_issued=bool(ent.uscc and data.get("licence")))
