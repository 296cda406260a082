"""Whose steps a supervisor watches: the core's access rules, widened for the oversight departments.

Administrators, the command line (no user) and supervisors of an *oversight department* (market
supervision by default, the department that answers for the whole platform) watch every step.
A department's supervisor watches only the steps the core lets them see: their own department's,
routed to their own organisation (``app.core.access.step_visibility``). Clerks watch nothing: the
supervision services refuse them.

Setting (core ``setting`` table): ``supervision.oversight_departments`` — department codes whose
supervisors watch every department (default ``["market_supervision"]``).
"""
from __future__ import annotations

from peewee import Expression

from app.core.access import step_visibility
from app.core.errors import PermissionDenied
from app.core.models import Department, Step
from app.core.settings import get_setting
from app.core.users import CurrentUser
from app.i18n import translate

OVERSIGHT_KEY = "supervision.oversight_departments"
DEFAULT_OVERSIGHT = ("market_supervision",)
CONTEXT = "supervision"


def oversight_departments() -> tuple[str, ...]:
    return tuple(get_setting(OVERSIGHT_KEY, list(DEFAULT_OVERSIGHT)))


def watches_everything(user: CurrentUser | None) -> bool:
    """Whether ``user`` watches every department (admins, oversight supervisors, the command line)."""
    if user is None or user.is_admin:
        return True
    return user.is_supervisor and user.department_code in oversight_departments()


def require_supervisor(user: CurrentUser | None) -> None:
    if user is not None and not user.is_supervisor:
        raise PermissionDenied(translate(CONTEXT, "只有主管（首席代表）和系统管理员可以使用电子监察"))


def supervised_steps(user: CurrentUser | None) -> Expression:
    """The condition on ``Step`` of the steps ``user`` supervises (PermissionDenied for clerks)."""
    require_supervisor(user)
    if watches_everything(user):
        return Step.id.is_null(False)
    return step_visibility(user)


def departments_for(user: CurrentUser | None) -> list[tuple[str, str]]:
    """(code, name) of the departments ``user`` may filter the watch list by."""
    require_supervisor(user)
    query = Department.select(Department.code, Department.name).order_by(Department.id)
    if not watches_everything(user):
        query = query.where(Department.code == (user.department_code or ""))
    return [(d.code, d.name) for d in query]


__all__ = ["supervised_steps", "watches_everything", "require_supervisor", "departments_for",
           "oversight_departments", "OVERSIGHT_KEY", "CONTEXT"]
