"""Fixtures of the incubator tests."""
from __future__ import annotations

import pytest

from .helpers import make_park


@pytest.fixture
def park(ctx, fast_hash):
    """Two incubators with seats and every kind of user (SQLite and PostgreSQL)."""
    return make_park(ctx)


@pytest.fixture
def park_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    return make_park(sqlite_ctx)
