"""Fixtures of the supervision tests: databases with the demo's people, the Qt helpers of the UI
tests, and one generated history shared by the statistics tests of a module."""
from __future__ import annotations

import pytest
from case_helpers import seed_people

from tests.ui.conftest import (  # noqa: F401 - fixtures
    _demo_template,
    _no_live_updates,
    _no_message_boxes_left,
    demo_ctx,
    sign_in,
    wait_ops,
)


@pytest.fixture
def sup(ctx, fast_hash):
    """An opened context (SQLite and PostgreSQL) with the demo's departments, organisations and users."""
    seed_people(ctx)
    return ctx


@pytest.fixture
def sup_sqlite(sqlite_ctx, fast_hash):
    """The same on SQLite only, for tests whose subject is not the database."""
    seed_people(sqlite_ctx)
    return sqlite_ctx
