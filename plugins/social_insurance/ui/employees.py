"""The employees list of the registration form: an editable table (its own model), the rows'
errors marked at their cells as they are typed, and import from a spreadsheet / template export.

Reading and writing files runs off the GUI thread (``app.ui.operations``); an import is all or
nothing (``roster.read_roster``) and a rejected file's errors are listed row by row."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, QStandardPaths, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.cases import mask_id_number, mask_mobile
from app.ui import messages, operations
from plugins.social_insurance.roster import RosterImportError, read_roster, write_template
from plugins.social_insurance.validation import EMPLOYEE_KEYS, column_title, employee_errors, parse_base

ERROR_BACKGROUND = QColor("#FDECEC")


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class EmployeeTableModel(QAbstractTableModel):
    """Employee rows (dicts of EMPLOYEE_KEYS, text values) with their cell errors."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.errors: dict[tuple[int, str], str] = {}
        self.editable = False
        self.masked = True

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(EMPLOYEE_KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(EMPLOYEE_KEYS[section])
        return str(section + 1)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = EMPLOYEE_KEYS[index.column()]
        value = str(self.rows[index.row()].get(key) or "")
        error = self.errors.get((index.row(), key))
        if role == Qt.ItemDataRole.DisplayRole:
            if self.masked and key == "id_number":
                return mask_id_number(value)
            if self.masked and key == "mobile":
                return mask_mobile(value)
            if key == "base" and value and not error:
                return f"{parse_base(value):,.2f}"
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "base":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        key = EMPLOYEE_KEYS[index.column()]
        text = str(value or "").strip()
        if key == "id_number":
            text = text.upper()
        if self.rows[index.row()].get(key, "") == text:
            return False
        self.rows[index.row()][key] = text
        self.dataChanged.emit(index, index)
        self.revalidate()
        return True

    # -- rows ------------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [{key: str(row.get(key) or "") for key in EMPLOYEE_KEYS} for row in rows]
        self.errors = employee_errors(self.rows)
        self.endResetModel()

    def append(self, rows: list[dict]) -> int:
        """Add ``rows`` at the end; returns the index of the first one."""
        first = len(self.rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows += [{key: str(row.get(key) or "") for key in EMPLOYEE_KEYS} for row in rows]
            self.endInsertRows()
            self.revalidate()
        return first

    def remove(self, row_indexes: list[int]) -> None:
        for row in sorted(set(row_indexes), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        self.revalidate()

    def revalidate(self) -> None:
        """Recompute the cell errors (duplicates span rows) and repaint the cells that changed."""
        before, self.errors = self.errors, employee_errors(self.rows)
        changed = {cell for cell in set(before) | set(self.errors) if before.get(cell) != self.errors.get(cell)}
        for row, key in changed:
            if row < len(self.rows):
                index = self.index(row, EMPLOYEE_KEYS.index(key))
                self.dataChanged.emit(index, index)

    def set_editable(self, editable: bool, masked: bool) -> None:
        self.beginResetModel()
        self.editable, self.masked = editable, masked
        self.endResetModel()


class ImportErrorsDialog(QDialog):
    """A rejected roster file: what is wrong, row by row."""

    def __init__(self, message: str, errors, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入失败"))
        self.setObjectName("siImportErrors")
        self.resize(640, 380)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setObjectName("errorLabel")
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("行号"), self.tr("列"), self.tr("问题")])
        for error in errors:
            self.model.appendRow([QStandardItem(str(error.row)), QStandardItem(error.column),
                                  QStandardItem(error.message)])
        view = QTableView()
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(0, 60)
        view.setColumnWidth(1, 130)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


class EmployeesEditor(QWidget):
    """The table and its buttons; ``rows()`` is what the form saves."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EmployeeTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("siEmployees")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(200)
        header = self.view.horizontalHeader()
        for column, width in enumerate((110, 190, 130, 110, 130)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("添加职工"))
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.import_button = QPushButton(self.tr("从表格导入…"))
        self.template_button = QPushButton(self.tr("导出导入模板…"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.template_button.clicked.connect(self.choose_template_path)
        self.summary = QLabel()
        self.summary.setObjectName("hintLabel")
        self.dialog: ImportErrorsDialog | None = None
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._changed)
        self.set_editable(False, masked=True)

    def rows(self) -> list[dict]:
        return [dict(row) for row in self.model.rows]

    def set_rows(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)

    def set_editable(self, editable: bool, *, masked: bool) -> None:
        self.model.set_editable(editable, masked)
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(editable)

    def _changed(self, *_args) -> None:
        rows = self.model.rows
        total = sum((parse_base(r["base"]) for i, r in enumerate(rows) if r.get("base")
                     and (i, "base") not in self.model.errors), parse_base("0"))
        text = self.tr("共 {n} 人，月缴费基数合计 {total} 元").format(n=len(rows), total=f"{total:,.2f}")
        if self.model.errors:
            text += self.tr("（{n} 处待改正）").format(n=len(self.model.errors))
        self.summary.setText(text)
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------------
    def add_row(self) -> None:
        row = self.model.append([{}])
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.remove(rows)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入参保职工"), str(_documents()),
                                              self.tr("职工花名册 (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread; append its rows, or list why the file was rejected."""
        existing = self.rows()
        operations.run_query(self, lambda: read_roster(path, existing=existing), on_success=self._imported,
                             on_failure=self._import_failed)

    def _imported(self, rows: list[dict]) -> None:
        first = self.model.append(rows)
        self.view.scrollTo(self.model.index(first, 0))
        messages.information(self, self.tr("已导入 {n} 名职工，保存后生效").format(n=len(rows)))

    def _import_failed(self, failure: operations.Failure) -> None:
        if isinstance(failure.error, RosterImportError) and failure.error.errors:
            self.dialog = ImportErrorsDialog(str(failure.error), failure.error.errors, self)
            self.dialog.open()
        else:
            messages.error(self, failure.message(), None if failure.is_expected else failure.details)

    def choose_template_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出导入模板"), str(_documents() / "参保职工花名册.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_template(Path(path).with_suffix(".xlsx"))

    def export_template(self, path: Path) -> None:
        operations.run_op(self, lambda: write_template(path), notify=False,
                          on_success=lambda _p: messages.information(self, self.tr("模板已保存：{path}").format(
                              path=path)))
