"""Switched off, the delivery and ratings plugins take nothing else down: the departments' work and
the main window go on without them, and their tables stay."""
from __future__ import annotations

import datetime as dt

from case_helpers import seed_people, user

from app.cli import main
from app.plugins import PluginState
from app.startup import open_app
from tests.plugins.ratings.helpers import completed_case


def test_the_application_works_without_delivery_and_ratings(sqlite_url, tmp_path, fast_hash, qtbot):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)
    assert main(["--db", sqlite_url, "plugins", "disable", "delivery"]) == 0
    assert main(["--db", sqlite_url, "plugins", "disable", "ratings"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["delivery"].state == PluginState.DISABLED
    assert ctx.host.records["ratings"].state == PluginState.DISABLED
    assert {"delivery_item", "ratings_rating"} <= set(ctx.db.get_tables())
    completed_case(ctx)  # every department still works a case to the end

    from app.ui.shell import MainWindow

    ctx.user = user("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not any(key.startswith(("delivery.", "ratings.")) for key in window.screen_items)
    reports = [spec.name for spec in ctx.host.call("kaiban_reports", user=ctx.user)]
    assert "delivery.items" not in reports and "ratings.satisfaction" not in reports and reports
    figures = ctx.host.call("kaiban_period_figures", date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31),
                            user=None)
    assert not any(f.key.startswith(("delivery.", "ratings.")) for f in figures)
