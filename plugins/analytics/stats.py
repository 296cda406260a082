"""How long each step type takes: count, median and 90th percentile of the working minutes from
ready to done, over the steps completed in a period. Qt-free.

The duration is the working time from ``Step.ready_at`` to ``Step.completed_at``: what the
applicant waited, holds and corrections included (the deadline clock, which pauses for them, is
the supervision's measure; this is the process's).

Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
ceil(p * n) — always one of the measured durations, so a figure can be traced to a step. The
median is the ordinary median (the mean of the two middle values for an even count).
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass
from typing import Iterable, Sequence

from app.core.calendar import WorkingCalendar, current_calendar
from app.core.models import Step, StepState
from app.core.users import CurrentUser
from plugins.analytics.scope import period_bounds, step_scope

__all__ = ["StepStats", "percentile", "median", "step_durations", "step_statistics", "order_step_types"]


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` in 0..1) of ``values``; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


@dataclass(frozen=True)
class StepStats:
    step_type: str
    title: str
    count: int
    median: float | None  # working minutes
    p90: float | None
    limit: int | None  # the step type's time limit in the configured graph
    on_time: int  # completed within the limit (working minutes ready -> done <= limit)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.count if self.count and self.limit else None


def _done_steps(date_from: dt.date, date_to: dt.date, user: CurrentUser | None, step_type: str | None = None):
    start, end = period_bounds(date_from, date_to)
    query = (Step.select(Step.id, Step.case, Step.step_type, Step.ready_at, Step.completed_at)
             .where((Step.state == StepState.DONE) & Step.ready_at.is_null(False)
                    & (Step.completed_at >= start) & (Step.completed_at < end) & step_scope(user)))
    if step_type is not None:
        query = query.where(Step.step_type == step_type)
    return query.order_by(Step.completed_at, Step.id)


def step_durations(date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None, *,
                   step_type: str | None = None,
                   calendar: WorkingCalendar | None = None) -> dict[str, list[tuple[int, int, int]]]:
    """step type -> [(step id, case id, working minutes ready -> done)] of the steps completed in
    the period that ``user`` may see."""
    calendar = calendar or current_calendar()
    out: dict[str, list[tuple[int, int, int]]] = {}
    for row in _done_steps(date_from, date_to, user, step_type).tuples().iterator():
        step_id, case_id, name, ready, done = row
        out.setdefault(name, []).append((step_id, case_id, calendar.working_minutes_between(ready, done)))
    return out


def order_step_types(graph, names: Iterable[str]) -> list[str]:
    """Step types in the graph's order; types the graph no longer has (a disabled plugin's) last."""
    order = graph.topological_order()
    return sorted(set(names), key=lambda n: (order.index(n) if n in order else len(order), n))


def step_statistics(graph, date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None, *,
                    calendar: WorkingCalendar | None = None, include_idle: bool = True) -> list[StepStats]:
    """One row per step type: what the steps completed in the period took. With ``include_idle``
    every step type of the graph the reader may see (a department's staff: their department's) has
    a row, with a count of 0 when none was completed."""
    durations = step_durations(date_from, date_to, user, calendar=calendar)
    idle: set[str] = set()
    if include_idle:  # the step types the reader could have seen: all, or their department's
        idle = {n for n, spec in graph.steps.items()
                if user is None or user.is_admin or spec.department == user.department_code}
    names = set(durations) | idle
    rows = []
    for name in order_step_types(graph, names):
        minutes = [m for _, _, m in durations.get(name, [])]
        spec = graph.steps.get(name)
        limit = spec.time_limit_minutes if spec is not None else None
        rows.append(StepStats(step_type=name, title=graph.title(name), count=len(minutes), median=median(minutes),
                              p90=percentile(minutes, 0.9), limit=limit,
                              on_time=sum(1 for m in minutes if limit is not None and m <= limit)))
    return rows
