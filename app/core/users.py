"""Users, argon2 password hashes, roles, organisations and the login lock-out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from peewee import JOIN
from argon2.exceptions import InvalidHashError, VerificationError

from app.core import audit
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import Organisation, Role, User, now
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()

ROLE_TITLES = {
    Role.CLERK: QT_TRANSLATE_NOOP("roles", "经办人员"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "首席代表/主管"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "系统管理员"),
    Role.INCUBATOR_MANAGER: QT_TRANSLATE_NOOP("roles", "孵化机构管理员"),
}


def role_title(role: str) -> str:
    return translate("roles", ROLE_TITLES.get(role, role))


class LoginFailed(ServiceError):
    pass


class AccountLocked(LoginFailed):
    def __init__(self, until: dt.datetime):
        self.until = until
        super().__init__(translate("users", "账号因连续登录失败已锁定，请于 {time} 后再试，或联系管理员解锁。")
                         .format(time=until.strftime("%H:%M")))


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user as the services and the UI see them."""
    id: int
    username: str
    display_name: str
    role: str
    organisation_id: int | None
    organisation_name: str
    department_code: str | None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def current_user(user: User) -> CurrentUser:
    org = user.organisation
    return CurrentUser(id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                       organisation_id=org.id if org else None, organisation_name=org.name if org else "",
                       department_code=org.department.code if org else None)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": translate("users", "密码至少 {n} 位").format(n=MIN_PASSWORD_LENGTH)})


def _organisation(code: str | None) -> Organisation | None:
    if not code:
        return None
    org = Organisation.get_or_none(Organisation.code == code)
    if org is None:
        raise ValidationError({"organisation": translate("users", "找不到机构“{code}”").format(code=code)})
    return org


def add_user(username: str, display_name: str, password: str, role: str,
             organisation_code: str | None = None) -> User:
    errors = {}
    username = username.strip()
    if not username or len(username) > 60 or not username.replace("_", "").replace(".", "").isalnum():
        errors["username"] = translate("users", "用户名只能包含字母、数字、下划线和点，且不超过 60 个字符")
    elif User.select().where(User.username == username).exists():
        errors["username"] = translate("users", "用户名“{name}”已存在").format(name=username)
    if not display_name.strip():
        errors["display_name"] = translate("users", "请填写姓名")
    if role not in Role.ALL:
        errors["role"] = translate("users", "角色必须是 {roles} 之一").format(roles="、".join(Role.ALL))
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = translate("users", "密码至少 {n} 位").format(n=MIN_PASSWORD_LENGTH)
    try:
        org = _organisation(organisation_code)
    except ValidationError as exc:
        errors.update(exc.errors)
        org = None
    if role != Role.ADMIN and org is None and "organisation" not in errors:
        errors["organisation"] = translate("users", "除系统管理员外，用户必须属于一个机构")
    if errors:
        raise ValidationError(errors)
    return User.create(username=username, display_name=display_name.strip(), password_hash=hash_password(password),
                       role=role, organisation=org)


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == username)
    if user is None:
        raise NotFound(translate("users", "用户“{name}”不存在").format(name=username))
    return user


def list_users() -> list[User]:
    return list(User.select(User, Organisation).join(Organisation, on=(User.organisation == Organisation.id),
                                                     join_type=JOIN.LEFT_OUTER).order_by(User.username))


def set_password(username: str, password: str) -> None:
    _validate_password(password)
    user = get_user(username)
    User.update(password_hash=hash_password(password), failed_logins=0, locked_until=None).where(
        User.id == user.id).execute()
    audit.record("password_set", "user", entity_id=user.id)


def lock_user(username: str, *, locked: bool = True) -> None:
    """Lock (deactivate) or unlock an account; unlocking also clears a login lock-out."""
    user = get_user(username)
    User.update(active=not locked, failed_logins=0, locked_until=None).where(User.id == user.id).execute()
    audit.record("lock" if locked else "unlock", "user", entity_id=user.id)


def authenticate(username: str, password: str, *, at: dt.datetime | None = None) -> CurrentUser:
    """Check a login. Five failures in a row lock the account for fifteen minutes."""
    at = at or now()
    user = User.get_or_none(User.username == username.strip())
    generic = LoginFailed(translate("users", "用户名或密码错误"))
    if user is None:
        raise generic
    if not user.active:
        raise LoginFailed(translate("users", "账号已停用，请联系管理员"))
    if user.locked_until and user.locked_until > at:
        raise AccountLocked(user.locked_until)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        failures = (0 if user.locked_until else user.failed_logins) + 1
        locked_until = at + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILED_LOGINS else None
        User.update(failed_logins=failures, locked_until=locked_until).where(User.id == user.id).execute()
        audit.record("login_failed", "user", user=user, entity_id=user.id)
        if locked_until:
            raise AccountLocked(locked_until) from None
        raise generic from None
    updates = {"failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(user.password_hash):
        updates["password_hash"] = hash_password(password)
    User.update(**updates).where(User.id == user.id).execute()
    audit.record("login", "user", user=user, entity_id=user.id)
    return current_user(User.get_by_id(user.id))
