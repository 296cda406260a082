"""Switching the tax plugin off leaves the shell and the other departments working; its tables and
rows stay in the database."""
from __future__ import annotations

from PyQt6.QtCore import Qt

from app.cli import main
from app.core.models import Case, CaseState, Step
from app.core.users import current_user, get_user
from app.startup import open_app
from case_helpers import new_case, seed_people, walk_to_departments, work
from plugins.tax.models import TaxRegistration

from .helpers import T0, confirm, licensed_case


def test_the_app_works_without_the_tax_plugin(qtbot, sqlite_url, tmp_path, fast_hash, wait_ops):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)
    confirm(ctx, licensed_case(ctx, "绵阳登记在前有限公司"))  # a registration made before it was switched off
    assert main(["--db", sqlite_url, "plugins", "disable", "tax"]) == 0

    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["tax"].state == "disabled"
    assert "tax_registration" not in ctx.graph.steps and {"seal", "bank_account", "social_insurance"} <= set(
        ctx.graph.steps)
    admin = current_user(get_user("admin"))
    assert not [q for q in ctx.host.call("kaiban_queues", user=admin) if q.department == "tax"]
    assert not [r for r in ctx.host.call("kaiban_reports", user=None) if r.name.startswith("tax.")]
    assert TaxRegistration.select().count() == 1  # kept

    case = new_case(ctx, "绵阳无税务环节有限公司", at=T0)
    walk_to_departments(ctx, case, at=T0)
    assert not Step.select().where((Step.case == case.id) & (Step.step_type == "tax_registration")).exists()
    for step_type, worker in (("seal", "seal_clerk"), ("bank_account", "bank_clerk"),
                              ("social_insurance", "si_clerk")):
        work(ctx, case, step_type, worker, at=T0)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE

    from app.ui.shell import MainWindow

    ctx.user = admin
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    queues = [window.nav.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole + 2)
              for i in range(window.nav.topLevelItemCount()) for j in range(window.nav.topLevelItem(i).childCount())]
    assert "seal.todo" in queues and not [key for key in queues if key.startswith("tax.")]
    window.show_queue("seal.todo")
    wait_ops()
    assert window.current_queue_view().spec.key == "seal.todo"
