"""Cases at the bank branch and valid account forms, for the bank plugin's tests."""
from __future__ import annotations

import datetime as dt

from case_helpers import new_case, step, user, user_id, walk_to_departments

from app.core import versioning, workflow
from app.core.models import Case, Organisation, Step

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day
NUMBER = "2308411109100012345"  # 19 digits, as the demo's ICBC branch gives out


def valid_form(**changes) -> dict:
    form = {"signing_at": "2026-03-02T09:40", "due_diligence": "passed", "account_type": "basic",
            "account_number": NUMBER, "account_number_confirm": NUMBER, "opened_on": "2026-03-02"}
    form.update(changes)
    return {k: v for k, v in form.items() if v is not None}


def org_id(code: str) -> int:
    return Organisation.get(Organisation.code == code).id


def bank_case(ctx, name: str = "绵阳锦程科技有限公司", *, branch: str = "bank-icbc-gx",
              at: dt.datetime = T0) -> Case:
    """A case whose licence was issued at ``at``: its bank step is ready at ``branch``."""
    case = new_case(ctx, name, bank=branch, at=at)
    walk_to_departments(ctx, case, at=at)
    return case


def bank_step(case) -> Step:
    return step(case, "bank_account")


def claim(case, username: str = "bank_clerk", at: dt.datetime | None = None) -> Step:
    return workflow.claim_step(bank_step(case).id, user_id(username), at=at)


def fill(ctx, case, data: dict, username: str = "bank_clerk", at: dt.datetime | None = None) -> Step:
    current = bank_step(case)
    return versioning.save_step_data(current.id, user(username), current.version, data, graph=ctx.graph, at=at)


def open_account(ctx, case, *, username: str = "bank_clerk", at: dt.datetime, **changes) -> Step:
    """Claim, fill in and complete the case's bank step at ``at``."""
    claim(case, username, at=at)
    fill(ctx, case, valid_form(**changes), username, at=at)
    return workflow.complete_step(bank_step(case).id, user_id(username), ctx.graph, at=at)
