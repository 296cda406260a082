"""Cases at the social insurance step and valid registration data, for the plugin's tests."""
from __future__ import annotations

import datetime as dt

from case_helpers import new_case, step, user, walk_to_departments

from app.core import versioning, workflow
from app.core.identifiers import make_resident_id
from app.core.models import Step

TODAY = dt.date.today()
#: valid resident IDs (Mianyang, Chengdu), adults
ID_A = make_resident_id("510700", dt.date(1990, 5, 17), 123)
ID_B = make_resident_id("510101", dt.date(1985, 1, 2), 456)
ID_C = make_resident_id("510722", dt.date(1998, 12, 30), 789)


def employee(name: str, id_number: str, base: str = "5000.00", *, days_ago: int = 3, mobile: str = "") -> dict:
    return {"name": name, "id_number": id_number, "mobile": mobile,
            "start_date": (TODAY - dt.timedelta(days=days_ago)).isoformat(), "base": base}


def valid_data(**changes) -> dict:
    data = {"unit_number": "510703000101", "insurance_types": ["pension", "medical", "unemployment", "work_injury",
                                                               "maternity"],
            "no_employees": False, "employees": [employee("张伟", ID_A), employee("李娜", ID_B, "6200.50")],
            "housing_fund": True, "fund_account": "5107030012345678", "fund_ratio": 12}
    data.update(changes)
    return data


def si_step(ctx, name: str = "绵阳锦程科技有限公司", *, at: dt.datetime | None = None) -> Step:
    """A new case walked to its ready social insurance step."""
    case = new_case(ctx, name, at=at)
    walk_to_departments(ctx, case, at=at)
    return step(case, "social_insurance")


def register(ctx, data: dict, *, name: str = "绵阳锦程科技有限公司", username: str = "si_clerk",
             at: dt.datetime | None = None) -> Step:
    """Claim the social insurance step of a new case, save ``data`` and complete it (at ``at``)."""
    target = si_step(ctx, name, at=at)
    me = user(username)
    claimed = workflow.claim_step(target.id, me.id, at=at)
    versioning.save_step_data(target.id, me, claimed.version, data, graph=ctx.graph, at=at)
    return workflow.complete_step(target.id, me.id, ctx.graph, at=at)
