"""``python main.py analytics ...``: process analytics from the command line. Qt-free.

``steps`` prints count, median and p90 per step type; ``paths`` the critical paths (configured
and serial); ``export-xes`` and ``export-csv`` write the step event log of the cases created in
the period. ``--user`` counts only what that user may see (default: everything)."""
from __future__ import annotations

import argparse
import json
import sys

from app.cli_calendar import _date  # the command line's date argument (YYYY-MM-DD)
from app.core.errors import ServiceError
from app.core.users import current_user, get_user
from app.i18n import translate
from plugins.analytics.eventlog import export_csv, export_xes
from plugins.analytics.process import process_analysis

HELP = "process analytics: step times, critical paths, event log export (XES, CSV)"


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE")
    parser.add_argument("--user", help="count only what this user may see")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cmds = parser.add_subparsers(dest="analytics_command", required=True)
    steps = cmds.add_parser("steps", help="count, median and p90 working minutes per step type")
    _period(steps)
    steps.add_argument("--json", action="store_true")
    paths = cmds.add_parser("paths", help="critical path of the configured graph and of the serial variant")
    _period(paths)
    paths.add_argument("--json", action="store_true")
    for name, what in (("export-xes", "XES (IEEE 1849-2016)"), ("export-csv", "CSV")):
        export = cmds.add_parser(name, help=f"write the step event log as {what}")
        _period(export)
        export.add_argument("--out", required=True, metavar="FILE")


def _check_period(args) -> None:
    if args.date_from > args.date_to:
        raise ServiceError(translate("analytics", "开始日期不能晚于结束日期"))


def _fmt(value) -> str:
    return "-" if value is None else f"{value:g}"


def run(context, args) -> int:
    _check_period(args)
    user = current_user(get_user(args.user)) if args.user else None
    command = args.analytics_command
    if command in ("export-xes", "export-csv"):
        export = export_xes if command == "export-xes" else export_csv
        result = export(context.graph, args.date_from, args.date_to, args.out, user)
        print(translate("analytics", "已导出 {traces} 个办件、{events} 条事件：{path}").format(
            traces=result.traces, events=result.events, path=result.path), file=sys.stderr)
        return 0
    analysis = process_analysis(context, args.date_from, args.date_to, user)
    if command == "steps":
        rows = [{"step_type": s.step_type, "title": s.title, "count": s.count, "median": s.median, "p90": s.p90,
                 "limit": s.limit, "on_time": s.on_time} for s in analysis.steps]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for r in rows:
                print(f"{r['step_type']:<20} {r['count']:>6} {_fmt(r['median']):>8} {_fmt(r['p90']):>8}  {r['title']}")
        return 0
    paths = [p for p in (analysis.paths.configured, analysis.paths.serial) if p is not None]
    body = {"paths": [{"variant": p.variant, "title": p.title, "minutes": p.minutes,
                       "steps": [{"step_type": s.step_type, "minutes": s.minutes, "source": s.source}
                                 for s in p.steps]} for p in paths],
            "saved_minutes": analysis.paths.saved_minutes}
    if args.json:
        print(json.dumps(body, ensure_ascii=False, indent=1))
    else:
        for p in paths:
            print(f"{p.minutes:>6}  {p.title}: {' -> '.join(s.step_type for s in p.steps)}")
        if analysis.paths.saved_minutes is not None:
            print(translate("analytics", "并联办理节省 {minutes} 工作分钟").format(minutes=analysis.paths.saved_minutes))
    return 0
