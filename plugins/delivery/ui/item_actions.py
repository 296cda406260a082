"""The buttons that move the selected delivery record on — 寄出, 签收, 退回, 交接单 — shared by the
delivery screen and the case panel."""
from __future__ import annotations

from typing import Callable

from PyQt6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from app.ui import messages, operations
from plugins.delivery.common import DELIVERED, PREPARED, RETURNED, SENT
from plugins.delivery.items import ItemRow, mark_delivered
from plugins.delivery.slip import write_slip
from plugins.delivery.ui.dialogs import ReturnDialog, SendDialog


class ItemActions(QWidget):
    def __init__(self, ctx, current: Callable[[], ItemRow | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.current = ctx, current
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.send_button = QPushButton(self.tr("寄出…"))
        self.delivered_button = QPushButton(self.tr("登记签收"))
        self.returned_button = QPushButton(self.tr("登记退回…"))
        self.slip_button = QPushButton(self.tr("打印交接单…"))
        for button, slot in ((self.send_button, self.send), (self.delivered_button, self.delivered),
                             (self.returned_button, self.returned), (self.slip_button, self.slip)):
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.update_buttons()

    def update_buttons(self) -> None:
        item = self.current()
        state = item.state if item else None
        self.send_button.setEnabled(state in (PREPARED, RETURNED))
        self.delivered_button.setEnabled(state == SENT)
        self.returned_button.setEnabled(state == SENT)
        self.slip_button.setEnabled(state in (PREPARED, SENT, DELIVERED, RETURNED))

    def send(self) -> SendDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = SendDialog(self.ctx, item, self)
        dialog.open()
        return dialog

    def returned(self) -> ReturnDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = ReturnDialog(self.ctx, item, self)
        dialog.open()
        return dialog

    def delivered(self) -> None:
        item, user = self.current(), self.ctx.user
        if item is not None:
            operations.run_op(self, lambda: mark_delivered(item.id, user, version=item.version))

    def slip(self, path: str | None = None) -> None:
        item, user = self.current(), self.ctx.user
        if item is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存交接单"), f"寄递交接单-{item.case_number}.pdf",
                                                  self.tr("PDF 文件 (*.pdf)"))
        if path:
            operations.run_op(self, lambda: write_slip(item.id, user, path), notify=False,
                              on_success=lambda out: messages.information(self, self.tr("交接单已保存：{path}").format(
                                  path=out)))
