"""Booking a case's in-person appointments (seal portrait, bank signing) at the organisations it is
routed to: the free slots of the coming week, the current booking, booking and cancelling."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import appointments
from app.i18n import QT_TRANSLATE_NOOP
from app.ui import operations
from app.ui.messages import error_label

WEEKDAYS = (QT_TRANSLATE_NOOP("AppointmentDialog", "周一"), QT_TRANSLATE_NOOP("AppointmentDialog", "周二"),
            QT_TRANSLATE_NOOP("AppointmentDialog", "周三"), QT_TRANSLATE_NOOP("AppointmentDialog", "周四"),
            QT_TRANSLATE_NOOP("AppointmentDialog", "周五"), QT_TRANSLATE_NOOP("AppointmentDialog", "周六"),
            QT_TRANSLATE_NOOP("AppointmentDialog", "周日"))


class AppointmentDialog(QDialog):
    def __init__(self, ctx, case_id: int, parent: QWidget | None = None, *, case_number: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.case_id = case_id
        self.graph = ctx.graph  # built on the GUI thread before a worker needs it
        self.options: list[appointments.BookingOption] = []
        self.slot_boxes: dict[int, QComboBox] = {}
        self.book_buttons: dict[int, QPushButton] = {}
        self.cancel_buttons: dict[int, QPushButton] = {}
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("预约现场办理"))
        self.setMinimumSize(560, 360)

        heading = QLabel(self.tr("办件 {number} 的现场办理预约").format(number=case_number) if case_number
                         else self.tr("现场办理预约"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(self.tr("预约成功后，系统会以短信告知申请人时间、地址和电话，并在前一天提醒。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.status_label = QLabel(self.tr("正在加载…"))
        self.status_label.setObjectName("countLabel")
        self.error_label = error_label()

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        case_id, user, graph = self.case_id, self.user, self.graph
        operations.run_query(self, lambda: appointments.booking_options(case_id, user, graph=graph),
                             on_success=self._show, on_failure=self._failed)

    def _failed(self, failure: operations.Failure) -> None:
        self.error_label.setText(failure.message())
        self.error_label.setVisible(True)

    def _show(self, options: list[appointments.BookingOption]) -> None:
        self.options = options
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.slot_boxes.clear()
        self.book_buttons.clear()
        self.cancel_buttons.clear()
        if not options:
            self.status_label.setText(self.tr("该办件的办理机构近 7 天没有可预约的时段。"))
        else:
            self.status_label.setText(self.tr("可预约机构 {n} 家").format(n=len(options)))
        for option in options:
            self.body_layout.addWidget(self._group(option))
        self.body_layout.addStretch(1)

    def _group(self, option: appointments.BookingOption) -> QGroupBox:
        box = QGroupBox(option.organisation_name)
        layout = QVBoxLayout(box)
        contact = QLabel(self.tr("地址：{address}    电话：{phone}").format(address=option.address or "—",
                                                                       phone=option.phone or "—"))
        contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(contact)
        row = QHBoxLayout()
        if option.booking is not None:
            booked = QLabel(self.tr("已预约：{time}").format(time=self.slot_text(option.booking.starts_at,
                                                                             option.booking.ends_at)))
            booked.setObjectName("bookedLabel")
            row.addWidget(booked, 1)
            cancel = QPushButton(self.tr("取消预约"))
            cancel.clicked.connect(lambda _checked=False, b=option.booking: self.cancel(b.id))
            self.cancel_buttons[option.organisation_id] = cancel
            row.addWidget(cancel)
        else:
            slots = QComboBox()
            for slot in option.free_slots:
                slots.addItem(self.tr("{time}（余 {free} 个）").format(time=self.slot_text(slot.starts_at, slot.ends_at),
                                                                   free=slot.free), slot.id)
            self.slot_boxes[option.organisation_id] = slots
            row.addWidget(slots, 1)
            book = QPushButton(self.tr("预约"))
            book.setEnabled(bool(option.free_slots))
            book.clicked.connect(lambda _checked=False, o=option.organisation_id: self.book(o))
            self.book_buttons[option.organisation_id] = book
            row.addWidget(book)
        layout.addLayout(row)
        return box

    def slot_text(self, start, end) -> str:
        return self.tr("{date} {weekday} {start}–{end}").format(
            date=self.tr("{month}月{day}日").format(month=start.month, day=start.day),
            weekday=self.tr(WEEKDAYS[start.weekday()]),
            start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))

    # -- actions -------------------------------------------------------------------------
    def book(self, organisation_id: int) -> None:
        combo = self.slot_boxes.get(organisation_id)
        slot_id = combo.currentData() if combo is not None else None
        if slot_id is None:
            return
        case_id, user, graph = self.case_id, self.user, self.graph
        self.error_label.setVisible(False)
        operations.run_op(self, lambda: appointments.book(case_id, organisation_id, slot_id, user, graph=graph),
                          on_success=lambda _booking: self.reload(), on_failure=self._action_failed,
                          label=self.tr("正在预约…"), notify=False)

    def cancel(self, appointment_id: int) -> None:
        user = self.user
        self.error_label.setVisible(False)
        operations.run_op(self, lambda: appointments.cancel(appointment_id, user),
                          on_success=lambda _booking: self.reload(), on_failure=self._action_failed,
                          label=self.tr("正在取消预约…"), notify=False)

    def _action_failed(self, failure: operations.Failure) -> None:
        self._failed(failure)
        self.reload()  # the slot may have filled meanwhile: show what is free now
