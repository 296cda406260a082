"""A statistics report over a period, written as PDF or .xlsx from the same tables.

A plugin's report computes its figures (Qt-free, testable on their own), puts them in a
:class:`PeriodReport` — title, office, period, organisation, tables, an optional chart — and
calls :meth:`PeriodReport.write`, which picks the format from the file's suffix. The PDF has the
title block, the chart, each table with its heading (a long table continues on the next pages
with its header repeated); the workbook has one sheet per table.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.i18n import translate
from app.reports.tables import data_table
from app.reports.templates import build_pdf, cn_date, content_width, document_styles, section, title_block
from app.reports.xlsx import Sheet, report_format, write_workbook


@dataclass
class ReportTable:
    """``align``: LEFT/CENTER/RIGHT per column (PDF); ``number_formats``: column -> Excel format;
    ``widths``: relative column widths (PDF)."""
    heading: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    totals: Sequence[Any] | None = None
    align: Sequence[str] | None = None
    widths: Sequence[float] | None = None
    number_formats: dict[int, str] = field(default_factory=dict)
    sheet: str = ""  # sheet title (the heading when empty)
    empty_text: str = ""


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    if date_from == date_to:
        return cn_date(date_from)
    return translate("reports", "{start} 至 {end}").format(start=cn_date(date_from), end=cn_date(date_to))


def _pdf_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return value


@dataclass
class PeriodReport:
    title: str
    office: str
    date_from: dt.date
    date_to: dt.date
    tables: list[ReportTable]
    organisation: str = ""  # the organisation the report is narrowed to ("" for all)
    chart: Flowable | None = None
    summary: list[str] = field(default_factory=list)  # sentences under the title
    landscape: bool = False
    #: formats a cell of the PDF (the workbook keeps real numbers): column formatters per table
    pdf_formatters: dict[tuple[int, int], Callable[[Any], Any]] = field(default_factory=dict)

    @property
    def subtitle(self) -> str:
        text = translate("reports", "统计期间：{period}").format(period=period_text(self.date_from, self.date_to))
        scope = self.organisation or translate("reports", "全部机构")
        return text + "　" + translate("reports", "范围：{scope}").format(scope=scope)

    def write(self, out_path: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
        fmt = report_format(out_path)
        if progress:
            progress(0, 1)
        out = self._write_xlsx(out_path) if fmt == "xlsx" else self._write_pdf(out_path)
        if progress:
            progress(1, 1)
        return out

    def _write_pdf(self, out_path: str | Path) -> Path:
        styles = document_styles()
        width = content_width(self.landscape)
        story: list[Flowable] = title_block(self.title, self.subtitle)
        for sentence in self.summary:
            story.append(Paragraph(sentence, styles["Body"]))
        if self.summary:
            story.append(Spacer(1, 3 * mm))
        if self.chart is not None:
            story += [self.chart, Spacer(1, 4 * mm)]
        for t_index, table in enumerate(self.tables):
            story += section(table.heading)
            if not table.rows:
                story.append(Paragraph(table.empty_text or translate("reports", "本期间没有记录。"), styles["Body"]))
                continue
            rows = [[self.pdf_formatters.get((t_index, c), _pdf_value)(v) for c, v in enumerate(row)]
                    for row in table.rows]
            totals = ([self.pdf_formatters.get((t_index, c), _pdf_value)(v) for c, v in enumerate(table.totals)]
                      if table.totals is not None else None)
            story.append(data_table(table.headers, rows, total_width=width, widths=table.widths,
                                    align=table.align, totals=totals))
        return build_pdf(out_path, story, title=self.title, office=self.office, landscape=self.landscape)

    def _write_xlsx(self, out_path: str | Path) -> Path:
        sheets = [Sheet(title=t.sheet or t.heading, heading=f"{self.title} · {t.heading}", headers=t.headers,
                        rows=t.rows, subtitle=self.subtitle, number_formats=t.number_formats, totals=t.totals,
                        notes=self.summary if i == 0 else ())
                  for i, t in enumerate(self.tables)]
        return write_workbook(out_path, sheets)


__all__ = ["PeriodReport", "ReportTable", "period_text"]
