"""Who may see what. Every query over steps and cases goes through these conditions."""
from __future__ import annotations

from peewee import Expression

from app.core.models import Department, Organisation, Step
from app.core.users import CurrentUser


def step_visibility(user: CurrentUser) -> Expression:
    """Steps ``user`` may see: admins all; others only their department's steps routed to their own
    organisation (point to point). A step not yet routed — a chosen seal company or bank branch
    before the applicant chose — is seen by no organisation."""
    if user.is_admin:
        return Step.id.is_null(False)
    if user.organisation_id is None or user.department_code is None:
        return Step.id.is_null(True)  # sees nothing
    dept = Department.select(Department.id).where(Department.code == user.department_code)
    return (Step.department.in_(dept)) & (Step.organisation == user.organisation_id)


def can_see_case(user: CurrentUser, case_id: int) -> bool:
    if user.is_admin:
        return True
    return Step.select().where((Step.case == case_id) & step_visibility(user)).exists()


__all__ = ["step_visibility", "can_see_case", "Organisation"]
