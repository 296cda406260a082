"""``python main.py supervision ...``: escalation from a scheduler, supervisors' mobiles and the
statutory periods, from the command line. Qt-free."""
from __future__ import annotations

import argparse
import datetime as dt

from app.core.errors import NotFound
from app.core.models import User
from app.i18n import translate
from plugins.supervision import contacts, escalation, statutory

HELP = "electronic supervision: escalate overdue steps, supervisors' mobiles, statutory periods"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cmds = parser.add_subparsers(dest="supervision_command", required=True)
    esc = cmds.add_parser("escalate", help="alert and text the supervisors of newly overdue steps (run every minute)")
    esc.add_argument("--at", type=dt.datetime.fromisoformat, help="judge deadlines at this time (default: now)")
    con = cmds.add_parser("contact", help="list supervisors' mobiles, or set one (empty: remove)")
    con.add_argument("username", nargs="?")
    con.add_argument("mobile", nargs="?")
    sta = cmds.add_parser("statutory", help="list statutory periods (working days), or set one (--reset: default)")
    sta.add_argument("step_type", nargs="?")
    sta.add_argument("days", nargs="?", type=float)
    sta.add_argument("--reset", action="store_true")


def _escalate(context, args) -> int:
    result = escalation.escalate(graph=context.graph, at=args.at)
    print(translate("supervision", "新督办提醒 {alerts} 条（{steps} 个超时事项），短信 {texts} 条").format(
        alerts=result.alerts, steps=result.steps, texts=result.texts))
    return 0


def _contact(args) -> int:
    if args.username is None:
        for row in contacts.list_contacts(None):
            print(f"{row.username:<16} {row.display_name:<8} {row.organisation:<24} {row.mobile or '—'}")
        return 0
    user = User.get_or_none(User.username == args.username)
    if user is None:
        raise NotFound(translate("supervision", "没有用户 {name}").format(name=args.username))
    number = contacts.set_contact(None, user.id, args.mobile or "")
    print(translate("supervision", "已保存：{name} {mobile}").format(name=user.display_name, mobile=number or "—"))
    return 0


def _statutory(context, args) -> int:
    if args.step_type is None:
        table = statutory.statutory_days()
        for name in context.graph.topological_order():
            print(f"{name:<20} {context.graph.title(name):<10} {statutory.days_for(name, table):g}")
        return 0
    statutory.set_statutory_days(args.step_type, None if args.reset else args.days)
    print(translate("supervision", "已保存：{step} {days:g} 个工作日").format(
        step=args.step_type, days=statutory.days_for(args.step_type)))
    return 0


def run(context, args) -> int:
    if args.supervision_command == "escalate":
        return _escalate(context, args)
    if args.supervision_command == "contact":
        return _contact(args)
    return _statutory(context, args)


__all__ = ["HELP", "add_arguments", "run"]
