"""Fixtures of the analytics tests: a generated history of a few thousand cases (SQLite, built once
per session), small histories on both databases, and the UI tests' demo context."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import seed_people
from history import generate_history

from tests.ui.conftest import _demo_template, _no_live_updates, _no_message_boxes_left, demo_ctx, sign_in, \
    wait_ops  # noqa: F401 - fixtures

HISTORY_START = dt.datetime(2026, 3, 2, 9, 0)
HISTORY_CASES = 2000
HISTORY_DAYS = 30


@pytest.fixture(scope="session")
def _history_db(tmp_path_factory):
    """A SQLite database with the demo's people and HISTORY_CASES generated cases, built once for
    the session in one transaction (the tests only read it)."""
    from argon2 import PasswordHasher

    from app.core import users
    from app.startup import open_app
    from db.connection import close_database

    path = tmp_path_factory.mktemp("history") / "kaiban.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KAIBAN_DATA_DIR", str(path.parent / "data"))
        mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        ctx = open_app(f"sqlite:///{path}", backup=False)
        seed_people(ctx)
        with ctx.db.atomic():
            history = generate_history(ctx, cases=HISTORY_CASES, start=HISTORY_START, days=HISTORY_DAYS, seed=11,
                                       open_share=0.15)
        close_database()
    return f"sqlite:///{path}", history


@pytest.fixture
def history_ctx(_history_db):
    """The generated history, opened for one test."""
    from app.startup import open_app
    from db.connection import close_database

    url, history = _history_db
    ctx = open_app(url, backup=False)
    ctx.history = history
    yield ctx
    close_database()


@pytest.fixture
def people(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations and users."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def people_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx
