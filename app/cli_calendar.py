"""The ``calendar`` and ``graph`` sub-commands: the working calendar and the configured workflow
graph with its critical path, for administrators."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.i18n import translate

_WEEKDAYS = "一二三四五六日"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None


def add_calendar_parser(sub) -> None:
    cal = sub.add_parser("calendar", help="working calendar: show a year, close or open days, working hours")
    verbs = cal.add_subparsers(dest="calendar_command", required=True)
    verbs.add_parser("show", help="holidays, make-up working days and overrides of a year").add_argument(
        "year", type=int)
    close = verbs.add_parser("close", help="close a day (local closure, or a holiday the library lacks)")
    close.add_argument("date", type=_date)
    close.add_argument("--reason", required=True)
    opened = verbs.add_parser("open", help="work on a day the calendar has closed (e.g. a make-up day)")
    opened.add_argument("date", type=_date)
    opened.add_argument("--reason", default="")
    verbs.add_parser("clear", help="remove the override of a day").add_argument("date", type=_date)
    confirm = verbs.add_parser("confirm", help="declare a year the library lacks entered by hand")
    confirm.add_argument("year", type=int)
    confirm.add_argument("--undo", action="store_true")
    hours = verbs.add_parser("hours", help="show or set the working periods, e.g. 09:00-12:00 13:00-17:00")
    hours.add_argument("periods", nargs="*")


def add_graph_parser(sub) -> None:
    graph = sub.add_parser("graph", help="workflow graph: show it with its critical path, configure it")
    verbs = graph.add_subparsers(dest="graph_command", required=True)
    show = verbs.add_parser("show", help="the graph, its time limits and its critical path")
    which = show.add_mutually_exclusive_group()
    which.add_argument("--serial", action="store_true", help="the old serial variant, for comparison")
    which.add_argument("--variant", help="a named variant")
    which.add_argument("--declared", action="store_true", help="as the plugins declare it, no variant")
    show.add_argument("--case-type", help="only the steps this case type requires")
    limit = verbs.add_parser("limit", help="override a step type's time limit (working minutes)")
    limit.add_argument("step_type")
    limit.add_argument("minutes", nargs="?", type=int)
    limit.add_argument("--clear", action="store_true", help="back to the declared limit")
    require = verbs.add_parser("require", help="the step types a case type requires")
    require.add_argument("case_type")
    require.add_argument("step_types", nargs="*")
    require.add_argument("--clear", action="store_true", help="every step type again")
    waits = verbs.add_parser("waits", help="in a variant, what a step type waits for")
    waits.add_argument("variant")
    waits.add_argument("step_type")
    waits.add_argument("waits_for", nargs="*")
    waits.add_argument("--clear", action="store_true", help="remove the override")
    use = verbs.add_parser("use", help="the variant new cases follow")
    use.add_argument("variant", nargs="?")
    use.add_argument("--declared", action="store_true", help="the graph as the plugins declare it")


# -- calendar -----------------------------------------------------------------------------------

def _day_kind(info) -> str | None:
    """How a day differs from an ordinary week, or None for an ordinary day."""
    if info.source == "closure":
        return translate("calendar_cli", "闭馆")
    if info.source == "workday":
        return translate("calendar_cli", "上班")
    weekend = info.day.weekday() >= 5
    if info.working and weekend:
        return translate("calendar_cli", "调休上班")
    if not info.working and (not weekend or info.name):
        return translate("calendar_cli", "放假")
    return None


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 1)


def show_year(year: int, out=None) -> None:
    from app.core import calendar as cal

    out = out or sys.stdout
    calendar = cal.current_calendar()
    print(translate("calendar_cli", "{year} 年工作日历（工作时间 {hours}）").format(
        year=year, hours=cal.format_hours(calendar.periods)), file=out)
    warning = calendar.coverage_warning(year)
    if warning:
        print(translate("calendar_cli", "警告：") + warning, file=out)
    runs: list[list] = []  # [first day, last day, kind, name]
    days = calendar.year(year)
    for info in days:
        kind = _day_kind(info)
        if kind is None:
            continue
        last = runs[-1] if runs else None
        if last and last[2] == kind and last[3] == info.name and (info.day - last[1]).days == 1:
            last[1] = info.day
        else:
            runs.append([info.day, info.day, kind, info.name])
    for first, last, kind, name in runs:
        span = f"{first.isoformat()} 周{_WEEKDAYS[first.weekday()]}"
        if last != first:
            span += f" – {last.isoformat()} 周{_WEEKDAYS[last.weekday()]}"
        print(f"  {_pad(span, 34)}{_pad(kind, 10)}{name}".rstrip(), file=out)
    working = sum(1 for info in days if info.working)
    print(translate("calendar_cli", "全年工作日 {count} 天，每天 {minutes} 个工作分钟").format(
        count=working, minutes=calendar.day_minutes), file=out)


def cmd_calendar(ctx, args) -> int:
    from app.core import calendar as cal

    verb = args.calendar_command
    if verb == "show":
        show_year(args.year)
        return 0
    if verb == "hours":
        if args.periods:
            try:
                periods = [p.split("-", 1) for p in args.periods]
                calendar = cal.set_hours(periods)
            except (cal.CalendarError, ValueError) as exc:
                raise _service_error(exc) from None
        else:
            calendar = cal.current_calendar()
        print(translate("calendar_cli", "工作时间：{hours}").format(hours=cal.format_hours(calendar.periods)))
        return 0
    if verb == "confirm":
        cal.confirm_year(args.year, not args.undo)
        message = (translate("calendar_cli", "已撤销 {year} 年的录入确认") if args.undo
                   else translate("calendar_cli", "已确认 {year} 年的放假和调休安排已录入"))
        print(message.format(year=args.year))
        return 0
    try:
        if verb == "close":
            cal.close_day(args.date, args.reason)
        elif verb == "open":
            cal.open_day(args.date, args.reason)
        else:
            cal.clear_day(args.date)
    except cal.CalendarError as exc:
        raise _service_error(exc) from None
    info = cal.current_calendar().day_info(args.date)
    state = translate("calendar_cli", "工作日") if info.working else translate("calendar_cli", "休息日")
    print(translate("calendar_cli", "{date} 现为{state}").format(date=args.date.isoformat(), state=state))
    warning = cal.coverage_warning(args.date.year)
    if warning:
        print(translate("calendar_cli", "警告：") + warning, file=sys.stderr)
    return 0


def _service_error(exc: Exception):
    from app.core.errors import ServiceError

    return ServiceError(str(exc))


# -- graph --------------------------------------------------------------------------------------

def show_graph(ctx, *, variant: str | None | bool = True, case_type: str | None = None, out=None) -> int:
    from app.core import graph_config
    from app.core.critical_path import critical_path

    out = out or sys.stdout
    config = graph_config.load_config()
    specs = ctx.host.call("kaiban_step_types")
    graph, notes = graph_config.build_graph(specs, config, variant=variant)
    for note in notes:
        print(translate("calendar_cli", "注意：") + note, file=sys.stderr)
    if case_type:
        graph = graph.for_case_type(case_type)
    if graph.variant:
        title = config.variants[graph.variant].title
        print(translate("calendar_cli", "流程方案：{name}（{title}）").format(name=graph.variant, title=title), file=out)
    else:
        print(translate("calendar_cli", "流程方案：按插件声明（并行办理）"), file=out)
    if case_type:
        print(translate("calendar_cli", "办件类型：{type}").format(type=case_type), file=out)
    for n, name in enumerate(graph.topological_order(), 1):
        spec = graph.steps[name]
        waits = "、".join(graph.title(p) for p in spec.waits_for) or "—"
        print(translate("calendar_cli", "  {n}. {title}（{name}）  时限 {minutes} 分钟  前置：{waits}").format(
            n=n, title=spec.title, name=name, minutes=spec.time_limit_minutes, waits=waits), file=out)
    minutes, path = critical_path(graph)
    print(translate("calendar_cli", "关键路径：{path}，共 {minutes} 个工作分钟").format(
        path=" → ".join(graph.title(p) for p in path) or "—", minutes=minutes), file=out)
    if graph.variant:
        declared, _notes = graph_config.build_graph(specs, config, variant=None)
        if case_type:
            declared = declared.for_case_type(case_type)
        base, _path = critical_path(declared)
        print(translate("calendar_cli", "按插件声明的并行流程：{minutes} 个工作分钟（相差 {diff:+d}）").format(
            minutes=base, diff=minutes - base), file=out)
    return 0


def cmd_graph(ctx, args) -> int:
    from app.core import graph_config
    from app.core.errors import ServiceError

    known = [spec.name for spec in ctx.host.call("kaiban_step_types")]
    verb = args.graph_command
    if verb == "show":
        variant = graph_config.SERIAL if args.serial else (args.variant or (None if args.declared else True))
        return show_graph(ctx, variant=variant, case_type=args.case_type)
    if verb == "limit":
        if args.clear == (args.minutes is not None):
            raise ServiceError(translate("calendar_cli", "请给出时限（工作分钟），或用 --clear 恢复插件声明的时限"))
        graph_config.set_time_limit(args.step_type, None if args.clear else args.minutes, known=known)
    elif verb == "require":
        if args.clear == bool(args.step_types):
            raise ServiceError(translate("calendar_cli", "请列出该办件类型需要的事项，或用 --clear 恢复全部事项"))
        graph_config.set_required_steps(args.case_type, None if args.clear else args.step_types, known=known)
    elif verb == "waits":
        graph_config.set_variant_waits(args.variant, args.step_type, None if args.clear else args.waits_for,
                                       known=known)
    elif verb == "use":
        if args.declared == bool(args.variant):
            raise ServiceError(translate("calendar_cli", "请给出流程方案名称，或用 --declared 按插件声明办理"))
        graph_config.use_variant(None if args.declared else args.variant)
    print(translate("calendar_cli", "已保存；重新打开程序后对新办件生效"))
    return 0
