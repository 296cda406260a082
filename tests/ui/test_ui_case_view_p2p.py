"""The case view point to point: only the declared fields, masked data revealed by a button (and
logged), the timeline strip, the appointment dialog; the queue's filter bar and deadline colours."""
from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtWidgets import QLabel

from app.core.models import (AppointmentSlot, AuditLog, Case, Organisation, SmsOutbox, Step, StepState)
from app.ui import messages
from app.ui.case_view import CaseView
from app.ui.dialogs.appointments import AppointmentDialog
from app.ui.queue_view import QueueView


def bank_case(branch: str = "bank-icbc-gx") -> Case:
    org = Organisation.get(Organisation.code == branch)
    step = (Step.select().where((Step.step_type == "bank_account") & (Step.organisation == org.id))
            .order_by(Step.id).first())
    return Case.get_by_id(step.case_id)


def make_view(qtbot, ctx, case_id, wait_ops) -> CaseView:
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_ops()
    return view


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_bank_clerk_sees_only_the_bank_steps_fields(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_clerk")
    case = bank_case()
    view = make_view(qtbot, ctx, case.id, wait_ops)
    shown = texts(view.basic_tab)
    assert "企业名称" in shown and "住所" in shown and "法定代表人" in shown
    assert "经营范围" not in shown and "注册资本" not in shown and "股东" not in shown and "联系人手机" not in shown
    assert case.enterprise.business_scope not in " ".join(shown)
    assert any("点对点" in text for text in shown)
    assert set(view.reveal_buttons) == {"legal_representative.id_number", "legal_representative.mobile"}
    codes = {m["code"] for m in view.detail.materials}
    assert codes <= {"business_licence_copy", "legal_rep_id"}  # the bank step's materials only


def test_the_reveal_button_shows_the_value_and_logs_it(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_clerk")
    case = bank_case()
    view = make_view(qtbot, ctx, case.id, wait_ops)
    mobile = case.legal_representative.mobile
    label = view.field_labels["legal_representative.mobile"]
    assert label.text() != mobile and "*" in label.text()
    before = AuditLog.select().where(AuditLog.action == "reveal").count()
    qtbot.mouseClick(view.reveal_buttons["legal_representative.mobile"], Qt.MouseButton.LeftButton)
    wait_ops()
    assert label.text() == mobile
    assert view.reveal_buttons["legal_representative.mobile"].isHidden()
    log = AuditLog.select().where(AuditLog.action == "reveal").order_by(AuditLog.id.desc()).first()
    assert AuditLog.select().where(AuditLog.action == "reveal").count() == before + 1
    assert (log.user_id, log.case_id, log.field) == (ctx.user.id, case.id, "legal_representative.mobile")
    # the ID number stays masked until its own button is pressed
    assert "*" in view.field_labels["legal_representative.id_number"].text()


def test_a_refused_reveal_shows_the_reason_and_logs_nothing(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_clerk")
    case = bank_case()
    view = make_view(qtbot, ctx, case.id, wait_ops)
    before = AuditLog.select().where(AuditLog.action == "reveal").count()
    view.reveal("contact.mobile")  # not declared by the bank step (no button is offered for it)
    wait_ops()
    assert [b.text() for b in messages.open_boxes()] == ["您所办理的事项无权查看该信息"]
    assert AuditLog.select().where(AuditLog.action == "reveal").count() == before


def test_another_branch_cannot_open_the_case(qtbot, sign_in, wait_ops):
    ctx = sign_in("bank_clerk2")
    view = make_view(qtbot, ctx, bank_case("bank-icbc-gx").id, wait_ops)
    assert view.error_label.isVisible() and "无权查看" in view.error_label.text()
    assert view.field_labels == {}


def test_the_timeline_strip_draws_a_bar_per_step(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    case = Case.select().where(Case.state == "complete").first()
    view = make_view(qtbot, ctx, case.id, wait_ops)
    view.tabs.setCurrentIndex(2)
    strip = view.timeline_strip
    assert strip is not None and strip.isVisible()
    steps = view.detail.steps
    assert [b.title for b in strip.bars] == [ctx.step_title(s["step_type"]) for s in steps]
    assert {b.state for b in strip.bars} == {"done"}
    rects = [strip.bar_rect(i) for i in range(len(strip.bars))]
    assert all(r is not None and r.width() >= 4 for r in rects)
    # the department steps ran in parallel after the licence: their bars start at the same x
    licence = next(i for i, s in enumerate(steps) if s["step_type"] == "business_licence")
    departments = [i for i, s in enumerate(steps) if s["step_type"] in ("seal", "bank_account", "tax_registration")]
    assert len({round(rects[i].left()) for i in departments}) == 1
    assert rects[departments[0]].left() >= rects[licence].left()
    for bar, step in zip(strip.bars, steps):
        assert step["worked_by"] and bar.who == step["worked_by"]
        assert bar.who in bar.caption()
    tip = strip.tooltip_for(0)
    assert "经办：" in tip and "用时：" in tip
    assert not strip.grab().isNull()


def test_the_timeline_strip_of_a_case_under_way(qtbot):
    from app.ui.timeline import TimelineStrip

    at = dt.datetime(2026, 3, 2, 10, 0)
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(800, strip.sizeHint().height())
    strip.set_steps([
        {"step_type": "a", "state": "done", "ready_at": at - dt.timedelta(hours=1), "completed_at": at,
         "due_at": at - dt.timedelta(minutes=30), "worked_by": "王晓燕"},
        {"step_type": "b", "state": "claimed", "ready_at": at, "completed_at": None,
         "due_at": at + dt.timedelta(hours=1), "worked_by": "赵师傅"},
        {"step_type": "c", "state": "waiting", "ready_at": None, "completed_at": None, "due_at": None,
         "worked_by": ""},
    ], {"a": "受理审核", "b": "刻章", "c": "社保登记"}.get, at=at + dt.timedelta(minutes=20))
    assert [b.caption() for b in strip.bars] == ["王晓燕 · 1小时0分", "赵师傅 · 20分钟（进行中）", "等待前序事项"]
    assert strip.bar_rect(2) is None
    assert strip.bar_rect(1).right() < strip.bar_rect(0).right() + strip.width()  # runs up to now
    assert not strip.grab().isNull()


def test_booking_from_the_case_view(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    case = bank_case()
    view = make_view(qtbot, ctx, case.id, wait_ops)
    assert view.appointment_button.isEnabled()
    view.appointment_button.click()
    dialog = view.appointment_dialog
    assert isinstance(dialog, AppointmentDialog)
    wait_ops()
    names = [o.organisation_name for o in dialog.options]
    assert "工商银行绵阳高新支行" in names  # the chosen bank branch and seal company, with free slots
    icbc = Organisation.get(Organisation.code == "bank-icbc-gx").id
    combo = dialog.slot_boxes[icbc]
    slot_id = combo.currentData()
    dialog.book_buttons[icbc].click()
    wait_ops()
    assert AppointmentSlot.get_by_id(slot_id).booked == 1
    assert icbc in dialog.cancel_buttons and icbc not in dialog.book_buttons
    assert any("已预约" in text for text in texts(dialog))
    assert SmsOutbox.select().where((SmsOutbox.case == case.id)
                                    & (SmsOutbox.template == "appointment_booked")).count() == 1
    dialog.cancel_buttons[icbc].click()
    wait_ops()
    assert AppointmentSlot.get_by_id(slot_id).booked == 0 and icbc in dialog.book_buttons
    dialog.close()


def queue_view(qtbot, ctx, key, wait_ops) -> QueueView:
    spec = next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == key)
    view = QueueView(ctx, spec)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    wait_ops()
    return view


def states_shown(view) -> set[str]:
    return {view.model.row_at(i).state for i in range(view.model.rowCount())}


def test_the_queue_filter_bar(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    view = queue_view(qtbot, ctx, "seal.todo", wait_ops)
    everything = view.model.total
    bar = view.filters
    bar.state.setCurrentIndex(bar.state.findData("claimed"))
    wait_ops()
    assert view.model.query.states == ("claimed",)
    assert states_shown(view) <= {"claimed"} and view.model.total < everything
    bar.overdue.setChecked(True)
    wait_ops()
    now = dt.datetime.now()
    assert view.model.query.overdue_only
    assert all(view.model.row_at(i).due_at < now for i in range(view.model.rowCount()))
    bar.by_date.setChecked(True)
    bar.date_from.setDate(QDate(2000, 1, 1))
    bar.date_to.setDate(QDate(2000, 1, 2))
    wait_ops()
    assert view.model.query.date_from == dt.date(2000, 1, 1) and view.model.total == 0
    assert view.count_label.text() == "共 0 件"
    bar.clear_button.click()
    wait_ops()
    assert (view.model.query.states, view.model.query.overdue_only, view.model.query.date_from) == ((), False, None)
    assert view.model.total == everything


def test_the_time_left_column_is_coloured_by_deadline_state(qtbot, sign_in, wait_ops, monkeypatch):
    from app.ui import queue_model

    ctx = sign_in("admin")
    view = queue_view(qtbot, ctx, "registration.review", wait_ops)
    model = view.model
    column = model.column_of("time_left")
    assert column >= 0 and model.rowCount() > 0
    index = model.index(0, column)
    for level, colour in (("warning", queue_model.WARNING_COLOUR), ("overdue", queue_model.OVERDUE_COLOUR)):
        monkeypatch.setattr(queue_model, "deadline_level", lambda row, at=None, level=level: level)
        assert index.data(queue_model.DEADLINE_ROLE) == level
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == colour
        assert index.data(Qt.ItemDataRole.BackgroundRole).color() == queue_model.DEADLINE_BACKGROUNDS[level]
    monkeypatch.setattr(queue_model, "deadline_level", lambda row, at=None: "normal")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None and index.data(Qt.ItemDataRole.BackgroundRole) is None


def test_deadline_level_follows_the_core_rules():
    from app.core.queues import QueueRow
    from app.ui.queue_model import deadline_level

    ready = dt.datetime(2026, 3, 2, 9, 0)  # a Monday morning: working time throughout

    def row(state="ready"):
        return QueueRow(step_id=1, case_id=1, version=1, case_number="", enterprise_name="", step_type="seal",
                        state=state, organisation="", claimed_by="", claimed_by_id=None, ready_at=ready,
                        due_at=ready + dt.timedelta(minutes=60), updated_at=ready)

    assert deadline_level(row(), ready + dt.timedelta(minutes=30)) == "normal"
    assert deadline_level(row(), ready + dt.timedelta(minutes=46)) == "warning"  # 75% of 60 minutes used
    assert deadline_level(row("claimed"), ready + dt.timedelta(minutes=61)) == "overdue"
    assert deadline_level(row(StepState.ON_HOLD), ready + dt.timedelta(minutes=61)) == "paused"


def test_the_sms_dispatcher_sends_the_outbox_off_the_gui_thread(qtbot, sign_in, wait_ops):
    from app.core import notifications
    from app.ui.sms_dispatcher import SmsDispatcher

    ctx = sign_in("admin")
    case = bank_case()
    message = notifications.queue_sms(case.id, notifications.CASE_COMPLETE)
    dispatcher = SmsDispatcher(ctx, interval_ms=3_600_000)
    dispatcher.dispatch()
    assert dispatcher.busy
    wait_ops()
    assert not dispatcher.busy and dispatcher.last_error == ""
    assert SmsOutbox.get_by_id(message.id).state == "sent"
