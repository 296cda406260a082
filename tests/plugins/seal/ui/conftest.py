"""Fixtures of the seal plugin's form tests: the UI suite's operation helpers, and a small world
with one case waiting at 华信 (faster than the whole demo database)."""
from __future__ import annotations

import pytest
from case_helpers import seed_people
from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401 - fixtures

from ..helpers import case_at_seal


@pytest.fixture
def seal_ui(sqlite_ctx, fast_hash):
    """``(ctx, case)``: the demo's organisations and users, and a case whose seal step is ready at
    绵阳华信印章有限公司; ``sign_in(ctx, username)`` sets the user."""
    seed_people(sqlite_ctx)
    case = case_at_seal(sqlite_ctx)
    yield sqlite_ctx, case
    from app.ui import operations

    operations.wait_until_idle(10000)


def sign_in(ctx, username: str):
    from app.core.users import current_user, get_user

    ctx.user = current_user(get_user(username))
    return ctx
