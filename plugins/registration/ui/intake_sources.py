"""从入驻企业带入…: search the records other plugins offer as the start of an intake (an
incubator's hosted firms) and pick one; the search runs off the GUI thread."""
from __future__ import annotations

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.plugin_api import IntakePrefill
from app.ui import operations
from plugins.registration.prefill import search_sources
from plugins.registration.ui.widgets import error_label, show_error

SEARCH_DELAY_MS = 300
PREFILL_ROLE = Qt.ItemDataRole.UserRole


class IntakeSourceDialog(QDialog):
    """``chosen`` is the picked IntakePrefill once the dialog is accepted."""

    def __init__(self, sources, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.sources = list(sources)
        self.user = user
        self.chosen: IntakePrefill | None = None
        self._searched = None
        self.setObjectName("intakeSourceDialog")
        self.setWindowTitle(self.tr("从入驻企业带入"))
        self.resize(640, 460)
        titles = "、".join(spec.title for spec in self.sources)
        hint = QLabel(self.tr("在{sources}中查找：企业名称、法定代表人、孵化机构或工位号。选中后带入申请信息，"
                              "住所使用证明按托管协议登记为已收取。").format(sources=titles))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("sourceSearch")
        self.search.setPlaceholderText(self.tr("输入关键字搜索"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("sourceResults")
        self.status = QLabel()
        self.status.setObjectName("hintLabel")
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("带入"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(lambda item, _old: self.ok_button.setEnabled(item is not None))
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text, sources, user = self.search.text().strip(), self.sources, self.user
        self._searched = text
        self.status.setText(self.tr("正在查找…"))
        operations.run_query(self, lambda: search_sources(sources, text, user),
                             on_success=lambda found, t=text: self._show(t, found), on_failure=self._failed)

    def _show(self, text: str, found: list[IntakePrefill]) -> None:
        if text != self._searched:  # a later search is under way
            return
        show_error(self.error, "")
        self.results.clear()
        for prefill in found:
            item = QListWidgetItem(prefill.label)
            item.setData(PREFILL_ROLE, prefill)
            item.setToolTip(self.tr("{name}\n法定代表人：{legal}\n住所：{address}").format(
                name=prefill.enterprise_name, legal=prefill.legal_representative_name, address=prefill.address))
            self.results.addItem(item)
        self.status.setText(self.tr("找到 {n} 家").format(n=len(found)) if found else self.tr("没有找到可带入的企业"))
        if found:
            self.results.setCurrentRow(0)

    def _failed(self, failure: operations.Failure) -> None:
        self.status.setText("")
        show_error(self.error, failure.message())

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(PREFILL_ROLE)
        super().accept()
