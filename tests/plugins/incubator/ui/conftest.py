"""The incubator's widget tests: a small SQLite installation with the demo's organisations, users
and incubators (cheap password hashing, no demo cases), and the fixtures of tests/ui for waiting
on the operations runner, no live updates and no message box left open."""
from __future__ import annotations

import pytest

from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401


@pytest.fixture
def people_ctx(sqlite_ctx, fast_hash):
    from app.core.demo import seed_demo

    seed_demo(sqlite_ctx.host, sqlite_ctx.graph, cases=0)
    yield sqlite_ctx
    from app.ui import operations

    operations.wait_until_idle(10000)


@pytest.fixture
def sign_in(people_ctx):
    """``sign_in(username)`` -> the context with that demo user signed in."""
    from app.core.users import current_user, get_user

    def sign(username: str):
        people_ctx.user = current_user(get_user(username))
        return people_ctx

    return sign
