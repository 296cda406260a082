"""Bulk registration from an .xlsx or .csv roster: all rows or none, every problem named by row and
column; the template the managers fill in."""
from __future__ import annotations

import csv
import datetime as dt
import time

import pytest
from openpyxl import Workbook, load_workbook

from app.core.errors import PermissionDenied, ServiceError
from app.core.identifiers import make_resident_id
from plugins.incubator.importer import RosterRejected, import_roster, template_headers, write_template
from plugins.incubator.incubators import add_seats, seat_range
from plugins.incubator.models import HostedFirm
from plugins.incubator.roster import list_firms, register_firm

from .helpers import AT, entry

TRADES = "星河云帆青禾锦程科信九洲涪江瑞达长青汇通新禾安和博远启明嘉禾恒信天府绵州创维智联"


def roster_rows(count: int, *, first_seat: int = 101) -> list[list]:
    """``count`` valid rows: distinct names, IDs and seats A-101, A-102..."""
    rows = []
    for i in range(count):
        trade = TRADES[i % 26 * 2 % len(TRADES)] + TRADES[(i // 26 + 1) % len(TRADES)] + str(i)
        rows.append([f"绵阳{trade}科技有限公司", "王伟", make_resident_id("510703", dt.date(1980, 1, 1)
                                                                  + dt.timedelta(days=i), i % 999 + 1),
                     f"139{i:08d}", f"A-{first_seat + i:03d}", ["大厅宣传资料", "朋友推荐", "", "网上搜索"][i % 4],
                     dt.date(2025, 1, 1) + dt.timedelta(days=i), ""])
    return rows


def write_xlsx(path, rows, headers=None):
    wb = Workbook()
    ws = wb.active
    ws.append(headers or template_headers())
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(template_headers())
        for row in rows:
            writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return path


def test_250_firms_in_one_go_and_one_bad_row_imports_nothing(park, tmp_path):
    add_seats(park.a, park.manager_a, seat_range("A-", 101, 350))
    rows = roster_rows(250)
    bad = [list(r) for r in rows]
    bad[136][2] = bad[136][2][:17] + ("1" if bad[136][2][17] != "1" else "2")  # a wrong check digit, row 138
    with pytest.raises(RosterRejected) as refused:
        import_roster(write_xlsx(tmp_path / "bad.xlsx", bad), park.a, park.manager_a, at=AT)
    assert [(p.row, p.field, p.column) for p in refused.value.problems] == [(138, "legal_rep_id", "身份证号码")]
    assert "第 138 行“身份证号码”：身份证号码校验位不正确" in str(refused.value)
    assert HostedFirm.select().count() == 0

    started = time.monotonic()
    result = import_roster(write_xlsx(tmp_path / "good.xlsx", rows), park.a, park.manager_a, at=AT)
    assert time.monotonic() - started < 15
    assert (result.count, result.incubator) == (250, "甲创新孵化器")
    assert HostedFirm.select().where(HostedFirm.organisation == park.a).count() == 250
    firms = {f.company_name: f for f in list_firms(park.manager_a, park.a)}
    first = firms[rows[0][0]]
    assert (first.seat, first.source_channel, first.hosted_from) == ("A-101", "hall", dt.date(2025, 1, 1))
    assert firms[rows[2][0]].source_channel == "other"  # an empty channel


def test_every_problem_of_every_row_is_listed(park_sqlite, tmp_path):
    park = park_sqlite
    register_firm(park.a, entry(seat="A-001"), park.manager_a, at=AT)
    rows = roster_rows(5, first_seat=2)
    rows[0][0] = "星河"                          # row 2: name
    rows[1][4] = "A-002"                        # row 3: the seat of row 2
    rows[2][4] = "A-001"                        # row 4: a hosted firm's seat
    rows[2][3] = "1381234567"                   # row 4: mobile too
    rows[3][5] = "电视广告"                      # row 5: channel
    rows[3][6] = "2026-13-01"                   # row 5: date
    rows[4][0] = "绵阳青禾智联科技有限公司"        # row 6: already on the roster
    rows[4][4] = "B-001"                        # row 6: another incubator's seat
    with pytest.raises(RosterRejected) as refused:
        import_roster(write_csv(tmp_path / "roster.csv", rows), park.a, park.manager_a, at=AT)
    found = [(p.row, p.field) for p in refused.value.problems]
    assert found == [(2, "company_name"), (3, "seat"), (4, "legal_rep_mobile"), (4, "seat"), (5, "source_channel"),
                     (5, "hosted_from"), (6, "company_name"), (6, "seat")]
    messages = {(p.row, p.field): p.message for p in refused.value.problems}
    assert messages[(3, "seat")] == "工位 A-002 与第 2 行重复"
    assert messages[(4, "seat")] == "工位 A-001 已有在孵企业"
    assert messages[(6, "company_name")] == "“绵阳青禾智联科技有限公司”已在本机构名册中"
    assert HostedFirm.select().count() == 1


def test_gbk_csv_and_blank_lines(park_sqlite, tmp_path):
    park = park_sqlite
    path = write_csv(tmp_path / "gbk.csv", roster_rows(2, first_seat=1), encoding="gb18030")
    with open(path, "a", encoding="gb18030") as fh:
        fh.write(",,,,,,,\n")
    assert import_roster(path, park.a, park.manager_a, at=AT).count == 2


def test_files_that_are_not_rosters(park_sqlite, tmp_path):
    park = park_sqlite
    with pytest.raises(RosterRejected, match="表头缺少：身份证号码"):
        headers = [h for h in template_headers() if h != "身份证号码"]
        import_roster(write_xlsx(tmp_path / "h.xlsx", [], headers), park.a, park.manager_a, at=AT)
    with pytest.raises(RosterRejected, match="名册中没有企业"):
        import_roster(write_xlsx(tmp_path / "empty.xlsx", []), park.a, park.manager_a, at=AT)
    with pytest.raises(ServiceError, match=".xlsx 或 .csv"):
        import_roster(tmp_path / "roster.xls", park.a, park.manager_a, at=AT)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(ServiceError, match="无法读取表格文件"):
        import_roster(broken, park.a, park.manager_a, at=AT)
    with pytest.raises(PermissionDenied):
        import_roster(write_xlsx(tmp_path / "ok.xlsx", roster_rows(1, first_seat=1)), park.a, park.manager_b, at=AT)
    assert HostedFirm.select().count() == 0


def test_the_template_reads_back(park_sqlite, tmp_path):
    park = park_sqlite
    xlsx = write_template(tmp_path / "template.xlsx")
    wb = load_workbook(xlsx)
    sheet = wb.worksheets[0]
    assert [c.value for c in sheet[1]] == template_headers() == ["企业名称", "法定代表人", "身份证号码", "手机号码",
                                                                 "工位号", "来源渠道", "入驻日期", "备注"]
    assert sheet["C2"].number_format == "@"  # IDs stay text
    assert "大厅宣传资料" in sheet.data_validations.dataValidation[0].formula1
    assert "任何一行有误" in " ".join(str(c.value) for c in wb.worksheets[1]["A"])
    # filled in, it imports
    for row in roster_rows(3, first_seat=1):
        sheet.append(row)
    wb.save(xlsx)
    assert import_roster(xlsx, park.a, park.manager_a, at=AT).count == 3
    csv_template = write_template(tmp_path / "template.csv")
    assert csv_template.read_text(encoding="utf-8-sig").strip() == ",".join(template_headers())
