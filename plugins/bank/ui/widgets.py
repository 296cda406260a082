"""Small widgets of the bank forms: a date (or date and time) field that may be left empty."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, QDateTime, Qt, QTime
from PyQt6.QtWidgets import QDateTimeEdit, QWidget

#: the value that stands for "not filled in" (shown as 未填写)
EMPTY = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
_PASS_THROUGH = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class OptionalDateTimeEdit(QDateTimeEdit):
    """A date (``with_time=False``) or date-and-time field that may be empty. Its minimum stands for
    "not filled in"; the arrows, typing and the calendar start from now rather than from there.
    :meth:`iso` and :meth:`set_iso` speak the step data's ISO strings; a value loaded and left as it
    was gives back the very string it was loaded from."""

    def __init__(self, with_time: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_time = with_time
        self._loaded: tuple[str, QDateTime] | None = None
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.setMinimumDateTime(EMPTY)
        self.setSpecialValueText(self.tr("未填写"))
        self.clear_value()

    def is_empty(self) -> bool:
        return self.dateTime() <= self.minimumDateTime()

    def clear_value(self) -> None:
        self.setDateTime(self.minimumDateTime())

    def set_now(self) -> None:
        current = QDateTime.currentDateTime()
        self.setDateTime(QDateTime(current.date(), QTime(current.time().hour(), current.time().minute())))

    def set_value(self, value: dt.datetime | dt.date | None) -> None:
        if value is None:
            self.clear_value()
        elif isinstance(value, dt.datetime):
            self.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
        else:
            self.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0)))

    def value(self) -> dt.datetime | dt.date | None:
        if self.is_empty():
            return None
        moment = self.dateTime().toPyDateTime().replace(second=0, microsecond=0)
        return moment if self.with_time else moment.date()

    def set_iso(self, text: str | None) -> None:
        """Show an ISO value of the step data (empty when missing or unreadable)."""
        try:
            value = dt.datetime.fromisoformat(text) if text else None
        except (TypeError, ValueError):
            value = None
        self.set_value(value if value is None or self.with_time else value.date())
        self._loaded = (text, self.dateTime()) if value is not None else None

    def iso(self) -> str:
        """The value as the step data keeps it; "" when empty."""
        if self._loaded is not None and self._loaded[1] == self.dateTime():
            return self._loaded[0]
        value = self.value()
        if value is None:
            return ""
        return value.isoformat(timespec="minutes") if self.with_time else value.isoformat()

    # an empty field starts from now, not from the year 2000
    def _start(self) -> bool:
        if self.is_empty() and self.isEnabled():
            self.set_now()
            return True
        return False

    def mousePressEvent(self, event) -> None:
        self._start()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() not in _PASS_THROUGH and self._start() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if not self._start():
            super().stepBy(steps)


__all__ = ["OptionalDateTimeEdit", "EMPTY"]
