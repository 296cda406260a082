"""Switching the supervision plugin off leaves the shell and the departments working; its tables and
rows stay in the database."""
from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt

from app.cli import main
from app.core.models import Case, CaseState
from app.core.users import current_user, get_user
from app.startup import open_app
from case_helpers import new_case, seed_people, walk_to_departments, work
from plugins.supervision.escalation import escalate
from plugins.supervision.models import Alert

from .helpers import LATER, T0, overdue_review


def test_the_app_works_without_the_supervision_plugin(qtbot, sqlite_url, tmp_path, fast_hash, wait_ops):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)
    overdue_review(ctx)
    escalate(graph=ctx.graph, at=LATER)  # an alert made before it was switched off
    assert main(["--db", sqlite_url, "plugins", "disable", "supervision"]) == 0

    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["supervision"].state == "disabled"
    admin = current_user(get_user("admin"))
    assert not [s for s in ctx.host.call("kaiban_screens", user=admin) if s.key.startswith("supervision")]
    assert not [r for r in ctx.host.call("kaiban_reports", user=None) if r.name.startswith("supervision")]
    assert not [t for t in ctx.host.call("kaiban_background_tasks") if t.key.startswith("supervision")]
    with pytest.raises(SystemExit):  # the command is gone with it
        main(["--db", sqlite_url, "supervision", "escalate"])
    assert Alert.select().count() == 1  # kept

    case = new_case(ctx, "绵阳无监察插件有限公司", at=T0)
    walk_to_departments(ctx, case, at=T0)
    for step_type, worker in (("seal", "seal_clerk"), ("bank_account", "bank_clerk"), ("tax_registration", "tax_clerk"),
                              ("social_insurance", "si_clerk")):
        work(ctx, case, step_type, worker, at=T0)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE

    from app.ui.shell import MainWindow

    ctx.user = admin
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    keys = [window.nav.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole + 2)
            for i in range(window.nav.topLevelItemCount()) for j in range(window.nav.topLevelItem(i).childCount())]
    assert "seal.todo" in keys and "supervision.watch" not in keys
    window.show_queue("seal.todo")
    wait_ops()
    assert window.current_queue_view().spec.key == "seal.todo"


def test_the_shell_shows_the_screen_when_enabled(qtbot, sign_in, wait_ops):
    from app.ui.shell import MainWindow
    from plugins.supervision.ui.screen import SupervisionScreen

    ctx = sign_in("msa_chief")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    screen = window.show_screen("supervision.watch")
    wait_ops()
    assert isinstance(screen, SupervisionScreen)
    window._steps_changed({1})  # live changes reach the screen
    assert screen.live_timer.isActive()
