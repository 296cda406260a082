"""Command line: ``python main.py`` opens the GUI; sub-commands are for IT and scripts."""
from __future__ import annotations

import argparse
import getpass
import json
import sys

from app.core.errors import ServiceError, ValidationError
from app.core.models import Role
from db.backup import BackupUnavailable
from db.connection import DatabaseConfigError
from db.migrate import MigrationError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kaiban", description="Kaiban 企业开办协同服务平台")
    p.add_argument("--db", metavar="URL", help="database URL (overrides KAIBAN_DB and the saved connection)")
    sub = p.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database: init, migrate, backup").add_subparsers(dest="db_command", required=True)
    db.add_parser("init", help="create or upgrade the schema")
    mig = db.add_parser("migrate", help="apply pending migrations (after a backup)")
    mig.add_argument("--dry-run", action="store_true", help="list what would run, change nothing")
    mig.add_argument("--no-backup", action="store_true", help="skip the backup (PostgreSQL without pg_dump)")
    bk = db.add_parser("backup", help="write a backup now")
    bk.add_argument("--out", help="directory (default: the data directory's backups/)")

    pl = sub.add_parser("plugins", help="list, enable or disable plugins").add_subparsers(dest="plugins_command",
                                                                                          required=True)
    ls = pl.add_parser("list")
    ls.add_argument("--json", action="store_true")
    for verb in ("enable", "disable"):
        pl.add_parser(verb).add_argument("name")

    us = sub.add_parser("users", help="manage users").add_subparsers(dest="users_command", required=True)
    add = us.add_parser("add")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument("--role", required=True, choices=Role.ALL)
    add.add_argument("--org", help="organisation code")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    us.add_parser("list").add_argument("--json", action="store_true")
    pw = us.add_parser("passwd")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true")
    lk = us.add_parser("lock")
    lk.add_argument("username")
    lk.add_argument("--unlock", action="store_true", help="unlock instead (also clears a login lock-out)")

    rep = sub.add_parser("report", help="list reports, or write one: report NAME --from DATE --to DATE --out FILE")
    rep.add_argument("name", nargs="?", help="report name (omit to list the reports)")
    rep.add_argument("--from", dest="date_from", type=_date, help="first day, YYYY-MM-DD")
    rep.add_argument("--to", dest="date_to", type=_date, help="last day, YYYY-MM-DD")
    rep.add_argument("--org", help="organisation code (or id) to restrict to")
    rep.add_argument("--out", help="file to write")

    from app.cli_calendar import add_calendar_parser, add_graph_parser

    add_calendar_parser(sub)
    add_graph_parser(sub)

    demo = sub.add_parser("demo", help="seed demo data")
    demo.add_argument("--cases", type=int, default=40)
    demo.add_argument("--if-empty", action="store_true", help="do nothing when cases already exist")

    sms = sub.add_parser("sms", help="the SMS outbox: list, send pending, queue reminders, retry failed"
                         ).add_subparsers(dest="sms_command", required=True)
    box = sms.add_parser("outbox", help="list the newest messages")
    box.add_argument("--state", choices=("queued", "sending", "sent", "failed"))
    box.add_argument("--limit", type=int, default=50)
    sms.add_parser("send-pending", help="send every queued message (gateway plugin or the built-in sender)")
    sms.add_parser("remind", help="queue reminders for tomorrow's appointments")
    sms.add_parser("retry", help="queue failed messages again")

    _add_plugin_commands(p, sub)

    shot = sub.add_parser("screenshot", help="render every main screen with demo data to PNG (offscreen)")
    shot.add_argument("--out", required=True)
    shot.add_argument("--user", default="admin", help="whose view to render")
    return p


def _add_plugin_commands(parser: argparse.ArgumentParser, sub) -> None:
    """Sub-commands contributed by plugins (``kaiban_cli_commands``); a plugin that fails here is
    marked failed like anywhere else and the command line works without its commands."""
    from app.plugins import get_plugin_host

    taken = set(sub.choices)
    commands = {}
    for plugin, spec in get_plugin_host().call_each("kaiban_cli_commands"):
        if spec.name in taken:
            continue
        try:
            spec.add_arguments(sub.add_parser(spec.name, help=spec.help))
        except Exception:  # noqa: BLE001 - a broken plugin must not break the command line
            sub.choices.pop(spec.name, None)
            continue
        taken.add(spec.name)
        commands[spec.name] = (plugin, spec)
    parser.set_defaults(plugin_commands=commands)


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None


