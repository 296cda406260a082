"""从入驻企业带入…: the wizard starts an intake from a record another plugin offers through
``kaiban_intake_sources`` (the demo incubators' hosted firms): the form and the address type are
filled, the address proof is received with the hosting agreement as its note, and the case records
where it came from. Without a source the button is not there."""
from __future__ import annotations

from PyQt6 import sip
from PyQt6.QtWidgets import QWizard

from app.core.models import Case, Enterprise, Material, MaterialState
from plugins.registration.ui import wizard as wizard_module
from plugins.registration.ui.intake_sources import PREFILL_ROLE, IntakeSourceDialog
from plugins.registration.ui.wizard import FORM, MATERIALS, IntakeWizard

from .helpers import click, make_window, menu_action, next_page


def open_wizard(qtbot, ctx, wait_ops) -> IntakeWizard:
    window = make_window(qtbot, ctx, wait_ops)
    menu_action(window, "新办件受理（智能引导）…").trigger()
    return window.findChild(IntakeWizard)


def test_an_intake_starts_from_a_hosted_firm(qtbot, sign_in, wait_ops):
    wizard = open_wizard(qtbot, sign_in("clerk"), wait_ops)
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible() and button.text() == "从入驻企业带入…"
    click(qtbot, button)
    dialog = wizard.findChild(IntakeSourceDialog)
    wait_ops()
    assert dialog.results.count() > 1
    dialog.search.setText("科技城")  # the incubator's name
    dialog.run_search()
    wait_ops()
    prefill = dialog.results.item(0).data(PREFILL_ROLE)
    assert "科技城创新孵化中心" in prefill.label and dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    assert sip.isdeleted(dialog) or not dialog.isVisible()

    questions = wizard.questions_page.questions
    assert questions.address_type() == "incubator"
    assert "已带入" in wizard.questions_page.note.text()
    questions.company_type.setCurrentIndex(questions.company_type.findData("limited_company"))
    questions.employees.no.setChecked(True)
    questions.invoices.no.setChecked(True)
    questions.industries.add("6513")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == FORM
    form = wizard.form_page.form
    assert form.company_name.text() == prefill.enterprise_name
    assert form.address.text() == prefill.address and "工位号" in form.address.text()
    assert (form.legal_id.text(), form.contact_name.text()) == (prefill.legal_representative_id,
                                                                prefill.legal_representative_name)
    qtbot.keyClicks(form.capital, "100000")
    holder = form.shareholders.rows[0]
    holder.name.setText(prefill.legal_representative_name)
    holder.id_number.setText(prefill.legal_representative_id)
    next_page(qtbot, wizard)
    assert wizard.currentId() == MATERIALS
    proof = wizard.materials_page.materials.rows["address_proof"]
    note = f"托管协议（科技城创新孵化中心，工位号 {prefill.data['seat']}）"
    assert proof.received.isChecked() and proof.note.text() == f"已收取：{note}"
    click(qtbot, wizard.materials_page.materials.all_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    wait_ops()

    case = Case.get(Case.enterprise == Enterprise.get(Enterprise.name == prefill.enterprise_name))
    assert case.data["intake_source"] == {"source": "incubator.hosted_firms", "ref": prefill.ref}
    assert case.data["material_notes"] == {"address_proof": note}
    assert case.data["intake"]["address_type"] == "incubator"
    assert Material.get((Material.case == case.id) & (Material.code == "address_proof")).state == MaterialState.RECEIVED


def test_no_source_no_button(qtbot, sign_in, wait_ops, monkeypatch):
    monkeypatch.setattr(wizard_module, "intake_sources", lambda host, user: [])
    wizard = open_wizard(qtbot, sign_in("clerk"), wait_ops)
    assert not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    assert wizard.prefill is None
