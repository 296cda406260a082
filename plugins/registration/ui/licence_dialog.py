"""核准发照: the applicant's choice of organisation for every department routed to it (seal company,
bank branch: name, address, phone), the licence's delivery, optional appointments; issuing assigns the
USCC and starts the departments' steps. Then the licence can be printed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtCore import QDateTime, QTime
from PyQt6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui import operations
from app.ui.formatting import format_datetime, format_time_left
from plugins.registration.licence import ChoiceGroup, Delivery, LicenceChoice, choice_options, issue_licence
from plugins.registration.ui import printing
from plugins.registration.ui.widgets import FieldErrors, error_label, show_error, with_error

APPOINTMENT_HOUR = 10


def build_licence(data, path: Path) -> Path:
    from plugins.registration.documents import render_business_licence

    return render_business_licence(data, path)


def print_licence(parent: QWidget | None, data) -> None:
    from PyQt6.QtCore import QCoreApplication

    printing.save_pdf(parent, QCoreApplication.translate("LicenceDialog", "保存营业执照"),
                      QCoreApplication.translate("LicenceDialog", "营业执照_{uscc}.pdf").format(uscc=data.uscc),
                      lambda path: build_licence(data, path))


def next_working_morning(now: dt.datetime | None = None) -> dt.datetime:
    day = (now or dt.datetime.now()).date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(APPOINTMENT_HOUR))


class ChoiceBox(QGroupBox):
    """One department's organisations; the details of the one chosen; an optional appointment."""

    def __init__(self, group: ChoiceGroup, parent: QWidget | None = None):
        super().__init__(self.tr("{department}（{steps}）").format(department=group.department_name,
                                                                    steps="、".join(group.step_titles)), parent)
        self.group = group
        self.combo = QComboBox()
        self.combo.addItem(self.tr("请选择…"), None)
        for option in group.options:
            self.combo.addItem(option.name, option.id)
        self.details = QLabel()
        self.details.setObjectName("hintLabel")
        self.details.setWordWrap(True)
        self.appointment = QCheckBox(self.tr("需要预约"))
        self.slot = QDateTimeEdit(QDateTime(next_working_morning()))
        self.slot.setCalendarPopup(True)
        self.slot.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.slot.setEnabled(False)
        slot_row = QHBoxLayout()
        slot_row.addWidget(self.appointment)
        slot_row.addWidget(self.slot)
        slot_row.addStretch(1)
        form = QFormLayout(self)
        box, self.error = with_error(self.combo)
        form.addRow(self.tr("办理机构"), box)
        form.addRow("", self.details)
        box, self.slot_error = with_error(slot_row)
        form.addRow(self.tr("预约时间"), box)
        self.combo.currentIndexChanged.connect(self._show_details)
        self.appointment.toggled.connect(self.slot.setEnabled)
        self._show_details()

    def _show_details(self) -> None:
        org_id = self.combo.currentData()
        option = next((o for o in self.group.options if o.id == org_id), None)
        if option is None:
            self.details.setText(self.tr("共 {n} 家可选，请与申请人确认").format(n=len(self.group.options)))
        else:
            self.details.setText(self.tr("地址：{address}\n电话：{phone}").format(
                address=option.address or "—", phone=option.phone or "—"))

    def choose(self, org_id: int) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(org_id), 0))

    def slot_value(self) -> dt.datetime | None:
        return self.slot.dateTime().toPyDateTime().replace(second=0, microsecond=0) \
            if self.appointment.isChecked() else None


