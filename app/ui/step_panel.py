"""The base of a department's processing form: a tab of the case view for one step type.

A plugin subclasses :class:`StepPanel`, sets ``STEP_TYPE``, builds its fields in
``build_form()`` (registering each with ``add_field`` so errors show under it and the fields
lock when the user may not edit), and implements ``load(view)`` and ``collect()``. The base
reads the step off the GUI thread (``step_work.step_of_case``), shows where it stands (state,
holder, organisation, time left) and offers what can be done now:

- 领取 (Ctrl+L), 保存 (Ctrl+S), 办结 (Ctrl+Enter), 挂起…, 恢复办理, 退回补正…
- saving goes through ``conflict.save_step_form``: the step type's ``validate_data`` refuses bad
  data field by field, a stale save opens the conflict dialog;
- completing checks the step type's ``check_completion`` here first (no round trip for a
  missing field), saves, then completes with the saved version (the service checks again).

A form with unsaved edits is not reloaded under the user's hands by other operations; it shows
"已被修改" instead and reloads once saved or reverted (Esc).
"""
from __future__ import annotations

import dataclasses
from typing import Any

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import step_work, versioning, workflow
from app.core.errors import ValidationError
from app.core.models import StepState
from app.core.step_work import StepView
from app.ui import messages, operations
from app.ui.dialogs.conflict import save_step_form
from app.ui.formatting import format_datetime, format_time_left, step_state_title

CLOCK_REFRESH_MS = 30_000


