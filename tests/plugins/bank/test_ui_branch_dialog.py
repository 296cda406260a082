"""The bank's place in the main window: the case view's tab, the branch dialog from the menu (a
supervisor edits their branch, checked field by field before anything is saved)."""
from __future__ import annotations

from app.core.models import Organisation, Step
from app.ui.case_view import CaseView
from app.ui.shell import MainWindow
from plugins.bank.models import BankBranch
from plugins.bank.ui.branch_dialog import BranchDialog


def make_window(qtbot, ctx, wait_ops) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    return window


def test_the_case_view_has_the_bank_tab_for_the_branchs_staff(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_clerk")
    icbc = Organisation.get(Organisation.code == "bank-icbc-gx").id
    step = Step.select().where((Step.step_type == "bank_account") & (Step.organisation == icbc)).first()
    view = CaseView(ctx, step.case_id)
    qtbot.addWidget(view)
    wait_ops()
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "银行开户" in titles and not view.panel_errors
    window = make_window(qtbot, ctx, wait_ops)
    assert "bank.todo" in window.queue_items and window.current_queue_view().model.rowCount() > 0


def test_a_supervisor_maintains_the_branch_from_the_menu(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_chief")
    window = make_window(qtbot, ctx, wait_ops)
    action = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                  if a.text() == "网点信息维护…")
    action.trigger()
    wait_ops()
    dialog = window.findChild(BranchDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.branch_box.count() == 1 and not dialog.branch_box.isEnabled()  # their own branch only
    assert (dialog.bank_name.currentText(), dialog.bank_code.text(), dialog.account_lengths.text()) == (
        "中国工商银行", "102659000236", "19")

    dialog.bank_code.setText("105659000236")
    dialog.account_lengths.setText("十九")
    dialog.save_button.click()
    wait_ops()
    assert "中国建设银行的行别代码" in dialog.field_errors["bank_code"].text()
    assert not dialog.field_errors["account_lengths"].isHidden()
    icbc = Organisation.get(Organisation.code == "bank-icbc-gx").id
    assert BankBranch.get(BankBranch.organisation == icbc).bank_code == "102659000236"  # nothing saved

    dialog.bank_code.setText("102659000236")
    dialog.account_lengths.setText("19, 20")
    dialog.phone.setText("0816-2539111")
    dialog.save_button.click()
    wait_ops()
    assert dialog.status_label.text() == "已保存" and dialog.field_errors["bank_code"].isHidden()
    assert BankBranch.get(BankBranch.organisation == icbc).account_lengths == "19,20"
    assert Organisation.get_by_id(icbc).phone == "0816-2539111"
    assert "陈静" in dialog.updated_label.text()


def test_an_administrator_chooses_among_every_branch(qtbot, sign_in, wait_ops):
    dialog = BranchDialog(sign_in("admin"))
    qtbot.addWidget(dialog)
    wait_ops()
    assert dialog.branch_box.count() == 3 and dialog.branch_box.isEnabled()
    dialog.branch_box.setCurrentIndex(dialog.branch_box.findText("绵阳市商业银行科技城支行"))
    assert dialog.bank_code.text() == "313659000027" and dialog.account_lengths.text() == "17"


def test_a_clerk_has_no_branch_menu(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("bank_clerk"), wait_ops)
    assert not [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                if a.text() == "网点信息维护…"]
