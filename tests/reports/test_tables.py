"""Styled tables: widths, CJK cells, repeated header, stripes, totals, label/value grids."""
from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from app.reports.tables import data_table, field_table
from app.reports.templates import build_pdf, content_width
from reports.pdf_inspect import compact, page_texts



def test_widths_are_weights_scaled_to_the_total():
    table = data_table(["序号", "材料名称"], [[1, "身份证件"]], total_width=300, widths=[1, 2])
    assert table._colWidths == pytest.approx([100, 200])


def test_equal_widths_by_default_and_header_repeats():
    table = data_table(["甲", "乙", "丙"], [["1", "2", "3"]], total_width=300)
    assert table._colWidths == pytest.approx([100, 100, 100])
    assert table.repeatRows == 1


def test_cells_are_cjk_wrapping_paragraphs_and_flowables_pass_through():
    marker = Paragraph("已有段落", data_table(["a"], [["x"]], total_width=10)._cellvalues[1][0].style)
    table = data_table(["名称", "说明"], [["公司章程", None], [marker, 3]], total_width=200)
    cells = table._cellvalues
    assert all(isinstance(c, Paragraph) for row in cells for c in row)
    assert cells[1][0].style.wordWrap == "CJK"
    assert cells[2][0] is marker
    assert cells[1][1].text == ""


def test_markup_in_values_is_printed_literally():
    table = data_table(["名称"], [["A&B <b>"]], total_width=100)
    assert "&amp;" in table._cellvalues[1][0].text and "&lt;b&gt;" in table._cellvalues[1][0].text


def test_zebra_stripes_and_totals_row():
    table = data_table(["类型", "件数"], [["甲", 1], ["乙", 2], ["丙", 3]], total_width=200, totals=["合计", 6])
    assert len(table._cellvalues) == 5
    assert "<b>" in table._cellvalues[-1][0].text
    assert table._bkgrndcmds  # header, stripes and totals shading


@pytest.mark.parametrize("kwargs", [dict(widths=[1]), dict(totals=["合计"])])
def test_shape_mismatches_are_errors(kwargs):
    with pytest.raises(ValueError):
        data_table(["甲", "乙"], [["1", "2"]], total_width=100, **kwargs)


def test_row_with_wrong_length_is_an_error():
    with pytest.raises(ValueError):
        data_table(["甲", "乙"], [["1"]], total_width=100)


def test_long_table_repeats_its_header_on_every_page(tmp_path):
    rows = [[i, f"第{i}项材料：法定代表人身份证件及其复印件（须本人签字）"] for i in range(1, 120)]
    out = build_pdf(tmp_path / "t.pdf", [data_table(["序号", "材料名称"], rows, total_width=content_width())],
                    title="表格")
    texts = [compact(t) for t in page_texts(out)]
    assert len(texts) >= 3
    assert all("序号材料名称" in t for t in texts)
    assert "第119项材料" in texts[-1]


def test_field_table_fills_columns_downwards():
    pairs = [("企业名称", "甲"), ("申请人", "乙"), ("受理时间", "丙"), ("受理人", "丁"), ("电话", "戊")]
    table = field_table(pairs, total_width=400, columns=2)
    cells = table._cellvalues
    assert (len(cells), len(cells[0])) == (3, 4)
    assert [cells[r][0].text for r in range(3)] == ["企业名称", "申请人", "受理时间"]
    assert [cells[r][2].text for r in range(2)] == ["受理人", "电话"]
    assert cells[2][2].text == ""
    assert sum(table._colWidths) == pytest.approx(400)
