"""The completion notice (办结通知书) a department hands or sends the applicant when its step is
done: who did what for which company, the particulars (as label/value pairs and tables), what
to do next, and the organisation's signature block with a stamp box. Every department plugin's
notice is this one layout with its own content."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from app.i18n import translate
from app.reports.tables import data_table, field_table, layout_table, table_style
from app.reports.templates import build_pdf, cn_date, cn_datetime, content_width, document_styles, numbered, \
    section, title_block


@dataclass
class NoticeTable:
    heading: str
    headers: Sequence[str]
    rows: Sequence[Sequence]
    widths: Sequence[float] | None = None
    align: Sequence[str] | None = None


@dataclass
class CompletionNotice:
    title: str  # e.g. 印章刻制办结通知书
    office: str  # the organisation that did the work
    case_number: str
    enterprise_name: str
    completed_at: dt.datetime
    details: list[tuple[str, str]] = field(default_factory=list)
    tables: list[NoticeTable] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)  # plain text, one paragraph each
    tips: list[str] = field(default_factory=list)  # plain text, numbered
    handler: str = ""  # the member of staff who did it
    address: str = ""
    phone: str = ""
    stamp_text: str = ""  # e.g. （业务专用章）


def _stamp_box(text: str, width: float, height: float) -> Table:
    style = ParagraphStyle("NoticeStamp", parent=document_styles()["CellCenter"], textColor=colors.HexColor("#666666"))
    return Table([[Paragraph(escape(text), style)]], colWidths=[width], rowHeights=[height],
                 style=table_style([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888"), None, (3, 2)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))


def render_completion_notice(notice: CompletionNotice, out_path: str | Path) -> Path:
    styles = document_styles()
    width = content_width()
    subtitle = translate("reports", "办件编号：{number}").format(number=notice.case_number)
    story = title_block(escape(notice.title), escape(subtitle))
    story.append(Paragraph(escape(translate("reports", "{enterprise}：").format(enterprise=notice.enterprise_name)),
                           styles["Body"]))
    for text in notice.paragraphs:
        story.append(Paragraph(escape(text), styles["BodyIndent"]))
    story.append(Spacer(1, 4 * mm))
    details = [(translate("reports", "企业名称"), notice.enterprise_name),
               (translate("reports", "办结时间"), cn_datetime(notice.completed_at)), *notice.details]
    story.append(field_table(details, total_width=width, columns=1, label_weight=1, value_weight=3.4))
    for table in notice.tables:
        story += section(escape(table.heading))
        story.append(data_table(table.headers, table.rows, total_width=width, widths=table.widths,
                                align=table.align))
    if notice.tips:
        story += section(translate("reports", "温馨提示"))
        story += numbered([escape(t) for t in notice.tips])
    contact = [notice.office]
    if notice.address:
        contact.append(translate("reports", "地址：{address}").format(address=notice.address))
    if notice.phone:
        contact.append(translate("reports", "电话：{phone}").format(phone=notice.phone))
    sign = [Paragraph(escape(line), styles["Signature"]) for line in contact]
    if notice.handler:
        sign.append(Paragraph(escape(translate("reports", "经办人：{name}").format(name=notice.handler)),
                              styles["Signature"]))
    sign.append(Paragraph(escape(cn_date(notice.completed_at.date())), styles["Signature"]))
    stamp_w, stamp_h = 46 * mm, 30 * mm
    stamp = _stamp_box(notice.stamp_text or translate("reports", "（业务专用章）"), stamp_w, stamp_h)
    story += [Spacer(1, 8 * mm),
              KeepTogether([layout_table([[sign, stamp]], [width - stamp_w, stamp_w],
                                         commands=[("VALIGN", (0, 0), (0, 0), "MIDDLE")])])]
    return build_pdf(out_path, story, title=notice.title, office=notice.office)


__all__ = ["CompletionNotice", "NoticeTable", "render_completion_notice"]
