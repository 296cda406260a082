"""One test per hook in app/hookspecs.py, each exercising it for real through the everyhook plugin.

tests/test_docs.py fails when a hook has no ``test_hook_<name>`` here (or anywhere in tests/).
"""
from __future__ import annotations

import pytest
from plugin_fixtures import everyhook

from app import startup
from app.core import queues, workflow
from app.core.cases import NewCase, create_case
from app.core.demo import DemoSeeder, seed_demo
from app.core.models import Department, Organisation, Step, StepState, User
from app.core.users import CurrentUser
from app.plugin_api import CasePanelSpec, MenuActionSpec, QueueSpec, ReportSpec
from db.migrate import applied_versions


@pytest.fixture
def lab_ctx(ctx):
    """The application context with the everyhook plugin registered next to the built-ins."""
    everyhook.CALLS.clear()
    record = ctx.host.register_module(everyhook)
    assert record.state == "active", record.error
    ctx.__dict__.pop("graph", None)  # the graph is cached: rebuild it with the new step type
    return ctx


def lab_user(**overrides) -> CurrentUser:
    values = dict(id=1, username="lab_clerk", display_name="测试员", role="clerk", organisation_id=None,
                  organisation_name="绵阳测试实验室", department_code="lab")
    return CurrentUser(**(values | overrides))


ADMIN = CurrentUser(id=1, username="admin", display_name="管理员", role="admin", organisation_id=None,
                    organisation_name="", department_code=None)
SEAL_CLERK = CurrentUser(id=2, username="seal_clerk", display_name="赵师傅", role="clerk", organisation_id=1,
                         organisation_name="华信", department_code="seal")


def test_hook_kaiban_departments(lab_ctx):
    assert not Department.select().where(Department.code == "lab").exists()
    startup.sync_departments(lab_ctx.host)
    assert Department.get(Department.code == "lab").name == "测试实验室"
    count = Department.select().count()
    startup.sync_departments(lab_ctx.host)  # idempotent
    assert Department.select().count() == count
    assert everyhook.CALLS["kaiban_departments"] == [{}, {}]


def test_hook_kaiban_migrations(lab_ctx):
    assert [m.label for m in startup.dry_run(lab_ctx.db, lab_ctx.host)] == ["everyhook:0001_lab_sample"]
    result = startup.upgrade(lab_ctx.db, lab_ctx.host, backup=False)
    assert [m.label for m in result.applied] == ["everyhook:0001_lab_sample"]
    assert "lab_sample" in lab_ctx.db.get_tables()
    assert {c.name for c in lab_ctx.db.get_columns("lab_sample")} == {"id", "case_id", "label"}
    assert applied_versions(lab_ctx.db)["everyhook"] == 1
    assert startup.upgrade(lab_ctx.db, lab_ctx.host, backup=False).applied == []


def test_hook_kaiban_step_types(lab_ctx):
    graph = lab_ctx.graph
    assert graph.steps["lab_check"].waits_for == ("business_licence",)
    assert "lab_check" in graph.dependents("business_licence")
    assert graph.title("lab_check") == "实验室检测"
    assert graph.topological_order().index("lab_check") > graph.topological_order().index("business_licence")

    startup.sync_departments(lab_ctx.host)
    case = create_case(NewCase(enterprise_name="绵阳检测样例有限公司", area_code="510703"))
    steps = {s.step_type: s for s in workflow.start_case(case.id, graph)}
    assert steps["lab_check"].state == StepState.WAITING
    assert steps["lab_check"].department.code == "lab"


