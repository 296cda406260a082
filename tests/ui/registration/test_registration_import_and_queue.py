"""The online import's per-file results, the queues' countdown to the licence deadline, and the
overdue promises list."""
from __future__ import annotations

import datetime as dt
import json

from PyQt6.QtCore import Qt

from app.core.models import Case, Material, MaterialState
from app.plugin_api import IntakeAnswers
from app.ui.formatting import format_time_left
from app.ui.queue_model import QueueTableModel
from plugins.registration.common import is_working_day
from plugins.registration.intake import MaterialEntry, accept_case
from plugins.registration.materials import collected_items
from plugins.registration.ui import online_import as import_ui
from plugins.registration.ui.online_import import ImportResultDialog
from plugins.registration.ui.promises import OverduePromisesDialog
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry

from .helpers import LEGAL_ID, PARTNER_ID, make_window, menu_action, row_counts

ANSWERS = IntakeAnswers(company_type="limited_company", has_employees=True, needs_invoices=True,
                        industry_codes=("6513",), address_type="leased")


def online_document(ctx, external_id: str, name: str) -> dict:
    return {
        "format": "kaiban.case-import/1", "external_id": external_id, "submitted_at": "2026-03-02T08:40:00+08:00",
        "company_name": name, "company_type": "limited_company", "registered_capital": "1000000.00",
        "industry_codes": ["6513"], "business_scope": "软件开发", "address": "绵阳市高新区火炬路 18 号",
        "area_code": "510703", "address_type": "leased",
        "legal_representative": {"name": "张三", "id_number": LEGAL_ID, "mobile": "13812345678"},
        "contact": {"name": "李四", "mobile": "13912345678"},
        "shareholders": [{"kind": "person", "name": "张三", "id_number": LEGAL_ID, "share": "70"},
                         {"kind": "person", "name": "王五", "id_number": PARTNER_ID, "share": "30"}],
        "has_employees": True, "needs_invoices": True,
        "materials": [{"code": item.code, "state": "received"} for item in collected_items(ctx.host, ANSWERS)],
    }


def test_import_shows_each_files_result(qtbot, sign_in, wait_ops, monkeypatch, tmp_path):
    ctx = sign_in("clerk")
    window = make_window(qtbot, ctx, wait_ops)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(online_document(ctx, "ZX-GUI-1", "绵阳云帆网络科技有限公司"), ensure_ascii=False),
                    encoding="utf-8")
    bad_doc = online_document(ctx, "ZX-GUI-2", "绵阳星河网络科技有限公司")
    bad_doc["legal_representative"]["mobile"] = "12345"
    bad_doc["shareholders"][1]["share"] = "20"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(import_ui, "choose_files", lambda _parent: [good, bad])
    before = row_counts()

    menu_action(window, "导入网上申报…").trigger()
    wait_ops()
    dialog = window.findChild(ImportResultDialog)
    assert dialog is not None and dialog.isVisible()
    case = Case.get(Case.external_id == "ZX-GUI-1")
    assert row_counts()["Case"] == before["Case"] + 1  # the bad file left nothing behind
    assert dialog.summary.text() == "共 2 个文件：导入 1 件，已导入过而跳过 0 件，拒绝 1 件。"
    rows = dialog.rows()
    assert rows[0] == ["good.json", "已导入", case.number, "", ""]
    problems = {row[3]: row[4] for row in rows[1:]}
    assert all(row[:2] == ["bad.json", "已拒绝"] for row in rows[1:])
    assert set(problems) >= {"legal_representative.mobile", "shareholders"}
    assert "100%" in problems["shareholders"]
    table = dialog.table
    assert table.rowSpan(1, 0) == len(rows) - 1  # the file's name spans its problems
    assert table.model().rowCount() == len(rows)

    # the same files again: the good one is skipped, nothing changes
    menu_action(window, "导入网上申报…").trigger()
    wait_ops()
    again = [d for d in window.findChildren(ImportResultDialog) if d is not dialog][0]
    assert again.rows()[0][:3] == ["good.json", "已导入，跳过", "外部编号 ZX-GUI-1"]
    assert row_counts()["Case"] == before["Case"] + 1


