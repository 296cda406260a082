"""The satisfaction report (``report ratings.satisfaction``) as PDF or .xlsx: satisfaction rate
per department with a chart, the bad ratings, and the rectifications opened in the period."""
from __future__ import annotations

from reportlab.lib.units import mm

from app.core.errors import ServiceError
from app.core.models import Organisation, now
from app.core.step_work import period_bounds
from app.i18n import translate
from app.reports.charts import bar_chart
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.ratings.common import level_title, sees_everything, state_title
from plugins.ratings.figures import (department_headers, department_row, overall, rating_cells, rating_headers,
                                     ratings_in, satisfaction)
from plugins.ratings.models import Rectification
from plugins.ratings.rectifications import as_rows, rectification_query

PERCENT = "0.0"


def resolve_organisation(user, requested) -> tuple[int | None, str]:
    """An organisation asked for by id or code (any department); a user who sees only their own
    organisation's ratings gets it whatever they asked for."""
    if not sees_everything(user):
        return user.organisation_id, user.organisation_name
    if requested in (None, ""):
        return None, ""
    text = str(requested).strip()
    org = (Organisation.get_or_none(Organisation.id == int(text)) if text.isdigit()
           else Organisation.get_or_none(Organisation.code == text))
    if org is None:
        raise ServiceError(translate("ratings", "没有编号或编码为 {org} 的机构").format(org=text))
    return org.id, org.name


def rectifications_in(date_from, date_to, user, organisation_id):
    start, end = period_bounds(date_from, date_to)
    query = rectification_query().where((Rectification.opened_at >= start) & (Rectification.opened_at < end))
    if not sees_everything(user):
        query = query.where(Rectification.organisation == (user.organisation_id or -1))
    if organisation_id is not None:
        query = query.where(Rectification.organisation == organisation_id)
    return as_rows(query.order_by(Rectification.opened_at, Rectification.id), now())


def satisfaction_report(context, params) -> PeriodReport:
    user = getattr(context, "user", None)
    date_from, date_to = params["date_from"], params["date_to"]
    org_id, org_name = resolve_organisation(user, params.get("organisation"))
    rows = satisfaction(date_from, date_to, user, org_id)
    total = overall(rows)
    per_department = ReportTable(
        heading=translate("ratings", "各部门满意率"), headers=department_headers(),
        rows=[department_row(d) for d in rows], totals=department_row(total) if rows else None,
        widths=[2.6] + [1.3] * 5 + [1.0, 1.0, 1.2, 1.0, 1.1, 1.3], number_formats={8: PERCENT},
        align=["LEFT"] + ["RIGHT"] * 11,
        sheet=translate("ratings", "满意率"), empty_text=translate("ratings", "本期间没有评价。"))
    bad = ReportTable(
        heading=translate("ratings", "差评明细"), headers=rating_headers(),
        rows=[rating_cells(r) for r in ratings_in(date_from, date_to, user, org_id, bad_only=True)],
        widths=[1.8, 2.3, 2.6, 1.8, 2.4, 1.3, 1.4, 3.0], sheet=translate("ratings", "差评明细"),
        empty_text=translate("ratings", "本期间没有差评。"))
    rects = ReportTable(
        heading=translate("ratings", "差评整改（事事有回音）"),
        headers=[translate("ratings", h) for h in ("办件编号", "部门", "机构", "评价", "开启时间", "答复时限", "状态",
                                                   "答复时间", "答复内容")],
        rows=[[r.case_number, r.department_name, r.organisation_name, level_title(r.level), r.opened_at, r.due_at,
               state_title(r.state), r.answered_at or "", r.answer] for r in
              rectifications_in(date_from, date_to, user, org_id)],
        widths=[2.3, 1.6, 2.3, 1.3, 1.7, 1.7, 1.1, 1.7, 3.6], sheet=translate("ratings", "差评整改"),
        empty_text=translate("ratings", "本期间没有开启差评整改。"))
    chart = None
    rated = [d for d in rows if d.total]
    if rated:
        chart = bar_chart([d.department_name for d in rated], [d.rate for d in rated], width=content_width(True),
                          height=62 * mm, title=translate("ratings", "各部门满意率（%）"))
        chart.chart.valueAxis.valueMax = 100
        chart.chart.valueAxis.valueStep = 20
    summary = [translate("ratings", "本期间共收到评价 {total} 件，满意（非常满意、满意、基本满意）{satisfied} 件，满意率 {rate}；"
                                    "差评（不满意、非常不满意）{bad} 件，开启整改 {opened} 件，已答复 {closed} 件。").format(
        total=total.total, satisfied=total.satisfied, rate=f"{total.rate}%" if total.rate is not None else "—",
        bad=total.bad, opened=total.rectifications_opened, closed=total.rectifications_closed)]
    return PeriodReport(title=translate("ratings", "企业开办好差评满意率统计"),
                        office=translate("ratings", "企业开办协同服务平台 · 好差评"), date_from=date_from,
                        date_to=date_to, tables=[per_department, bad, rects], organisation=org_name, chart=chart,
                        summary=summary, landscape=True)


def build_satisfaction_report(context, params, out_path, progress=None):
    return satisfaction_report(context, params).write(out_path, progress)
