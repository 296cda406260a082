"""The monthly statistics of electronic supervision, over the steps completed in the period.

Definitions (every duration in working minutes of ``app.core.calendar``, pauses included):

- *steps handled*: steps completed (state done) in the period; *cases completed*: cases whose
  ``completed_at`` is in the period; *cases received*: cases created in the period — for a
  department's supervisor, only the cases with a step they supervise.
- *time of a step*: from ``ready_at`` to ``completed_at``.
- *on time*: completed at or before ``due_at``; the *on-time share* is on-time steps / steps.
- *median*: the middle value (the mean of the two middle values for an even count); *p90*: the
  nearest-rank 90th percentile, the ``ceil(0.9 n)``-th smallest value.
- *statutory time*: the statutory working days of the step type (``statutory``) times the
  calendar's working minutes per day; *promised time*: the step's configured limit
  (``Step.time_limit``); *actual time*: the time of the step. Each is summed over the steps, and
  the *compression ratio* is ``1 - actual / statutory`` (Jiangbei: 89.2%); the promise's own
  compression is ``1 - promised / statutory``.
- *handled on the spot* (当场办结): completed on time on the calendar day it became ready; the
  share is such steps / steps.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics as stats
from dataclasses import dataclass, field

from app.core.calendar import current_calendar
from app.core.models import Case, Department, Step, StepState
from app.core.step_work import period_bounds
from app.core.users import CurrentUser
from plugins.supervision.scope import supervised_steps, watches_everything
from plugins.supervision.statutory import days_for, statutory_days


def median(values: list[float]) -> float | None:
    return stats.median(values) if values else None


def p90(values: list[float]) -> float | None:
    """Nearest-rank 90th percentile."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.9 * len(ordered))) - 1]


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class Tally:
    """Sums over a set of completed steps."""
    steps: int = 0
    on_time: int = 0
    on_spot: int = 0
    statutory: float = 0.0  # working minutes
    promised: float = 0.0
    actual: float = 0.0

    def add(self, minutes: int, on_time: bool, on_spot: bool, statutory: float, promised: float) -> None:
        self.steps += 1
        self.on_time += on_time
        self.on_spot += on_spot
        self.statutory += statutory
        self.promised += promised
        self.actual += minutes

    @property
    def on_time_share(self) -> float | None:
        return share(self.on_time, self.steps)

    @property
    def on_spot_share(self) -> float | None:
        return share(self.on_spot, self.steps)

    @property
    def compression(self) -> float | None:
        return 1 - self.actual / self.statutory if self.statutory else None

    @property
    def promise_compression(self) -> float | None:
        return 1 - self.promised / self.statutory if self.statutory else None


@dataclass
class DepartmentFigures:
    code: str
    name: str
    tally: Tally = field(default_factory=Tally)


@dataclass
class StepTypeFigures:
    step_type: str
    title: str
    department: str
    minutes: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.minutes)

    @property
    def median(self) -> float | None:
        return median(self.minutes)

    @property
    def p90(self) -> float | None:
        return p90(self.minutes)


@dataclass
class MonthlyFigures:
    date_from: dt.date
    date_to: dt.date
    day_minutes: int
    cases_received: int
    cases_completed: int
    total: Tally
    departments: list[DepartmentFigures]
    step_types: list[StepTypeFigures]

    @property
    def steps_handled(self) -> int:
        return self.total.steps


def _cases(user: CurrentUser | None, column, start: dt.datetime, end: dt.datetime) -> int:
    query = Case.select().where((column >= start) & (column < end))
    if not watches_everything(user):
        query = query.where(Case.id.in_(Step.select(Step.case).where(supervised_steps(user))))
    return query.count()


def monthly_figures(user: CurrentUser | None, date_from: dt.date, date_to: dt.date, *, graph=None) -> MonthlyFigures:
    """The month's figures as ``user`` may see them (see the module docstring)."""
    start, end = period_bounds(date_from, date_to)
    calendar = current_calendar()
    day_minutes = calendar.day_minutes
    table = statutory_days()
    query = (Step.select(Step.id, Step.step_type, Step.ready_at, Step.due_at, Step.completed_at, Step.time_limit,
                         Department.id, Department.code, Department.name)
             .join(Department, on=(Step.department == Department.id))
             .where((Step.state == StepState.DONE) & (Step.completed_at >= start) & (Step.completed_at < end)
                    & Step.ready_at.is_null(False) & supervised_steps(user))
             .order_by(Department.id, Step.id))
    total = Tally()
    departments: dict[str, DepartmentFigures] = {}
    step_types: dict[str, StepTypeFigures] = {}
    for step in query:
        dept = step.department
        minutes = calendar.working_minutes_between(step.ready_at, step.completed_at)
        on_time = step.due_at is None or step.completed_at <= step.due_at
        on_spot = on_time and step.completed_at.date() == step.ready_at.date()
        promised = step.time_limit if step.time_limit is not None else (
            calendar.working_minutes_between(step.ready_at, step.due_at) if step.due_at else minutes)
        statutory = days_for(step.step_type, table) * day_minutes
        for tally in (total, departments.setdefault(dept.code, DepartmentFigures(dept.code, dept.name)).tally):
            tally.add(minutes, on_time, on_spot, statutory, promised)
        title = graph.title(step.step_type) if graph is not None else step.step_type
        step_types.setdefault(step.step_type, StepTypeFigures(step.step_type, title, dept.name)).minutes.append(minutes)
    order = graph.topological_order() if graph is not None else []
    rank = {name: i for i, name in enumerate(order)}
    return MonthlyFigures(
        date_from=date_from, date_to=date_to, day_minutes=day_minutes,
        cases_received=_cases(user, Case.created_at, start, end),
        cases_completed=_cases(user, Case.completed_at, start, end),
        total=total, departments=list(departments.values()),
        step_types=sorted(step_types.values(), key=lambda s: (rank.get(s.step_type, len(rank)), s.step_type)))


def period_figures(host, user: CurrentUser | None, date_from: dt.date, date_to: dt.date) -> dict[str, list]:
    """The other plugins' PeriodFigures for the period, by section (in the order they came)."""
    sections: dict[str, list] = {}
    for figure in host.call("kaiban_period_figures", date_from=date_from, date_to=date_to, user=user):
        sections.setdefault(figure.section or "", []).append(figure)
    return sections


__all__ = ["monthly_figures", "MonthlyFigures", "DepartmentFigures", "StepTypeFigures", "Tally", "median", "p90",
           "share", "period_figures"]
