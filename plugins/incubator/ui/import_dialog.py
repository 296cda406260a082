"""导入名册 and 导出模板: the roster file is imported off the GUI thread with a progress bar; a
refused file opens a dialog listing every problem by row and column (nothing was imported)."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QCoreApplication, QStandardPaths
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import messages, operations
from plugins.incubator.importer import ImportResult, RosterRejected, RowProblem, import_roster, write_template


def choose_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for a file to read (replaced in tests)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(path) if path else None


def choose_save_path(parent: QWidget | None, title: str, default_name: str, file_filter: str) -> Path | None:
    """Ask where to save (replaced in tests)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / default_name), file_filter)
    return Path(path) if path else None


class ImportProblemsDialog(QDialog):
    """The refused roster's problems, one line each: row, column, what is wrong."""

    def __init__(self, problems: list[RowProblem], file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self.setWindowTitle(self.tr("名册未导入"))
        self.resize(720, 460)
        intro = QLabel(self.tr("“{file}”有 {n} 处错误，整个文件未导入任何企业。请按下列行号改正后重新导入。")
                       .format(file=file_name, n=len(problems)))
        intro.setObjectName("errorLabel")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("栏目"), self.tr("问题")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        for r, problem in enumerate(problems):
            for c, value in enumerate((str(problem.row), problem.column, problem.message)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)




def import_file(parent: QWidget, ctx, organisation_id: int, path: Path, on_done=None) -> None:
    """Import ``path`` into the incubator; report the count, or the problems."""
    user = ctx.user

    def done(result: ImportResult) -> None:
        text = QCoreApplication.translate("IncubatorImport", "已导入 {n} 家企业到“{incubator}”。")
        messages.information(parent, text.format(n=result.count, incubator=result.incubator))
        if on_done:
            on_done(result)

    def failed(failure: operations.Failure) -> None:
        if isinstance(failure.error, RosterRejected):
            dialog = ImportProblemsDialog(failure.error.problems, path.name, parent)
            dialog.open()
        else:
            messages.error(parent, failure.message(), None if failure.is_expected else failure.details)

    operations.run_op(parent, lambda progress: import_roster(path, organisation_id, user, progress=progress),
                      on_success=done, on_failure=failed, reports_progress=True,
                      label=QCoreApplication.translate("IncubatorImport", "正在导入名册…"))


def ask_and_import(parent: QWidget, ctx, organisation_id: int, on_done=None) -> None:
    path = choose_open_path(parent, QCoreApplication.translate("IncubatorImport", "选择入驻企业名册"),
                            QCoreApplication.translate("IncubatorImport", "名册 (*.xlsx *.csv)"))
    if path is not None:
        import_file(parent, ctx, organisation_id, path, on_done)


def ask_and_export_template(parent: QWidget) -> None:
    path = choose_save_path(parent, QCoreApplication.translate("IncubatorImport", "保存名册模板"),
                            QCoreApplication.translate("IncubatorImport", "入驻企业名册模板.xlsx"),
                            QCoreApplication.translate("IncubatorImport", "Excel (*.xlsx);;CSV (*.csv)"))
    if path is None:
        return

    def saved(out: Path) -> None:
        messages.information(parent, QCoreApplication.translate("IncubatorImport", "模板已保存：{path}").format(path=out))

    operations.run_op(parent, lambda: write_template(path), notify=False, on_success=saved)
