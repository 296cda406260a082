"""The queue's filter bar: step state, overdue only and a date range (applied in SQL by the model)."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, pyqtSignal
from PyQt6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.plugin_api import QueueSpec
from app.ui.formatting import step_state_title

DATE_FIELDS = (("ready_at", QT_TRANSLATE_NOOP("QueueFilterBar", "到达日期")),
               ("created_at", QT_TRANSLATE_NOOP("QueueFilterBar", "申请日期")))


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class QueueFilterBar(QWidget):
    #: the QueueQuery fields to change: states, overdue_only, date_from, date_to, date_field
    changed = pyqtSignal(dict)

    def __init__(self, spec: QueueSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queueFilters")
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("全部状态"), "")
        for state in spec.states:
            self.state.addItem(step_state_title(state), state)
        self.overdue = QCheckBox(self.tr("只看超时"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setToolTip(self.tr("只显示已超过办理时限、仍在办理中的事项"))
        self.by_date = QCheckBox(self.tr("按日期"))
        self.by_date.setObjectName("dateFilter")
        self.date_field = QComboBox()
        for key, title in DATE_FIELDS:
            self.date_field.addItem(self.tr(title), key)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("清除筛选"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("状态")))
        layout.addWidget(self.state)
        layout.addSpacing(12)
        layout.addWidget(self.overdue)
        layout.addSpacing(12)
        layout.addWidget(self.by_date)
        layout.addWidget(self.date_field)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("至")))
        layout.addWidget(self.date_to)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        self._set_date_enabled(False)
        self.state.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.by_date.toggled.connect(self._set_date_enabled)
        self.by_date.toggled.connect(self._emit)
        self.date_field.currentIndexChanged.connect(self._emit_if_dated)
        self.date_from.dateChanged.connect(self._emit_if_dated)
        self.date_to.dateChanged.connect(self._emit_if_dated)
        self.clear_button.clicked.connect(self.clear)

    def _set_date_enabled(self, enabled: bool) -> None:
        for widget in (self.date_field, self.date_from, self.date_to):
            widget.setEnabled(enabled)

    def filters(self) -> dict:
        dated = self.by_date.isChecked()
        start, end = _date(self.date_from), _date(self.date_to)
        if dated and start > end:
            start, end = end, start
        state = self.state.currentData()
        return {"states": (state,) if state else (), "overdue_only": self.overdue.isChecked(),
                "date_field": self.date_field.currentData() if dated else "ready_at",
                "date_from": start if dated else None, "date_to": end if dated else None}

    def _emit(self, *_args) -> None:
        self.changed.emit(self.filters())

    def _emit_if_dated(self, *_args) -> None:
        if self.by_date.isChecked():
            self._emit()

    def clear(self) -> None:
        for widget in (self.state, self.overdue, self.by_date):
            widget.blockSignals(True)
        self.state.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.by_date.setChecked(False)
        for widget in (self.state, self.overdue, self.by_date):
            widget.blockSignals(False)
        self._set_date_enabled(False)
        self._emit()
