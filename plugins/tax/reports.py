"""The tax office's reports (``report tax.registrations``, ``tax.invoices_granted``,
``tax.step_times``): the figures of ``statistics`` laid out as one PeriodReport each, written as
PDF (with a bar chart) or .xlsx by the output file's suffix."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.core import step_work
from app.core.models import Department, Organisation
from app.i18n import translate
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.tax import catalogue as cat
from plugins.tax import statistics

CHART_HEIGHT = 170
#: a period longer than this is charted by month instead of by day
DAILY_CHART_DAYS = 31
PERCENT = "0.0%"
MINUTES = "0.0"
AMOUNT = "#,##0"


@dataclass(frozen=True)
class Scope:
    date_from: dt.date
    date_to: dt.date
    organisation_id: int | None
    organisation_name: str
    office: str


def report_scope(context, params: dict) -> Scope:
    """The period and the organisation a report covers: staff of a tax office get only their own."""
    organisation_id = step_work.report_organisation(getattr(context, "user", None), cat.DEPARTMENT,
                                                    params.get("organisation"))
    org = Organisation.get_or_none(Organisation.id == organisation_id) if organisation_id is not None else None
    department = Department.get_or_none(Department.code == cat.DEPARTMENT)
    office = org.name if org else (department.name if department else translate("tax", "税务局"))
    return Scope(params["date_from"], params["date_to"], organisation_id, org.name if org else "", office)


def _percent(value) -> str:
    return "—" if value is None else f"{value:.1%}"


def _minutes(value) -> str:
    return "—" if value is None else f"{value:.1f}"


def _amount(value) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _chart(categories: list[str], values: list[float], title: str, landscape: bool):
    from app.reports.charts import bar_chart

    return bar_chart(categories, values, width=content_width(landscape) * 0.92, height=CHART_HEIGHT, title=title)


def _report(scope: Scope, title: str, tables: list[ReportTable], **kw) -> PeriodReport:
    return PeriodReport(title=title, office=scope.office, date_from=scope.date_from, date_to=scope.date_to,
                        tables=tables, organisation=scope.organisation_name, **kw)


def _write(report: PeriodReport, out_path, progress) -> Path:
    progress(1, 2)
    out = report.write(out_path)
    progress(2, 2)
    return Path(out)


# -- registrations -------------------------------------------------------------------------------

def _per_period(by_day: list[tuple[dt.date, int]]) -> tuple[list[str], list[int], str]:
    if len(by_day) <= DAILY_CHART_DAYS:
        return [f"{d:%m-%d}" for d, _ in by_day], [n for _, n in by_day], translate("tax", "每日登记户数")
    months: dict[str, int] = {}
    for day, count in by_day:
        months[f"{day:%Y-%m}"] = months.get(f"{day:%Y-%m}", 0) + count
    return list(months), list(months.values()), translate("tax", "每月登记户数")


def registrations_report(scope: Scope) -> PeriodReport:
    data = statistics.registration_stats(scope.date_from, scope.date_to, scope.organisation_id)
    total = data.total
    category_rows = [[cat.category_title(r.category), r.registrations, (r.registrations / total) if total else None,
                      r.with_ukey, r.with_invoices] for r in data.by_category]
    totals = [translate("tax", "合计"), total, 1.0 if total else None, sum(r.with_ukey for r in data.by_category),
              sum(r.with_invoices for r in data.by_category)]
    by_category = ReportTable(
        heading=translate("tax", "按纳税人类型"), sheet=translate("tax", "按纳税人类型"),
        headers=[translate("tax", "纳税人类型"), translate("tax", "登记户数"), translate("tax", "占比"),
                 translate("tax", "发放税务UKey"), translate("tax", "核定首票")],
        rows=category_rows, totals=totals, align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        number_formats={2: PERCENT})
    headers = [translate("tax", "办结时间"), translate("tax", "办件编号"), translate("tax", "企业名称"), translate("tax", "纳税人识别号"),
               translate("tax", "纳税人类型"), translate("tax", "首票"), translate("tax", "经办人")]
    rows = [[r.confirmed_at, r.case_number, r.enterprise_name, r.taxpayer_id, cat.category_title(r.category),
             "、".join(cat.invoice_kind_title(k) for k in r.invoice_kinds) or "—", r.officer_name] for r in data.rows]
    widths = [2.5, 3.0, 4.6, 3.4, 2.3, 3.6, 1.4]
    if scope.organisation_id is None:  # every office: say whose each one is
        headers.append(translate("tax", "主管税务机关"))
        rows = [row + [r.organisation] for row, r in zip(rows, data.rows)]
        widths.append(3.4)
    listing = ReportTable(
        heading=translate("tax", "登记明细"), sheet=translate("tax", "登记明细"), headers=headers, rows=rows, widths=widths,
        number_formats={0: "yyyy-mm-dd hh:mm"}, empty_text=translate("tax", "本期间没有办结的税务登记。"))
    counts = {r.category: r.registrations for r in data.by_category}
    summary = [translate("tax", "本期间共办理税务登记 {total} 户，其中小规模纳税人 {small} 户、一般纳税人 {general} 户；"
                                "发放税务UKey {ukey} 户，核定首票 {invoices} 户。").format(
        total=total, small=counts.get(cat.SMALL_SCALE, 0), general=counts.get(cat.GENERAL, 0),
        ukey=totals[3], invoices=totals[4])]
    labels, values, chart_title = _per_period(data.by_day)
    return _report(scope, translate("tax", "税务登记户数统计"), [by_category, listing], summary=summary, landscape=True,
                   chart=_chart(labels, values, chart_title, True) if total else None,
                   pdf_formatters={(0, 2): _percent})


# -- first invoices ------------------------------------------------------------------------------------

def invoices_report(scope: Scope) -> PeriodReport:
    data = statistics.invoice_stats(scope.date_from, scope.date_to, scope.organisation_id)
    kind_rows = [[cat.invoice_kind_title(r.kind), r.registrations, r.quantity if r.quantity is not None else "—",
                  r.total_amount] for r in data.by_kind]
    quantity = sum(r.quantity or 0 for r in data.by_kind)
    by_kind = ReportTable(
        heading=translate("tax", "按发票种类"), sheet=translate("tax", "按发票种类"),
        headers=[translate("tax", "发票种类"), translate("tax", "核定户数"), translate("tax", "每月领用份数合计"),
                 translate("tax", "可开票额度合计（元）")],
        rows=kind_rows, totals=[translate("tax", "合计"), data.with_invoices, quantity, data.total_amount],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[3, 1.5, 2, 2.5], number_formats={3: AMOUNT})
    listing = ReportTable(
        heading=translate("tax", "核定明细"), sheet=translate("tax", "核定明细"),
        headers=[translate("tax", "办结时间"), translate("tax", "办件编号"), translate("tax", "企业名称"),
                 translate("tax", "纳税人类型"), translate("tax", "发票种类"), translate("tax", "份数"),
                 translate("tax", "单份最高开票限额（元）"), translate("tax", "可开票额度（元）")],
        rows=[[r.confirmed_at, r.case_number, r.enterprise_name, cat.category_title(r.category),
               cat.invoice_kind_title(r.kind), r.quantity if r.quantity is not None else "—",
               r.max_amount if r.max_amount is not None else "—", r.total_amount] for r in data.rows],
        widths=[2.5, 3.0, 4.6, 2.3, 3.0, 1, 2.4, 2.4],
        align=["LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"],
        number_formats={0: "yyyy-mm-dd hh:mm", 6: AMOUNT, 7: AMOUNT},
        empty_text=translate("tax", "本期间没有核定首票。"))
    summary = [translate("tax", "本期间办理税务登记 {registrations} 户，其中核定首票 {granted} 户，可开票额度合计 {amount}。"
                                "纸质及税控发票的额度按“每月领用份数 × 单份最高开票限额”计算，全电发票为月度开票总额度。").format(
        registrations=data.registrations, granted=data.with_invoices, amount=cat.yuan(data.total_amount))]
    chart = None
    if data.rows:
        chart = _chart([cat.invoice_kind_title(r.kind) for r in data.by_kind],
                       [round(r.total_amount / 10_000, 1) for r in data.by_kind],
                       translate("tax", "可开票额度（万元）"), True)
    formatters = {(0, 3): _amount, (1, 6): _amount, (1, 7): _amount}
    return _report(scope, translate("tax", "首票核定统计"), [by_kind, listing], summary=summary, chart=chart,
                   landscape=True, pdf_formatters=formatters)


# -- time per step ---------------------------------------------------------------------------------------

def _bucket_label(upper: float | None, previous: float | None) -> str:
    if upper is None:
        return translate("tax", "超过 {minutes} 分钟").format(minutes=f"{previous or 0:g}")
    if previous is None:
        return translate("tax", "{minutes} 分钟以内").format(minutes=f"{round(upper, 1):g}")
    return translate("tax", "{low}–{high} 分钟").format(low=f"{round(previous, 1):g}", high=f"{round(upper, 1):g}")


def step_times_report(scope: Scope, default_limit: int | None = None) -> PeriodReport:
    data = statistics.step_time_stats(scope.date_from, scope.date_to, scope.organisation_id,
                                      default_limit=default_limit)
    overall = data.overall

    def summary_row(s: statistics.TimeSummary, label: str) -> list:
        return [label, s.count, s.median, s.p90, s.on_time, s.on_time_share, s.limit_minutes]

    by_org = ReportTable(
        heading=translate("tax", "按主管税务机关"), sheet=translate("tax", "按主管税务机关"),
        headers=[translate("tax", "主管税务机关"), translate("tax", "办结件数"), translate("tax", "用时中位数（分钟）"),
                 translate("tax", "P90 用时（分钟）"), translate("tax", "按时办结"), translate("tax", "按时率"),
                 translate("tax", "时限（分钟）")],
        rows=[summary_row(s, s.label or translate("tax", "（未分配）")) for s in data.by_organisation],
        totals=summary_row(overall, translate("tax", "合计")) if data.rows else None,
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], widths=[4, 1.3, 1.8, 1.8, 1.3, 1.3, 1.4],
        number_formats={2: MINUTES, 3: MINUTES, 5: PERCENT})
    listing = ReportTable(
        heading=translate("tax", "办理明细"), sheet=translate("tax", "办理明细"),
        headers=[translate("tax", "办件编号"), translate("tax", "企业名称"), translate("tax", "到达时间"), translate("tax", "办结时间"),
                 translate("tax", "办理用时（分钟）"), translate("tax", "暂停（分钟）"), translate("tax", "时限（分钟）"),
                 translate("tax", "是否按时")],
        rows=[[r.case_number, r.enterprise_name, r.ready_at, r.completed_at, r.handling_minutes, r.paused_minutes,
               r.limit_minutes, translate("tax", "按时") if r.on_time else translate("tax", "超时")] for r in data.rows],
        widths=[2.4, 4.6, 2.3, 2.3, 1.6, 1.4, 1.3, 1.2],
        align=["LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER"],
        number_formats={2: "yyyy-mm-dd hh:mm", 3: "yyyy-mm-dd hh:mm", 4: MINUTES, 5: MINUTES},
        empty_text=translate("tax", "本期间没有办结的税务登记事项。"))
    summary = [translate("tax", "本期间办结税务登记 {count} 件，用时中位数 {median} 分钟，90% 的事项在 {p90} 分钟内办结；"
                                "按时办结 {on_time} 件，按时率 {share}（时限 {limit} 个工作分钟）。").format(
        count=overall.count, median=_minutes(overall.median), p90=_minutes(overall.p90), on_time=overall.on_time,
        share=_percent(overall.on_time_share), limit=overall.limit_minutes or "—"),
        translate("tax", "用时自事项到达税务机关起按工作时间计算，不含挂起等待申请人和退回补正的时间；P90 为最近秩百分位数。")]
    chart = None
    if data.rows and data.buckets:
        uppers = [upper for upper, _ in data.buckets]
        labels = [_bucket_label(upper, uppers[i - 1] if i else None) for i, upper in enumerate(uppers)]
        chart = _chart(labels, [n for _, n in data.buckets], translate("tax", "办理用时分布（件）"), True)
    formatters = {(0, 2): _minutes, (0, 3): _minutes, (0, 5): _percent, (1, 4): _minutes, (1, 5): _minutes}
    return _report(scope, translate("tax", "税务登记办理用时统计"), [by_org, listing], summary=summary, chart=chart,
                   landscape=True, pdf_formatters=formatters)


# -- ReportSpec.build ------------------------------------------------------------------------------------

def build_registrations(context, params, out_path, progress) -> Path:
    progress(0, 2)
    return _write(registrations_report(report_scope(context, params)), out_path, progress)


def build_invoices_granted(context, params, out_path, progress) -> Path:
    progress(0, 2)
    return _write(invoices_report(report_scope(context, params)), out_path, progress)


def build_step_times(context, params, out_path, progress) -> Path:
    progress(0, 2)
    graph = getattr(context, "graph", None)
    spec = graph.steps.get(cat.STEP_TYPE) if graph is not None else None
    return _write(step_times_report(report_scope(context, params), spec.time_limit_minutes if spec else None),
                  out_path, progress)


__all__ = ["build_registrations", "build_invoices_granted", "build_step_times", "registrations_report",
           "invoices_report", "step_times_report", "report_scope", "Scope"]
