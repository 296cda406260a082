"""In the main window: a licensed case reaches the tax office's queue, is confirmed in its tab of the
case view, and leaves the queue."""
from __future__ import annotations

from openpyxl import load_workbook
from PyQt6.QtCore import QDate

from app.core.models import StepState
from app.ui.shell import MainWindow
from case_helpers import user
from plugins.tax.ui.panel import TaxRegistrationPanel

from .helpers import T0, confirm, licensed_case, tax_step


def queue_cases(window, key: str, wait_ops) -> list[int]:
    view = window.show_queue(key)
    wait_ops()
    return [view.model.row_at(i).case_id for i in range(view.model.rowCount())]


def test_a_case_from_the_queue_to_done(qtbot, tax_sqlite, wait_ops):
    case = licensed_case(tax_sqlite)
    tax_sqlite.user = user("tax_clerk")
    window = MainWindow(tax_sqlite)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    assert window.current_queue_view().spec.key == "tax.todo"
    assert queue_cases(window, "tax.todo", wait_ops) == [case.id]
    assert [c.title for c in window.current_queue_view().spec.columns][-1] == "剩余时间"

    view = window.open_case(case.id)
    wait_ops()
    panel = next(view.tabs.widget(i) for i in range(view.tabs.count())
                 if isinstance(view.tabs.widget(i), TaxRegistrationPanel))
    view.tabs.setCurrentWidget(panel)
    panel.claim_button.click()
    wait_ops()
    panel.checked.setChecked(True)
    panel.complete_button.click()
    wait_ops()
    assert tax_step(case).state == StepState.DONE and panel.view.state == StepState.DONE
    assert panel.notice_button.isEnabled()

    window.back_action.trigger()
    wait_ops()
    assert queue_cases(window, "tax.todo", wait_ops) == []
    assert [q.key for q in window.ctx.host.call("kaiban_queues", user=window.user)] == ["tax.todo"]


def test_reports_from_the_menu_for_the_users_own_office(qtbot, tax_sqlite, wait_ops, tmp_path):
    case = licensed_case(tax_sqlite)
    confirm(tax_sqlite, case, done_at=T0.replace(minute=10))
    tax_sqlite.user = user("tax_chief")
    window = MainWindow(tax_sqlite)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    specs = {r.name: r for r in window.reports}
    assert {"tax.registrations", "tax.invoices_granted", "tax.step_times"} <= set(specs)
    dialog = window.open_report(specs["tax.invoices_granted"])
    wait_ops()
    assert [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())] == ["国家税务总局绵阳高新区税务局"]
    assert not dialog.organisation.isEnabled()  # staff of one office get their own only
    for edit in (dialog.date_from, dialog.date_to):
        edit.setDate(QDate(T0.year, T0.month, T0.day))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    out = tmp_path / "invoices.xlsx"
    dialog.generate(out)
    wait_ops()
    assert dialog.output == out
    sheet = load_workbook(out)["按发票种类"]
    assert [sheet.cell(row=5, column=c).value for c in range(1, 5)] == ["增值税普通发票", 1, 25, 250000]
