"""Registering hosted firms in bulk from an .xlsx or .csv roster.

Every row is validated (the same rules as the form, plus: the seat exists in this incubator, is
free, and is not used twice in the file; a company is not listed twice). If any row is wrong the
whole file is refused with a row-by-row report and nothing is imported; otherwise every firm is
registered in one transaction. ``write_template`` writes the sheet to fill in."""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from app.core import audit
from app.core.errors import ServiceError
from app.core.tabular import cell_text, is_blank, read_cells
from app.core.models import now
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.base import database
from plugins.incubator.access import require_manager
from plugins.incubator.common import CHANNELS, FirmState, channel_code, channel_title
from plugins.incubator.models import HostedFirm
from plugins.incubator.roster import occupied_seats, seat_lookup, seat_problem
from plugins.incubator.validation import FirmEntry, clean_firm

MAX_ROWS = 5000
INSERT_CHUNK = 100
TEMPLATE_TEXT_ROWS = 1000  # rows of the template whose ID, mobile and seat cells are text
#: (field, column title, required); the template's columns in this order
COLUMNS = (
    ("company_name", QT_TRANSLATE_NOOP("incubator", "企业名称"), True),
    ("legal_rep_name", QT_TRANSLATE_NOOP("incubator", "法定代表人"), True),
    ("legal_rep_id", QT_TRANSLATE_NOOP("incubator", "身份证号码"), True),
    ("legal_rep_mobile", QT_TRANSLATE_NOOP("incubator", "手机号码"), True),
    ("seat", QT_TRANSLATE_NOOP("incubator", "工位号"), True),
    ("source_channel", QT_TRANSLATE_NOOP("incubator", "来源渠道"), False),
    ("hosted_from", QT_TRANSLATE_NOOP("incubator", "入驻日期"), False),
    ("notes", QT_TRANSLATE_NOOP("incubator", "备注"), False),
)
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def column_title(field: str) -> str:
    return next(translate("incubator", title) for f, title, _required in COLUMNS if f == field)


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row in the file (the header is row 1 when it is the first line)
    field: str
    message: str

    @property
    def column(self) -> str:
        return column_title(self.field) if any(f == self.field for f, _t, _r in COLUMNS) else ""

    def text(self) -> str:
        where = translate("incubator", "第 {row} 行").format(row=self.row)
        if self.column:
            where += translate("incubator", "“{column}”").format(column=self.column)
        return f"{where}：{self.message}"


class RosterRejected(ServiceError):
    """The roster was refused as a whole; ``problems`` says where and why (nothing was imported)."""

    def __init__(self, problems: list[RowProblem]):
        self.problems = list(problems)
        summary = translate("incubator", "名册有 {n} 处错误，未导入任何企业").format(n=len(self.problems))
        super().__init__(summary + "\n" + "\n".join(p.text() for p in self.problems[:20]))


@dataclass(frozen=True)
class ImportResult:
    count: int
    incubator: str


# -- reading ------------------------------------------------------------------------------------------

