"""``report analytics.process``: per step count, median and p90 time, the critical path of the
configured graph and of the serial variant with what parallel running saves, and a chart of the
medians; PDF or .xlsx by the output file's suffix."""
from __future__ import annotations

from pathlib import Path

from app.i18n import translate
from app.reports.period import PeriodReport, ReportTable
from app.reports.templates import content_width
from plugins.analytics.paths import CriticalPath
from plugins.analytics.process import ProcessAnalysis, process_analysis

__all__ = ["build_process_report", "process_report"]

CHART_HEIGHT = 180
MINUTES = "0.0"
PERCENT = "0.0%"


def _dash(value, fmt: str = "{:g}") -> str:
    return "—" if value is None else fmt.format(value)


def _step_table(analysis: ProcessAnalysis) -> ReportTable:
    rows = [[s.title, s.count, s.median, s.p90, s.limit, s.on_time_share] for s in analysis.steps]
    return ReportTable(
        heading=translate("analytics", "各事项办理用时（到达至办结，工作分钟）"),
        headers=[translate("analytics", "事项"), translate("analytics", "办结数"), translate("analytics", "中位数"),
                 translate("analytics", "90% 分位"), translate("analytics", "时限"),
                 translate("analytics", "按时办结率")],
        rows=rows, align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], widths=[3, 1.2, 1.2, 1.2, 1.2, 1.4],
        number_formats={2: MINUTES, 3: MINUTES, 5: PERCENT}, sheet=translate("analytics", "事项用时"))


def _path_table(path: CriticalPath) -> ReportTable:
    rows = [[i, s.title, s.minutes, s.source_title, s.finish] for i, s in enumerate(path.steps, 1)]
    return ReportTable(
        heading=translate("analytics", "关键路径：{title}（{minutes} 工作分钟）").format(title=path.title,
                                                                                 minutes=path.minutes),
        headers=[translate("analytics", "序号"), translate("analytics", "事项"), translate("analytics", "用时"),
                 translate("analytics", "依据"), translate("analytics", "累计")],
        rows=rows, align=["CENTER", "LEFT", "RIGHT", "LEFT", "RIGHT"], widths=[0.8, 3, 1.2, 1.8, 1.2],
        number_formats={2: MINUTES, 4: MINUTES},
        sheet=translate("analytics", "串联关键路径") if path.variant == "serial" else translate("analytics", "关键路径"))


def _summary(analysis: ProcessAnalysis) -> list[str]:
    paths = analysis.paths
    done = sum(s.count for s in analysis.steps)
    lines = [translate("analytics", "本期间办结事项 {count} 件；关键路径按各事项实际用时中位数计算，"
                                    "没有办结记录的事项按其时限计。").format(count=done)]
    if paths.serial is None:
        lines.append(translate("analytics", "未配置串联流程方案，无法比较并联办理节省的时间。"))
    else:
        lines.append(translate("analytics", "现行流程关键路径 {parallel} 工作分钟，串联办理 {serial} 工作分钟，"
                                            "并联办理节省 {saved} 工作分钟（{share}）。").format(
            parallel=paths.configured.minutes, serial=paths.serial.minutes, saved=paths.saved_minutes,
            share=_dash(paths.saved_share, "{:.1%}")))
    return lines


def process_report(analysis: ProcessAnalysis, office: str, organisation: str = "") -> PeriodReport:
    """The report's tables and chart (``write`` it to a .pdf or .xlsx)."""
    from app.reports.charts import bar_chart

    tables = [_step_table(analysis), _path_table(analysis.paths.configured)]
    if analysis.paths.serial is not None:
        tables.append(_path_table(analysis.paths.serial))
    charted = [s for s in analysis.steps if s.median is not None]
    chart = bar_chart([s.title for s in charted], [round(s.median, 1) for s in charted],
                      width=content_width() * 0.92, height=CHART_HEIGHT,
                      title=translate("analytics", "各事项用时中位数（工作分钟）")) if charted else None
    formatters = {(0, 2): _dash, (0, 3): _dash, (0, 4): _dash, (0, 5): lambda v: _dash(v, "{:.1%}")}
    for t in range(1, len(tables)):
        formatters[(t, 2)] = lambda v: f"{v:g}"
        formatters[(t, 4)] = lambda v: f"{v:g}"
    return PeriodReport(title=translate("analytics", "企业开办流程分析"), office=office,
                        date_from=analysis.date_from, date_to=analysis.date_to, tables=tables, chart=chart,
                        summary=_summary(analysis), pdf_formatters=formatters, organisation=organisation)


def build_process_report(context, params: dict, out_path, progress) -> Path:
    """``ReportSpec.build`` of ``analytics.process``: scoped to the reader (the command line sees all)."""
    user = getattr(context, "user", None)
    progress(0, 3)
    analysis = process_analysis(context, params["date_from"], params["date_to"], user)
    progress(1, 3)
    scoped = user is not None and not user.is_admin
    office = user.organisation_name if scoped and user.organisation_name else translate("analytics", "企业开办协同服务平台")
    report = process_report(analysis, office, user.organisation_name if scoped else "")
    progress(2, 3)
    out = report.write(out_path)
    progress(3, 3)
    return Path(out)