def _password(args, prompt: str) -> str:
    if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("再次输入密码: ") != first:
        raise ServiceError("两次输入的密码不一致")
    return first


def _open(args, **kwargs):
    from app.config import resolve_database_url
    from app.startup import open_app

    return open_app(resolve_database_url(args.db), **kwargs)


def cmd_db(args) -> int:
    from app import startup
    from app.config import backup_dir
    from db.backup import backup_database

    if args.db_command == "backup":
        ctx = _open(args, upgrade_schema=False)
        from pathlib import Path
        print(backup_database(ctx.db, Path(args.out) if args.out else backup_dir()))
        return 0
    if args.db_command == "init":
        ctx = _open(args)
        print(f"数据库已就绪: {ctx.url.display()}")
        return 0
    ctx = _open(args, upgrade_schema=False)
    if args.dry_run:
        todo = startup.dry_run(ctx.db, ctx.host)
        for m in todo:
            print(m.label)
        print(f"{len(todo)} 个待执行的迁移" if todo else "没有待执行的迁移")
        return 0
    result = startup.upgrade(ctx.db, ctx.host, backup=not args.no_backup)
    if result.backup:
        print(f"已备份: {result.backup}")
    for m in result.applied:
        print(f"已执行: {m.label}")
    for name in result.failed_plugins:
        print(f"插件 {name} 的迁移失败，已停用该插件: {ctx.host.records[name].error}", file=sys.stderr)
    print(f"共执行 {len(result.applied)} 个迁移")
    return 1 if result.failed_plugins else 0


def cmd_plugins(args) -> int:
    from app.core.settings import set_plugin_enabled

    ctx = _open(args)
    if args.plugins_command in ("enable", "disable"):
        known = {r.name for r in ctx.host.list()}
        if args.name not in known:
            raise ServiceError(f"没有名为 {args.name} 的插件（已知: {', '.join(sorted(known))}）")
        set_plugin_enabled(args.name, args.plugins_command == "enable")
        print(f"插件 {args.name} 已{'启用' if args.plugins_command == 'enable' else '停用'}（重启后生效）")
        return 0
    records = [r.as_dict() for r in ctx.host.list()]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for r in records:
        line = f"{r['name']:<20} {r['version']:<8} {r['department'] or '-':<18} {r['state']:<9} {r['source']}"
        print(line)
        if r["error"]:
            print("    " + r["error"].strip().splitlines()[-1])
    return 0


def cmd_users(args) -> int:
    from app.core import users

    _open(args)
    if args.users_command == "add":
        password = _password(args, "新密码: ")
        user = users.add_user(args.username, args.name, password, args.role, args.org)
        print(f"已创建用户 {user.username}")
    elif args.users_command == "list":
        rows = [{"username": u.username, "name": u.display_name, "role": u.role,
                 "organisation": u.organisation.code if u.organisation_id else None, "active": u.active,
                 "locked_until": u.locked_until.isoformat() if u.locked_until else None}
                for u in users.list_users()]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for r in rows:
                state = "停用" if not r["active"] else ("锁定至 " + r["locked_until"] if r["locked_until"] else "正常")
                print(f"{r['username']:<16} {r['name']:<10} {r['role']:<18} {r['organisation'] or '-':<16} {state}")
    elif args.users_command == "passwd":
        users.set_password(args.username, _password(args, "新密码: "))
        print(f"已修改 {args.username} 的密码")
    elif args.users_command == "lock":
        users.lock_user(args.username, locked=not args.unlock)
        print(f"已{'解锁' if args.unlock else '锁定'} {args.username}")
    return 0


def _report_organisation(code: str | None) -> int | None:
    """``--org``: an organisation's code (or id) -> its id, as the report dialog passes it."""
    if not code:
        return None
    from app.core.models import Organisation

    org = Organisation.get_or_none(Organisation.code == code)
    if org is None and code.isdigit():
        org = Organisation.get_or_none(Organisation.id == int(code))
    if org is None:
        raise ServiceError(f"没有代码为 {code} 的机构")
    return org.id


