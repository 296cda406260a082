"""The watch list of the supervisor screen: running steps in warning (75% of their limit used up)
or overdue, across the departments a supervisor watches (``scope.supervised_steps``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core.calendar import current_calendar
from app.core.deadlines import RUNNING_STATES, DeadlineState, deadline
from app.core.models import Case, Department, Enterprise, Organisation, Step, User, now
from app.core.users import CurrentUser
from plugins.supervision.scope import supervised_steps

#: the deadline states the watch list shows
WATCHED = (DeadlineState.WARNING, DeadlineState.OVERDUE)


@dataclass(frozen=True)
class WatchRow:
    step_id: int
    case_id: int
    case_number: str
    enterprise: str
    step_type: str
    step_title: str
    department_code: str
    department: str
    organisation: str
    holder: str
    due_at: dt.datetime
    state: str            # DeadlineState.WARNING or OVERDUE
    minutes_left: int     # working minutes to the deadline, negative when late

    @property
    def late_minutes(self) -> int:
        return max(0, -self.minutes_left)


def running_steps(user: CurrentUser | None, *, department: str | None = None):
    """Running steps with a deadline that ``user`` supervises (a select with case, enterprise,
    department, organisation and holder)."""
    query = (Step.select(Step, Case.id, Case.number, Enterprise.id, Enterprise.name, Department.id, Department.code,
                         Department.name, Organisation.id, Organisation.name, User.id, User.display_name)
             .join(Case).join(Enterprise).switch(Step)
             .join(Department, on=(Step.department == Department.id)).switch(Step)
             .join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id)).switch(Step)
             .join(User, JOIN.LEFT_OUTER, on=(Step.claimed_by == User.id))
             .where(Step.state.in_(RUNNING_STATES) & Step.due_at.is_null(False) & supervised_steps(user)))
    if department:
        query = query.where(Department.code == department)
    return query


def watch_list(user: CurrentUser | None, *, department: str | None = None, state: str | None = None,
               graph=None, at: dt.datetime | None = None) -> list[WatchRow]:
    """The steps in warning or overdue, most late first. ``state``: only WARNING or OVERDUE."""
    at = at or now()
    calendar = current_calendar()
    wanted = (state,) if state in WATCHED else WATCHED
    rows = []
    for step in running_steps(user, department=department).order_by(Step.due_at, Step.id):
        judged = deadline(step, at, calendar)
        if judged.state not in wanted:
            continue
        rows.append(WatchRow(
            step_id=step.id, case_id=step.case.id, case_number=step.case.number,
            enterprise=step.case.enterprise.name, step_type=step.step_type,
            step_title=graph.title(step.step_type) if graph is not None else step.step_type,
            department_code=step.department.code, department=step.department.name,
            organisation=step.organisation.name if step.organisation_id else "",
            holder=step.claimed_by.display_name if step.claimed_by_id else "",
            due_at=step.due_at, state=judged.state, minutes_left=judged.minutes_left))
    rows.sort(key=lambda r: (r.minutes_left, r.step_id))
    return rows


__all__ = ["WatchRow", "watch_list", "running_steps", "WATCHED"]
