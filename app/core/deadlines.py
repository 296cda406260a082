"""Step deadlines in working time: due dates, the paused clock, warning and overdue.

A step's deadline is its time limit in working minutes from when it became ready
(``Step.time_limit``, ``Step.due_at``). While the step is on hold or back at the window for
correction its clock is paused (``Step.paused_at`` holds when the pause began); when it resumes
the deadline moves by the working time the pause took. A running step is in *warning* once 75% of
its limit is used up and *overdue* once its deadline has passed.

The functions that judge a step take anything with the step's attributes (a ``Step``, a queue
row) and a calendar, and never touch the database: the queue model calls them on the GUI thread
with :func:`app.core.calendar.last_calendar`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.calendar import WorkingCalendar, current_calendar
from app.core.errors import NotFound
from app.core.models import Step, StepState, now
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.base import database

#: share of the limit used up from which a running step is in warning
WARNING_SHARE = 0.75


class DeadlineState:
    NORMAL = "normal"
    WARNING = "warning"
    OVERDUE = "overdue"
    PAUSED = "paused"    # on hold, or back at the window: the clock does not run
    NONE = "none"        # no running deadline: waiting, done or cancelled
    TITLES = {
        NORMAL: QT_TRANSLATE_NOOP("deadlines", "正常"),
        WARNING: QT_TRANSLATE_NOOP("deadlines", "临近时限"),
        OVERDUE: QT_TRANSLATE_NOOP("deadlines", "已超时"),
        PAUSED: QT_TRANSLATE_NOOP("deadlines", "计时暂停"),
        NONE: "",
    }


RUNNING_STATES = (StepState.READY, StepState.CLAIMED)
PAUSED_STATES = (StepState.ON_HOLD, StepState.RETURNED)


@dataclass(frozen=True)
class Deadline:
    state: str                 # a DeadlineState
    minutes_left: int | None   # working minutes to the deadline, negative when overdue; None without one
    limit: int | None          # the step's time limit in working minutes

    @property
    def title(self) -> str:
        return translate("deadlines", DeadlineState.TITLES[self.state]) if self.state != DeadlineState.NONE else ""


def due_at(ready_at: dt.datetime, limit_minutes: int, calendar: WorkingCalendar | None = None) -> dt.datetime:
    """The deadline of a step ready at ``ready_at`` with ``limit_minutes`` working minutes."""
    return (calendar or current_calendar()).add_working_minutes(ready_at, limit_minutes)


def resumed_due_at(due: dt.datetime, paused_at: dt.datetime, resumed_at: dt.datetime,
                   calendar: WorkingCalendar | None = None) -> dt.datetime:
    """The deadline after a pause from ``paused_at`` to ``resumed_at``: the working time that was
    left when the clock stopped (negative if it was overdue already), counted from the resumption."""
    calendar = calendar or current_calendar()
    left = calendar.working_time_between(paused_at, due)
    return calendar.add_working_minutes(resumed_at, left.total_seconds() / 60)


def _limit(step, calendar: WorkingCalendar) -> int | None:
    limit = getattr(step, "time_limit", None)
    if limit is None and getattr(step, "ready_at", None) and step.due_at:
        limit = calendar.working_minutes_between(step.ready_at, step.due_at)  # rows from before limits were kept
    return limit


def time_left_minutes(step, at: dt.datetime, calendar: WorkingCalendar | None = None) -> int | None:
    """Working minutes from ``at`` to the step's deadline (negative once overdue); for a paused
    step, what was left when its clock stopped. None for a step without a running deadline."""
    if step.due_at is None or step.state not in RUNNING_STATES + PAUSED_STATES:
        return None
    calendar = calendar or current_calendar()
    if step.state in PAUSED_STATES:
        at = getattr(step, "paused_at", None) or at
    return calendar.working_minutes_between(at, step.due_at)


def deadline(step, at: dt.datetime, calendar: WorkingCalendar | None = None) -> Deadline:
    """State, working minutes left and limit of ``step`` at ``at`` (no database access)."""
    calendar = calendar or current_calendar()
    left = time_left_minutes(step, at, calendar)
    limit = _limit(step, calendar) if left is not None else None
    if left is None:
        state = DeadlineState.NONE
    elif step.state in PAUSED_STATES:
        state = DeadlineState.PAUSED
    elif at > step.due_at:
        state = DeadlineState.OVERDUE
    elif limit is not None and limit - left >= WARNING_SHARE * limit:
        state = DeadlineState.WARNING
    else:
        state = DeadlineState.NORMAL
    return Deadline(state, left, limit)


def deadline_state(step, at: dt.datetime, calendar: WorkingCalendar | None = None) -> str:
    """``"normal"``, ``"warning"``, ``"overdue"``, ``"paused"`` (or ``"none"`` for a step whose
    clock is not running: waiting, done, cancelled)."""
    return deadline(step, at, calendar).state


def set_deadline(step_id: int, limit_minutes: int, *, at: dt.datetime | None = None,
                 calendar: WorkingCalendar | None = None) -> Step:
    """Give a ready step another time limit (e.g. the licence class's hours), counted in working
    minutes from when it became ready. Bumps the step's version."""
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        if step is None:
            raise NotFound(translate("deadlines", "事项不存在"))
        start = step.ready_at or at
        due = due_at(start, limit_minutes, calendar)
        Step.update(time_limit=limit_minutes, due_at=due, version=Step.version + 1, updated_at=at).where(
            Step.id == step_id).execute()
    return Step.get_by_id(step_id)
