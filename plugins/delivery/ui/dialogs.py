"""The delivery dialogs: a new record (prefilled with what the applicant gave at the window), sending
with carrier and waybill, a return with its reason. Each shows a refusal under its field."""
from __future__ import annotations

from typing import Callable

from PyQt6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.carriers import carrier_title
from app.core.errors import ValidationError
from app.ui import messages, operations
from plugins.delivery.common import CARRIERS, KINDS, kind_title
from plugins.delivery.items import ItemRow, create_item, mark_returned, send_item
from plugins.delivery.validation import validate_recipient, validate_waybill


class _FormDialog(QDialog):
    """A dialog of labelled fields, each with its error label, and OK/Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.field_errors: dict[str, QLabel] = {}
        self.error = messages.error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, key: str, caption: str, widget: QWidget) -> QWidget:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        self.field_errors[key] = messages.error_label()
        box.addWidget(self.field_errors[key])
        self.form.addRow(caption, box)
        return widget

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for key, label in self.field_errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        unplaced = [m for k, m in errors.items() if k not in self.field_errors]
        text = "；".join([general] + unplaced if general else unplaced)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def run(self, fn: Callable, local_errors: dict[str, str]) -> None:
        """Refuse what the shared checks already refuse here, else run ``fn`` off the GUI thread."""
        if local_errors:
            self.show_errors(local_errors)
            return

        def failed(failure: operations.Failure) -> None:
            if isinstance(failure.error, ValidationError):
                self.show_errors(failure.error.errors)
            else:
                self.show_errors({}, failure.message())

        operations.run_op(self, fn, on_success=lambda _r: self.accept(), on_failure=failed)

    def submit(self) -> None:
        raise NotImplementedError


class ItemDialog(_FormDialog):
    def __init__(self, ctx, case_id: int, prefill: dict, parent: QWidget | None = None):
        super().__init__(self.tr("新增寄递"), parent)
        self.ctx, self.case_id = ctx, case_id
        self.kind = self.add_field("kind", self.tr("寄递物品"), QComboBox())
        for kind in prefill.get("kinds", tuple(KINDS)):
            self.kind.addItem(kind_title(kind), kind)
        self.description = self.add_field("description", self.tr("物品说明"), QLineEdit())
        self.description.setPlaceholderText(self.tr("其他材料须写明，如：公司章程原件"))
        self.recipient = self.add_field("recipient", self.tr("收件人"), QLineEdit(prefill.get("recipient", "")))
        self.mobile = self.add_field("mobile", self.tr("手机号码"), QLineEdit(prefill.get("mobile", "")))
        self.address = self.add_field("address", self.tr("寄递地址"), QLineEdit(prefill.get("address", "")))
        self.finish_layout()

    def data(self) -> dict:
        return {"kind": self.kind.currentData(), "description": self.description.text(),
                "recipient": self.recipient.text(), "mobile": self.mobile.text(), "address": self.address.text()}

    def submit(self) -> None:
        data, user, case_id = self.data(), self.ctx.user, self.case_id
        self.run(lambda: create_item(case_id, data, user), validate_recipient(data))


class SendDialog(_FormDialog):
    def __init__(self, ctx, item: ItemRow, parent: QWidget | None = None):
        super().__init__(self.tr("寄出"), parent)
        self.ctx, self.item = ctx, item
        self.form.addRow(self.tr("物品"), QLabel(f"{item.case_number}　{kind_title(item.kind)}"))
        self.form.addRow(self.tr("收件人"), QLabel(f"{item.recipient}　{item.mobile}"))
        self.carrier = self.add_field("carrier", self.tr("承运快递"), QComboBox())
        for code in CARRIERS:
            self.carrier.addItem(carrier_title(code), code)
        if item.carrier:
            self.carrier.setCurrentIndex(max(self.carrier.findData(item.carrier), 0))
        self.waybill = self.add_field("waybill_no", self.tr("运单号"), QLineEdit())
        self.waybill.setPlaceholderText(self.tr("扫描或输入运单号"))
        self.finish_layout()

    def submit(self) -> None:
        carrier, waybill, user, item = self.carrier.currentData(), self.waybill.text(), self.ctx.user, self.item
        self.run(lambda: send_item(item.id, carrier, waybill, user, version=item.version),
                 validate_waybill(carrier, waybill))


class ReturnDialog(_FormDialog):
    def __init__(self, ctx, item: ItemRow, parent: QWidget | None = None):
        super().__init__(self.tr("登记退回"), parent)
        self.ctx, self.item = ctx, item
        self.form.addRow(self.tr("物品"), QLabel(f"{item.case_number}　{kind_title(item.kind)}　{item.waybill_no}"))
        self.reason = self.add_field("note", self.tr("退回原因"), QLineEdit())
        self.finish_layout()

    def submit(self) -> None:
        reason, user, item = self.reason.text(), self.ctx.user, self.item
        local = {} if reason.strip() else {"note": self.tr("请填写退回原因")}
        self.run(lambda: mark_returned(item.id, reason, user, version=item.version), local)
