"""退回补正 (the reasons, required) and 补正后重新提交 (the stored form, corrected and resubmitted)."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui import operations
from plugins.registration.intake import load_form
from plugins.registration.review import resubmit, return_case
from plugins.registration.ui.intake_form import IntakeFormWidget
from plugins.registration.ui.questions import QuestionsWidget
from plugins.registration.ui.widgets import error_label, set_invalid, show_error


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, object]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class ReturnDialog(QDialog):
    """The reasons, one per line; sent back with ``review.return_case``."""

    def __init__(self, ctx, step_id: int, case_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.setWindowTitle(self.tr("退回补正 · {number}").format(number=case_number))
        self.setMinimumWidth(480)
        caption = QLabel(self.tr("请写明需要申请人补正的内容（每行一条）："))
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("returnReasons")
        self.reasons.setPlaceholderText(self.tr("例如：经营范围表述不规范，请按《经营范围登记规范表述目录》修改"))
        self.error = error_label()
        buttons, self.ok_button = _buttons(self, self.tr("退回补正"))
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def reason_lines(self) -> list[str]:
        return [line.strip() for line in self.reasons.toPlainText().splitlines() if line.strip()]

    def accept(self) -> None:
        reasons = self.reason_lines()
        if not reasons:
            self._show_error(self.tr("请填写退回补正的原因"))
            return
        step_id, user = self.step_id, self.ctx.user
        self.ok_button.setEnabled(False)
        operations.run_op(self, lambda: return_case(step_id, user, reasons), on_success=lambda _r: super(
            ReturnDialog, self).accept(), on_failure=self._failed, label=self.tr("正在退回…"))

    def _failed(self, failure: operations.Failure) -> None:
        self.ok_button.setEnabled(True)
        errors = failure.error.errors if isinstance(failure.error, ValidationError) else {}
        self._show_error("；".join(errors.values()) or failure.message())

    def _show_error(self, message: str) -> None:
        show_error(self.error, message)
        set_invalid(self.reasons, bool(message))


class ResubmitDialog(QDialog):
    """The returned case's form, loaded from the database, corrected and resubmitted."""

    def __init__(self, ctx, case_id: int, case_number: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.loaded = False
        self.setWindowTitle(self.tr("补正后重新提交 · {number}").format(number=case_number))
        self.resize(960, 720)
        self.note = QLabel(self.tr("退回原因：{note}").format(note=note) if note else "")
        self.note.setObjectName("errorLabel")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.questions = QuestionsWidget()
        self.form = IntakeFormWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("申请信息"))
        self.tabs.addTab(self.questions, self.tr("开办情况"))
        self.error = error_label()
        self.error.setObjectName("errorLabel")
        buttons, self.ok_button = _buttons(self, self.tr("重新提交"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.questions.changed.connect(self._answers_changed)
        operations.run_query(self, lambda: load_form(case_id), on_success=self._loaded, on_failure=self._load_failed)

    def _loaded(self, form) -> None:
        self.form.set_form(form)
        self.questions.set_answers(form.answers())
        self.loaded = True
        self.ok_button.setEnabled(True)

    def _load_failed(self, failure: operations.Failure) -> None:
        show_error(self.error, self.tr("无法读取办件：{message}").format(message=failure.message()))

    def _answers_changed(self) -> None:
        answers = self.questions.answers()
        if answers is not None and self.loaded:
            self.form.set_answers(answers)

    def accept(self) -> None:
        if not self.loaded:
            return
        if self.questions.answers() is None:
            self.tabs.setCurrentIndex(1)
            show_error(self.error, self.tr("请回答全部开办情况问题"))
            return
        form, ctx, user, case_id = self.form.form(), self.ctx, self.ctx.user, self.case_id
        self.ok_button.setEnabled(False)
        show_error(self.error, "")
        operations.run_op(self, lambda: resubmit(ctx, case_id, form, user=user),
                          on_success=lambda _case: super(ResubmitDialog, self).accept(), on_failure=self._failed,
                          label=self.tr("正在提交…"))

    def _failed(self, failure: operations.Failure) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(failure.error, ValidationError):
            unplaced = self.form.show_errors(failure.error.errors)
            show_error(self.error, "\n".join(unplaced.values()))
            self.tabs.setCurrentIndex(0)
        else:
            show_error(self.error, failure.message())
