"""A supervisor's alerts inbox: their own escalation alerts, unread first; marking them read."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core.models import Case, Department, Enterprise, Organisation, Step, now
from app.core.users import CurrentUser
from db.base import database
from plugins.supervision.models import Alert
from plugins.supervision.scope import require_supervisor


@dataclass(frozen=True)
class AlertRow:
    id: int
    created_at: dt.datetime
    case_id: int
    case_number: str
    enterprise: str
    step_type: str
    step_title: str
    department: str
    organisation: str
    due_at: dt.datetime | None
    step_state: str
    read: bool


def alerts_for(user: CurrentUser, *, unread_only: bool = False, limit: int = 200, graph=None) -> list[AlertRow]:
    """The user's own alerts, newest first (unread ones first)."""
    require_supervisor(user)
    query = (Alert.select(Alert, Case.id, Case.number, Enterprise.id, Enterprise.name, Step.id, Step.step_type,
                          Step.state, Step.organisation, Department.id, Department.name, Organisation.id,
                          Organisation.name)
             .join(Case, on=(Alert.case == Case.id)).join(Enterprise).switch(Alert)
             .join(Step, on=(Alert.step == Step.id))
             .join(Department, on=(Step.department == Department.id)).switch(Step)
             .join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id))
             .where(Alert.user == user.id))
    if unread_only:
        query = query.where(Alert.read_at.is_null(True))
    query = query.order_by(Alert.read_at.is_null(False), Alert.created_at.desc(), Alert.id.desc()).limit(limit)
    rows = []
    for alert in query:
        step = alert.step
        rows.append(AlertRow(
            id=alert.id, created_at=alert.created_at, case_id=alert.case_id, case_number=alert.case.number,
            enterprise=alert.case.enterprise.name, step_type=step.step_type,
            step_title=graph.title(step.step_type) if graph is not None else step.step_type,
            department=step.department.name, organisation=step.organisation.name if step.organisation_id else "",
            due_at=alert.due_at, step_state=step.state, read=alert.read_at is not None))
    return rows


def unread_count(user: CurrentUser) -> int:
    require_supervisor(user)
    return Alert.select().where((Alert.user == user.id) & Alert.read_at.is_null(True)).count()


def mark_read(user: CurrentUser, alert_ids: list[int] | None = None, *, at: dt.datetime | None = None) -> int:
    """Mark the user's alerts read (``alert_ids`` None: all of them); another's alerts are left
    alone. Returns how many changed."""
    require_supervisor(user)
    condition = (Alert.user == user.id) & Alert.read_at.is_null(True)
    if alert_ids is not None:
        if not alert_ids:
            return 0
        condition &= Alert.id.in_(list(alert_ids))
    with database.atomic():
        return Alert.update(read_at=at or now()).where(condition).execute()


__all__ = ["AlertRow", "alerts_for", "unread_count", "mark_read"]