def test_time_left_text():
    due = dt.datetime(2026, 3, 2, 12, 0)
    assert format_time_left(due, dt.datetime(2026, 3, 2, 10, 40)) == ("剩余 1小时20分", False)
    assert format_time_left(due, dt.datetime(2026, 3, 2, 11, 59, 30)) == ("剩余 不到1分", False)
    assert format_time_left(due, dt.datetime(2026, 3, 2, 12, 35, 10)) == ("超时 35分", True)
    assert format_time_left(due, dt.datetime(2026, 2, 28, 9, 0)) == ("剩余 2天3小时", False)
    assert format_time_left(None) == ("", False)


def test_the_registration_queues_count_down(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    window = make_window(qtbot, ctx, wait_ops)
    view = window.show_queue("registration.review")
    wait_ops()
    model: QueueTableModel = view.model
    column = model.column_of("time_left")
    assert column >= 0 and model.headerData(column, Qt.Orientation.Horizontal) == "剩余时间"
    rows = [model.row_at(r) for r in range(model.rowCount())]
    texts = {row.state: model.index(r, column).data() for r, row in enumerate(rows)}
    assert texts["returned"] == "计时暂停"  # the clock stops while the applicant corrects the case
    running = [r for r, row in enumerate(rows) if row.state in ("ready", "claimed")]
    assert running
    for r in running:
        text = model.index(r, column).data()
        overdue = model.is_overdue(rows[r])
        assert text.startswith("超时 " if overdue else "剩余 ")
        assert (model.index(r, column).data(Qt.ItemDataRole.ForegroundRole) is not None) == overdue

    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append((first.column(), last.column())))
    model.tick()  # what the 30 s timer does: that column only, every loaded row
    assert changed == [(column, column)]


def test_overdue_promises_are_listed(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    form = IntakeForm(company_name="绵阳青禾智联科技有限公司", company_type="limited_company",
                      registered_capital="500000", industry_codes=("6513",), business_scope="软件开发",
                      address="绵阳市高新区火炬路 18 号", area_code="510703", address_type="leased",
                      legal_representative=PersonEntry("张三", LEGAL_ID, "13812345678"),
                      contact=PersonEntry("李四", "", "13912345678"),
                      shareholders=[ShareholderEntry("张三", LEGAL_ID, "100")], has_employees=True,
                      needs_invoices=True)
    items = collected_items(ctx.host, form.answers())
    promised = next(i for i in items if i.deferrable)
    accepted_on = dt.date.today() - dt.timedelta(days=21)
    promised_by = next(accepted_on + dt.timedelta(days=n) for n in range(1, 15)
                       if is_working_day(accepted_on + dt.timedelta(days=n)))
    entries = [MaterialEntry(i.code) if i is not promised else
               MaterialEntry(i.code, MaterialState.PROMISED, promised_by) for i in items]
    case = accept_case(ctx, form, entries, user=ctx.user, at=dt.datetime.combine(accepted_on, dt.time(9)))
    assert Material.get((Material.case == case.id) & (Material.code == promised.code)).state == "promised"

    window = make_window(qtbot, ctx, wait_ops)
    menu_action(window, "逾期容缺承诺…").trigger()
    wait_ops()
    dialog = window.findChild(OverduePromisesDialog)
    assert [r.case_number for r in dialog.rows] == [case.number]
    model = dialog.table.model()
    assert [model.index(0, c).data() for c in range(5)][:4] == [case.number, "绵阳青禾智联科技有限公司",
                                                              promised.name, f"{promised_by:%Y-%m-%d}"]
    dialog.table.doubleClicked.emit(model.index(0, 1))
    wait_ops()
    assert window.stack.currentWidget() is window.case_page and window.case_page.view.case_id == case.id
