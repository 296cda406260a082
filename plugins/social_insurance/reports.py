"""The social insurance bureau's reports, as PDF (with a chart) or .xlsx by the file's suffix:
``social_insurance.employers`` (employers registered, by insurance type, housing fund share) and
``social_insurance.employees`` (employees enrolled per week or month, and per employer).
The figures come from ``figures``; this module lays them out."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from app.core.step_work import report_organisation
from app.i18n import translate
from app.reports.period import PeriodReport, ReportTable
from plugins.social_insurance.common import DEPARTMENT
from plugins.social_insurance.figures import (
    EmployeeFigures,
    EmployerFigures,
    employee_figures,
    employer_figures,
    office_name,
    resolve_organisation,
)
from plugins.social_insurance.reference import insurance_title, short_insurance_titles

PERCENT = "0.0%"
MONEY = "#,##0.00"
CHART_HEIGHT = 150


def _percent(value) -> str:
    """A share as 12.5% (None: not applicable, "—"; "": an empty cell)."""
    if value == "":
        return ""
    return "—" if value is None else f"{float(value) * 100:.1f}%"


def _money(value) -> str:
    return "" if value is None or value == "" else f"{Decimal(value):,.2f}"


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _chart(categories, values, title: str, landscape: bool = False):
    from app.reports.charts import bar_chart  # reportlab only when drawing a PDF
    from app.reports.templates import content_width

    return bar_chart(categories, values, width=content_width(landscape), height=CHART_HEIGHT, title=title)


def _scope(context, params) -> tuple[dt.date, dt.date, int | None]:
    requested = resolve_organisation(params.get("organisation"))
    organisation = report_organisation(getattr(context, "user", None), DEPARTMENT, requested)
    return params["date_from"], params["date_to"], organisation


# -- employers registered ---------------------------------------------------------------------------

def employers_report(figures: EmployerFigures, date_from: dt.date, date_to: dt.date,
                     organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    total = figures.employers
    fund_label = translate("social_insurance", "住房公积金缴存登记")
    by_type = ReportTable(
        heading=translate("social_insurance", "按险种统计"), sheet=translate("social_insurance", "按险种"),
        headers=[translate("social_insurance", "险种"), translate("social_insurance", "参保单位数"),
                 translate("social_insurance", "占登记单位比例")],
        rows=[[insurance_title(code), count, _share(count, total)] for code, count in figures.by_type]
        + [[fund_label, figures.with_fund, figures.fund_share]],
        align=["LEFT", "RIGHT", "RIGHT"], widths=[3, 1.4, 1.6], number_formats={2: PERCENT})
    details = ReportTable(
        heading=translate("social_insurance", "参保单位明细"), sheet=translate("social_insurance", "明细"),
        headers=[translate("social_insurance", "登记时间"), translate("social_insurance", "办件编号"),
                 translate("social_insurance", "企业名称"), translate("social_insurance", "单位编号"),
                 translate("social_insurance", "参保险种"), translate("social_insurance", "职工人数"),
                 translate("social_insurance", "公积金缴存比例"), translate("social_insurance", "经办机构")],
        rows=[[r.registered_at, r.case_number, r.enterprise_name, r.unit_number,
               short_insurance_titles(r.insurance_types), r.employees,
               r.fund_ratio / 100 if r.housing_fund and r.fund_ratio is not None else None, r.organisation]
              for r in figures.rows],
        totals=[translate("social_insurance", "合计"), "", translate("social_insurance", "{n} 家").format(n=total),
                "", "", figures.employees, "", ""],
        align=["LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"],
        widths=[1.8, 1.8, 3.2, 1.5, 1.9, 0.9, 1.1, 2.3], number_formats={6: "0%"})
    summary = [translate("social_insurance", "本期共登记参保单位 {employers} 家，参保职工 {employees} 人；"
                                             "其中 {fund} 家同时办理住房公积金缴存登记（占 {share}）。").format(
        employers=total, employees=figures.employees, fund=figures.with_fund, share=_percent(figures.fund_share))]
    if figures.average_fund_ratio is not None:
        summary.append(translate("social_insurance", "住房公积金平均缴存比例 {ratio:.1f}%。").format(
            ratio=figures.average_fund_ratio))
    chart = None
    if pdf and total:
        chart = _chart([insurance_title(c) for c, _n in figures.by_type] + [fund_label],
                       [n for _c, n in figures.by_type] + [figures.with_fund],
                       translate("social_insurance", "各险种参保单位数"), landscape=True)
    return PeriodReport(
        title=translate("social_insurance", "社会保险参保单位登记统计"), office=office_name(organisation_id),
        date_from=date_from, date_to=date_to, tables=[by_type, details], chart=chart, summary=summary,
        organisation=office_name(organisation_id) if organisation_id is not None else "", landscape=True,
        pdf_formatters={(0, 2): _percent, (1, 6): lambda v: _percent(v).replace(".0%", "%")})


def _build(context, params, out_path, progress, compute, lay_out) -> Path:
    """Figures for the scope (``compute``), laid out (``lay_out``), written in the file's format."""
    date_from, date_to, organisation = _scope(context, params)
    progress(0, 3)
    figures = compute(date_from, date_to, organisation)
    progress(1, 3)
    report = lay_out(figures, date_from, date_to, organisation, pdf=Path(out_path).suffix.lower() != ".xlsx")
    progress(2, 3)
    path = report.write(out_path)
    progress(3, 3)
    return path


