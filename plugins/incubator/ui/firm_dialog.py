"""登记入驻 / 编辑企业: a hosted firm's record with each error under its field; and the dialog that
records a move-out or a deregistration (the seat is freed)."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, QRegularExpression, pyqtSignal
from PyQt6.QtGui import QRegularExpressionValidator
from PyQt6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui import messages, operations
from plugins.incubator.common import CHANNELS, FirmState, channel_title
from plugins.incubator.incubators import free_seat_numbers
from plugins.incubator.roster import FirmView, deregister, move_out, register_firm, update_firm
from plugins.incubator.ui.fields import FormErrors
from plugins.incubator.validation import FirmEntry, validate_firm


def _date_edit(value: dt.date | None) -> QDateEdit:
    edit = QDateEdit(QDate(value or dt.date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _validated(edit: QLineEdit, pattern: str) -> QLineEdit:
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    return edit


class FirmDialog(QDialog):
    """Register a firm (``firm`` None) or correct a hosted one; ``saved`` carries the stored FirmView."""
    saved = pyqtSignal(object)

    def __init__(self, ctx, organisation_id: int, firm: FirmView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.organisation_id, self.firm = ctx, organisation_id, firm
        self.setObjectName("firmDialog")
        self.setWindowTitle(self.tr("登记入驻企业") if firm is None else self.tr("编辑入驻企业"))
        self.setMinimumWidth(660)
        self.company_name = QLineEdit()
        self.company_name.setPlaceholderText(self.tr("如：绵阳青禾智联科技有限公司"))
        self.legal_rep_name = QLineEdit()
        self.legal_rep_id = _validated(QLineEdit(), r"^\d{0,17}[\dXx]?$")
        self.legal_rep_id.setPlaceholderText(self.tr("18 位居民身份证号码"))
        self.legal_rep_mobile = _validated(QLineEdit(), r"^\d{0,11}$")
        self.legal_rep_mobile.setPlaceholderText(self.tr("11 位手机号码"))
        self.seat = QComboBox()
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(channel_title(code), code)
        self.hosted_from = _date_edit(firm.hosted_from if firm else None)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
        self.general_error = messages.error_label()

        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add("company_name", self.tr("企业名称"), self.company_name)
        self.errors.add("legal_rep_name", self.tr("法定代表人"), self.legal_rep_name)
        self.errors.add("legal_rep_id", self.tr("身份证号码"), self.legal_rep_id)
        self.errors.add("legal_rep_mobile", self.tr("手机号码"), self.legal_rep_mobile)
        self.errors.add("seat", self.tr("工位号"), self.seat)
        self.errors.add("source_channel", self.tr("来源渠道"), self.channel)
        self.errors.add("hosted_from", self.tr("入驻日期"), self.hosted_from)
        self.errors.add("notes", self.tr("备注"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if firm is not None:
            self.company_name.setText(firm.company_name)
            self.legal_rep_name.setText(firm.legal_rep_name)
            self.legal_rep_id.setText(firm.legal_rep_id)
            self.legal_rep_mobile.setText(firm.legal_rep_mobile)
            self.channel.setCurrentIndex(max(self.channel.findData(firm.source_channel), 0))
            self.notes.setPlainText(firm.notes)
        self.save_button.setEnabled(False)  # until the free seats are known
        user = ctx.user
        operations.run_query(self, lambda: free_seat_numbers(organisation_id, user), on_success=self._seats)

    def _seats(self, numbers: list[str]) -> None:
        current = self.firm.seat if self.firm else None
        choices = sorted(set(numbers) | ({current} if current else set()))
        self.seat.clear()
        for number in choices:
            self.seat.addItem(number, number)
        if current:
            self.seat.setCurrentIndex(self.seat.findData(current))
        if not choices:
            self.errors.show({"seat": self.tr("没有空闲工位，请先在“工位”中添加")})
        self.save_button.setEnabled(True)

    def entry(self) -> FirmEntry:
        return FirmEntry(company_name=self.company_name.text(), legal_rep_name=self.legal_rep_name.text(),
                         legal_rep_id=self.legal_rep_id.text(), legal_rep_mobile=self.legal_rep_mobile.text(),
                         seat=self.seat.currentData() or "", source_channel=self.channel.currentData(),
                         hosted_from=self.hosted_from.date().toPyDate(), notes=self.notes.toPlainText())

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.errors.show(errors)
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
        self.adjustSize()  # the messages under the fields take room

    def save(self) -> None:
        entry, firm, org, user = self.entry(), self.firm, self.organisation_id, self.ctx.user
        errors = validate_firm(entry)  # the same rules as the service, without a round trip
        self.show_errors(errors)
        if errors:
            return
        self.save_button.setEnabled(False)
        if firm is None:
            work = lambda: register_firm(org, entry, user)  # noqa: E731
        else:
            work = lambda: update_firm(firm.id, entry, firm.version, user)  # noqa: E731
        operations.run_op(self, work, on_success=self._saved, on_failure=self._failed, label=self.tr("正在保存…"))

    def _saved(self, view: FirmView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, failure: operations.Failure) -> None:
        self.save_button.setEnabled(True)
        if isinstance(failure.error, ValidationError):
            self.show_errors(failure.error.errors)
        else:
            self.show_errors({"": failure.message()})


class LeaveDialog(QDialog):
    """迁出 or 注销 on a date; the seat is free again afterwards."""

    def __init__(self, ctx, firm: FirmView, state: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.firm, self.state = ctx, firm, state
        moving = state == FirmState.MOVED_OUT
        self.setObjectName("leaveDialog")
        self.setWindowTitle(self.tr("企业迁出") if moving else self.tr("企业注销"))
        text = (self.tr("“{name}”迁出后，工位 {seat} 将空出，记录保留在名册中。") if moving
                else self.tr("“{name}”注销后，工位 {seat} 将空出，记录保留在名册中。"))
        intro = QLabel(text.format(name=firm.company_name, seat=firm.seat))
        intro.setWordWrap(True)
        self.day = _date_edit(None)
        self.day.setMinimumDate(QDate(firm.hosted_from))
        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add("date", self.tr("迁出日期") if moving else self.tr("注销日期"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定迁出") if moving else self.tr("确定注销"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        firm, day, user = self.firm, self.day.date().toPyDate(), self.ctx.user
        action = move_out if self.state == FirmState.MOVED_OUT else deregister
        self.ok_button.setEnabled(False)
        operations.run_op(self, lambda: action(firm.id, day, firm.version, user), on_success=lambda _v: self.accept(),
                          on_failure=self._failed)

    def _failed(self, failure: operations.Failure) -> None:
        self.ok_button.setEnabled(True)
        errors = failure.error.errors if isinstance(failure.error, ValidationError) else {"date": failure.message()}
        self.errors.show(errors)
