"""The bar chart helper: data, CJK labels, wrapping of long category names."""
from __future__ import annotations

import pytest

from app.reports.charts import _nice_step, _wrap, bar_chart
from app.reports.fonts import body_font
from app.reports.templates import build_pdf
from reports.pdf_inspect import assert_contains, assert_truetype_subsets_only

TYPES = ["有限责任公司（自然人投资或控股）", "个人独资企业", "合伙企业"]


def test_chart_carries_the_data_and_cjk_labels():
    drawing = bar_chart(TYPES, [21, 5, 3], width=400, height=150, title="各类型企业受理件数")
    chart = drawing.chart
    assert chart.data == [[21, 5, 3]]
    assert [name.replace("\n", "") for name in chart.categoryAxis.categoryNames] == TYPES
    assert chart.categoryAxis.labels.fontName == body_font()
    assert chart.valueAxis.valueMax > 21


@pytest.mark.parametrize("label, per_line, expected", [
    ("个人独资企业", 7, "个人独资企业"),
    ("有限责任公司（自然人独资）", 6, "有限责任公司\n（自然人独资）"),  # a lone "）" joins the line above
    ("有限责任公司（自然人投资或控股）", 7, "有限责任公司\n（自然人投资或\n控股）"),
    ("一二三四五六七八九十一二三四五六七八九十", 4, "一二三四\n五六七八\n九十一…"),
])
def test_long_labels_wrap(label, per_line, expected):
    assert _wrap(label, per_line) == expected


@pytest.mark.parametrize("top, step", [(1, 1), (7, 2), (21, 5), (47, 10), (230, 50)])
def test_axis_steps_are_round(top, step):
    assert _nice_step(top) == step


def test_one_value_per_category():
    with pytest.raises(ValueError):
        bar_chart(["甲"], [1, 2], width=100, height=100)


def test_empty_chart_still_draws(tmp_path):
    out = build_pdf(tmp_path / "empty.pdf", [bar_chart([], [], width=300, height=120)], title="空")
    assert out.exists()


def test_chart_renders_with_embedded_fonts(tmp_path):
    out = build_pdf(tmp_path / "chart.pdf", [bar_chart(TYPES, [21, 5, 3], width=400, height=150, title="件数")],
                    title="图表")
    assert_contains(out, "个人独资企业", "件数", "21")
    assert_truetype_subsets_only(out)
