"""The administrator's dialog for supervisors' mobiles (escalation texts go to them)."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.ui import operations
from app.ui.messages import error_label
from plugins.supervision import contacts
from plugins.supervision.ui.models import KeyedTableModel


class ContactsDialog(QDialog):
    """Pick a supervisor, enter the mobile (empty removes it), save."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("督办联系人"))
        self.resize(640, 420)
        self.model = KeyedTableModel([(QT_TRANSLATE_NOOP("supervision", "主管"), lambda r: r.display_name),
                                      (QT_TRANSLATE_NOOP("supervision", "机构"), lambda r: r.organisation),
                                      (QT_TRANSLATE_NOOP("supervision", "手机号码"), lambda r: r.mobile or "—")],
                                     key=lambda r: r.user_id, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(self.tr("11 位手机号码；留空则不发短信"))
        self.mobile_error = error_label()
        self.save = QPushButton(self.tr("保存"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("手机号码："), self.mobile)
        form.addRow("", self.mobile_error)
        form.addRow("", self.save)
        close = QDialogButtonBox()
        close.addButton(QPushButton(self.tr("关闭")), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("超时事项督办短信发送至下列主管登记的手机号码。")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(close)
        self._load()

    def _load(self) -> None:
        user = self.user
        operations.run_query(self, lambda: contacts.list_contacts(user), on_success=self._fill)

    def _fill(self, rows) -> None:
        self.model.set_rows(list(rows))
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        row = self._current()
        self.save.setEnabled(row is not None)
        self.mobile.setText(row.mobile if row else "")
        self.mobile_error.hide()

    def _current(self):
        selected = self.table.selectionModel().selectedRows()
        return self.model.rows[selected[0].row()] if selected else None

    def _save(self) -> None:
        row = self._current()
        if row is None:
            return
        errors = contacts.validate_contact(self.mobile.text())
        if errors:
            self._show_error(errors["mobile"])
            return
        user, mobile = self.user, self.mobile.text()
        operations.run_op(self, lambda: contacts.set_contact(user, row.user_id, mobile),
                          on_success=lambda _number: self._load(), on_failure=lambda f: self._show_error(f.message()))

    def _show_error(self, text: str) -> None:
        self.mobile_error.setText(text)
        self.mobile_error.show()
