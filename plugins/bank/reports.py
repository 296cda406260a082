"""The bank reports as PDF or .xlsx (``ReportSpec.build``): the figures of ``figures`` laid out in
the core's period report, with a bar chart per branch. Runs off the GUI thread."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.core.errors import ServiceError
from app.core.models import Department, Organisation
from app.core.step_work import organisations_of, report_organisation
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.charts import bar_chart
from app.reports.fonts import body_font
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.bank.common import DEPARTMENT, due_diligence_title
from plugins.bank.figures import (DurationSummary, account_lines, accounts_per_branch, durations,
                                  durations_per_branch, summarise)

CHART_HEIGHT = 62 * mm
P90_COLOUR = colors.HexColor("#D9954A")
BRANCH_COUNT_HEADERS = (QT_TRANSLATE_NOOP("bank", "开户网点"), QT_TRANSLATE_NOOP("bank", "开立基本存款账户（户）"),
                        QT_TRANSLATE_NOOP("bank", "其中尽职调查附说明（户）"))
ACCOUNT_HEADERS = (QT_TRANSLATE_NOOP("bank", "办件编号"), QT_TRANSLATE_NOOP("bank", "企业名称"),
                   QT_TRANSLATE_NOOP("bank", "开户网点"), QT_TRANSLATE_NOOP("bank", "账号"),
                   QT_TRANSLATE_NOOP("bank", "开户日期"), QT_TRANSLATE_NOOP("bank", "办结时间"),
                   QT_TRANSLATE_NOOP("bank", "尽职调查"), QT_TRANSLATE_NOOP("bank", "经办人"))
DURATION_HEADERS = (QT_TRANSLATE_NOOP("bank", "开户网点"), QT_TRANSLATE_NOOP("bank", "开户数"),
                    QT_TRANSLATE_NOOP("bank", "中位数（分钟）"), QT_TRANSLATE_NOOP("bank", "中位数（小时）"),
                    QT_TRANSLATE_NOOP("bank", "90% 分位（分钟）"), QT_TRANSLATE_NOOP("bank", "90% 分位（小时）"),
                    QT_TRANSLATE_NOOP("bank", "最长（分钟）"), QT_TRANSLATE_NOOP("bank", "按时办结"),
                    QT_TRANSLATE_NOOP("bank", "按时率"))
CASE_DURATION_HEADERS = (QT_TRANSLATE_NOOP("bank", "办件编号"), QT_TRANSLATE_NOOP("bank", "企业名称"),
                         QT_TRANSLATE_NOOP("bank", "开户网点"), QT_TRANSLATE_NOOP("bank", "执照核发时间"),
                         QT_TRANSLATE_NOOP("bank", "账户开立时间"), QT_TRANSLATE_NOOP("bank", "用时（工作分钟）"),
                         QT_TRANSLATE_NOOP("bank", "用时（工作小时）"), QT_TRANSLATE_NOOP("bank", "是否按时"))


def _titles(headers) -> list[str]:
    return [translate("bank", h) for h in headers]



def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _scope(context, params) -> tuple[dt.date, dt.date, int | None, str]:
    """The period and the branch the report covers: a branch's staff get only their own branch."""
    date_from = _as_date(params["date_from"])
    date_to = _as_date(params.get("date_to") or params["date_from"])
    organisation = report_organisation(getattr(context, "user", None), DEPARTMENT,
                                       _organisation_id(params.get("organisation")))
    name = ""
    if organisation is not None:
        org = Organisation.get_or_none(Organisation.id == organisation)
        name = org.name if org is not None else str(organisation)
    return date_from, date_to, organisation, name


def _organisation_id(value) -> int | None:
    """The report dialog passes an organisation's id, the command line (``--org``) its code."""
    if value in (None, ""):
        return None
    if isinstance(value, int) or str(value).isdigit():
        return int(value)
    org = Organisation.get_or_none(Organisation.code == str(value))
    if org is None:
        raise ServiceError(translate("bank", "没有代码为 {code} 的机构").format(code=value))
    return org.id


def _branches(organisation: int | None, name: str) -> list[tuple[int, str]]:
    return [(organisation, name)] if organisation is not None else organisations_of(DEPARTMENT)


def _office() -> str:
    dept = Department.get_or_none(Department.code == DEPARTMENT)
    return dept.name if dept is not None else translate("bank", "开户银行")


def accounts_opened_report(date_from: dt.date, date_to: dt.date, organisation: int | None = None,
                           organisation_name: str = "") -> PeriodReport:
    lines = account_lines(date_from, date_to, organisation)
    counts = accounts_per_branch(lines, _branches(organisation, organisation_name))
    total = sum(c.accounts for c in counts)
    per_branch = ReportTable(
        heading=translate("bank", "各网点开户数"), sheet=translate("bank", "各网点开户数"),
        headers=_titles(BRANCH_COUNT_HEADERS),
        rows=[[c.branch, c.accounts, c.with_notes] for c in counts],
        totals=[translate("bank", "合计"), total, sum(c.with_notes for c in counts)],
        align=["LEFT", "RIGHT", "RIGHT"], widths=[3, 1.4, 1.6])
    listing = ReportTable(
        heading=translate("bank", "开户明细"), sheet=translate("bank", "开户明细"),
        headers=_titles(ACCOUNT_HEADERS),
        rows=[[line.case_number, line.enterprise, line.branch, line.account_masked, line.opened_on, line.opened_at,
               due_diligence_title(line.due_diligence), line.handler] for line in lines],
        align=["LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"],
        widths=[2.1, 3.4, 2.5, 2.5, 1.5, 2.2, 1.7, 0.9], empty_text=translate("bank", "本期间没有开立账户。"))
    chart = None
    if counts:
        chart = bar_chart([c.branch for c in counts], [c.accounts for c in counts], width=content_width(True),
                          height=CHART_HEIGHT, title=translate("bank", "各网点开立基本存款账户数（户）"))
    summary = [translate("bank", "本期间共开立基本存款账户 {total} 户，其中尽职调查附说明通过 {notes} 户。").format(
        total=total, notes=sum(c.with_notes for c in counts))]
    return PeriodReport(title=translate("bank", "基本存款账户开户统计"), office=_office(), date_from=date_from,
                        date_to=date_to, tables=[per_branch, listing], organisation=organisation_name, chart=chart,
                        summary=summary, landscape=True)


