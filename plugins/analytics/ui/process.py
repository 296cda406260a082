"""The process analytics screen: per step count, median and p90 working minutes over a period,
the critical paths (configured and serial) with what parallel running saves, and the export of
the step event log as XES or CSV. Everything is computed off the GUI thread."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, pyqtSignal
from PyQt6.QtWidgets import QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, \
    QTableView, QVBoxLayout, QWidget

from app.ui import messages
from app.ui.operations import run_op, run_query
from plugins.analytics.eventlog import export_csv, export_xes
from plugins.analytics.lists import FigureList
from plugins.analytics.process import ProcessAnalysis, process_analysis
from plugins.analytics.ui.charts import cjk_font
from plugins.analytics.ui.figure_list import FigureListModel, display


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ProcessScreen(QWidget):
    #: emitted after an analysis was shown (tests wait for it)
    loaded = pyqtSignal()

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.analysis: ProcessAnalysis | None = None
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("流程分析"))
        title.setFont(cjk_font(14, bold=True))
        layout.addWidget(title)
        controls = QHBoxLayout()
        form = QFormLayout()
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("开始日期"), self.date_from)
        form.addRow(self.tr("结束日期"), self.date_to)
        controls.addLayout(form)
        self.run_button = QPushButton(self.tr("统计"))
        self.run_button.clicked.connect(self.reload)
        self.xes_button = QPushButton(self.tr("导出事件日志（XES）…"))
        self.xes_button.clicked.connect(lambda: self.export("xes"))
        self.csv_button = QPushButton(self.tr("导出事件日志（CSV）…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        for button in (self.run_button, self.xes_button, self.csv_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.error_label = messages.error_label()
        layout.addWidget(self.error_label)
        self.table = QTableView()
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)
        self.paths_label = QLabel()
        self.paths_label.setWordWrap(True)
        layout.addWidget(self.paths_label, 1)
        self.reload()

    def period(self) -> tuple[dt.date, dt.date] | None:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if start > end:
            self.error_label.setText(self.tr("开始日期不能晚于结束日期"))
            self.error_label.show()
            return None
        self.error_label.hide()
        return start, end

    def reload(self) -> None:
        period = self.period()
        if period is None:
            return
        user = self.ctx.user
        run_query(self, lambda: process_analysis(self.ctx, *period, user), on_success=self._show)

    def _show(self, analysis: ProcessAnalysis) -> None:
        self.analysis = analysis
        headers = [self.tr("事项"), self.tr("办结数"), self.tr("中位数（工作分钟）"), self.tr("90% 分位（工作分钟）"),
                   self.tr("时限（工作分钟）"), self.tr("按时办结率")]
        rows = [[s.title, s.count, s.median, s.p90, s.limit,
                 "" if s.on_time_share is None else f"{s.on_time_share:.1%}"] for s in analysis.steps]
        self.table.setModel(FigureListModel(FigureList(self.tr("各事项用时"), headers, rows), self.table))
        lines = []
        for path in (analysis.paths.configured, analysis.paths.serial):
            if path is None:
                continue
            chain = " → ".join(f"{s.title}（{display(s.minutes)}）" for s in path.steps)
            lines.append(self.tr("<b>{title}</b>：关键路径 {minutes} 工作分钟<br/>{chain}").format(
                title=path.title, minutes=path.minutes, chain=chain))
        if analysis.paths.serial is None:
            lines.append(self.tr("未配置串联流程方案，无法比较。"))
        else:
            lines.append(self.tr("<b>并联办理节省 {minutes} 工作分钟（{share:.1%}）</b>").format(
                minutes=analysis.paths.saved_minutes, share=analysis.paths.saved_share or 0))
        self.paths_label.setText("<br/><br/>".join(lines))
        self.loaded.emit()

    def export(self, fmt: str, path: str | None = None) -> None:
        """Write the event log of the period's cases as ``fmt`` (xes or csv); asks for the file
        unless ``path`` is given."""
        period = self.period()
        if period is None:
            return
        if path is None:
            suffix = "XES (*.xes)" if fmt == "xes" else "CSV (*.csv)"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出事件日志"),
                                                  f"kaiban-{period[0]:%Y%m%d}-{period[1]:%Y%m%d}.{fmt}", suffix)
            if not path:
                return
        writer = export_xes if fmt == "xes" else export_csv
        user, graph = self.ctx.user, self.ctx.graph
        run_op(self, lambda progress: writer(graph, *period, path, user, progress=progress),
               on_success=self._exported, label=self.tr("正在导出事件日志…"), notify=False, reports_progress=True)

    def _exported(self, result) -> None:
        messages.information(self, self.tr("已导出 {traces} 个办件、{events} 条事件：{path}").format(
            traces=result.traces, events=result.events, path=result.path))
