"""The registration window's screens for ``main.py screenshot`` (see app.ui.screenshots): the
wizard's pages, the case panel, the licence dialog, an import result and the overdue promises.
Nothing is saved: the wizard is cancelled, the dialogs are closed, the import result is made up."""
from __future__ import annotations

import datetime as dt

from app.core.identifiers import make_resident_id
from plugins.registration.online_import import IMPORTED, REJECTED, SKIPPED, ImportProblem, ImportResult
from plugins.registration.promises import PromiseRow

SAMPLE_LEGAL_ID = make_resident_id("510703", dt.date(1986, 4, 12), 231)
SAMPLE_PARTNER_ID = make_resident_id("510703", dt.date(1990, 9, 3), 118)


def _wizard_pages(window, save) -> None:
    from plugins.registration.ui.wizard import IntakeWizard

    wizard = IntakeWizard(window.ctx, window)
    wizard.show()
    q = wizard.questions_page.questions
    q.company_type.setCurrentIndex(q.company_type.findData("limited_company"))
    q.employees.yes.setChecked(True)
    q.invoices.yes.setChecked(True)
    q.address_buttons["leased"].setChecked(True)
    q.industries.search.setText("软件")
    q.industries.refresh_results()
    for code in ("6513", "6560"):
        q.industries.add(code)
    save(wizard, "wizard_1_questions")
    wizard.next()
    save(wizard, "wizard_2_checklist")
    wizard.next()
    form = wizard.form_page.form
    form.company_name.setText("绵阳青禾智联科技有限公司")
    form.capital.setText("500000")
    form.address.setText("绵阳市高新区火炬路 18 号")
    form.area_code.setText("510703")
    form.legal_name.setText("张晓明")
    form.legal_id.setText(SAMPLE_LEGAL_ID[:-1] + ("1" if SAMPLE_LEGAL_ID[-1] != "1" else "2"))  # a typo
    form.legal_mobile.setText("13812345678")
    form.copy_legal_to_contact()
    first = form.shareholders.rows[0]
    first.name.setText("张晓明")
    first.id_number.setText(SAMPLE_LEGAL_ID)
    first.share.setText("60")
    second = form.shareholders.add_row()
    second.name.setText("李娜")
    second.id_number.setText(SAMPLE_PARTNER_ID)
    second.share.setText("30")
    form.check_name_now()
    save(wizard, "wizard_3_form")
    wizard.next()  # refused: the errors appear at their fields
    save(wizard, "wizard_3_form_errors")
    form.legal_id.setText(SAMPLE_LEGAL_ID)
    second.share.setText("40")
    wizard.next()
    materials = wizard.materials_page.materials
    materials.mark_all_received()
    deferrable = [row for row in materials.rows.values() if row.item.deferrable]
    if deferrable:
        deferrable[0].promised.setChecked(True)
    save(wizard, "wizard_4_materials")
    wizard.reject()
    wizard.deleteLater()


def _licence(window, save) -> None:
    from plugins.registration.ui.window_panel import WindowPanel

    if not any(q.key == "registration.licence" for q in window.queues):
        return
    view = window.show_queue("registration.licence")
    save(window, "queue_licence")
    model = view.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    me = window.ctx.user.id
    ready = next((r for r in rows if r.state == "ready" or (r.state == "claimed" and r.claimed_by_id == me)), None)
    if ready is None:
        return
    case = window.open_case(ready.case_id)
    save(window, "case_panel")  # brings itself forward: something to do
    panel = case.findChild(WindowPanel)
    dialog = panel.open_licence_dialog() if panel is not None else None
    if dialog is None:
        return
    save(dialog, "licence_dialog_empty")
    for box in dialog.boxes.values():
        if box.group.options:
            box.choose(box.group.options[0].id)
    first = next(iter(dialog.boxes.values()), None)
    if first is not None:
        first.appointment.setChecked(True)
    dialog.mail.setChecked(True)
    save(dialog, "licence_dialog")
    dialog.reject()
    window.go_back()


def _import_result(window, save) -> None:
    from plugins.registration.ui.online_import import ImportResultDialog

    results = [
        ImportResult("/tmp/网上申报/ZX-2026-0141.json", IMPORTED, "ZX-2026-0141", 0, "KB-20261121-0041"),
        ImportResult("/tmp/网上申报/ZX-2026-0137.json", SKIPPED, "ZX-2026-0137"),
        ImportResult("/tmp/网上申报/ZX-2026-0142.json", REJECTED, "ZX-2026-0142", problems=(
            ImportProblem("legal_representative.id_number", "身份证号码校验位不正确"),
            ImportProblem("shareholders", "出资比例合计应为 100%，当前为 90%"),
            ImportProblem("materials[3]", "“住所使用证明（房屋租赁合同及出租方产权证明）”是必须当场收取的材料，不能容缺受理"))),
        ImportResult("/tmp/网上申报/损坏的文件.json", REJECTED, problems=(
            ImportProblem("", "不是有效的 JSON（第 12 行第 5 列：Expecting ',' delimiter）"),)),
    ]
    dialog = ImportResultDialog(results, window)
    dialog.show()
    save(dialog, "import_result")
    dialog.close()
    dialog.deleteLater()


def _promises(window, save) -> None:
    from plugins.registration.ui.promises import OverduePromisesDialog

    dialog = OverduePromisesDialog(window.ctx, window)
    dialog.show()
    save(dialog, "overdue_promises")
    if not dialog.rows:  # the demo has none: show how a list looks, with made-up rows
        today = dt.date.today()
        dialog.show_rows([
            PromiseRow(0, "KB2026110300012", "绵阳青禾智联科技有限公司", "officer_appointments",
                       "法定代表人、董事、监事和经理的任职文件", today - dt.timedelta(days=3), 3, "张晓明", "13812345678"),
            PromiseRow(0, "KB2026110500004", "绵阳涪江商贸有限公司", "agent_authorisation",
                       "指定代表或共同委托代理人授权委托书（委托办理时）", today - dt.timedelta(days=1), 1, "李娜",
                       "13912345678")])
        save(dialog, "overdue_promises_sample")
    dialog.close()
    dialog.deleteLater()


def take_screenshots(window, save) -> None:
    user = window.ctx.user
    if user is None or not (user.is_admin or user.department_code == "market_supervision"):
        return  # the window's screens are for its staff
    _wizard_pages(window, save)
    _licence(window, save)
    _import_result(window, save)
    _promises(window, save)
