"""The supervisor screen: the watch list across departments (or one's own), filters, double-click
opens the case, the alerts inbox with its unread count, and the admin's contacts dialog."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import Qt

from app.core.models import now
from case_helpers import new_case, step
from plugins.supervision.escalation import escalate
from plugins.supervision.ui.models import ROW_ROLE
from plugins.supervision.ui.screen import SupervisionScreen


def overdue_case(ctx, name="绵阳屏幕超时有限公司"):
    case = new_case(ctx, name, at=now() - dt.timedelta(days=7))  # its intake review is long overdue
    return case, step(case, "intake_review")


def show(qtbot, ctx, wait_ops) -> SupervisionScreen:
    screen = SupervisionScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 750)
    screen.show()
    wait_ops()
    return screen


def rows(screen) -> list:
    model = screen.watch_model
    return [model.index(i, 0).data(ROW_ROLE) for i in range(model.rowCount())]


def test_the_screen_lists_overdue_steps_and_opens_cases(qtbot, sign_in, wait_ops):
    ctx = sign_in("msa_chief")
    case, review = overdue_case(ctx)
    screen = show(qtbot, ctx, wait_ops)
    listed = {r.step_id: r for r in rows(screen)}
    assert review.id in listed and listed[review.id].state == "overdue"
    i = [r.step_id for r in rows(screen)].index(review.id)
    assert screen.watch_model.index(i, 0).data() == case.number
    assert screen.watch_model.index(i, 7).data().startswith("超时")
    assert screen.watch_model.index(i, 7).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert screen.department.count() >= 6  # every department, for market supervision's chief

    with qtbot.waitSignal(screen.open_case_requested) as opened:
        screen.watch_view.doubleClicked.emit(screen.watch_model.index(i, 1))
    assert opened.args == [case.id]

    screen.state.setCurrentIndex(screen.state.findData("warning"))
    wait_ops()
    assert review.id not in {r.step_id for r in rows(screen)}
    screen.state.setCurrentIndex(screen.state.findData("overdue"))
    screen.department.setCurrentIndex(screen.department.findData("tax"))
    wait_ops()
    assert all(r.department_code == "tax" and r.state == "overdue" for r in rows(screen))


def test_a_department_supervisor_sees_only_their_own(qtbot, sign_in, wait_ops):
    ctx = sign_in("tax_chief")
    _case, review = overdue_case(ctx)
    screen = show(qtbot, ctx, wait_ops)
    assert review.id not in {r.step_id for r in rows(screen)}
    assert {r.department_code for r in rows(screen)} <= {"tax"}
    assert [screen.department.itemData(i) for i in range(screen.department.count())] == [None, "tax"]


def test_the_inbox_counts_and_marks_read_and_follows_live_changes(qtbot, sign_in, wait_ops):
    ctx = sign_in("msa_chief")
    screen = show(qtbot, ctx, wait_ops)
    before = screen.unread
    _case, review = overdue_case(ctx, "绵阳提醒样本有限公司")
    escalate(graph=ctx.graph)
    screen.steps_changed({review.id})  # a live change: the screen reads again shortly
    qtbot.waitUntil(lambda: screen.unread > before, timeout=5000)
    wait_ops()
    unread = screen.unread
    assert screen.inbox.title() == f"督办提醒（未读 {unread} 条）"
    new = [i for i in range(screen.alert_model.rowCount())
           if screen.alert_model.index(i, 0).data(ROW_ROLE).step_type == "intake_review"
           and screen.alert_model.index(i, 1).data() == _case.number]
    assert new and screen.alert_model.index(new[0], 6).data() == "未读"
    screen.alert_view.selectRow(new[0])
    screen.mark_selected.click()
    wait_ops()
    assert screen.unread == unread - 1
    assert screen.alert_model.rows[[r.case_number for r in screen.alert_model.rows].index(_case.number)].read
    screen.mark_all.click()
    wait_ops()
    assert screen.unread == 0 and not screen.mark_all.isEnabled()


def test_the_admin_keeps_supervisors_mobiles_in_the_dialog(qtbot, sign_in, wait_ops):
    from plugins.supervision.models import SupervisorContact
    from plugins.supervision.ui.contacts_dialog import ContactsDialog

    ctx = sign_in("admin")
    dialog = ContactsDialog(ctx.user)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops()
    names = [r.display_name for r in dialog.model.rows]
    row = names.index("郑伟")  # the tax office's chief
    dialog.table.selectRow(row)
    assert dialog.save.isEnabled()
    dialog.mobile.setText("12345")
    dialog.save.click()
    wait_ops()
    assert dialog.mobile_error.isVisible() and "手机号码" in dialog.mobile_error.text()
    assert SupervisorContact.select().count() == 0
    dialog.mobile.setText("13900004444")
    dialog.save.click()
    wait_ops()
    assert [c.mobile for c in SupervisorContact.select()] == ["13900004444"]
    assert dialog.model.index(names.index("郑伟"), 2).data() == "13900004444"
