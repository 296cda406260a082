"""Tools > Plugins: what is installed, what failed and why; admins enable or disable plugins."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import disabled_plugins, set_plugin_enabled
from app.plugins import PluginRecord, PluginState
from app.ui import operations
from app.i18n import QT_TRANSLATE_NOOP

SOURCE_TITLES = {
    "builtin": QT_TRANSLATE_NOOP("PluginsDialog", "内置"),
    "entrypoint": QT_TRANSLATE_NOOP("PluginsDialog", "已安装扩展"),
    "local": QT_TRANSLATE_NOOP("PluginsDialog", "本地"),
}
STATE_TITLES = {
    PluginState.ACTIVE: QT_TRANSLATE_NOOP("PluginsDialog", "启用"),
    PluginState.DISABLED: QT_TRANSLATE_NOOP("PluginsDialog", "停用"),
    PluginState.FAILED: QT_TRANSLATE_NOOP("PluginsDialog", "失败"),
}
COLUMNS = ("name", "title", "version", "department", "state", "error")
FAILED_COLOUR = QColor("#c62828")


def state_title(state: str) -> str:
    return QCoreApplication.translate("PluginsDialog", STATE_TITLES.get(state, state))


def error_summary(error: str) -> str:
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


class PluginsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = bool(ctx.user and ctx.user.is_admin)
        self.setWindowTitle(self.tr("插件管理"))
        self.setObjectName("pluginsDialog")
        self.resize(900, 560)
        self.records: list[PluginRecord] = ctx.host.list()
        self.departments = {spec.code: spec.name for spec in ctx.host.call("kaiban_departments")}
        self.disabled_setting: set[str] | None = None  # the installation's setting, loaded off-thread

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr("名称"), self.tr("说明"), self.tr("版本"), self.tr("部门"),
                                              self.tr("状态"), self.tr("错误")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("选择一个插件查看详情；加载失败的插件在此显示错误信息。"))
        self.details.setObjectName("pluginDetails")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.note = QLabel()
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        self.enable_button = QPushButton(self.tr("启用"))
        self.disable_button = QPushButton(self.tr("停用"))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.enable_button.clicked.connect(lambda: self.set_enabled(True))
        self.disable_button.clicked.connect(lambda: self.set_enabled(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        if self.is_admin:
            buttons.addWidget(self.enable_button)
            buttons.addWidget(self.disable_button)
            self.note.setText(self.tr("启用或停用插件后需重启程序，重启后生效。"))
        else:
            self.enable_button.hide()
            self.disable_button.hide()
            self.note.setText(self.tr("只有系统管理员可以启用或停用插件。"))
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._fill()
        self._selection_changed()
        operations.run_query(self, disabled_plugins, on_success=self._got_setting)

    # -- table ---------------------------------------------------------------------------
    def _state_text(self, record: PluginRecord) -> str:
        text = state_title(record.state)
        if self.disabled_setting is None or record.state == PluginState.FAILED:
            return text
        wanted_off = record.name in self.disabled_setting
        if record.state == PluginState.ACTIVE and wanted_off:
            return self.tr("{state}（重启后停用）").format(state=text)
        if record.state == PluginState.DISABLED and not wanted_off:
            return self.tr("{state}（重启后启用）").format(state=text)
        return text

    def _fill(self) -> None:
        self.model.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = {"name": record.name, "title": record.title, "version": record.version,
                      "department": self.departments.get(record.department, record.department or "—"),
                      "state": self._state_text(record), "error": error_summary(record.error)}
            for col, key in enumerate(COLUMNS):
                item = QStandardItem(values[key])
                item.setEditable(False)
                if record.state == PluginState.FAILED and key in ("state", "error"):
                    item.setForeground(QBrush(FAILED_COLOUR))
                self.model.setItem(row, col, item)

    def row_of(self, name: str) -> int:
        for row, record in enumerate(self.records):
            if record.name == name:
                return row
        return -1

    def select(self, name: str) -> None:
        row = self.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> PluginRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        record = self.selected()
        if record is None:
            self.details.clear()
        else:
            source = QCoreApplication.translate("PluginsDialog", SOURCE_TITLES.get(record.source, record.source))
            lines = [self.tr("插件：{name}（{source}）").format(name=record.name, source=source),
                     self.tr("插件接口版本要求：{api}").format(api=record.api or "—"),
                     self.tr("状态：{state}").format(state=self._state_text(record))]
            if record.error:
                lines += ["", self.tr("错误信息："), record.error.rstrip()]
            self.details.setPlainText("\n".join(lines))
        can_toggle = self.is_admin and record is not None  # a failed plugin may be switched off too
        wanted_off = record is not None and self.disabled_setting is not None and record.name in self.disabled_setting
        self.enable_button.setEnabled(can_toggle and wanted_off)
        self.disable_button.setEnabled(can_toggle and not wanted_off)

    def _got_setting(self, disabled: set[str]) -> None:
        self.disabled_setting = set(disabled)
        current = self.selected()
        self._fill()
        if current is not None:
            self.select(current.name)
        self._selection_changed()

    # -- enabling ------------------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        record = self.selected()
        if record is None or not self.is_admin:
            return
        name = record.name
        operations.run_op(self, lambda: set_plugin_enabled(name, enabled), on_success=self._got_setting,
                          label=self.tr("正在保存…"), notify=False)
