"""Nothing invalid is saved: each error appears at its field (red text under it, the field marked),
the wizard cannot go on or finish, and the service's own refusals come back to their fields."""
from __future__ import annotations

from PyQt6.QtWidgets import QWizard

from app.core.models import Enterprise
from plugins.registration.names import check_name
from plugins.registration.ui.wizard import FORM, MATERIALS, IntakeWizard

from .helpers import answer_questions, click, fill_form, make_window, menu_action, next_page, row_counts

BAD_ID = "510703198505171235"  # the right check digit is X


def wizard_on_form(qtbot, window) -> IntakeWizard:
    menu_action(window, "新办件受理（智能引导）…").trigger()
    wizard = window.findChild(IntakeWizard)
    answer_questions(wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == FORM
    return wizard


def test_invalid_fields_show_their_errors_and_nothing_is_saved(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("clerk"), wait_ops)
    before = row_counts()
    wizard = wizard_on_form(qtbot, window)
    form = wizard.form_page.form
    fill_form(qtbot, wizard, name="绵阳ABC有限公司", legal_id=BAD_ID)
    form.legal_mobile.setText("1381234")
    form.shareholders.rows[1].share.setText("30")
    assert form.shareholders.total_label.text() == "出资比例合计：90%（应为 100%）"

    next_page(qtbot, wizard)
    assert wizard.currentId() == FORM  # stays: nothing invalid goes on
    errors = form.errors
    for path, widget in (("company_name", form.company_name), ("legal_representative.id_number", form.legal_id),
                         ("legal_representative.mobile", form.legal_mobile)):
        label = errors.label(path)
        assert label.isVisibleTo(form) and label.text(), path
        assert widget.property("invalid") is True, path
    assert "汉字" in errors.label("company_name").text()
    assert not errors.label("registered_capital").isVisibleTo(form)
    assert form.shareholders.error.text() == "出资比例合计应为 100%，当前为 90%"
    assert row_counts() == before

    # corrected, the errors go away field by field
    form.company_name.setText("绵阳青禾智联科技有限公司")
    form.legal_id.setText(form.shareholders.rows[0].id_number.text())
    form.legal_mobile.setText("13812345678")
    form.shareholders.rows[1].share.setText("40")
    next_page(qtbot, wizard)
    assert wizard.currentId() == MATERIALS
    assert form.legal_id.property("invalid") is False

    # the materials: the wizard cannot finish with nothing ticked
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    wait_ops()
    row = wizard.materials_page.materials.rows["application_form"]
    assert wizard.isVisible() and "尚未收取" in row.error.text()
    assert row_counts() == before


def test_a_name_in_use_comes_back_to_the_name_field(qtbot, sign_in, wait_ops):
    taken = next(e.name for e in Enterprise.select().where(Enterprise.company_type == "limited_company")
                 if check_name(e.name, "limited_company") is None)
    window = make_window(qtbot, sign_in("clerk"), wait_ops)
    before = row_counts()
    wizard = wizard_on_form(qtbot, window)
    fill_form(qtbot, wizard, name=taken)
    next_page(qtbot, wizard)
    click(qtbot, wizard.materials_page.materials.all_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    wait_ops()
    assert wizard.isVisible() and wizard.currentId() == FORM  # back where the error is
    form = wizard.form_page.form
    assert form.errors.label("company_name").text() == f"企业名称“{taken}”已被使用"
    assert form.company_name.property("invalid") is True
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert row_counts() == before


def test_a_scan_that_is_not_a_pdf_or_image_is_refused_at_its_row(qtbot, sign_in, wait_ops, tmp_path):
    window = make_window(qtbot, sign_in("clerk"), wait_ops)
    wizard = wizard_on_form(qtbot, window)
    fill_form(qtbot, wizard)
    next_page(qtbot, wizard)
    row = wizard.materials_page.materials.rows["articles"]
    fake = tmp_path / "章程.pdf"
    fake.write_text("not a pdf at all")
    assert not row.set_attachment(fake)
    assert row.attachment is None and "PDF、JPEG 或 PNG" in row.error.text()
