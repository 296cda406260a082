"""Seal engraving (刻章): the seal companies the applicant chooses from."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, MaterialSpec, PluginInfo, QueueSpec, Routing, StepTypeSpec

DEPARTMENT = "seal"
PLUGIN_INFO = PluginInfo(name="seal", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="刻章")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "印章刻制")]


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name="seal", department=DEPARTMENT, title="刻章", waits_for=("business_licence",),
                         time_limit_minutes=45, routing=Routing.CHOSEN, order=30,
                         case_fields=("enterprise.name", "enterprise.uscc", "legal_representative"),
                         materials=("business_licence_copy", "legal_rep_id"))]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="seal.todo", title="刻章待办", department=DEPARTMENT, step_types=("seal",), order=30)]


@hookimpl
def kaiban_demo_data(seeder):
    companies = [
        ("seal-huaxin", "绵阳华信印章有限公司", "高新区火炬广场 12 号", "0816-2531001"),
        ("seal-jincheng", "金城刻章服务部", "涪城区临园路 88 号", "0816-2222333"),
        ("seal-anda", "安达印章制作有限公司", "游仙区东津路 5 号", "0816-2666777"),
    ]
    for code, name, address, phone in companies:
        seeder.organisation(DEPARTMENT, code, name, address=address, phone=phone, area_code="510703")
    seeder.user("seal_clerk", "赵师傅", "clerk", "seal-huaxin")
    seeder.user("seal_clerk2", "钱红梅", "clerk", "seal-jincheng")


@hookimpl
def kaiban_required_materials(answers):
    return [
        MaterialSpec("business_licence_copy", "营业执照（副本）", DEPARTMENT, note="发照后由窗口直接推送，无需另交", order=50),
        MaterialSpec("legal_rep_id", "法定代表人身份证件", DEPARTMENT, order=20),
        MaterialSpec("seal_filing_form", "印章刻制备案申请表", DEPARTMENT, deferrable=True, order=60),
    ]
