"""A small vertical bar chart with CJK category labels, values printed on the bars."""
from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.reports.fonts import body_font, heading_font

BAR = colors.HexColor("#3B6E9E")
AXIS = colors.HexColor("#555555")
LABEL_SIZE = 8
LABEL_LEADING = 10


CLOSING = "）)，。、；：”’》」"


def _wrap(label: str, per_line: int, max_lines: int = 3) -> str:
    """Break a category label into lines of ``per_line`` characters, preferring a break before "（" and
    never starting a line with closing punctuation; ellipsis past ``max_lines``."""
    lines: list[str] = []
    for part in label.replace("（", "\n（").split("\n"):
        lines += [part[i:i + per_line] for i in range(0, len(part), per_line)]
    merged: list[str] = []
    for line in lines:
        if merged and (all(ch in CLOSING for ch in line) or len(merged[-1]) + len(line) <= per_line):
            merged[-1] += line
        elif line:
            merged.append(line)
    lines = merged or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…"
    return "\n".join(lines)


def _nice_step(top: float) -> int:
    """A whole-number axis step giving about five gridlines."""
    raw = max(top / 5, 1)
    base = 10 ** math.floor(math.log10(raw))
    return int(next(m * base for m in (1, 2, 5, 10) if m * base >= raw))


def bar_chart(categories: Sequence[str], values: Sequence[float], *, width: float, height: float,
              title: str | None = None, color=BAR) -> Drawing:
    """A ``width`` x ``height`` drawing; ``drawing.chart`` is the VerticalBarChart."""
    if len(categories) != len(values):
        raise ValueError("one value per category")
    drawing = Drawing(width, height, initialFontName=body_font())
    title_room = 22 if title else 6
    slot = (width - 50) / max(len(categories), 1)
    per_line = max(2, int((slot - 2) // LABEL_SIZE))
    labels = [_wrap(c, per_line) for c in categories]
    line_count = max((lab.count("\n") + 1 for lab in labels), default=1)
    bottom = 12 + line_count * LABEL_LEADING

    chart = VerticalBarChart()
    chart.x, chart.y = 40, bottom
    chart.width, chart.height = width - 50, height - bottom - title_room
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = body_font()
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_LEADING
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = AXIS
    top = max(values, default=0) or 1
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (math.floor(top / step) + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = body_font()
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 10
    chart.barLabelFormat = lambda v: f"{v:g}"
    chart.barLabels.fontName = body_font()
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.nudge = 7
    drawing.add(chart, name="chart")
    if title:
        drawing.add(String(width / 2, height - 14, title, fontName=heading_font(), fontSize=10,
                           textAnchor="middle"), name="title")
    return drawing
