"""Styled tables: a data grid with a repeated header and zebra rows, and a label/value grid."""
from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.reports.fonts import body_font
from app.reports.templates import document_styles

GRID = colors.HexColor("#7A7A7A")
FRAME = colors.black
HEADER_BG = colors.HexColor("#E6E9EE")
ZEBRA_BG = colors.HexColor("#F6F7F9")
LABEL_BG = colors.HexColor("#F1F2F4")
_ALIGN_STYLE = {"LEFT": "Cell", "CENTER": "CellCenter", "RIGHT": "CellRight"}


def cell(value, style_name: str = "Cell", bold: bool = False) -> Flowable:
    """A table cell that wraps CJK text; flowables pass through, None is empty; bold is the Hei face."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else escape(str(value)).replace("\n", "<br/>")
    if bold and text:
        text = f"<b>{text}</b>"
    return Paragraph(text, document_styles()[style_name])


def table_style(commands=()) -> TableStyle:
    """A TableStyle whose cell font is the CJK body face (else reportlab declares an unembedded Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), body_font(), 9.5), *commands])


def layout_table(rows, widths: Sequence[float], commands=(), **kw) -> Table:
    """A borderless, unpadded table for setting blocks side by side."""
    base = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    return Table(rows, colWidths=list(widths), style=table_style([*base, *commands]), **kw)


def _scaled(widths: Sequence[float] | None, count: int, total_width: float) -> list[float]:
    weights = list(widths) if widths else [1.0] * count
    if len(weights) != count:
        raise ValueError(f"{len(weights)} column widths for {count} columns")
    scale = total_width / sum(weights)
    return [w * scale for w in weights]


def data_table(headers: Sequence[str], rows: Sequence[Sequence], *, total_width: float,
               widths: Sequence[float] | None = None, align: Sequence[str] | None = None,
               zebra: bool = True, repeat_header: bool = True, totals: Sequence | None = None) -> Table:
    """A grid: bold header row (repeated on each page), ``widths`` as relative weights scaled to
    ``total_width``, ``align`` per column (LEFT/CENTER/RIGHT), light stripes on every other row and an
    optional bold ``totals`` row at the end."""
    count = len(headers)
    align = [a.upper() for a in align] if align else ["LEFT"] * count
    body = [[cell(value, _ALIGN_STYLE[align[i]]) for i, value in enumerate(row)] for row in rows]
    if any(len(row) != count for row in body):
        raise ValueError("every row needs one value per header")
    data = [[cell(h, "CellHeader") for h in headers], *body]
    if totals is not None:
        if len(totals) != count:
            raise ValueError("the totals row needs one value per header")
        data.append([cell(value, _ALIGN_STYLE[align[i]], bold=True) for i, value in enumerate(totals)])
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, FRAME),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, FRAME),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    last_body = -2 if totals is not None else -1
    if zebra and len(body) > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), [colors.white, ZEBRA_BG]))
    if totals is not None:
        commands += [("BACKGROUND", (0, -1), (-1, -1), HEADER_BG), ("LINEABOVE", (0, -1), (-1, -1), 0.9, FRAME)]
    return Table(data, colWidths=_scaled(widths, count, total_width), repeatRows=1 if repeat_header else 0,
                 style=table_style(commands), hAlign="CENTER")


def field_table(pairs: Sequence[tuple[str, object]], *, total_width: float, columns: int = 1,
                label_weight: float = 1.0, value_weight: float = 2.6) -> Table:
    """Label/value pairs in ``columns`` side-by-side groups, labels shaded (for case details, answers)."""
    row_count = -(-len(pairs) // columns)
    data = []
    for r in range(row_count):
        row: list = []
        for c in range(columns):
            index = r + c * row_count  # fill down the first group, then the next
            label, value = pairs[index] if index < len(pairs) else ("", "")
            row += [cell(label, "Label" if label else "Cell"), cell(value)]
        data.append(row)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, FRAME),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for c in range(columns):
        commands.append(("BACKGROUND", (2 * c, 0), (2 * c, -1), LABEL_BG))
    widths = _scaled([label_weight, value_weight] * columns, 2 * columns, total_width)
    return Table(data, colWidths=widths, style=table_style(commands), hAlign="CENTER")
