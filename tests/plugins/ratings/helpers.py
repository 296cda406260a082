"""Complete cases for the ratings (and delivery) tests."""
from __future__ import annotations

import datetime as dt

from case_helpers import finish, new_case, walk_to_departments

from app.core import workflow
from app.core.models import Case, CaseState, Role, Step, StepState, User

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day


def worker_of(step: Step) -> User:
    staff = User.select().where(User.organisation == step.organisation_id)
    return staff.where(User.role == Role.CLERK).first() or staff.first()


def completed_case(ctx, name: str = "绵阳锦程科技有限公司", *, at: dt.datetime = T0, **kw) -> Case:
    """A case walked to the end: every step done by a member of its organisation at ``at``."""
    case = new_case(ctx, name, at=at, **kw)
    walk_to_departments(ctx, case, at=at)
    while True:
        ready = list(Step.select().where((Step.case == case.id) & (Step.state == StepState.READY)).order_by(Step.id))
        if not ready:
            break
        for target in ready:
            uid = worker_of(target).id
            workflow.claim_step(target.id, uid, at=at)
            finish(ctx, target.id, uid, at=at)
    case = Case.get_by_id(case.id)
    assert case.state == CaseState.COMPLETE
    return case
