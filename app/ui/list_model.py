"""A read-only table model over a list of rows, and the list view the plugins show it in.

``columns`` are (title, function of a row) pairs; the function's value is shown as text (a date
formatted, None as nothing). Rows are told apart by ``key(row)`` (``row.id`` by default):
``set_rows`` brings the model to a new list row by row — removed, moved, inserted, changed — so
a reload keeps the view's selection and scroll position and repaints only what changed.

Subclasses adjust a cell through ``style(row, column, role)`` (alignment, colour, font, tool tip)
and a title through ``title(section)``."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Sequence

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PyQt6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.formatting import format_datetime

#: the role under which every cell gives its whole row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ListModel(QAbstractTableModel):
    """``tooltips``: a cell's tool tip is its text (for columns that may be cut short)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None, *,
                 key: Callable[[Any], Any] = lambda row: row.id, tooltips: bool = False):
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.tooltips = tooltips
        self.rows: list[Any] = []

    # -- what Qt asks --------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, index.column())
        if role == ROW_ROLE:
            return row
        styled = self.style(row, index.column(), role)
        if styled is None and role == Qt.ItemDataRole.ToolTipRole and self.tooltips:
            return self.cell_text(row, index.column())
        return styled

    # -- what subclasses may change ------------------------------------------------------------------

    def title(self, section: int) -> str:
        return self.columns[section][0]

    def cell_text(self, row, column: int) -> str:
        value = self.columns[column][1](row)
        if isinstance(value, (dt.datetime, dt.date)):
            return format_datetime(value)
        return "" if value is None else str(value)

    def style(self, row, column: int, role):
        """A cell's value for ``role`` other than its text (alignment, foreground, font, tool tip)."""
        return None

    # -- the rows ------------------------------------------------------------------------------------

    def row_at(self, where: int | QModelIndex):
        """The row at a row number or an index; None outside the list."""
        if isinstance(where, QModelIndex):
            if not where.isValid():
                return None
            where = where.row()
        return self.rows[where] if 0 <= where < len(self.rows) else None

    def set_rows(self, new_rows: Sequence[Any]) -> None:
        new_rows = list(new_rows)
        wanted = {self.key(r) for r in new_rows}
        for i in range(len(self.rows) - 1, -1, -1):
            if self.key(self.rows[i]) not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
        for i, row in enumerate(new_rows):
            key = self.key(row)
            if not (i < len(self.rows) and self.key(self.rows[i]) == key):
                j = next((j for j in range(i + 1, len(self.rows)) if self.key(self.rows[j]) == key), None)
                if j is None:
                    self.beginInsertRows(QModelIndex(), i, i)
                    self.rows.insert(i, row)
                    self.endInsertRows()
                    continue
                self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
                self.rows.insert(i, self.rows.pop(j))
                self.endMoveRows()
            if self.rows[i] is not row:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        if len(self.rows) > len(new_rows):  # only when a key stood twice
            self.beginRemoveRows(QModelIndex(), len(new_rows), len(self.rows) - 1)
            del self.rows[len(new_rows):]
            self.endRemoveRows()


def list_view(model: ListModel, stretch: int | None = None) -> QTableView:
    """A read-only table of whole rows, one selected at a time; column ``stretch`` takes the room
    left, the others fit their contents."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


__all__ = ["ROW_ROLE", "ListModel", "list_view"]
