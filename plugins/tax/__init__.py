"""Tax registration (税务): the district tax bureau."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, MaterialSpec, PluginInfo, QueueSpec, Routing, StepTypeSpec

DEPARTMENT = "tax"
PLUGIN_INFO = PluginInfo(name="tax", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT, title="税务")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "税务局")]


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name="tax_registration", department=DEPARTMENT, title="税务登记",
                         waits_for=("business_licence",), time_limit_minutes=15, routing=Routing.AREA, order=50,
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.company_type",
                                      "enterprise.business_scope", "legal_representative"))]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="tax.todo", title="税务登记待办", department=DEPARTMENT,
                      step_types=("tax_registration",), order=50)]


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
