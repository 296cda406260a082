"""Switching the incubator plugin off leaves the shell and the other departments working: no menu,
no reports, no intake source, no prefill button; the window, the seal companies and the incubator
manager's own (now empty) shell still open. Its tables and rows stay."""
from __future__ import annotations

from PyQt6.QtWidgets import QWizard

from app.core.settings import set_plugin_enabled
from app.core.users import current_user, get_user
from app.startup import open_app
from app.ui.shell import MainWindow
from plugins.incubator.models import HostedFirm
from plugins.registration.ui.wizard import IntakeWizard


def shell(qtbot, ctx, username: str, wait_ops) -> MainWindow:
    ctx.user = current_user(get_user(username))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    return window


def menu_titles(window) -> list[str]:
    return [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]


def test_the_shell_works_without_the_incubator_plugin(qtbot, people_ctx, wait_ops, tmp_path):
    firms = HostedFirm.select().count()
    assert firms > 0
    set_plugin_enabled("incubator", False)
    ctx = open_app(people_ctx.url, backup_to=tmp_path / "backups")
    assert ctx.host.records["incubator"].state == "disabled"
    assert HostedFirm.select().count() == firms  # the rows stay

    admin = shell(qtbot, ctx, "admin", wait_ops)
    assert "入驻企业名册…" not in menu_titles(admin)
    assert not [r for r in admin.reports if r.name.startswith("incubator.")]
    assert {"registration.review", "seal.todo"} <= set(admin.queue_items)

    clerk = shell(qtbot, ctx, "clerk", wait_ops)
    assert ctx.host.call("kaiban_intake_sources", user=ctx.user) == []
    next(a for m in clerk.menuBar().actions() if m.menu() for a in m.menu().actions()
         if a.text() == "新办件受理（智能引导）…").trigger()
    wizard = clerk.findChild(IntakeWizard)
    assert wizard.isVisible() and not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    wizard.reject()

    seal = shell(qtbot, ctx, "seal_clerk", wait_ops)
    assert "seal.todo" in seal.queue_items
    manager = shell(qtbot, ctx, "inc_manager", wait_ops)
    assert manager.stack.currentWidget() is manager.empty_page and "入驻企业名册…" not in menu_titles(manager)
