"""The registration window's printed documents: one-time notice, acceptance receipt, business licence and the
daily intake report.  Each ``render_*(data, out_path)`` writes one PDF and returns its path."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from app.reports.charts import bar_chart
from app.reports.fonts import body_font, heading_font
from app.reports.numerals import cny_uppercase_with_currency
from app.reports.qr import draw_qr, qr_drawing
from app.reports.tables import data_table, field_table, layout_table, table_style
from app.reports.templates import (CREATOR, build_pdf, cn_date, cn_datetime, content_width, document_styles,
                                   numbered, page_size, section, title_block)
from plugins.registration.document_data import (AcceptanceReceiptData, BusinessLicenceData, ChecklistNoticeData,
                                                DailyIntakeReportData)

ACCENT = colors.HexColor("#9B1C1C")  # the red of official print: deferrable marks, licence frame
DEFERRABLE = "可容缺，承诺后补"
MATERIAL_STATES = {"received": "已收取", "promised": "容缺受理，承诺补交"}
GSXT_URL = "http://www.gsxt.gov.cn"
LICENCE_QR_CAPTION = "扫描二维码登录国家企业信用信息公示系统了解更多登记、备案、许可、监管信息"
RECEIPT_QR_CAPTION = "扫码查询办理进度"
SCOPE_CUT = "……（完整内容详见国家企业信用信息公示系统）"  # when even the smallest print cannot hold it all


def _p(text: str, style: str = "Body") -> Paragraph:
    return Paragraph(escape(text), document_styles()[style])


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


# ---------------------------------------------------------------- 一次性告知单

def render_checklist_notice(data: ChecklistNoticeData, out_path: str | Path) -> Path:
    width = content_width()
    styles = document_styles()
    title = "企业开办一次性告知单"
    story = title_block(title)
    story.append(layout_table([[_p(f"告知单位：{data.office}", "Small"),
                                _p(f"告知日期：{cn_date(data.issued_at.date())}", "SmallRight")]],
                              [width * 0.7, width * 0.3]))
    story.append(Spacer(1, 3 * mm))
    story.append(_p("根据您在综合受理窗口填报的开办情况，现将办理企业开办（营业执照、公章刻制、银行开户、"
                    "税务登记、社保登记等）需要提交的材料一次性告知如下。请按清单备齐材料，一次提交即可。",
                    "BodyIndent"))

    story += section("一、申请情况")
    answers = list(data.answers)
    if data.enterprise_name:
        answers.insert(0, ("拟设立企业名称", data.enterprise_name))
    if answers:
        story.append(field_table(answers, total_width=width, columns=2 if len(answers) > 3 else 1,
                                 label_weight=1.15, value_weight=1.85))

    story += section(f"二、需提交的材料（共 {len(data.items)} 项）")
    rows = []
    for number, item in enumerate(data.items, start=1):
        note = escape(item.note)
        if item.deferrable:
            mark = f'<font name="{heading_font()}" color="{ACCENT.hexval()}">{DEFERRABLE}</font>'
            note = f"{note}<br/>{mark}" if note else mark
        rows.append([number, item.name, "、".join(item.departments), Paragraph(note, styles["Cell"])])
    story.append(data_table(["序号", "材料名称", "使用部门", "说明"], rows, total_width=width,
                            widths=[0.55, 2.6, 2.1, 2.9], align=["CENTER", "LEFT", "LEFT", "LEFT"]))

    story += section("三、办理须知")
    notes = [
        "以上材料<b>一次采集、多方复用</b>：由综合受理窗口统一收取，在市场监管、公章刻制、银行、税务、社保等"
        "部门之间共享，您无需向各部门重复提交。",
        f"标注“{DEFERRABLE}”的材料暂缺时，可签署书面承诺后先行受理（容缺受理），并须在承诺日期前补交。",
        "材料须真实、有效；复印件请使用 A4 纸并由申请人签字确认。",
    ]
    if data.phone:
        notes.append(f"咨询电话：{escape(data.phone)}")
    story += numbered(notes)

    signature = layout_table(
        [[_p(f"告知人：{data.clerk or '________'}", "Signature"), _p("申请人（签字）：__________", "Signature"),
          _p("日期：______年____月____日", "Signature")]],
        [width * 0.28, width * 0.37, width * 0.35])
    story += [Spacer(1, 9 * mm), KeepTogether([signature])]
    return build_pdf(out_path, story, title=title, office=data.office, generated_at=data.issued_at)


# ---------------------------------------------------------------- 受理回执

def receipt_qr(data: AcceptanceReceiptData, size: float = 30 * mm):
    """The receipt's QR code drawing (``.widget.value`` is ``data.qr_payload``)."""
    return qr_drawing(data.qr_payload, size)


