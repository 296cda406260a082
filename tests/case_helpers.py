"""Helpers for tests that need organisations, users and cases under way."""
from __future__ import annotations

import datetime as dt
import random

from app.core import workflow
from app.core.cases import NewCase, create_case
from app.core.demo import fill_demo_data, issue_demo_uscc, seed_demo
from app.core.identifiers import make_resident_id
from app.core.models import Case, Organisation, Step, User
from app.core.users import CurrentUser, current_user

LEGAL_ID = make_resident_id("510700", dt.date(1990, 5, 17), 123)
LEGAL_MOBILE = "13812345678"


def seed_people(ctx) -> None:
    """Departments, organisations and users of every plugin (the demo's), but no cases."""
    seed_demo(ctx.host, ctx.graph, cases=0)


def user(username: str) -> CurrentUser:
    return current_user(User.get(User.username == username))


def user_id(username: str) -> int:
    return User.get(User.username == username).id


def new_case(ctx, name: str = "绵阳锦程科技有限公司", *, seal: str = "seal-huaxin", bank: str = "bank-icbc-gx",
             at: dt.datetime | None = None, start: bool = True) -> Case:
    """Create a case whose applicant chose ``seal`` and ``bank``; start it unless told not to."""
    chosen = {"seal": Organisation.get(Organisation.code == seal).id,
              "bank": Organisation.get(Organisation.code == bank).id}
    case = create_case(NewCase(enterprise_name=name, company_type="limited_company", area_code="510703",
                               legal_representative=("张三", LEGAL_ID, LEGAL_MOBILE),
                               data={"chosen": chosen},
                               materials=[("application_form", "申请书")]), at=at)
    if start:
        workflow.start_case(case.id, ctx.graph, at=at)
    return Case.get_by_id(case.id)


def step(case, step_type: str) -> Step:
    return Step.get((Step.case == case.id) & (Step.step_type == step_type))


def work(ctx, case, step_type: str, username: str, at: dt.datetime | None = None) -> Step:
    """Claim and complete a ready step."""
    uid = user_id(username)
    target = step(case, step_type)
    workflow.claim_step(target.id, uid, at=at)
    done = finish(ctx, target.id, uid, at=at)
    if step_type == "business_licence":
        issue_demo_uscc(case.id)  # what issuing the licence at the window does
    return done


def finish(ctx, step_id: int, uid: int, *, graph=None, at: dt.datetime | None = None, **kw) -> Step:
    """Complete a claimed step as its department's form would: filled in (the step type's demo
    data), then completed."""
    graph = graph if graph is not None else ctx.graph
    fill_demo_data(graph, step_id, uid, random.Random(step_id), at=at)
    return workflow.complete_step(step_id, uid, graph, at=at, **kw)


def walk_to_departments(ctx, case, at: dt.datetime | None = None) -> None:
    """Complete intake review and the business licence, so the department steps are ready."""
    work(ctx, case, "intake_review", "clerk", at=at)
    work(ctx, case, "business_licence", "clerk", at=at)
