"""``python main.py case ...``: the registration window from the command line (import online cases,
list, approve, return, issue the licence), acting as a named user. Qt-free."""
from __future__ import annotations

import argparse
import json

from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import Case, Enterprise, Organisation, Step, StepState
from app.core.users import current_user, get_user
from app.i18n import translate
from plugins.registration.common import LICENCE_STEP, REVIEW_STEP


HELP = "registration window: import online cases, list, approve, issue licences"


def add_arguments(case: argparse.ArgumentParser) -> None:
    """The ``case`` sub-commands (the parser comes from the command line's kaiban_cli_commands)."""
    cmds = case.add_subparsers(dest="case_command", required=True)
    imp = cmds.add_parser("import", help="import online-channel JSON files (docs/case-import.md)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--user", help="record the import as this user (default: the system)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    ls = cmds.add_parser("list", help="list cases")
    ls.add_argument("--state", help="only cases in this state (intake, in_progress, returned, complete)")
    ls.add_argument("--json", action="store_true")
    ap = cmds.add_parser("approve", help="approve a case's intake review")
    ap.add_argument("number", help="case number, e.g. KB2026030200001")
    ap.add_argument("--user", required=True)
    rt = cmds.add_parser("return", help="return a case for correction")
    rt.add_argument("number")
    rt.add_argument("--user", required=True)
    rt.add_argument("--reason", action="append", required=True, help="a reason (repeat for several)")
    iss = cmds.add_parser("issue-licence", help="issue the business licence with the applicant's choice")
    iss.add_argument("number")
    iss.add_argument("--user", required=True)
    iss.add_argument("--choose", action="append", default=[], metavar="DEPARTMENT=ORG_CODE",
                     help="the organisation the applicant chose for a department, e.g. seal=seal-huaxin")
    iss.add_argument("--mail", metavar="ADDRESS", help="mail the licence to this address (default: pick-up)")
    iss.add_argument("--recipient", help="recipient of the mail (default: the contact person)")
    iss.add_argument("--mobile", help="recipient's mobile (default: the contact person's)")
    iss.add_argument("--pdf", metavar="FILE", help="also write the licence PDF")


def _user(username: str | None):
    return current_user(get_user(username)) if username else None


def _case(number: str) -> Case:
    case = Case.get_or_none(Case.number == number.strip())
    if case is None:
        raise NotFound(translate("registration", "没有编号为 {number} 的办件").format(number=number))
    return case


def _step(case: Case, step_type: str) -> Step:
    step = Step.get_or_none((Step.case == case.id) & (Step.step_type == step_type))
    if step is None:
        raise NotFound(translate("registration", "办件 {number} 没有该事项，请先受理").format(number=case.number))
    return step


def cmd_import(ctx, args) -> int:
    from plugins.registration.online_import import REJECTED, import_files

    results = import_files(ctx, args.files, user=_user(args.user))
    if args.json:
        print(json.dumps([{"file": r.source, "status": r.status, "external_id": r.external_id,
                           "case_number": r.case_number,
                           "problems": [{"path": p.path, "reason": p.reason} for p in r.problems]}
                          for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            detail = f"  办件编号 {r.case_number}" if r.case_number else ""
            ident = f"（{r.external_id}）" if r.external_id else ""
            print(f"{r.source}{ident}: {r.title}{detail}")
            for p in r.problems:
                print(f"    {p.path or '(文件)'}: {p.reason}")
        rejected = sum(r.status == REJECTED for r in results)
        print(f"共 {len(results)} 个文件：导入 {sum(r.status == 'imported' for r in results)}，"
              f"跳过 {sum(r.status == 'skipped' for r in results)}，拒绝 {rejected}")
    return 1 if any(r.status == REJECTED for r in results) else 0


def cmd_list(ctx, args) -> int:
    query = Case.select(Case, Enterprise).join(Enterprise).order_by(Case.number)
    if args.state:
        query = query.where(Case.state == args.state)
    rows = []
    for case in query:
        steps = {s.step_type: s for s in Step.select().where((Step.case == case.id)
                                                             & Step.step_type.in_([REVIEW_STEP, LICENCE_STEP]))}
        licence = steps.get(LICENCE_STEP)
        rows.append({"number": case.number, "name": case.enterprise.name, "state": case.state,
                     "channel": case.channel, "uscc": case.enterprise.uscc,
                     "review": steps[REVIEW_STEP].state if REVIEW_STEP in steps else None,
                     "licence": licence.state if licence else None,
                     "licence_due": licence.due_at.isoformat(sep=" ") if licence and licence.due_at else None})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['number']}  {r['state']:<11} 审核:{r['review'] or '-':<8} 发照:{r['licence'] or '-':<8} "
              f"{r['uscc'] or '':<18} {r['name']}")
    print(f"共 {len(rows)} 件")
    return 0


def cmd_approve(ctx, args) -> int:
    from plugins.registration.review import approve

    case = _case(args.number)
    result = approve(_step(case, REVIEW_STEP).id, _user(args.user), graph=ctx.graph)
    print(f"办件 {case.number} 已审核通过：{result.licence_class.title}，"
          f"须于 {result.licence_due_at:%Y-%m-%d %H:%M} 前发照")
    return 0


def cmd_return(ctx, args) -> int:
    from plugins.registration.review import return_case

    case = _case(args.number)
    step = Step.get_or_none((Step.case == case.id) & Step.step_type.in_([REVIEW_STEP, LICENCE_STEP])
                            & Step.state.in_([StepState.READY, StepState.CLAIMED, StepState.ON_HOLD]))
    if step is None:
        raise ServiceError(translate("registration", "办件 {number} 没有可退回的窗口事项").format(number=case.number))
    return_case(step.id, _user(args.user), args.reason)
    print(f"办件 {case.number} 已退回补正")
    return 0


def _choice(args, case: Case):
    from plugins.registration.licence import Delivery, LicenceChoice

    organisations, errors = {}, {}
    for item in args.choose:
        dept, _, code = item.partition("=")
        org = Organisation.get_or_none(Organisation.code == code.strip())
        if not code or org is None:
            errors[f"chosen.{dept.strip()}"] = translate("registration", "找不到机构“{code}”").format(code=code)
        else:
            organisations[dept.strip()] = org.id
    if errors:
        raise ValidationError(errors)
    delivery = Delivery()
    if args.mail:
        contact = case.contact or case.legal_representative
        delivery = Delivery(method="mail", address=args.mail,
                            recipient=args.recipient or (contact.name if contact else ""),
                            mobile=args.mobile or (contact.mobile if contact else ""))
    return LicenceChoice(organisations=organisations, delivery=delivery)


def cmd_issue_licence(ctx, args) -> int:
    from plugins.registration.licence import issue_licence

    case = _case(args.number)
    data = issue_licence(_step(case, LICENCE_STEP).id, _user(args.user), _choice(args, case), graph=ctx.graph)
    print(f"办件 {case.number} 已发照：{data.name}，统一社会信用代码 {data.uscc}")
    for step in Step.select().where((Step.case == case.id) & (Step.state == StepState.READY)).order_by(Step.id):
        where = step.organisation.name if step.organisation_id else "-"
        print(f"    {ctx.step_title(step.step_type)} -> {where}（时限 {step.due_at:%H:%M}）")
    if args.pdf:
        from plugins.registration.documents import render_business_licence

        print(f"营业执照: {render_business_licence(data, args.pdf)}")
    return 0


COMMANDS = {"import": cmd_import, "list": cmd_list, "approve": cmd_approve, "return": cmd_return,
            "issue-licence": cmd_issue_licence}


def run(ctx, args) -> int:
    return COMMANDS[args.case_command](ctx, args)
