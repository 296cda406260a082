"""On a generated history of a few thousand cases, the weekly and monthly figures equal what
straightforward code computes from the raw StepEvent and Step rows: on-time share, medians, p90,
compression ratio, on-the-spot share, the late steps of a week and how late they were."""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

import pytest
from openpyxl import load_workbook

from app.core.calendar import current_calendar
from app.core.models import Case, Department, Step, StepEvent
from case_helpers import seed_people, user
from history import generate_history
from plugins.supervision import late, monthly, reports
from plugins.supervision.statutory import DEFAULT_STATUTORY_DAYS, FALLBACK_DAYS
from reports.pdf_inspect import compact, pdf_text

CASES = 2000
START = dt.datetime(2026, 3, 2, 9, 0)
MONTH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
WEEK = (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
#: slower steps than the default, so that a good share breach their limit
DURATIONS = {"intake_review": (28, 12), "business_licence": (50, 30), "seal": (45, 30), "bank_account": (70, 40),
             "tax_registration": (25, 20), "social_insurance": (40, 30)}


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    from argon2 import PasswordHasher

    from app.core import users
    from app.startup import open_app
    from db.connection import close_database

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        path = tmp_path_factory.mktemp("supervision-history") / "kaiban.db"
        ctx = open_app(f"sqlite:///{path}", backup=False)
        seed_people(ctx)
        with ctx.db.atomic():  # one transaction: the bulk of rows is written without a sync per row
            generate_history(ctx, cases=CASES, start=START, days=20, seed=11, open_share=0.08, durations=DURATIONS)
        yield ctx
    close_database()


def raw_steps() -> dict[int, dict]:
    """Every step from its own events: when it became ready and was completed, its deadline,
    department and type."""
    codes = {d.id: d.code for d in Department.select()}
    steps = {s.id: {"type": s.step_type, "dept": codes[s.department_id], "due": s.due_at, "limit": s.time_limit,
                    "ready": None, "done": None}
             for s in Step.select(Step.id, Step.step_type, Step.department, Step.due_at, Step.time_limit)}
    for event in StepEvent.select(StepEvent.step, StepEvent.event, StepEvent.at):
        if event.event == "ready":
            steps[event.step_id]["ready"] = event.at
        elif event.event == "completed":
            steps[event.step_id]["done"] = event.at
    return steps


def nearest_rank(values: list[int], p: float) -> int:
    ordered = sorted(values)
    return ordered[math.ceil(p * len(ordered)) - 1]


def middle(values: list[int]) -> float:
    ordered, n = sorted(values), len(values)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def expected_month(date_from: dt.date, date_to: dt.date):
    cal = current_calendar()
    start, end = dt.datetime.combine(date_from, dt.time()), dt.datetime.combine(date_to, dt.time()) + dt.timedelta(1)
    per_dept = defaultdict(lambda: {"n": 0, "on_time": 0, "spot": 0, "actual": 0, "statutory": 0, "promised": 0})
    per_type = defaultdict(list)
    for s in raw_steps().values():
        if s["done"] is None or not start <= s["done"] < end:
            continue
        minutes = cal.working_minutes_between(s["ready"], s["done"])
        d = per_dept[s["dept"]]
        d["n"] += 1
        d["on_time"] += s["done"] <= s["due"]
        d["spot"] += s["done"] <= s["due"] and s["done"].date() == s["ready"].date()
        d["actual"] += minutes
        d["promised"] += s["limit"]
        d["statutory"] += DEFAULT_STATUTORY_DAYS.get(s["type"], FALLBACK_DAYS) * cal.day_minutes
        per_type[s["type"]].append(minutes)
    return per_dept, per_type


def test_monthly_figures_match_the_raw_rows(history):
    per_dept, per_type = expected_month(*MONTH)
    data = monthly.monthly_figures(None, *MONTH, graph=history.graph)
    assert data.steps_handled == sum(d["n"] for d in per_dept.values()) > 10000
    got = {d.code: d.tally for d in data.departments}
    assert set(got) == set(per_dept)
    for code, want in per_dept.items():
        tally = got[code]
        assert (tally.steps, tally.on_time, tally.on_spot) == (want["n"], want["on_time"], want["spot"])
        assert tally.on_time_share == pytest.approx(want["on_time"] / want["n"])
        assert tally.compression == pytest.approx(1 - want["actual"] / want["statutory"])
        assert tally.promise_compression == pytest.approx(1 - want["promised"] / want["statutory"])
    assert 0.2 < data.total.on_time_share < 0.95  # the durations make a real mix of late and on time
    total_actual = sum(d["actual"] for d in per_dept.values())
    total_statutory = sum(d["statutory"] for d in per_dept.values())
    assert data.total.compression == pytest.approx(1 - total_actual / total_statutory)
    types = {s.step_type: s for s in data.step_types}
    assert set(types) == set(per_type)
    for name, minutes in per_type.items():
        assert types[name].count == len(minutes)
        assert types[name].median == pytest.approx(middle(minutes))
        assert types[name].p90 == nearest_rank(minutes, 0.9)
    start, end = dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1)
    assert data.cases_received == sum(1 for c in Case.select() if start <= c.created_at < end) == CASES
    assert data.cases_completed == sum(1 for c in Case.select() if c.completed_at and start <= c.completed_at < end)