def _stamp_box(width: float, height: float) -> Table:
    style = ParagraphStyle("Stamp", parent=document_styles()["CellCenter"], textColor=colors.HexColor("#666666"))
    return Table([[Paragraph("（受理专用章）", style)]], colWidths=[width], rowHeights=[height],
                 style=table_style([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888"), None, (3, 2)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))


def render_acceptance_receipt(data: AcceptanceReceiptData, out_path: str | Path) -> Path:
    width = content_width()
    styles = document_styles()
    title = "企业开办受理回执"
    story = title_block(title)

    number_style = ParagraphStyle("CaseNumber", parent=styles["Emphasis"], fontSize=20, leading=26)
    qr_size = 30 * mm
    left = [_p("受理编号", "Label"), Spacer(1, 2), Paragraph(escape(data.case_number), number_style),
            Spacer(1, 5), _p(data.enterprise_name, "Body"),
            _p(f"您的企业开办申请已于{cn_datetime(data.accepted_at)}受理。", "Small")]
    right = [receipt_qr(data, qr_size), _p(RECEIPT_QR_CAPTION, "Caption")]
    story.append(layout_table([[left, right]], [width - qr_size - 12 * mm, qr_size + 12 * mm],
                              commands=[("ALIGN", (1, 0), (1, 0), "CENTER"), ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                                        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
                                        ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]))
    story.append(Spacer(1, 5 * mm))

    deadline = cn_datetime(data.licence_deadline) if data.licence_deadline else "—"
    details = [("企业名称", data.enterprise_name), ("申请人", data.applicant),
               ("受理时间", cn_datetime(data.accepted_at)), ("承诺办结时限", deadline),
               ("受理窗口", data.office), ("受理人", data.clerk)]
    if data.phone:
        details.append(("咨询电话", data.phone))
    story.append(field_table(details, total_width=width, columns=1, label_weight=1, value_weight=4))

    story += section(f"收取材料（共 {len(data.materials)} 项）")
    rows = [[n, m.name, MATERIAL_STATES.get(m.state, m.state), cn_date(m.promised_by) if m.promised_by else ""]
            for n, m in enumerate(data.materials, start=1)]
    story.append(data_table(["序号", "材料名称", "收取情况", "承诺补交日期"], rows, total_width=width,
                            widths=[0.55, 4, 2, 1.8], align=["CENTER", "LEFT", "CENTER", "CENTER"]))

    story += section("温馨提示")
    tips = ["请妥善保管本回执，凭受理编号或扫描二维码查询办理进度。",
            "营业执照在承诺办结时限内办结；办结后可到窗口领取，也可选择免费寄递。"]
    if any(m.state == "promised" for m in data.materials):
        tips.append("容缺受理的材料，请于承诺补交日期前补交；逾期未补交的，将影响后续办理。")
    story += numbered([escape(t) for t in tips])

    stamp_w, stamp_h = 46 * mm, 30 * mm
    sign = [_p(f"受理人：{data.clerk}", "Signature"), _p(f"受理日期：{cn_date(data.accepted_at.date())}", "Signature")]
    story += [Spacer(1, 8 * mm),
              KeepTogether([layout_table([[sign, _stamp_box(stamp_w, stamp_h)]], [width - stamp_w, stamp_w],
                                         commands=[("VALIGN", (0, 0), (0, 0), "MIDDLE")])])]
    return build_pdf(out_path, story, title=title, office=data.office)


# ---------------------------------------------------------------- 营业执照

LABEL_SIZE = 13
VALUE_SIZE = 13
LABEL_WIDTH = 5 * LABEL_SIZE  # labels spread to the width of 法定代表人


def licence_qr(data: BusinessLicenceData, size: float = 26 * mm):
    """The licence's QR code drawing (``.widget.value`` is ``data.qr_payload``)."""
    return qr_drawing(data.qr_payload, size)


def _spread_label(canvas: Canvas, text: str, x: float, y: float) -> None:
    """Draw ``text`` with its characters spread evenly over LABEL_WIDTH (名　称 / 法定代表人)."""
    gap = (LABEL_WIDTH - canvas.stringWidth(text, heading_font(), LABEL_SIZE)) / max(len(text) - 1, 1)
    canvas.drawString(x, y, text, charSpace=gap)  # one string, so copying the text gives 名称, not 名 称


def _fitted(text: str, width: float, max_height: float, largest: float, smallest: float = 7) -> Paragraph:
    """``text`` at the largest size (down to ``smallest``) that fits ``width`` x ``max_height``; if even the
    smallest does not fit, cut it and say where the rest can be read."""
    size = largest
    while True:
        style = ParagraphStyle("LicenceValue", fontName=body_font(), fontSize=size, leading=size * 1.42,
                               wordWrap="CJK", alignment=TA_LEFT)
        para = Paragraph(escape(text), style)
        if para.wrap(width, max_height)[1] <= max_height:
            return para
        if size > smallest:
            size = max(smallest, size - 0.5)
            continue
        keep = len(text)
        while keep > 0:
            keep -= max(1, keep // 20)
            para = Paragraph(escape(text[:keep]) + SCOPE_CUT, style)
            if para.wrap(width, max_height)[1] <= max_height:
                break
        return para


def _field(canvas: Canvas, label: str, value: str, x: float, top: float, width: float,
           max_height: float) -> float:
    """Label and wrapped value with their first lines on one baseline; returns the height used."""
    para = _fitted(value, width - LABEL_WIDTH - 16, max_height, VALUE_SIZE)
    _, height = para.wrap(width - LABEL_WIDTH - 16, max_height)
    canvas.setFont(heading_font(), LABEL_SIZE)
    first_baseline = top - para.style.fontSize  # the paragraph's first baseline sits one font size down
    _spread_label(canvas, label, x, first_baseline)
    para.drawOn(canvas, x + LABEL_WIDTH + 16, top - height)
    return max(height, para.style.leading)


def render_business_licence(data: BusinessLicenceData, out_path: str | Path) -> Path:
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    page_w, page_h = page_size(landscape=True)
    canvas = Canvas(str(out), pagesize=(page_w, page_h), initialFontName=body_font())
    canvas.setTitle(f"营业执照（副本）{data.name}")
    canvas.setAuthor(data.authority)
    canvas.setCreator(CREATOR)
    canvas.setSubject(data.uscc)

    # Double-line frame.
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.6)
    canvas.rect(20, 20, page_w - 40, page_h - 40)
    canvas.setLineWidth(0.8)
    canvas.rect(26, 26, page_w - 52, page_h - 52)

    inner_left, inner_right, inner_top = 58, page_w - 58, page_h - 56
    # Unified social credit code, top left.
    canvas.setFillColor(colors.black)
    canvas.setFont(body_font(), 11)
    canvas.drawString(inner_left, inner_top - 6, "统一社会信用代码")
    canvas.setFont(heading_font(), 15)
    canvas.drawString(inner_left, inner_top - 27, data.uscc)

    # QR code and its caption, top right.
    qr_size, caption_w = 26 * mm, 50 * mm
    qr_centre = inner_right - caption_w / 2  # the caption, centred under the code, ends at the margin
    draw_qr(canvas, data.qr_payload, qr_centre - qr_size / 2, inner_top - qr_size + 8, qr_size)
    caption_style = ParagraphStyle("QrCaption", fontName=body_font(), fontSize=7.5, leading=9.5,
                                   wordWrap="CJK", alignment=TA_CENTER)
    caption = Paragraph(LICENCE_QR_CAPTION, caption_style)
    _, caption_h = caption.wrap(caption_w, 40)
    caption.drawOn(canvas, inner_right - caption_w, inner_top - qr_size + 4 - caption_h)

    # Title.
    canvas.setFont(heading_font(), 44)
    canvas.drawCentredString(page_w / 2, page_h - 118, "营 业 执 照", charSpace=10)
    canvas.setFont(body_font(), 16)
    canvas.drawCentredString(page_w / 2, page_h - 150, "（副 本）", charSpace=4)

    # Two columns of fields.
    top = page_h - 200
    bottom_limit = 118  # room for the authority block and the note line
    column_w = (inner_right - inner_left - 40) / 2
    left_x, right_x = inner_left + 12, inner_left + column_w + 40
    gap = 17
    y = top
    for label, value in (("名称", data.name), ("类型", data.company_type),
                         ("法定代表人", data.legal_representative)):
        y -= _field(canvas, label, value, left_x, y, column_w, 60) + gap
    _field(canvas, "经营范围", data.business_scope, left_x, y, column_w, y - 62)

    right_fields = []
    if data.registered_capital is not None:
        right_fields.append(("注册资本", cny_uppercase_with_currency(data.registered_capital)))
    right_fields += [("成立日期", cn_date(data.established_on)), ("营业期限", data.term), ("住所", data.address)]
    y = top
    for label, value in right_fields:
        y -= _field(canvas, label, value, right_x, y, column_w, max(y - bottom_limit - 10, 20)) + gap

    # Registration authority and date, bottom right.
    canvas.setFont(heading_font(), LABEL_SIZE)
    baseline, value_x = 104, right_x + LABEL_WIDTH + 16
    _spread_label(canvas, "登记机关", right_x, baseline)
    authority = _fitted(data.authority, inner_right - value_x, 34, 13, 9)
    _, h = authority.wrap(inner_right - value_x, 34)
    authority.drawOn(canvas, value_x, baseline + authority.style.fontSize - h)
    canvas.setFont(body_font(), 13)
    date_y = min(baseline - 26, baseline + authority.style.fontSize - h - 18)
    canvas.drawCentredString((value_x + inner_right) / 2, date_y, cn_date(data.issued_on, spaced=True))

    # Note line.
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.5)
    canvas.line(inner_left - 20, 50, inner_right + 20, 50)
    canvas.setFont(body_font(), 8)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.drawString(inner_left, 37, f"国家企业信用信息公示系统网址：{GSXT_URL}")
    canvas.drawRightString(inner_right, 37, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告")
    canvas.showPage()
    canvas.save()
    return out


# ---------------------------------------------------------------- 每日受理情况统计

def _count_rows(pairs) -> tuple[list[list], list]:
    total = sum(count for _, count in pairs)
    rows = [[name, count, _share(count, total)] for name, count in pairs]
    return rows, ["合计", total, "100.0%" if total else "—"]


def _class_title(code: str) -> str:
    return f"{code}小时" if code.isdigit() else (code if code.strip("—- ") else "未分类")


def _figures(items: list[tuple[str, str]], width: float) -> Table:
    """Key figures in a row of boxes: big number over a small label."""
    styles = document_styles()
    big = ParagraphStyle("Figure", parent=styles["Emphasis"], fontSize=20, leading=24, alignment=TA_CENTER)
    row = [[Paragraph(escape(value), big), Paragraph(escape(label), styles["CellCenter"])] for label, value in items]
    return Table([row], colWidths=[width / len(items)] * len(items),
                 style=table_style([("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A7A7A")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F6F7F9")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))


def render_daily_intake_report(data: DailyIntakeReportData, out_path: str | Path) -> Path:
    width = content_width()
    styles = document_styles()
    several_days = data.day_to is not None and data.day_to != data.day
    if several_days:
        title, period, when = "受理情况统计", f"统计期间：{cn_date(data.day)}至{cn_date(data.day_to)}", "期间"
    else:
        title, period, when = "每日受理情况统计", f"统计日期：{cn_date(data.day)}", "当日"
    story = title_block(title, f"{data.office}　　{period}")

    issued = sum(r.issued for r in data.by_licence_class)
    on_time = sum(r.on_time for r in data.by_licence_class)
    channels = "、".join(f"{name}{count}件" for name, count in data.by_channel)
    summary = f"{when}共受理企业开办申请{data.received}件" + (f"，其中{channels}" if channels else "")
    summary += f"；核准发放营业执照{issued}件，按时办结{on_time}件，按时办结率{_share(on_time, issued)}。"
    story += section("一、总体情况")
    story += [_figures([("受理开办申请（件）", str(data.received)), ("核准发照（件）", str(issued)),
                        ("按时办结（件）", str(on_time)), ("按时办结率", _share(on_time, issued))], width),
              Spacer(1, 3 * mm), _p(summary, "BodyIndent")]

    half = (width - 8 * mm) / 2  # the two short tables side by side
    rows, totals = _count_rows(data.by_channel)
    channel = [Paragraph("二、按受理渠道", styles["Section"]),
               data_table(["受理渠道", "件数", "占比"], rows, totals=totals, total_width=half,
                          widths=[2.2, 1, 1], align=["LEFT", "RIGHT", "RIGHT"])]
    rows = [[_class_title(r.licence_class), r.issued, r.on_time, _share(r.on_time, r.issued)]
            for r in data.by_licence_class]
    classes = [Paragraph("三、按发照时限", styles["Section"]),
               data_table(["时限", "发照数", "按时办结", "按时率"], rows, total_width=half,
                          totals=["合计", issued, on_time, _share(on_time, issued)],
                          widths=[1.1, 1, 1.1, 1.1], align=["LEFT", "RIGHT", "RIGHT", "RIGHT"])]
    story += [Spacer(1, 2 * mm), layout_table([[channel, "", classes]], [half, width - 2 * half, half])]

    rows, totals = _count_rows(data.by_company_type)
    story += section("四、按企业类型")
    story.append(data_table(["企业类型", "件数", "占比"], rows, totals=totals, total_width=width,
                            widths=[4, 1, 1], align=["LEFT", "RIGHT", "RIGHT"]))
    if data.by_company_type:
        story += [Spacer(1, 3 * mm),
                  bar_chart([name for name, _ in data.by_company_type], [n for _, n in data.by_company_type],
                            width=width, height=52 * mm, title="各类型企业受理件数")]
    generated = data.generated_at or dt.datetime.now()
    return build_pdf(out_path, story, title=title, office=data.office, generated_at=generated)
