"""Fixtures of the social insurance bureau's tests; the UI tests use the fixtures of tests/ui."""
from __future__ import annotations

import pytest
from case_helpers import seed_people

from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401 - for the form


@pytest.fixture
def si(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations and users."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def si_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx
