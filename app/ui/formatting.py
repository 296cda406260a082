"""How the desktop shows dates, durations, deadlines and step states (shared by every view)."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

DATETIME_FORMAT = "%Y-%m-%d %H:%M"

# Titles are translated when shown; the context is "steps".
STEP_STATE_TITLES = {
    "waiting": QT_TRANSLATE_NOOP("steps", "等待中"),
    "ready": QT_TRANSLATE_NOOP("steps", "待办"),
    "claimed": QT_TRANSLATE_NOOP("steps", "已领取"),
    "on_hold": QT_TRANSLATE_NOOP("steps", "挂起"),
    "returned": QT_TRANSLATE_NOOP("steps", "退回补正"),
    "done": QT_TRANSLATE_NOOP("steps", "已办结"),
    "cancelled": QT_TRANSLATE_NOOP("steps", "已取消"),
}


def step_state_title(state: str) -> str:
    return QCoreApplication.translate("steps", STEP_STATE_TITLES.get(state, state))


def format_datetime(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    return value.strftime("%Y-%m-%d")


def _duration(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("queues", "{d}天{h}小时").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("queues", "{h}小时{m}分").format(h=hours, m=mins)
    return QCoreApplication.translate("queues", "{m}分").format(m=mins)


def format_time_left(due_at: dt.datetime | None, at: dt.datetime | None = None) -> tuple[str, bool]:
    """("剩余 1小时20分", False) before the deadline, ("超时 35分", True) after it; ("", False)
    without one. Whole minutes, rounded down, so the text never promises more time than is left."""
    if due_at is None:
        return "", False
    seconds = (due_at - (at or dt.datetime.now())).total_seconds()
    if seconds >= 0:
        if seconds < 60:
            return QCoreApplication.translate("queues", "剩余 不到1分"), False
        return QCoreApplication.translate("queues", "剩余 {time}").format(time=_duration(int(seconds // 60))), False
    overdue = int(-seconds // 60)
    if overdue < 1:
        return QCoreApplication.translate("queues", "超时 不到1分"), True
    return QCoreApplication.translate("queues", "超时 {time}").format(time=_duration(overdue)), True
