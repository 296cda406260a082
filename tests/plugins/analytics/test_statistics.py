"""On a generated history of a few thousand cases, the per-step figures equal figures computed
here independently from the step events; the dashboard's counts equal counts taken here."""
from __future__ import annotations

import datetime as dt

from app.core.calendar import current_calendar
from app.core.models import Case, Department, Step, StepEvent, StepState
from plugins.analytics.dashboard import FigureRef, dashboard
from plugins.analytics.lists import figure_list
from plugins.analytics.process import process_analysis
from plugins.analytics.stats import percentile

from .conftest import HISTORY_CASES

PERIOD = (dt.date(2026, 3, 9), dt.date(2026, 3, 27))


def _expected_durations(date_from: dt.date, date_to: dt.date) -> dict[str, list[int]]:
    """Working minutes from each step's "ready" event to its "completed" event, for the steps whose
    completion falls in the period (read from the event log, not from the step rows)."""
    cal = current_calendar()
    start = dt.datetime.combine(date_from, dt.time())
    end = dt.datetime.combine(date_to, dt.time()) + dt.timedelta(days=1)
    ready = {e.step_id: e.at for e in StepEvent.select().where(StepEvent.event == "ready")}
    out: dict[str, list[int]] = {}
    types = dict(Step.select(Step.id, Step.step_type).tuples())
    for e in StepEvent.select().where((StepEvent.event == "completed") & (StepEvent.at >= start)
                                      & (StepEvent.at < end)):
        out.setdefault(types[e.step_id], []).append(cal.working_minutes_between(ready[e.step_id], e.at))
    return out


def _median(values: list[int]) -> float:
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def _p90(values: list[int]) -> int:
    s = sorted(values)
    return s[-(-9 * len(s) // 10) - 1]  # nearest rank: ceil(0.9 n)


def test_the_history_is_big_enough(history_ctx):
    assert Case.select().count() == HISTORY_CASES >= 2000
    assert Step.select().where(Step.state == StepState.DONE).count() > 10000


def test_step_counts_medians_and_p90_match_an_independent_count(history_ctx):
    expected = _expected_durations(*PERIOD)
    analysis = process_analysis(history_ctx, *PERIOD)
    by_type = {s.step_type: s for s in analysis.steps}
    assert set(by_type) == set(history_ctx.graph.steps) and set(expected) == set(by_type)
    for name, minutes in expected.items():
        row = by_type[name]
        assert row.count == len(minutes) > 500, name
        assert row.median == _median(minutes), name
        assert row.p90 == _p90(minutes), name
        limit = history_ctx.graph.steps[name].time_limit_minutes
        assert row.on_time == sum(1 for m in minutes if m <= limit)
        assert row.on_time_share == row.on_time / row.count
    assert [s.step_type for s in analysis.steps] == history_ctx.graph.topological_order()


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5], 0.9) == 5
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile(list(range(1, 12)), 0.9) == 10  # ceil(9.9) = 10th value
    assert percentile([3, 1, 2], 0.5) == 2


def test_the_critical_paths_use_the_measured_medians(history_ctx):
    analysis = process_analysis(history_ctx, *PERIOD)
    medians = analysis.medians
    configured, serial = analysis.paths.configured, analysis.paths.serial
    # the configured graph: the window's two steps, then the longest of the four departments
    window = medians["intake_review"] + medians["business_licence"]
    departments = max(medians[n] for n in ("seal", "bank_account", "tax_registration", "social_insurance"))
    assert configured.minutes == round(window + departments)
    # the serial variant: seal, then bank, then the longer of tax and social insurance
    chain = window + medians["seal"] + medians["bank_account"] + max(medians["tax_registration"],
                                                                     medians["social_insurance"])
    assert serial is not None and serial.minutes == round(chain)
    assert serial.minutes > configured.minutes
    assert analysis.paths.saved_minutes == serial.minutes - configured.minutes
    assert all(step.source == "median" for step in configured.steps + serial.steps)


def test_dashboard_counts_match_the_tables(history_ctx):
    at = dt.datetime(2026, 3, 20, 15, 0)
    data = dashboard(history_ctx, None, at=at)
    assert data.days[0] == dt.date(2026, 3, 7) and data.days[-1] == dt.date(2026, 3, 20) and len(data.days) == 14
    for i, day in enumerate(data.days):
        start = dt.datetime.combine(day, dt.time())
        end = start + dt.timedelta(days=1)
        assert data.received[i] == Case.select().where((Case.created_at >= start) & (Case.created_at < end)).count()
        assert data.completed[i] == Case.select().where((Case.completed_at >= start)
                                                        & (Case.completed_at < end)).count()
    assert sum(data.received) > 500
    active = {}
    for step in Step.select().where(Step.state.in_(list(StepState.ACTIVE))):
        code = Department.get_by_id(step.department_id).code
        active[code] = active.get(code, 0) + 1
    assert {b.ref.arg: b.value for b in data.in_progress if b.value} == active
    overdue = [s for s in Step.select() if s.state in ("ready", "claimed") and s.due_at and s.due_at < at]
    assert data.overdue == len(overdue) > 0
    listed = figure_list(history_ctx, data.in_progress[0].ref, None, date_from=data.date_from,
                         date_to=data.date_to, at=at)
    assert len(listed.rows) == data.in_progress[0].value == len(listed.case_ids)
    day = data.received.index(max(data.received))
    received = figure_list(history_ctx, data.day_ref("received", day), None, date_from=data.date_from,
                           date_to=data.date_to, at=at)
    assert len(received.rows) == data.received[day]
    overdue_list = figure_list(history_ctx, FigureRef("overdue"), None,
                               date_from=data.date_from, date_to=data.date_to, at=at)
    assert len(overdue_list.rows) == data.overdue and all(row[-1] > 0 for row in overdue_list.rows)
