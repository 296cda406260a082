"""Done means: a case goes from the guided intake wizard to an issued licence in the GUI — the wizard
(with the one-time notice and an attachment), the review in the case panel, the licence dialog; the
USCC is valid and the departments' steps are ready at the organisations the applicant chose."""
from __future__ import annotations

from PyQt6 import sip
from PyQt6.QtWidgets import QWizard
from stdnum.cn import uscc as stdnum_uscc

from app.core.models import Case, Enterprise, Material, MaterialState, Organisation, Step, StepState
from plugins.registration.models import Attachment
from plugins.registration.ui import materials as materials_ui
from plugins.registration.ui.licence_dialog import LicenceDialog
from plugins.registration.ui.window_panel import WindowPanel
from plugins.registration.ui.wizard import CHECKLIST, FORM, MATERIALS, QUESTIONS, IntakeWizard

from .helpers import (NAME, answer_questions, click, fill_form, make_window, menu_action, message_box, next_page,
                      pdf_text, press, save_to)

DEPARTMENT_STEPS = {"seal", "bank_account", "tax_registration", "social_insurance"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def closed(widget) -> bool:
    return sip.isdeleted(widget) or not widget.isVisible()


def open_wizard(window) -> IntakeWizard:
    action = menu_action(window, "新办件受理（智能引导）…")
    assert action is not None and action.shortcut().toString() == "Ctrl+N"
    action.trigger()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_from_the_wizard_to_an_issued_licence(qtbot, sign_in, wait_ops, monkeypatch, tmp_path):
    ctx = sign_in("clerk")
    window = make_window(qtbot, ctx, wait_ops)
    saved = save_to(monkeypatch, tmp_path)
    wizard = open_wizard(window)

    # 1. the questions: nothing goes on until every one is answered
    assert wizard.currentId() == QUESTIONS and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    answer_questions(wizard, industries=("6513", "6560"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, wizard)

    # 2. the checklist: each material once, with the departments reusing it; the notice as a PDF
    assert wizard.currentId() == CHECKLIST
    table = wizard.checklist_page.checklist.table
    rows = [[table.model().index(r, c).data() for c in range(5)] for r in range(table.model().rowCount())]
    names = [row[1] for row in rows]
    assert len(names) == len(set(names)) and "法定代表人身份证件" in names
    legal_id_row = rows[names.index("法定代表人身份证件")]
    assert "市场监督管理局" in legal_id_row[2] and "、" in legal_id_row[2]  # reused by several departments
    click(qtbot, wizard.checklist_page.checklist.print_button)
    wait_ops()
    notice = saved[-1]
    assert notice.name.startswith("一次性告知单_") and "一次性告知单" in pdf_text(notice)
    next_page(qtbot, wizard)

    # 3. the form: the scope comes from the industries; the name is checked while typing
    assert wizard.currentId() == FORM
    form = wizard.form_page.form
    assert form.scope.toPlainText() == "应用软件开发；信息技术咨询服务"
    fill_form(qtbot, wizard)
    qtbot.waitUntil(lambda: not form.errors.label("company_name").isVisible() and not form._name_timer.isActive())
    assert form.capital_hint.text() == "人民币伍拾万元整"
    assert form.shareholders.total_label.text() == "出资比例合计：100%"
    next_page(qtbot, wizard)

    # 4. the materials: all received, one with its scan
    assert wizard.currentId() == MATERIALS
    rows = wizard.materials_page.materials.rows
    scan = tmp_path / "章程扫描.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(materials_ui, "choose_attachment", lambda *_args: scan)
    click(qtbot, rows["articles"].attach_button)
    assert rows["articles"].received.isChecked()
    click(qtbot, wizard.materials_page.materials.all_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    wait_ops()
    assert closed(wizard)

    case = Case.get(Case.enterprise == Enterprise.get(Enterprise.name == NAME))
    assert case.channel == "window" and case.data["intake"]["industry_codes"] == ["6513", "6560"]
    assert {m.state for m in Material.select().where(Material.case == case.id)
            if m.code != "business_licence_copy"} == {MaterialState.RECEIVED}
    attachment = Attachment.get(Attachment.case == case.id)
    assert (attachment.material_code, attachment.mime) == ("articles", "image/png")
    review = Step.get((Step.case == case.id) & (Step.step_type == "intake_review"))
    assert review.state == StepState.READY

    # the receipt is offered at once
    box = message_box(case.number)
    press(box, "打印受理回执…")
    wait_ops()
    receipt = saved[-1]
    assert receipt.name == f"受理回执_{case.number}.pdf" and case.number in pdf_text(receipt)

    # 5. review: the case panel approves and shows the licence class and deadline
    view = window.open_case(case.id)
    wait_ops()
    panel = view.findChild(WindowPanel)
    assert view.tabs.currentWidget() is panel  # something to do: the panel comes forward
    assert panel.approve_button.isVisible() and not panel.licence_button.isVisible()
    click(qtbot, panel.approve_button)
    wait_ops()
    assert "许可类别：1 小时办结" in panel.result_label.text() and "发照时限" in panel.result_label.text()
    licence_step = Step.get((Step.case == case.id) & (Step.step_type == "business_licence"))
    assert licence_step.state == StepState.READY and licence_step.due_at is not None
    assert panel.licence_button.isVisible() and not panel.approve_button.isVisible()

    # 6. the licence: the applicant's seal company and bank branch, mail delivery, an appointment
    click(qtbot, panel.licence_button)
    dialog = panel.findChild(LicenceDialog)
    wait_ops()
    assert set(dialog.boxes) == {"seal", "bank"}
    seal = Organisation.get(Organisation.code == "seal-jincheng")
    bank = Organisation.get(Organisation.code == "bank-ccb-fc")
    dialog.boxes["seal"].choose(seal.id)
    assert seal.address in dialog.boxes["seal"].details.text()
    dialog.boxes["bank"].choose(bank.id)
    dialog.boxes["bank"].appointment.setChecked(True)
    dialog.mail.setChecked(True)
    assert dialog.recipient.text() == "张三" and dialog.mail_address.text() == "绵阳市高新区火炬路 18 号"
    click(qtbot, dialog.ok_button)
    wait_ops()
    assert closed(dialog)

    ent = Enterprise.get(Enterprise.name == NAME)
    assert ent.uscc and stdnum_uscc.is_valid(ent.uscc) and ent.uscc.startswith("91510703")
    steps = {s.step_type: s for s in Step.select().where(Step.case == case.id)}
    assert steps["business_licence"].state == StepState.DONE
    assert {steps[name].state for name in DEPARTMENT_STEPS} == {StepState.READY}
    assert steps["seal"].organisation_id == seal.id and steps["bank_account"].organisation_id == bank.id
    data = Case.get_by_id(case.id).data
    assert data["delivery"]["method"] == "mail" and "bank" in data["appointments"]

    box = message_box(ent.uscc)
    press(box, "打印营业执照…")
    wait_ops()
    licence = saved[-1]
    assert licence.name == f"营业执照_{ent.uscc}.pdf" and ent.uscc in pdf_text(licence)
    assert panel.print_licence_button.isVisible()


def test_the_wizard_and_the_panel_are_for_the_window_only(qtbot, sign_in, wait_ops):
    seal = make_window(qtbot, sign_in("seal_clerk"), wait_ops)
    assert menu_action(seal, "新办件受理（智能引导）…") is None
    case = Case.select().first()
    panels = seal.ctx.host.call("kaiban_case_panels", case_id=case.id, user=seal.user)
    assert not [p for p in panels if p.key.startswith("registration.")]  # the seal clerk gets only their own
    clerk = make_window(qtbot, sign_in("clerk"), wait_ops)
    titles = [a.text() for a in clerk.menuBar().actions()]
    assert titles.index("工具(&T)") < titles.index("受理") < titles.index("帮助(&H)")  # the plugins' menus
