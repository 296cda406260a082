"""Market supervision: the registration window (intake review and business licence).

Hook implementations only; the services live in the sibling modules (intake, review, licence,
promises, attachments, online_import, reports), which never import Qt."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.plugin_api import (
    CliCommandSpec,
    DepartmentSpec,
    MigrationSource,
    PluginInfo,
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
                     case_fields=("enterprise.name", "enterprise.company_type", "enterprise.address",
                                  "enterprise.business_scope", "legal_representative")),
        StepTypeSpec(name="business_licence", department=DEPARTMENT, title="核准发照", waits_for=("intake_review",),
                     time_limit_minutes=60, routing=Routing.AREA, order=20,
                     case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address")),
    ]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [
        QueueSpec(key="registration.review", title="待受理审核", department=DEPARTMENT,
                  step_types=("intake_review",), order=10),
        QueueSpec(key="registration.licence", title="待核准发照", department=DEPARTMENT,
                  step_types=("business_licence",), order=11),
    ]


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
