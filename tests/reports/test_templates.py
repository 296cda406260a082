"""Page templates: header, numbered footer, page sizes, style sheet and Chinese line breaking."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app.reports import templates
from app.reports.fonts import body_font, heading_font
from reports.pdf_inspect import assert_truetype_subsets_only, compact, page_texts

MOMENT = dt.datetime(2026, 11, 21, 14, 5)


def test_chinese_dates():
    assert templates.cn_date(dt.date(2026, 11, 21)) == "2026年11月21日"
    assert templates.cn_date(dt.date(2026, 1, 2), spaced=True) == "2026 年 1 月 2 日"
    assert templates.cn_datetime(MOMENT) == "2026年11月21日 14:05"


def test_styles_use_the_cjk_faces_and_cjk_wrapping():
    sheet = templates.document_styles()
    assert sheet["DocTitle"].fontName == heading_font()
    assert sheet["Body"].fontName == body_font()
    assert sheet["CellHeader"].fontName == heading_font()
    assert all(style.wordWrap == "CJK" for style in sheet.byName.values())


def _story(paragraphs: int):
    story = templates.title_block("测试文书", "副标题")
    story += templates.section("一、段落")
    story += [Paragraph(f"第{i}段：企业开办一次采集、多方复用，材料由窗口统一收取。", templates.document_styles()["Body"])
              for i in range(paragraphs)]
    return story


def test_every_page_has_header_and_page_n_of_m(tmp_path):
    out = templates.build_pdf(tmp_path / "sub" / "doc.pdf", _story(150), title="测试文书",
                              office="绵阳高新区市场监督管理局", generated_at=MOMENT)
    texts = page_texts(out)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        text = compact(text)
        assert f"第{number}页共{len(texts)}页" in text
        assert "绵阳高新区市场监督管理局" in text and "测试文书" in text
        assert "打印时间：2026-11-2114:05" in text
    assert_truetype_subsets_only(out)


def test_metadata_names_the_document(tmp_path):
    out = templates.build_pdf(tmp_path / "doc.pdf", _story(1), title="测试文书", office="某窗口")
    meta = PdfReader(out).metadata
    assert meta.title == "测试文书" and meta.author == "某窗口"


@pytest.mark.parametrize("landscape", [False, True])
def test_a4_portrait_or_landscape(tmp_path, landscape):
    out = templates.build_pdf(tmp_path / "doc.pdf", _story(2), title="测试", landscape=landscape)
    box = PdfReader(out).pages[0].mediabox
    width, height = round(float(box.width)), round(float(box.height))
    assert (width, height) == ((842, 595) if landscape else (595, 842))
    assert templates.content_width(landscape) == pytest.approx(width - 2 * templates.MARGIN_X, abs=1)


def test_no_line_starts_with_chinese_closing_punctuation():
    text = "一般项目：软件开发；信息技术咨询服务，信息系统集成服务；人工智能应用软件开发！数据处理和存储支持服务？" * 4
    sheet = templates.document_styles()
    for width in range(120, 400, 7):
        for markup in (text, f"<b>前言</b>{text}"):  # plain paragraphs and paragraphs with markup wrap differently
            para = Paragraph(markup, sheet["Body"])
            para.wrap(width, 10_000)
            for line in para.blPara.lines[1:]:
                first = _line_text(line)[:1]
                assert first not in templates.CHINESE_CANNOT_START, (width, _line_text(line))


def _line_text(line) -> str:
    if isinstance(line, tuple):  # plain paragraph: (extra space, [words])
        return "".join(line[1])
    return "".join(getattr(word, "text", "") for word in line.words)
