"""Supervisors' mobiles for escalation texts, kept by administrators (the core's users have none)."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from app.core import audit
from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.identifiers import InvalidIdentifier, validate_mobile
from app.core.models import Organisation, Role, User, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.supervision.models import SupervisorContact


@dataclass(frozen=True)
class ContactRow:
    user_id: int
    display_name: str
    username: str
    organisation: str
    mobile: str


def validate_contact(mobile: str) -> dict[str, str]:
    """{field: message}: an empty mobile clears the contact, anything else must be a mobile number."""
    if not (mobile or "").strip():
        return {}
    try:
        validate_mobile(mobile)
    except InvalidIdentifier as exc:
        return {"mobile": str(exc)}
    return {}


def _require_admin(user: CurrentUser | None) -> None:
    if user is not None and not user.is_admin:
        raise PermissionDenied(translate("supervision", "只有系统管理员可以维护督办联系人"))


def list_contacts(user: CurrentUser | None) -> list[ContactRow]:
    """Every active supervisor with the mobile on file ('' when none)."""
    _require_admin(user)
    rows = (User.select(User.id, User.display_name, User.username, Organisation.name, SupervisorContact.mobile)
            .join(Organisation, JOIN.LEFT_OUTER, on=(User.organisation == Organisation.id)).switch(User)
            .join(SupervisorContact, JOIN.LEFT_OUTER, on=(SupervisorContact.user == User.id))
            .where((User.role == Role.SUPERVISOR) & (User.active == True))  # noqa: E712
            .order_by(Organisation.name, User.display_name).dicts())
    return [ContactRow(r["id"], r["display_name"], r["username"], r["name"] or "", r["mobile"] or "") for r in rows]


def set_contact(user: CurrentUser | None, supervisor_id: int, mobile: str) -> str:
    """Store (or, with an empty mobile, remove) a supervisor's mobile; returns it normalised."""
    _require_admin(user)
    errors = validate_contact(mobile)
    if errors:
        raise ValidationError(errors)
    target = User.get_or_none((User.id == supervisor_id) & (User.role == Role.SUPERVISOR))
    if target is None:
        raise NotFound(translate("supervision", "该用户不是主管"))
    number = validate_mobile(mobile) if mobile.strip() else ""
    with database.atomic():
        if not number:
            SupervisorContact.delete().where(SupervisorContact.user == supervisor_id).execute()
        else:
            (SupervisorContact.insert(user=supervisor_id, mobile=number, updated_at=now())
             .on_conflict(conflict_target=[SupervisorContact.user],
                          update={SupervisorContact.mobile: number, SupervisorContact.updated_at: now()})
             .execute())
        audit.record("change", "supervision_contact", user=user.id if user else None, entity_id=supervisor_id,
                     field="mobile")
    return number


__all__ = ["ContactRow", "validate_contact", "list_contacts", "set_contact"]