def test_hook_kaiban_queues(lab_ctx):
    keys = [q.key for q in lab_ctx.host.call("kaiban_queues", user=lab_user())]
    assert keys == ["lab.todo"]
    assert "lab.todo" not in [q.key for q in lab_ctx.host.call("kaiban_queues", user=SEAL_CLERK)]
    admin_queues = lab_ctx.host.call("kaiban_queues", user=ADMIN)
    assert "lab.todo" in [q.key for q in admin_queues]
    assert everyhook.CALLS["kaiban_queues"][0] == {"user": lab_user()}
    spec = next(q for q in admin_queues if q.key == "lab.todo")
    assert isinstance(spec, QueueSpec)
    # The spec drives a real queue query.
    startup.sync_departments(lab_ctx.host)
    case = create_case(NewCase(enterprise_name="绵阳检测样例有限公司", area_code="510703"))
    workflow.start_case(case.id, lab_ctx.graph)
    Step.update(state=StepState.READY).where(Step.step_type == "lab_check").execute()
    rows = queues.queue_page(queues.QueueQuery(spec), ADMIN)
    assert [(r.case_number, r.step_type) for r in rows] == [(case.number, "lab_check")]


def test_hook_kaiban_case_panels(lab_ctx):
    startup.sync_departments(lab_ctx.host)
    case = create_case(NewCase(enterprise_name="绵阳检测样例有限公司"))
    panels = [p for p in lab_ctx.host.call("kaiban_case_panels", case_id=case.id, user=ADMIN)
              if p.key.startswith("lab.")]  # the built-ins offer admins theirs too
    assert [p.key for p in panels] == ["lab.samples"]
    panel = panels[0]
    assert isinstance(panel, CasePanelSpec) and panel.title == "检测样品"
    built = panel.create("parent-widget", case.id, lab_ctx)
    assert built == {"parent": "parent-widget", "case_id": case.id, "context": lab_ctx}
    assert everyhook.CALLS["kaiban_case_panels"] == [{"case_id": case.id, "user": ADMIN}]


def test_hook_kaiban_reports(lab_ctx, tmp_path):
    startup.upgrade(lab_ctx.db, lab_ctx.host, backup=False)
    lab_ctx.db.execute_sql("INSERT INTO lab_sample (case_id, label) VALUES (1, 'a'), (2, 'b')")
    reports = lab_ctx.host.call("kaiban_reports", user=None)  # the command line passes no user
    lab = [r for r in reports if r.name == "lab.samples"]
    assert len(lab) == 1 and isinstance(lab[0], ReportSpec)
    assert lab[0].formats == ("csv",) and lab[0].department == "lab"
    progress = []
    out = tmp_path / "lab.csv"
    lab[0].build(lab_ctx, {"date_from": "2026-03-01", "date_to": "2026-03-31"}, out,
                 lambda done, total: progress.append((done, total)))
    assert out.read_text(encoding="utf-8").splitlines() == ["samples,2", "from,2026-03-01", "to,2026-03-31"]
    assert progress == [(1, 1)]
    assert everyhook.CALLS["kaiban_reports"] == [{"user": None}]


def test_hook_kaiban_menu_actions(lab_ctx):
    actions = lab_ctx.host.call("kaiban_menu_actions", user=ADMIN)
    lab = [a for a in actions if a.key == "lab.clear"]
    assert len(lab) == 1 and isinstance(lab[0], MenuActionSpec) and lab[0].menu == "tools"
    window: list[str] = []
    assert lab[0].run(window) == "ok"
    assert window == ["lab action ran"]
    assert not [a for a in lab_ctx.host.call("kaiban_menu_actions", user=lab_user()) if a.key == "lab.clear"]


def test_hook_kaiban_demo_data(lab_ctx, fast_hash):
    startup.sync_departments(lab_ctx.host)
    result = seed_demo(lab_ctx.host, lab_ctx.graph, cases=0)
    assert result["skipped"] is False
    calls = everyhook.CALLS["kaiban_demo_data"]
    assert len(calls) == 1 and isinstance(calls[0]["seeder"], DemoSeeder)
    org = Organisation.get(Organisation.code == "lab-1")
    assert (org.name, org.department.code, org.area_code) == ("绵阳测试实验室", "lab", "510703")
    assert User.get(User.username == "lab_clerk").organisation_id == org.id
    # The built-in plugins' demo data arrived through the same hook.
    assert Organisation.select().where(Organisation.code == "seal-huaxin").exists()


