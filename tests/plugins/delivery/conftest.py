"""Fixtures of the delivery plugin's tests: the same contexts as the ratings plugin's tests (the demo's
people, no cases; SQLite and PostgreSQL, or SQLite only) and a signed-in SQLite context for the
widgets."""
from __future__ import annotations

from tests.plugins.ratings.conftest import sign_in, world, world_sqlite  # noqa: F401 - shared fixtures
from tests.ui.conftest import _no_live_updates, _no_message_boxes_left, wait_ops  # noqa: F401 - UI fixtures
