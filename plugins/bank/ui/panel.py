"""The bank branch's form on a case (the case view's "银行开户" tab): the firm and the branch, the
on-site signing and its booking, the due diligence, the account number entered twice and the
opening date; "通知申请人" texts the applicant the account, "打印开户通知书" prints the notice once
the step is done. Claim, save, complete, hold and return come from StepPanel."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core import versioning
from app.core.models import SmsState, StepState
from app.ui import operations
from app.ui.formatting import format_datetime
from app.ui.step_panel import StepPanel
from plugins.bank import workbench
from plugins.bank.common import ACCOUNT_BASIC, DUE_DILIGENCE, STEP_TYPE, account_type_title, due_diligence_title
from plugins.bank.ui import files
from plugins.bank.ui.widgets import OptionalDateTimeEdit
from plugins.bank.validation import account_length_error, licence_order_errors, normalise_account
from plugins.bank.workbench import BankDesk


def _nothing_if_empty(value: str):
    """The step data keeps filled-in fields only (None removes a key in the merge patch)."""
    return value if value else None


class BankAccountPanel(StepPanel):
    STEP_TYPE = STEP_TYPE

    # -- building --------------------------------------------------------------------------------
    def extra_buttons(self) -> list[QPushButton]:
        self.notify_button = QPushButton(self.tr("通知申请人"))
        self.notify_button.setToolTip(self.tr("以短信告知申请人开户网点、账号（部分隐藏）和开户日期"))
        self.notify_button.clicked.connect(lambda _checked=False: self.notify())
        self.print_button = QPushButton(self.tr("打印开户通知书…"))
        self.print_button.clicked.connect(lambda _checked=False: self.print_notice())
        for button in (self.notify_button, self.print_button):
            button.setEnabled(False)
        return [self.notify_button, self.print_button]

    def build_form(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self._facts_box(), 0, 0)
        grid.addWidget(self._signing_box(), 0, 1)
        grid.addWidget(self._diligence_box(), 1, 0)
        grid.addWidget(self._account_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("企业与开户网点"))
        form = self._form(box)
        self.facts: dict[str, QLabel] = {}
        for key, title in (("enterprise", self.tr("账户名称")), ("uscc", self.tr("统一社会信用代码")),
                           ("address", self.tr("住所")), ("legal", self.tr("法定代表人")),
                           ("licence", self.tr("执照核发时间")), ("branch", self.tr("开户网点")),
                           ("bank_code", self.tr("开户行行号")), ("rule", self.tr("账号规则"))):
            label = QLabel("—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, label)
            self.facts[key] = label
        return box

    def _signing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("预约面签"))
        form = self._form(box)
        self.booking_label = QLabel(self.tr("尚未预约"))
        self.booking_label.setWordWrap(True)
        self.slot_box = QComboBox()
        self.slot_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.book_button = QPushButton(self.tr("预约"))
        self.book_button.clicked.connect(lambda _checked=False: self.book())
        self.cancel_booking_button = QPushButton(self.tr("取消预约"))
        self.cancel_booking_button.clicked.connect(lambda _checked=False: self.cancel_booking())
        slots = QHBoxLayout()
        slots.setContentsMargins(0, 0, 0, 0)
        slots.addWidget(self.slot_box, 1)
        slots.addWidget(self.book_button)
        slots.addWidget(self.cancel_booking_button)
        booking = QWidget()
        column = QVBoxLayout(booking)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.booking_label)
        column.addLayout(slots)
        form.addRow(self.tr("网点预约"), booking)

        self.signing_edit = OptionalDateTimeEdit(with_time=True)
        self.signing_now_button = QPushButton(self.tr("现在"))
        self.signing_now_button.clicked.connect(lambda _checked=False: self.signing_edit.set_now())
        self.signing_booked_button = QPushButton(self.tr("按预约时间"))
        self.signing_booked_button.clicked.connect(lambda _checked=False: self._signing_from_booking())
        self.add_field(form, "signing_at", self.tr("面签时间"),
                       self._with_buttons(self.signing_edit, self.signing_now_button, self.signing_booked_button),
                       hint=self.tr("法定代表人或授权经办人在网点当面签署开户资料、核验身份的时间"))
        self.texts_label = QLabel(self.tr("尚未短信通知申请人"))
        self.texts_label.setObjectName("hintLabel")
        self.texts_label.setWordWrap(True)
        form.addRow(self.tr("开户通知"), self.texts_label)
        return box

    def _diligence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("尽职调查"))
        form = self._form(box)
        self.diligence_box = QComboBox()
        self.diligence_box.addItem(self.tr("请选择"), "")
        for code in DUE_DILIGENCE:
            self.diligence_box.addItem(due_diligence_title(code), code)
        self.add_field(form, "due_diligence", self.tr("调查结论"), self.diligence_box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("核实情况、关注事项或不予开户的原因"))
        self.notes_edit.setFixedHeight(84)
        self.add_field(form, "due_diligence_notes", self.tr("调查说明"), self.notes_edit,
                       hint=self.tr("结论为“通过（附说明）”或“不通过”时必填。不通过的不能办结：请退回补正，或挂起等待申请人补充。"))
        return box

    def _account_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("开立基本存款账户"))
        form = self._form(box)
        form.addRow(self.tr("账户性质"), QLabel(account_type_title(ACCOUNT_BASIC)))
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(40)
        self.number_edit.setPlaceholderText(self.tr("核心系统开立后的账号"))
        self.add_field(form, "account_number", self.tr("账号"), self.number_edit,
                       hint=self.tr("只填数字，可按四位一组加空格，保存时去掉空格"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setMaxLength(40)
        self.confirm_edit.setPlaceholderText(self.tr("再输入一遍以核对"))
        self.add_field(form, "account_number_confirm", self.tr("确认账号"), self.confirm_edit)
        self.opened_edit = OptionalDateTimeEdit(with_time=False)
        self.opened_today_button = QPushButton(self.tr("今天"))
        self.opened_today_button.clicked.connect(lambda _checked=False: self.opened_edit.set_now())
        self.add_field(form, "opened_on", self.tr("开户日期"),
                       self._with_buttons(self.opened_edit, self.opened_today_button))
        return box

    @staticmethod
    def _with_buttons(field: QWidget, *buttons: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        for button in buttons:
            layout.addWidget(button)
        return row

    # -- reading ---------------------------------------------------------------------------------
    def load_extra(self, view) -> BankDesk:
        return workbench.desk(view.id, self.user)

    def load(self, view) -> None:
        data, desk = view.data, self.extra
        fields = view.case_fields
        legal = fields.get("legal_representative") or {}
        self.facts["enterprise"].setText(fields.get("enterprise.name") or view.enterprise_name)
        self.facts["uscc"].setText(fields.get("enterprise.uscc") or "—")
        self.facts["address"].setText(fields.get("enterprise.address") or "—")
        self.facts["legal"].setText(self.tr("{name}（身份证 {id}）").format(name=legal.get("name", ""),
                                                                      id=legal.get("id_number", "")) if legal else "—")
        self.facts["licence"].setText(format_datetime(desk.licence_at) if desk and desk.licence_at else "—")
        branch = desk.branch if desk else None
        self.facts["branch"].setText((branch.title if branch else view.organisation_name) or "—")
        self.facts["bank_code"].setText(branch.bank_code if branch and branch.bank_code else self.tr("网点尚未维护"))
        if branch and branch.configured:
            self.facts["rule"].setText(self.tr("{bank}账号为 {lengths}数字").format(bank=branch.short_bank,
                                                                               lengths=branch.lengths_text))
        else:
            self.facts["rule"].setText(self.tr("网点尚未维护账号位数，按 8 至 32 位数字校验"))

        self.signing_edit.set_iso(data.get("signing_at"))
        index = self.diligence_box.findData(data.get("due_diligence") or "")
        self.diligence_box.setCurrentIndex(max(0, index))
        self.notes_edit.setPlainText(data.get("due_diligence_notes") or "")
        self.number_edit.setText(data.get("account_number") or "")
        self.confirm_edit.setText(data.get("account_number_confirm") or "")
        self.opened_edit.set_iso(data.get("opened_on"))
        self._show_booking(desk)
        self._show_texts(desk)

    def _show_booking(self, desk: BankDesk | None) -> None:
        self.slot_box.clear()
        booking = desk.booking if desk else None
        if booking is not None:
            self.booking_label.setText(self.tr("已预约 {time}").format(time=self._slot_text(booking.starts_at,
                                                                                          booking.ends_at)))
        else:
            self.booking_label.setText(self.tr("尚未预约面签"))
        for slot in (desk.free_slots if desk else ()):
            self.slot_box.addItem(self.tr("{time}（余 {free} 个）").format(
                time=self._slot_text(slot.starts_at, slot.ends_at), free=slot.free), slot.id)
        if self.slot_box.count():
            return
        if self.view is not None and self.view.state == StepState.DONE:
            self.slot_box.addItem(self.tr("开户已办结"), None)
        else:
            self.slot_box.addItem(self.tr("近 {days} 天没有可约时段").format(days=workbench.BOOKING_DAYS), None)

    def _slot_text(self, start: dt.datetime, end: dt.datetime) -> str:
        weekdays = (self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"), self.tr("周五"),
                    self.tr("周六"), self.tr("周日"))
        return self.tr("{month}月{day}日（{weekday}）{start}–{end}").format(
            month=start.month, day=start.day, weekday=weekdays[start.weekday()], start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"))

    def _show_texts(self, desk: BankDesk | None) -> None:
        texts = desk.texts if desk else ()
        if not texts:
            self.texts_label.setText(self.tr("尚未短信通知申请人"))
            return
        last = texts[0]
        states = {SmsState.QUEUED: self.tr("待发送"), SmsState.SENDING: self.tr("发送中"),
                  SmsState.SENT: self.tr("已发送"), SmsState.FAILED: self.tr("发送失败")}
        self.texts_label.setText(self.tr("已于 {time} 短信通知申请人（{state}），共 {count} 次").format(
            time=format_datetime(last.created_at), state=states.get(last.state, last.state), count=len(texts)))

    def collect(self) -> dict:
        number = normalise_account(self.number_edit.text())
        values = {
            "signing_at": self.signing_edit.iso(),
            "due_diligence": self.diligence_box.currentData() or "",
            "due_diligence_notes": self.notes_edit.toPlainText().strip(),
            "account_number": number,
            "account_number_confirm": normalise_account(self.confirm_edit.text()),
            "opened_on": self.opened_edit.iso(),
        }
        data = {key: _nothing_if_empty(value) for key, value in values.items()}
        data["account_type"] = ACCOUNT_BASIC if any(values.values()) else None
        return data

    # -- state of the panel's own controls -------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        desk: BankDesk | None = self.extra if self.view is not None else None
        booking = desk.booking if desk else None
        has_slots = self.slot_box.currentData() is not None
        self.slot_box.setEnabled(editable and booking is None and has_slots)
        self.book_button.setEnabled(editable and booking is None and has_slots)
        self.cancel_booking_button.setEnabled(editable and booking is not None)
        self.signing_booked_button.setEnabled(editable and booking is not None
                                              and booking.starts_at <= dt.datetime.now())
        data = self.view.data if self.view is not None else {}
        done = self.view is not None and self.view.state == StepState.DONE
        # while worked the form is saved first; once done, what was saved is texted again
        self.notify_button.setEnabled(editable or (done and bool(data.get("account_number"))))
        self.print_button.setEnabled(done and desk is not None and desk.account is not None)

    # -- checks the branch and the licence add to the step type's ----------------------------------
    def desk_errors(self, data: dict) -> dict[str, str]:
        """What the form can tell from the branch's rules and the licence time before saving."""
        desk: BankDesk | None = self.extra
        if desk is None:
            return {}
        errors = licence_order_errors(data, desk.licence_at)
        branch = desk.branch
        if branch is not None and branch.configured:
            message = account_length_error(data.get("account_number") or "", branch.account_lengths,
                                           branch.bank_name)
            if message:
                errors["account_number"] = message
        return errors

    def _errors(self, completing: bool) -> dict[str, str]:
        merged = versioning.merge_patch(self.view.data if self.view else {}, self.collect())
        errors = dict(self.desk_errors(merged))
        if self.spec is not None:
            check = self.spec.check_completion if completing else self.spec.validate_data
            errors.update(check(merged) if check is not None else {})
        return errors

    def save(self, *, then=None) -> None:
        if self.view is not None and self.editable:
            errors = self._errors(completing=False)
            if errors:
                self.show_errors(errors)
                return
        super().save(then=then)

    def complete(self) -> None:
        view = self.view
        if view is not None and view.held_by(self.user.id) and view.state == StepState.CLAIMED:
            errors = self._errors(completing=True)
            if errors:
                self.show_errors(errors)
                return
        super().complete()

    # -- the panel's own actions -----------------------------------------------------------------
    def _after(self, _result=None) -> None:
        self.clear_errors()
        if not self.isVisible():  # a visible panel reloads with every operation already
            self.reload()

    def book(self) -> None:
        view, user, graph, slot_id = self.view, self.user, self.graph, self.slot_box.currentData()
        if view is None or slot_id is None:
            return
        operations.run_op(self, lambda: workbench.book_signing(view.id, slot_id, user, graph=graph),
                          on_success=self._after, on_failure=self._failed, label=self.tr("正在预约…"))

    def cancel_booking(self) -> None:
        view, user = self.view, self.user
        if view is None:
            return
        operations.run_op(self, lambda: workbench.cancel_signing(view.id, user), on_success=self._after,
                          on_failure=self._failed)

    def _signing_from_booking(self) -> None:
        desk: BankDesk | None = self.extra
        if desk is not None and desk.booking is not None:
            self.signing_edit.set_value(desk.booking.starts_at)

    def notify(self) -> None:
        view = self.view
        if view is None:
            return
        if self.editable and self.is_dirty():
            self.save(then=lambda _step: self._send_text())
        else:
            self._send_text()

    def _send_text(self) -> None:
        step_id, user = self.view.id, self.user
        operations.run_op(self, lambda: workbench.notify_applicant(step_id, user), on_success=self._after,
                          on_failure=self._failed, label=self.tr("正在生成短信…"))

    def print_notice(self) -> None:
        view = self.view
        if view is None or view.state != StepState.DONE:
            return
        case_id, user = view.case_id, self.user
        path = files.choose_pdf_path(self, self.tr("保存开户通知书"),
                                     self.tr("开户通知书_{number}.pdf").format(number=view.case_number))
        if path is None:
            return

        def render(out=path):
            from plugins.bank.notice import render_account_notice  # reportlab only when printing

            return render_account_notice(case_id, user, out)

        operations.run_op(self, render, on_success=lambda written: files.open_file(written), notify=False,
                          on_failure=self._failed, label=self.tr("正在生成开户通知书…"))


__all__ = ["BankAccountPanel"]
