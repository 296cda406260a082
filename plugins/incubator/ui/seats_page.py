"""工位: the incubator's registered-address seats, who is on each, adding a range, deactivating or
removing one."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui import messages, operations
from plugins.incubator.incubators import SeatView, add_seats, list_seats, remove_seat, seat_range, update_seat
from plugins.incubator.ui.fields import FormErrors
from plugins.incubator.ui.page import IncubatorPage


class SeatsPage(IncubatorPage):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.seats: list[SeatView] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("seatTable")
        self.table.setHorizontalHeaderLabels([self.tr("工位号"), self.tr("说明"), self.tr("状态"), self.tr("在孵企业")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 160, 80)):
            self.table.setColumnWidth(column, width)
        self.prefix = QLineEdit("A-")
        self.prefix.setMaximumWidth(80)
        self.first = QSpinBox()
        self.last = QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, 999)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：独立工位、4 人间"))
        self.add_button = QPushButton(self.tr("添加工位"))
        self.toggle_button = QPushButton(self.tr("停用所选"))
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.general_error = messages.error_label()

        numbers = QHBoxLayout()
        numbers.addWidget(self.prefix)
        numbers.addWidget(self.first)
        numbers.addWidget(self.last)
        numbers.addStretch(1)
        numbers_box = QWidget()
        numbers_box.setLayout(numbers)
        numbers.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add("number", self.tr("工位号（前缀、起止编号）"), numbers_box)
        self.errors.add("note", self.tr("说明"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.toggle_button.clicked.connect(self.toggle)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def query(self, organisation_id: int, user):
        return lambda: list_seats(organisation_id, user)

    def show_data(self, seats: list[SeatView]) -> None:
        self.seats = seats
        self.table.setRowCount(len(seats))
        for r, seat in enumerate(seats):
            state = (self.tr("停用") if not seat.active else self.tr("占用") if seat.firm_id else self.tr("空闲"))
            for c, value in enumerate((seat.number, seat.note, state, seat.firm_name)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._update_buttons()

    def current(self) -> SeatView | None:
        row = self.table.currentRow()
        return self.seats[row] if self.table.selectedItems() and 0 <= row < len(self.seats) else None

    def _update_buttons(self) -> None:
        seat = self.current()
        self.toggle_button.setEnabled(seat is not None)
        self.remove_button.setEnabled(seat is not None and seat.firm_id is None)
        self.toggle_button.setText(self.tr("启用所选") if seat is not None and not seat.active else self.tr("停用所选"))

    def _run(self, work) -> None:
        def failed(failure: operations.Failure) -> None:
            errors = failure.error.errors if isinstance(failure.error, ValidationError) else {}
            rest = self.errors.show(errors)
            message = "\n".join(rest.values()) if errors else failure.message()
            self.general_error.setText(message)
            self.general_error.setVisible(bool(message))

        def done(_result) -> None:
            self.errors.show({})
            self.general_error.setVisible(False)

        operations.run_op(self, work, on_success=done, on_failure=failed)

    def add(self) -> None:
        if self.first.value() > self.last.value():
            self.errors.show({"number": self.tr("起始编号不能大于结束编号")})
            return
        numbers = seat_range(self.prefix.text(), self.first.value(), self.last.value())
        org, note, user = self.organisation_id, self.note.text(), self.ctx.user
        self._run(lambda: add_seats(org, user, numbers, note))

    def toggle(self) -> None:
        seat, user = self.current(), self.ctx.user
        if seat is not None:
            self._run(lambda: update_seat(seat.id, user, note=seat.note, active=not seat.active))

    def remove(self) -> None:
        seat, user = self.current(), self.ctx.user
        if seat is not None:
            self._run(lambda: remove_seat(seat.id, user))
