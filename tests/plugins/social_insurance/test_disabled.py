"""With the plugin disabled the shell starts, the other departments work and a new case completes
without a social insurance step; enabled again, its tables and records are still there."""
from __future__ import annotations

import datetime as dt

from case_helpers import new_case, step, user, walk_to_departments, work
from PyQt6.QtCore import Qt

from app.core.models import Case, CaseState, Step
from app.core.settings import set_plugin_enabled
from app.plugins import PluginState
from app.startup import open_app
from app.ui.case_view import CaseView
from app.ui.shell import MainWindow
from db.connection import close_database
from plugins.social_insurance.models import Employer

from .helpers import register, valid_data


def _nav_keys(window) -> set[str]:
    keys = set()
    for i in range(window.nav.topLevelItemCount()):
        group = window.nav.topLevelItem(i)
        keys |= {group.child(j).data(0, Qt.ItemDataRole.UserRole + 2) for j in range(group.childCount())}
    return keys


def test_disabling_the_plugin_leaves_the_shell_and_the_others_working(si_sqlite, qtbot, wait_ops):
    old_case = register(si_sqlite, valid_data(), name="绵阳参保在先科技有限公司").case_id
    registered = Employer.select().count()
    set_plugin_enabled("social_insurance", False)
    url = si_sqlite.url
    close_database()
    ctx = open_app(url, backup=False)
    assert ctx.host.records["social_insurance"].state == PluginState.DISABLED
    assert "social_insurance" not in ctx.graph.steps
    assert not [s for s in ctx.host.call("kaiban_reports", user=None) if s.name.startswith("social_insurance.")]

    at = dt.datetime(2026, 3, 2, 9, 0)  # a working morning
    case = new_case(ctx, "绵阳停用测试科技有限公司", at=at)
    walk_to_departments(ctx, case, at=at)
    for step_type, username in (("seal", "seal_clerk"), ("bank_account", "bank_clerk"),
                                ("tax_registration", "tax_clerk")):
        work(ctx, case, step_type, username, at=at + dt.timedelta(minutes=30))
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
    assert not Step.select().where((Step.case == case.id) & (Step.step_type == "social_insurance")).exists()

    for username, expected in (("tax_clerk", {"tax.todo"}), ("si_clerk", set())):
        ctx.user = user(username)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        wait_ops()
        assert expected <= _nav_keys(window) and not any(k.startswith("social_insurance") for k in _nav_keys(window))
    ctx.user = user("admin")
    view = CaseView(ctx, old_case)  # a case with a step of the disabled type still opens
    qtbot.addWidget(view)
    wait_ops()

    set_plugin_enabled("social_insurance", True)
    close_database()
    ctx = open_app(url, backup=False)
    assert ctx.host.records["social_insurance"].state == PluginState.ACTIVE
    assert Employer.select().count() == registered and step(Case.get_by_id(old_case), "social_insurance")
