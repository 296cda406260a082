"""Fixtures of the tax office's tests: databases with the demo's people, Qt helpers of the UI tests."""
from __future__ import annotations

import pytest
from case_helpers import seed_people

from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401 - fixtures

from .helpers import add_second_office


@pytest.fixture
def tax(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations and users,
    and a second tax office."""
    seed_people(ctx)
    add_second_office()
    return ctx


@pytest.fixture
def tax_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    add_second_office()
    return sqlite_ctx
