"""The seal set as an editable table: one row per seal, its specification chosen from the allowed
values (combo boxes), its payer, price and public-security filing number. The rows are the step
data's ``seals`` list; cells the validation refuses are marked and carry their message."""
from __future__ import annotations

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, QRegularExpression, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plugins.seal import catalogue
from plugins.seal.catalogue import APPLICANT, GOVERNMENT, KINDS, MATERIALS, PAYERS
from plugins.seal.validation import SEAL_COLUMNS, seal_problems

EDITABLE_COLUMNS = ("shape", "size", "material", "paid_by", "price", "filing_no")
INVALID_BACKGROUND = QColor("#fdecea")
TEXT_PATTERNS = {"price": r"\d{0,4}(\.\d{0,2})?", "filing_no": r"\d{0,13}"}


def choices(seal: dict, column: str) -> list[tuple[str, str]]:
    """(code, title) a cell of ``column`` may take in the row ``seal``."""
    kind = KINDS.get(seal.get("kind"))
    if kind is None:
        return []
    if column == "shape":
        return [(code, catalogue.shape_title(code)) for code in kind.shapes]
    if column == "size":
        return [(code, catalogue.size_title(code)) for code in catalogue.sizes_for(kind.code, seal.get("shape", ""))]
    if column == "material":
        return [(code, catalogue.material_title(code)) for code in MATERIALS]
    if column == "paid_by":
        return [(code, catalogue.payer_title(code)) for code in PAYERS if kind.free or code == APPLICANT]
    return []


class SealSetModel(QAbstractTableModel):
    """The rows of the set (dicts as in the step data); edits keep each row consistent: a new shape
    picks an allowed size, a free seal carries no price."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._editable = False
        self._problems: dict[tuple[int, str], str] = {}

    def headers(self) -> list[str]:
        return [self.tr("印章"), self.tr("形状"), self.tr("规格"), self.tr("材质"), self.tr("付费方"),
                self.tr("价格（元）"), self.tr("公安备案号")]

    # -- the rows --------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()  # a new step or a reload: the whole (small) table changes
        self._rows = [dict(row) for row in rows]
        self._problems = {}
        self.endResetModel()

    def rows(self) -> list[dict]:
        return [dict(row) for row in self._rows]

    def kinds(self) -> set[str]:
        return {row.get("kind") for row in self._rows}

    def add_row(self, row: dict) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(dict(row))
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    @property
    def editable(self) -> bool:
        return self._editable

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(SEAL_COLUMNS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def problem(self, row: int, column: str) -> str:
        return self._problems.get((row, column), "")

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(SEAL_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = SEAL_COLUMNS[index.column()]
        row = self._rows[index.row()]
        if not self._editable or column not in EDITABLE_COLUMNS:
            return base
        if column == "price" and row.get("paid_by") != APPLICANT:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], SEAL_COLUMNS[index.column()]
        value = row.get(column, "") or ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(row, column, value)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            message = self.problem(index.row(), column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return message or None
            return QBrush(INVALID_BACKGROUND) if message else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("price", "filing_no"):
            return int(Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if column == "price"
                                                        else Qt.AlignmentFlag.AlignHCenter))
        return None

    def _title(self, row: dict, column: str, value: str) -> str:
        if column == "kind":
            return catalogue.kind_title(value)
        if column == "shape":
            return catalogue.shape_title(value)
        if column == "size":
            return catalogue.size_title(value)
        if column == "material":
            return catalogue.material_title(value)
        if column == "paid_by":
            return catalogue.payer_title(value)
        if column == "price" and row.get("paid_by") == GOVERNMENT:
            return self.tr("免费")
        return value

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self._rows[index.row()], SEAL_COLUMNS[index.column()]
        value = str(value or "").strip().upper() if column == "filing_no" else str(value or "").strip()
        if row.get(column, "") == value:
            return False
        row[column] = value
        if column == "shape":
            allowed = catalogue.sizes_for(row.get("kind", ""), value)
            if row.get("size") not in allowed:
                row["size"] = allowed[0] if allowed else ""
        if column == "paid_by" and value == GOVERNMENT:
            row["price"] = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(SEAL_COLUMNS) - 1))
        return True


class SealItemDelegate(QStyledItemDelegate):
    """Combo boxes of the allowed values; line edits that accept only an amount or digits."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        column = SEAL_COLUMNS[index.column()]
        if column in TEXT_PATTERNS:
            editor = QLineEdit(parent)
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(TEXT_PATTERNS[column]), editor))
            if column == "filing_no":
                editor.setPlaceholderText(self.tr("13 位数字"))
            return editor
        editor = QComboBox(parent)
        for code, title in choices(index.model().rows()[index.row()], column):
            editor.addItem(title, code)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData() if isinstance(editor, QComboBox) else editor.text())


class SealSetEditor(QWidget):
    """The table with its row actions: add a seal of a kind not yet in the set, remove the selected
    one, start again from the free set of four. ``changed`` fires on every edit."""

    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SealSetModel(self)
        self.view = QTableView()
        self.view.setObjectName("sealTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SealItemDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        filing = SEAL_COLUMNS.index("filing_no")
        header.setSectionResizeMode(filing, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(filing, self.view.fontMetrics().horizontalAdvance("0" * 13) + 28)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setMinimumHeight(30 * 5 + 36)

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("sealKindBox")
        self.add_button = QPushButton(self.tr("添加印章"))
        self.remove_button = QPushButton(self.tr("移除所选印章"))
        self.reset_button = QPushButton(self.tr("恢复为免费套章"))
        self.add_button.clicked.connect(self.add_selected_kind)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reset_to_free_set)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.kind_box)
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.reset_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(actions)
        self.model.dataChanged.connect(self._data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._changed)
        self._refresh_kinds()

    def set_seals(self, seals: list[dict]) -> None:
        self.model.set_rows(seals)

    def seals(self) -> list[dict]:
        return self.model.rows()

    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.kind_box, self.add_button, self.remove_button, self.reset_button):
            widget.setEnabled(editable)
        self._refresh_kinds()

    def show_problems(self, problems: dict[tuple[int, str], str]) -> None:
        self.model.set_problems(problems)

    def add_selected_kind(self) -> None:
        kind = self.kind_box.currentData()
        if kind and kind not in self.model.kinds():
            self.model.add_row(catalogue.default_seal(kind))
            self.view.selectRow(self.model.rowCount() - 1)

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())

    def reset_to_free_set(self) -> None:
        self.model.set_rows(catalogue.default_set())

    def _refresh_kinds(self) -> None:
        present = self.model.kinds()
        self.kind_box.clear()
        for code in KINDS:
            if code not in present:
                self.kind_box.addItem(catalogue.kind_title(code), code)
        can_add = self.kind_box.count() > 0 and self.model.editable
        self.kind_box.setEnabled(can_add)
        self.add_button.setEnabled(can_add)

    def _data_changed(self, _first, _last, roles=()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # only the marks of invalid cells changed
        self._changed()

    def _changed(self, *_args) -> None:
        self.model.set_problems(seal_problems(self.model.rows()) if self.model.rowCount() else {})
        self._refresh_kinds()
        self.changed.emit()


__all__ = ["SealSetEditor", "SealSetModel", "SealItemDelegate", "choices"]
