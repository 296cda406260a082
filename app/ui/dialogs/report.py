"""A report's parameters (date range, format), the output file, and the build off the GUI thread."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtCore import QDate, QStandardPaths
from PyQt6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core import step_work
from app.plugin_api import ReportSpec
from app.ui import messages, operations

FORMAT_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


class ReportDialog(QDialog):
    def __init__(self, ctx, spec: ReportSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.output: Path | None = None
        self.setWindowTitle(self.tr("生成报表 · {title}").format(title=spec.title))
        self.setMinimumWidth(380)

        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.format = QComboBox()
        for fmt in spec.formats:
            self.format.addItem(fmt.upper(), fmt)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("全部机构"), None)
        self.organisation.setEnabled(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("开始日期"), self.date_from)
        form.addRow(self.tr("结束日期"), self.date_to)
        if spec.organisations:
            form.addRow(self.tr("机构"), self.organisation)
            self._load_organisations()
        form.addRow(self.tr("格式"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("生成…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(spec.title)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _load_organisations(self) -> None:
        """The department's organisations; a member of one of them gets only their own."""
        user, department = getattr(self.ctx, "user", None), self.spec.organisations

        def fill(rows) -> None:
            own = step_work.report_organisation(user, department, None)
            if own is not None:
                self.organisation.clear()
                for org_id, name in rows:
                    if org_id == own:
                        self.organisation.addItem(name, org_id)
                self.organisation.setEnabled(False)
                return
            for org_id, name in rows:
                self.organisation.addItem(name, org_id)
            self.organisation.setEnabled(True)

        operations.run_query(self, lambda: step_work.organisations_of(department), on_success=fill)

    def params(self) -> dict:
        params = {"date_from": self.date_from.date().toPyDate(), "date_to": self.date_to.date().toPyDate(),
                  "organisation": None}
        if self.spec.organisations:
            params["organisation"] = step_work.report_organisation(
                getattr(self.ctx, "user", None), self.spec.organisations, self.organisation.currentData())
        return params

    def choose_file(self) -> None:
        params = self.params()
        if params["date_from"] > params["date_to"]:
            self.error_label.setText(self.tr("开始日期不能晚于结束日期"))
            self.error_label.setVisible(True)
            return
        fmt = self.format.currentData() or "pdf"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{self.spec.name}_{dt.date.today():%Y%m%d}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), str(suggested),
                                              FORMAT_FILTERS.get(fmt, f"*.{fmt}"))
        if path:
            self.generate(Path(path))

    def generate(self, out_path: Path) -> None:
        """Build the report into ``out_path`` off the GUI thread; accept the dialog when done."""
        spec, ctx, params = self.spec, self.ctx, self.params()
        self.ok_button.setEnabled(False)

        def done(_result) -> None:
            self.output = out_path
            self.ok_button.setEnabled(True)
            messages.information(self.parentWidget(), self.tr("报表已生成：{path}").format(path=out_path))
            self.accept()

        def failed(failure: operations.Failure) -> None:
            self.ok_button.setEnabled(True)
            self.error_label.setText(self.tr("报表生成失败：{message}").format(message=failure.message()))
            self.error_label.setVisible(True)

        operations.run_op(self, lambda progress: spec.build(ctx, params, out_path, progress),
                          on_success=done, on_failure=failed, label=self.tr("正在生成报表…"), notify=False,
                          reports_progress=True)
