"""Process analytics over a period: the step statistics and the critical paths they give, in one
object the report, the command line and the screen share. Qt-free."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.calendar import WorkingCalendar
from app.core.users import CurrentUser
from plugins.analytics.paths import PathComparison, compare_paths
from plugins.analytics.stats import StepStats, step_statistics

__all__ = ["ProcessAnalysis", "process_analysis"]


@dataclass(frozen=True)
class ProcessAnalysis:
    date_from: dt.date
    date_to: dt.date
    steps: list[StepStats]
    paths: PathComparison

    @property
    def medians(self) -> dict[str, float]:
        return {s.step_type: s.median for s in self.steps if s.median is not None}


def process_analysis(ctx, date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None, *,
                     calendar: WorkingCalendar | None = None) -> ProcessAnalysis:
    """Per step type count, median and p90 (working minutes, ready -> done) of the steps
    completed in the period that ``user`` may see, and the critical paths weighted by the medians."""
    steps = step_statistics(ctx.graph, date_from, date_to, user, calendar=calendar)
    medians = {s.step_type: s.median for s in steps if s.median is not None}
    paths = compare_paths(ctx.graph, ctx.host.call("kaiban_step_types"), medians)
    return ProcessAnalysis(date_from, date_to, steps, paths)
