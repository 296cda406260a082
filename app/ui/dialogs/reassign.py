"""Supervisors give a step to another member of its organisation (改派)."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import claims
from app.core.queues import QueueRow
from app.ui import operations
from app.ui.messages import error_label
from app.ui.formatting import step_state_title


class ReassignDialog(QDialog):
    """Lists the step organisation's staff (read off the GUI thread); accepting reassigns the
    step through ``claims.reassign``, which checks the rights again."""

    def __init__(self, ctx, row: QueueRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.candidates: list[claims.Candidate] = []
        self.setWindowTitle(self.tr("改派事项"))
        self.setObjectName("reassignDialog")
        self.setMinimumWidth(420)

        holder = row.claimed_by or self.tr("无人领取")
        summary = QLabel(self.tr("{number}　{company}\n{step}，{state}，当前办理人：{holder}").format(
            number=row.case_number, company=row.enterprise_name, step=ctx.step_title(row.step_type),
            state=step_state_title(row.state), holder=holder))
        summary.setObjectName("hintLabel")
        summary.setWordWrap(True)
        self.people = QComboBox()
        self.people.setObjectName("reassignTarget")
        self.people.setEnabled(False)
        self.people.addItem(self.tr("正在读取人员…"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("可选，例如：原办理人外出"))
        self.error_label = error_label()

        form = QFormLayout()
        form.addRow(self.tr("改派给"), self.people)
        form.addRow(self.tr("改派原因"), self.reason)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("改派"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        step_id, user = row.step_id, ctx.user
        operations.run_query(self, lambda: claims.reassign_candidates(step_id, user),
                             on_success=self._show_candidates, on_failure=self._failed)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def _failed(self, failure: operations.Failure) -> None:
        self.ok_button.setEnabled(self.people.isEnabled())
        self.show_error(failure.message())

    def _show_candidates(self, candidates: list[claims.Candidate]) -> None:
        self.candidates = [c for c in candidates if not c.holds_it]
        self.people.clear()
        for candidate in self.candidates:
            self.people.addItem(candidate.display_name, candidate.id)
        if not self.candidates:
            self.people.addItem(self.tr("本机构没有其他可改派的人员"))
            return
        self.people.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.people.setFocus()

    def selected_user(self) -> int | None:
        return self.people.currentData() if self.people.isEnabled() else None

    def submit(self) -> None:
        target = self.selected_user()
        if target is None:
            return
        self.ok_button.setEnabled(False)
        step_id, user, version, reason = self.row.step_id, self.ctx.user, self.row.version, self.reason.text()
        operations.run_op(self, lambda: claims.reassign(step_id, user, target, reason=reason,
                                                        expected_version=version),
                          on_success=lambda _step: self.accept(), on_failure=self._failed,
                          label=self.tr("正在改派…"))
