"""The delivery report (``report delivery.items``) as PDF or .xlsx: per kind of item, how many were
prepared, sent, delivered and returned in the period, with a chart, the items waiting now and the
list of every step in the period."""
from __future__ import annotations

from reportlab.lib.units import mm

from app.core.errors import PermissionDenied
from app.i18n import translate
from app.reports.charts import bar_chart
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.delivery.common import COUNTED_STATES, KINDS, PREPARED, RETURNED, SENT, event_title, is_window_user, \
    kind_title, state_title
from plugins.delivery.figures import counts_by_kind, event_cells, event_headers, events_in, waiting_now


def delivery_report(context, params) -> PeriodReport:
    user = getattr(context, "user", None)
    if user is not None and not is_window_user(user):
        raise PermissionDenied(translate("delivery", "只有综合受理窗口的工作人员可以查看寄递统计"))
    date_from, date_to = params["date_from"], params["date_to"]
    rows = events_in(date_from, date_to)
    by_kind = counts_by_kind(rows)
    headers = [translate("delivery", "物品")] + [event_title(s) for s in COUNTED_STATES]
    table_rows = [[kind_title(kind)] + [by_kind[kind][s] for s in COUNTED_STATES] for kind in KINDS]
    totals = [translate("delivery", "合计")] + [sum(by_kind[k][s] for k in KINDS) for s in COUNTED_STATES]
    per_kind = ReportTable(heading=translate("delivery", "本期各环节件数"), headers=headers, rows=table_rows,
                           totals=totals, align=["LEFT"] + ["RIGHT"] * len(COUNTED_STATES),
                           sheet=translate("delivery", "件数"))
    waiting = waiting_now()
    open_table = ReportTable(
        heading=translate("delivery", "当前待办"), headers=[translate("delivery", "状态"), translate("delivery", "件数")],
        rows=[[state_title(s), waiting[s]] for s in (PREPARED, SENT, RETURNED)], align=["LEFT", "RIGHT"],
        widths=[3, 1], sheet=translate("delivery", "当前待办"))
    listing = ReportTable(heading=translate("delivery", "寄递明细"), headers=event_headers(),
                          rows=[event_cells(r) for r in rows], widths=[1.7, 0.9, 1.9, 2.6, 1.6, 1.0, 1.2, 1.8, 2.0],
                          sheet=translate("delivery", "明细"), empty_text=translate("delivery", "本期间没有寄递记录。"))
    chart = bar_chart([event_title(s) for s in COUNTED_STATES],
                      totals[1:], width=content_width(True) * 0.6, height=55 * mm,
                      title=translate("delivery", "本期寄递件数"))
    summary = [translate("delivery", "本期间免费寄递制单 {prepared} 件，寄出 {sent} 件，签收 {delivered} 件，退回 {returned} 件。")
               .format(prepared=totals[1], sent=totals[2], delivered=totals[3], returned=totals[4])]
    return PeriodReport(title=translate("delivery", "免费寄递统计"), office=translate("delivery", "企业开办协同服务平台 · 免费寄递"),
                        date_from=date_from, date_to=date_to, tables=[per_kind, open_table, listing], chart=chart,
                        summary=summary, landscape=True)


def build_delivery_report(context, params, out_path, progress=None):
    return delivery_report(context, params).write(out_path, progress)
