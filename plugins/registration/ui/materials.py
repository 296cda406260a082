"""Collecting the materials at the window: each item ticked as received, or (when every department
needing it allows it) accepted on the applicant's promise to supply it by a date (容缺受理), with an
optional scanned attachment."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.models import MaterialState
from plugins.registration.attachments import sniff
from plugins.registration.intake import MaterialEntry
from plugins.registration.ui.widgets import error_label, set_invalid, show_error

PROMISE_DAYS = 7  # the promise date offered first
SNIFF_BYTES = 16


def choose_attachment(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for a scanned file (replaced in tests)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(path) if path else None


def default_promise_date(today: dt.date | None = None) -> dt.date:
    day = (today or dt.date.today()) + dt.timedelta(days=PROMISE_DAYS)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class MaterialRow(QWidget):
    def __init__(self, item, departments: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.attachment: Path | None = None
        self.name = QLabel(item.name)
        self.name.setWordWrap(True)
        users = QLabel(departments)
        users.setObjectName("hintLabel")
        users.setWordWrap(True)
        self.note = QLabel()  # what the received paper is, when a source named it (托管协议...)
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.received = QCheckBox(self.tr("已收取"))
        self.promised = QCheckBox(self.tr("容缺承诺"))
        self.promise_date = QDateEdit()
        self.promise_date.setCalendarPopup(True)
        self.promise_date.setDisplayFormat("yyyy-MM-dd")
        self.promise_date.setDate(QDate(default_promise_date()))
        self.promise_date.setEnabled(False)
        self.attach_button = QPushButton(self.tr("扫描件…"))
        self.attach_button.setAutoDefault(False)
        self.attach_label = QLabel()
        self.attach_label.setObjectName("hintLabel")
        self.attach_label.setFixedWidth(140)
        self.error = error_label()

        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(users)
        text.addWidget(self.note)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(text, 1)
        row.addSpacing(16)
        row.addWidget(self.received)
        promise = QWidget()  # keeps its width when hidden, so the columns line up
        promise_layout = QHBoxLayout(promise)
        promise_layout.setContentsMargins(0, 0, 0, 0)
        promise_layout.addWidget(self.promised)
        promise_layout.addWidget(self.promise_date)
        policy = promise.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        promise.setSizePolicy(policy)
        promise.setVisible(item.deferrable)
        row.addWidget(promise)
        row.addWidget(self.attach_button)
        row.addWidget(self.attach_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.received.toggled.connect(self._received_toggled)
        self.promised.toggled.connect(self._promised_toggled)
        self.attach_button.clicked.connect(self.choose_attachment)

    def _received_toggled(self, on: bool) -> None:
        if on:
            self.promised.setChecked(False)

    def _promised_toggled(self, on: bool) -> None:
        self.promise_date.setEnabled(on)
        if on:
            self.received.setChecked(False)

    def entry(self) -> MaterialEntry | None:
        if self.received.isChecked():
            return MaterialEntry(self.item.code)
        if self.promised.isChecked():
            return MaterialEntry(self.item.code, MaterialState.PROMISED, self.promise_date.date().toPyDate())
        return None

    def choose_attachment(self) -> None:
        path = choose_attachment(self, self.tr("选择“{name}”的扫描件").format(name=self.item.name),
                                 self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png)"))
        if path is not None:
            self.set_attachment(path)

    def set_attachment(self, path: Path) -> bool:
        """Keep ``path`` if its content is a PDF, JPEG or PNG (the store checks size and type again)."""
        try:
            with open(path, "rb") as fh:
                head = fh.read(SNIFF_BYTES)
        except OSError as exc:
            self.show_error(self.tr("无法读取文件：{error}").format(error=exc))
            return False
        if sniff(head) is None:
            self.show_error(self.tr("只接受 PDF、JPEG 或 PNG 格式的扫描件（按文件内容判断，与文件名无关）"))
            return False
        self.attachment = path
        self.attach_label.setText(self.attach_label.fontMetrics().elidedText(path.name, Qt.TextElideMode.ElideMiddle,
                                                                             self.attach_label.width()))
        self.attach_label.setToolTip(str(path))
        self.received.setChecked(True)  # a scan in hand is a material received
        self.show_error("")
        return True

    def show_error(self, message: str) -> None:
        show_error(self.error, message)
        set_invalid(self.received, bool(message))

    def set_note(self, text: str) -> None:
        self.note.setText(self.tr("已收取：{note}").format(note=text) if text else "")
        self.note.setVisible(bool(text))


class MaterialsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, MaterialRow] = {}
        self.all_button = QPushButton(self.tr("全部标记为已收取"))
        self.all_button.setAutoDefault(False)
        hint = QLabel(self.tr("逐项核对原件后勾选“已收取”。可容缺的材料，申请人书面承诺后可先受理，"
                              "到期未补交的会列入逾期承诺清单。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.general_error = error_label()
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.rows_layout)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(inner)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        self.all_button.clicked.connect(self.mark_all_received)

    def set_items(self, items, department_names: dict[str, str]) -> None:
        """One row per collected item; ticks of items still listed are kept."""
        old = self.rows
        self.rows = {}
        while self.rows_layout.count():
            widget = self.rows_layout.takeAt(0).widget()
            if widget is not None and widget not in old.values():
                widget.deleteLater()
        for item in items:
            row = old.pop(item.code, None)
            if row is None or row.item != item:
                if row is not None:
                    row.deleteLater()
                names = "、".join(department_names.get(d, d) for d in item.departments)
                row = MaterialRow(item, self.tr("使用部门：{names}").format(names=names))
            self.rows[item.code] = row
            self.rows_layout.addWidget(row)
        for row in old.values():
            row.deleteLater()

    def mark_all_received(self) -> None:
        for row in self.rows.values():
            if not row.promised.isChecked():
                row.received.setChecked(True)

    def mark_received(self, notes: dict[str, str]) -> None:
        """Tick the materials ``notes`` names (code -> what the paper is) as received, with the note."""
        for code, note in notes.items():
            row = self.rows.get(code)
            if row is not None:
                row.received.setChecked(True)
                row.set_note(note)

    def entries(self) -> list[MaterialEntry]:
        return [entry for entry in (row.entry() for row in self.rows.values()) if entry is not None]

    def attachments(self) -> dict[str, Path]:
        return {code: row.attachment for code, row in self.rows.items() if row.attachment is not None}

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Put ``materials.<code>`` errors at their rows; return the others."""
        rest: dict[str, str] = {}
        general = []
        for code, row in self.rows.items():
            row.show_error(errors.get(f"materials.{code}", ""))
        for path, message in errors.items():
            if path.startswith("materials."):
                if path.split(".", 1)[1] not in self.rows:
                    general.append(message)
            else:
                rest[path] = message
        show_error(self.general_error, "\n".join(general))
        return rest