class StepPanel(QWidget):
    """See the module docstring. Subclasses set ``STEP_TYPE`` and implement ``build_form``,
    ``load`` and ``collect``; ``extra_buttons`` and ``load_extra`` are optional."""

    STEP_TYPE = ""

    def __init__(self, ctx, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.case_id = case_id
        self.graph = ctx.graph  # built on the GUI thread before a worker needs it
        self.spec = self.graph.steps.get(self.STEP_TYPE)
        self.view: StepView | None = None
        self.extra: Any = None
        self._field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._stale = False
        self._shown_data: dict | None = None  # what the fields held once loaded or saved
        self.setObjectName(f"stepPanel_{self.STEP_TYPE}")

        self.status_label = QLabel(self.tr("正在读取…"))
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("statusLabel")
        self.error_label = messages.error_label()
        self.error_label.setWordWrap(True)

        self.claim_button = self._button(self.tr("领取"), self.claim, "Ctrl+L")
        self.save_button = self._button(self.tr("保存"), self.save, "Ctrl+S")
        self.complete_button = self._button(self.tr("办结"), self.complete, "Ctrl+Return")
        self.hold_button = self._button(self.tr("挂起…"), self.hold)
        self.resume_button = self._button(self.tr("恢复办理"), self.resume)
        self.return_button = self._button(self.tr("退回补正…"), self.send_back)
        revert = QShortcut(QKeySequence("Esc"), self)
        revert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.activated.connect(self.revert)

        actions = QHBoxLayout()
        for button in (self.claim_button, self.save_button, self.complete_button, self.hold_button,
                       self.resume_button, self.return_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in self.extra_buttons():
            actions.addWidget(button)

        title = QLabel(self.spec.title if self.spec else self.STEP_TYPE)
        title.setObjectName("sectionTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.clock_label)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.build_form())
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(self._show_clock)
        self._clock.start()
        self._reloader = operations.ReloadAfterOperations(self, self._reload_unless_dirty)
        self._set_buttons()
        self.set_editable(False)
        self.reload()

    # -- what a subclass provides ----------------------------------------------------------------
    def build_form(self) -> QWidget:
        raise NotImplementedError

    def load(self, view: StepView) -> None:
        """Fill the fields from ``view.data`` (and ``self.extra``)."""
        raise NotImplementedError

    def collect(self) -> dict:
        """The form's values, as the step's data (a JSON merge patch onto it)."""
        raise NotImplementedError

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons at the right of the action row (documents to print...)."""
        return []

    def load_extra(self, view: StepView) -> Any:
        """Off the GUI thread, after the step was read: the plugin's own records for it."""
        return None

    def field_labels(self) -> dict[str, str]:
        return {key: label.property("fieldTitle") or key for key, label in self._field_errors.items()}

    # -- helpers for subclasses -----------------------------------------------------------------
    def add_field(self, form: QFormLayout, key: str, title: str, widget: QWidget, hint: str = "") -> QWidget:
        """A row of ``form``: the widget, its error label below it (and a hint). Returns the widget."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("hintLabel")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = messages.error_label()
        error.setProperty("fieldTitle", title)
        column.addWidget(error)
        form.addRow(title, box)
        self._field_errors[key] = error
        self._field_widgets[key] = widget
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; those of no field of this form at the top."""
        general = []
        for key, label in self._field_errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        for key, message in errors.items():
            if key not in self._field_errors:
                general.append(message)
        self._show_error("；".join(general))
        first = next((self._field_widgets[k] for k in self._field_errors if errors.get(k)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.show_errors({})

    def set_editable(self, editable: bool) -> None:
        for widget in self._field_widgets.values():
            widget.setEnabled(editable)

    @property
    def editable(self) -> bool:
        return self.view is not None and self.view.editable_by(self.user)

    def is_dirty(self) -> bool:
        """Edited since the form was loaded or saved (the defaults a new step's form starts with
        are no edits)."""
        if self.view is None or not self.editable or self._shown_data is None:
            return False
        return self.collect() != self._shown_data

    # -- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        case_id, step_type, user, graph = self.case_id, self.STEP_TYPE, self.user, self.graph

        def read():
            view = step_work.step_of_case(case_id, step_type, user, graph=graph)
            return view, (self.load_extra(view) if view is not None else None)

        operations.run_query(self, read, on_success=self._loaded,
                             on_failure=lambda failure: self._show_error(failure.message()))

    def _reload_unless_dirty(self) -> None:
        """After an operation: read the step again, unless that would drop unsaved edits — then
        only look whether the step changed meanwhile, and say so."""
        if not self.is_dirty():
            self.reload()
            return
        case_id, step_type, user, seen = self.case_id, self.STEP_TYPE, self.user, self.view

        def changed(fresh) -> None:
            if fresh is None or seen is None or fresh.version != seen.version:
                self._stale = True
                self._show_status()

        operations.run_query(self, lambda: step_work.step_of_case(case_id, step_type, user), on_success=changed)

    def revert(self) -> None:
        """Esc: drop the unsaved edits and read the step again."""
        self._stale = False
        self.clear_errors()
        self.reload()

    def _loaded(self, result) -> None:
        self.view, self.extra = result
        self._stale = False
        if self.view is not None:
            self.load(self.view)
            self._shown_data = self.collect()
        self.set_editable(self.editable)
        self._set_buttons()
        self._show_status()
        self._show_clock()

    def _show_status(self) -> None:
        view = self.view
        if view is None:
            self.status_label.setText(self.tr("本办件没有由您所在机构办理的该事项"))
            return
        parts = [self.tr("状态：{state}").format(state=step_state_title(view.state))]
        if view.organisation_name:
            parts.append(self.tr("承办机构：{name}").format(name=view.organisation_name))
        if view.claimed_by_name and view.state in (StepState.CLAIMED, StepState.ON_HOLD):
            parts.append(self.tr("办理人：{name}").format(name=view.claimed_by_name))
        if view.completed_at:
            parts.append(self.tr("办结时间：{time}").format(time=format_datetime(view.completed_at)))
        if view.state == StepState.READY:
            parts.append(self.tr("请先领取再填写"))
        if self._stale:
            parts.append(self.tr("该事项已被修改，保存或按 Esc 放弃修改后刷新"))
        self.status_label.setText("　".join(parts))

    def _show_clock(self) -> None:
        view = self.view
        if view is None or view.state not in (StepState.READY, StepState.CLAIMED) or view.due_at is None:
            self.clock_label.setText("")
            return
        text, overdue = format_time_left(view.due_at)
        self.clock_label.setText(text)
        self.clock_label.setProperty("overdue", overdue)
        self.clock_label.style().unpolish(self.clock_label)
        self.clock_label.style().polish(self.clock_label)

    def _set_buttons(self) -> None:
        view, me = self.view, self.user
        held = view is not None and view.held_by(me.id)
        state = view.state if view else None
        self.claim_button.setEnabled(state == StepState.READY)
        self.save_button.setEnabled(self.editable)
        self.complete_button.setEnabled(held and state == StepState.CLAIMED)
        self.hold_button.setEnabled(held and state == StepState.CLAIMED)
        self.resume_button.setEnabled(held and state == StepState.ON_HOLD)
        self.return_button.setEnabled(held)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- acting -----------------------------------------------------------------------------------
    def _button(self, text: str, slot, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut:
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            sc = QShortcut(QKeySequence(shortcut), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda b=button: b.isEnabled() and b.click())
        return button

    def _failed(self, failure: operations.Failure) -> None:
        if isinstance(failure.error, ValidationError):
            self.show_errors(failure.error.errors)
        elif failure.is_expected:
            self._show_error(failure.message())
        else:
            messages.error(self, failure.message(), failure.details)

    def _done(self, _result=None) -> None:
        self.clear_errors()
        self.reload()

    def claim(self) -> None:
        view, user_id = self.view, self.user.id
        if view is None:
            return
        operations.run_op(self, lambda: workflow.claim_step(view.id, user_id), on_success=self._done,
                          on_failure=self._failed)

    def _local_errors(self, data: dict, completing: bool) -> dict[str, str]:
        if self.spec is None:
            return {}
        merged = versioning.merge_patch(self.view.data if self.view else {}, data)
        check = self.spec.check_completion if completing else self.spec.validate_data
        return check(merged) if check is not None else {}

    def save(self, *, then=None) -> None:
        view = self.view
        if view is None or not self.editable:
            return
        data = self.collect()
        errors = self._local_errors(data, completing=False)
        if errors:
            self.show_errors(errors)
            return
        self.clear_errors()

        def saved(step) -> None:
            self._stale = False
            self._shown_data = data
            if self.view is not None and step is not None and step.id == self.view.id:  # what is saved now
                self.view = dataclasses.replace(self.view, data=dict(step.data or {}), version=step.version)
            if then is not None:
                then(step)
            else:
                self.reload()

        save_step_form(self, view.id, self.user, view.version, data, labels=self.field_labels(), base=view.data,
                       on_saved=saved, on_reload=lambda _current: self.revert(), graph=self.graph,
                       on_failure=self._failed)

    def complete(self) -> None:
        view = self.view
        if view is None or not view.held_by(self.user.id) or view.state != StepState.CLAIMED:
            return
        errors = self._local_errors(self.collect(), completing=True)
        if errors:
            self.show_errors(errors)
            return
        user_id, graph = self.user.id, self.graph

        def complete_saved(step) -> None:
            operations.run_op(self, lambda: workflow.complete_step(step.id, user_id, graph,
                                                                   expected_version=step.version),
                              on_success=self._done, on_failure=self._failed,
                              label=self.tr("正在办结…"))

        self.save(then=complete_saved)

    def _ask_reason(self, title: str, prompt: str) -> str | None:
        reason, ok = QInputDialog.getMultiLineText(self, title, prompt)
        if not ok:
            return None
        if not reason.strip():
            self._show_error(self.tr("请填写原因"))
            return None
        return reason.strip()

    def hold(self) -> None:
        view, user_id = self.view, self.user.id
        reason = self._ask_reason(self.tr("挂起"), self.tr("挂起原因（计时暂停，例如等待申请人补充材料）："))
        if view is None or reason is None:
            return
        operations.run_op(self, lambda: workflow.hold_step(view.id, user_id, reason), on_success=self._done,
                          on_failure=self._failed)

    def resume(self) -> None:
        view, user_id = self.view, self.user.id
        if view is None:
            return
        operations.run_op(self, lambda: workflow.resume_step(view.id, user_id), on_success=self._done,
                          on_failure=self._failed)

    def send_back(self) -> None:
        view, user_id = self.view, self.user.id
        reason = self._ask_reason(self.tr("退回补正"), self.tr("退回原因（将告知窗口和申请人）："))
        if view is None or reason is None:
            return
        operations.run_op(self, lambda: workflow.return_for_correction(view.id, user_id, reason),
                          on_success=self._done, on_failure=self._failed)


__all__ = ["StepPanel"]
