"""Names and small rules shared by the registration window's services."""
from __future__ import annotations

import datetime as dt

from app.core.errors import PermissionDenied
from app.core.users import CurrentUser
from app.i18n import translate

DEPARTMENT = "market_supervision"
REVIEW_STEP = "intake_review"
LICENCE_STEP = "business_licence"
WINDOW_STEPS = (REVIEW_STEP, LICENCE_STEP)


def require_window_user(user: CurrentUser | None, *, allow_none: bool = False) -> int | None:
    """The id of a user who may work the registration window (its staff or an administrator).
    ``allow_none`` lets a system import act without a user."""
    if user is None:
        if allow_none:
            return None
        raise PermissionDenied(translate("registration", "请先登录"))
    if not (user.is_admin or user.department_code == DEPARTMENT):
        raise PermissionDenied(translate("registration", "只有市场监管综合受理窗口的工作人员可以办理此事项"))
    return user.id


def is_working_day(day: dt.date) -> bool:
    """Official working days: the State Council's holidays and make-up days (chinesecalendar) where
    known, Monday to Friday otherwise."""
    try:
        import chinese_calendar

        return chinese_calendar.is_workday(day)
    except (ImportError, NotImplementedError):  # a year the calendar does not cover yet
        return day.weekday() < 5