def test_hook_kaiban_required_materials(lab_ctx):
    """Each material once, with every department reusing it; deferrable only if all accept a promise."""
    from app.core.checklist import build_checklist
    from app.plugin_api import IntakeAnswers

    without = build_checklist(lab_ctx.host, IntakeAnswers(company_type="limited_company"))
    with_staff = build_checklist(lab_ctx.host, IntakeAnswers(company_type="limited_company", has_employees=True))
    assert everyhook.CALLS["kaiban_required_materials"][0]["answers"].company_type == "limited_company"
    codes = [item.code for item in without]
    assert len(codes) == len(set(codes))  # de-duplicated
    legal = next(item for item in without if item.code == "legal_rep_id")
    assert "lab" in legal.departments and len(legal.departments) > 1  # reused by the built-in departments too
    assert legal.name == "法定代表人身份证件"  # the first declaration's name (built-ins register first)
    assert legal.deferrable is False  # the built-ins need it up front, so no promise
    assert "lab_staff_list" not in codes
    staff = next(item for item in with_staff if item.code == "lab_staff_list")
    assert staff.departments == ("lab",) and staff.deferrable


def test_hook_kaiban_intake_sources(lab_ctx):
    """The sources of the users who may search them; ``search`` gives prefills naming their source."""
    from app.plugin_api import IntakePrefill, IntakeSourceSpec

    sources = lab_ctx.host.call("kaiban_intake_sources", user=lab_user())
    lab = [s for s in sources if s.key == "lab.clients"]
    assert len(lab) == 1 and isinstance(lab[0], IntakeSourceSpec) and lab[0].title == "实验室客户"
    assert everyhook.CALLS["kaiban_intake_sources"] == [{"user": lab_user()}]
    found = lab[0].search("精测", lab_user())
    assert [type(p) for p in found] == [IntakePrefill]
    prefill = found[0]
    assert (prefill.source, prefill.ref, prefill.enterprise_name) == ("lab.clients", "c2", "绵阳精测仪器有限公司")
    assert prefill.materials == (("address_proof", "实验室租赁合同"),) and prefill.data == {"searched_by": "lab_clerk"}
    assert lab[0].search("没有这家", lab_user()) == []
    assert not [s for s in lab_ctx.host.call("kaiban_intake_sources", user=SEAL_CLERK) if s.key == "lab.clients"]


def test_hook_kaiban_cli_commands(sqlite_url, entrypoint_plugins, capsys):
    """A plugin's sub-command is parsed and run on the opened database; a name the core owns stays
    the core's; a disabled plugin's command is refused."""
    from app.cli import main
    from app.plugins import reset_plugin_host

    everyhook.CALLS.clear()
    entrypoint_plugins("everyhook-dist", "everyhook", "kaiban_everyhook_ep",
                       "from plugin_fixtures.everyhook import *  # noqa: F401,F403\n")
    reset_plugin_host()
    assert main(["--db", sqlite_url, "lab", "sample-1"]) == 0
    assert everyhook.CALLS["kaiban_cli_commands"]
    from db.base import database

    assert database.execute_sql("SELECT label FROM lab_sample").fetchall() == [("sample-1",)]
    assert main(["--db", sqlite_url, "demo", "--cases", "0"]) == 0  # still the core's demo
    assert "已生成演示数据" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "plugins", "disable", "everyhook"]) == 0
    assert main(["--db", sqlite_url, "lab", "sample-2"]) == 2
    assert "未启用" in capsys.readouterr().err


