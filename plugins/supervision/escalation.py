"""Escalation (督办): every step that ran past its deadline is brought to its supervisors once.

For each running step whose deadline has passed, each active supervisor of the step's
organisation (of any of its department's organisations when the step is not routed to one) gets
one alert in the supervision inbox, a text to the mobile on file (``SupervisorContact``) through
the core's outbox, and the audit log records it (``action = 'escalate'``).

Every workstation runs :func:`escalate` every minute (``kaiban_background_tasks``), and an
installation may run ``python main.py supervision escalate`` from a scheduler as well: the unique
(step, user, kind) of the alert table makes whoever inserts an alert first the only one to text
and log it; the others' inserts do nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from app.core import audit
from app.core.deadlines import RUNNING_STATES
from app.core.models import Case, Enterprise, Organisation, Role, Step, User, now
from app.core.notifications import format_time, queue_text
from app.i18n import translate
from db.base import database
from plugins.supervision.models import Alert, AlertKind, SupervisorContact

SMS_KEY = "supervision.overdue"


@dataclass(frozen=True)
class EscalationResult:
    alerts: int = 0   # alerts created by this run
    texts: int = 0    # texts queued by this run
    steps: int = 0    # overdue steps that got at least one new alert


def _supervisor_of_step():
    """Join condition: the user supervises the step's organisation (or, for a step routed to no
    organisation, one of its department's)."""
    department_orgs = Organisation.select(Organisation.id).where(Organisation.department == Step.department)
    return ((User.role == Role.SUPERVISOR) & (User.active == True)  # noqa: E712
            & ((User.organisation == Step.organisation)
               | (Step.organisation.is_null(True) & User.organisation.in_(department_orgs))))


def pending_escalations(at: dt.datetime):
    """(step, supervisor) pairs still to be told: overdue running steps without that alert."""
    told = Alert.select(Alert.id).where((Alert.step == Step.id) & (Alert.user == User.id)
                                        & (Alert.kind == AlertKind.OVERDUE))
    return (Step.select(Step.id, Step.case, Step.step_type, Step.due_at, User.id.alias("supervisor_id"),
                        User.display_name.alias("supervisor_name"))
            .join(User, on=_supervisor_of_step())
            .where(Step.state.in_(RUNNING_STATES) & Step.due_at.is_null(False) & (Step.due_at < at)
                   & ~fn.EXISTS(told))
            .order_by(Step.due_at, Step.id, User.id).dicts())


def _text(case: Case, step_title: str, due_at: dt.datetime) -> str:
    return translate("supervision", "【电子监察】办件 {number}（{enterprise}）的“{step}”已超过办理时限"
                                    "（应于 {due} 前办结），请及时督办。").format(
        number=case.number, enterprise=case.enterprise.name, step=step_title, due=format_time(due_at))


def _escalate_one(pair: dict, at: dt.datetime, graph) -> tuple[bool, bool]:
    """Create one alert; text and log it only when this call created it. (created, texted)"""
    with database.atomic():
        created = (Alert.insert(step=pair["id"], case=pair["case"], user=pair["supervisor_id"],
                                kind=AlertKind.OVERDUE, due_at=pair["due_at"], created_at=at)
                   .on_conflict_ignore().as_rowcount().execute())
        if not created:
            return False, False
        case = Case.select(Case, Enterprise).join(Enterprise).where(Case.id == pair["case"]).get()
        title = graph.title(pair["step_type"]) if graph is not None else pair["step_type"]
        contact = SupervisorContact.get_or_none(SupervisorContact.user == pair["supervisor_id"])
        texted = False
        if contact is not None and contact.mobile:
            queue_text(case.id, SMS_KEY, _text(case, title, pair["due_at"]), at=at, mobile=contact.mobile)
            texted = True
        audit.record("escalate", "step", entity_id=pair["id"], case_id=case.id, field=pair["step_type"],
                     detail=translate("supervision", "超时督办：{step}，通知 {name}{sms}").format(
                         step=title, name=pair["supervisor_name"],
                         sms=translate("supervision", "（已发短信）") if texted else ""))
    return True, texted


def escalate(*, graph=None, at: dt.datetime | None = None) -> EscalationResult:
    """Alert, text and log every overdue step not yet brought to each of its supervisors."""
    at = at or now()
    alerts = texts = 0
    steps: set[int] = set()
    for pair in list(pending_escalations(at)):
        created, texted = _escalate_one(pair, at, graph)
        if created:
            alerts += 1
            texts += texted
            steps.add(pair["id"])
    return EscalationResult(alerts=alerts, texts=texts, steps=len(steps))


__all__ = ["escalate", "pending_escalations", "EscalationResult", "SMS_KEY"]
