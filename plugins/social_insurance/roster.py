"""The employee roster as a spreadsheet (参保职工花名册): the template to fill in, and reading a
filled-in .xlsx or .csv back.

An import is all or nothing: every row is checked (the employee rules of ``validation``, an ID
number twice in the file, one already in the form's list) and one bad row rejects the whole file
with a row-by-row report — the row number as the spreadsheet shows it, the column and what is
wrong — so nothing is ever half-imported."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from app.core.errors import ServiceError
from app.core.tabular import SUFFIXES, is_blank, read_cells
from app.i18n import translate
from plugins.social_insurance.reference import CONTRIBUTION_BASE_MAX, CONTRIBUTION_BASE_MIN, MAX_EMPLOYEES
from plugins.social_insurance.validation import (
    EMPLOYEE_KEYS,
    column_title,
    employee_errors,
    normalised_id,
    parse_base,
    parse_date,
)

#: the header row of the template (and what an import looks for), in column order
HEADER_ROW = 1
#: other names a header may have in a roster from elsewhere
HEADER_ALIASES = {"证件号码": "id_number", "身份证号": "id_number", "公民身份号码": "id_number", "手机": "mobile",
                  "联系电话": "mobile", "入职日期": "start_date", "参保时间": "start_date", "缴费基数": "base",
                  "月缴费基数": "base", "工资": "base", "职工姓名": "name"}
REQUIRED_KEYS = ("name", "id_number", "start_date", "base")


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it (the header is row 1)
    column: str  # its title
    message: str

    def __str__(self) -> str:
        return translate("social_insurance", "第 {row} 行 {column}：{message}").format(
            row=self.row, column=self.column, message=self.message)


class RosterImportError(ServiceError):
    """The file was rejected; ``errors`` lists every problem (RowError), nothing was imported."""

    def __init__(self, message: str, errors: Iterable[RowError] = ()):
        super().__init__(message)
        self.errors = list(errors)


# -- the template -------------------------------------------------------------------------------------

def write_template(out_path: str | Path) -> Path:
    """An empty roster with the header row, text-formatted ID and mobile columns and a sheet of
    filling-in notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = translate("social_insurance", "参保职工")
    for col, key in enumerate(EMPLOYEE_KEYS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=column_title(key))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6E9EE")
        letter = cell.column_letter
        ws.column_dimensions[letter].width = 22 if key == "id_number" else 16
        if key in ("id_number", "mobile", "start_date"):
            for row in range(HEADER_ROW + 1, HEADER_ROW + 1 + MAX_EMPLOYEES):
                ws.cell(row=row, column=col).number_format = "@"
    ws.freeze_panes = "A2"
    notes = wb.create_sheet(translate("social_insurance", "填写说明"))
    lines = [
        translate("social_insurance", "每行一名职工，从第 2 行起填写，不要改动第 1 行的列名。"),
        translate("social_insurance", "身份证号码：18 位居民身份证号码，请以文本格式填写（避免末尾数字被改成 0）。"),
        translate("social_insurance", "手机号码：选填，11 位。"),
        translate("social_insurance", "参保日期：如 2026-03-02，不能晚于今天。"),
        translate("social_insurance", "月缴费基数：单位为元，最多两位小数，应在 {low} 至 {high} 元之间。").format(
            low=f"{CONTRIBUTION_BASE_MIN:,.2f}", high=f"{CONTRIBUTION_BASE_MAX:,.2f}"),
        translate("social_insurance", "任何一行有误时整个文件不会导入，请按提示修改后重新导入。"),
        translate("social_insurance", "一次最多 {n} 名职工。").format(n=MAX_EMPLOYEES),
    ]
    for i, line in enumerate(lines, start=1):
        notes.cell(row=i, column=1, value=line)
    notes.column_dimensions["A"].width = 90
    out = Path(out_path)
    wb.save(out)
    return out


# -- reading a file -----------------------------------------------------------------------------------

