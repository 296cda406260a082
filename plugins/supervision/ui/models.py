"""Table models of the supervisor screen. A reload applies the difference row by row (removed,
moved, inserted, changed), so the view keeps its selection and scroll position."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PyQt6.QtCore import QT_TRANSLATE_NOOP
from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QBrush, QColor, QFont

from app.ui.list_model import ROW_ROLE, ListModel  # noqa: F401 - ROW_ROLE: where a cell gives its row

OVERDUE_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#a15c00")
NOBODY = QT_TRANSLATE_NOOP("supervision", "（未领取）")
READ = QT_TRANSLATE_NOOP("supervision", "已读")
UNREAD = QT_TRANSLATE_NOOP("supervision", "未读")


def working_minutes_text(minutes: int) -> str:
    """"超时 2小时5分" / "剩余 40分" in working time."""
    hours, rest = divmod(abs(minutes), 60)
    if hours:
        amount = QCoreApplication.translate("supervision", "{h}小时{m}分").format(h=hours, m=rest)
    else:
        amount = QCoreApplication.translate("supervision", "{m}分").format(m=rest)
    if minutes < 0:
        return QCoreApplication.translate("supervision", "超时 {time}").format(time=amount)
    return QCoreApplication.translate("supervision", "剩余 {time}").format(time=amount)


def _t(marked: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP under the "supervision" context, translated."""
    return QCoreApplication.translate("supervision", marked)


class KeyedTableModel(ListModel):
    """Rows with a key; ``set_rows`` brings the model to the new list with row-level signals.
    ``columns``: (title marked with QT_TRANSLATE_NOOP in the "supervision" context, getter)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], key: Callable[[Any], Any], parent=None):
        super().__init__(columns, parent, key=key)

    def title(self, section: int) -> str:
        return _t(self.columns[section][0])


class WatchModel(KeyedTableModel):
    """Steps in warning or overdue (``watch.WatchRow``)."""
    LEFT_COLUMN = 7

    def __init__(self, parent=None):
        super().__init__([
            (QT_TRANSLATE_NOOP("supervision", "办件编号"), lambda r: r.case_number),
            (QT_TRANSLATE_NOOP("supervision", "企业名称"), lambda r: r.enterprise),
            (QT_TRANSLATE_NOOP("supervision", "事项"), lambda r: r.step_title),
            (QT_TRANSLATE_NOOP("supervision", "部门"), lambda r: r.department),
            (QT_TRANSLATE_NOOP("supervision", "机构"), lambda r: r.organisation),
            (QT_TRANSLATE_NOOP("supervision", "经办人"), lambda r: r.holder or _t(NOBODY)),
            (QT_TRANSLATE_NOOP("supervision", "办理时限"), lambda r: r.due_at),
            (QT_TRANSLATE_NOOP("supervision", "超时/剩余（工作时间）"), lambda r: working_minutes_text(r.minutes_left)),
        ], key=lambda r: r.step_id, parent=parent)

    def style(self, row, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LEFT_COLUMN:
            return QBrush(OVERDUE_COLOUR if row.state == "overdue" else WARNING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == self.LEFT_COLUMN and row.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None


class AlertModel(KeyedTableModel):
    """The supervisor's own alerts (``alerts.AlertRow``); unread ones in bold."""

    def __init__(self, parent=None):
        super().__init__([
            (QT_TRANSLATE_NOOP("supervision", "提醒时间"), lambda r: r.created_at),
            (QT_TRANSLATE_NOOP("supervision", "办件编号"), lambda r: r.case_number),
            (QT_TRANSLATE_NOOP("supervision", "企业名称"), lambda r: r.enterprise),
            (QT_TRANSLATE_NOOP("supervision", "事项"), lambda r: r.step_title),
            (QT_TRANSLATE_NOOP("supervision", "机构"), lambda r: r.organisation),
            (QT_TRANSLATE_NOOP("supervision", "原定时限"), lambda r: r.due_at),
            (QT_TRANSLATE_NOOP("supervision", "状态"), lambda r: _t(READ if r.read else UNREAD)),
        ], key=lambda r: r.id, parent=parent)

    def style(self, row, column: int, role):
        if role == Qt.ItemDataRole.FontRole and not row.read:
            font = QFont()
            font.setBold(True)
            return font
        return None
