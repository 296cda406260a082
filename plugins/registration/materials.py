"""The registration window's own materials, and the applicant's one-time checklist (一次性告知):
what every enabled department needs, collected once."""
from __future__ import annotations

from app.core.checklist import ChecklistItem, build_checklist
from app.plugin_api import IntakeAnswers, MaterialSpec
from plugins.registration.common import DEPARTMENT

#: Materials the registration window produces itself (the licence): never collected at intake,
#: received automatically when the licence is issued.
PRODUCED_MATERIALS = frozenset({"business_licence_copy"})

_APPLICATION_FORMS = {
    "limited_company": "公司登记（备案）申请书",
    "sole_proprietorship": "个人独资企业登记（备案）申请书",
    "partnership": "合伙企业登记（备案）申请书",
    "individual_business": "个体工商户登记（备案）申请书",
    "cooperative": "农民专业合作社登记（备案）申请书",
}
_ARTICLES = {
    "limited_company": ("articles", "公司章程"),
    "partnership": ("partnership_agreement", "合伙协议"),
    "cooperative": ("cooperative_articles", "农民专业合作社章程"),
}
_HOLDER_IDS = {
    "limited_company": "股东的主体资格证明或自然人身份证件",
    "partnership": "全体合伙人的主体资格证明或自然人身份证件",
    "sole_proprietorship": "投资人身份证件",
    "cooperative": "成员名册及成员身份证明",
}
_ADDRESS_PROOFS = {
    "owned": "住所使用证明（房屋产权证明）",
    "leased": "住所使用证明（房屋租赁合同及出租方产权证明）",
    "incubator": "住所使用证明（孵化机构托管协议及入驻证明）",
}


def registration_materials(answers: IntakeAnswers) -> list[MaterialSpec]:
    """What market supervision needs to register an enterprise of this kind."""
    kind = answers.company_type
    items = [
        MaterialSpec("application_form", _APPLICATION_FORMS.get(kind, "企业登记（备案）申请书"), DEPARTMENT, order=10),
        # The name must match the other departments' declaration: the first declared name wins.
        MaterialSpec("legal_rep_id", "法定代表人身份证件", DEPARTMENT,
                     note="个人独资企业为投资人、个体工商户为经营者的身份证件", order=20),
    ]
    if kind in _ARTICLES:
        code, name = _ARTICLES[kind]
        items.append(MaterialSpec(code, name, DEPARTMENT, order=12))
    if kind in _HOLDER_IDS:
        items.append(MaterialSpec("shareholder_ids", _HOLDER_IDS[kind], DEPARTMENT, order=22))
    if kind == "limited_company":
        items.append(MaterialSpec("officer_appointments", "法定代表人、董事、监事和经理的任职文件", DEPARTMENT,
                                  deferrable=True, order=24))
    items.append(MaterialSpec("address_proof", _ADDRESS_PROOFS.get(answers.address_type, _ADDRESS_PROOFS["leased"]),
                              DEPARTMENT, note="托管注册的，由孵化机构出具" if answers.address_type == "incubator" else "",
                              order=40))
    items.append(MaterialSpec("agent_authorisation", "指定代表或共同委托代理人授权委托书（委托办理时）", DEPARTMENT,
                              deferrable=True, order=26))
    return items


def checklist_for(host, answers: IntakeAnswers) -> list[ChecklistItem]:
    """The applicant's checklist: every active department's materials, each once."""
    return build_checklist(host, answers)


def collected_items(host, answers: IntakeAnswers) -> list[ChecklistItem]:
    """The checklist items the window collects at intake (the licence it produces is left out)."""
    return [item for item in checklist_for(host, answers) if item.code not in PRODUCED_MATERIALS]