def test_hook_kaiban_sms_send(lab_ctx, fast_hash):
    """The first plugin answering True or False decides; when none answers the built-in sender
    records the message as sent."""
    from app.core import notifications
    from app.core.models import SmsOutbox
    from app.plugin_api import SmsMessage

    startup.sync_departments(lab_ctx.host)
    everyhook.SENT_SMS.clear()
    case = create_case(NewCase(enterprise_name="绵阳检测样例有限公司", legal_representative=("张三", "", "13912345678")))
    to_lab = notifications.queue_sms(case.id, notifications.CASE_COMPLETE)
    refused = notifications.queue_sms(case.id, notifications.CASE_COMPLETE, mobile="13012345678")
    builtin = notifications.queue_sms(case.id, notifications.CASE_COMPLETE, mobile="13812345678")
    notifications.send_pending(lab_ctx.host)
    calls = everyhook.CALLS["kaiban_sms_send"]
    assert [c["message"].id for c in calls] == [to_lab.id, refused.id, builtin.id]
    first = calls[0]["message"]
    assert isinstance(first, SmsMessage)
    assert (first.case_id, first.mobile, first.template, first.text) == (case.id, "13912345678", "case_complete",
                                                                       to_lab.text)
    assert everyhook.SENT_SMS == [("13912345678", to_lab.text)]
    states = {m.id: (m.state, m.sent_by) for m in SmsOutbox.select()}
    assert states == {to_lab.id: ("sent", "everyhook"), refused.id: ("failed", "everyhook"),
                      builtin.id: ("sent", "outbox")}


def test_hook_kaiban_screens(lab_ctx):
    """The lab's screen for its own staff and admins, built with the parent and context."""
    from app.plugin_api import ScreenSpec

    screens = [s for s in lab_ctx.host.call("kaiban_screens", user=lab_user()) if s.key == "lab.board"]
    assert len(screens) == 1 and isinstance(screens[0], ScreenSpec)
    assert (screens[0].group, screens[0].home) == ("测试实验室", True)
    assert screens[0].create("parent-widget", lab_ctx) == {"parent": "parent-widget", "context": lab_ctx}
    assert not [s for s in lab_ctx.host.call("kaiban_screens", user=SEAL_CLERK) if s.key == "lab.board"]
    assert everyhook.CALLS["kaiban_screens"] == [{"user": lab_user()}, {"user": SEAL_CLERK}]


def test_hook_kaiban_period_figures(lab_ctx):
    import datetime as dt

    from app.plugin_api import PeriodFigure

    first, last = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    figures = [f for f in lab_ctx.host.call("kaiban_period_figures", date_from=first, date_to=last, user=ADMIN)
               if f.key == "lab.samples"]
    assert len(figures) == 1 and isinstance(figures[0], PeriodFigure)
    assert (figures[0].value, figures[0].unit, figures[0].section) == (2, "件", "实验室检测")
    assert figures[0].details() == (["样品", "结果"], [["s-1", "合格"], ["s-2", "不合格"]])
    assert everyhook.CALLS["kaiban_period_figures"] == [{"date_from": first, "date_to": last, "user": ADMIN}]
    assert not [f for f in lab_ctx.host.call("kaiban_period_figures", date_from=first, date_to=last,
                                             user=SEAL_CLERK) if f.key == "lab.samples"]


def test_hook_kaiban_open_items(lab_ctx):
    import datetime as dt

    from app.plugin_api import OpenItem

    monday, sunday = dt.date(2026, 3, 2), dt.date(2026, 3, 8)
    items = [i for i in lab_ctx.host.call("kaiban_open_items", date_from=monday, date_to=sunday, user=None)
             if i.department == "lab"]
    assert len(items) == 1 and isinstance(items[0], OpenItem)
    assert (items[0].case_number, items[0].late_minutes) == ("KB-LAB-1", 90)
    assert items[0].due_at == dt.datetime(2026, 3, 2, 10)


def test_hook_kaiban_background_tasks(lab_ctx, qtbot):
    """A running window starts the lab's task; run, it gets the application context off the GUI thread."""
    from app.ui import operations
    from app.ui.background import start_background_tasks
    from PyQt6.QtCore import QObject

    everyhook.BACKGROUND_RUNS.clear()
    owner = QObject()
    tasks = [t for t in start_background_tasks(lab_ctx, owner) if t.spec.key == "lab.recheck"]
    assert len(tasks) == 1 and tasks[0].timer.interval() == 60_000 and tasks[0].timer.isActive()
    tasks[0].run()
    assert operations.wait_until_idle(5000)
    assert everyhook.BACKGROUND_RUNS == [lab_ctx] and tasks[0].runs == 1 and not tasks[0].busy

