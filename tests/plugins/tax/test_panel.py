"""The tax office's form on a case (pytest-qt, offscreen): claim, errors at the fields, confirm, print."""
from __future__ import annotations

import pytest
from PyQt6.QtWidgets import QFileDialog

from app.core.models import Enterprise, Step, StepState
from case_helpers import user
from plugins.tax import kaiban_case_panels
from plugins.tax.models import InvoiceGrant, TaxRegistration
from plugins.tax.ui.panel import TaxRegistrationPanel
from reports.pdf_inspect import compact, pdf_text

from .helpers import licensed_case, tax_step


@pytest.fixture
def case(tax_sqlite):
    tax_sqlite.user = user("tax_clerk")
    return licensed_case(tax_sqlite)


def open_panel(qtbot, ctx, case, wait_ops) -> TaxRegistrationPanel:
    panel = TaxRegistrationPanel(ctx, case.id)
    qtbot.addWidget(panel)
    panel.resize(1100, 750)
    panel.show()
    wait_ops()
    return panel


def error(panel, key: str) -> str:
    label = panel._field_errors[key]
    return label.text() if not label.isHidden() else ""


def test_claim_refuse_bad_input_confirm_and_print(qtbot, tax_sqlite, case, wait_ops, monkeypatch, tmp_path):
    panel = open_panel(qtbot, tax_sqlite, case, wait_ops)
    uscc = Enterprise.get_by_id(case.enterprise_id).uscc
    assert panel.view.state == StepState.READY and not panel.category.isEnabled()
    assert panel.taxpayer_id.text() == uscc and panel.company_type.text() == "有限责任公司"
    assert panel.legal_representative.text() == "张三"
    panel.claim_button.click()
    wait_ops()
    assert panel.view.state == StepState.CLAIMED and panel.category.isEnabled()
    assert panel.officer.text() == "吴敏" and panel.category.currentData() == "small_scale"
    assert panel.tax_types.codes() == ["vat", "income_tax", "iit_withholding", "urban_construction",
                                       "education_surcharge", "local_education_surcharge", "stamp"]
    assert panel.tax_types.boxes["income_tax"].text() == "企业所得税"
    assert panel.invoices["digital"].row() == {"kind": "digital", "quota": 100000}
    assert not panel.device_number.isEnabled()

    panel.invoices["vat_ordinary"].granted.setChecked(True)  # paper invoices: the UKey is asked for
    assert panel.device.currentData() == "tax_ukey" and panel.device_number.isEnabled()
    panel.device_number.setText("12ab")
    panel.finance_name.setText("李会计")
    panel.finance_id.setText("510703")
    panel.save_button.click()
    wait_ops()
    assert error(panel, "device_number") == "税务UKey编号应为 12 位数字"
    assert error(panel, "financial_officer.id_number") == "身份证号码应为 18 位，当前为 6 位"
    assert error(panel, "financial_officer.mobile") == "请填写手机号码"
    assert Step.get_by_id(panel.view.id).data == {}  # nothing saved

    panel.device_number.setText("537100012345")
    for field in (panel.finance_name, panel.finance_id):
        field.clear()
    panel.complete_button.click()
    wait_ops()
    assert error(panel, "checked") == "请核对营业执照和法定代表人身份信息后勾选"
    assert error(panel, "device_number") == ""
    assert tax_step(case).state == StepState.CLAIMED

    panel.checked.setChecked(True)
    assert not panel.notice_button.isEnabled()
    panel.complete_button.click()
    wait_ops()
    assert panel.view.state == StepState.DONE and not panel.category.isEnabled()
    row = TaxRegistration.get(TaxRegistration.step == panel.view.id)
    assert (row.taxpayer_id, row.device_number, row.officer_name) == (uscc, "537100012345", "吴敏")
    assert {g.kind: g.total_amount for g in InvoiceGrant.select()} == {"vat_ordinary": 250000, "digital": 100000}

    assert panel.notice_button.isEnabled()
    target = tmp_path / "税务登记办结通知书"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    panel.notice_button.click()
    wait_ops()
    assert panel.last_notice == target.with_suffix(".pdf")
    text = compact(pdf_text(panel.last_notice))
    assert f"纳税人识别号{uscc}" in text and "增值税普通发票2510,000元250,000元" in text


def test_category_brings_its_defaults_and_special_invoices(qtbot, tax_sqlite, case, wait_ops):
    panel = open_panel(qtbot, tax_sqlite, case, wait_ops)
    panel.claim_button.click()
    wait_ops()
    special = panel.invoices["vat_special"]
    assert not special.granted.isEnabled()
    panel.category.setCurrentIndex(panel.category.findData("general"))
    assert panel.invoices["digital"].row() == {"kind": "digital", "quota": 1000000}  # the general default
    assert special.granted.isEnabled()
    special.granted.setChecked(True)
    special.quantity.setValue(25)
    special.limit.setCurrentIndex(special.limit.findData(100000))
    assert special.row() == {"kind": "vat_special", "quantity": 25, "max_amount": 100000}
    panel.invoices["digital"].quota.setValue(300000)
    panel.category.setCurrentIndex(panel.category.findData("small_scale"))
    assert not special.granted.isChecked() and not special.granted.isEnabled()
    assert panel.invoices["digital"].row() == {"kind": "digital", "quota": 300000}  # changed by hand: kept


def test_refused_without_a_licence(qtbot, tax_sqlite, case, wait_ops):
    Enterprise.update(uscc=None).where(Enterprise.id == case.enterprise_id).execute()
    panel = open_panel(qtbot, tax_sqlite, case, wait_ops)
    assert "尚无统一社会信用代码" in panel.taxpayer_id.text()
    panel.claim_button.click()
    wait_ops()
    panel.checked.setChecked(True)
    panel.complete_button.click()
    wait_ops()
    assert "该企业尚无统一社会信用代码（营业执照未核发），不能办理税务登记" in panel.error_label.text()
    assert tax_step(case).state == StepState.CLAIMED and TaxRegistration.select().count() == 0


def test_other_offices_and_departments_get_no_form(qtbot, tax_sqlite, case, wait_ops):
    tax_sqlite.user = user("tax_clerk_yx")
    panel = open_panel(qtbot, tax_sqlite, case, wait_ops)
    assert panel.view is None and "本办件没有由您所在机构办理的该事项" in panel.status_label.text()
    assert not panel.claim_button.isEnabled() and not panel.notice_button.isEnabled()
    assert [s.key for s in kaiban_case_panels(case_id=case.id, user=user("tax_clerk"))] == ["tax.registration"]
    assert kaiban_case_panels(case_id=case.id, user=user("seal_clerk")) == []
    spec = kaiban_case_panels(case_id=case.id, user=user("tax_chief"))[0]
    tax_sqlite.user = user("tax_chief")
    made = spec.create(None, case.id, tax_sqlite)
    qtbot.addWidget(made)
    wait_ops()
    assert isinstance(made, TaxRegistrationPanel) and made.view.id == tax_step(case).id


def test_defaults_are_no_unsaved_edits_but_changes_are(qtbot, tax_sqlite, case, wait_ops):
    panel = open_panel(qtbot, tax_sqlite, case, wait_ops)
    panel.claim_button.click()
    wait_ops()
    assert Step.get_by_id(panel.view.id).data == {} and not panel.is_dirty()  # the defaults, not saved yet
    panel.officer.setText("郑伟")
    assert panel.is_dirty()
    panel.save_button.click()
    wait_ops()
    assert Step.get_by_id(panel.view.id).data["officer"] == "郑伟" and not panel.is_dirty()
