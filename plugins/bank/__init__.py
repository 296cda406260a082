"""Bank account opening (银行开户): the bank branches the applicant chooses from."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, MaterialSpec, PluginInfo, QueueSpec, Routing, StepTypeSpec

DEPARTMENT = "bank"
PLUGIN_INFO = PluginInfo(name="bank", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="银行开户")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "开户银行")]


@hookimpl
def kaiban_step_types():
    return [StepTypeSpec(name="bank_account", department=DEPARTMENT, title="银行开户",
                         waits_for=("business_licence",), time_limit_minutes=75, routing=Routing.CHOSEN, order=40,
                         case_fields=("enterprise.name", "enterprise.uscc", "enterprise.address",
                                      "legal_representative"),
                         materials=("business_licence_copy", "legal_rep_id"))]


@hookimpl
def kaiban_queues(user):
    if user.department_code not in (DEPARTMENT, None):
        return []
    return [QueueSpec(key="bank.todo", title="开户待办", department=DEPARTMENT, step_types=("bank_account",),
                      order=40)]


@hookimpl
def kaiban_demo_data(seeder):
    branches = [
        ("bank-icbc-gx", "工商银行绵阳高新支行", "高新区绵兴东路 36 号", "0816-2539000"),
        ("bank-ccb-fc", "建设银行绵阳涪城支行", "涪城区长虹大道北段 9 号", "0816-2212345"),
        ("bank-mycc-kj", "绵阳市商业银行科技城支行", "高新区飞云大道 261 号", "0816-6330000"),
    ]
    for code, name, address, phone in branches:
        seeder.organisation(DEPARTMENT, code, name, address=address, phone=phone, area_code="510703")
    seeder.user("bank_clerk", "孙丽", "clerk", "bank-icbc-gx")
    seeder.user("bank_clerk2", "周强", "clerk", "bank-ccb-fc")


@hookimpl
def kaiban_required_materials(answers):
    return [
        MaterialSpec("business_licence_copy", "营业执照（副本）", DEPARTMENT, note="发照后由窗口直接推送，无需另交", order=50),
        MaterialSpec("legal_rep_id", "法定代表人身份证件", DEPARTMENT, order=20),
        MaterialSpec("agent_id", "经办人身份证件（委托办理时）", DEPARTMENT, deferrable=True, order=25),
        MaterialSpec("bank_account_application", "开立单位银行结算账户申请书", DEPARTMENT, deferrable=True, order=70),
    ]