def build_employers_report(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``social_insurance.employers``."""
    return _build(context, params, out_path, progress, employer_figures, employers_report)


# -- employees enrolled -----------------------------------------------------------------------------

def bucket_label(first: dt.date, last: dt.date, granularity: str) -> str:
    if granularity == "month":
        return translate("social_insurance", "{year}年{month}月").format(year=first.year, month=first.month)
    if first == last:
        return translate("social_insurance", "{month}月{day}日").format(month=first.month, day=first.day)
    return translate("social_insurance", "{m1}月{d1}日–{m2}月{d2}日").format(m1=first.month, d1=first.day,
                                                                          m2=last.month, d2=last.day)


def chart_label(first: dt.date, granularity: str, *, with_year: bool = False) -> str:
    """A short category label under a bar: the week's first day (3/2), or the month (3月; 2026.3
    when the period spans years)."""
    if granularity == "month":
        return f"{first.year}.{first.month}" if with_year else translate("social_insurance", "{month}月").format(
            month=first.month)
    return f"{first.month}/{first.day}"


def employees_report(figures: EmployeeFigures, date_from: dt.date, date_to: dt.date,
                     organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    weekly = figures.granularity == "week"
    labels = [bucket_label(b.first, b.last, figures.granularity) for b in figures.buckets]
    per_period = ReportTable(
        heading=translate("social_insurance", "按周统计") if weekly else translate("social_insurance", "按月统计"),
        sheet=translate("social_insurance", "按期间"),
        headers=[translate("social_insurance", "期间"), translate("social_insurance", "有参保职工的单位数"),
                 translate("social_insurance", "参保职工人数"), translate("social_insurance", "月缴费基数合计（元）")],
        rows=[[label, b.employers, b.employees, b.base_total] for label, b in zip(labels, figures.buckets)],
        totals=[translate("social_insurance", "合计"), sum(b.employers for b in figures.buckets), figures.employees,
                figures.base_total],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[2.6, 1.6, 1.4, 1.8], number_formats={3: MONEY})
    per_employer = ReportTable(
        heading=translate("social_insurance", "按参保单位统计"), sheet=translate("social_insurance", "按单位"),
        headers=[translate("social_insurance", "登记日期"), translate("social_insurance", "企业名称"),
                 translate("social_insurance", "单位编号"), translate("social_insurance", "参保职工人数"),
                 translate("social_insurance", "月缴费基数合计（元）"), translate("social_insurance", "平均缴费基数（元）")],
        rows=[[r.registered_at.date(), r.enterprise_name, r.unit_number, r.employees, r.base_total,
               (r.base_total / r.employees).quantize(Decimal("0.01"))] for r in figures.per_employer],
        totals=[translate("social_insurance", "合计"), "", "", figures.employees, figures.base_total,
                figures.average_base if figures.average_base is not None else ""],
        align=["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[1.6, 3.2, 1.7, 1.1, 1.6, 1.5],
        number_formats={4: MONEY, 5: MONEY})
    summary = [translate("social_insurance", "本期新参保职工 {n} 人，月缴费基数合计 {total} 元。").format(
        n=figures.employees, total=_money(figures.base_total))]
    if figures.average_base is not None:
        summary.append(translate("social_insurance", "人均月缴费基数 {avg} 元。").format(avg=_money(figures.average_base)))
    chart = None
    if pdf and figures.buckets:
        title = (translate("social_insurance", "每周参保职工人数（按周起始日）") if weekly
                 else translate("social_insurance", "每月参保职工人数"))
        chart = _chart([chart_label(b.first, figures.granularity, with_year=date_from.year != date_to.year)
                        for b in figures.buckets],
                       [b.employees for b in figures.buckets], title)
    return PeriodReport(
        title=translate("social_insurance", "参保职工登记统计"), office=office_name(organisation_id),
        date_from=date_from, date_to=date_to, tables=[per_period, per_employer], chart=chart, summary=summary,
        organisation=office_name(organisation_id) if organisation_id is not None else "",
        pdf_formatters={(0, 3): _money, (1, 4): _money, (1, 5): _money})


def build_employees_report(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``social_insurance.employees``."""
    return _build(context, params, out_path, progress, employee_figures, employees_report)


__all__ = ["build_employers_report", "build_employees_report", "employers_report", "employees_report",
           "bucket_label"]
