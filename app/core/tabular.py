"""Reading an uploaded spreadsheet (.xlsx or .csv) into rows (Qt-free).

An .xlsx file is read from its first sheet with the cells' values (numbers, dates, text); a .csv
file is decoded as UTF-8 (with or without a BOM) and, failing that, as GB18030 (a superset of GBK,
what Excel on a Chinese Windows saves). Empty rows at the end are dropped. An unreadable file or
another kind of file raises ServiceError with a message for the user."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from app.core.errors import ServiceError
from app.i18n import translate

#: the file kinds read here, by suffix
SUFFIXES = (".xlsx", ".csv")
#: the encodings tried, in order, for a .csv file
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


def cell_text(value: Any) -> str:
    """A cell as text: "" for an empty cell, 12 for 12.0, 2026-03-02 for a date or a date and time."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_blank(row: list[Any]) -> bool:
    return not any(cell_text(value) for value in row)


def _xlsx_cells(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not a workbook
        raise ServiceError(translate("tabular", "无法读取表格文件：{error}").format(
            error=str(exc) or type(exc).__name__)) from exc
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_cells(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ServiceError(translate("tabular", "无法识别 CSV 文件的编码，请另存为 UTF-8 编码"))
    try:
        return [list(row) for row in csv.reader(text.splitlines())]
    except csv.Error as exc:
        raise ServiceError(translate("tabular", "无法读取表格文件：{error}").format(error=exc)) from exc


def read_cells(path: str | Path) -> list[list[Any]]:
    """The rows of the file with each cell's value as stored: numbers and dates of an .xlsx stay
    numbers and dates (for a caller that tells a number typed as text from a number), a .csv gives
    text. Empty rows at the end are dropped."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ServiceError(translate("tabular", "只能读取 .xlsx 或 .csv 格式的文件"))
    if not path.is_file():
        raise ServiceError(translate("tabular", "文件不存在：{path}").format(path=path))
    rows = _xlsx_cells(path) if suffix == ".xlsx" else _csv_cells(path)
    while rows and is_blank(rows[-1]):
        rows.pop()
    return rows


def read_rows(path: str | Path) -> list[list[str]]:
    """The rows of the file with every cell as stripped text (see :func:`cell_text`)."""
    return [[cell_text(value) for value in row] for row in read_cells(path)]


__all__ = ["SUFFIXES", "cell_text", "is_blank", "read_cells", "read_rows"]
