"""A test plugin implementing every hook in app.hookspecs, for tests/test_hooks.py.

Its department is ``lab``; it owns the step type ``lab_check`` (after the business licence),
the table ``lab_sample`` (migration 0001), a queue, a case panel, a report, a menu action
and demo data. Calls are recorded in ``CALLS`` so the tests can see what the host passed.
"""
from __future__ import annotations

from pathlib import Path

from app.hookspecs import hookimpl
from app.plugin_api import (
    BackgroundTaskSpec,
    CasePanelSpec,
    CliCommandSpec,
    DepartmentSpec,
    IntakePrefill,
    IntakeSourceSpec,
    MaterialSpec,
    MenuActionSpec,
    MigrationSource,
    OpenItem,
    PeriodFigure,
    PluginInfo,
    QueueSpec,
    ReportSpec,
    Routing,
    ScreenSpec,
    StepTypeSpec,
)

DEPARTMENT = "lab"
PLUGIN_INFO = PluginInfo(name="everyhook", version="9.9.9", api=">=1.0,<2", department=DEPARTMENT,
                         title="测试实验室")
MIGRATIONS = Path(__file__).resolve().parent / "everyhook_migrations"

#: hook name -> list of the keyword arguments of each call
CALLS: dict[str, list[dict]] = {}


def _called(hook: str, **kwargs) -> None:
    CALLS.setdefault(hook, []).append(kwargs)


@hookimpl
def kaiban_departments():
    _called("kaiban_departments")
    return [DepartmentSpec(DEPARTMENT, "测试实验室")]


@hookimpl
def kaiban_migrations():
    _called("kaiban_migrations")
    return MigrationSource("everyhook", MIGRATIONS)


@hookimpl
def kaiban_step_types():
    _called("kaiban_step_types")
    return [StepTypeSpec(name="lab_check", department=DEPARTMENT, title="实验室检测",
                         waits_for=("business_licence",), time_limit_minutes=20, routing=Routing.AREA, order=70)]


@hookimpl
def kaiban_queues(user):
    _called("kaiban_queues", user=user)
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="lab.todo", title="检测待办", department=DEPARTMENT, step_types=("lab_check",), order=70)]


def create_panel(parent, case_id, context):
    """Stands in for a widget factory: returns what it was built from."""
    return {"parent": parent, "case_id": case_id, "context": context}


@hookimpl
def kaiban_case_panels(case_id, user):
    _called("kaiban_case_panels", case_id=case_id, user=user)
    return [CasePanelSpec(key="lab.samples", title="检测样品", create=create_panel, order=70)]


def build_report(context, params, out_path, progress):
    from db.base import database

    count = database.execute_sql("SELECT COUNT(*) FROM lab_sample").fetchone()[0]
    progress(1, 1)
    Path(out_path).write_text(f"samples,{count}\nfrom,{params['date_from']}\nto,{params['date_to']}\n",
                              encoding="utf-8")
    return out_path


@hookimpl
def kaiban_reports(user):
    _called("kaiban_reports", user=user)
    return [ReportSpec(name="lab.samples", title="检测样品统计", department=DEPARTMENT, build=build_report,
                       formats=("csv",))]


def run_action(window):
    window.append("lab action ran")
    return "ok"


@hookimpl
def kaiban_menu_actions(user):
    _called("kaiban_menu_actions", user=user)
    if user is None or not user.is_admin:
        return []
    return [MenuActionSpec(menu="tools", title="清空检测样品", run=run_action, key="lab.clear")]


@hookimpl
def kaiban_required_materials(answers):
    _called("kaiban_required_materials", answers=answers)
    items = [MaterialSpec("legal_rep_id", "法定代表人身份证明", DEPARTMENT, note="实验室复核", deferrable=True,
                          order=5)]
    if answers.has_employees:
        items.append(MaterialSpec("lab_staff_list", "检测人员名单", DEPARTMENT, deferrable=True))
    return items