def read_roster(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """(row number, {field: cell}) of every non-empty data row, found by the header's titles."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ServiceError(translate("incubator", "只能导入 .xlsx 或 .csv 格式的名册"))
    rows = read_cells(path)
    header_index = next((i for i, row in enumerate(rows) if not is_blank(row)), None)
    if header_index is None:
        raise RosterRejected([RowProblem(1, "", translate("incubator", "文件是空的"))])
    titles = {translate("incubator", title): f for f, title, _required in COLUMNS} | {
        title: f for f, title, _required in COLUMNS}
    positions: dict[str, int] = {}
    for col, value in enumerate(rows[header_index]):
        field = titles.get(cell_text(value))
        if field and field not in positions:
            positions[field] = col
    missing = [column_title(f) for f, _t, required in COLUMNS if required and f not in positions]
    if missing:
        raise RosterRejected([RowProblem(header_index + 1, "", translate("incubator", "表头缺少：{columns}（请使用导出的模板）")
                                         .format(columns="、".join(missing)))])
    data = []
    for i, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        cells = {f: (row[col] if col < len(row) else None) for f, col in positions.items()}
        if any(cell_text(v) for v in cells.values()):
            data.append((i, cells))
    if len(data) > MAX_ROWS:
        raise RosterRejected([RowProblem(1, "", translate("incubator", "一次最多导入 {n} 行，请分批导入").format(n=MAX_ROWS))])
    return data


def _date(value: Any, today: dt.date) -> tuple[dt.date | None, str | None]:
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = cell_text(value)
    if not text:
        return today, None
    m = _DATE_RE.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
        except ValueError:
            pass
    return None, translate("incubator", "日期格式应为 2026-03-02")


def check_rows(rows: list[tuple[int, dict[str, Any]]], organisation_id: int, *,
               today: dt.date) -> tuple[list[FirmEntry], list[RowProblem]]:
    """Validate every row against the form's rules and the incubator's seats and roster."""
    seats = seat_lookup(organisation_id)
    occupied = occupied_seats(organisation_id)
    hosted_names = {f.company_name for f in HostedFirm.select(HostedFirm.company_name).where(
        (HostedFirm.organisation == organisation_id) & (HostedFirm.state == FirmState.HOSTED))}
    seat_rows: dict[str, int] = {}
    name_rows: dict[str, int] = {}
    entries: list[FirmEntry] = []
    problems: list[RowProblem] = []
    if not rows:
        problems.append(RowProblem(2, "", translate("incubator", "名册中没有企业")))
    for number, cells in rows:
        hosted_from, date_problem = _date(cells.get("hosted_from"), today)
        channel_text = cell_text(cells.get("source_channel"))
        channel = channel_code(channel_text) if channel_text else "other"
        entry = FirmEntry(**{f: cell_text(cells.get(f)) for f in
                             ("company_name", "legal_rep_name", "legal_rep_id", "legal_rep_mobile", "seat", "notes")},
                          source_channel=channel or "?", hosted_from=hosted_from)
        cleaned = clean_firm(entry, today=today)
        errors = dict(cleaned.errors)
        clean: FirmEntry = cleaned.value
        if date_problem:
            errors["hosted_from"] = date_problem
        if channel is None:
            errors["source_channel"] = translate("incubator", "来源渠道应为：{channels}").format(
                channels="、".join(channel_title(c) for c in CHANNELS))
        if "seat" not in errors:
            problem = seat_problem(clean.seat, seats, occupied)
            if problem is None and clean.seat in seat_rows:
                problem = translate("incubator", "工位 {seat} 与第 {row} 行重复").format(seat=clean.seat,
                                                                                    row=seat_rows[clean.seat])
            if problem:
                errors["seat"] = problem
            seat_rows.setdefault(clean.seat, number)
        if "company_name" not in errors:
            if clean.company_name in hosted_names:
                errors["company_name"] = translate("incubator", "“{name}”已在本机构名册中").format(name=clean.company_name)
            elif clean.company_name in name_rows:
                errors["company_name"] = translate("incubator", "与第 {row} 行重复").format(
                    row=name_rows[clean.company_name])
            name_rows.setdefault(clean.company_name, number)
        order = [f for f, _t, _r in COLUMNS]
        problems += [RowProblem(number, f, errors[f]) for f in sorted(errors, key=order.index)]
        entries.append(clean)
    return entries, problems


def import_roster(path: str | Path, organisation_id: int, user: CurrentUser | None, *,
                  at: dt.datetime | None = None, progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Import the roster into the incubator: all rows or none (RosterRejected lists every problem)."""
    at = at or now()
    org = require_manager(user, organisation_id)
    rows = read_roster(path)
    total = len(rows)
    if progress:
        progress(0, total + 1)
    with database.atomic():  # the checks and the inserts see the same seats
        entries, problems = check_rows(rows, org.id, today=at.date())
        if problems:
            raise RosterRejected(problems)
        seats = seat_lookup(org.id)
        records = [{"organisation": org.id, "seat": seats[e.seat].id, "company_name": e.company_name,
                    "legal_rep_name": e.legal_rep_name, "legal_rep_id": e.legal_rep_id,
                    "legal_rep_mobile": e.legal_rep_mobile, "source_channel": e.source_channel,
                    "hosted_from": e.hosted_from, "notes": e.notes, "state": FirmState.HOSTED, "version": 1,
                    "created_at": at, "updated_at": at} for e in entries]
        for start in range(0, len(records), INSERT_CHUNK):
            HostedFirm.insert_many(records[start:start + INSERT_CHUNK]).execute()
            if progress:
                progress(min(start + INSERT_CHUNK, total), total + 1)
        audit.record("import", "hosted_firm", user=user.id, detail=f"{len(records)} firms into {org.code}")
    if progress:
        progress(total + 1, total + 1)
    return ImportResult(len(entries), org.name)


# -- the template -------------------------------------------------------------------------------------

def _instructions() -> list[str]:
    return [
        translate("incubator", "每行一家企业；表头为红色的栏目必填（表头请保留原样，不要改名）。"),
        translate("incubator", "企业名称：以组织形式结尾，如“绵阳某某科技有限公司”。"),
        translate("incubator", "身份证号码、手机号码请按文本填写（模板已设为文本格式），避免被表格软件改成科学计数法。"),
        translate("incubator", "工位号：须是本机构已添加、当前空闲的工位，同一文件中不能重复。"),
        translate("incubator", "来源渠道：{channels}；不填为“其他”。").format(
            channels="、".join(channel_title(c) for c in CHANNELS)),
        translate("incubator", "入驻日期：如 2026-03-02，不填为导入当天，不能晚于今天。"),
        translate("incubator", "任何一行有误，整个文件都不会导入，并逐行列出错误。"),
    ]


def template_headers() -> list[str]:
    return [translate("incubator", title) for _f, title, _required in COLUMNS]


def write_template(path: str | Path) -> Path:
    """The roster template: .xlsx (header, text-formatted ID and mobile columns, a channel list,
    a sheet of instructions) or .csv (the header, UTF-8 with BOM so Excel reads the Chinese)."""
    out = Path(path)
    if out.suffix.lower() == ".csv":
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerow(template_headers())
        return out
    if out.suffix.lower() != ".xlsx":
        raise ServiceError(translate("incubator", "模板只能保存为 .xlsx 或 .csv"))
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from app.reports.xlsx import display_width

    wb = Workbook()
    ws = wb.active
    ws.title = translate("incubator", "入驻企业名册")
    for col, ((field, _title, required), header) in enumerate(zip(COLUMNS, template_headers()), start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = Font(bold=True, color="B00020" if required else "000000")
        cell.fill = PatternFill("solid", fgColor="E6E9EE")
        letter = cell.column_letter
        ws.column_dimensions[letter].width = max(12, display_width(header) + 4)
        if field in ("legal_rep_id", "legal_rep_mobile", "seat"):
            ws.column_dimensions[letter].width = 22
            for row in range(2, TEMPLATE_TEXT_ROWS + 2):
                ws.cell(row=row, column=col).number_format = "@"
    ws.column_dimensions["A"].width = 36
    channel_col = next(i for i, (f, _t, _r) in enumerate(COLUMNS, start=1) if f == "source_channel")
    letter = ws.cell(row=1, column=channel_col).column_letter
    choices = DataValidation(type="list", formula1='"' + ",".join(channel_title(c) for c in CHANNELS) + '"',
                             allow_blank=True)
    choices.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
    ws.add_data_validation(choices)
    ws.freeze_panes = "A2"
    notes = wb.create_sheet(translate("incubator", "填写说明"))
    notes.column_dimensions["A"].width = 100
    for i, line in enumerate(_instructions(), start=1):
        notes.cell(row=i, column=1, value=line)
    tmp = out.with_name(out.name + ".part")
    wb.save(tmp)
    tmp.replace(out)
    return out
