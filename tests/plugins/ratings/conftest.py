"""Fixtures of the ratings plugin's tests: contexts with the demo's people and some complete cases,
and for the widgets a signed-in SQLite context."""
from __future__ import annotations

import pytest
from case_helpers import seed_people

from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401 - UI fixtures


@pytest.fixture
def world(ctx, fast_hash):
    """SQLite and PostgreSQL: departments, organisations and users, no cases."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def world_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx


@pytest.fixture
def sign_in(world_sqlite):
    """``sign_in(username)`` -> the SQLite context with that user signed in (no password: tests only)."""
    from app.core.users import current_user, get_user

    def sign(username: str):
        world_sqlite.user = current_user(get_user(username))
        return world_sqlite

    return sign
