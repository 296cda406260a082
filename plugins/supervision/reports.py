"""The supervision reports, as PDF or .xlsx by the output file's suffix:

- ``report supervision.weekly_late`` (超时事项晾晒周报): the week's late steps by department,
  organisation and person (``late``), and the other plugins' open items past their deadline;
- ``report supervision.monthly`` (电子监察月度统计): steps and cases handled, on-time and on-the-spot
  shares per department, median and p90 time per step, statutory vs promised vs actual time and
  the compression ratio (``monthly``), and the other plugins' figures by section.

Each covers what the reader supervises (``scope``): everything for the command line, admins and
the oversight departments' supervisors, their own department and organisation for the others.
"""
from __future__ import annotations

from pathlib import Path

from app.core.models import Department
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.supervision import late, monthly
from plugins.supervision.scope import watches_everything

PERCENT = "0.0%"
DAYS = "#,##0.00"
MINUTES = "#,##0"
CHART_HEIGHT = 170


def percent(value) -> str:
    return "—" if value is None else f"{value:.1%}"


def number(value, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _office(user) -> tuple[str, str]:
    """(office line, organisation scope) of the reader."""
    if watches_everything(user):
        return translate("supervision", "企业开办电子监察"), ""
    return user.organisation_name, user.organisation_name


def _write(report: PeriodReport, out_path, progress) -> Path:
    progress(1, 2)
    out = report.write(out_path)
    progress(2, 2)
    return Path(out)


# -- weekly late items -------------------------------------------------------------------------------

BY_PERSON_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "部门"), QT_TRANSLATE_NOOP("supervision", "机构"),
    QT_TRANSLATE_NOOP("supervision", "经办人"), QT_TRANSLATE_NOOP("supervision", "超时件数"),
    QT_TRANSLATE_NOOP("supervision", "累计超时（工作分钟）"), QT_TRANSLATE_NOOP("supervision", "最长超时（工作分钟）"),
)
LATE_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "部门"), QT_TRANSLATE_NOOP("supervision", "机构"),
    QT_TRANSLATE_NOOP("supervision", "经办人"), QT_TRANSLATE_NOOP("supervision", "办件编号"),
    QT_TRANSLATE_NOOP("supervision", "企业名称"), QT_TRANSLATE_NOOP("supervision", "事项"),
    QT_TRANSLATE_NOOP("supervision", "办理时限"), QT_TRANSLATE_NOOP("supervision", "办结时间"),
    QT_TRANSLATE_NOOP("supervision", "超时（工作分钟）"),
)
OPEN_ITEM_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "类别"), QT_TRANSLATE_NOOP("supervision", "事项"),
    QT_TRANSLATE_NOOP("supervision", "部门"), QT_TRANSLATE_NOOP("supervision", "机构"),
    QT_TRANSLATE_NOOP("supervision", "责任人"), QT_TRANSLATE_NOOP("supervision", "办件编号"),
    QT_TRANSLATE_NOOP("supervision", "期限"), QT_TRANSLATE_NOOP("supervision", "逾期（工作分钟）"),
    QT_TRANSLATE_NOOP("supervision", "备注"),
)
ON_TIME_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "部门"), QT_TRANSLATE_NOOP("supervision", "办结事项"),
    QT_TRANSLATE_NOOP("supervision", "按时办结"), QT_TRANSLATE_NOOP("supervision", "按时办结率"),
    QT_TRANSLATE_NOOP("supervision", "当场办结"), QT_TRANSLATE_NOOP("supervision", "当场办结率"),
)
TIME_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "环节"), QT_TRANSLATE_NOOP("supervision", "部门"),
    QT_TRANSLATE_NOOP("supervision", "办结事项"), QT_TRANSLATE_NOOP("supervision", "中位数"),
    QT_TRANSLATE_NOOP("supervision", "第90百分位"),
)
COMPRESSION_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "部门"), QT_TRANSLATE_NOOP("supervision", "法定时限"),
    QT_TRANSLATE_NOOP("supervision", "承诺时限"), QT_TRANSLATE_NOOP("supervision", "实际用时"),
    QT_TRANSLATE_NOOP("supervision", "承诺压缩率"), QT_TRANSLATE_NOOP("supervision", "实际压缩率"),
)
FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("supervision", "指标"), QT_TRANSLATE_NOOP("supervision", "数值"),
    QT_TRANSLATE_NOOP("supervision", "单位"),
)
TIMESTAMP = "yyyy-mm-dd hh:mm"


