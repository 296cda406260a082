"""Market supervision: the registration window (intake review and business licence)."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, PluginInfo, QueueSpec, Routing, StepTypeSpec

DEPARTMENT = "market_supervision"
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
