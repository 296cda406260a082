"""The shareholders (partners, investor) of an application: one row per person or company, each
with its own error line, and the running total of the shares, which must come to 100%."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PyQt6.QtCore import QRegularExpression, pyqtSignal
from PyQt6.QtGui import QRegularExpressionValidator
from PyQt6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from plugins.registration.ui.widgets import error_label, set_invalid, show_error
from plugins.registration.validation import SHAREHOLDER_KINDS, ShareholderEntry

SHARE_PATTERN = r"^\d{0,3}(\.\d{0,2})?$"
KIND_WIDTH, ID_WIDTH, SHARE_WIDTH, REMOVE_WIDTH = 96, 200, 90, 52
_ROW_KEY = re.compile(r"^shareholders\[(\d+)\](?:\.(\w+))?$")


class ShareholderRow(QWidget):
    changed = pyqtSignal()
    remove_requested = pyqtSignal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox()
        for code, title in SHAREHOLDER_KINDS.items():
            self.kind.addItem(title, code)
        self.kind.setFixedWidth(KIND_WIDTH)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("姓名或企业名称"))
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("身份证号码或统一社会信用代码"))
        self.id_number.setMaxLength(18)
        self.id_number.setFixedWidth(ID_WIDTH)
        self.share = QLineEdit()
        self.share.setPlaceholderText(self.tr("比例 %"))
        self.share.setValidator(QRegularExpressionValidator(QRegularExpression(SHARE_PATTERN), self.share))
        self.share.setFixedWidth(SHARE_WIDTH)
        self.remove = QToolButton()
        self.remove.setText(self.tr("删除"))
        self.remove.setFixedWidth(REMOVE_WIDTH)
        self.error = error_label()
        self.fields = {"kind": self.kind, "name": self.name, "id_number": self.id_number, "share": self.share}

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.name, self.id_number, self.share, self.remove):
            row.addWidget(widget, 1 if widget is self.name else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

        for edit in (self.name, self.id_number, self.share):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def entry(self) -> ShareholderEntry:
        return ShareholderEntry(name=self.name.text(), id_number=self.id_number.text().strip().upper(),
                                share=self.share.text().strip() or None, kind=self.kind.currentData())

    def set_entry(self, entry: ShareholderEntry) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind), 0))
        self.name.setText(entry.name)
        self.id_number.setText(entry.id_number)
        share = entry.share
        if isinstance(share, Decimal):
            share = format(share.normalize(), "f")
        self.share.setText("" if share is None else str(share))

    def show_errors(self, errors: dict[str, str]) -> None:
        """``errors``: field name ("" for the row as a whole) -> message."""
        for name, widget in self.fields.items():
            set_invalid(widget, name in errors)
        show_error(self.error, "；".join(errors.values()))


class ShareholdersEditor(QWidget):
    """Rows to add and remove, with the total of the shares under them."""
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ShareholderRow] = []
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        for text, width in ((self.tr("类型"), KIND_WIDTH), (self.tr("姓名 / 名称"), 0),
                            (self.tr("证件号码"), ID_WIDTH), (self.tr("出资比例（%）"), SHARE_WIDTH),
                            ("", REMOVE_WIDTH)):
            caption = QLabel(text)
            caption.setObjectName("hintLabel")
            if width:
                caption.setFixedWidth(width)
            header.addWidget(caption, 0 if width else 1)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("＋ 添加一行"))
        self.add_button.setAutoDefault(False)
        self.total_label = QLabel()
        self.total_label.setObjectName("statusLabel")  # style.qss: green when ok, red when not
        self.error = error_label()
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        footer.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        layout.addLayout(footer)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.add_row())
        self._update_total()

    def add_row(self, entry: ShareholderEntry | None = None) -> ShareholderRow:
        row = ShareholderRow()
        if entry is not None:
            row.set_entry(entry)
        row.changed.connect(self._update_total)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._update_total()
        return row

    def remove_row(self, row: ShareholderRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.deleteLater()
            self._update_total()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)

    def entries(self) -> list[ShareholderEntry]:
        return [row.entry() for row in self.rows]

    def set_entries(self, entries: list[ShareholderEntry]) -> None:
        self.clear()
        for entry in entries:
            self.add_row(entry)

    def total(self) -> Decimal:
        total = Decimal(0)
        for row in self.rows:
            try:
                total += Decimal(row.share.text().strip() or "0")
            except InvalidOperation:
                pass
        return total

    def _update_total(self) -> None:
        if self.rows:
            total = self.total()
            text = format(total.normalize(), "f")
            ok = total == 100
            self.total_label.setText(self.tr("出资比例合计：{total}%").format(total=text) if ok else
                                     self.tr("出资比例合计：{total}%（应为 100%）").format(total=text))
            self.total_label.setProperty("ok", ok)
        else:
            self.total_label.setText("")
            self.total_label.setProperty("ok", None)
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)
        self.changed.emit()

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Place ``shareholders...`` errors at their rows; return the others."""
        per_row: dict[int, dict[str, str]] = {}
        rest: dict[str, str] = {}
        whole = ""
        for path, message in errors.items():
            if path == "shareholders":
                whole = message
                continue
            match = _ROW_KEY.match(path)
            if match and int(match.group(1)) < len(self.rows):
                per_row.setdefault(int(match.group(1)), {})[match.group(2) or ""] = message
            else:
                rest[path] = message
        for i, row in enumerate(self.rows):
            row.show_errors(per_row.get(i, {}))
        show_error(self.error, whole)
        return rest
