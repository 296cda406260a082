"""Who may do what with an incubator's records.

- An incubator's own staff (users of its organisation) read and change that incubator only.
- Administrators read and change every incubator.
- The registration window's staff search the hosted firms of every incubator for intake, read-only.
- The park-wide reports: the window's supervisors (市场监管首席代表) and administrators; an
  incubator's staff get their own incubator's figures only.
"""
from __future__ import annotations

from app.core.errors import NotFound, PermissionDenied
from app.core.models import Department, Organisation
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.incubator.common import DEPARTMENT, WINDOW_DEPARTMENT


def is_incubator_staff(user: CurrentUser | None) -> bool:
    return user is not None and user.department_code == DEPARTMENT and user.organisation_id is not None


def is_window_staff(user: CurrentUser | None) -> bool:
    return user is not None and user.department_code == WINDOW_DEPARTMENT


def may_read_reports(user: CurrentUser | None) -> bool:
    """The command line (None), administrators, the window's supervisors and incubator staff."""
    if user is None or user.is_admin or is_incubator_staff(user):
        return True
    return is_window_staff(user) and user.is_supervisor


def _signed_in(user: CurrentUser | None) -> CurrentUser:
    if user is None:
        raise PermissionDenied(translate("incubator", "请先登录"))
    return user


def incubator(organisation_id: int) -> Organisation:
    """The incubator (an active organisation of the incubator department)."""
    org = (Organisation.select().join(Department)
           .where((Organisation.id == organisation_id) & (Department.code == DEPARTMENT)).first())
    if org is None:
        raise NotFound(translate("incubator", "孵化机构不存在"))
    return org


def require_manager(user: CurrentUser | None, organisation_id: int) -> Organisation:
    """The incubator, if ``user`` may change its records (its own staff, an administrator)."""
    user = _signed_in(user)
    if not (user.is_admin or (is_incubator_staff(user) and user.organisation_id == organisation_id)):
        raise PermissionDenied(translate("incubator", "只有本孵化机构的管理人员可以修改其入驻企业和工位"))
    return incubator(organisation_id)


def readable_incubators(user: CurrentUser | None, *, for_intake: bool = False) -> list[int] | None:
    """The incubators whose roster ``user`` may read: a list of ids, or None for all of them.
    ``for_intake``: the window's staff searching hosted firms for a new case (all incubators)."""
    user = _signed_in(user)
    if user.is_admin:
        return None
    if is_incubator_staff(user):
        return [user.organisation_id]
    if is_window_staff(user) and (for_intake or user.is_supervisor):
        return None
    raise PermissionDenied(translate("incubator", "您无权查看孵化机构的入驻企业"))


def require_reader(user: CurrentUser | None, organisation_id: int, *, for_intake: bool = False) -> Organisation:
    """The incubator, if ``user`` may read its roster (NotFound for another incubator's staff:
    another incubator's records do not exist for them)."""
    allowed = readable_incubators(user, for_intake=for_intake)
    if allowed is not None and organisation_id not in allowed:
        raise NotFound(translate("incubator", "孵化机构不存在"))
    return incubator(organisation_id)


def report_scope(user: CurrentUser | None, requested: int | None) -> int | None:
    """The incubator a report covers for ``user`` (None: every incubator); refuses users who may
    not read the incubators' reports. Incubator staff always get their own."""
    if not may_read_reports(user):
        raise PermissionDenied(translate("incubator", "只有孵化机构、市场监管首席代表和系统管理员可以查看集群托管报表"))
    if is_incubator_staff(user):
        return user.organisation_id
    return requested
