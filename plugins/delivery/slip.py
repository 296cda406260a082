"""The delivery slip (寄递交接单): one per parcel — the item and the case's other items under the
same waybill — with recipient, address, items, carrier, waybill as text, as a Code 128 barcode and
as a QR code, and signature lines for the window and the courier (Qt-free)."""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.core.carriers import carrier_title
from app.i18n import translate
from app.reports.qr import qr_drawing
from app.reports.tables import data_table, field_table, layout_table
from app.reports.templates import build_pdf, cn_datetime, content_width, document_styles, section, title_block
from plugins.delivery.common import kind_title, state_title
from plugins.delivery.items import ItemRow, parcel

OFFICE = "企业开办协同服务平台 · 免费寄递"


def _barcode(waybill: str, width: float):
    bar = Code128(waybill, barHeight=14 * mm, barWidth=0.42 * mm, humanReadable=True, fontName="Helvetica")
    return layout_table([[bar]], [width], [("ALIGN", (0, 0), (-1, -1), "CENTER")])


def render_slip(items: list[ItemRow], out_path: str | Path) -> Path:
    first = items[0]
    styles = document_styles()
    width = content_width()
    title = translate("delivery", "免费寄递交接单")
    story = title_block(title, translate("delivery", "办件编号：{number}").format(number=first.case_number))
    waybill = first.waybill_no or translate("delivery", "（寄出时填写）")
    pairs = [
        (translate("delivery", "企业名称"), first.enterprise),
        (translate("delivery", "收件人"), first.recipient),
        (translate("delivery", "联系电话"), first.mobile),
        (translate("delivery", "寄递地址"), first.address),
        (translate("delivery", "承运快递"), carrier_title(first.carrier) if first.carrier else "—"),
        (translate("delivery", "运单号"), waybill),
        (translate("delivery", "状态"), state_title(first.state)),
        (translate("delivery", "制单时间"), cn_datetime(first.prepared_at)),
    ]
    if first.sent_at:
        pairs.append((translate("delivery", "寄出时间"), cn_datetime(first.sent_at)))
    details = field_table(pairs, total_width=width * 0.68)
    if first.waybill_no:
        side = layout_table([[qr_drawing(first.waybill_no, 34 * mm)],
                             [Paragraph(translate("delivery", "扫码查询运单"), styles["Caption"])]], [width * 0.3])
        story.append(layout_table([[details, side]], [width * 0.7, width * 0.3]))
        story += [Spacer(1, 4 * mm), _barcode(first.waybill_no, width), Spacer(1, 2 * mm)]
    else:
        story.append(details)
    story += section(translate("delivery", "寄递物品"))
    story.append(data_table(
        [translate("delivery", h) for h in ("序号", "物品", "说明", "件数")],
        [[n, kind_title(i.kind), i.description or "—", 1] for n, i in enumerate(items, start=1)],
        total_width=width, widths=[0.7, 3, 4, 0.8], align=["CENTER", "LEFT", "LEFT", "CENTER"]))
    story += [Spacer(1, 6 * mm), Paragraph(translate(
        "delivery", "以上物品由企业开办综合受理窗口免费寄递，邮寄费用由政府承担。收件时请当面查验包装完好、物品齐全；"
                    "如有疑问请致电窗口。"), styles["Body"]), Spacer(1, 10 * mm)]
    story.append(layout_table(
        [[Paragraph(translate("delivery", "窗口经办人（签字）：＿＿＿＿＿＿"), styles["Signature"]),
          Paragraph(translate("delivery", "快递揽收员（签字）：＿＿＿＿＿＿"), styles["Signature"])],
         [Paragraph(translate("delivery", "交接时间：＿＿＿＿年＿＿月＿＿日"), styles["Signature"]),
          Paragraph(translate("delivery", "收件人（签字）：＿＿＿＿＿＿"), styles["Signature"])]],
        [width / 2, width / 2]))
    return build_pdf(out_path, story, title=title, office=translate("delivery", OFFICE))


def write_slip(item_id: int, user, out_path: str | Path) -> Path:
    """The slip of the item's parcel (checked: window staff and administrators)."""
    return render_slip(parcel(item_id, user), out_path)


__all__ = ["render_slip", "write_slip"]
