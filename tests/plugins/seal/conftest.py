"""Fixtures of the seal plugin's tests: an opened context with the demo's organisations and users."""
from __future__ import annotations

import pytest
from case_helpers import seed_people


@pytest.fixture
def seal_world(ctx, fast_hash):
    """SQLite and PostgreSQL: departments, organisations (with the seal companies' master data) and
    users, no cases."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def seal_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx
