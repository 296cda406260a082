"""Reports as spreadsheets (openpyxl): one sheet per table, a title and the period above a header
row, frozen panes, an auto filter, real numbers and dates (not text) and column widths that fit
Chinese text. Every plugin's .xlsx report goes through :func:`write_workbook`."""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HEADER_FILL = PatternFill("solid", fgColor="E6E9EE")
THIN = Side(style="thin", color="9A9A9A")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: characters Excel forbids in a sheet title
_BAD_TITLE = set('[]:*?/\\')


@dataclass
class Sheet:
    """A table for one sheet. ``number_formats``: column index -> Excel format (e.g. ``"0.0%"``);
    ``totals``: a last row set in bold (None: no totals row)."""
    title: str
    heading: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    subtitle: str = ""
    number_formats: dict[int, str] = field(default_factory=dict)
    totals: Sequence[Any] | None = None
    notes: Sequence[str] = ()


def display_width(value: Any) -> int:
    """Columns a value takes: East Asian wide characters count two."""
    text = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else str("" if value is None else value)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def sheet_title(text: str) -> str:
    cleaned = "".join("_" if ch in _BAD_TITLE else ch for ch in text).strip() or "Sheet"
    return cleaned[:31]


def _cell_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    return value


def _write_sheet(ws, sheet: Sheet) -> None:
    ncols = max(1, len(sheet.headers))
    ws.title = sheet_title(sheet.title)
    ws.cell(row=1, column=1, value=sheet.heading).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    if sheet.subtitle:
        ws.cell(row=2, column=1, value=sheet.subtitle).font = Font(color="555555")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
        ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    header_row = 4
    widths = [display_width(h) for h in sheet.headers]
    for col, title in enumerate(sheet.headers, start=1):
        c = ws.cell(row=header_row, column=col, value=title)
        c.font = Font(bold=True)
        c.fill = HEADER_FILL
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = list(sheet.rows)
    if sheet.totals is not None:
        rows.append(sheet.totals)
    for r, row in enumerate(rows, start=header_row + 1):
        for col, value in enumerate(row, start=1):
            c = ws.cell(row=r, column=col, value=_cell_value(value))
            c.border = BORDER
            fmt = sheet.number_formats.get(col - 1)
            if fmt:
                c.number_format = fmt
            elif isinstance(value, dt.datetime):
                c.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                c.number_format = DATE_FORMAT
            if col - 1 < len(widths):
                widths[col - 1] = max(widths[col - 1], display_width(value))
    if sheet.totals is not None and rows:
        for col in range(1, ncols + 1):
            ws.cell(row=header_row + len(rows), column=col).font = Font(bold=True)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(60, max(8, width + 2))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last_data_row = header_row + len(sheet.rows)
    if sheet.rows:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{last_data_row}"
    note_row = header_row + len(rows) + 2
    for i, note in enumerate(sheet.notes):
        ws.cell(row=note_row + i, column=1, value=note).font = Font(italic=True, color="555555")


def write_workbook(out_path: str | Path, sheets: Sequence[Sheet]) -> Path:
    """Write ``sheets`` to ``out_path`` (written to a temporary file first, then moved, so a
    failed build leaves no half-written workbook)."""
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    out = Path(out_path)
    wb = Workbook()
    _write_sheet(wb.active, sheets[0])
    for sheet in sheets[1:]:
        _write_sheet(wb.create_sheet(), sheet)
    tmp = out.with_name(out.name + ".part")
    wb.save(tmp)
    tmp.replace(out)
    return out


def report_format(out_path: str | Path, formats: Sequence[str] = ("pdf", "xlsx")) -> str:
    """The format a report is built in: the suffix of ``out_path`` (``pdf`` when it has none)."""
    suffix = Path(out_path).suffix.lower().lstrip(".") or "pdf"
    if suffix not in formats:
        from app.core.errors import ServiceError
        from app.i18n import translate

        raise ServiceError(translate("reports", "不支持的报表格式 .{suffix}（可用：{formats}）").format(
            suffix=suffix, formats="、".join(formats)))
    return suffix


__all__ = ["Sheet", "write_workbook", "report_format", "display_width", "sheet_title"]
