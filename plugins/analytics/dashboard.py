"""The supervisors' dashboard figures: cases received and completed per day, steps in progress
per department, steps overdue now, median time per step, and what the other plugins report over
the period (``kaiban_period_figures``: satisfaction, deliveries...). Qt-free; the screen only
draws what :func:`dashboard` returns, and asks :mod:`plugins.analytics.lists` for the list behind
a figure when it is clicked.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.core.calendar import WorkingCalendar
from app.core.models import Case, Department, Step, StepState, now
from app.core.users import CurrentUser
from app.plugin_api import PeriodFigure
from plugins.analytics.scope import case_scope, last_days, period_bounds, step_scope
from plugins.analytics.stats import step_statistics

__all__ = ["DAYS", "FigureRef", "figure_value", "Bar", "Dashboard", "dashboard", "departments_in_scope",
           "overdue_count", "RUNNING"]

#: calendar days the dashboard looks back over (today included)
DAYS = 14
RUNNING = (StepState.READY, StepState.CLAIMED)


@dataclass(frozen=True)
class FigureRef:
    """What list stands behind a figure: ``kind`` (received, completed, in_progress, overdue,
    step_durations) and its argument (a day, a department code, a step type)."""
    kind: str
    arg: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    ref: FigureRef


@dataclass
class Dashboard:
    at: dt.datetime
    date_from: dt.date
    date_to: dt.date
    days: list[dt.date]
    received: list[int]
    completed: list[int]
    in_progress: list[Bar]
    overdue: int
    step_medians: list[Bar]
    figures: list[PeriodFigure] = field(default_factory=list)

    def day_ref(self, kind: str, index: int) -> FigureRef:
        return FigureRef(kind, self.days[index].isoformat(), self.days[index].strftime("%m-%d"))

    @property
    def rate_figures(self) -> list[PeriodFigure]:
        """The figures given as a share (unit %), e.g. satisfaction per department: the chart."""
        return [f for f in self.figures if f.unit.strip() == "%" and figure_value(f.value) is not None]


def figure_value(value) -> float | None:
    """A figure's value as a float (None when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return float(value)


def _per_day(column, days: list[dt.date], user: CurrentUser | None) -> list[int]:
    start, end = period_bounds(days[0], days[-1])
    counts = {d: 0 for d in days}
    for (value,) in (Case.select(column).where((column >= start) & (column < end) & case_scope(user))
                     .tuples().iterator()):
        counts[value.date()] = counts.get(value.date(), 0) + 1
    return [counts[d] for d in days]


def departments_in_scope(graph, user: CurrentUser | None) -> list[tuple[str, str]]:
    """(code, name) of the departments whose figures ``user`` sees, in the graph's order."""
    codes: list[str] = []
    for name in graph.topological_order():
        code = graph.steps[name].department
        if code not in codes:
            codes.append(code)
    if user is not None and not user.is_admin:
        codes = [c for c in codes if c == user.department_code]
    names = {d.code: d.name for d in Department.select().where(Department.code.in_(codes))} if codes else {}
    return [(c, names.get(c, c)) for c in codes]


def _in_progress(graph, user: CurrentUser | None) -> list[Bar]:
    counts: dict[str, int] = {}
    query = (Step.select(Department.code).join(Department, on=(Step.department == Department.id))
             .where(Step.state.in_(list(StepState.ACTIVE)) & step_scope(user)))
    for (code,) in query.tuples().iterator():
        counts[code] = counts.get(code, 0) + 1
    return [Bar(name, counts.get(code, 0), FigureRef("in_progress", code, name))
            for code, name in departments_in_scope(graph, user)]


def overdue_count(user: CurrentUser | None, at: dt.datetime) -> int:
    """Steps whose clock runs (ready or claimed) and whose deadline has passed."""
    return Step.select().where(Step.state.in_(list(RUNNING)) & (Step.due_at < at) & step_scope(user)).count()


def dashboard(ctx, user: CurrentUser | None, *, at: dt.datetime | None = None, days: int = DAYS,
              calendar: WorkingCalendar | None = None) -> Dashboard:
    """Every figure of the dashboard as ``user`` may see it, over the ``days`` days up to ``at``."""
    at = at or now()
    date_from, date_to = last_days(at.date(), days)
    day_list = [date_from + dt.timedelta(days=i) for i in range(days)]
    stats = step_statistics(ctx.graph, date_from, date_to, user, calendar=calendar, include_idle=False)
    medians = [Bar(s.title, s.median, FigureRef("step_durations", s.step_type, s.title)) for s in stats]
    figures = [f for f in ctx.host.call("kaiban_period_figures", date_from=date_from, date_to=date_to, user=user)
               if isinstance(f, PeriodFigure)]
    return Dashboard(at=at, date_from=date_from, date_to=date_to, days=day_list,
                     received=_per_day(Case.created_at, day_list, user),
                     completed=_per_day(Case.completed_at, day_list, user),
                     in_progress=_in_progress(ctx.graph, user), overdue=overdue_count(user, at),
                     step_medians=medians, figures=figures)
