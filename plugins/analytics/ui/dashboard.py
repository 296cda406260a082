"""The supervisors' home screen: cases received and completed per day, steps in progress per
department, overdue steps now, median time per step, and the figures other plugins report
(satisfaction...). Every figure opens the list behind it. The figures come from
``plugins.analytics.dashboard`` off the GUI thread; the screen only draws them. It reloads on
live step changes (debounced), after the workstation's own operations, and every minute."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, \
    QVBoxLayout, QWidget

from app.ui.operations import ReloadAfterOperations, run_query
from plugins.analytics.dashboard import Dashboard, FigureRef, dashboard, figure_value
from plugins.analytics.lists import figure_list, period_figure_list
from plugins.analytics.ui.charts import BarChartView, cjk_font
from plugins.analytics.ui.figure_list import FigureListDialog

#: live changes arriving within this time cause one reload
DEBOUNCE_MS = 1500
#: the figures are read again this often even without changes (deadlines pass by themselves)
REFRESH_MS = 60_000


class DashboardScreen(QWidget):
    open_case_requested = pyqtSignal(int)
    #: emitted after the figures were drawn (tests wait for it)
    loaded = pyqtSignal()

    def __init__(self, ctx, parent=None, *, at: dt.datetime | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.at = at  # a fixed moment (screenshots, tests); None: now, at every reload
        self.data: Dashboard | None = None
        self._loading = False
        self._again = False
        self._stale = False
        self.dialogs: list[FigureListDialog] = []
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._after_ops = ReloadAfterOperations(self, self.reload)
        self.reload()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel(self.tr("监察看板"))
        self.title_label.setFont(cjk_font(14, bold=True))
        header.addWidget(self.title_label)
        self.period_label = QLabel()
        header.addWidget(self.period_label, 1)
        self.updated_label = QLabel()
        header.addWidget(self.updated_label)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.reload)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)

        grid = QGridLayout()
        self.days_chart = BarChartView(self.tr("每日受理与办结办件数"), self._day_clicked)
        grid.addWidget(self.days_chart, 0, 0, 1, 2)
        grid.addWidget(self._overdue_card(), 0, 2)
        self.departments_chart = BarChartView(self.tr("各部门办理中事项"), self._department_clicked,
                                              horizontal=True)
        grid.addWidget(self.departments_chart, 1, 0)
        self.medians_chart = BarChartView(self.tr("各事项用时中位数（工作分钟）"), self._median_clicked,
                                          horizontal=True)
        grid.addWidget(self.medians_chart, 1, 1)
        grid.addWidget(self._figures_panel(), 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid, 1)

    @staticmethod
    def _panel(caption: str) -> tuple[QFrame, QVBoxLayout]:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(panel)
        label = QLabel(caption)
        label.setFont(cjk_font(11, bold=True))
        box.addWidget(label)
        return panel, box

    def _overdue_card(self) -> QWidget:
        card, box = self._panel(self.tr("当前超时事项"))
        self.overdue_button = QPushButton("—")
        self.overdue_button.setFlat(True)
        self.overdue_button.setFont(cjk_font(40, bold=True))
        self.overdue_button.setStyleSheet("color: #B5474B;")
        self.overdue_button.setToolTip(self.tr("点击查看超时事项清单"))
        self.overdue_button.clicked.connect(lambda: self.open_figure(FigureRef("overdue")))
        box.addWidget(self.overdue_button, 1)
        hint = QLabel(self.tr("已过办理时限、仍在待办或办理中的事项（件）"))
        hint.setWordWrap(True)
        box.addWidget(hint)
        return card

    def _figures_panel(self) -> QWidget:
        panel, box = self._panel(self.tr("满意度及其他指标"))
        self.rates_chart = BarChartView(self.tr("比率指标（%）"), self._rate_clicked, horizontal=True)
        self.rates_chart.setMinimumHeight(160)
        box.addWidget(self.rates_chart, 1)
        self.no_figures_label = QLabel(self.tr("暂无插件提供满意度等统计指标。"))
        self.no_figures_label.setWordWrap(True)
        box.addWidget(self.no_figures_label)
        self.figures_list = QListWidget()
        self.figures_list.setToolTip(self.tr("点击一项查看明细"))
        self.figures_list.itemClicked.connect(self._figure_item_clicked)
        box.addWidget(self.figures_list, 1)
        return panel

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        user = self.ctx.user
        at = self.at
        run_query(self, lambda: dashboard(self.ctx, user, at=at), on_success=self._loaded, on_failure=self._failed)

    def _failed(self, failure) -> None:
        self._loading = False
        self.updated_label.setText(self.tr("读取失败：{error}").format(error=failure.message()))

    def _loaded(self, data: Dashboard) -> None:
        self._loading = False
        self.data = data
        self._draw(data)
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def steps_changed(self, _ids) -> None:
        """Live changes from other workstations: reload once they settle (or when next shown)."""
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # deadlines passed meanwhile: read again when shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # -- drawing -----------------------------------------------------------------------------
    def _draw(self, data: Dashboard) -> None:
        self.period_label.setText(self.tr("近 {n} 天：{start} 至 {end}").format(
            n=len(data.days), start=data.date_from.isoformat(), end=data.date_to.isoformat()))
        self.updated_label.setText(self.tr("更新于 {time}").format(time=data.at.strftime("%H:%M:%S")))
        self.days_chart.show_data([d.strftime("%m-%d") for d in data.days],
                                  [(self.tr("受理"), data.received), (self.tr("办结"), data.completed)], legend=True)
        self.departments_chart.show_data([b.label for b in data.in_progress],
                                         [("", [b.value for b in data.in_progress])])
        self.medians_chart.show_data([b.label for b in data.step_medians],
                                     [("", [round(b.value, 1) for b in data.step_medians])])
        self.overdue_button.setText(str(data.overdue))
        rates = data.rate_figures
        self.rates_chart.setVisible(bool(rates))
        if rates:
            self.rates_chart.show_data([self._figure_label(f) for f in rates],
                                       [("", [round(figure_value(f.value), 1) for f in rates])])
        self.no_figures_label.setVisible(not data.figures)
        self.figures_list.clear()
        for index, figure in enumerate(data.figures):
            value = figure_value(figure.value)
            shown = f"{value:g}" if value is not None else str(figure.value)
            item = QListWidgetItem(f"{self._figure_label(figure)}：{shown} {figure.unit}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.figures_list.addItem(item)

    @staticmethod
    def _figure_label(figure) -> str:
        return f"{figure.section} · {figure.title}" if figure.section else figure.title

    # -- clicks ------------------------------------------------------------------------------
    def _day_clicked(self, index: int, set_index: int) -> None:
        if self.data is not None:
            self.open_figure(self.data.day_ref("received" if set_index == 0 else "completed", index))

    def _department_clicked(self, index: int, _set: int) -> None:
        if self.data is not None:
            self.open_figure(self.data.in_progress[index].ref)

    def _median_clicked(self, index: int, _set: int) -> None:
        if self.data is not None:
            self.open_figure(self.data.step_medians[index].ref)

    def _rate_clicked(self, index: int, _set: int) -> None:
        if self.data is not None:
            self.open_period_figure(self.data.figures.index(self.data.rate_figures[index]))

    def _figure_item_clicked(self, item: QListWidgetItem) -> None:
        self.open_period_figure(item.data(Qt.ItemDataRole.UserRole))

    def open_figure(self, ref: FigureRef) -> None:
        """Show the list behind the dashboard figure ``ref`` (read off the GUI thread)."""
        if self.data is None:
            return
        user, data = self.ctx.user, self.data
        run_query(self, lambda: figure_list(self.ctx, ref, user, date_from=data.date_from, date_to=data.date_to,
                                            at=data.at),
                  on_success=self._show_list)

    def open_period_figure(self, index: int) -> None:
        """Show the list behind the ``index``-th figure a plugin reported."""
        if self.data is None or not 0 <= index < len(self.data.figures):
            return
        figure = self.data.figures[index]
        run_query(self, lambda: period_figure_list(figure), on_success=self._show_list)

    def _show_list(self, result) -> None:
        dialog = FigureListDialog(result, self.open_case_requested.emit, self)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()

    def _forget(self, dialog: FigureListDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()
