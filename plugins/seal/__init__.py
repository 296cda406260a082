"""Seal engraving (刻章): the seal companies the applicant chooses from.

Hook implementations only; the services live in the sibling modules (validation, records,
companies, work, notice, figures, reports), which never import Qt; the form and the dialogs
in ``ui/`` are imported only when they are opened."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plugin_api import (
    CasePanelSpec,
    DepartmentSpec,
    MaterialSpec,
    MenuActionSpec,
    MigrationSource,
    PluginInfo,
    QueueColumn,
    QueueSpec,
    ReportSpec,
    Routing,
    StepTypeSpec,
)
from plugins.seal.catalogue import DEPARTMENT, STEP_TYPE

PLUGIN_INFO = PluginInfo(name="seal", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="刻章")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "印章刻制")]


def _validate(data):
    from plugins.seal.validation import validate_data

    return validate_data(data)


def _check(data):
    from plugins.seal.validation import check_completion

    return check_completion(data)


def _demo_data(rng):
    from plugins.seal.demo import demo_data

    return demo_data(rng)


def _on_complete(step):
    from plugins.seal.records import record_completion

    record_completion(step)


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name=STEP_TYPE, department=DEPARTMENT, title=translate("seal", "刻章"),
                         waits_for=("business_licence",), time_limit_minutes=45, routing=Routing.CHOSEN, order=30,
                         # point to point: who the seals are for, and whose portrait is captured
                         case_fields=("enterprise.name", "enterprise.uscc", "legal_representative"),
                         materials=("business_licence_copy", "legal_rep_id", "seal_filing_form"),
                         validate_data=_validate, check_completion=_check, demo_data=_demo_data,
                         on_complete=_on_complete)]


#: the seal queue counts down to the 45 minutes the licence-and-seal promise leaves
QUEUE_COLUMNS = (
    ("case_number", QT_TRANSLATE_NOOP("seal", "办件编号")),
    ("enterprise_name", QT_TRANSLATE_NOOP("seal", "企业名称")),
    ("state", QT_TRANSLATE_NOOP("seal", "状态")),
    ("claimed_by", QT_TRANSLATE_NOOP("seal", "领取人")),
    ("ready_at", QT_TRANSLATE_NOOP("seal", "到达时间")),
    ("time_left", QT_TRANSLATE_NOOP("seal", "剩余时间")),
)


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    columns = tuple(QueueColumn(key, translate("seal", title)) for key, title in QUEUE_COLUMNS)
    return [QueueSpec(key="seal.todo", title=translate("seal", "刻章待办"), department=DEPARTMENT,
                      step_types=(STEP_TYPE,), columns=columns, order=30)]


def _create_panel(parent, case_id, context):
    from plugins.seal.ui.actions import create_seal_panel

    return create_seal_panel(parent, case_id, context)


@hookimpl
def kaiban_case_panels(case_id, user):
    if user is None or user.department_code != DEPARTMENT:
        return []
    return [CasePanelSpec(key="seal.engraving", title=translate("seal", "刻章办理"), create=_create_panel, order=30)]


def _open_company_dialog(window):
    from plugins.seal.ui.actions import open_company_dialog

    return open_company_dialog(window)


@hookimpl
def kaiban_menu_actions(user):
    if user is None or not (user.is_admin or (user.is_supervisor and user.department_code == DEPARTMENT)):
        return []
    return [MenuActionSpec(menu=translate("seal", "刻章"), title=translate("seal", "刻章企业信息…"),
                           run=_open_company_dialog, key="seal.company")]


def _build_daily_engraving(context, params, out_path, progress):
    from plugins.seal.reports import build_daily_engraving

    return build_daily_engraving(context, params, out_path, progress)


def _build_subsidy_statement(context, params, out_path, progress):
    from plugins.seal.reports import build_subsidy_statement

    return build_subsidy_statement(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    if user is not None and user.department_code not in (DEPARTMENT, None):
        return []
    return [
        ReportSpec(name="seal.daily_engraving", title=translate("seal", "印章刻制日报"), department=DEPARTMENT,
                   build=_build_daily_engraving, formats=("pdf", "xlsx"), organisations=DEPARTMENT),
        ReportSpec(name="seal.subsidy_statement", title=translate("seal", "免费刻章补贴结算表"), department=DEPARTMENT,
                   build=_build_subsidy_statement, formats=("pdf", "xlsx"), organisations=DEPARTMENT),
    ]


@hookimpl
def kaiban_migrations():
    return MigrationSource("seal", Path(__file__).resolve().parent / "migrations")


@hookimpl
def kaiban_demo_data(seeder):
    from plugins.seal.demo import seed

    seed(seeder)


@hookimpl
def kaiban_required_materials(answers):
    return [
        MaterialSpec("business_licence_copy", translate("seal", "营业执照（副本）"), DEPARTMENT,
                     note=translate("seal", "发照后由窗口直接推送，无需另交"), order=50),
        MaterialSpec("legal_rep_id", translate("seal", "法定代表人身份证件"), DEPARTMENT, order=20),
        MaterialSpec("seal_filing_form", translate("seal", "印章刻制备案申请表"), DEPARTMENT, deferrable=True, order=60),
    ]
