"""CJK TrueType fonts: the search order, the refusal of what reportlab cannot embed, one registration."""
from __future__ import annotations

import logging
import os

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.reports import fonts
from app.reports.fonts import FontSource, FontUnavailable

# Every character the documents print in the amount, dates and titles.
DOCUMENT_CHARS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整人民币营业执照副本统一社会信用代码受理回执一次性告知单（）：，；、。"


@pytest.fixture
def nothing_installed(monkeypatch):
    monkeypatch.setattr(fonts, "BODY_CANDIDATES", ())
    monkeypatch.setattr(fonts, "HEADING_CANDIDATES", ())
    monkeypatch.setattr(fonts, "fontconfig_candidates", lambda: [])


def test_registration_is_done_once_and_gives_truetype_faces():
    first = fonts.register_fonts()
    assert fonts.register_fonts() is first
    for name in (fonts.body_font(), fonts.heading_font()):
        assert name in pdfmetrics.getRegisteredFontNames()
        assert isinstance(pdfmetrics.getFont(name), TTFont)


@pytest.mark.parametrize("name", [fonts.BODY, fonts.HEADING])
def test_registered_faces_cover_the_document_characters(name):
    fonts.register_fonts()
    widths = pdfmetrics.getFont(name).face.charWidths
    assert [ch for ch in DOCUMENT_CHARS if ord(ch) not in widths] == []


def test_bold_markup_maps_to_the_heading_face():
    from reportlab.lib.fonts import tt2ps

    fonts.register_fonts()
    assert tt2ps(fonts.BODY, 1, 0) == fonts.HEADING
    assert tt2ps(fonts.BODY, 0, 0) == fonts.BODY


@pytest.mark.skipif(not (os.path.isfile(fonts.BODY_CANDIDATES[0][0]) and os.path.isfile(fonts.HEADING_CANDIDATES[0][0])),
                    reason="fonts-arphic-uming / fonts-wqy-zenhei not installed")
def test_debian_packages_come_first():
    choice, _, _ = fonts.find_fonts(env={})
    assert choice.body == FontSource(*fonts.BODY_CANDIDATES[0])
    assert choice.heading == FontSource(*fonts.HEADING_CANDIDATES[0])


def test_the_environment_variable_wins_for_both_roles():
    usable = fonts.find_fonts(env={})[0].heading
    choice, body, heading = fonts.find_fonts(env={fonts.ENV_VAR: f"{usable.path}#{usable.index}"})
    assert choice.body == choice.heading == usable
    assert body.fontName == fonts.BODY and heading.fontName == fonts.HEADING


def test_an_unusable_environment_font_is_reported_and_skipped(tmp_path, caplog):
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"not a font at all")
    with caplog.at_level(logging.WARNING, logger="app.reports.fonts"):
        choice, _, _ = fonts.find_fonts(env={fonts.ENV_VAR: str(bogus)})
    assert str(bogus) in caplog.text
    assert choice.body.path != str(bogus)


@pytest.mark.parametrize("name", ["broken.ttf", "broken.ttc", "font.otf", "font.woff"])
def test_files_reportlab_cannot_embed_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 64)
    assert fonts._load(FontSource(str(path)), "KaibanProbe") is None


def test_cff_based_noto_cjk_is_refused():
    noto = [s for s in fonts.fontconfig_candidates() if "noto" in s.path.lower() and "cjk" in s.path.lower()]
    if not noto:
        pytest.skip("no Noto CJK installed")
    assert fonts._load(noto[0], "KaibanProbe") is None


def test_fontconfig_lists_only_truetype_files():
    assert all(s.path.lower().endswith((".ttf", ".ttc")) for s in fonts.fontconfig_candidates())


def test_any_chinese_truetype_font_from_fontconfig_serves(monkeypatch, nothing_installed):
    usable = fonts.register_fonts().body
    monkeypatch.setattr(fonts, "fontconfig_candidates", lambda: [FontSource("/nowhere/missing.ttf"), usable])
    choice, _, _ = fonts.find_fonts(env={})
    assert choice.body == choice.heading == usable


def test_headings_borrow_the_body_face_when_there_is_no_hei(monkeypatch):
    monkeypatch.setattr(fonts, "HEADING_CANDIDATES", ())
    choice, _, heading = fonts.find_fonts(env={})
    assert choice.heading == choice.body
    assert heading.fontName == fonts.HEADING


def test_no_font_at_all_says_what_to_install(nothing_installed):
    with pytest.raises(FontUnavailable) as raised:
        fonts.find_fonts(env={})
    message = str(raised.value)
    assert "fonts-arphic-uming" in message and "fonts-wqy-zenhei" in message
    assert fonts.ENV_VAR in message
    assert "字体" in message
