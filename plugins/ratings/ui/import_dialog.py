"""导入短信评价: pick the text file of SMS replies, check it (every malformed line listed with its
number and reason), then apply the valid lines."""
from __future__ import annotations

from PyQt6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                             QPushButton, QVBoxLayout, QWidget)

from app.ui import messages, operations
from plugins.ratings.sms_import import ImportResult, decode, import_replies


def read_text(path: str) -> str:
    with open(path, "rb") as fh:
        return decode(fh.read())


class ImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("导入短信评价"))
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        help_text = QLabel(self.tr(
            "UTF-8 文本文件，每行一条回复：“办件编号 等级 [评价内容]”评价该办件的全部部门，"
            "“办件编号 部门 等级 [评价内容]”只评价一个部门。等级为 1–5（1 非常满意 … 5 非常不满意）或中文等级。"
            "格式有误的行逐行列出且不导入。"))
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("短信回复文件"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        self.error = messages.error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("检查"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("导入有效行"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择短信回复文件"), "", self.tr("文本文件 (*.txt);;所有文件 (*)"))
        if path:
            self.path.setText(path)

    def run(self, *, dry_run: bool) -> None:
        path, user = self.path.text().strip(), self.ctx.user
        if not path:
            self._fail(self.tr("请选择短信回复文件"))
            return
        self.error.setVisible(False)
        operations.run_op(self, lambda: import_replies(read_text(path), user, dry_run=dry_run),
                          on_success=lambda result: self.show_result(result, dry_run),
                          on_failure=lambda failure: self._fail(failure.message()), notify=not dry_run)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def show_result(self, result: ImportResult, dry_run: bool) -> None:
        if dry_run:
            lines = [self.tr("共 {n} 行，有效 {ok} 行，有误 {bad} 行。").format(
                n=result.lines, ok=result.valid_lines, bad=len(result.errors))]
        else:
            lines = [self.tr("共 {n} 行：新增评价 {created} 条，更正 {corrected} 条，未变 {same} 条，开启差评整改 {rect} 件；"
                             "有误 {bad} 行未导入。").format(n=result.lines, created=result.created,
                                                      corrected=result.corrected, same=result.unchanged,
                                                      rect=result.rectifications, bad=len(result.errors))]
        lines += [self.tr("第 {line} 行：{reason}　“{text}”").format(line=e.line_no, reason=e.reason, text=e.text.strip())
                  for e in result.errors]
        self.report.setPlainText("\n".join(lines))