def cmd_report(args) -> int:
    ctx = _open(args)
    reports = {spec.name: spec for spec in ctx.host.call("kaiban_reports", user=None)}
    if not args.name:
        for spec in sorted(reports.values(), key=lambda r: r.name):
            print(f"{spec.name:<28} {spec.title}  ({', '.join(spec.formats)})")
        if not reports:
            print("没有可用的报表")
        return 0
    spec = reports.get(args.name)
    if spec is None:
        raise ServiceError(f"没有名为 {args.name} 的报表（可用: {', '.join(sorted(reports)) or '无'}）")
    missing = [flag for flag, value in (("--from", args.date_from), ("--to", args.date_to), ("--out", args.out))
               if value is None]
    if missing:
        raise ServiceError(f"缺少参数: {' '.join(missing)}")
    if args.date_from > args.date_to:
        raise ServiceError("开始日期不能晚于结束日期")
    params = {"date_from": args.date_from, "date_to": args.date_to, "organisation": _report_organisation(args.org)}

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    spec.build(ctx, params, args.out, progress)
    print(f"\n已生成: {args.out}", file=sys.stderr)
    return 0


def cmd_demo(args) -> int:
    from app.core.demo import DEMO_PASSWORD, seed_demo

    ctx = _open(args)
    result = seed_demo(ctx.host, ctx.graph, cases=args.cases, if_empty=args.if_empty)
    if result["skipped"]:
        print("数据库中已有办件，未生成演示数据")
    else:
        print(f"已生成演示数据: {result['cases']} 个办件, {result['users']} 个用户, "
              f"{result['organisations']} 个机构; 演示账号密码均为 {DEMO_PASSWORD}")
    return 0


def cmd_sms(args) -> int:
    from app.core import appointments, notifications
    from app.core.cases import mask_mobile

    ctx = _open(args)
    if args.sms_command == "send-pending":
        done = notifications.send_pending(ctx.host)
        sent = sum(1 for m in done if m.state == "sent")
        print(f"已发送 {sent} 条，失败 {len(done) - sent} 条")
        return 0 if sent == len(done) else 1
    if args.sms_command == "remind":
        print(f"已生成 {appointments.remind_due()} 条预约提醒短信")
        return 0
    if args.sms_command == "retry":
        print(f"已重新排队 {notifications.retry_failed()} 条短信")
        return 0
    messages = notifications.outbox(state=args.state, limit=args.limit)
    if not messages:
        print("没有短信")
    for m in messages:
        print(f"{m.id:>6} {m.created_at:%Y-%m-%d %H:%M} {notifications.state_title(m.state):<5} "
              f"{notifications.template_title(m.template):<5} {mask_mobile(m.mobile):<12} {m.text}")
        if m.error:
            print(f"       {m.error}")
    return 0


def cmd_calendar(args) -> int:
    from app.cli_calendar import cmd_calendar as run

    return run(_open(args), args)


def cmd_graph(args) -> int:
    from app.cli_calendar import cmd_graph as run

    return run(_open(args), args)


def cmd_plugin_command(args) -> int:
    plugin, spec = args.plugin_commands[args.command]
    ctx = _open(args)
    record = ctx.host.records.get(plugin)
    if record is None or record.state != "active":
        raise ServiceError(f"命令 {args.command} 属于插件 {plugin}，该插件在本安装中未启用")
    return spec.run(ctx, args)


def cmd_screenshot(args) -> int:
    from app.ui.screenshots import take_screenshots

    ctx = _open(args)
    for path in take_screenshots(ctx, args.out, username=args.user):
        print(path)
    return 0


def cmd_gui(args) -> int:
    from app.ui.application import run_gui

    return run_gui(args.db)


COMMANDS = {"db": cmd_db, "plugins": cmd_plugins, "users": cmd_users, "report": cmd_report, "demo": cmd_demo,
            "screenshot": cmd_screenshot, "sms": cmd_sms}

COMMANDS.update(calendar=cmd_calendar, graph=cmd_graph)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = COMMANDS.get(args.command)
    if handler is None:
        handler = cmd_plugin_command if args.command in getattr(args, "plugin_commands", {}) else cmd_gui
    try:
        return handler(args)
    except ValidationError as exc:
        for field_name, message in exc.errors.items():
            print(f"错误: {field_name}: {message}", file=sys.stderr)
        return 2
    except (ServiceError, DatabaseConfigError, BackupUnavailable, MigrationError) as exc:
        print(f"错误: {exc}", file=sys.stderr)
        return 2
