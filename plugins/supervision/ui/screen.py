"""The supervisor screen (电子监察 · 时限监控与督办): steps in warning and overdue across the
departments the supervisor watches, with filters, and the supervisor's alerts inbox. Reads go
through the operations runner; the lists follow live step changes and a one-minute timer."""
from __future__ import annotations

from dataclasses import dataclass

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import operations
from app.ui.messages import error_label
from plugins.supervision import alerts, watch
from plugins.supervision.scope import departments_for
from plugins.supervision.ui.models import AlertModel, WatchModel

REFRESH_MS = 60_000
#: live changes arriving close together are read once
LIVE_DELAY_MS = 800


@dataclass(frozen=True)
class ScreenData:
    rows: list
    alerts: list
    unread: int


def load_screen(user, graph, department: str | None, state: str | None) -> ScreenData:
    """Everything the screen shows (runs off the GUI thread)."""
    return ScreenData(rows=watch.watch_list(user, department=department, state=state, graph=graph),
                      alerts=alerts.alerts_for(user, graph=graph), unread=alerts.unread_count(user))


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class SupervisionScreen(QWidget):
    open_case_requested = pyqtSignal(int)
    #: a reload was applied (tests wait on it)
    loaded = pyqtSignal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self._generation = 0
        self.setObjectName("supervisionScreen")
        title = QLabel(self.tr("时限监控与督办"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.department = QComboBox()
        self.department.addItem(self.tr("全部部门"), None)
        self.state = QComboBox()
        self.state.addItem(self.tr("临近时限和已超时"), None)
        self.state.addItem(self.tr("已超时"), "overdue")
        self.state.addItem(self.tr("临近时限"), "warning")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        self.error = error_label()
        self.error.hide()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("部门：")))
        filters.addWidget(self.department)
        filters.addWidget(QLabel(self.tr("状态：")))
        filters.addWidget(self.state)
        filters.addWidget(refresh)
        if self.user is not None and self.user.is_admin:
            contacts = QPushButton(self.tr("督办联系人…"))
            contacts.clicked.connect(self._edit_contacts)
            filters.addWidget(contacts)
        filters.addStretch(1)

        self.watch_model = WatchModel(self)
        self.watch_view = _table(self.watch_model)
        self.watch_view.doubleClicked.connect(lambda index: self._open(self.watch_model, index))

        self.alert_model = AlertModel(self)
        self.alert_view = _table(self.alert_model)
        self.alert_view.doubleClicked.connect(lambda index: self._open(self.alert_model, index))
        self.inbox = QGroupBox()
        self.mark_selected = QPushButton(self.tr("标为已读"))
        self.mark_selected.clicked.connect(self._mark_selected)
        self.mark_all = QPushButton(self.tr("全部标为已读"))
        self.mark_all.clicked.connect(lambda: self._mark(None))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("超时事项自动提醒本机构主管，并发送短信至登记的手机号码。双击打开办件。")))
        buttons.addStretch(1)
        buttons.addWidget(self.mark_selected)
        buttons.addWidget(self.mark_all)
        inbox_layout = QVBoxLayout(self.inbox)
        inbox_layout.addLayout(buttons)
        inbox_layout.addWidget(self.alert_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.watch_view)
        splitter.addWidget(self.inbox)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(LIVE_DELAY_MS)
        self.live_timer.timeout.connect(self.reload)
        self._set_unread(0)
        self.department.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self._load_departments()
        self.reload()

    # -- loading -------------------------------------------------------------------------------

    def _load_departments(self) -> None:
        user = self.user

        def fill(items):
            self.department.blockSignals(True)
            for code, name in items:
                self.department.addItem(name, code)
            self.department.blockSignals(False)

        operations.run_query(self, lambda: departments_for(user), on_success=fill, on_failure=self._failed)

    def reload(self) -> None:
        user, graph = self.user, self.ctx.graph
        department, state = self.department.currentData(), self.state.currentData()
        self._generation += 1
        generation = self._generation

        def apply(data: ScreenData) -> None:
            if generation == self._generation:  # an older read answering late is dropped
                self._apply(data)

        operations.run_query(self, lambda: load_screen(user, graph, department, state), on_success=apply,
                             on_failure=self._failed)

    def steps_changed(self, _ids) -> None:
        """Live changes of steps (another workstation claimed or completed one): read again soon."""
        self.live_timer.start()

    def _apply(self, data: ScreenData) -> None:
        self.error.hide()
        self.watch_model.set_rows(data.rows)
        self.alert_model.set_rows(data.alerts)
        overdue = sum(1 for r in data.rows if r.state == "overdue")
        self.summary.setText(self.tr("已超时 {overdue} 件，临近时限 {warning} 件（按工作时间计算，时限用去 75% 即预警）")
                             .format(overdue=overdue, warning=len(data.rows) - overdue))
        self._set_unread(data.unread)
        if not self.watch_view.property("sized"):
            self.watch_view.resizeColumnsToContents()
            self.alert_view.resizeColumnsToContents()
            self.watch_view.setProperty("sized", bool(data.rows))
        self.loaded.emit()

    def _set_unread(self, unread: int) -> None:
        self.unread = unread
        self.inbox.setTitle(self.tr("督办提醒（未读 {n} 条）").format(n=unread))
        self.mark_all.setEnabled(unread > 0)

    def _failed(self, failure) -> None:
        self.error.setText(failure.message())
        self.error.show()

    # -- actions -------------------------------------------------------------------------------

    def _open(self, model, index) -> None:
        row = model.row_at(index)
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def _mark_selected(self) -> None:
        ids = [self.alert_model.rows[i.row()].id for i in self.alert_view.selectionModel().selectedRows()]
        if ids:
            self._mark(ids)

    def _mark(self, ids) -> None:
        user = self.user
        operations.run_op(self, lambda: alerts.mark_read(user, ids), on_success=lambda _n: self.reload(),
                          progress=False)

    def _edit_contacts(self) -> None:
        from plugins.supervision.ui.contacts_dialog import ContactsDialog

        ContactsDialog(self.user, self).open()
