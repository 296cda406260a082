"""The weekly late items (晾晒): every step that breached its limit in the week, and the other
plugins' open items past their deadline (``kaiban_open_items``).

A step *breached its limit in the week* ``date_from`` .. ``date_to`` when either

- it was completed in the week after its deadline (``due_at < completed_at``): late by the
  working minutes from ``due_at`` to ``completed_at``; or
- it was still open at the week's end (ready before the end, not completed before it, not
  cancelled) with its deadline before the end: late by the working minutes from ``due_at`` to the
  end of the week. A step whose clock is paused (on hold, returned to the window) counts only if
  it was already late when the clock stopped, and up to then.

so a step left open is named again every week until it is done. Times are working minutes
(``app.core.calendar``); the end of the week is the start of the day after ``date_to``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core.calendar import current_calendar
from app.core.deadlines import PAUSED_STATES
from app.core.models import Case, Department, Enterprise, Organisation, Step, StepState, User
from app.core.step_work import period_bounds
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from plugins.supervision.scope import supervised_steps

LATE_DONE = QT_TRANSLATE_NOOP("supervision", "超时办结")
LATE_OPEN = QT_TRANSLATE_NOOP("supervision", "超时未办结")


@dataclass(frozen=True)
class LateStep:
    step_id: int
    department: str
    organisation: str
    person: str
    case_number: str
    enterprise: str
    step_type: str
    step_title: str
    due_at: dt.datetime
    completed_at: dt.datetime | None
    late_minutes: int

    @property
    def status(self) -> str:
        return translate("supervision", LATE_DONE if self.completed_at else LATE_OPEN)


def _candidates(user: CurrentUser | None, start: dt.datetime, end: dt.datetime):
    done_late = ((Step.state == StepState.DONE) & (Step.completed_at >= start) & (Step.completed_at < end)
                 & (Step.due_at < Step.completed_at))
    open_at_end = ((Step.state != StepState.CANCELLED) & (Step.ready_at < end) & (Step.due_at < end)
                   & (Step.completed_at.is_null(True) | (Step.completed_at >= end)))
    return (Step.select(Step, Case.id, Case.number, Enterprise.id, Enterprise.name, Department.id, Department.name,
                        Organisation.id, Organisation.name, User.id, User.display_name)
            .join(Case).join(Enterprise).switch(Step)
            .join(Department, on=(Step.department == Department.id)).switch(Step)
            .join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id)).switch(Step)
            .join(User, JOIN.LEFT_OUTER, on=(Step.claimed_by == User.id))
            .where(Step.due_at.is_null(False) & (done_late | open_at_end) & supervised_steps(user)))


def late_steps(user: CurrentUser | None, date_from: dt.date, date_to: dt.date, *, graph=None) -> list[LateStep]:
    """The steps that breached their limit in the week, by department, organisation, person and
    lateness (most late first)."""
    start, end = period_bounds(date_from, date_to)
    calendar = current_calendar()
    nobody = translate("supervision", "（未领取）")
    rows = []
    for step in _candidates(user, start, end):
        done_in_week = step.state == StepState.DONE and step.completed_at is not None and step.completed_at < end
        if done_in_week:
            until = step.completed_at
        elif step.state in PAUSED_STATES and step.paused_at is not None:
            until = min(end, step.paused_at)
        else:
            until = end
        if until <= step.due_at:
            continue
        late = calendar.working_minutes_between(step.due_at, until)
        if late <= 0:
            continue
        rows.append(LateStep(
            step_id=step.id, department=step.department.name,
            organisation=step.organisation.name if step.organisation_id else "",
            person=step.claimed_by.display_name if step.claimed_by_id else nobody,
            case_number=step.case.number, enterprise=step.case.enterprise.name, step_type=step.step_type,
            step_title=graph.title(step.step_type) if graph is not None else step.step_type,
            due_at=step.due_at, completed_at=step.completed_at if done_in_week else None, late_minutes=late))
    rows.sort(key=lambda r: (r.department, r.organisation, r.person, -r.late_minutes, r.step_id))
    return rows


@dataclass(frozen=True)
class LateGroup:
    department: str
    organisation: str
    person: str
    count: int
    total_minutes: int
    max_minutes: int


def by_person(rows: list[LateStep]) -> list[LateGroup]:
    """The late steps counted per department, organisation and person."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for row in rows:
        groups.setdefault((row.department, row.organisation, row.person), []).append(row.late_minutes)
    return [LateGroup(d, o, p, len(m), sum(m), max(m)) for (d, o, p), m in sorted(groups.items())]


def open_items(host, user: CurrentUser | None, date_from: dt.date, date_to: dt.date) -> list:
    """The other plugins' OpenItems for the week, by department, organisation and person."""
    items = list(host.call("kaiban_open_items", date_from=date_from, date_to=date_to, user=user))
    return sorted(items, key=lambda i: (i.department or "", i.organisation, i.person, -i.late_minutes))


__all__ = ["LateStep", "LateGroup", "late_steps", "by_person", "open_items"]
