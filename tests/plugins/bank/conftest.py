"""Fixtures of the bank plugin's tests: contexts with the demo's people and branches, and for the
forms a signed-in copy of a seeded demo database."""
from __future__ import annotations

import pytest
from case_helpers import seed_people

# the UI suite's fixtures; its demo_ctx copies the ``_demo_template`` below, seeded with cheap hashes
from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, demo_ctx, sign_in, wait_ops  # noqa: F401


@pytest.fixture
def bank(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations, users
    and bank branch master data, no cases."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def bank_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """A demo database seeded once per session, with cheap password hashes (the demo's passwords
    are never checked here: ``sign_in`` takes the user as is)."""
    from argon2 import PasswordHasher

    from app.core import users
    from app.core.demo import seed_demo
    from app.startup import open_app
    from db.connection import close_database

    path = tmp_path_factory.mktemp("bank-demo") / "kaiban.db"
    hasher = users._hasher
    users._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    try:
        ctx = open_app(f"sqlite:///{path}", backup=False)
        seed_demo(ctx.host, ctx.graph, cases=24)
        ctx.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
    finally:
        users._hasher = hasher
    return path
