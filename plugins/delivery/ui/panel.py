"""The 免费寄递 tab of a case at the window: the case's delivery records, a new one, and the actions
that move them on."""
from __future__ import annotations

from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import operations
from app.ui.list_model import ListModel, list_view
from plugins.delivery.items import ItemRow, case_items, prefill
from plugins.delivery.ui.columns import item_columns
from plugins.delivery.ui.dialogs import ItemDialog
from plugins.delivery.ui.item_actions import ItemActions


class DeliveryPanel(QWidget):
    def __init__(self, ctx, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.kinds: tuple[str, ...] = ()
        self.values: dict = {}
        self.dialog: ItemDialog | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.model = ListModel(item_columns(with_case=False), self, tooltips=True)
        self.table = list_view(self.model, stretch=3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.actions.update_buttons())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增寄递…"))
        self.new_button.clicked.connect(self.new_item)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        self.actions = ItemActions(ctx, self.current_item, self)
        bar.addWidget(self.actions)
        layout.addLayout(bar)
        operations.ReloadAfterOperations(self, self.reload)
        self.reload()

    def reload(self) -> None:
        user, case_id = self.ctx.user, self.case_id
        operations.run_query(self, lambda: (case_items(case_id, user), prefill(case_id, user)),
                             on_success=self.show_rows)

    def show_rows(self, result: tuple[list[ItemRow], dict]) -> None:
        items, self.values = result
        self.model.set_rows(items)
        kinds = self.values.get("kinds", ())
        self.new_button.setEnabled(bool(kinds))
        if not kinds and not items:
            self.hint.setText(self.tr("营业执照核发后可寄递执照，办件办结后可寄递印章及其他材料。"))
        elif self.values.get("address"):
            self.hint.setText(self.tr("申请人选择免费寄递：{recipient}，{address}").format(
                recipient=self.values.get("recipient", ""), address=self.values["address"]))
        else:
            self.hint.setText(self.tr("申请人选择窗口自取；如需寄递请新增寄递记录并填写地址。"))
        self.actions.update_buttons()

    def current_item(self) -> ItemRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def new_item(self) -> ItemDialog:
        self.dialog = ItemDialog(self.ctx, self.case_id, self.values, self)
        self.dialog.open()
        return self.dialog
