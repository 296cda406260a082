"""Social insurance registration (社保): the district social insurance bureau registers the new
employer (unit number, insurances), enrols its employees and, when asked, registers it with the
housing fund (公积金).

Hook implementations only; the services live in the sibling modules (validation, enrolment,
roster, figures, reports, notice), which never import Qt; the form is in ``ui``."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import translate
from app.plugin_api import (
    CasePanelSpec,
    DepartmentSpec,
    MaterialSpec,
    MigrationSource,
    PluginInfo,
    QueueColumn,
    QueueSpec,
    ReportSpec,
    Routing,
    StepTypeSpec,
)
from plugins.social_insurance.common import DEPARTMENT, STEP_TYPE

PLUGIN_INFO = PluginInfo(name="social_insurance", version="0.2.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="社保")

#: the bureau's queue counts down to the 15-minute promise
QUEUE_COLUMNS = (
    QueueColumn("case_number", "办件编号"),
    QueueColumn("enterprise_name", "企业名称"),
    QueueColumn("state", "状态"),
    QueueColumn("claimed_by", "领取人"),
    QueueColumn("ready_at", "到达时间"),
    QueueColumn("due_at", "办理时限"),
    QueueColumn("time_left", "剩余时间"),
)


def _validate_data(data):
    from plugins.social_insurance.validation import validate_data

    return validate_data(data)


def _check_completion(data):
    from plugins.social_insurance.validation import check_completion

    return check_completion(data)


def _demo_data(rng):
    from plugins.social_insurance.demo import demo_data

    return demo_data(rng)


def _on_complete(step):
    from plugins.social_insurance.enrolment import record_registration

    record_registration(step)


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "社会保险事业管理局")]


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name=STEP_TYPE, department=DEPARTMENT, title="社保登记",
                         waits_for=("business_licence",), time_limit_minutes=15, routing=Routing.AREA, order=60,
                         # the employer's particulars on the registration; whether employees were declared
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address",
                                      "legal_representative", "data.intake"),
                         materials=("business_licence_copy", "legal_rep_id", "employee_roster"),
                         validate_data=_validate_data, check_completion=_check_completion, demo_data=_demo_data,
                         on_complete=_on_complete)]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="social_insurance.todo", title=translate("social_insurance", "社保登记待办"),
                      department=DEPARTMENT, step_types=(STEP_TYPE,), columns=QUEUE_COLUMNS, order=60)]


def _create_panel(parent, case_id, context):
    from plugins.social_insurance.ui.panel import SocialInsurancePanel  # Qt only here

    return SocialInsurancePanel(context, case_id, parent)


@hookimpl
def kaiban_case_panels(case_id, user):
    # The panel reads the step itself (off the GUI thread) and says so when the case has no
    # social insurance step of the user's organisation.
    if user is None or user.department_code != DEPARTMENT:
        return []
    return [CasePanelSpec(key="social_insurance.registration", title=translate("social_insurance", "社保登记"),
                          create=_create_panel, order=60)]


def _build_employers(context, params, out_path, progress):
    from plugins.social_insurance.reports import build_employers_report

    return build_employers_report(context, params, out_path, progress)


def _build_employees(context, params, out_path, progress):
    from plugins.social_insurance.reports import build_employees_report

    return build_employees_report(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    if user is not None and user.department_code not in (DEPARTMENT, None):
        return []
    return [
        ReportSpec(name="social_insurance.employers", title=translate("social_insurance", "社保参保单位登记统计"),
                   department=DEPARTMENT, build=_build_employers, formats=("pdf", "xlsx"), organisations=DEPARTMENT),
        ReportSpec(name="social_insurance.employees", title=translate("social_insurance", "社保参保职工登记统计"),
                   department=DEPARTMENT, build=_build_employees, formats=("pdf", "xlsx"), organisations=DEPARTMENT),
    ]


@hookimpl
def kaiban_migrations():
    return MigrationSource("social_insurance", Path(__file__).resolve().parent / "migrations")


@hookimpl
def kaiban_demo_data(seeder):
    from plugins.social_insurance.demo import seed

    seed(seeder)


@hookimpl
def kaiban_required_materials(answers):
    items = [
        MaterialSpec("business_licence_copy", "营业执照（副本）", DEPARTMENT, note="发照后由窗口直接推送，无需另交", order=50),
        MaterialSpec("legal_rep_id", "法定代表人身份证件", DEPARTMENT, order=20),
    ]
    if answers.has_employees:
        items.append(MaterialSpec("employee_roster", "参保职工花名册（含身份证号码）", DEPARTMENT, deferrable=True,
                                  order=90))
    return items
