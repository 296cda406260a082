"""The case view's "受理与发照" tab: where the case stands at the window, and what can be done now —
approve or return the intake, issue the licence, resubmit a corrected case, print its documents."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.core.models import CaseState, StepState
from app.ui import operations
from app.ui.formatting import format_datetime, format_time_left, step_state_title
from plugins.registration.review import approve
from plugins.registration.status import WindowStatus, WindowStep, window_status
from plugins.registration.ui import printing
from plugins.registration.ui.widgets import error_label, show_error

OPEN_STATES = (StepState.READY, StepState.CLAIMED)
CLOCK_REFRESH_MS = 30_000


def build_licence_copy(case_id: int, path: Path) -> Path:
    """Off the GUI thread: the issued licence again."""
    from plugins.registration.documents import render_business_licence
    from plugins.registration.printouts import licence_data

    return render_business_licence(licence_data(case_id), path)


class WindowPanel(QWidget):
    def __init__(self, ctx, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.case_id = case_id
        self.status: WindowStatus | None = None
        self._shown_once = False
        self.setObjectName("registrationWindowPanel")
        _ = ctx.graph  # built on the GUI thread before a worker needs it

        self.review_label = QLabel(self.tr("正在读取…"))
        self.licence_label = QLabel()
        for label in (self.review_label, self.licence_label):
            label.setObjectName("statusLabel")
        self.class_label = QLabel()
        self.class_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("errorLabel")
        self.note_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("statusLabel")
        self.result_label.setProperty("ok", True)
        self.result_label.setWordWrap(True)
        self.error_label = error_label()
        self.error_label.setObjectName("errorLabel")

        self.approve_button = self._button(self.tr("审核通过"), self.approve)
        self.return_button = self._button(self.tr("退回补正…"), self.open_return_dialog)
        self.licence_button = self._button(self.tr("核准发照…"), self.open_licence_dialog)
        self.resubmit_button = self._button(self.tr("补正后重新提交…"), self.open_resubmit_dialog)
        self.receipt_button = self._button(self.tr("打印受理回执…"), self.print_receipt)
        self.print_licence_button = self._button(self.tr("打印营业执照…"), self.print_licence)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("受理审核"), self.review_label)
        form.addRow(self.tr("核准发照"), self.licence_label)
        form.addRow(self.tr("许可类别"), self.class_label)
        actions = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.licence_button, self.resubmit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.print_licence_button)
        title = QLabel(self.tr("综合受理窗口"))
        title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(self._show_steps)
        self._clock.start()
        self._reloader = operations.ReloadAfterOperations(self, self.reload)
        self._update_buttons()
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        case_id, user = self.case_id, self.user
        operations.run_query(self, lambda: window_status(case_id, user), on_success=self.show_status,
                             on_failure=lambda f: show_error(self.error_label, f.message()))

    # -- showing -------------------------------------------------------------------------
    def _step_text(self, step: WindowStep | None) -> str:
        if step is None:
            return self.tr("（尚未生成）")
        text = step_state_title(step.state)
        if step.state == StepState.CLAIMED and step.claimed_by_id not in (None, self.user.id):
            text += self.tr("（已由他人领取）")
        if step.state in OPEN_STATES and step.due_at is not None:
            left, _overdue = format_time_left(step.due_at)
            text += self.tr(" · 时限 {due}（{left}）").format(due=format_datetime(step.due_at), left=left)
        return text

    def _show_steps(self) -> None:
        if self.status is None:
            return
        self.review_label.setText(self._step_text(self.status.review))
        self.licence_label.setText(self._step_text(self.status.licence))
        for label, step in ((self.review_label, self.status.review), (self.licence_label, self.status.licence)):
            overdue = step is not None and step.state in OPEN_STATES and format_time_left(step.due_at)[1]
            label.setProperty("ok", False if overdue else None)  # statusLabel: red when overdue
            label.style().unpolish(label)
            label.style().polish(label)

    def show_status(self, status: WindowStatus) -> None:
        self.status = status
        show_error(self.error_label, "")
        self._show_steps()
        lc = status.licence_class
        text = lc.title if status.licence_class_decided else self.tr("预计 {title}").format(title=lc.title)
        if lc.reasons:
            text += self.tr("（{reasons}）").format(reasons="；".join(lc.reasons))
        self.class_label.setText(text)
        returned = status.case_state == CaseState.RETURNED
        show_error(self.note_label, self.tr("退回补正：{note}").format(note=status.return_note or "—")
                   if returned else "")
        self._update_buttons()
        if not self._shown_once:
            self._shown_once = True
            if self.can_review() or self.can_issue() or self.can_resubmit():
                self._bring_forward()

    def _bring_forward(self) -> None:
        """Open on this tab when there is something to do here."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self)

    def _open_for_me(self, step: WindowStep | None) -> bool:
        return (step is not None and step.state in OPEN_STATES
                and step.claimed_by_id in (None, self.user.id))

    def can_review(self) -> bool:
        return self.status is not None and self._open_for_me(self.status.review)

    def can_issue(self) -> bool:
        return (self.status is not None and self._open_for_me(self.status.licence)
                and self.status.case_state == CaseState.IN_PROGRESS)

    def can_resubmit(self) -> bool:
        return self.status is not None and self.status.case_state == CaseState.RETURNED

    def _update_buttons(self) -> None:
        status = self.status
        self.approve_button.setVisible(self.can_review())
        self.return_button.setVisible(self.can_review() or self.can_issue())
        self.licence_button.setVisible(self.can_issue())
        self.resubmit_button.setVisible(self.can_resubmit())
        self.receipt_button.setVisible(status is not None)
        self.print_licence_button.setVisible(status is not None and status.licence_issued)

    # -- actions -------------------------------------------------------------------------
    def _open_step(self) -> WindowStep | None:
        if self.can_review():
            return self.status.review
        if self.can_issue():
            return self.status.licence
        return None

    def approve(self) -> None:
        if not self.can_review():
            return
        step_id, user, graph = self.status.review.id, self.user, self.ctx.graph
        self.approve_button.setEnabled(False)

        def done(approval) -> None:
            self.approve_button.setEnabled(True)
            left, _overdue = format_time_left(approval.licence_due_at)
            self.result_label.setText(self.tr("审核通过。许可类别：{title}；发照时限：{due}（{left}）。").format(
                title=approval.licence_class.title, due=format_datetime(approval.licence_due_at), left=left))

        def failed(failure: operations.Failure) -> None:
            self.approve_button.setEnabled(True)
            show_error(self.error_label, failure.message())

        operations.run_op(self, lambda: approve(step_id, user, graph=graph), on_success=done, on_failure=failed,
                          label=self.tr("正在审核…"))

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_return_dialog(self):
        step = self._open_step()
        if step is None:
            return None
        from plugins.registration.ui.review_dialogs import ReturnDialog

        return self._open(ReturnDialog(self.ctx, step.id, self.status.case_number, self))

    def open_resubmit_dialog(self):
        if not self.can_resubmit():
            return None
        from plugins.registration.ui.review_dialogs import ResubmitDialog

        return self._open(ResubmitDialog(self.ctx, self.case_id, self.status.case_number, self.status.return_note,
                                         self))

    def open_licence_dialog(self):
        if not self.can_issue():
            return None
        from plugins.registration.ui.licence_dialog import LicenceDialog

        return self._open(LicenceDialog(self.ctx, self.status, self))

    def print_receipt(self) -> None:
        if self.status is None:
            return
        from plugins.registration.ui.wizard import print_receipt

        print_receipt(self, self.case_id, self.status.case_number, self.user.display_name)

    def print_licence(self) -> None:
        if self.status is None or not self.status.licence_issued:
            return
        case_id = self.case_id
        printing.save_pdf(self, self.tr("保存营业执照"),
                          self.tr("营业执照_{uscc}.pdf").format(uscc=self.status.uscc),
                          lambda path: build_licence_copy(case_id, path))
