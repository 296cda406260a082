"""The main window: navigation built from the plugins' hooks, queue and case pages, menus, status bar.

The shell names no department: screens, queues, reports and extra menu entries all come from
``kaiban_screens``, ``kaiban_queues``, ``kaiban_reports`` and ``kaiban_menu_actions``.
"""
from __future__ import annotations

import logging

from PyQt6.QtCore import QSize, Qt, QTimer
from PyQt6.QtGui import QAction, QFont, QKeySequence
from PyQt6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.queues import QueueQuery, queue_count
from app.core.users import role_title
from app.plugin_api import QueueSpec, ReportSpec
from app.plugins import PluginState
from app.ui import messages, operations
from app.ui.background import start_background_tasks
from app.ui.case_view import CaseView
from app.ui.live import LiveUpdates, live_updates_enabled
from app.ui.queue_view import QueueView
from app.ui.sms_dispatcher import SmsDispatcher

WINDOW_TITLE = "开办 · 企业开办协同服务平台"
NAV_ROW_HEIGHT = 28
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
COUNTS_DELAY_MS = 1000  # the navigation's counts follow live updates at most once a second

log = logging.getLogger(__name__)


class CasePage(QWidget):
    """A case view with a way back to the queue it was opened from."""

    def __init__(self, back: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: CaseView | None = None
        button = QToolButton()
        button.setDefaultAction(back)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        bar.addWidget(button)
        bar.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)

    def show_case(self, ctx, case_id: int) -> CaseView:
        if self.view is not None:
            self._layout.removeWidget(self.view)
            self.view.hide()  # gone at once, not when the deferred delete comes round
            self.view.deleteLater()
        self.view = CaseView(ctx, case_id, self)
        self._layout.addWidget(self.view, 1)
        return self.view


class EmptyPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyPage")
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setObjectName("hintLabel")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        if ctx.user is None:
            raise ValueError("MainWindow needs a signed-in user (ctx.user)")
        self.ctx = ctx
        self.user = ctx.user
        self.setWindowTitle(self.tr(WINDOW_TITLE))
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        _ = ctx.graph  # build the step graph on the GUI thread, before workers use it

        host = ctx.host
        self.department_titles = {spec.code: spec.name for spec in host.call("kaiban_departments")}
        self.queues: list[QueueSpec] = sorted(host.call("kaiban_queues", user=self.user),
                                              key=lambda q: (q.order, q.title))
        self.reports: list[ReportSpec] = list(host.call("kaiban_reports", user=self.user))
        self.menu_actions = list(host.call("kaiban_menu_actions", user=self.user))
        self.screens = sorted(host.call("kaiban_screens", user=self.user), key=lambda s: (s.order, s.title))
        self.failed_plugins = [r.name for r in host.list() if r.state == PluginState.FAILED]

        self.queue_views: dict[str, QueueView] = {}
        self.queue_items: dict[str, QTreeWidgetItem] = {}
        self.screen_views: dict[str, QWidget] = {}
        self.screen_items: dict[str, QTreeWidgetItem] = {}
        self.back_action = QAction(self.tr("← 返回队列"), self)
        self.back_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Esc")])
        self.back_action.triggered.connect(self.go_back)
        self._last_queue: str | None = None
        self._last_screen: str | None = None

        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(12)
        self.nav.setUniformRowHeights(True)  # every row NAV_ROW_HEIGHT high
        self.nav.setMinimumWidth(200)
        self.stack = QStackedWidget()
        self.empty_page = EmptyPage(
            self.tr("没有可办理的队列"),
            self.tr("您的账号（{role}）目前没有需要在这里办理的队列。\n如有疑问，请联系系统管理员。")
            .format(role=role_title(self.user.role)))
        self.case_page = CasePage(self.back_action)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.case_page)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1050])
        self.setCentralWidget(splitter)

        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self.nav.currentItemChanged.connect(self._navigate)
        self.nav.itemClicked.connect(self._item_clicked)
        operations.hooks.operation_did_execute.connect(self._operation_did_execute)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self.live = self._start_live_updates()
        self.sms_dispatcher = SmsDispatcher(ctx, self)  # the outbox goes out from every workstation
        self.background_tasks = start_background_tasks(ctx, self)

        home = next((s for s in self.screens if s.home), None)
        if home is not None:
            self.nav.setCurrentItem(self.screen_items[home.key])
        elif self.queues:
            self.nav.setCurrentItem(self.queue_items[self.queues[0].key])
        else:
            self.stack.setCurrentWidget(self.empty_page)
        self.refresh_counts()

    # -- navigation ----------------------------------------------------------------------
    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setSizeHint(0, QSize(0, NAV_ROW_HEIGHT))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, KIND_ROLE, "group")
        self.nav.addTopLevelItem(item)
        item.setExpanded(True)
        return item

    def _build_navigation(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for screen in self.screens:  # the plugins' own screens (a supervisor's dashboard...) come first
            if ("screen", screen.group) not in groups:
                groups[("screen", screen.group)] = self._group(screen.group)
            item = QTreeWidgetItem([screen.title])
            item.setSizeHint(0, QSize(0, NAV_ROW_HEIGHT))
            item.setData(0, KIND_ROLE, "screen")
            item.setData(0, KEY_ROLE, screen.key)
            groups[("screen", screen.group)].addChild(item)
            self.screen_items[screen.key] = item
        for spec in self.queues:  # already in display order; a department's group appears at its first queue
            if spec.department not in groups:
                groups[spec.department] = self._group(self.department_titles.get(spec.department, spec.department))
            item = QTreeWidgetItem([spec.title])
            item.setSizeHint(0, QSize(0, NAV_ROW_HEIGHT))
            item.setData(0, KIND_ROLE, "queue")
            item.setData(0, KEY_ROLE, spec.key)
            groups[spec.department].addChild(item)
            self.queue_items[spec.key] = item
        if self.reports:
            group = self._group(self.tr("报表"))
            for spec in self.reports:
                item = QTreeWidgetItem([spec.title])
                item.setSizeHint(0, QSize(0, NAV_ROW_HEIGHT))
                item.setData(0, KIND_ROLE, "report")
                item.setData(0, KEY_ROLE, spec.name)
                group.addChild(item)
        self.nav.expandAll()

    def queue_view(self, key: str) -> QueueView:
        """The view of queue ``key``, created when first shown."""
        view = self.queue_views.get(key)
        if view is None:
            spec = next(q for q in self.queues if q.key == key)
            view = QueueView(self.ctx, spec)
            view.open_case_requested.connect(self.open_case)
            self.stack.addWidget(view)
            self.queue_views[key] = view
        return view

    def show_queue(self, key: str) -> QueueView:
        view = self.queue_view(key)
        self.stack.setCurrentWidget(view)
        self._last_queue = key
        self._last_screen = None
        item = self.queue_items[key]
        if self.nav.currentItem() is not item:
            self.nav.setCurrentItem(item)
        return view

    def show_screen(self, key: str) -> QWidget:
        """A plugin's screen, created when first shown; a screen that fails to build shows why
        instead (the rest of the window keeps working)."""
        widget = self.screen_views.get(key)
        if widget is None:
            spec = next(s for s in self.screens if s.key == key)
            try:
                widget = spec.create(self.stack, self.ctx)
                if not isinstance(widget, QWidget):
                    raise TypeError(f"create() returned {type(widget).__name__}, not a QWidget")
                if hasattr(widget, "open_case_requested"):
                    widget.open_case_requested.connect(self.open_case)
            except Exception as exc:  # noqa: BLE001 - a broken screen must not break the window
                log.exception("screen %s failed", key)
                widget = EmptyPage(spec.title, self.tr("该页面未能加载：{error}").format(error=exc))
            self.stack.addWidget(widget)
            self.screen_views[key] = widget
        self.stack.setCurrentWidget(widget)
        self._last_queue = None
        self._last_screen = key
        item = self.screen_items[key]
        if self.nav.currentItem() is not item:
            self.nav.setCurrentItem(item)
        return widget

    def current_queue_view(self) -> QueueView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, QueueView) else None

    def _navigate(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is not None and current.data(0, KIND_ROLE) == "queue":
            self.show_queue(current.data(0, KEY_ROLE))
        elif current is not None and current.data(0, KIND_ROLE) == "screen":
            self.show_screen(current.data(0, KEY_ROLE))

    def _item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "report":
            spec = next(r for r in self.reports if r.name == item.data(0, KEY_ROLE))
            self.open_report(spec)
            if self._last_queue:  # keep the navigation on the page that is shown
                self.nav.setCurrentItem(self.queue_items[self._last_queue])
            elif self._last_screen:
                self.nav.setCurrentItem(self.screen_items[self._last_screen])

    def open_case(self, case_id: int) -> CaseView:
        view = self.case_page.show_case(self.ctx, case_id)
        self.stack.setCurrentWidget(self.case_page)
        self.back_action.setEnabled(True)
        return view

    def go_back(self) -> None:
        if self.stack.currentWidget() is not self.case_page:
            return
        if self._last_queue:
            self.show_queue(self._last_queue)
        elif self._last_screen:
            self.show_screen(self._last_screen)
        else:
            self.stack.setCurrentWidget(self.empty_page)

    def refresh_counts(self) -> None:
        specs, user = list(self.queues), self.user
        if not specs:
            return
        operations.run_query(self, lambda: {s.key: queue_count(QueueQuery(spec=s), user) for s in specs},
                             on_success=self._show_counts, on_failure=lambda _f: None)

    def _operation_did_execute(self, _initiator) -> None:
        if self.isVisible():
            self.refresh_counts()

    # -- live updates --------------------------------------------------------------------
    def _start_live_updates(self) -> LiveUpdates | None:
        """Other workstations' changes reach the open queues as they are committed (app.ui.live)."""
        if not live_updates_enabled():
            return None
        live = LiveUpdates(self.ctx.url, self)
        live.steps_changed.connect(self._steps_changed)
        live.resync_needed.connect(self._resync)
        live.status_changed.connect(self._live_status)
        return live.start()

    def _steps_changed(self, ids) -> None:
        for view in self.queue_views.values():
            view.apply_changed_steps(ids)
        for screen in self.screen_views.values():
            if hasattr(screen, "steps_changed"):
                screen.steps_changed(ids)
        if self.isVisible():
            self._counts_timer.start()

    def _resync(self) -> None:
        for view in self.queue_views.values():
            view.resync()
        if self.isVisible():
            self._counts_timer.start()

    def _live_status(self, connected: bool) -> None:
        self.live_label.setVisible(not connected)

    def closeEvent(self, event) -> None:
        if self.live is not None:
            self.live.stop()  # a moment (the watcher wakes every 250 ms); no signal arrives after it
        super().closeEvent(event)

    def _show_counts(self, counts: dict[str, int]) -> None:
        for spec in self.queues:
            n = counts.get(spec.key)
            self.queue_items[spec.key].setText(0, f"{spec.title}  ({n})" if n is not None else spec.title)

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, QueueView):
            widget.refresh()
        elif widget is self.case_page and self.case_page.view is not None:
            self.case_page.view.reload()
        self.refresh_counts()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.case_page:
            self.go_back()
        view = self.current_queue_view()
        if view is not None:
            view.focus_search()

    # -- menus ---------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(self.file_menu, self.tr("连接数据库…"), self.open_connection_dialog)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("退出"), self.close, QKeySequence("Ctrl+Q"))
        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self._action(self.view_menu, self.tr("刷新"), self.refresh_current, QKeySequence("F5"))
        self._action(self.view_menu, self.tr("搜索"), self.focus_search, QKeySequence("Ctrl+F"))
        self.view_menu.addAction(self.back_action)
        self.tools_menu = bar.addMenu(self.tr("工具(&T)"))
        self._action(self.tools_menu, self.tr("插件管理…"), self.open_plugins_dialog)
        self.help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(self.help_menu, self.tr("关于"), self.show_about)
        menus = {self.tr("文件"): self.file_menu, self.tr("视图"): self.view_menu, self.tr("工具"): self.tools_menu,
                 self.tr("帮助"): self.help_menu}
        for spec in self.menu_actions:
            menu = menus.get(spec.menu)
            if menu is None:  # a plugin's own menu goes before 帮助
                menu = QMenu(spec.menu, self)
                bar.insertMenu(self.help_menu.menuAction(), menu)
                menus[spec.menu] = menu
            self._action(menu, spec.title, lambda s=spec: self._run_menu_action(s), spec.shortcut or None)

    def _run_menu_action(self, spec) -> None:
        try:
            spec.run(self)
        except Exception as exc:  # noqa: BLE001 - a plugin's menu entry must not take the window down
            import traceback

            messages.error(self, self.tr("“{title}”执行失败：{error}").format(title=spec.title, error=exc),
                           traceback.format_exc())

    def open_connection_dialog(self):
        from app.ui.dialogs.connection import ConnectionDialog

        dialog = ConnectionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: messages.information(
            self, self.tr("数据库连接设置已保存，重新启动程序后生效。")))
        dialog.open()
        return dialog

    def open_plugins_dialog(self):
        from app.ui.dialogs.plugins import PluginsDialog

        dialog = PluginsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_report(self, spec: ReportSpec):
        from app.ui.dialogs.report import ReportDialog

        dialog = ReportDialog(self.ctx, spec, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        messages.information(self, self.tr("开办 · 企业开办协同服务平台\n版本 {version}\n\n"
                                           "一窗受理、并联办理：营业执照、刻章、银行开户、税务和社保登记协同办理。\n"
                                           "本程序依据 GNU GPL 3.0 或更新版本发布。").format(version=__version__))

    # -- status bar ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        url = self.ctx.url
        kind = self.tr("SQLite 本机数据库") if url.is_sqlite else self.tr("PostgreSQL 共享数据库")
        self.connection_label = QLabel(f"{kind}：{url.display()}")
        self.connection_label.setToolTip(url.display())
        role = role_title(self.user.role)
        self.user_label = QLabel(self.user.display_name if self.user.display_name == role else
                                 self.tr("{name}（{role}）").format(name=self.user.display_name, role=role))
        self.organisation_label = QLabel(self.user.organisation_name or self.tr("全部机构"))
        self.live_label = QLabel(self.tr("实时更新已中断，正在重新连接…"))
        self.live_label.setObjectName("errorLabel")
        self.live_label.setToolTip(self.tr("其他工作站的改动暂时不会自动显示；可按 F5 刷新"))
        self.live_label.setVisible(False)
        status = self.statusBar()
        status.addPermanentWidget(self.live_label)
        for label in (self.connection_label, self.user_label, self.organisation_label):
            label.setObjectName("statusItem")
            status.addPermanentWidget(label)
        if self.failed_plugins:
            status.showMessage(self.tr("{n} 个插件加载失败，详见 工具 > 插件管理").format(n=len(self.failed_plugins)))