#: the lab's clients, offered to the intake: (ref, name, legal representative, id number, mobile)
LAB_CLIENTS = (("c1", "绵阳检测样例有限公司", "张三", "510703198505171234", "13812345678"),
               ("c2", "绵阳精测仪器有限公司", "李四", "510703199001021234", "13912345678"))


def search_clients(text, user):
    """The lab's clients whose name contains ``text``; the address proof is the lab's lease."""
    return [IntakePrefill(source="lab.clients", ref=ref, label=f"{name}（{legal}）", enterprise_name=name,
                          legal_representative_name=legal, legal_representative_id=id_number,
                          legal_representative_mobile=mobile, address="高新区检测路 1 号 2 楼", area_code="510703",
                          address_type="leased", materials=(("address_proof", "实验室租赁合同"),),
                          data={"searched_by": user.username})
            for ref, name, legal, id_number, mobile in LAB_CLIENTS if text in name]


@hookimpl
def kaiban_intake_sources(user):
    _called("kaiban_intake_sources", user=user)
    if user is None or user.department_code == "seal":
        return []
    return [IntakeSourceSpec(key="lab.clients", title="实验室客户", search=search_clients)]


def _lab_arguments(parser):
    parser.add_argument("label")


def _lab_run(context, args):
    from db.base import database

    database.execute_sql("INSERT INTO lab_sample (case_id, label) VALUES (0, %s)" % database.param, (args.label,))
    return 0


@hookimpl
def kaiban_cli_commands():
    _called("kaiban_cli_commands")
    return [CliCommandSpec(name="lab", help="add a lab sample", add_arguments=_lab_arguments, run=_lab_run),
            CliCommandSpec(name="demo", help="clashes with the core's demo", add_arguments=_lab_arguments,
                           run=_lab_run)]


@hookimpl
def kaiban_demo_data(seeder):
    _called("kaiban_demo_data", seeder=seeder)
    seeder.organisation(DEPARTMENT, "lab-1", "绵阳测试实验室", address="高新区检测路 1 号", area_code="510703")
    seeder.user("lab_clerk", "测试员", "clerk", "lab-1")


#: the lab's SMS gateway sends to 139 numbers only and refuses 130 ones; it leaves the rest alone
SENT_SMS: list = []


@hookimpl
def kaiban_sms_send(message):
    _called("kaiban_sms_send", message=message)
    if message.mobile.startswith("139"):
        SENT_SMS.append((message.mobile, message.text))
        return True
    if message.mobile.startswith("130"):
        return False
    return None


@hookimpl
def kaiban_screens(user):
    _called("kaiban_screens", user=user)
    if user is None or user.department_code not in (DEPARTMENT, None):
        return []
    return [ScreenSpec(key="lab.board", title="实验室看板", group="测试实验室",
                       create=lambda parent, ctx: {"parent": parent, "context": ctx}, order=10, home=True)]


def _lab_sample_rows():
    return ["样品", "结果"], [["s-1", "合格"], ["s-2", "不合格"]]


@hookimpl
def kaiban_period_figures(date_from, date_to, user):
    _called("kaiban_period_figures", date_from=date_from, date_to=date_to, user=user)
    if user is not None and user.department_code == "seal":
        return []
    return [PeriodFigure(key="lab.samples", title="检测样品数", value=2, unit="件", section="实验室检测",
                         department=DEPARTMENT, details=_lab_sample_rows)]


@hookimpl
def kaiban_open_items(date_from, date_to, user):
    import datetime as dt

    _called("kaiban_open_items", date_from=date_from, date_to=date_to, user=user)
    return [OpenItem(kind="样品复检", title="复检未出结果", department=DEPARTMENT, organisation="绵阳测试实验室",
                     person="测试员", case_number="KB-LAB-1", due_at=dt.datetime.combine(date_from, dt.time(10)),
                     late_minutes=90)]


#: contexts the lab's background task ran with
BACKGROUND_RUNS: list = []


@hookimpl
def kaiban_background_tasks():
    _called("kaiban_background_tasks")
    return [BackgroundTaskSpec(key="lab.recheck", interval_seconds=60, run=BACKGROUND_RUNS.append)]

