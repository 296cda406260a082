"""Market supervision: the registration window (intake review and business licence).

Hook implementations only; the services live in the sibling modules (intake, review, licence,
promises, attachments, online_import, reports), which never import Qt."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import translate
from app.plugin_api import (
    CasePanelSpec,
    CliCommandSpec,
    DepartmentSpec,
    MenuActionSpec,
    MigrationSource,
    PluginInfo,
    QueueColumn,
    QueueSpec,
    ReportSpec,
    Routing,
    StepTypeSpec,
)
from plugins.registration.common import DEPARTMENT

PLUGIN_INFO = PluginInfo(name="registration", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="市场监管 · 综合受理窗口")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "市场监督管理局")]


@hookimpl
def kaiban_step_types():
    return [
        StepTypeSpec(name="intake_review", department=DEPARTMENT, title="受理审核", time_limit_minutes=30,
                     routing=Routing.AREA, order=10,
                     # the window takes in and reviews the whole application: every field and material
                     case_fields=("*",), materials=("*",)),
        StepTypeSpec(name="business_licence", department=DEPARTMENT, title="核准发照", waits_for=("intake_review",),
                     time_limit_minutes=60, routing=Routing.AREA, order=20,
                     case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address")),
    ]


#: the window's queues count down to their deadline (the licence class's 1, 3 or 6 hours)
QUEUE_COLUMNS = (
    QueueColumn("case_number", "办件编号"),
    QueueColumn("enterprise_name", "企业名称"),
    QueueColumn("state", "状态"),
    QueueColumn("claimed_by", "领取人"),
    QueueColumn("ready_at", "到达时间"),
    QueueColumn("due_at", "办理时限"),
    QueueColumn("time_left", "剩余时间"),
)


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [
        QueueSpec(key="registration.review", title="待受理审核", department=DEPARTMENT,
                  step_types=("intake_review",), columns=QUEUE_COLUMNS, order=10),
        QueueSpec(key="registration.licence", title="待核准发照", department=DEPARTMENT,
                  step_types=("business_licence",), columns=QUEUE_COLUMNS, order=11),
    ]


def _window_staff(user) -> bool:
    return user is not None and (user.is_admin or user.department_code == DEPARTMENT)


# The menu entries and the panel import Qt only when they run (the command line never does).
def _open_intake_wizard(window):
    from plugins.registration.ui.actions import open_intake_wizard

    return open_intake_wizard(window)


def _import_online_files(window):
    from plugins.registration.ui.actions import import_online_files

    return import_online_files(window)


def _show_overdue_promises(window):
    from plugins.registration.ui.actions import show_overdue_promises

    return show_overdue_promises(window)


def _create_window_panel(parent, case_id, context):
    from plugins.registration.ui.actions import create_window_panel

    return create_window_panel(parent, case_id, context)


@hookimpl
def kaiban_menu_actions(user):
    if not _window_staff(user):
        return []
    menu = translate("registration", "受理")
    return [
        MenuActionSpec(menu=menu, title=translate("registration", "新办件受理（智能引导）…"), run=_open_intake_wizard,
                       shortcut="Ctrl+N", key="registration.intake"),
        MenuActionSpec(menu=menu, title=translate("registration", "导入网上申报…"), run=_import_online_files,
                       key="registration.import"),
        MenuActionSpec(menu=menu, title=translate("registration", "逾期容缺承诺…"), run=_show_overdue_promises,
                       key="registration.overdue_promises"),
    ]


@hookimpl
def kaiban_case_panels(case_id, user):
    # Every case of the window's staff gets the panel; it loads the case's state itself (off the
    # GUI thread) and offers what can be done: review, licence, correction, printing.
    if user is None or user.department_code != DEPARTMENT:
        return []
    return [CasePanelSpec(key="registration.window", title=translate("registration", "受理与发照"),
                          create=_create_window_panel, order=50)]


@hookimpl
def kaiban_demo_data(seeder):
    seeder.organisation(DEPARTMENT, "msa-window", "市场监管局综合受理窗口", address="高新区政务服务中心一楼 A 区",
                        phone="0816-2345678", area_code="510703")
    seeder.user("clerk", "王晓燕", "clerk", "msa-window")
    seeder.user("msa_chief", "李建国", "supervisor", "msa-window")


@hookimpl
def kaiban_migrations():
    return MigrationSource("registration", Path(__file__).resolve().parent / "migrations")


@hookimpl
def kaiban_required_materials(answers):
    from plugins.registration.materials import registration_materials

    return registration_materials(answers)


def _build_daily_intake(context, params, out_path, progress):
    from plugins.registration.reports import build_daily_intake_report

    return build_daily_intake_report(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    if user is not None and user.department_code not in (DEPARTMENT, None):
        return []
    return [ReportSpec(name="registration.daily_intake", title="每日受理情况统计", department=DEPARTMENT,
                       build=_build_daily_intake)]


@hookimpl
def kaiban_cli_commands():
    from plugins.registration import commands

    return [CliCommandSpec(name="case", help=commands.HELP, add_arguments=commands.add_arguments,
                           run=commands.run)]
