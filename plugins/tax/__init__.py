"""Tax registration (税务): the district tax bureau.

Hook implementations only; the services live in the sibling modules (validation, records,
statistics, reports, notice), which never import Qt; the form is in ``ui``."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import QT_TRANSLATE_NOOP, translate
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
from plugins.tax import records, validation
from plugins.tax.catalogue import DEPARTMENT, STEP_TYPE

PLUGIN_INFO = PluginInfo(name="tax", version="0.2.0", api=">=1.0,<2", department=DEPARTMENT, title="税务")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "税务局")]


@hookimpl
def kaiban_step_types():
    # The taxpayer id is the USCC; the legal form decides the income tax; the legal representative
    # is checked against the licence; the business scope tells which taxes and invoices apply.
    return [StepTypeSpec(name=STEP_TYPE, department=DEPARTMENT, title="税务登记",
                         waits_for=("business_licence",), time_limit_minutes=15, routing=Routing.AREA, order=50,
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.company_type",
                                      "enterprise.business_scope", "legal_representative.name"),
                         materials=("business_licence_copy", "legal_rep_id", "financial_officer_id",
                                    "invoice_application"),
                         validate_data=validation.validate_data, check_completion=validation.check_completion,
                         demo_data=records.demo_data, on_complete=records.on_complete)]


#: the tax step's time limit is short (15 minutes): the queue counts down to it
QUEUE_COLUMNS = (
    ("case_number", QT_TRANSLATE_NOOP("tax", "办件编号")),
    ("enterprise_name", QT_TRANSLATE_NOOP("tax", "企业名称")),
    ("state", QT_TRANSLATE_NOOP("tax", "状态")),
    ("organisation", QT_TRANSLATE_NOOP("tax", "主管税务机关")),
    ("claimed_by", QT_TRANSLATE_NOOP("tax", "领取人")),
    ("ready_at", QT_TRANSLATE_NOOP("tax", "到达时间")),
    ("time_left", QT_TRANSLATE_NOOP("tax", "剩余时间")),
)


def _columns() -> tuple[QueueColumn, ...]:
    return tuple(QueueColumn(key, translate("tax", title)) for key, title in QUEUE_COLUMNS)


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="tax.todo", title=translate("tax", "税务登记待办"), department=DEPARTMENT,
                      step_types=(STEP_TYPE,), columns=_columns(), order=50)]


def _create_registration_panel(parent, case_id, context):
    from plugins.tax.ui.panel import TaxRegistrationPanel  # Qt only when the tab is built

    return TaxRegistrationPanel(context, case_id, parent)


@hookimpl
def kaiban_case_panels(case_id, user):
    if user is None or user.department_code != DEPARTMENT:
        return []
    return [CasePanelSpec(key="tax.registration", title=translate("tax", "税务登记"),
                          create=_create_registration_panel, order=50)]


@hookimpl
def kaiban_migrations():
    return MigrationSource("tax", Path(__file__).resolve().parent / "migrations")


@hookimpl
def kaiban_demo_data(seeder):
    seeder.organisation(DEPARTMENT, "tax-gx", "国家税务总局绵阳高新区税务局", address="高新区政务服务中心二楼",
                        phone="0816-12366", area_code="510703")
    seeder.user("tax_clerk", "吴敏", "clerk", "tax-gx")
    seeder.user("tax_chief", "郑伟", "supervisor", "tax-gx")


@hookimpl
def kaiban_required_materials(answers):
    items = [
        MaterialSpec("business_licence_copy", "营业执照（副本）", DEPARTMENT, note="发照后由窗口直接推送，无需另交", order=50),
        MaterialSpec("legal_rep_id", "法定代表人身份证件", DEPARTMENT, order=20),
        MaterialSpec("financial_officer_id", "财务负责人身份证件", DEPARTMENT, deferrable=True, order=30),
    ]
    if answers.needs_invoices:
        items.append(MaterialSpec("invoice_application", "发票票种核定及首票申领表", DEPARTMENT, deferrable=True, order=80))
    return items


def _report_builder(name: str):
    """A ReportSpec.build that imports the reports module (reportlab, openpyxl) only when it runs."""
    def build(context, params, out_path, progress):
        from plugins.tax import reports

        return getattr(reports, name)(context, params, out_path, progress)

    return build


@hookimpl
def kaiban_reports(user):
    if user is not None and user.department_code not in (DEPARTMENT, None):
        return []
    common = dict(department=DEPARTMENT, formats=("pdf", "xlsx"), organisations=DEPARTMENT)
    return [ReportSpec(name="tax.registrations", title=translate("tax", "税务登记户数统计"),
                       build=_report_builder("build_registrations"), **common),
            ReportSpec(name="tax.invoices_granted", title=translate("tax", "首票核定统计"),
                       build=_report_builder("build_invoices_granted"), **common),
            ReportSpec(name="tax.step_times", title=translate("tax", "税务登记办理用时统计"),
                       build=_report_builder("build_step_times"), **common)]
