"""The list behind a dashboard figure: a dialog with a table; a double-click on a case's row
opens the case (when the list has cases)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PyQt6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, \
    QVBoxLayout

from app.ui.formatting import format_datetime
from plugins.analytics.lists import FigureList


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return format_datetime(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class FigureListModel(QAbstractTableModel):
    def __init__(self, figure_list: FigureList, parent=None):
        super().__init__(parent)
        self.list = figure_list

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.list.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.list.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.list.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.list.headers[section]
        return None

    def case_id(self, row: int) -> int | None:
        return self.list.case_ids[row] if row < len(self.list.case_ids) else None


class FigureListDialog(QDialog):
    """``open_case(case_id)`` is called on a double-click of a row that belongs to a case."""

    def __init__(self, figure_list: FigureList, open_case: Callable[[int], Any] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(figure_list.title)
        self.resize(980, 520)
        self._open_case = open_case
        layout = QVBoxLayout(self)
        heading = QLabel(figure_list.title)
        heading.setObjectName("figureListTitle")
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(heading)
        count = self.tr("共 {n} 条").format(n=len(figure_list.rows))
        if figure_list.truncated:
            count = self.tr("仅显示前 {n} 条").format(n=len(figure_list.rows))
        if figure_list.case_ids:
            count += self.tr("；双击一行打开办件")
        self.count_label = QLabel(count)
        layout.addWidget(self.count_label)
        self.model = FigureListModel(figure_list, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        if not figure_list.rows:
            self.table.hide()
            layout.addWidget(QLabel(self.tr("没有记录。")))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _double_clicked(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None and self._open_case is not None:
            self._open_case(case_id)