def _read_rows(path: Path) -> list[list[Any]]:
    if path.suffix.lower() not in SUFFIXES:
        raise RosterImportError(translate("social_insurance", "只能导入 .xlsx 或 .csv 文件"))
    try:
        return read_cells(path)
    except ServiceError as exc:
        raise RosterImportError(str(exc)) from exc


def _header_keys(header: list[Any]) -> dict[int, str]:
    titles = {column_title(key): key for key in EMPLOYEE_KEYS}
    keys: dict[int, str] = {}
    for index, value in enumerate(header):
        text = str(value or "").strip().replace("(", "（").replace(")", "）")
        key = titles.get(text) or HEADER_ALIASES.get(text) or HEADER_ALIASES.get(text.split("（")[0])
        if key and key not in keys.values():
            keys[index] = key
    return keys


def _text(value: Any, key: str) -> tuple[str, str]:
    """The cell as the form's text, and an error message when a spreadsheet cell cannot be one."""
    if value is None:
        return "", ""
    if key == "id_number" and isinstance(value, (int, float)):
        return "", translate("social_insurance", "身份证号码被存成了数字，请将该列设为文本格式后重新填写")
    if key == "mobile" and isinstance(value, (int, float)):
        return str(int(value)), ""
    if key in ("start_date", "base"):  # normalised when readable; the row check explains the rest
        try:
            return (parse_date(value).isoformat() if key == "start_date" else str(parse_base(value))), ""
        except ValueError:
            return str(value).strip(), ""
    text = str(value).strip()
    return (normalised_id(text) if key == "id_number" else text), ""


def read_roster(path: str | Path, *, existing: Iterable[dict] = (), today: dt.date | None = None) -> list[dict]:
    """The employee rows of a filled-in roster, each valid and new to ``existing``; raises
    RosterImportError with every row's problems otherwise (and nothing is imported)."""
    path, existing = Path(path), list(existing)
    rows = _read_rows(path)
    if not rows:
        raise RosterImportError(translate("social_insurance", "文件是空的"))
    keys = _header_keys(rows[0])
    missing = [column_title(k) for k in REQUIRED_KEYS if k not in keys.values()]
    if missing:
        raise RosterImportError(translate("social_insurance", "第 1 行缺少列：{columns}。请使用导出的模板填写").format(
            columns="、".join(missing)))
    entries: list[dict] = []
    line_numbers: list[int] = []
    cell_errors: list[RowError] = []
    for number, values in enumerate(rows[1:], start=HEADER_ROW + 1):
        if is_blank(values):
            continue
        entry = {key: "" for key in EMPLOYEE_KEYS}
        for index, key in keys.items():
            text, error = _text(values[index] if index < len(values) else None, key)
            entry[key] = text
            if error:
                cell_errors.append(RowError(number, column_title(key), error))
        entries.append(entry)
        line_numbers.append(number)
    if not entries:
        raise RosterImportError(translate("social_insurance", "文件中没有职工记录"))
    if len(entries) + len(existing) > MAX_EMPLOYEES:
        raise RosterImportError(translate("social_insurance", "一次最多登记 {n} 名职工，文件中有 {m} 名").format(
            n=MAX_EMPLOYEES, m=len(entries)))
    found = {(r.row, r.column) for r in cell_errors}
    for (index, key), message in employee_errors(entries, today=today, existing=existing).items():
        if (line_numbers[index], column_title(key)) not in found:
            cell_errors.append(RowError(line_numbers[index], column_title(key), message))
    if cell_errors:
        cell_errors.sort(key=lambda e: (e.row, [column_title(k) for k in EMPLOYEE_KEYS].index(e.column)))
        raise RosterImportError(translate("social_insurance", "文件中有 {n} 处错误，未导入任何职工，请修改后重新导入").format(
            n=len(cell_errors)), cell_errors)
    return entries


__all__ = ["write_template", "read_roster", "RosterImportError", "RowError"]
