"""导入网上申报: choose the JSON files, import them off the GUI thread, then list every file's result —
imported (its case number), skipped (imported before) or rejected with each problem's field and reason."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QBrush, QColor
from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from app.ui import operations
from app.ui.case_view import make_table
from plugins.registration.online_import import IMPORTED, REJECTED, SKIPPED, ImportResult, import_files
from plugins.registration.ui.printing import documents_folder

STATUS_COLOURS = {IMPORTED: "#2e7d32", SKIPPED: "#5b6778", REJECTED: "#c62828"}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def choose_files(parent: QWidget | None) -> list[Path]:
    """Ask for the JSON files to import (replaced in tests)."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("RegistrationImport", "选择网上申报文件"), str(documents_folder()),
        QCoreApplication.translate("RegistrationImport", "网上申报文件 (*.json)"))
    return [Path(p) for p in paths]


def start_import(ctx, window: QWidget | None) -> None:
    """Choose files and import them; the result dialog opens when the import is done."""
    paths = choose_files(window)
    if not paths:
        return
    user = ctx.user
    operations.run_op(window, lambda: import_files(ctx, paths, user=user),
                      on_success=lambda results: show_results(window, results),
                      label=QCoreApplication.translate("RegistrationImport", "正在导入网上申报…"))


def show_results(window: QWidget | None, results: list[ImportResult]) -> "ImportResultDialog":
    dialog = ImportResultDialog(results, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ImportResultDialog(QDialog):
    def __init__(self, results: list[ImportResult], window: QWidget | None = None):
        super().__init__(window)
        self.results = results
        self.window_ref = window
        self.setObjectName("importResultDialog")
        self.setWindowTitle(self.tr("网上申报导入结果"))
        self.resize(980, 480)
        counts = {status: sum(1 for r in results if r.status == status) for status in (IMPORTED, SKIPPED, REJECTED)}
        self.summary = QLabel(self.tr("共 {n} 个文件：导入 {imported} 件，已导入过而跳过 {skipped} 件，拒绝 {rejected} 件。")
                              .format(n=len(results), imported=counts[IMPORTED], skipped=counts[SKIPPED],
                                      rejected=counts[REJECTED]))
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("被拒绝的文件整份未导入，请申请人按所列问题修改后重新提交。双击已导入的办件可打开。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.table = self._table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._open_case)

    def rows(self) -> list[list[str]]:
        """The table's text: file, result, case number, field, reason (one row per problem)."""
        rows = []
        for result in self.results:
            name = Path(result.source).name
            number = result.case_number or ""
            if result.status == SKIPPED:
                number = self.tr("外部编号 {id}").format(id=result.external_id) if result.external_id else ""
            problems = result.problems or ()
            if not problems:
                rows.append([name, result.title, number, "", ""])
            for problem in problems:
                rows.append([name, result.title, number, problem.path or self.tr("（整个文件）"), problem.reason])
        return rows

    def _table(self):
        table = make_table([self.tr("文件"), self.tr("结果"), self.tr("编号"), self.tr("字段"), self.tr("原因")],
                           self.rows(), stretch=4)
        table.setObjectName("importResults")
        model = table.model()
        row = 0
        for result in self.results:
            span = max(1, len(result.problems))
            colour = QBrush(QColor(STATUS_COLOURS[result.status]))
            model.item(row, 1).setForeground(colour)
            for r in range(row, row + span):
                model.item(r, 0).setData(result.case_id, CASE_ID_ROLE)
            if span > 1:
                for column in (0, 1, 2):
                    table.setSpan(row, column, span, 1)
            row += span
        table.setWordWrap(True)
        # wrapped reasons need the final column widths: fit the rows whenever they change
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _open_case(self, index) -> None:
        case_id = self.table.model().index(index.row(), 0).data(CASE_ID_ROLE)
        if case_id and self.window_ref is not None and hasattr(self.window_ref, "open_case"):
            self.window_ref.open_case(case_id)
            self.accept()
