"""Reading an uploaded .xlsx or .csv file into rows (app.core.tabular)."""
import datetime as dt

import pytest
from openpyxl import Workbook

from app.core.errors import ServiceError
from app.core.tabular import cell_text, read_cells, read_rows

ROWS = [["姓名", "身份证号码", "参保日期"], ["张伟", "51070019900517123X", "2026-03-02"]]


def test_an_xlsx_file_keeps_values_and_drops_empty_rows_at_the_end(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", " 金额 ", "日期"])
    ws.append(["张伟", 5000.0, dt.datetime(2026, 3, 2, 9, 30)])
    ws.append([None, None, None])
    ws["A6"].number_format = "@"  # a formatted but empty cell further down
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    assert read_cells(path)[1] == ["张伟", 5000, dt.datetime(2026, 3, 2, 9, 30)]
    assert read_rows(path) == [["姓名", "金额", "日期"], ["张伟", "5000", "2026-03-02"]]


def test_a_csv_file_in_utf8_with_a_bom(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes("\n".join(",".join(r) for r in ROWS + [[" 李四 ", "", ""], ["", "", ""]]).encode("utf-8-sig"))
    assert read_rows(path) == ROWS + [["李四", "", ""]]


def test_a_csv_file_saved_by_excel_in_gb18030(tmp_path):
    path = tmp_path / "ROSTER.CSV"
    path.write_bytes(("\r\n".join(",".join(r) for r in ROWS) + "\r\n\r\n").encode("gb18030"))
    assert read_rows(path) == ROWS


def test_other_kinds_of_file_are_refused(tmp_path):
    path = tmp_path / "roster.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ServiceError, match=r"只能读取 \.xlsx 或 \.csv"):
        read_rows(path)
    with pytest.raises(ServiceError, match="文件不存在"):
        read_rows(tmp_path / "missing.csv")


def test_a_broken_file_is_refused_with_a_message(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(ServiceError, match="无法读取表格文件"):
        read_rows(broken)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes([0x81, 0x30, 0xff, 0xfe, 0x00, 0x9f]))
    with pytest.raises(ServiceError, match="无法识别 CSV 文件的编码"):
        read_rows(binary)


def test_cell_text():
    assert [cell_text(v) for v in (None, 12.0, 12.5, 7, dt.date(2026, 3, 2), " a ")] == [
        "", "12", "12.5", "7", "2026-03-02", "a"]
