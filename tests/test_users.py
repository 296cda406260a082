"""Users: validation, argon2 hashes, login with lock-out, locking, passwords, audit; and the CLI."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from app.cli import main
from app.core import users
from app.core.demo import DemoSeeder
from app.core.errors import NotFound, ValidationError
from app.core.models import AuditLog, Role, User, now
from app.core.users import AccountLocked, LoginFailed, add_user, authenticate, lock_user, set_password

PASSWORD = "correct-horse"
T0 = dt.datetime(2026, 3, 2, 9, 0, 0)

#: The module's hasher as shipped (the tests below swap in cheap parameters).
REAL_HASHER = users._hasher

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def org(ctx):
    return DemoSeeder().organisation("seal", "seal-a", "甲印章公司", area_code="510703")


@pytest.fixture
def alice(org):
    return add_user("alice", "爱丽丝", PASSWORD, Role.CLERK, "seal-a")


@pytest.mark.parametrize("kwargs, field", [
    ({"username": "alice"}, "username"),  # taken by the fixture user
    ({"username": "al ice"}, "username"),
    ({"username": ""}, "username"),
    ({"display_name": "  "}, "display_name"),
    ({"role": "superuser"}, "role"),
    ({"password": "short"}, "password"),
    ({"organisation_code": None}, "organisation"),
    ({"organisation_code": "no-such-org"}, "organisation"),
])
def test_add_user_reports_the_invalid_field(alice, kwargs, field):
    args = {"username": "bob", "display_name": "鲍勃", "password": PASSWORD, "role": Role.CLERK,
            "organisation_code": "seal-a"} | kwargs
    count = User.select().count()
    with pytest.raises(ValidationError) as info:
        add_user(**args)
    assert set(info.value.errors) == {field}
    assert User.select().count() == count


def test_add_user_messages_name_the_problem(alice):
    with pytest.raises(ValidationError) as info:
        add_user("alice", "x", PASSWORD, Role.CLERK, "seal-a")
    assert "alice" in info.value.errors["username"]
    with pytest.raises(ValidationError) as info:
        add_user("bob", "x", PASSWORD, Role.CLERK, "nowhere-7")
    assert "nowhere-7" in info.value.errors["organisation"]
    with pytest.raises(ValidationError) as info:
        add_user("bob", "", "x", "boss", None)
    assert set(info.value.errors) == {"display_name", "password", "role", "organisation"}


def test_admin_needs_no_organisation(ctx):
    admin = add_user("root", "管理员", PASSWORD, Role.ADMIN)
    assert admin.organisation_id is None
    assert authenticate("root", PASSWORD).is_admin


def test_password_is_stored_as_an_argon2_hash(alice):
    stored = User.get_by_id(alice.id).password_hash
    assert stored.startswith("$argon2")
    assert PASSWORD not in stored
    # Same password, different salt.
    other = add_user("bob", "鲍勃", PASSWORD, Role.CLERK, "seal-a")
    assert User.get_by_id(other.id).password_hash != stored


def test_production_hasher_is_argon2id_with_sound_parameters():
    from argon2 import Type

    assert REAL_HASHER.type is Type.ID
    assert REAL_HASHER.time_cost >= 2 and REAL_HASHER.memory_cost >= 19 * 1024  # OWASP minimum
    assert REAL_HASHER.hash(PASSWORD).startswith("$argon2id$")


def test_authenticate_returns_the_current_user_and_records_the_login(alice, org):
    user = authenticate(" alice ", PASSWORD)
    assert (user.id, user.username, user.role) == (alice.id, "alice", Role.CLERK)
    assert (user.organisation_id, user.organisation_name, user.department_code) == (org.id, "甲印章公司", "seal")
    assert not user.is_admin and not user.is_supervisor
    row = AuditLog.get((AuditLog.action == "login") & (AuditLog.entity == "user"))
    assert row.user_id == alice.id and row.entity_id == alice.id


def test_wrong_password_fails_and_is_recorded(alice):
    with pytest.raises(LoginFailed) as info:
        authenticate("alice", "wrong-password")
    assert not isinstance(info.value, AccountLocked)
    assert User.get_by_id(alice.id).failed_logins == 1
    rows = list(AuditLog.select().where(AuditLog.action == "login_failed"))
    assert [(r.user_id, r.entity_id) for r in rows] == [(alice.id, alice.id)]
    assert not AuditLog.select().where(AuditLog.action == "login").exists()


def test_unknown_user_fails_like_a_wrong_password(ctx):
    with pytest.raises(LoginFailed) as unknown:
        authenticate("nobody", PASSWORD)
    assert not isinstance(unknown.value, AccountLocked)
    assert str(unknown.value) == "用户名或密码错误"


def test_five_failures_lock_the_account_for_fifteen_minutes(alice):
    for n in range(1, 5):
        with pytest.raises(LoginFailed) as info:
            authenticate("alice", "wrong-password", at=T0 + dt.timedelta(seconds=n))
        assert not isinstance(info.value, AccountLocked)
    fifth = T0 + dt.timedelta(seconds=5)
    with pytest.raises(AccountLocked) as info:
        authenticate("alice", "wrong-password", at=fifth)
    assert info.value.until == fifth + dt.timedelta(minutes=15)
    assert User.get_by_id(alice.id).locked_until == fifth + dt.timedelta(minutes=15)

    # Locked: even the right password is refused, and that does not extend the lock.
    with pytest.raises(AccountLocked) as info:
        authenticate("alice", PASSWORD, at=fifth + dt.timedelta(minutes=14))
    assert info.value.until == fifth + dt.timedelta(minutes=15)
    assert "请于" in str(info.value)

    user = authenticate("alice", PASSWORD, at=fifth + dt.timedelta(minutes=15, seconds=1))
    assert user.username == "alice"
    row = User.get_by_id(alice.id)
    assert (row.failed_logins, row.locked_until) == (0, None)
    assert AuditLog.select().where(AuditLog.action == "login_failed").count() == 5


def test_lock_out_time_is_fifteen_minutes_from_now(alice):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate("alice", "wrong-password")
    until = User.get_by_id(alice.id).locked_until
    assert abs(until - (now() + dt.timedelta(minutes=15))) < dt.timedelta(seconds=30)


def test_counting_starts_again_after_a_lock_out_expires(alice):
    for n in range(5):
        with pytest.raises(LoginFailed):
            authenticate("alice", "wrong-password", at=T0 + dt.timedelta(seconds=n))
    later = T0 + dt.timedelta(minutes=20)
    with pytest.raises(LoginFailed) as info:
        authenticate("alice", "wrong-password", at=later)
    assert not isinstance(info.value, AccountLocked)
    assert User.get_by_id(alice.id).failed_logins == 1


def test_lock_user_deactivates_and_unlock_restores(alice):
    lock_user("alice")
    assert User.get_by_id(alice.id).active is False
    with pytest.raises(LoginFailed, match="停用"):
        authenticate("alice", PASSWORD)
    lock_user("alice", locked=False)
    assert User.get_by_id(alice.id).active is True
    assert authenticate("alice", PASSWORD).username == "alice"
    assert [r.action for r in AuditLog.select().where(AuditLog.action.in_(["lock", "unlock"]))
            .order_by(AuditLog.id)] == ["lock", "unlock"]


def test_unlock_clears_a_login_lock_out(alice):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate("alice", "wrong-password")
    with pytest.raises(AccountLocked):
        authenticate("alice", PASSWORD)
    lock_user("alice", locked=False)
    assert authenticate("alice", PASSWORD).username == "alice"


def test_set_password(alice):
    set_password("alice", "a-new-password")
    with pytest.raises(LoginFailed):
        authenticate("alice", PASSWORD)
    assert authenticate("alice", "a-new-password").username == "alice"
    assert AuditLog.select().where((AuditLog.action == "password_set") & (AuditLog.entity_id == alice.id)).exists()
    with pytest.raises(ValidationError) as info:
        set_password("alice", "short")
    assert set(info.value.errors) == {"password"}
    with pytest.raises(NotFound):
        set_password("nobody", "a-new-password")


def test_set_password_clears_a_lock_out(alice):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate("alice", "wrong-password")
    set_password("alice", "a-new-password")
    assert authenticate("alice", "a-new-password").username == "alice"


# -- command line -----------------------------------------------------------------------------------

def _cli(db_url, monkeypatch, *args, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", db_url, "users", *args])


def _listed(db_url, monkeypatch, capsys) -> dict:
    capsys.readouterr()
    assert _cli(db_url, monkeypatch, "list", "--json") == 0
    return {row["username"]: row for row in json.loads(capsys.readouterr().out)}


def test_cli_users_add_list_passwd_lock(db_url, monkeypatch, capsys):
    assert _cli(db_url, monkeypatch, "add", "boss", "--name", "老板", "--role", "admin", "--password-stdin",
                stdin="first-password\n") == 0
    assert "boss" in capsys.readouterr().out
    DemoSeeder().organisation("tax", "tax-gx", "税务局", area_code="510703")
    assert _cli(db_url, monkeypatch, "add", "taxer", "--name", "吴敏", "--role", "clerk", "--org", "tax-gx",
                "--password-stdin", stdin="taxer-password\n") == 0

    rows = _listed(db_url, monkeypatch, capsys)
    assert rows["boss"] == {"username": "boss", "name": "老板", "role": "admin", "organisation": None,
                            "active": True, "locked_until": None}
    assert rows["taxer"]["organisation"] == "tax-gx"
    assert authenticate("boss", "first-password").is_admin

    assert _cli(db_url, monkeypatch, "passwd", "boss", "--password-stdin", stdin="second-password\n") == 0
    assert authenticate("boss", "second-password").username == "boss"
    with pytest.raises(LoginFailed):
        authenticate("boss", "first-password")

    assert _cli(db_url, monkeypatch, "lock", "taxer") == 0
    assert _listed(db_url, monkeypatch, capsys)["taxer"]["active"] is False
    assert _cli(db_url, monkeypatch, "lock", "taxer", "--unlock") == 0
    assert _listed(db_url, monkeypatch, capsys)["taxer"]["active"] is True


def test_cli_users_add_reports_validation_errors(db_url, monkeypatch, capsys):
    assert _cli(db_url, monkeypatch, "add", "clerk1", "--name", "某人", "--role", "clerk", "--org", "nowhere",
                "--password-stdin", stdin="long-enough\n") == 2
    err = capsys.readouterr().err
    assert "organisation" in err and "nowhere" in err
    assert _cli(db_url, monkeypatch, "add", "boss", "--name", "老板", "--role", "admin", "--password-stdin",
                stdin="short\n") == 2
    assert "password" in capsys.readouterr().err
    assert _listed(db_url, monkeypatch, capsys) == {}


def test_cli_users_list_shows_a_lock_out(db_url, monkeypatch, capsys):
    assert _cli(db_url, monkeypatch, "add", "boss", "--name", "老板", "--role", "admin", "--password-stdin",
                stdin="first-password\n") == 0
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate("boss", "wrong-password")
    locked = _listed(db_url, monkeypatch, capsys)["boss"]["locked_until"]
    assert dt.datetime.fromisoformat(locked) > now()
