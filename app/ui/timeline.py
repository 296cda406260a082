"""The case timeline strip: a Gantt-like bar per step, from when it became ready to when it was
done (or now), coloured by state, labelled with who worked it and how long it took.

Painted with QPainter from the case detail's steps (plain dicts: ``step_type``, ``state``,
``ready_at``, ``due_at``, ``completed_at``, ``worked_by``); it reads nothing from the database.
The part of a bar past the step's deadline is drawn in red, the deadline itself as a dashed tick.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PyQt6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PyQt6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.i18n import QT_TRANSLATE_NOOP

ROW_HEIGHT = 30
BAR_HEIGHT = 18
AXIS_HEIGHT = 26
LEGEND_HEIGHT = 26
LABEL_WIDTH = 112
MARGIN = 10
MIN_BAR = 4

#: state -> bar colour
STATE_COLOURS = {
    "done": QColor("#2e7d32"),
    "claimed": QColor("#1565c0"),
    "ready": QColor("#64b5f6"),
    "on_hold": QColor("#f9a825"),
    "returned": QColor("#ef6c00"),
    "cancelled": QColor("#9e9e9e"),
    "waiting": QColor("#bdbdbd"),
}
OVERDUE_COLOUR = QColor("#c62828")
GRID_COLOUR = QColor("#e0e0e0")
TEXT_COLOUR = QColor("#212121")
MUTED_COLOUR = QColor("#757575")

LEGEND = (
    ("done", QT_TRANSLATE_NOOP("Timeline", "已办结")),
    ("claimed", QT_TRANSLATE_NOOP("Timeline", "办理中")),
    ("ready", QT_TRANSLATE_NOOP("Timeline", "待领取")),
    ("on_hold", QT_TRANSLATE_NOOP("Timeline", "挂起")),
    ("returned", QT_TRANSLATE_NOOP("Timeline", "退回补正")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def format_duration(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("{d}天{h}小时").format(d=days, h=hours)
    if hours:
        return _tr("{h}小时{m}分").format(h=hours, m=mins)
    return _tr("{m}分钟").format(m=mins)


@dataclass(frozen=True)
class Bar:
    """One row of the strip."""
    title: str
    state: str
    start: dt.datetime | None
    end: dt.datetime | None  # completion, or now for a step still open
    due: dt.datetime | None
    who: str
    open: bool

    @property
    def duration(self) -> dt.timedelta | None:
        return self.end - self.start if self.start and self.end else None

    def caption(self) -> str:
        if self.start is None:
            return _tr("等待前序事项")
        parts = [self.who] if self.who else []
        if self.duration is not None:
            parts.append(format_duration(self.duration) + (_tr("（进行中）") if self.open else ""))
        return " · ".join(parts)


def bars_from_steps(steps: list[dict], title: Callable[[str], str], at: dt.datetime) -> list[Bar]:
    bars = []
    for s in steps:
        closed = s["state"] in ("done", "cancelled")
        end = s.get("completed_at") if closed else (at if s.get("ready_at") else None)
        bars.append(Bar(title=title(s["step_type"]), state=s["state"], start=s.get("ready_at"), end=end,
                        due=s.get("due_at"), who=s.get("worked_by", ""), open=not closed))
    return bars


class TimelineStrip(QWidget):
    """The Gantt-like strip of a case's steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.bars: list[Bar] = []
        self.start: dt.datetime | None = None
        self.end: dt.datetime | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- data ----------------------------------------------------------------------------
    def set_steps(self, steps: list[dict], title: Callable[[str], str], at: dt.datetime | None = None) -> None:
        at = at or dt.datetime.now().replace(microsecond=0)
        self.bars = bars_from_steps(steps, title, at)
        starts = [b.start for b in self.bars if b.start]
        # a closed step's deadline does not stretch the axis (the work it shows is what matters);
        # an open step's deadline does: how far it still is
        ends = [b.end for b in self.bars if b.end] + [b.due for b in self.bars if b.due and b.start and b.open]
        self.start = min(starts) if starts else None
        self.end = max(ends) if ends else None
        if self.start and (self.end is None or self.end <= self.start):
            self.end = self.start + dt.timedelta(minutes=30)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, AXIS_HEIGHT + ROW_HEIGHT * max(1, len(self.bars)) + LEGEND_HEIGHT + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, self.sizeHint().height())

    # -- geometry ------------------------------------------------------------------------
    def _chart(self) -> QRectF:
        return QRectF(MARGIN + LABEL_WIDTH, MARGIN + AXIS_HEIGHT,
                      max(10, self.width() - 2 * MARGIN - LABEL_WIDTH), ROW_HEIGHT * len(self.bars))

    def _x(self, when: dt.datetime, chart: QRectF) -> float:
        span = (self.end - self.start).total_seconds() or 1
        return chart.left() + chart.width() * (when - self.start).total_seconds() / span

    def bar_rect(self, index: int) -> QRectF | None:
        """Where bar ``index`` is drawn (None for a step that has not started)."""
        bar = self.bars[index]
        if bar.start is None or bar.end is None or self.start is None:
            return None
        chart = self._chart()
        x0, x1 = self._x(bar.start, chart), self._x(bar.end, chart)
        top = chart.top() + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        return QRectF(x0, top, max(MIN_BAR, x1 - x0), BAR_HEIGHT)

    def _ticks(self) -> list[dt.datetime]:
        span = (self.end - self.start).total_seconds()
        for minutes in (5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880, 7 * 1440):
            if span / (minutes * 60) <= 8:
                break
        step = dt.timedelta(minutes=minutes)
        first = dt.datetime.combine(self.start.date(), dt.time())
        while first < self.start:
            first += step
        ticks, t = [], first
        while t <= self.end:
            ticks.append(t)
            t += step
        return ticks

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if not self.bars or self.start is None:
            painter.setPen(MUTED_COLOUR)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("尚无办理记录"))
            return
        chart = self._chart()
        self._paint_axis(painter, chart, metrics)
        for i, bar in enumerate(self.bars):
            self._paint_row(painter, chart, metrics, i, bar)
        self._paint_legend(painter, chart, metrics)

    def _paint_axis(self, painter: QPainter, chart: QRectF, metrics: QFontMetrics) -> None:
        multi_day = self.start.date() != self.end.date()
        for t in self._ticks():
            x = self._x(t, chart)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(x, chart.top() - 4), QPointF(x, chart.bottom()))
            label = t.strftime("%m-%d %H:%M" if multi_day and t.time() == dt.time() else "%H:%M")
            painter.setPen(MUTED_COLOUR)
            w = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(max(chart.left(), x - w / 2), chart.right() - w), chart.top() - 8), label)

    def _paint_row(self, painter: QPainter, chart: QRectF, metrics: QFontMetrics, i: int, bar: Bar) -> None:
        top = chart.top() + i * ROW_HEIGHT
        if i % 2:
            painter.fillRect(QRectF(MARGIN, top, chart.right() - MARGIN, ROW_HEIGHT), QColor(0, 0, 0, 10))
        painter.setPen(TEXT_COLOUR)
        title = metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
        painter.drawText(QRectF(MARGIN, top, LABEL_WIDTH - 8, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        rect = self.bar_rect(i)
        caption = bar.caption()
        if rect is None:
            painter.setPen(MUTED_COLOUR)
            painter.drawText(QRectF(chart.left() + 4, top, chart.width(), ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, caption)
            return
        colour = STATE_COLOURS.get(bar.state, STATE_COLOURS["waiting"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        if bar.due and bar.end and bar.end > bar.due:  # the time past the deadline
            x_due = max(rect.left(), self._x(bar.due, chart))
            late = QRectF(x_due, rect.top(), rect.right() - x_due, rect.height())
            painter.setBrush(OVERDUE_COLOUR)
            painter.drawRoundedRect(late, 3, 3)
        if bar.due and bar.start and bar.due <= self.end:
            x = self._x(bar.due, chart)
            painter.setPen(QPen(OVERDUE_COLOUR, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top() - 3), QPointF(x, rect.bottom() + 3))
        text_width = metrics.horizontalAdvance(caption)
        if text_width + 12 <= rect.width():
            painter.setPen(QColor("white"))
            painter.drawText(rect.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             caption)
        else:  # beside the bar: right of it, or left when it ends near the edge
            painter.setPen(TEXT_COLOUR)
            if rect.right() + 6 + text_width <= chart.right():
                box = QRectF(rect.right() + 6, top, text_width + 2, ROW_HEIGHT)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box = QRectF(rect.left() - 6 - text_width - 2, top, text_width + 2, ROW_HEIGHT)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | align, caption)

    def _paint_legend(self, painter: QPainter, chart: QRectF, metrics: QFontMetrics) -> None:
        x, y = chart.left(), chart.bottom() + 8
        items = [(STATE_COLOURS[state], _tr(title)) for state, title in LEGEND]
        items.append((OVERDUE_COLOUR, _tr("超出时限")))
        for colour, text in items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y + 3, 14, 10), 2, 2)
            painter.setPen(MUTED_COLOUR)
            painter.drawText(QPointF(x + 18, y + 13), text)
            x += 18 + metrics.horizontalAdvance(text) + 16

    # -- tooltips ------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> int:
        chart = self._chart()
        if not self.bars or y < chart.top() or y >= chart.bottom():
            return -1
        return int((y - chart.top()) // ROW_HEIGHT)

    def tooltip_for(self, index: int) -> str:
        bar = self.bars[index]
        lines = [bar.title]
        if bar.start:
            lines.append(_tr("到达：{at}").format(at=bar.start.strftime("%Y-%m-%d %H:%M")))
        if bar.end and not bar.open:
            lines.append(_tr("办结：{at}").format(at=bar.end.strftime("%Y-%m-%d %H:%M")))
        if bar.due:
            lines.append(_tr("时限：{at}").format(at=bar.due.strftime("%Y-%m-%d %H:%M")))
        if bar.who:
            lines.append(_tr("经办：{who}").format(who=bar.who))
        if bar.duration is not None:
            lines.append(_tr("用时：{time}").format(time=format_duration(bar.duration)))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.bar_at(event.pos().x(), event.pos().y())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
