"""寄递工作台: the cases whose applicants chose mail and still have items to prepare, and the records
by state (to send, in transit, returned, delivered) with the actions that move them on."""
from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.ui import operations
from app.ui.list_model import ListModel, list_view
from plugins.delivery.common import DELIVERED, PREPARED, RETURNED, SENT
from plugins.delivery.items import ItemRow, PendingCase, list_items, pending_cases, prefill
from plugins.delivery.ui.columns import item_columns, pending_columns
from plugins.delivery.ui.dialogs import ItemDialog
from plugins.delivery.ui.item_actions import ItemActions


class DeliveryScreen(QWidget):
    open_case_requested = pyqtSignal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("免费寄递工作台"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        pending_box = QGroupBox(self.tr("待制单（申请人选择寄递）"))
        pending_layout = QVBoxLayout(pending_box)
        self.pending_model = ListModel(pending_columns(), self, key=lambda p: p.case_id, tooltips=True)
        self.pending_table = list_view(self.pending_model, stretch=4)
        self.pending_table.doubleClicked.connect(lambda index: self._open(self.pending_model.row_at(index.row())))
        pending_layout.addWidget(self.pending_table)
        bar = QHBoxLayout()
        self.pending_count = QLabel()
        bar.addWidget(self.pending_count)
        bar.addStretch(1)
        self.prepare_button = QPushButton(self.tr("制单…"))
        self.prepare_button.clicked.connect(self.prepare)
        bar.addWidget(self.prepare_button)
        pending_layout.addLayout(bar)
        splitter.addWidget(pending_box)

        items_box = QGroupBox(self.tr("寄递记录"))
        items_layout = QVBoxLayout(items_box)
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(QLabel(self.tr("显示：")))
        self.filter = QComboBox()
        for text, states in ((self.tr("待寄出"), (PREPARED,)), (self.tr("运输中"), (SENT,)),
                             (self.tr("已退回"), (RETURNED,)), (self.tr("未完结（待寄出、运输中、已退回）"),
                                                              (PREPARED, SENT, RETURNED)),
                             (self.tr("已签收"), (DELIVERED,)), (self.tr("全部"), None)):
            self.filter.addItem(text, states)
        self.filter.setCurrentIndex(3)
        self.filter.currentIndexChanged.connect(self.reload)
        filter_bar.addWidget(self.filter)
        self.items_count = QLabel()
        filter_bar.addWidget(self.items_count)
        filter_bar.addStretch(1)
        self.actions = ItemActions(ctx, self.current_item, self)
        filter_bar.addWidget(self.actions)
        items_layout.addLayout(filter_bar)
        self.items_model = ListModel(item_columns(), self, tooltips=True)
        self.items_table = list_view(self.items_model, stretch=6)
        self.items_table.selectionModel().currentRowChanged.connect(lambda *_: self.actions.update_buttons())
        self.items_table.doubleClicked.connect(lambda index: self._open(self.items_model.row_at(index.row())))
        items_layout.addWidget(self.items_table)
        splitter.addWidget(items_box)
        splitter.setSizes([260, 420])
        operations.ReloadAfterOperations(self, self.reload)
        self.reload()

    def reload(self, _index=None) -> None:
        user, states = self.ctx.user, self.filter.currentData()
        operations.run_query(self, lambda: (pending_cases(user), list_items(user, states)), on_success=self.show_rows)

    def show_rows(self, result: tuple[list[PendingCase], list[ItemRow]]) -> None:
        pending, items = result
        self.pending_model.set_rows(pending)
        self.items_model.set_rows(items)
        self.pending_count.setText(self.tr("{n} 个办件待制单").format(n=len(pending)))
        self.items_count.setText(self.tr("共 {n} 件").format(n=len(items)))
        self.prepare_button.setEnabled(bool(pending))
        self.actions.update_buttons()

    def current_item(self) -> ItemRow | None:
        index = self.items_table.currentIndex() if hasattr(self, "items_table") else None
        return self.items_model.row_at(index.row()) if index is not None and index.isValid() else None

    def current_pending(self) -> PendingCase | None:
        index = self.pending_table.currentIndex()
        return self.pending_model.row_at(index.row()) if index.isValid() else self.pending_model.row_at(0)

    def _open(self, row) -> None:
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def prepare(self) -> None:
        pending, user = self.current_pending(), self.ctx.user
        if pending is None:
            return
        operations.run_query(self, lambda: prefill(pending.case_id, user),
                             on_success=lambda values: self._prepare_dialog(pending.case_id, values))

    def _prepare_dialog(self, case_id: int, values: dict) -> ItemDialog:
        self.dialog = ItemDialog(self.ctx, case_id, values, self)
        self.dialog.open()
        return self.dialog
