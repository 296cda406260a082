"""The bank form on a demo case: claim, field errors (the branch's lengths, the second entry),
save, complete into an account record, the signing booking, the text and the printed notice."""
from __future__ import annotations

import pytest
from reports.pdf_inspect import assert_contains

from app.core.models import Organisation, SmsOutbox, Step, StepState
from plugins.bank.models import BankAccountRecord
from plugins.bank.ui import files
from plugins.bank.ui.actions import create_account_panel

NUMBER = "2308411109100054321"


def ready_step(branch: str = "bank-icbc-gx") -> Step:
    org = Organisation.get(Organisation.code == branch)
    step = (Step.select().where((Step.step_type == "bank_account") & (Step.state == StepState.READY)
                                & (Step.organisation == org.id)).order_by(Step.id).first())
    assert step is not None, "the demo data has a ready bank step at the branch"
    return step


@pytest.fixture
def panel_of(qtbot, wait_ops):
    def make(ctx, case_id):
        panel = create_account_panel(None, case_id, ctx)
        qtbot.addWidget(panel)
        panel.resize(1100, 750)
        panel.show()
        wait_ops()
        return panel

    return make


def fill(panel, number=NUMBER, confirm=NUMBER, result="passed", notes="") -> None:
    panel.signing_now_button.click()
    panel.diligence_box.setCurrentIndex(panel.diligence_box.findData(result))
    panel.notes_edit.setPlainText(notes)
    panel.number_edit.setText(number)
    panel.confirm_edit.setText(confirm)
    panel.opened_today_button.click()


def error(panel, key: str) -> str:
    label = panel._field_errors[key]
    return label.text() if not label.isHidden() else ""


def test_the_clerk_opens_the_account_from_the_form(sign_in, panel_of, wait_ops):
    ctx = sign_in("bank_clerk")
    step = ready_step()
    panel = panel_of(ctx, step.case_id)
    assert panel.view.id == step.id and not panel.number_edit.isEnabled()
    assert panel.facts["branch"].text() == "中国工商银行绵阳高新支行"
    assert panel.facts["rule"].text() == "工商银行账号为 19 位数字"
    assert "*" in panel.facts["legal"].text()  # the ID number stays masked
    panel.claim_button.click()
    wait_ops()
    assert panel.view.state == StepState.CLAIMED and panel.number_edit.isEnabled()
    assert not panel.is_dirty()  # an untouched form is no edit

    panel.complete_button.click()  # nothing filled in: every missing field says so
    wait_ops()
    assert "请填写开立的账号" in error(panel, "account_number") and "请选择尽职调查结论" in error(panel, "due_diligence")
    assert "请填写面签时间" in error(panel, "signing_at")

    fill(panel, number="2308 4111 0910 0054 3210", confirm="2308411109100054320")
    panel.save_button.click()
    wait_ops()
    assert "工商银行的账号应为 19 位数字，您输入了 20 位" in error(panel, "account_number")
    assert "两次输入的账号不一致" in error(panel, "account_number_confirm")
    assert not Step.get_by_id(step.id).data  # nothing saved

    fill(panel, number="2308 4111 0910 0054 321", confirm=NUMBER)
    panel.complete_button.click()
    wait_ops()
    done = Step.get_by_id(step.id)
    assert done.state == StepState.DONE and done.data["account_number"] == NUMBER
    record = BankAccountRecord.get(BankAccountRecord.step == step.id)
    assert record.account_number == NUMBER and record.due_diligence == "passed"
    assert panel.view.state == StepState.DONE and not panel.number_edit.isEnabled()
    assert panel.print_button.isEnabled() and panel.notify_button.isEnabled()


def test_a_refused_due_diligence_is_held_not_completed(sign_in, panel_of, wait_ops):
    ctx = sign_in("bank_clerk")
    step = ready_step()
    panel = panel_of(ctx, step.case_id)
    panel.claim_button.click()
    wait_ops()
    fill(panel, result="refused")
    panel.save_button.click()
    wait_ops()
    assert "须填写说明" in error(panel, "due_diligence_notes")
    fill(panel, result="refused", notes="无法核实实际经营场所，请申请人补充场所证明")
    panel.complete_button.click()
    wait_ops()
    assert "退回补正" in error(panel, "due_diligence")
    assert Step.get_by_id(step.id).state == StepState.CLAIMED
    assert not BankAccountRecord.select().where(BankAccountRecord.step == step.id).exists()


def test_the_signing_is_booked_and_the_applicant_texted(sign_in, panel_of, wait_ops, tmp_path, monkeypatch):
    ctx = sign_in("bank_clerk")
    step = ready_step()
    panel = panel_of(ctx, step.case_id)
    panel.claim_button.click()
    wait_ops()
    assert panel.slot_box.currentData() is not None and panel.book_button.isEnabled()
    slot_text = panel.slot_box.currentText()
    panel.book_button.click()
    wait_ops()
    assert panel.booking_label.text().startswith("已预约 ") and slot_text.split("（余")[0] in panel.booking_label.text()
    assert panel.cancel_booking_button.isEnabled() and not panel.book_button.isEnabled()
    assert SmsOutbox.select().where((SmsOutbox.case == step.case_id) & (SmsOutbox.template == "appointment_booked")
                                    ).exists()

    fill(panel)
    panel.notify_button.click()  # unsaved edits are saved first
    wait_ops()
    [text] = SmsOutbox.select().where((SmsOutbox.case == step.case_id) & (SmsOutbox.template == "bank.account_opened"))
    assert "2308***********4321" in text.text
    assert panel.texts_label.text().startswith("已于 ") and "共 1 次" in panel.texts_label.text()

    panel.complete_button.click()
    wait_ops()
    out = tmp_path / "notice.pdf"
    monkeypatch.setattr(files, "choose_pdf_path", lambda *_args: out)
    panel.print_button.click()
    wait_ops()
    assert_contains(out, "基本存款账户开户通知书", "2308411109100054321", "中国工商银行绵阳高新支行")


def test_another_branch_gets_nothing_to_work(sign_in, panel_of):
    ctx = sign_in("bank_clerk2")
    panel = panel_of(ctx, ready_step("bank-icbc-gx").case_id)
    assert panel.view is None and "没有由您所在机构办理" in panel.status_label.text()
    assert not panel.claim_button.isEnabled() and not panel.number_edit.isEnabled()
    assert not panel.book_button.isEnabled() and not panel.notify_button.isEnabled()
