"""Demo data: departments, organisations and users from every plugin, then cases in every state."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from app.core import workflow
from app.core.cases import NewCase, create_case
from app.core.identifiers import make_uscc, random_mobile, random_resident_id
from app.core.models import Case, Department, Enterprise, Organisation, Role, Step, StepState, User, now
from app.core.users import add_user
from app.plugin_api import Routing
from db.base import database

DEMO_PASSWORD = "kaiban2026"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "丽"]
_TRADE_NAMES = ["蜀丰", "锦程", "科信", "九洲", "涪江", "云帆", "星河", "瑞达", "长青", "汇通", "新禾", "安和",
                "博远", "启明", "嘉禾", "恒信", "天府", "绵州", "创维", "智联"]
_INDUSTRIES = [("科技", "软件开发；信息技术咨询服务"), ("商贸", "日用百货销售；五金产品零售"),
               ("餐饮管理", "餐饮服务；食品销售"), ("建筑工程", "建设工程施工；园林绿化工程施工"),
               ("文化传媒", "广告设计、代理；组织文化艺术交流活动"), ("农业开发", "蔬菜种植；农产品的生产、销售")]
_FORMS = [("有限公司", "limited_company"), ("有限责任公司", "limited_company"), ("个人独资企业", "sole_proprietorship"),
          ("合伙企业", "partnership")]


class DemoSeeder:
    """Handed to the ``kaiban_demo_data`` hook; creates what does not exist yet."""

    def __init__(self, rng: random.Random | None = None):
        self.rng = rng or random.Random(20261121)

    def organisation(self, department: str, code: str, name: str, *, address: str = "", phone: str = "",
                     area_code: str = "") -> Organisation:
        org = Organisation.get_or_none(Organisation.code == code)
        if org is None:
            dept = Department.get(Department.code == department)
            org = Organisation.create(department=dept, code=code, name=name, address=address, phone=phone,
                                      area_code=area_code)
        return org

    def user(self, username: str, display_name: str, role: str, organisation_code: str | None) -> User:
        user = User.get_or_none(User.username == username)
        return user or add_user(username, display_name, DEMO_PASSWORD, role, organisation_code)

    def person_name(self) -> str:
        return self.rng.choice(_SURNAMES) + "".join(self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2))))


def _chosen_organisations(graph: workflow.WorkflowGraph, rng: random.Random) -> dict[str, int]:
    """The applicant's choice per CHOSEN department: an organisation with staff to work the step
    (any organisation when none has staff), so the demo cases can be walked to the end."""
    chosen = {}
    for spec in graph.steps.values():
        if spec.routing == Routing.CHOSEN and spec.department not in chosen:
            orgs = list(Organisation.select().join(Department).where(Department.code == spec.department)
                        .order_by(Organisation.id))
            staffed = [o for o in orgs
                       if User.select().where((User.organisation == o.id) & (User.active == True)).exists()]  # noqa: E712
            if staffed or orgs:
                chosen[spec.department] = rng.choice(staffed or orgs).id
    return chosen


def _worker(step: Step) -> User | None:
    query = User.select().where(User.active == True)  # noqa: E712
    if step.organisation_id:
        query = query.where(User.organisation == step.organisation_id)
    else:
        query = query.join(Organisation).where(Organisation.department == step.department_id)
    return query.order_by(User.id).first()


def seed_cases(graph: workflow.WorkflowGraph, count: int, *, rng: random.Random, start: dt.datetime) -> int:
    """Create ``count`` cases spread over the days before ``start`` and walk each a random
    distance along its graph, so every queue and every state has something in it."""
    admin = User.get_or_none(User.role == Role.ADMIN)
    made = 0
    for i in range(count):
        trade = rng.choice(_TRADE_NAMES) + rng.choice(_TRADE_NAMES)
        industry, scope = rng.choice(_INDUSTRIES)
        form, company_type = rng.choice(_FORMS)
        # applications arrive during office hours on the last ten days
        created = (start - dt.timedelta(days=rng.randrange(0, 10))).replace(
            hour=rng.choice((9, 9, 10, 10, 11, 13, 14, 14, 15, 16)), minute=rng.randrange(0, 60), second=0)
        if created > start:
            created -= dt.timedelta(days=1)
        name = f"绵阳{trade}{industry}{form}"
        while Enterprise.select().where(Enterprise.name == name).exists():
            name = f"绵阳{trade}{rng.choice(_TRADE_NAMES)}{industry}{form}"
        seeder_names = DemoSeeder(rng)
        case = create_case(NewCase(
            enterprise_name=name, company_type=company_type,
            registered_capital=Decimal(rng.choice([10, 30, 50, 100, 200, 500])) * 10000,
            address=f"绵阳市高新区{rng.choice(['火炬', '飞云', '绵兴', '创业', '科创'])}路{rng.randrange(1, 300)}号",
            area_code="510703", business_scope=scope,
            legal_representative=(seeder_names.person_name(), random_resident_id(rng), random_mobile(rng)),
            case_type=company_type, channel=rng.choice(["window", "window", "online"]),
            data={"chosen": _chosen_organisations(graph, rng)},
            materials=[("application_form", "公司登记（备案）申请书"), ("articles", "公司章程"),
                       ("legal_rep_id", "法定代表人身份证件"), ("address_proof", "住所使用证明")],
        ), user_id=admin.id if admin else None, at=created)
        made += 1
        depth = i % 8  # 0: still at intake; 1: returned for correction; 7: walked to the end
        if depth == 0:
            continue
        at = created + dt.timedelta(minutes=5)
        workflow.start_case(case.id, graph, at=at)
        for _ in range(depth * 2 - 1):
            ready = list(Step.select().where((Step.case == case) & (Step.state == StepState.READY)))
            if not ready:
                break
            step = rng.choice(ready)
            worker = _worker(step)
            if worker is None:
                break
            at += dt.timedelta(minutes=rng.randrange(3, 40))
            workflow.claim_step(step.id, worker.id, at=at)
            outcome = rng.random()
            if depth == 1:
                outcome = 0.10  # one case in eight goes back to the window, so that state is never empty
            if outcome < 0.08 and depth < 7:
                workflow.hold_step(step.id, worker.id, "等待申请人补充材料", at=at)
                break
            if outcome < 0.12 and depth < 7:
                workflow.return_for_correction(step.id, worker.id, "经营范围表述不规范，请申请人修改", at=at)
                break
            if outcome < 0.25 and depth < 7:
                continue  # left claimed
            at += dt.timedelta(minutes=rng.randrange(5, 60))
            fill_demo_data(graph, step.id, worker.id, rng, at=at)
            workflow.complete_step(step.id, worker.id, graph, at=at)
            if graph.steps[step.step_type].waits_for:
                issue_demo_uscc(case.id)  # the case is past its first steps: it has its licence
    return made


def fill_demo_data(graph: workflow.WorkflowGraph, step_id: int, worker_id: int, rng: random.Random, *,
                   at: dt.datetime | None = None) -> None:
    """Fill the step's form in as its department's demo worker would (``StepTypeSpec.demo_data``),
    through the same validated save as the form."""
    from app.core import versioning

    step = Step.get_by_id(step_id)
    spec = graph.steps.get(step.step_type)
    if spec is None or spec.demo_data is None:
        return
    versioning.save_step_data(step.id, worker_id, step.version, spec.demo_data(rng), graph=graph, at=at)


def issue_demo_uscc(case_id: int) -> None:
    """Give the case's enterprise a USCC, as issuing its licence does (demo and test cases walk
    past the licence step without the window's licence service)."""
    case = Case.get_by_id(case_id)
    ent = case.enterprise
    if not ent.uscc:
        # Serial from the enterprise id: unique however many times the demo is seeded.
        Enterprise.update(uscc=make_uscc(ent.area_code or "510703", 51000000 + ent.id)).where(
            Enterprise.id == ent.id).execute()


