"""A queue: search, "only mine", the table and the claim / release / complete / open actions."""
from __future__ import annotations

from PyQt6.QtCore import QItemSelectionModel, Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import claims, workflow
from app.core.queues import QueueRow
from app.plugin_api import QueueSpec
from app.ui import messages, operations
from app.ui.queue_filters import QueueFilterBar
from app.ui.queue_model import QueueTableModel

SEARCH_DELAY_MS = 300
#: Leases last 30 minutes (claims.DEFAULT_LEASE_MINUTES); a running workstation renews them every 10.
LEASE_RENEW_MS = 10 * 60 * 1000


class QueueView(QWidget):
    #: the user asked to open the case with this id
    open_case_requested = pyqtSignal(int)

    def __init__(self, ctx, spec: QueueSpec, parent: QWidget | None = None, *, page_size: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.spec = spec
        self.graph = ctx.graph  # built here, on the GUI thread, before any worker needs it
        self._stale = False
        self._selected_step: int | None = None
        self._top_step: int | None = None  # the row at the top while rows are applied (see _keep_top)
        self.setObjectName("queueView")

        kwargs = {"page_size": page_size} if page_size else {}
        self.model = QueueTableModel(ctx, spec, self, **kwargs)

        self.title_label = QLabel(spec.title)
        self.title_label.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按办件编号或企业名称搜索（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.mine = QCheckBox(self.tr("只看我的"))
        self.filters = QueueFilterBar(spec, self)
        self.count_label = QLabel(self.tr("正在加载…"))
        self.count_label.setObjectName("countLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("errorLabel")
        self.status_label.setVisible(False)
        self.status_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self._set_column_widths()

        self.claim_action = self._action(self.tr("领取"), self.claim, QKeySequence("Ctrl+L"))
        self.claim_next_action = self._action(self.tr("领取下一件"), self.claim_next, QKeySequence("Ctrl+Shift+L"))
        self.reassign_action = self._action(self.tr("改派…"), self.reassign, QKeySequence("Ctrl+Shift+R"))
        self.reassign_action.setVisible(self.user.is_supervisor)  # supervisors and admins only
        self.release_action = self._action(self.tr("退回队列"), self.release)
        self.complete_action = self._action(self.tr("办结"), self.complete, QKeySequence("Ctrl+Return"),
                                            QKeySequence("Ctrl+Enter"))
        # Enter opens the selected case while the table has the focus (in the search box it searches).
        self.open_action = self._action(self.tr("打开办件"), self.open_selected, QKeySequence("Return"),
                                        QKeySequence("Enter"), on=self.table)
        self.refresh_action = self._action(self.tr("刷新"), self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.mine)
        top.addStretch(0)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for action in (self.claim_next_action, self.claim_action, self.release_action, self.complete_action,
                       self.open_action):
            actions.addWidget(self._button(action))
        if self.user.is_supervisor:
            actions.addWidget(self._button(self.reassign_action))
        actions.addStretch(1)
        actions.addWidget(self._button(self.refresh_action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.mine.toggled.connect(self.model.set_mine_only)
        self.filters.changed.connect(lambda changes: self.model.set_filters(**changes))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.model.countChanged.connect(self._show_count)
        self.model.loadFailed.connect(self._show_failure)
        self.model.loaded.connect(self._loaded)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsAboutToBeApplied.connect(self._remember_top)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        operations.hooks.operation_did_execute.connect(self._operation_did_execute)
        self._claimed_next: int | None = None  # selected as soon as the queue shows it
        self.model.loaded.connect(self._select_claimed_next)
        self.lease_timer = QTimer(self)  # keeps the leases of the steps this user holds here
        self.lease_timer.setInterval(LEASE_RENEW_MS)
        self.lease_timer.timeout.connect(self.renew_leases)
        self.lease_timer.start()
        self._update_actions()

        # Sorting by the deadline first; enabling sorting asks the model to load.
        due = self.model.column_of("due_at")
        header.setSortIndicator(due if due >= 0 else 0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    # -- building ------------------------------------------------------------------------
    def _action(self, text: str, slot, *shortcuts: QKeySequence, on: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(list(shortcuts))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on is not None
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text}（{shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)}）")
        action.triggered.connect(slot)
        (on or self).addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(84)
        return button

    def _set_column_widths(self) -> None:
        widths = {"case_number": 140, "enterprise_name": 240, "step_type": 80, "state": 72, "organisation": 160,
                  "claimed_by": 70, "ready_at": 122, "due_at": 122, "updated_at": 122, "time_left": 120}
        for i, (key, _title) in enumerate(self.model.columns):
            self.table.setColumnWidth(i, widths.get(key, 120))

    # -- state ---------------------------------------------------------------------------
    def selected_row(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_step(self, step_id: int) -> bool:
        row = self.model.row_of_step(step_id)
        if row < 0:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _update_actions(self) -> None:
        row = self.selected_row()
        mine = row is not None and row.state == "claimed" and row.claimed_by_id == self.user.id
        self.claim_action.setEnabled(row is not None and row.state == "ready")
        self.release_action.setEnabled(mine)
        self.complete_action.setEnabled(mine)
        self.open_action.setEnabled(row is not None)
        self.reassign_action.setEnabled(self.user.is_supervisor and row is not None
                                        and row.state in claims.REASSIGNABLE)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {n} 件").format(n=total))

    def _show_failure(self, message: str) -> None:
        self.status_label.setText(self.tr("队列加载失败：{message}").format(message=message))
        self.status_label.setVisible(True)

    def _loaded(self) -> None:
        self.status_label.setVisible(False)
        self._show_count(self.model.total)
        self._keep_top()
        self._update_actions()

    def _remember_top(self) -> None:
        """Before rows come and go: which row the user is looking at (when scrolled down)."""
        if self._top_step is None and self.table.verticalScrollBar().value() > 0:
            row = self.model.row_at(self.table.rowAt(0))
            self._top_step = row.step_id if row else None

    def _keep_top(self) -> None:
        """After rows came and went: scroll back to that row, so what the user was reading stays put."""
        step_id, self._top_step = self._top_step, None
        row = self.model.row_of_step(step_id) if step_id is not None else -1
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _remember_selection(self) -> None:
        row = self.selected_row()
        self._selected_step = row.step_id if row else None

    def _restore_selection(self) -> None:
        if self._selected_step is not None:
            self.select_step(self._selected_step)
        self._update_actions()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text())

    # -- refreshing ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _operation_did_execute(self, _initiator) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def apply_changed_steps(self, ids) -> None:
        """Live update: another workstation changed the steps ``ids`` (app.ui.live)."""
        if self.isVisible():
            self.model.apply_changed_steps(ids)
        else:
            self._stale = True

    def resync(self) -> None:
        """Live update: anything may have changed; re-read the loaded rows."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- actions -------------------------------------------------------------------------
    def claim(self) -> None:
        row = self.selected_row()
        if row is None or row.state != "ready":
            return
        user_id = self.user.id
        operations.run_op(self, lambda: workflow.claim_step(row.step_id, user_id),
                          label=self.tr("正在领取…"))

    def claim_next(self) -> None:
        """Take the first-due step of this queue that nobody holds, and select it."""
        me, types = self.user, tuple(self.spec.step_types)
        operations.run_op(self, lambda: claims.claim_next(me, types), on_success=self._claimed,
                          label=self.tr("正在领取下一件…"))

    def _claimed(self, step) -> None:
        if step is None:
            messages.information(self, self.tr("队列中暂时没有可领取的事项。"))
            return
        self._claimed_next = step.id
        self._select_claimed_next()  # when not loaded yet: once the refresh that follows brings it

    def _select_claimed_next(self) -> None:
        step_id = self._claimed_next
        if step_id is not None and self.select_step(step_id):
            self._claimed_next = None
            self.table.scrollTo(self.model.index(self.model.row_of_step(step_id), 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter opens it, Ctrl+Enter completes it

    def reassign(self):
        """Supervisors: give the selected step to another member of its organisation."""
        row = self.selected_row()
        if row is None or not self.user.is_supervisor or row.state not in claims.REASSIGNABLE:
            return None
        from app.ui.dialogs.reassign import ReassignDialog

        dialog = ReassignDialog(self.ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def renew_leases(self) -> None:
        """Renew the leases of the steps this user holds in this queue, and put back in the queue
        the steps whose lease ran out (their workstation stopped renewing: it crashed)."""
        me, types = self.user.id, tuple(self.spec.step_types)

        def renew():
            return claims.renew_leases(me, types), claims.release_expired_leases(step_types=types)

        def failed(failure: operations.Failure) -> None:  # the next tick tries again
            self.status_label.setText(self.tr("领取续期失败，稍后自动重试：{message}").format(message=failure.message()))
            self.status_label.setVisible(True)

        operations.run_op(self, renew, on_success=self._renewed, on_failure=failed, progress=False, notify=False)

    def _renewed(self, result) -> None:
        _renewed, released = result
        if released:
            self.refresh()

    def release(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        user_id = self.user.id
        operations.run_op(self, lambda: workflow.release_step(row.step_id, user_id),
                          label=self.tr("正在退回队列…"))

    def complete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        user_id, graph = self.user.id, self.graph
        operations.run_op(self, lambda: workflow.complete_step(row.step_id, user_id, graph,
                                                               expected_version=row.version),
                          label=self.tr("正在办结…"))

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_case_requested.emit(row.case_id)
