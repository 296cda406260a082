"""The company master-data dialog, the main window's seal entries, and the shell without the plugin."""
from __future__ import annotations

from decimal import Decimal

from case_helpers import seed_people
from PyQt6.QtCore import Qt

from app.cli import main
from app.core.models import Organisation
from app.startup import open_app
from plugins.seal.models import SealCompany
from plugins.seal.ui.actions import open_company_dialog
from plugins.seal.ui.company_dialog import CompanyDialog
from tests.ui.test_ui_shell import make_window

from .conftest import sign_in


def huaxin_price() -> Decimal:
    org = Organisation.get(Organisation.code == "seal-huaxin")
    return Decimal(SealCompany.get(SealCompany.organisation == org.id).unit_price).quantize(Decimal("0.01"))


def menu_titles(win) -> dict[str, list[str]]:
    return {a.text(): [x.text() for x in a.menu().actions() if x.text()] for a in win.menuBar().actions() if a.menu()}


def nav_keys(win) -> list[str]:
    keys = []
    for i in range(win.nav.topLevelItemCount()):
        group = win.nav.topLevelItem(i)
        keys += [group.child(j).data(0, Qt.ItemDataRole.UserRole + 2) for j in range(group.childCount())]
    return keys


def test_the_supervisor_edits_the_companys_master_data(qtbot, seal_ui, wait_ops):
    ctx, _case = seal_ui
    dialog = CompanyDialog(sign_in(ctx, "seal_chief"))
    qtbot.addWidget(dialog)
    wait_ops()
    assert dialog.company_box.count() == 1 and not dialog.company_box.isEnabled()  # only their own company
    assert (dialog.price_edit.text(), dialog.phone_label.text()) == ("240.00", "0816-2531001")
    dialog.price_edit.setText("2,400")
    dialog.hours_edit.setText("全天营业")
    dialog.save_button.click()
    wait_ops()
    assert dialog.errors["unit_price"].text() == "单价应为金额，最多两位小数，如 240.00"
    assert "须包含时段" in dialog.errors["opening_hours"].text()
    assert huaxin_price() == Decimal("240.00")  # nothing saved
    dialog.price_edit.setText("255.5")
    dialog.hours_edit.setText("周一至周五 08:30-17:30")
    dialog.save_button.click()
    wait_ops()
    assert huaxin_price() == Decimal("255.50") and dialog.errors["unit_price"].isHidden()
    assert dialog.status_label.text().startswith("已保存。最后修改：") and "孙国强" in dialog.status_label.text()


def test_an_administrator_chooses_the_company_and_a_clerk_has_none(qtbot, seal_ui, wait_ops):
    ctx, _case = seal_ui
    dialog = CompanyDialog(sign_in(ctx, "admin"))
    qtbot.addWidget(dialog)
    wait_ops()
    assert dialog.company_box.count() == 3 and dialog.company_box.isEnabled()
    dialog.company_box.setCurrentIndex(dialog.company_box.findText("金城刻章服务部"))
    wait_ops()
    assert dialog.price_edit.text() == "220.00"
    clerk = CompanyDialog(sign_in(ctx, "seal_clerk"))
    qtbot.addWidget(clerk)
    wait_ops()
    assert clerk.error_label.text() == "您没有可维护的刻章企业" and not clerk.save_button.isEnabled()


def test_the_main_window_offers_the_seal_queue_reports_and_menu(qtbot, seal_ui, wait_ops):
    ctx, _case = seal_ui
    chief = make_window(qtbot, sign_in(ctx, "seal_chief"), wait_ops)
    assert [k for k in nav_keys(chief) if k.startswith("seal.")] == ["seal.todo", "seal.daily_engraving",
                                                                     "seal.subsidy_statement"]
    assert not [k for k in nav_keys(chief) if k.startswith(("bank.", "tax.", "registration."))]
    assert menu_titles(chief)["刻章"] == ["刻章企业信息…"]
    assert chief.show_queue("seal.todo").spec.key == "seal.todo"  # a supervisor starts on the dashboard
    dialog = open_company_dialog(chief)
    wait_ops()
    assert dialog.isVisible() and dialog.company_box.currentText() == "绵阳华信印章有限公司"
    dialog.close()
    clerk = make_window(qtbot, sign_in(ctx, "seal_clerk"), wait_ops)
    assert "刻章" not in menu_titles(clerk)


def test_the_shell_works_with_the_plugin_disabled(qtbot, sqlite_url, tmp_path, wait_ops, fast_hash):
    seed_people(open_app(sqlite_url, backup_to=tmp_path / "b"))
    assert main(["--db", sqlite_url, "plugins", "disable", "seal"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seal = make_window(qtbot, sign_in(ctx, "seal_clerk"), wait_ops)
    assert not [k for k in nav_keys(seal) if k.startswith("seal.")] and seal.stack.currentWidget() is seal.empty_page
    clerk = make_window(qtbot, sign_in(ctx, "clerk"), wait_ops)
    assert "registration.review" in nav_keys(clerk) and not [k for k in nav_keys(clerk) if k.startswith("seal.")]
    bank = make_window(qtbot, sign_in(ctx, "bank_clerk"), wait_ops)
    assert any(k.startswith("bank.") for k in nav_keys(bank))
    assert not [name for name in ctx.host.records if ctx.host.records[name].state == "failed"]