def seed_appointment_slots(graph: workflow.WorkflowGraph, start: dt.datetime, *, days: int = 5,
                           capacity: int = 2) -> int:
    """Half-hour appointment slots (09:00-12:00, 13:00-17:00) on the next ``days`` weekdays at every
    organisation the applicant chooses (in-person visits: seal portrait, bank signing); an
    organisation that has slots already is left alone. Returns how many were added."""
    from app.core.models import AppointmentSlot

    departments = {spec.department for spec in graph.steps.values() if spec.routing == Routing.CHOSEN}
    day, weekdays = start.date(), []
    while len(weekdays) < days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            weekdays.append(day)
    times = [dt.time(h, m) for h in (9, 10, 11, 13, 14, 15, 16) for m in (0, 30)]
    added = 0
    for org in Organisation.select().join(Department).where(Department.code.in_(sorted(departments))):
        if AppointmentSlot.select().where(AppointmentSlot.organisation == org.id).exists():
            continue
        rows = [{"organisation": org.id, "starts_at": dt.datetime.combine(d, t),
                 "ends_at": dt.datetime.combine(d, t) + dt.timedelta(minutes=30), "capacity": capacity, "booked": 0}
                for d in weekdays for t in times]
        AppointmentSlot.insert_many(rows).execute()
        added += len(rows)
    return added


def seed_demo(host, graph: workflow.WorkflowGraph, *, cases: int = 40, if_empty: bool = False) -> dict:
    """Seed the demo data; returns what was created. With ``if_empty`` nothing happens when
    the database already has cases."""
    if if_empty and Case.select().exists():
        return {"skipped": True, "cases": 0}
    rng = random.Random(20261121)
    seeder = DemoSeeder(rng)
    with database.atomic():
        if not User.select().where(User.username == "admin").exists():
            add_user("admin", "系统管理员", DEMO_PASSWORD, Role.ADMIN, None)
        host.call("kaiban_demo_data", seeder=seeder)
        seed_appointment_slots(graph, now())
    made = seed_cases(graph, cases, rng=rng, start=now())
    return {"skipped": False, "cases": made, "users": User.select().count(),
            "organisations": Organisation.select().count()}
