"""Bank account opening (银行开户): the bank branches the applicant chooses from.

Hook implementations only; the services live in the sibling modules (branches, accounts,
workbench, notice, figures, reports), which never import Qt; the widgets in ``ui``."""
from importlib import import_module
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import translate
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
from plugins.bank.common import DEPARTMENT, LICENCE_STEP, STEP_TYPE

PLUGIN_INFO = PluginInfo(name="bank", version="0.2.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="银行开户")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, translate("bank", "开户银行"))]


@hookimpl
def kaiban_migrations():
    return MigrationSource("bank", Path(__file__).resolve().parent / "migrations")


def _later(module: str, name: str):
    """``module.name``, imported when first called: the panel and the menu entry import Qt, the
    reports reportlab, and the command line imports neither just to list the hooks."""
    def call(*args, **kwargs):
        return getattr(import_module(module), name)(*args, **kwargs)

    call.__name__ = name
    return call


_record_opened_account = _later("plugins.bank.accounts", "record_opened_account")
_demo_form = _later("plugins.bank.demo", "demo_form")
_create_account_panel = _later("plugins.bank.ui.actions", "create_account_panel")
_open_branch_dialog = _later("plugins.bank.ui.actions", "open_branch_dialog")
_build_accounts_opened = _later("plugins.bank.reports", "build_accounts_opened")
_build_licence_to_account = _later("plugins.bank.reports", "build_licence_to_account")


@hookimpl
def kaiban_step_types():
    from plugins.bank.validation import check_completion, validate_account

    # The branch reads what it opens the account for and the legal representative who signs; it
    # gets the licence from the window and checks the representative's identity document.
    return [StepTypeSpec(name=STEP_TYPE, department=DEPARTMENT, title=translate("bank", "银行开户"),
                         waits_for=(LICENCE_STEP,), time_limit_minutes=75, routing=Routing.CHOSEN, order=40,
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address",
                                      "legal_representative"),
                         materials=("business_licence_copy", "legal_rep_id"),
                         validate_data=validate_account, check_completion=check_completion,
                         demo_data=_demo_form, on_complete=_record_opened_account)]


def _queue_columns(user) -> tuple[QueueColumn, ...]:
    columns = [QueueColumn("case_number", translate("bank", "办件编号")),
               QueueColumn("enterprise_name", translate("bank", "企业名称")),
               QueueColumn("state", translate("bank", "状态")),
               QueueColumn("claimed_by", translate("bank", "领取人")),
               QueueColumn("ready_at", translate("bank", "执照推送时间")),
               QueueColumn("due_at", translate("bank", "办理时限")),
               QueueColumn("time_left", translate("bank", "剩余时间"))]
    if user.department_code is None:  # an administrator's queue holds every branch's cases
        columns.insert(3, QueueColumn("organisation", translate("bank", "开户网点")))
    return tuple(columns)


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="bank.todo", title=translate("bank", "开户待办"), department=DEPARTMENT,
                      step_types=(STEP_TYPE,), columns=_queue_columns(user), order=40)]


@hookimpl
def kaiban_case_panels(case_id, user):
    if user is None or user.department_code != DEPARTMENT:
        return []
    return [CasePanelSpec(key="bank.account", title=translate("bank", "银行开户"), create=_create_account_panel,
                          order=40)]


@hookimpl
def kaiban_menu_actions(user):
    if user is None or not (user.is_admin or (user.is_supervisor and user.department_code == DEPARTMENT)):
        return []
    return [MenuActionSpec(menu=translate("bank", "开户银行"), title=translate("bank", "网点信息维护…"),
                           run=_open_branch_dialog, key="bank.branch")]


@hookimpl
def kaiban_reports(user):
    if user is not None and user.department_code not in (DEPARTMENT, None):
        return []
    return [
        ReportSpec(name="bank.accounts_opened", title=translate("bank", "基本存款账户开户统计"), department=DEPARTMENT,
                   build=_build_accounts_opened, formats=("pdf", "xlsx"), organisations=DEPARTMENT),
        ReportSpec(name="bank.licence_to_account", title=translate("bank", "执照核发至银行开户用时统计"),
                   department=DEPARTMENT, build=_build_licence_to_account, formats=("pdf", "xlsx"),
                   organisations=DEPARTMENT),
    ]


@hookimpl
def kaiban_demo_data(seeder):
    from plugins.bank.demo import seed_branches

    seed_branches(seeder)


@hookimpl
def kaiban_required_materials(answers):
    return [
        MaterialSpec("business_licence_copy", translate("bank", "营业执照（副本）"), DEPARTMENT,
                     note=translate("bank", "发照后由窗口直接推送，无需另交"), order=50),
        MaterialSpec("legal_rep_id", translate("bank", "法定代表人身份证件"), DEPARTMENT, order=20),
        MaterialSpec("agent_id", translate("bank", "经办人身份证件（委托办理时）"), DEPARTMENT, deferrable=True, order=25),
        MaterialSpec("bank_account_application", translate("bank", "开立单位银行结算账户申请书"), DEPARTMENT,
                     deferrable=True, order=70),
    ]
