"""Fixtures of the registration window's tests."""
from __future__ import annotations

import pytest
from case_helpers import seed_people


@pytest.fixture
def reg(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations and users."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def reg_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx
