"""The rating levels, the settings and who may do what with ratings (Qt-free).

Levels are numbered as the SMS survey asks them: 1 非常满意 ... 5 非常不满意. A rating counts as
*satisfied* at levels 1–3 (非常满意, 满意, 基本满意) and as *bad* at levels 4–5 (不满意, 非常不满意):
the satisfaction rate is satisfied ratings over all ratings."""
from __future__ import annotations

import unicodedata

from app.core.calendar import current_calendar
from app.core.errors import PermissionDenied
from app.core.settings import get_setting
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate

#: the department whose window staff enter ratings and import the SMS replies
WINDOW_DEPARTMENT = "market_supervision"

LEVELS = {
    1: QT_TRANSLATE_NOOP("ratings", "非常满意"),
    2: QT_TRANSLATE_NOOP("ratings", "满意"),
    3: QT_TRANSLATE_NOOP("ratings", "基本满意"),
    4: QT_TRANSLATE_NOOP("ratings", "不满意"),
    5: QT_TRANSLATE_NOOP("ratings", "非常不满意"),
}
SATISFIED_LEVELS = (1, 2, 3)
BAD_LEVELS = (4, 5)

WINDOW, SMS = "window", "sms"
CHANNELS = {
    WINDOW: QT_TRANSLATE_NOOP("ratings", "窗口评价"),
    SMS: QT_TRANSLATE_NOOP("ratings", "短信评价"),
}

OPEN, CLOSED = "open", "closed"
OVERDUE = "overdue"  # derived: open and past its deadline
RECTIFICATION_STATES = {
    OPEN: QT_TRANSLATE_NOOP("ratings", "待答复"),
    OVERDUE: QT_TRANSLATE_NOOP("ratings", "已逾期"),
    CLOSED: QT_TRANSLATE_NOOP("ratings", "已答复"),
}

#: working days a department has to answer a bad rating (setting ``ratings.rectification_days``)
DAYS_SETTING = "ratings.rectification_days"
DEFAULT_DAYS = 5
COMMENT_MAX = 500
ANSWER_MIN, ANSWER_MAX = 10, 1000


def level_title(level: int) -> str:
    return translate("ratings", LEVELS[level]) if level in LEVELS else str(level)


def channel_title(code: str) -> str:
    return translate("ratings", CHANNELS[code]) if code in CHANNELS else code


def state_title(code: str) -> str:
    return translate("ratings", RECTIFICATION_STATES[code]) if code in RECTIFICATION_STATES else code


def parse_level(token: str) -> int | None:
    """``1``–``5`` (half or full width) or the level's Chinese word; None for anything else."""
    text = unicodedata.normalize("NFKC", str(token)).strip()
    if text.isdigit() and int(text) in LEVELS:
        return int(text)
    for level, word in LEVELS.items():
        if text in (word, translate("ratings", word)):
            return level
    return None


def rectification_days() -> int:
    value = get_setting(DAYS_SETTING, DEFAULT_DAYS)
    return value if isinstance(value, int) and 1 <= value <= 30 else DEFAULT_DAYS


def working_day_minutes() -> int:
    """Working minutes in one working day of the configured calendar."""
    return sum(end - start for start, end in current_calendar().periods) or 480


def is_window_user(user: CurrentUser | None) -> bool:
    return user is not None and (user.is_admin or user.department_code == WINDOW_DEPARTMENT)


def require_window_user(user: CurrentUser | None) -> int:
    """The id of a user who may enter ratings: the window's staff or an administrator."""
    if user is None:
        raise PermissionDenied(translate("ratings", "请先登录"))
    if not is_window_user(user):
        raise PermissionDenied(translate("ratings", "只有综合受理窗口的工作人员可以录入评价"))
    return user.id


def sees_everything(user: CurrentUser | None) -> bool:
    """Administrators and the command line see every department's ratings; anyone else only
    those of their own organisation."""
    return user is None or user.is_admin
