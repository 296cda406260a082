"""The critical path of a step graph and a case's expected completion.

Steps that wait for nothing in common run side by side, so a case takes as long as its longest
chain of prerequisites: with Zibo's limits (licence and seal 45 minutes, then tax 15, social
insurance 15 and bank 75 in parallel) that is 45 + 75 = 120 working minutes, where the old serial
chain adds them all up.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from app.core.calendar import WorkingCalendar, current_calendar
from app.core.deadlines import time_left_minutes
from app.core.errors import NotFound
from app.core.models import Case, CaseState, Step, StepState, now
from app.core.workflow import WorkflowGraph
from app.i18n import translate


def critical_path(graph: WorkflowGraph, limits: Mapping[str, float] | None = None) -> tuple[int, list[str]]:
    """The longest chain along ``waits_for``: its length in working minutes and its step types,
    first to last. ``limits`` gives a step type's minutes; a step type it does not name counts with
    its declared (or configured) time limit. Ties go to the step type earlier in the graph's order."""
    finish: dict[str, float] = {}
    via: dict[str, str | None] = {}
    order = graph.topological_order()
    for name in order:
        spec = graph.steps[name]
        weight = limits.get(name, spec.time_limit_minutes) if limits is not None else spec.time_limit_minutes
        start, before = 0.0, None
        for pre in sorted(spec.waits_for, key=order.index):
            if before is None or finish[pre] > start:
                start, before = finish[pre], pre
        finish[name], via[name] = start + max(weight, 0), before
    if not finish:
        return 0, []
    last = max(order, key=lambda n: (finish[n], -order.index(n)))
    path = [last]
    while via[path[-1]] is not None:
        path.append(via[path[-1]])
    return round(finish[last]), path[::-1]


@dataclass(frozen=True)
class ExpectedCompletion:
    at: dt.datetime | None     # when the case should be complete (when it was, once complete)
    minutes_left: int          # working minutes along the remaining critical path
    path: tuple[str, ...]      # the remaining critical path's step types
    complete: bool = False


def expected_completion(case_id: int, graph: WorkflowGraph, *, at: dt.datetime | None = None,
                        calendar: WorkingCalendar | None = None) -> ExpectedCompletion:
    """When case ``case_id`` should be complete if every open step takes the time it has left: a
    ready or claimed step the working minutes to its deadline (none when overdue), a paused step
    what was left when it paused, a waiting step its whole limit after its prerequisites."""
    at = at or now()
    calendar = calendar or current_calendar()
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("critical_path", "办件不存在"))
    if case.state == CaseState.COMPLETE:
        return ExpectedCompletion(case.completed_at, 0, (), complete=True)
    steps = {s.step_type: s for s in Step.select().where(Step.case == case_id)}
    case_graph = graph.restricted_to(steps) if steps else graph.for_case_type(case.case_type)
    open_steps = [n for n in case_graph.steps
                  if n not in steps or steps[n].state not in (StepState.DONE, StepState.CANCELLED)]
    remaining = case_graph.restricted_to(open_steps)
    limits: dict[str, float] = {}
    for name in remaining.steps:
        step = steps.get(name)
        if step is not None and step.state != StepState.WAITING:
            left = time_left_minutes(step, at, calendar)
            limits[name] = max(left, 0) if left is not None else 0
    minutes, path = critical_path(remaining, limits)
    return ExpectedCompletion(calendar.add_working_minutes(at, minutes), minutes, tuple(path))
