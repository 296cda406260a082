"""Review in the case panel: 退回补正 needs its reasons; a returned case is corrected in its own form
(loaded from the database) and resubmitted into the review queue."""
from __future__ import annotations

from app.core.models import Case, CaseState, Step, StepState
from plugins.registration.intake import MaterialEntry, accept_case
from plugins.registration.materials import collected_items
from plugins.registration.ui.review_dialogs import ResubmitDialog, ReturnDialog
from plugins.registration.ui.window_panel import WindowPanel
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry

from .helpers import LEGAL_ID, click, make_window, row_counts


def accepted_case(ctx) -> Case:
    form = IntakeForm(company_name="绵阳青禾智联科技有限公司", company_type="limited_company",
                      registered_capital="500000", industry_codes=("6513",), business_scope="软件开发",
                      address="绵阳市高新区火炬路 18 号", area_code="510703", address_type="leased",
                      legal_representative=PersonEntry("张三", LEGAL_ID, "13812345678"),
                      contact=PersonEntry("李四", "", "13912345678"),
                      shareholders=[ShareholderEntry("张三", LEGAL_ID, "100")], has_employees=False,
                      needs_invoices=False)
    materials = [MaterialEntry(i.code) for i in collected_items(ctx.host, form.answers())]
    return accept_case(ctx, form, materials, user=ctx.user)


def review_step(case) -> Step:
    return Step.get((Step.case == case.id) & (Step.step_type == "intake_review"))


def test_return_with_reasons_then_resubmit(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    case = accepted_case(ctx)
    window = make_window(qtbot, ctx, wait_ops)
    view = window.open_case(case.id)
    wait_ops()
    panel = view.findChild(WindowPanel)
    assert panel.return_button.isVisible() and not panel.resubmit_button.isVisible()
    assert panel.class_label.text().startswith("预计 1 小时办结")

    click(qtbot, panel.return_button)
    dialog = panel.findChild(ReturnDialog)
    click(qtbot, dialog.ok_button)  # no reasons: refused at the field
    wait_ops()
    assert dialog.isVisible() and dialog.error.text() == "请填写退回补正的原因"
    assert review_step(case).state == StepState.READY
    dialog.reasons.setPlainText("经营范围表述不规范\n\n住所证明缺少产权人签字\n")
    click(qtbot, dialog.ok_button)
    wait_ops()
    assert Case.get_by_id(case.id).state == CaseState.RETURNED
    assert review_step(case).state == StepState.RETURNED
    assert panel.resubmit_button.isVisible() and not panel.approve_button.isVisible()
    assert panel.note_label.text() == "退回补正：经营范围表述不规范；住所证明缺少产权人签字"

    click(qtbot, panel.resubmit_button)
    resubmit = panel.findChild(ResubmitDialog)
    wait_ops()
    form = resubmit.form
    assert form.company_name.text() == "绵阳青禾智联科技有限公司" and form.legal_id.text() == LEGAL_ID
    assert resubmit.questions.answers().industry_codes == ("6513",)
    before = row_counts()
    form.scope.setPlainText("")  # an invalid correction is refused at its field, nothing written
    click(qtbot, resubmit.ok_button)
    wait_ops()
    assert resubmit.isVisible() and form.errors.label("business_scope").text() == "请填写经营范围"
    assert row_counts() == before and Case.get_by_id(case.id).state == CaseState.RETURNED

    form.scope.setPlainText("软件开发；信息技术咨询服务")
    click(qtbot, resubmit.ok_button)
    wait_ops()
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS
    assert Case.get_by_id(case.id).enterprise.business_scope == "软件开发；信息技术咨询服务"
    assert review_step(case).state == StepState.READY
    assert panel.approve_button.isVisible() and not panel.resubmit_button.isVisible()
