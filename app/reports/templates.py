"""Page templates for official documents: A4 with a running header and a "第 N 页 共 M 页" footer.

``build_pdf(out, story, title=..., office=...)`` lays out a story of flowables; ``document_styles()`` is the
style sheet every document shares (CJK fonts, ``wordWrap='CJK'``).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.platypus import paragraph as _paragraph
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer

from app.reports.fonts import body_font, heading_font

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 14 * mm  # baseline of the running header, from the top edge
FOOTER_Y = 11 * mm  # baseline of the footer, from the bottom edge
RULE = colors.HexColor("#555555")
MUTED = colors.HexColor("#444444")
CREATOR = "Kaiban 开办 · 企业开办协同服务平台"

# reportlab's CJK wrapping keeps 、 and 。 off the start of a line but not the other full-width Chinese
# punctuation, so a line could begin with "，" or "；".  Both of its wrappers (one for plain paragraphs, one for
# paragraphs with markup) read a module global at call time.
CHINESE_CANNOT_START = "，；：！？）》〉」』】”’％"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(ch for ch in CHINESE_CANNOT_START if ch not in _module.ALL_CANNOT_START)


def cn_date(day: dt.date, spaced: bool = False) -> str:
    """2026年11月21日, or with ``spaced`` 2026 年 11 月 21 日 (as printed on licences)."""
    sep = " " if spaced else ""
    return f"{day.year}{sep}年{sep}{day.month}{sep}月{sep}{day.day}{sep}日"


def cn_datetime(moment: dt.datetime) -> str:
    """2026年11月21日 14:05"""
    return f"{cn_date(moment)} {moment:%H:%M}"


@lru_cache(maxsize=1)
def document_styles() -> StyleSheet1:
    """The shared style sheet: Song for text, Hei for titles, headings and table headers."""
    body, heading = body_font(), heading_font()
    sheet = StyleSheet1()

    def add(name, font, size, leading, **kw):
        kw.setdefault("wordWrap", "CJK")
        sheet.add(ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw))

    add("DocTitle", heading, 20, 28, alignment=TA_CENTER, spaceAfter=2)
    add("DocSubtitle", body, 10.5, 16, alignment=TA_CENTER, textColor=MUTED, spaceAfter=6)
    add("Section", heading, 12, 18, spaceBefore=10, spaceAfter=5)
    add("Body", body, 10.5, 17, alignment=TA_JUSTIFY)
    add("BodyIndent", body, 10.5, 17, alignment=TA_JUSTIFY, firstLineIndent=21)
    add("BodyRight", body, 10.5, 17, alignment=TA_RIGHT)
    add("ListItem", body, 10.5, 17, alignment=TA_JUSTIFY, leftIndent=17, bulletIndent=0, bulletFontName=body,
        bulletFontSize=10.5, spaceAfter=1)
    add("Emphasis", heading, 14, 20)
    add("Small", body, 8.5, 12, textColor=MUTED)
    add("SmallRight", body, 8.5, 12, textColor=MUTED, alignment=TA_RIGHT)
    add("Caption", body, 8, 11, alignment=TA_CENTER, textColor=MUTED)
    # Cells keep half an em free on the right: a line may end in hanging punctuation (、，) that must not
    # cross the grid line.
    add("Cell", body, 9.5, 13.5, alignment=TA_LEFT, rightIndent=4.75)
    add("CellCenter", body, 9.5, 13.5, alignment=TA_CENTER)
    add("CellRight", body, 9.5, 13.5, alignment=TA_RIGHT)
    add("CellHeader", heading, 9.5, 13.5, alignment=TA_CENTER)
    add("Label", heading, 10, 14, rightIndent=5)
    add("Signature", body, 11, 26)
    return sheet


def title_block(title: str, subtitle: str | None = None) -> list[Flowable]:
    """The big centred title of the first page, with an optional line under it."""
    styles = document_styles()
    out: list[Flowable] = [Paragraph(title, styles["DocTitle"])]
    if subtitle:
        out.append(Paragraph(subtitle, styles["DocSubtitle"]))
    out.append(Spacer(1, 4 * mm))
    return out


def numbered(items: list[str], style: str = "ListItem") -> list[Flowable]:
    """Numbered paragraphs (1. 2. ...) with a hanging indent; ``items`` are paragraph markup."""
    sheet = document_styles()
    return [Paragraph(text, sheet[style], bulletText=f"{n}.") for n, text in enumerate(items, start=1)]


def section(text: str, keep: float = 35 * mm) -> list[Flowable]:
    """A section heading that starts a new page when less than ``keep`` is left below it (no orphan
    headings; long tables after it still start on the same page)."""
    return [CondPageBreak(keep), Paragraph(text, document_styles()["Section"])]


class NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say how many pages there are."""

    def __init__(self, *args, **kwargs):
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = body_font()  # no unembedded Helvetica in the resources
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(body_font(), 8.5)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN_X, FOOTER_Y, f"第 {number} 页  共 {total} 页")
        self.restoreState()


class _Document(BaseDocTemplate):
    def __init__(self, filename, *, title, office, generated_at, pagesize, **kw):
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=office,
                         creator=CREATOR, **kw)
        self.doc_title, self.office, self.generated_at = title, office, generated_at
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc) -> None:
        width, height = self.pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(MUTED)
        canvas.setFont(body_font(), 8.5)
        top = height - HEADER_Y
        canvas.drawString(left, top, self.office)
        canvas.drawRightString(right, top, self.doc_title)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 4, right, top - 4)
        canvas.setLineWidth(0.4)
        canvas.line(left, top - 5.6, right, top - 5.6)
        canvas.setLineWidth(0.5)
        canvas.line(left, FOOTER_Y + 10, right, FOOTER_Y + 10)
        canvas.drawString(left, FOOTER_Y, f"打印时间：{self.generated_at:%Y-%m-%d %H:%M}")
        canvas.restoreState()


def page_size(landscape: bool = False) -> tuple[float, float]:
    return landscape_of(A4) if landscape else A4


def content_width(landscape: bool = False) -> float:
    """Width of the text frame of ``build_pdf`` pages, for sizing tables."""
    return page_size(landscape)[0] - 2 * MARGIN_X


def build_pdf(out_path: str | Path, story: list[Flowable], *, title: str, office: str = "",
              generated_at: dt.datetime | None = None, landscape: bool = False, subject: str = "") -> Path:
    """Lay out ``story`` on A4 pages (``landscape`` for wide tables) with header and numbered footer."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = _Document(str(out), title=title, office=office, subject=subject,
                    generated_at=generated_at or dt.datetime.now(), pagesize=page_size(landscape))
    doc.build(list(story), canvasmaker=NumberedCanvas)
    return out
