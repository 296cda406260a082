"""Switched off, the bank plugin takes nothing else down: the graph, the other departments' work and
the main window go on without it, and its tables stay."""
from __future__ import annotations

from case_helpers import new_case, seed_people, step, user, walk_to_departments, work

from app.cli import main
from app.core.models import Case, CaseState
from app.plugins import PluginState
from app.startup import open_app


def test_the_application_works_without_the_bank_plugin(sqlite_url, tmp_path, fast_hash, qtbot):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)  # the branches and their staff exist, and stay when the plugin is off
    assert main(["--db", sqlite_url, "plugins", "disable", "bank"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["bank"].state == PluginState.DISABLED
    assert "bank_account" not in ctx.graph.steps and {"seal", "tax_registration"} <= set(ctx.graph.steps)
    assert "bank_branch" in ctx.db.get_tables()

    case = new_case(ctx)
    walk_to_departments(ctx, case)
    for step_type in [s for s in ("seal", "tax_registration", "social_insurance") if s in ctx.graph.steps]:
        holder = {"seal": "seal_clerk", "tax_registration": "tax_clerk", "social_insurance": "si_clerk"}[step_type]
        work(ctx, case, step_type, holder)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
    assert step(case, "seal").state == "done"

    from app.ui.shell import MainWindow

    ctx.user = user("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    reports = [spec.name for spec in ctx.host.call("kaiban_reports", user=ctx.user)]
    assert not any(name.startswith("bank.") for name in reports)
    assert "bank.todo" not in window.queue_items and "seal.todo" in window.queue_items
    ctx.user = user("bank_clerk")
    clerk_window = MainWindow(ctx)
    qtbot.addWidget(clerk_window)
    assert clerk_window.stack.currentWidget() is clerk_window.empty_page  # no queue, a friendly page
