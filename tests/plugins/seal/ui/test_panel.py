"""The seal form with pytest-qt: claim, field errors, the seal table, hand-over, completion and
the completion notice."""
from __future__ import annotations

from case_helpers import step
from PyQt6.QtCore import Qt
from reports.pdf_inspect import assert_contains

from app.core.models import Step, StepState
from app.ui.case_view import CaseView
from plugins.seal.models import SealOrder
from plugins.seal.ui.panel import SealPanel
from plugins.seal.ui.seal_table import choices

from ..helpers import filing
from .conftest import sign_in

FILING = 6  # the filing number's column


def make_panel(qtbot, ctx, case, wait_ops) -> SealPanel:
    panel = SealPanel(ctx, case.id)
    qtbot.addWidget(panel)
    panel.resize(1100, 750)
    panel.show()
    wait_ops()
    return panel


def cell(panel, row: int, column: int):
    return panel.seal_editor.model.index(row, column)


def error_of(panel, key: str) -> str:
    label = panel._field_errors[key]
    return "" if label.isHidden() else label.text()


def test_a_case_goes_from_claim_to_completion_notice(qtbot, seal_ui, wait_ops, tmp_path, monkeypatch):
    ctx, case = seal_ui
    panel = make_panel(qtbot, sign_in(ctx, "seal_clerk"), case, wait_ops)
    model = panel.seal_editor.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["公章", "财务专用章", "发票专用章",
                                                                          "合同专用章"]
    assert "绵阳华信印章有限公司" in panel.company_label.text() and panel.price_label.text() == "240.00 元/套"
    assert not model.flags(cell(panel, 0, FILING)) & Qt.ItemFlag.ItemIsEditable  # ready: claim first
    assert not panel.is_dirty()  # the pre-filled free set is not an edit

    panel.claim_button.click()
    wait_ops()
    assert panel.view.state == StepState.CLAIMED and panel.portrait_check.isEnabled()
    assert model.flags(cell(panel, 0, FILING)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(cell(panel, 0, 5)) & Qt.ItemFlag.ItemIsEditable  # a free seal has no price

    panel.complete_button.click()  # nothing filled in: refused at the fields, nothing done
    wait_ops()
    assert "第 1 行（公章）：请填写公安备案号" in error_of(panel, "seals")
    assert model.problem(3, "filing_no") == "请填写公安备案号"
    assert cell(panel, 3, FILING).data(Qt.ItemDataRole.ToolTipRole) == "请填写公安备案号"
    assert "人像采集" in error_of(panel, "portrait_captured")
    assert "请选择交付方式" in error_of(panel, "handover.method")
    assert Step.get_by_id(panel.view.id).state == StepState.CLAIMED

    for row in range(4):
        model.setData(cell(panel, row, FILING), filing(row + 1))
    model.setData(cell(panel, 2, FILING), "5107031")  # too short: marked while typing, refused on save
    assert "13 位数字" in model.problem(2, "filing_no")
    panel.save_button.click()
    wait_ops()
    assert "第 3 行（发票专用章）：备案号应为 13 位数字" in error_of(panel, "seals")
    assert Step.get_by_id(panel.view.id).data == {}

    model.setData(cell(panel, 2, FILING), filing(3))
    panel.portrait_check.setChecked(True)
    panel.method_buttons["pickup"].click()
    assert panel.handover_form.isRowVisible(panel.handover_edits["recipient_id_last4"].parentWidget())
    assert not panel.handover_form.isRowVisible(panel.handover_edits["waybill_no"].parentWidget())
    panel.handover_edits["recipient_name"].setText("张三")
    panel.handover_edits["recipient_id_last4"].setText("123x")
    assert panel.is_dirty()
    panel.complete_button.click()
    wait_ops()
    done = Step.get_by_id(panel.view.id)
    assert done.state == StepState.DONE and done.data["handover"]["recipient_id_last4"] == "123X"
    order = SealOrder.get(SealOrder.step == done.id)
    assert (order.method, order.recipient_name) == ("pickup", "张三")
    assert panel.view.state == StepState.DONE and not panel.portrait_check.isEnabled()
    assert not model.flags(cell(panel, 0, FILING)) & Qt.ItemFlag.ItemIsEditable

    assert panel.notice_button.isEnabled()
    out = tmp_path / "notice.pdf"
    monkeypatch.setattr(panel, "choose_notice_path", lambda: out)
    panel.notice_button.click()
    wait_ops()
    assert panel.notice_path == out
    assert_contains(out, "印章刻制办结通知书", case.number, filing(1), filing(4), "现场领取：张三")


def test_the_seal_table_keeps_each_row_consistent(qtbot, seal_ui, wait_ops):
    ctx, case = seal_ui
    panel = make_panel(qtbot, sign_in(ctx, "seal_clerk"), case, wait_ops)
    panel.claim_button.click()
    wait_ops()
    editor, model = panel.seal_editor, panel.seal_editor.model
    rows = model.rows()
    assert choices(rows[2], "shape") == [("oval", "椭圆形")]  # the invoice seal
    assert choices(rows[2], "size") == [("40x30", "40×30 mm")]
    assert [code for code, _ in choices(rows[1], "shape")] == ["round", "square"]
    model.setData(cell(panel, 1, 1), "round")  # the finance seal turns round: a round size is chosen
    assert model.rows()[1]["size"] == "38"
    assert [editor.kind_box.itemData(i) for i in range(editor.kind_box.count())] == ["legal_rep"]
    editor.add_button.click()
    assert model.rowCount() == 5 and model.rows()[4]["paid_by"] == "applicant"
    assert choices(model.rows()[4], "paid_by") == [("applicant", "申请人自费")]
    assert model.flags(cell(panel, 4, 5)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.add_button.isEnabled()  # every kind is in the set
    model.setData(cell(panel, 0, 4), "applicant")
    model.setData(cell(panel, 0, 5), "150")
    model.setData(cell(panel, 0, 4), "government")  # back to free: the price goes
    assert model.rows()[0]["price"] == "" and cell(panel, 0, 5).data() == "免费"
    editor.view.selectRow(4)
    editor.remove_button.click()
    assert model.rowCount() == 4 and editor.add_button.isEnabled()
    editor.reset_button.click()
    assert model.rows()[1]["shape"] == "square"
    # the combo box editor offers the row's allowed values only
    view = editor.view
    view.setCurrentIndex(cell(panel, 2, 1))
    view.edit(cell(panel, 2, 1))
    combo = view.indexWidget(cell(panel, 2, 1)) or view.focusWidget()
    assert [combo.itemData(i) for i in range(combo.count())] == ["oval"]


def test_mail_asks_for_the_courier_and_address(qtbot, seal_ui, wait_ops):
    ctx, case = seal_ui
    panel = make_panel(qtbot, sign_in(ctx, "seal_clerk"), case, wait_ops)
    panel.claim_button.click()
    wait_ops()
    panel.method_buttons["mail"].click()
    form = panel.handover_form
    assert form.labelForField(panel.handover_edits["recipient_name"].parentWidget()).text() == "收件人姓名"
    assert form.isRowVisible(panel.handover_edits["address"].parentWidget())
    assert not form.isRowVisible(panel.handover_edits["recipient_id_last4"].parentWidget())
    panel.handover_edits["recipient_id_last4"].setText("1234")  # typed before switching: not sent
    panel.handover_edits["waybill_no"].setText("sf123")
    panel.save_button.click()
    wait_ops()
    assert error_of(panel, "handover.waybill_no") == ""  # no carrier chosen yet: nothing to check against
    carrier = panel.handover_edits["carrier"]
    carrier.setCurrentIndex(carrier.findData("sf"))
    panel.save_button.click()
    wait_ops()
    assert error_of(panel, "handover.waybill_no") == "顺丰运单号应为 SF 加 13 位数字"
    assert panel.handover_edits["waybill_no"].property("invalid") is True
    panel.handover_edits["waybill_no"].setText("sf1234567890123")
    panel.save_button.click()
    wait_ops()
    handover = Step.get_by_id(panel.view.id).data["handover"]
    assert handover == {"method": "mail", "carrier": "sf", "waybill_no": "SF1234567890123"}


def test_the_case_view_offers_the_form_to_the_chosen_company_only(qtbot, seal_ui, wait_ops):
    ctx, case = seal_ui
    view = CaseView(sign_in(ctx, "seal_clerk"), case.id)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[-1] == "刻章办理"
    assert isinstance(view.tabs.widget(len(titles) - 1), SealPanel)
    other = make_panel(qtbot, sign_in(ctx, "seal_clerk2"), case, wait_ops)  # 金城 was not chosen
    assert other.view is None and "没有由您所在机构办理" in other.status_label.text()
    assert not other.claim_button.isEnabled() and not other.seal_editor.add_button.isEnabled()
    assert step(case, "seal").state == StepState.READY


def test_the_portrait_capture_is_booked_from_the_form(qtbot, seal_ui, wait_ops):
    from app.core.models import Organisation, SmsOutbox
    from app.ui.dialogs.appointments import AppointmentDialog

    ctx, case = seal_ui
    panel = make_panel(qtbot, sign_in(ctx, "seal_clerk"), case, wait_ops)
    assert panel.booking_label.text() == "尚未预约人像采集" and panel.book_button.isEnabled()
    panel.book_button.click()
    dialog = panel.findChild(AppointmentDialog)
    wait_ops()
    huaxin = Organisation.get(Organisation.code == "seal-huaxin").id
    assert list(dialog.book_buttons) == [huaxin]  # point to point: only the chosen company
    dialog.book_buttons[huaxin].click()
    wait_ops()
    dialog.reject()
    wait_ops()
    assert panel.booking_label.text().startswith("已预约 ")
    assert SmsOutbox.select().where((SmsOutbox.case == case.id) & (SmsOutbox.template == "appointment_booked")).exists()