def _minutes(value: float | None):
    return "—" if value is None else value


def _hours(value: float | None):
    return "—" if value is None else round(value / 60, 1)


def _duration_chart(summaries: list[DurationSummary]) -> Drawing | None:
    """Per branch the median and the 90th percentile side by side, in working hours."""
    if not summaries:
        return None
    medians = [round(s.median_minutes / 60, 1) for s in summaries]
    p90s = [round(s.p90_minutes / 60, 1) for s in summaries]
    drawing = bar_chart([s.branch for s in summaries], p90s, width=content_width(True), height=CHART_HEIGHT,
                        title=translate("bank", "各网点从执照核发到账户开立的用时（工作小时）"))
    chart = drawing.chart  # the axis was scaled to the larger series
    chart.data = [medians, p90s]
    chart.bars[1].fillColor = P90_COLOUR
    chart.bars[1].strokeColor = None
    legend = Legend()
    legend.x, legend.y = drawing.width - 150, drawing.height - 8
    legend.fontName, legend.fontSize, legend.alignment = body_font(), 8, "right"
    legend.columnMaximum, legend.dx, legend.dy, legend.deltax = 1, 8, 8, 70
    legend.colorNamePairs = [(chart.bars[0].fillColor, translate("bank", "中位数")),
                             (P90_COLOUR, translate("bank", "90% 分位"))]
    drawing.add(legend)
    return drawing


def licence_to_account_report(date_from: dt.date, date_to: dt.date, organisation: int | None = None,
                              organisation_name: str = "", calendar=None) -> PeriodReport:
    items = durations(account_lines(date_from, date_to, organisation), calendar)
    summaries = durations_per_branch(items, _branches(organisation, organisation_name))
    overall = summarise(items, None, translate("bank", "全部网点"))
    rate_format = "0.0%"
    on_time, late = translate("bank", "按时"), translate("bank", "超时")

    def summary_row(s):
        return [s.branch, s.cases, _minutes(s.median_minutes), _hours(s.median_minutes), _minutes(s.p90_minutes),
                _hours(s.p90_minutes), _minutes(s.longest_minutes), s.on_time,
                "—" if s.on_time_rate is None else s.on_time_rate]

    per_branch = ReportTable(
        heading=translate("bank", "各网点用时（工作时间）"), sheet=translate("bank", "各网点用时"),
        headers=_titles(DURATION_HEADERS),
        rows=[summary_row(s) for s in summaries], totals=summary_row(overall),
        align=["LEFT"] + ["RIGHT"] * 8, widths=[3.0, 0.9, 1.4, 1.4, 1.6, 1.6, 1.3, 1.1, 1.0],
        number_formats={3: "0.0", 5: "0.0", 8: rate_format})
    listing = ReportTable(
        heading=translate("bank", "逐件用时"), sheet=translate("bank", "逐件用时"),
        headers=_titles(CASE_DURATION_HEADERS),
        rows=[[d.line.case_number, d.line.enterprise, d.line.branch, d.line.licence_at, d.line.opened_at, d.minutes,
               round(d.minutes / 60, 1), on_time if d.on_time else late] for d in items],
        align=["LEFT", "LEFT", "LEFT", "CENTER", "CENTER", "RIGHT", "RIGHT", "CENTER"],
        widths=[2.1, 3.4, 2.6, 1.9, 1.9, 1.5, 1.5, 1.0], number_formats={6: "0.0"},
        empty_text=translate("bank", "本期间没有开立账户。"))
    chart = _duration_chart([s for s in summaries if s.cases])
    summary = [translate("bank", "用时按工作日历计算（节假日、午休和下班时间不计）：营业执照核发（发照环节办结）至开户环节办结。")]
    if overall.cases:
        summary.append(translate("bank", "本期间 {cases} 户，用时中位数 {median} 个工作小时，90% 的账户在 {p90} 个工作小时内开立，"
                          "按时办结 {on_time} 户。").format(cases=overall.cases, median=_hours(overall.median_minutes),
                                                      p90=_hours(overall.p90_minutes), on_time=overall.on_time))
    report = PeriodReport(title=translate("bank", "执照核发至银行开户用时统计"), office=_office(), date_from=date_from,
                          date_to=date_to, tables=[per_branch, listing], organisation=organisation_name, chart=chart,
                          summary=summary, landscape=True)
    report.pdf_formatters[(0, 8)] = lambda v: v if isinstance(v, str) else f"{v:.1%}"
    return report


def _build(make_report, context, params, out_path, progress) -> Path:
    progress(0, 2)
    date_from, date_to, organisation, name = _scope(context, params)
    report = make_report(date_from, date_to, organisation, name)
    progress(1, 2)
    out = report.write(out_path)
    progress(2, 2)
    return out


def build_accounts_opened(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``bank.accounts_opened``."""
    return _build(accounts_opened_report, context, params, out_path, progress)


def build_licence_to_account(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``bank.licence_to_account``."""
    return _build(licence_to_account_report, context, params, out_path, progress)


__all__ = ["accounts_opened_report", "licence_to_account_report", "build_accounts_opened",
           "build_licence_to_account"]
