"""Whose steps and cases a statistics reader may see, and the periods the figures cover. Qt-free.

Every figure of this plugin is computed over :func:`visible_steps`: the command line (``user``
None) and administrators see every department; anyone else only what ``step_visibility`` lets
them see — a department supervisor their own organisation's steps, never another's.
"""
from __future__ import annotations

import datetime as dt

from peewee import Expression

from app.core.access import step_visibility
from app.core.models import Case, Step
from app.core.step_work import period_bounds
from app.core.users import CurrentUser

__all__ = ["step_scope", "case_scope", "period_bounds", "last_days"]


def step_scope(user: CurrentUser | None) -> Expression:
    """The condition on ``Step`` of what ``user`` may count (everything for the command line)."""
    if user is None:
        return Step.id.is_null(False)
    return step_visibility(user)


def case_scope(user: CurrentUser | None) -> Expression:
    """The condition on ``Case``: cases with at least one step ``user`` may see."""
    if user is None or user.is_admin:
        return Case.id.is_null(False)
    return Case.id.in_(Step.select(Step.case).where(step_visibility(user)))


def last_days(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The ``days`` calendar days ending with ``today`` (inclusive)."""
    return today - dt.timedelta(days=days - 1), today
