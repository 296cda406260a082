"""Step deadlines in working time: readiness, the paused clock, warning and overdue."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from case_helpers import new_case, seed_people, step, user_id, walk_to_departments, work

from app.core import deadlines, workflow
from app.core.calendar import WorkingCalendar
from app.core.deadlines import DeadlineState, deadline, deadline_state, time_left_minutes
from app.core.models import StepState

D = dt.datetime
MONDAY = D(2026, 3, 2, 9, 0)
FRIDAY = D(2026, 3, 6, 9, 0)
CAL = WorkingCalendar()


@pytest.fixture
def wf(ctx, fast_hash):
    seed_people(ctx)
    return ctx


def test_a_ready_step_is_due_its_limit_in_working_minutes(wf):
    case = new_case(wf, at=FRIDAY.replace(hour=16, minute=45))
    review = step(case, "intake_review")
    assert review.time_limit == 30
    assert review.due_at == D(2026, 3, 9, 9, 15)  # 15 minutes on Friday, 15 on Monday morning
    # The department steps, ready when the licence is issued just before lunch, count after it.
    walk_to_departments(wf, case, at=D(2026, 3, 9, 11, 50))
    assert step(case, "tax_registration").due_at == D(2026, 3, 9, 13, 5)
    assert step(case, "bank_account").due_at == D(2026, 3, 9, 14, 5)
    assert step(case, "bank_account").time_limit == 75


def test_a_deadline_over_national_day(wf):
    case = new_case(wf, at=D(2025, 9, 30, 16, 50))
    assert step(case, "intake_review").due_at == D(2025, 10, 9, 9, 20)


def test_hold_pauses_the_clock_and_resume_moves_the_deadline(wf):
    case = new_case(wf, at=MONDAY)
    walk_to_departments(wf, case, at=D(2026, 3, 2, 10, 0))
    seal = step(case, "seal")
    assert seal.due_at == D(2026, 3, 2, 10, 45)
    clerk = user_id("seal_clerk")
    workflow.claim_step(seal.id, clerk, at=D(2026, 3, 2, 10, 5))
    held = workflow.hold_step(seal.id, clerk, "等待申请人确认印章样式", at=D(2026, 3, 2, 10, 15))
    assert held.paused_at == D(2026, 3, 2, 10, 15) and held.due_at == D(2026, 3, 2, 10, 45)
    # While on hold the clock stands still: still 30 minutes left the next afternoon.
    next_day = D(2026, 3, 3, 15, 0)
    assert deadline(held, next_day, CAL) == deadlines.Deadline(DeadlineState.PAUSED, 30, 45)
    resumed = workflow.resume_step(seal.id, clerk, at=next_day)
    assert resumed.paused_at is None
    assert resumed.due_at == D(2026, 3, 3, 15, 30)  # the 30 minutes left, from the resumption
    assert deadline_state(resumed, next_day, CAL) == DeadlineState.NORMAL


def test_the_hold_spans_a_weekend_and_lunch(wf):
    case = new_case(wf, at=FRIDAY.replace(hour=16, minute=30))
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    workflow.claim_step(review.id, clerk, at=FRIDAY.replace(hour=16, minute=35))
    workflow.hold_step(review.id, clerk, "等待补充材料", at=FRIDAY.replace(hour=16, minute=40))  # 20 left
    resumed = workflow.resume_step(review.id, clerk, at=D(2026, 3, 9, 11, 50))
    assert resumed.due_at == D(2026, 3, 9, 13, 10)  # 10 minutes before lunch, 10 after


def test_an_overdue_step_stays_overdue_by_as_much_after_a_hold(wf):
    case = new_case(wf, at=MONDAY)
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    workflow.claim_step(review.id, clerk, at=MONDAY)
    workflow.hold_step(review.id, clerk, "等待", at=D(2026, 3, 2, 9, 50))  # 20 minutes late already
    resumed = workflow.resume_step(review.id, clerk, at=D(2026, 3, 3, 9, 30))
    assert resumed.due_at == D(2026, 3, 3, 9, 10)
    assert deadline(resumed, D(2026, 3, 3, 9, 30), CAL) == deadlines.Deadline(DeadlineState.OVERDUE, -20, 30)


def test_return_for_correction_stops_the_clock_in_working_time(wf):
    case = new_case(wf, at=FRIDAY.replace(hour=16, minute=30))
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    workflow.claim_step(review.id, clerk, at=FRIDAY.replace(hour=16, minute=35))
    returned = workflow.return_for_correction(review.id, clerk, "经营范围不规范", at=FRIDAY.replace(hour=16, minute=50))
    assert returned.paused_at == FRIDAY.replace(hour=16, minute=50)
    assert deadline_state(returned, D(2026, 3, 9, 11, 0), CAL) == DeadlineState.PAUSED
    assert time_left_minutes(returned, D(2026, 3, 9, 11, 0), CAL) == 10
    resumed = workflow.resume_after_correction(review.id, clerk, at=D(2026, 3, 9, 9, 0))
    assert (resumed.due_at, resumed.paused_at) == (D(2026, 3, 9, 9, 10), None)


def test_a_held_then_returned_step_is_paused_from_the_hold(wf):
    case = new_case(wf, at=MONDAY)
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    workflow.claim_step(review.id, clerk, at=MONDAY)
    workflow.hold_step(review.id, clerk, "等待", at=D(2026, 3, 2, 9, 10))  # 20 left
    returned = workflow.return_for_correction(review.id, clerk, "材料不全", at=D(2026, 3, 2, 10, 0))
    assert returned.paused_at == D(2026, 3, 2, 9, 10)
    resumed = workflow.resume_after_correction(review.id, clerk, at=D(2026, 3, 2, 14, 0))
    assert resumed.due_at == D(2026, 3, 2, 14, 20)


def row(state=StepState.READY, ready_at=MONDAY, due_at=D(2026, 3, 2, 10, 0), **extra):
    """A queue row or step as the deadline functions see it."""
    return SimpleNamespace(state=state, ready_at=ready_at, due_at=due_at, **extra)


@pytest.mark.parametrize("at,expected,left", [
    (D(2026, 3, 2, 9, 0), DeadlineState.NORMAL, 60),
    (D(2026, 3, 2, 9, 44), DeadlineState.NORMAL, 16),
    (D(2026, 3, 2, 9, 45), DeadlineState.WARNING, 15),  # 75% of 60 minutes used
    (D(2026, 3, 2, 10, 0), DeadlineState.WARNING, 0),
    (D(2026, 3, 2, 10, 1), DeadlineState.OVERDUE, -1),
    (D(2026, 3, 3, 10, 0), DeadlineState.OVERDUE, -420),
])
def test_warning_at_three_quarters_and_overdue_past_the_deadline(at, expected, left):
    for target in (row(), row(time_limit=60), row(state=StepState.CLAIMED, time_limit=60)):
        assert deadline_state(target, at, CAL) == expected
        assert time_left_minutes(target, at, CAL) == left


def test_the_warning_counts_working_time():
    # Ready Friday 16:00 with 120 minutes: due Monday 10:00. At 09:29 on Monday 89 minutes are used.
    friday = row(ready_at=D(2026, 3, 6, 16, 0), due_at=D(2026, 3, 9, 10, 0), time_limit=120)
    assert deadline_state(friday, D(2026, 3, 8, 12, 0), CAL) == DeadlineState.NORMAL  # Sunday: 60 used
    assert deadline_state(friday, D(2026, 3, 9, 9, 29), CAL) == DeadlineState.NORMAL
    assert deadline_state(friday, D(2026, 3, 9, 9, 30), CAL) == DeadlineState.WARNING


def test_paused_and_clockless_steps():
    at = D(2026, 3, 2, 11, 0)
    held = row(state=StepState.ON_HOLD, paused_at=D(2026, 3, 2, 9, 40), time_limit=60)
    assert deadline(held, at, CAL) == deadlines.Deadline(DeadlineState.PAUSED, 20, 60)
    assert deadline_state(row(state=StepState.RETURNED), at, CAL) == DeadlineState.PAUSED
    for state in (StepState.WAITING, StepState.DONE, StepState.CANCELLED):
        assert deadline(row(state=state), at, CAL) == deadlines.Deadline(DeadlineState.NONE, None, None)
    assert deadline_state(row(due_at=None), at, CAL) == DeadlineState.NONE
    assert deadline(held, at, CAL).title == "计时暂停"


def test_set_deadline_gives_a_ready_step_another_limit(wf):
    case = new_case(wf, at=D(2026, 3, 2, 14, 0))
    review = step(case, "intake_review")
    changed = deadlines.set_deadline(review.id, 6 * 60, at=D(2026, 3, 2, 14, 5))
    assert (changed.time_limit, changed.due_at) == (360, D(2026, 3, 3, 12, 0))  # 3 hours today, 3 tomorrow
    assert changed.version == review.version + 1


def test_queue_rows_judge_their_deadline_in_working_time(wf):
    from app.core.queues import QueueQuery, queue_page
    from app.plugin_api import QueueSpec
    from case_helpers import user

    case = new_case(wf, at=D(2026, 3, 2, 16, 30))
    work(wf, case, "intake_review", "clerk", at=D(2026, 3, 2, 16, 40))
    spec = QueueSpec(key="t", title="t", department="registration", step_types=("business_licence",))
    [licence] = queue_page(QueueQuery(spec=spec), user("clerk"))
    # ready 16:40 with 60 minutes: 20 today and 40 tomorrow; at 09:30 tomorrow 50 are used
    assert licence.due_at == D(2026, 3, 3, 9, 40)
    assert deadline(licence, D(2026, 3, 3, 9, 30), CAL) == deadlines.Deadline(DeadlineState.WARNING, 10, 60)
    # A held row keeps the minutes it had left when its clock stopped.
    clerk = user_id("clerk")
    workflow.claim_step(licence.step_id, clerk, at=D(2026, 3, 3, 9, 0))
    workflow.hold_step(licence.step_id, clerk, "等待申请人", at=D(2026, 3, 3, 9, 15))
    [held] = queue_page(QueueQuery(spec=spec), user("clerk"))
    assert (held.paused_at, held.time_limit) == (D(2026, 3, 3, 9, 15), 60)
    assert deadline(held, D(2026, 3, 4, 16, 0), CAL) == deadlines.Deadline(DeadlineState.PAUSED, 25, 60)
