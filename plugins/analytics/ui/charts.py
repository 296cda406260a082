"""Bar charts of the dashboard (PyQt6-Charts) with a font that has Chinese glyphs on the title,
the axes, the bar labels and the legend. Clicking a bar calls back with its index and set."""
from __future__ import annotations

from typing import Callable, Sequence

from PyQt6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, \
    QHorizontalBarSeries, QValueAxis
from PyQt6.QtCore import QMargins, Qt
from PyQt6.QtGui import QColor, QFont, QPainter

from app.ui.application import cjk_font_family

PALETTE = ("#3B6E9E", "#E08A3C", "#4E9A5B", "#B5474B")


def cjk_font(point_size: int, bold: bool = False) -> QFont:
    family = cjk_font_family()
    font = QFont(family) if family else QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def nice_scale(value: float) -> tuple[float, int]:
    """The axis maximum above ``value`` and the number of ticks (whole, round steps)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        if value / step <= 5:
            ticks = int(value / step) + 1
            return step * ticks, ticks + 1
    return value * 1.2, 6


class BarChartView(QChartView):
    """A titled bar chart; :meth:`show_data` replaces its bars. ``on_click(index, set_index)``.
    ``horizontal`` bars leave room for long category names (departments, step titles)."""

    def __init__(self, title: str, on_click: Callable[[int, int], None] | None = None, parent=None, *,
                 horizontal: bool = False):
        super().__init__(parent)
        self._on_click = on_click
        self._horizontal = horizontal
        self._sets: list[QBarSet] = []
        self._count = 0
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(cjk_font(11, bold=True))
        chart.legend().setFont(cjk_font(9))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.series: QAbstractBarSeries | None = None

    def show_data(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
                  legend: bool = False, decimals: int = 0) -> None:
        self._count = len(categories)
        if self._horizontal:  # Qt draws the first category at the bottom: keep the given order top-down
            categories = list(reversed(categories))
            sets = [(name, list(reversed(values))) for name, values in sets]
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        self._sets = []
        top = 0.0
        for index, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.setLabelFont(cjk_font(8))
            bar_set.setLabelColor(QColor("#222222"))
            series.append(bar_set)
            self._sets.append(bar_set)
            top = max([top, *[float(v) for v in values]])
        series.setBarWidth(0.35 if len(categories) <= 2 else 0.6)  # one department's bar stays a bar
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(6)
        series.setLabelsFormat("@value")
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories))
        x_axis.setLabelsFont(cjk_font(8))
        if len(categories) > 8 and not self._horizontal:
            x_axis.setLabelsAngle(-45)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignLeft if self._horizontal else Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        maximum, ticks = nice_scale(top * 1.1 if self._horizontal else top)
        y_axis.setRange(0, maximum)
        y_axis.setTickCount(ticks)
        y_axis.setLabelFormat("%d" if decimals == 0 else f"%.{decimals}f")
        y_axis.setLabelsFont(cjk_font(8))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignBottom if self._horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        chart.legend().setVisible(legend)
        self.series = series

    def _position(self, index: int) -> int:
        """The drawn position of the ``index``-th category given to show_data, and back."""
        return self._count - 1 - index if self._horizontal else index

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        if self._on_click is not None and bar_set in self._sets:
            self._on_click(self._position(index), self._sets.index(bar_set))

    def click_bar(self, index: int, set_index: int = 0) -> None:
        """A click on the bar of the ``index``-th category given to show_data (as the mouse would)."""
        if self.series is not None:
            self.series.clicked.emit(self._position(index), self._sets[set_index])
