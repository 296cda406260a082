"""The incubators' reports, as PDF (with a chart where it helps) or .xlsx by the file's suffix:

- ``incubator.roster``: seat occupancy per incubator at the end of the period, and the roster of
  the firms hosted in it (with the USCC once the licence is issued);
- ``incubator.output``: output value of the period's year against the year before, with growth;
- ``incubator.rent_saved``: rent saved per year, the hosted firms times the yearly rent;
- ``incubator.channels``: how the firms hosted in the period found their incubator.

The figures come from ``figures``; this module lays them out."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from app.core.models import Organisation
from app.i18n import translate
from app.reports.period import PeriodReport, ReportTable
from plugins.incubator import figures
from plugins.incubator.access import incubator, report_scope
from plugins.incubator.common import channel_title, state_title

PERCENT = "0.00%"
MONEY = "#,##0.00"
CHART_HEIGHT = 180
TEN_THOUSAND = Decimal(10000)


def percent_text(value) -> str:
    """0.5833 -> 58.33%, a growth -> +118.67%; None -> —."""
    return "—" if value is None or value == "" else f"{Decimal(value) * 100:.2f}%"


def growth_text(value) -> str:
    return "—" if value is None or value == "" else f"{Decimal(value) * 100:+.2f}%"


def money_text(value) -> str:
    return "—" if value is None or value == "" else f"{Decimal(value):,.2f}"


def _fraction(value: Decimal | None):
    return "" if value is None else float(value)


def _blank(value: Decimal | None):
    return "" if value is None else value


def _state_text(state: str, left_on: dt.date | None) -> str:
    """在孵, or 已迁出 2026-01-15: the state and the day the firm left."""
    return state_title(state) + (f" {left_on.isoformat()}" if left_on else "")


def _office(organisation_id: int | None) -> str:
    if organisation_id is None:
        return translate("incubator", "集群托管（全部孵化机构）")
    return Organisation.get_by_id(organisation_id).name


def _chart(categories, values, title: str, landscape: bool):
    from app.reports.charts import bar_chart  # reportlab only when drawing a PDF
    from app.reports.templates import content_width

    return bar_chart(categories, values, width=content_width(landscape), height=CHART_HEIGHT, title=title)


def _report(title: str, organisation_id: int | None, params, tables, **kw) -> PeriodReport:
    return PeriodReport(title=title, office=_office(organisation_id), date_from=params["date_from"],
                        date_to=params["date_to"], tables=tables,
                        organisation=_office(organisation_id) if organisation_id is not None else "", **kw)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _scope(context, params) -> tuple[dict, int | None]:
    """The parameters with real dates, and the incubator the user may see (None: all)."""
    params = dict(params, date_from=_as_date(params["date_from"]), date_to=_as_date(params["date_to"]))
    requested = params.get("organisation")
    organisation = report_scope(getattr(context, "user", None), int(requested) if requested else None)
    if organisation is not None:
        incubator(organisation)  # an organisation of another department is no incubator
    return params, organisation


def _is_pdf(out_path) -> bool:
    return Path(out_path).suffix.lower() != ".xlsx"


# -- roster and occupancy -----------------------------------------------------------------------------

def roster_report(params, organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    day = params["date_to"]
    seats = figures.occupancy(day, organisation_id)
    total = figures.occupancy_total(seats)
    firms = figures.roster(params["date_from"], day, organisation_id)
    occupancy = ReportTable(
        heading=translate("incubator", "工位占用（截至期末）"), sheet=translate("incubator", "工位占用"),
        headers=[translate("incubator", "孵化机构"), translate("incubator", "工位数"), translate("incubator", "已占用"),
                 translate("incubator", "空闲"), translate("incubator", "占用率")],
        rows=[[r.incubator, r.seats, r.occupied, r.free, _fraction(r.rate)] for r in seats],
        totals=[translate("incubator", "合计"), total.seats, total.occupied, total.free, _fraction(total.rate)],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], widths=[3.2, 1, 1, 1, 1.2], number_formats={4: PERCENT})
    roster = ReportTable(
        heading=translate("incubator", "入驻企业名册"), sheet=translate("incubator", "名册"),
        headers=[translate("incubator", "孵化机构"), translate("incubator", "工位号"), translate("incubator", "企业名称"),
                 translate("incubator", "法定代表人"), translate("incubator", "来源渠道"),
                 translate("incubator", "入驻日期"), translate("incubator", "状态（离开日期）"),
                 translate("incubator", "统一社会信用代码"), translate("incubator", "发照日期")],
        rows=[[r.incubator, r.seat, r.company_name, r.legal_rep_name, channel_title(r.channel), r.hosted_from,
               _state_text(r.state, r.left_on), r.uscc, r.licence_date or ""] for r in firms],
        align=["LEFT"] * 9, widths=[2.1, 0.8, 3.1, 1.2, 1.55, 1.45, 1.45, 2.45, 1.45],
        empty_text=translate("incubator", "本期间没有入驻企业。"))
    summary = [translate("incubator", "截至 {day}，{n} 家孵化机构共有工位 {seats} 个，已占用 {occupied} 个，"
                                      "占用率 {rate}；本期间在孵企业 {firms} 家。").format(
        day=day.isoformat(), n=len(seats), seats=total.seats, occupied=total.occupied,
        rate=percent_text(total.rate), firms=len(firms))]
    return _report(translate("incubator", "入驻企业名册与工位占用"), organisation_id, params, [occupancy, roster],
                   summary=summary, landscape=True,
                   pdf_formatters={(0, 4): percent_text, (1, 6): lambda v: v.replace(" ", "\n")})


# -- output value -------------------------------------------------------------------------------------

def output_report(params, organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    year = params["date_to"].year
    per_incubator = figures.output_by_incubator(year, organisation_id)
    total = figures.output_total(per_incubator)
    per_firm = figures.output_by_firm(year, organisation_id)
    last_title = translate("incubator", "{year} 年产值（元）").format(year=year - 1)
    this_title = translate("incubator", "{year} 年产值（元）").format(year=year)
    growth_title = translate("incubator", "同比增长")
    incubators = ReportTable(
        heading=translate("incubator", "各孵化机构产值同比"), sheet=translate("incubator", "按孵化机构"),
        headers=[translate("incubator", "孵化机构"), translate("incubator", "填报企业数"), last_title, this_title,
                 growth_title],
        rows=[[r.name, r.firms, r.last_year, r.this_year, _fraction(r.growth)] for r in per_incubator],
        totals=[translate("incubator", "合计"), total.firms, total.last_year, total.this_year, _fraction(total.growth)],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], widths=[3, 1.1, 2, 2, 1.2],
        number_formats={2: MONEY, 3: MONEY, 4: PERCENT})
    firms = ReportTable(
        heading=translate("incubator", "企业产值明细"), sheet=translate("incubator", "按企业"),
        headers=[translate("incubator", "企业名称"), translate("incubator", "孵化机构"), last_title, this_title,
                 growth_title],
        rows=[[r.name, r.incubator, _blank(r.last_year), _blank(r.this_year), _fraction(r.growth)] for r in per_firm],
        align=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[3.2, 2.4, 1.8, 1.8, 1.1],
        number_formats={2: MONEY, 3: MONEY, 4: PERCENT},
        empty_text=translate("incubator", "这两年没有填报产值。"))
    summary = [translate("incubator", "{year} 年托管企业产值 {this} 元，{last_year} 年 {last} 元，同比增长 {growth}。")
               .format(year=year, this=money_text(total.this_year), last_year=year - 1,
                       last=money_text(total.last_year), growth=growth_text(total.growth))]
    chart = None
    if pdf and per_incubator and total.this_year:
        chart = _chart([r.name for r in per_incubator],
                       [float((r.this_year / TEN_THOUSAND).quantize(Decimal("0.1"))) for r in per_incubator],
                       translate("incubator", "{year} 年各孵化机构产值（万元）").format(year=year), False)
    money_formats = {(t, c): money_text for t in (0, 1) for c in (2, 3)}
    return _report(translate("incubator", "集群托管企业产值同比"), organisation_id, params, [incubators, firms],
                   summary=summary, chart=chart,
                   pdf_formatters=money_formats | {(0, 4): growth_text, (1, 4): growth_text})


# -- rent saved ---------------------------------------------------------------------------------------

def rent_report(params, organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    day = params["date_to"]
    rows = figures.rent_saved(day, organisation_id)
    firms, saved = sum(r.firms for r in rows), sum((r.saved for r in rows), Decimal(0))
    table = ReportTable(
        heading=translate("incubator", "节约房租测算（截至期末）"), sheet=translate("incubator", "节约房租"),
        headers=[translate("incubator", "孵化机构"), translate("incubator", "在孵企业数"),
                 translate("incubator", "每户每年房租（元）"), translate("incubator", "每年节约房租（元）")],
        rows=[[r.incubator, r.firms, r.yearly_rent, r.saved] for r in rows],
        totals=[translate("incubator", "合计"), firms, None, saved],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], widths=[3, 1.2, 1.8, 2], number_formats={2: MONEY, 3: MONEY})
    summary = [translate("incubator", "截至 {day}，集群托管企业 {firms} 户，按各孵化机构设定的每户每年房租估算，"
                                      "每年可节约房租 {saved} 元（约 {wan} 万元）。").format(
        day=day.isoformat(), firms=firms, saved=money_text(saved),
        wan=f"{(saved / TEN_THOUSAND).quantize(Decimal('0.1')):,}")]
    chart = None
    if pdf and len(rows) > 1 and saved:
        chart = _chart([r.incubator for r in rows],
                       [float((r.saved / TEN_THOUSAND).quantize(Decimal("0.1"))) for r in rows],
                       translate("incubator", "各孵化机构每年节约房租（万元）"), False)
    return _report(translate("incubator", "集群托管节约房租测算"), organisation_id, params, [table], summary=summary,
                   chart=chart, pdf_formatters={(0, 2): money_text, (0, 3): money_text})


# -- channels -----------------------------------------------------------------------------------------

def channels_report(params, organisation_id: int | None, *, pdf: bool) -> PeriodReport:
    rows = figures.by_channel(params["date_from"], params["date_to"], organisation_id)
    total = sum(r.firms for r in rows)
    table = ReportTable(
        heading=translate("incubator", "入驻企业来源渠道"), sheet=translate("incubator", "来源渠道"),
        headers=[translate("incubator", "来源渠道"), translate("incubator", "企业数"), translate("incubator", "占比")],
        rows=[[channel_title(r.channel), r.firms, _fraction(r.share)] for r in rows],
        totals=[translate("incubator", "合计"), total, 1.0 if total else ""],
        align=["LEFT", "RIGHT", "RIGHT"], widths=[3, 1.2, 1.2], number_formats={2: PERCENT})
    summary = [translate("incubator", "本期间在孵企业 {n} 家。").format(n=total)]
    chart = None
    if pdf and total:
        chart = _chart([channel_title(r.channel) for r in rows], [r.firms for r in rows],
                       translate("incubator", "各来源渠道企业数"), False)
    return _report(translate("incubator", "入驻企业来源渠道统计"), organisation_id, params, [table],
                   summary=summary, chart=chart, pdf_formatters={(0, 2): percent_text})


LAYOUTS = {"roster": roster_report, "output": output_report, "rent_saved": rent_report, "channels": channels_report}


def build(kind: str, context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``incubator.<kind>``."""
    params, organisation = _scope(context, params)
    progress(0, 2)
    report = LAYOUTS[kind](params, organisation, pdf=_is_pdf(out_path))
    progress(1, 2)
    path = report.write(out_path)
    progress(2, 2)
    return path