def test_the_monthly_report_carries_the_same_figures(history, tmp_path):
    per_dept, per_type = expected_month(*MONTH)
    history.user = None
    out = reports.build_monthly(history, {"date_from": MONTH[0], "date_to": MONTH[1], "organisation": None},
                                tmp_path / "m.xlsx", lambda done, total: None)
    book = load_workbook(out)
    names = {d.code: d.name for d in Department.select()}
    sheet = book["按时办结"]
    rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r[0] in names.values()}
    for code, want in per_dept.items():
        assert rows[names[code]][1:4] == (want["n"], want["on_time"], pytest.approx(want["on_time"] / want["n"]))
    compression = {r[0]: r for r in book["时限压缩"].iter_rows(values_only=True) if r[0] in names.values()}
    for code, want in per_dept.items():
        assert compression[names[code]][5] == pytest.approx(1 - want["actual"] / want["statutory"])
        assert compression[names[code]][3] == pytest.approx(want["actual"] / current_calendar().day_minutes, abs=0.01)
    titles = {history.graph.title(name): name for name in per_type}
    times = {r[0]: r for r in book["环节用时"].iter_rows(values_only=True) if r[0] in titles}
    for title, name in titles.items():
        assert times[title][2:] == (len(per_type[name]), pytest.approx(middle(per_type[name])),
                                    nearest_rank(per_type[name], 0.9))
    pdf = reports.build_monthly(history, {"date_from": MONTH[0], "date_to": MONTH[1], "organisation": None},
                                tmp_path / "m.pdf", lambda done, total: None)
    text = compact(pdf_text(pdf))
    total_n = sum(d["n"] for d in per_dept.values())
    on_time = sum(d["on_time"] for d in per_dept.values()) / total_n
    compression_total = 1 - sum(d["actual"] for d in per_dept.values()) / sum(d["statutory"] for d in per_dept.values())
    assert f"办结事项{total_n}件，按时办结率{on_time:.1%}" in text
    assert f"时限压缩率{compression_total:.1%}" in text
    assert "各环节办理用时" in text and "法定时限、承诺时限与实际用时" in text


def expected_week(date_from: dt.date, date_to: dt.date) -> dict[int, int]:
    cal = current_calendar()
    start, end = dt.datetime.combine(date_from, dt.time()), dt.datetime.combine(date_to, dt.time()) + dt.timedelta(1)
    late_by_step = {}
    for step_id, s in raw_steps().items():
        if s["ready"] is None:
            continue
        if s["done"] is not None and start <= s["done"] < end:
            if s["done"] > s["due"]:
                late_by_step[step_id] = cal.working_minutes_between(s["due"], s["done"])
        elif s["ready"] < end and (s["done"] is None or s["done"] >= end) and s["due"] < end:
            late_by_step[step_id] = cal.working_minutes_between(s["due"], end)
    return {k: v for k, v in late_by_step.items() if v > 0}


def test_the_weeks_late_steps_match_the_raw_rows(history):
    want = expected_week(*WEEK)
    rows = late.late_steps(None, *WEEK, graph=history.graph)
    assert {r.step_id: r.late_minutes for r in rows} == want and len(want) > 100
    still_open = [r for r in rows if r.completed_at is None]
    assert still_open and all(r.status == "超时未办结" for r in still_open)
    groups = late.by_person(rows)
    assert sum(g.count for g in groups) == len(rows)
    assert sum(g.total_minutes for g in groups) == sum(want.values())
    keys = [(r.department, r.organisation, r.person) for r in rows]
    assert keys == sorted(keys)  # grouped by department, organisation and person


def test_a_department_supervisor_gets_their_own_share(history):
    tax_chief = user("tax_chief")
    data = monthly.monthly_figures(tax_chief, *MONTH)
    per_dept, _ = expected_month(*MONTH)
    tax_org = tax_chief.organisation_id
    own = Step.select().where((Step.organisation == tax_org) & Step.completed_at.between(
        dt.datetime(2026, 3, 1), dt.datetime(2026, 3, 31, 23, 59, 59))).count()
    assert [d.code for d in data.departments] == ["tax"] and data.steps_handled == own <= per_dept["tax"]["n"]
    rows = late.late_steps(tax_chief, *WEEK)
    assert rows and {r.organisation for r in rows} == {tax_chief.organisation_name}
