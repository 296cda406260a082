"""差评整改: the rectifications a supervisor's organisation (an administrator: every one) must answer,
with their deadlines, and the dialog that writes the answer to the applicant."""
from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                             QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.core.errors import ValidationError
from app.ui import messages, operations
from app.ui.formatting import format_datetime
from app.ui.list_model import ListModel, list_view
from plugins.ratings.common import ANSWER_MAX, ANSWER_MIN, CLOSED, OPEN, OVERDUE, level_title, state_title
from plugins.ratings.rectifications import RectificationRow, answer_rectification, list_rectifications, may_answer_row


class RectificationScreen(QWidget):
    open_case_requested = pyqtSignal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("差评整改（事事有回音）"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示：")))
        self.filter = QComboBox()
        for text, state in ((self.tr("待答复（含逾期）"), OPEN), (self.tr("已逾期"), OVERDUE),
                            (self.tr("已答复"), CLOSED), (self.tr("全部"), None)):
            self.filter.addItem(text, state)
        self.filter.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.filter)
        self.count = QLabel()
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.open_button = QPushButton(self.tr("打开办件"))
        self.open_button.clicked.connect(self.open_case)
        self.answer_button = QPushButton(self.tr("书面答复…"))
        self.answer_button.clicked.connect(self.answer)
        bar.addWidget(self.open_button)
        bar.addWidget(self.answer_button)
        layout.addLayout(bar)
        self.model = ListModel([
            (self.tr("状态"), lambda r: state_title(r.state)),
            (self.tr("办件编号"), lambda r: r.case_number),
            (self.tr("企业名称"), lambda r: r.enterprise),
            (self.tr("部门"), lambda r: r.department_name),
            (self.tr("机构"), lambda r: r.organisation_name),
            (self.tr("评价"), lambda r: level_title(r.level)),
            (self.tr("评价内容"), lambda r: r.complaint),
            (self.tr("答复时限"), lambda r: format_datetime(r.due_at)),
            (self.tr("答复时间"), lambda r: format_datetime(r.answered_at)),
            (self.tr("答复内容"), lambda r: r.answer),
        ], self, tooltips=True)
        self.table = list_view(self.model, stretch=9)  # the answer takes the room left
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)  # a long complaint must not push it away
        header.resizeSection(6, 160)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        operations.ReloadAfterOperations(self, self.reload)
        self.reload()

    def reload(self, _index=None) -> None:
        user, state = self.ctx.user, self.filter.currentData()
        operations.run_query(self, lambda: list_rectifications(user, state), on_success=self.show_rows)

    def show_rows(self, rows: list[RectificationRow]) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.state == OVERDUE)
        self.count.setText(self.tr("共 {n} 件，其中逾期 {late} 件").format(n=len(rows), late=overdue))
        self._update_buttons()

    def current(self) -> RectificationRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.open_button.setEnabled(row is not None)
        self.answer_button.setEnabled(row is not None and row.state != CLOSED and may_answer_row(self.ctx.user, row))

    def open_case(self) -> None:
        row = self.current()
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def answer(self) -> AnswerDialog | None:
        row = self.current()
        if row is None or row.state == CLOSED:
            return None
        dialog = AnswerDialog(self.ctx, row, self)
        dialog.open()
        return dialog


class AnswerDialog(QDialog):
    """The written answer to the applicant: refused when empty or too short; sent as a text."""

    def __init__(self, ctx, row: RectificationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("答复差评"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("办件"), QLabel(f"{row.case_number}　{row.enterprise}"))
        form.addRow(self.tr("被评价"), QLabel(f"{row.department_name}　{row.organisation_name}"))
        form.addRow(self.tr("评价"), QLabel(level_title(row.level)))
        complaint = QLabel(row.complaint or self.tr("（申请人未留言）"))
        complaint.setWordWrap(True)
        form.addRow(self.tr("评价内容"), complaint)
        form.addRow(self.tr("答复时限"), QLabel(format_datetime(row.due_at)))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("给申请人的书面答复（{low}–{high} 字，将以短信发送）：").format(
            low=ANSWER_MIN, high=ANSWER_MAX)))
        self.text = QPlainTextEdit()
        layout.addWidget(self.text, 1)
        self.error = messages.error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("答复并发送短信"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        user, rect_id, text = self.ctx.user, self.row.id, self.text.toPlainText()

        def failed(failure: operations.Failure) -> None:
            errors = failure.error.errors if isinstance(failure.error, ValidationError) else {}
            self.error.setText(errors.get("answer") or failure.message())
            self.error.setVisible(True)

        operations.run_op(self, lambda: answer_rectification(rect_id, text, user), on_success=lambda _r: self.accept(),
                          on_failure=failed)
