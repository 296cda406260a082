"""产值: a hosted firm's output value year by year, recorded or corrected one year at a time."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui import operations
from plugins.incubator.roster import FirmView, delete_output, outputs_of, set_output
from plugins.incubator.ui.fields import FormErrors
from plugins.incubator.validation import FIRST_YEAR, validate_output


class OutputDialog(QDialog):
    def __init__(self, ctx, firm: FirmView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.firm = ctx, firm
        self.setObjectName("outputDialog")
        self.setWindowTitle(self.tr("年度产值 · {name}").format(name=firm.company_name))
        self.resize(460, 420)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("年度"), self.tr("产值（元）")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, dt.date.today().year)
        self.year.setValue(dt.date.today().year)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("单位：元，最多两位小数"))
        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add("year", self.tr("年度"), self.year)
        self.errors.add("amount", self.tr("产值（元）"), self.amount)
        self.save_button = QPushButton(self.tr("保存该年度产值"))
        self.delete_button = QPushButton(self.tr("删除所选年度"))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        hint = QLabel(self.tr("同一年度再次保存即更正该年度的产值。"))
        hint.setObjectName("hintLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.rows: list[tuple[int, Decimal]] = []
        self.reload()

    def reload(self) -> None:
        firm_id, user = self.firm.id, self.ctx.user
        operations.run_query(self, lambda: outputs_of(firm_id, user), on_success=self._show)

    def _show(self, rows: list[tuple[int, Decimal]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, (year, amount) in enumerate(rows):
            year_item = QTableWidgetItem(str(year))
            amount_item = QTableWidgetItem(f"{amount:,.2f}")
            amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, year_item)
            self.table.setItem(r, 1, amount_item)

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            year, amount = self.rows[row]
            self.year.setValue(year)
            self.amount.setText(format(amount, "f"))

    def save(self) -> None:
        firm_id, year, amount, user = self.firm.id, self.year.value(), self.amount.text(), self.ctx.user
        errors = validate_output(year, amount)
        self.errors.show(errors)
        if errors:
            return
        operations.run_op(self, lambda: set_output(firm_id, year, amount, user), on_success=self._saved,
                          on_failure=self._failed)

    def _saved(self, _result) -> None:
        self.amount.clear()
        self.errors.show({})
        self.reload()

    def _failed(self, failure: operations.Failure) -> None:
        errors = failure.error.errors if isinstance(failure.error, ValidationError) else {"amount": failure.message()}
        self.errors.show(errors)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        firm_id, year, user = self.firm.id, self.rows[row][0], self.ctx.user
        operations.run_op(self, lambda: delete_output(firm_id, year, user), on_success=self._saved,
                          on_failure=self._failed)