class LicenceDialog(QDialog):
    def __init__(self, ctx, status, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.step_id = status.licence.id
        self.issued = None  # BusinessLicenceData once issued
        self.boxes: dict[str, ChoiceBox] = {}
        self.errors = FieldErrors()
        self.setObjectName("licenceDialog")
        self.setWindowTitle(self.tr("核准发照 · {number}").format(number=status.case_number))
        self.resize(720, 640)
        _ = ctx.graph  # built on the GUI thread

        heading = QLabel(status.enterprise_name)
        heading.setObjectName("sectionTitle")
        self.deadline = QLabel(self._deadline_text())
        self.deadline.setObjectName("hintLabel")
        self.loading = QLabel(self.tr("正在读取可选机构…"))
        self.loading.setObjectName("hintLabel")
        self.choices_layout = QVBoxLayout()
        self.general_error = error_label()
        self.general_error.setObjectName("errorLabel")

        delivery = QGroupBox(self.tr("营业执照领取方式"))
        self.pick_up = QRadioButton(self.tr("窗口自取"))
        self.mail = QRadioButton(self.tr("免费邮寄"))
        self.pick_up.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pick_up)
        group.addButton(self.mail)
        method_row = QHBoxLayout()
        method_row.addWidget(self.pick_up)
        method_row.addWidget(self.mail)
        method_row.addStretch(1)
        self.mail_address = QLineEdit(status.address)
        self.recipient = QLineEdit(status.contact_name)
        self.recipient_mobile = QLineEdit(status.contact_mobile)
        form = QFormLayout(delivery)
        form.addRow(self.tr("方式"), method_row)
        for caption, edit, path in ((self.tr("寄递地址"), self.mail_address, "delivery.address"),
                                    (self.tr("收件人"), self.recipient, "delivery.recipient"),
                                    (self.tr("手机号码"), self.recipient_mobile, "delivery.mobile")):
            box, label = with_error(edit)
            form.addRow(caption, box)
            self.errors.add(path, label, edit)
        self.mail.toggled.connect(self._delivery_changed)
        self._delivery_changed(False)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.loading)
        inner_layout.addLayout(self.choices_layout)
        inner_layout.addWidget(delivery)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("发照"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.deadline)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        graph = ctx.graph
        operations.run_query(self, lambda: choice_options(graph), on_success=self._show_choices,
                             on_failure=lambda f: show_error(self.general_error, f.message()))

    def _deadline_text(self) -> str:
        status, step = self.status, self.status.licence
        text = self.tr("许可类别：{title}").format(title=status.licence_class.title)
        if step.due_at is not None:
            left, _overdue = format_time_left(step.due_at)
            text += self.tr(" · 发照时限：{due}（{left}）").format(due=format_datetime(step.due_at), left=left)
        return text

    def _show_choices(self, groups: list[ChoiceGroup]) -> None:
        self.loading.setVisible(False)
        for group in groups:
            box = ChoiceBox(group)
            self.boxes[group.department] = box
            self.choices_layout.addWidget(box)
            self.errors.add(f"chosen.{group.department}", box.error, box.combo)
            self.errors.add(f"appointments.{group.department}", box.slot_error, box.slot)
        self.ok_button.setEnabled(True)

    def _delivery_changed(self, mail: bool) -> None:
        for edit in (self.mail_address, self.recipient, self.recipient_mobile):
            edit.setEnabled(mail)

    def choice(self) -> LicenceChoice:
        organisations = {dept: box.combo.currentData() for dept, box in self.boxes.items()
                         if box.combo.currentData() is not None}
        for dept in self.boxes:  # unchosen: the service names the missing choice
            organisations.setdefault(dept, None)
        appointments = {dept: box.slot_value() for dept, box in self.boxes.items() if box.slot_value()}
        if self.mail.isChecked():
            delivery = Delivery("mail", self.mail_address.text(), self.recipient.text(), self.recipient_mobile.text())
        else:
            delivery = Delivery("pick_up")
        return LicenceChoice(organisations=organisations, delivery=delivery, appointments=appointments)

    def accept(self) -> None:
        if self.issued is not None:
            super().accept()
            return
        step_id, user, graph, choice = self.step_id, self.ctx.user, self.ctx.graph, self.choice()
        self.ok_button.setEnabled(False)
        show_error(self.general_error, "")
        operations.run_op(self, lambda: issue_licence(step_id, user, choice, graph=graph),
                          on_success=self._issued, on_failure=self._failed, label=self.tr("正在发照…"))

    def _failed(self, failure: operations.Failure) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(failure.error, ValidationError):
            unplaced = self.errors.show(failure.error.errors)
            show_error(self.general_error, "\n".join(unplaced.values()))
        else:
            self.errors.show({})
            show_error(self.general_error, failure.message())

    def _issued(self, data) -> None:
        self.issued = data
        parent = self.parentWidget()
        super().accept()
        printing.offer(parent, self.tr("营业执照已核发。\n企业名称：{name}\n统一社会信用代码：{uscc}\n"
                                       "各部门的后续事项已同时推送办理。")
                       .format(name=data.name, uscc=data.uscc),
                       [(self.tr("打印营业执照…"), lambda: print_licence(parent, data))], title=self.tr("发照成功"))
