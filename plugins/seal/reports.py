"""The seal reports as PDF or .xlsx (``ReportSpec.build``): the daily engraving list and the
subsidy statement. The figures come from :mod:`plugins.seal.figures`; this module lays them out."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm

from app.core.errors import ServiceError
from app.core.models import Department, Organisation
from app.core.step_work import report_organisation
from app.i18n import translate
from app.reports.charts import bar_chart
from app.reports.numerals import cny_uppercase
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.seal.catalogue import DEPARTMENT
from plugins.seal.figures import (EngravingRow, SubsidyStatement, day_summaries, engraving_rows, subsidy_statement,
                                  unpriced_note)

MONEY = "#,##0.00"
LIST_SEPARATOR = "；"


def resolve_organisation(context, requested) -> tuple[int | None, str]:
    """The seal company a report covers, and its name ("" for all): what was asked for (an id, or
    a company code on the command line), narrowed to their own company for its staff."""
    org_id = None
    if requested not in (None, ""):
        text = str(requested).strip()
        query = Organisation.select().join(Department).where(Department.code == DEPARTMENT)
        org = query.where(Organisation.id == int(text)).first() if text.isdigit() else \
            query.where(Organisation.code == text).first()
        if org is None:
            raise ServiceError(translate("seal", "没有编号或编码为 {org} 的刻章企业").format(org=text))
        org_id = org.id
    org_id = report_organisation(getattr(context, "user", None), DEPARTMENT, org_id)
    if org_id is None:
        return None, ""
    org = Organisation.get_or_none(Organisation.id == org_id)
    return org_id, org.name if org else ""


def _office(name: str) -> str:
    return name or translate("seal", "企业开办协同服务平台 · 印章刻制")


def _money(value) -> str:
    return f"{value:,.2f}" if isinstance(value, Decimal) else ("" if value is None else str(value))


def _lines(value) -> str:
    return str(value).replace(LIST_SEPARATOR, "\n")


def _company_chart(title: str, pairs: list[tuple[str, int]], landscape: bool):
    width = content_width(landscape) * (0.7 if landscape else 1.0)
    return bar_chart([name for name, _ in pairs], [n for _, n in pairs], width=width, height=62 * mm, title=title)


def daily_engraving_report(rows: list[EngravingRow], date_from, date_to, organisation: str = "") -> PeriodReport:
    summaries = day_summaries(rows)
    summary_table = ReportTable(
        heading=translate("seal", "按企业、日期汇总"), sheet=translate("seal", "汇总"),
        headers=[translate("seal", "日期"), translate("seal", "刻章企业"), translate("seal", "办件数"),
                 translate("seal", "印章（枚）"), translate("seal", "其中免费套章"), translate("seal", "其中自费")],
        rows=[[s.day, s.company, s.cases, s.seals, s.free_seals, s.paid_seals] for s in summaries],
        totals=[translate("seal", "合计"), "", sum(s.cases for s in summaries), sum(s.seals for s in summaries),
                sum(s.free_seals for s in summaries), sum(s.paid_seals for s in summaries)] if summaries else None,
        align=["CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], widths=[1.2, 2.6, 0.9, 1.0, 1.1, 0.9])
    detail_table = ReportTable(
        heading=translate("seal", "刻制明细"), sheet=translate("seal", "明细"),
        headers=[translate("seal", "日期"), translate("seal", "刻章企业"), translate("seal", "办件编号"),
                 translate("seal", "企业名称"), translate("seal", "印章"), translate("seal", "公安备案号"),
                 translate("seal", "交付"), translate("seal", "办结时间")],
        rows=[[r.day, r.company, r.case_number, r.enterprise, LIST_SEPARATOR.join(r.seals) or "—",
               LIST_SEPARATOR.join(r.filing_numbers) or "—", r.handover, r.completed_at] for r in rows],
        align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "CENTER"],
        widths=[1.05, 1.7, 1.55, 2.2, 1.65, 1.55, 2.0, 1.25])
    by_company: dict[str, int] = {}
    for row in rows:
        by_company[row.company] = by_company.get(row.company, 0) + len(row.seals)
    chart = (_company_chart(translate("seal", "各刻章企业刻制印章数（枚）"), sorted(by_company.items()), True)
             if len(by_company) > 1 else None)
    total_seals = sum(len(r.seals) for r in rows)
    return PeriodReport(
        title=translate("seal", "印章刻制日报"), office=_office(organisation), date_from=date_from, date_to=date_to,
        organisation=organisation, tables=[summary_table, detail_table], chart=chart, landscape=True,
        summary=[escape(translate("seal", "本期办结刻章 {cases} 件，刻制印章 {seals} 枚。").format(
            cases=len(rows), seals=total_seals))],
        pdf_formatters={(1, 4): _lines, (1, 5): _lines})


def subsidy_report(statement: SubsidyStatement, date_from, date_to, organisation: str = "") -> PeriodReport:
    table = ReportTable(
        heading=translate("seal", "免费套章补贴结算明细"), sheet=translate("seal", "补贴结算"),
        headers=[translate("seal", "月份"), translate("seal", "刻章企业"), translate("seal", "免费套章（套）"),
                 translate("seal", "单价（元/套）"), translate("seal", "金额（元）")],
        rows=[[r.month, r.company, r.sets, r.unit_price if r.unit_price is not None else translate("seal", "未设置"),
               r.amount] for r in statement.rows],
        totals=[translate("seal", "合计"), "", statement.total_sets, "", statement.total_amount]
        if statement.rows else None,
        align=["CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[1.0, 2.8, 1.2, 1.2, 1.4],
        number_formats={2: "0", 3: MONEY, 4: MONEY})
    summary = [escape(translate("seal", "本期共为新开办企业免费刻制印章 {sets} 套，应付补贴合计 {amount} 元。").format(
                   sets=statement.total_sets, amount=_money(statement.total_amount))),
               escape(translate("seal", "合计金额（大写）：人民币{upper}").format(
                   upper=cny_uppercase(statement.total_amount)))]
    if note := unpriced_note(statement):
        summary.append(escape(note))
    chart = (_company_chart(translate("seal", "各刻章企业免费套章数量（套）"), list(statement.sets_by_company), False)
             if statement.sets_by_company else None)
    return PeriodReport(
        title=translate("seal", "免费刻章补贴结算表"), office=_office(organisation), date_from=date_from,
        date_to=date_to, organisation=organisation, tables=[table], chart=chart, summary=summary,
        pdf_formatters={(0, 3): _money, (0, 4): _money})


def _build(context, params, out_path, progress, figures, layout) -> Path:
    """Read the figures for the requested period and company, lay them out, write the file."""
    progress(0, 3)
    org_id, org_name = resolve_organisation(context, params.get("organisation"))
    data = figures(params["date_from"], params["date_to"], org_id)
    progress(1, 3)
    out = layout(data, params["date_from"], params["date_to"], org_name).write(out_path)
    progress(3, 3)
    return out


def build_daily_engraving(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``seal.daily_engraving``."""
    return _build(context, params, out_path, progress, engraving_rows, daily_engraving_report)


def build_subsidy_statement(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``seal.subsidy_statement``."""
    return _build(context, params, out_path, progress, subsidy_statement, subsidy_report)


__all__ = ["build_daily_engraving", "build_subsidy_statement", "daily_engraving_report", "subsidy_report",
           "resolve_organisation"]
