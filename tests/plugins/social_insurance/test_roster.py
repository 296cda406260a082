"""The employee roster spreadsheet: the template, a good file, a file with a bad row (nothing
imported, row and column named), duplicate IDs, CSV in the Windows code page."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from plugins.social_insurance.roster import RosterImportError, read_roster, write_template

from .helpers import ID_A, ID_B, ID_C

TODAY = dt.date(2026, 3, 10)
HEADER = ["姓名", "身份证号码", "手机号码", "参保日期", "月缴费基数（元）"]


def xlsx(path, rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [["张伟", ID_A, "13812345678", dt.datetime(2026, 3, 2), 5000],
        ["李娜", ID_B, None, "2026/3/5", "6,200.5"],
        [None, None, None, None, None],  # a blank line is skipped
        ["王芳", ID_C.lower(), 13912345678, "2026-03-09", 4000.0]]


def test_a_good_file_gives_normalised_rows(tmp_path):
    rows = read_roster(xlsx(tmp_path / "good.xlsx", GOOD), today=TODAY)
    assert rows == [
        {"name": "张伟", "id_number": ID_A, "mobile": "13812345678", "start_date": "2026-03-02", "base": "5000.00"},
        {"name": "李娜", "id_number": ID_B, "mobile": "", "start_date": "2026-03-05", "base": "6200.50"},
        {"name": "王芳", "id_number": ID_C.upper(), "mobile": "13912345678", "start_date": "2026-03-09",
         "base": "4000.00"}]


def test_one_bad_row_rejects_the_whole_file_naming_row_and_column(tmp_path):
    bad = [GOOD[0], ["李娜", ID_B[:-1] + ("0" if ID_B[-1] != "0" else "1"), None, "2026-03-05", 6200]]
    with pytest.raises(RosterImportError) as caught:
        read_roster(xlsx(tmp_path / "bad.xlsx", bad), today=TODAY)
    assert "未导入任何职工" in str(caught.value)
    [error] = caught.value.errors
    assert (error.row, error.column) == (3, "身份证号码") and "校验位" in error.message
    assert str(error).startswith("第 3 行 身份证号码：")


def test_duplicates_in_the_file_and_against_the_list_are_errors(tmp_path):
    path = xlsx(tmp_path / "dup.xlsx", [GOOD[0], ["张伟二", ID_A, None, "2026-03-02", 5000]])
    with pytest.raises(RosterImportError) as caught:
        read_roster(path, today=TODAY)
    assert [(e.row, e.column, e.message) for e in caught.value.errors] == [(3, "身份证号码", "身份证号码与第 1 行重复")]
    existing = [{"name": "张伟", "id_number": ID_A}]
    with pytest.raises(RosterImportError) as caught:
        read_roster(xlsx(tmp_path / "again.xlsx", [GOOD[0]]), existing=existing, today=TODAY)
    assert [(e.row, e.message) for e in caught.value.errors] == [(2, "该身份证号码已在参保职工名单中（张伟）")]


def test_ids_stored_as_numbers_and_missing_columns_are_explained(tmp_path):
    with pytest.raises(RosterImportError) as caught:
        read_roster(xlsx(tmp_path / "num.xlsx", [["张伟", 510700199005171230, None, "2026-03-02", 5000]]),
                    today=TODAY)
    assert "文本格式" in caught.value.errors[0].message
    with pytest.raises(RosterImportError) as caught:
        read_roster(xlsx(tmp_path / "cols.xlsx", [["张伟", ID_A]], header=["姓名", "身份证号码"]), today=TODAY)
    assert str(caught.value) == "第 1 行缺少列：参保日期、月缴费基数（元）。请使用导出的模板填写"
    with pytest.raises(RosterImportError, match="只能导入"):
        read_roster(_touch(tmp_path / "r.txt"))


def _touch(path):
    path.write_text("x", encoding="utf-8")
    return path


def test_csv_from_excel_in_gb18030_with_other_header_names(tmp_path):
    path = tmp_path / "roster.csv"
    text = "职工姓名,身份证号,联系电话,入职日期,缴费基数\n张伟,{0},,2026-03-02,5000\n".format(ID_A)
    path.write_bytes(text.encode("gb18030"))
    assert read_roster(path, today=TODAY) == [
        {"name": "张伟", "id_number": ID_A, "mobile": "", "start_date": "2026-03-02", "base": "5000.00"}]


def test_the_template_round_trips(tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == HEADER
    assert ws["B2"].number_format == "@" and "填写说明" in wb.sheetnames
    ws.append(["张伟", ID_A, "", "2026-03-02", "5000"])
    wb.save(path)
    assert [r["id_number"] for r in read_roster(path, today=TODAY)] == [ID_A]
    with pytest.raises(RosterImportError, match="没有职工记录"):
        read_roster(write_template(tmp_path / "empty.xlsx"), today=TODAY)
