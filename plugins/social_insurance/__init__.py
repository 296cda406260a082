"""Social insurance registration (社保): the district social insurance bureau."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, MaterialSpec, PluginInfo, QueueSpec, Routing, StepTypeSpec

DEPARTMENT = "social_insurance"
PLUGIN_INFO = PluginInfo(name="social_insurance", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="社保")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "社会保险事业管理局")]


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name="social_insurance", department=DEPARTMENT, title="社保登记",
                         waits_for=("business_licence",), time_limit_minutes=15, routing=Routing.AREA, order=60,
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address",
                                      "legal_representative"))]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="social_insurance.todo", title="社保登记待办", department=DEPARTMENT,
                      step_types=("social_insurance",), order=60)]


@hookimpl
def kaiban_demo_data(seeder):
    seeder.organisation(DEPARTMENT, "si-gx", "绵阳高新区社会保险事业管理局", address="高新区政务服务中心二楼",
                        phone="0816-12333", area_code="510703")
    seeder.user("si_clerk", "冯静", "clerk", "si-gx")


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