def _headers(marked) -> list[str]:
    return [translate("supervision", text) for text in marked]


def weekly_report(context, date_from, date_to) -> PeriodReport:
    user = getattr(context, "user", None)
    rows = late.late_steps(user, date_from, date_to, graph=context.graph)
    items = late.open_items(context.host, user, date_from, date_to)
    names = {d.code: d.name for d in Department.select()}
    groups = late.by_person(rows)
    done = sum(1 for r in rows if r.completed_at)
    summary = [translate("supervision", "本周期超时事项 {total} 件，其中超时办结 {done} 件、至期末仍超时未办结 {open} 件；"
                                        "差评整改等其他逾期未办事项 {items} 项。超时时长按工作时间计（工作分钟）。").format(
        total=len(rows), done=done, open=len(rows) - done, items=len(items))]
    no_late = translate("supervision", "本周期没有超时事项。")
    totals = None
    if groups:
        totals = [translate("supervision", "合计"), "", "", len(rows), sum(g.total_minutes for g in groups),
                  max(g.max_minutes for g in groups)]
    by_person = ReportTable(
        heading=translate("supervision", "按部门、机构和经办人"), sheet=translate("supervision", "按经办人"),
        headers=_headers(BY_PERSON_HEADERS), totals=totals,
        rows=[[g.department, g.organisation, g.person, g.count, g.total_minutes, g.max_minutes] for g in groups],
        align=["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[3, 4.5, 2, 1.5, 2.5, 2.5],
        number_formats={4: MINUTES, 5: MINUTES}, empty_text=no_late)
    listing = ReportTable(
        heading=translate("supervision", "超时事项明细"), sheet=translate("supervision", "超时明细"),
        headers=_headers(LATE_HEADERS),
        rows=[[r.department, r.organisation, r.person, r.case_number, r.enterprise, r.step_title, r.due_at,
               r.completed_at or r.status, r.late_minutes] for r in rows],
        align=["LEFT"] * 8 + ["RIGHT"], widths=[2.2, 3.4, 1.4, 2.6, 4.2, 1.8, 2.4, 2.4, 1.6],
        number_formats={6: TIMESTAMP, 7: TIMESTAMP, 8: MINUTES}, empty_text=no_late)
    others = ReportTable(
        heading=translate("supervision", "其他逾期未办事项"), sheet=translate("supervision", "其他逾期事项"),
        headers=_headers(OPEN_ITEM_HEADERS),
        rows=[[i.kind, i.title, names.get(i.department, i.department or ""), i.organisation, i.person,
               i.case_number, i.due_at, i.late_minutes, i.note] for i in items],
        align=["LEFT"] * 7 + ["RIGHT", "LEFT"], widths=[1.8, 3.6, 2.2, 3.0, 1.4, 2.6, 2.4, 1.6, 3.0],
        number_formats={6: TIMESTAMP, 7: MINUTES},
        empty_text=translate("supervision", "没有逾期未办的其他事项。"))
    office, organisation = _office(user)
    return PeriodReport(title=translate("supervision", "超时事项晾晒周报"), office=office, date_from=date_from,
                        date_to=date_to, tables=[by_person, listing, others], organisation=organisation,
                        summary=summary, landscape=True)


def build_weekly(context, params, out_path, progress) -> Path:
    return _write(weekly_report(context, params["date_from"], params["date_to"]), out_path, progress)


# -- monthly statistics ----------------------------------------------------------------------------------

def _days(minutes: float, day_minutes: int) -> float:
    return round(minutes / day_minutes, 2)


def _department_tables(data: monthly.MonthlyFigures) -> list[ReportTable]:
    total, day = data.total, data.day_minutes
    none_done = translate("supervision", "本期间没有办结的事项。")
    on_time = ReportTable(
        heading=translate("supervision", "各部门按时办结情况"), sheet=translate("supervision", "按时办结"),
        headers=_headers(ON_TIME_HEADERS),
        rows=[[d.name, d.tally.steps, d.tally.on_time, d.tally.on_time_share, d.tally.on_spot, d.tally.on_spot_share]
              for d in data.departments],
        totals=[translate("supervision", "合计"), total.steps, total.on_time, total.on_time_share, total.on_spot,
                total.on_spot_share],
        align=["LEFT"] + ["RIGHT"] * 5, widths=[3, 1.5, 1.5, 1.5, 1.5, 1.5],
        number_formats={3: PERCENT, 5: PERCENT}, empty_text=none_done)
    times = ReportTable(
        heading=translate("supervision", "各环节办理用时（工作分钟，自到达至办结）"),
        sheet=translate("supervision", "环节用时"), headers=_headers(TIME_HEADERS),
        rows=[[s.title, s.department, s.count, s.median, s.p90] for s in data.step_types],
        align=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[2.5, 3, 1.5, 1.5, 1.5],
        number_formats={3: "#,##0.0", 4: MINUTES}, empty_text=none_done)
    compression = ReportTable(
        heading=translate("supervision", "法定时限、承诺时限与实际用时（工作日）"),
        sheet=translate("supervision", "时限压缩"), headers=_headers(COMPRESSION_HEADERS),
        rows=[[d.name, _days(d.tally.statutory, day), _days(d.tally.promised, day), _days(d.tally.actual, day),
               d.tally.promise_compression, d.tally.compression] for d in data.departments],
        totals=[translate("supervision", "合计"), _days(total.statutory, day), _days(total.promised, day),
                _days(total.actual, day), total.promise_compression, total.compression],
        align=["LEFT"] + ["RIGHT"] * 5, widths=[3, 1.5, 1.5, 1.5, 1.5, 1.5],
        number_formats={1: DAYS, 2: DAYS, 3: DAYS, 4: PERCENT, 5: PERCENT}, empty_text=none_done)
    return [on_time, times, compression]


def _figure_tables(sections: dict[str, list]) -> list[ReportTable]:
    tables = []
    for section, figures in sections.items():
        heading = section or translate("supervision", "其他统计")
        tables.append(ReportTable(
            heading=heading, sheet=heading[:31],
            headers=_headers(FIGURE_HEADERS),
            rows=[[f.title, f.value, f.unit] for f in figures],
            align=["LEFT", "RIGHT", "LEFT"], widths=[5, 2, 1.2]))
    return tables


def _chart(data: monthly.MonthlyFigures):
    from app.reports.charts import bar_chart

    departments = [d for d in data.departments if d.tally.steps]
    if not departments:
        return None
    return bar_chart([d.name for d in departments], [round(100 * d.tally.on_time_share, 1) for d in departments],
                     width=content_width(False) * 0.92, height=CHART_HEIGHT,
                     title=translate("supervision", "各部门按时办结率（%）"))


def monthly_report(context, date_from, date_to) -> PeriodReport:
    user = getattr(context, "user", None)
    data = monthly.monthly_figures(user, date_from, date_to, graph=context.graph)
    sections = monthly.period_figures(context.host, user, date_from, date_to)
    total, day = data.total, data.day_minutes
    handled = translate("supervision", "本期间受理办件 {received} 件，办结办件 {completed} 件；办结事项 {steps} 件，"
                                       "按时办结率 {on_time}，当场办结率 {on_spot}。").format(
        received=data.cases_received, completed=data.cases_completed, steps=total.steps,
        on_time=percent(total.on_time_share), on_spot=percent(total.on_spot_share))
    compressed = translate("supervision", "法定时限合计 {statutory} 个工作日，承诺时限 {promised} 个工作日，"
                                          "实际用时 {actual} 个工作日，时限压缩率 {compression}（1 - 实际用时 / 法定时限）。").format(
        statutory=number(total.statutory / day, 2), promised=number(total.promised / day, 2),
        actual=number(total.actual / day, 2), compression=percent(total.compression))
    summary = [handled, compressed, translate("supervision", "当场办结：在到达当日且在办理时限内办结的事项。")]
    tables = _department_tables(data) + _figure_tables(sections)
    formatters = {(0, 3): percent, (0, 5): percent, (1, 3): lambda v: number(v, 1), (1, 4): number,
                  (2, 1): lambda v: number(v, 2), (2, 2): lambda v: number(v, 2), (2, 3): lambda v: number(v, 2),
                  (2, 4): percent, (2, 5): percent}
    office, organisation = _office(user)
    return PeriodReport(title=translate("supervision", "电子监察月度统计"), office=office, date_from=date_from,
                        date_to=date_to,
                        tables=tables, organisation=organisation, summary=summary, chart=_chart(data),
                        pdf_formatters=formatters)


def build_monthly(context, params, out_path, progress) -> Path:
    return _write(monthly_report(context, params["date_from"], params["date_to"]), out_path, progress)


__all__ = ["weekly_report", "monthly_report", "build_weekly", "build_monthly"]
