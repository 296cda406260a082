"""Claim next, lease renewal and supervisor reassignment in the queue view; the conflict dialog
of a stale save."""
from __future__ import annotations

import datetime as dt

from case_helpers import new_case, step
from PyQt6.QtWidgets import QWidget

from app.core import claims, versioning, workflow
from app.core.models import Step, StepEvent, StepState, User, now
from app.core.users import current_user
from app.ui import messages
from app.ui.dialogs.conflict import ConflictDialog, save_step_form
from app.ui.queue_view import LEASE_RENEW_MS, QueueView


def who(username: str):
    return current_user(User.get(User.username == username))


def make_view(qtbot, ctx, key: str, wait_ops) -> QueueView:
    spec = next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == key)
    view = QueueView(ctx, spec)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    wait_ops()
    return view


def test_claim_next_takes_the_first_due_step_and_selects_it(qtbot, sign_in, wait_ops):
    ctx = sign_in("seal_clerk")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    assert view.claim_next_action.shortcut().toString() == "Ctrl+Shift+L"
    view.claim_next_action.trigger()
    wait_ops()
    row = view.selected_row()
    assert row is not None and (row.state, row.claimed_by_id) == ("claimed", ctx.user.id)
    taken = Step.get_by_id(row.step_id)
    at = now()
    earlier = Step.select().where(
        (Step.step_type == "seal") & (Step.organisation == ctx.user.organisation_id) & (Step.due_at < taken.due_at)
        & ((Step.state == StepState.READY) | ((Step.state == StepState.CLAIMED) & (Step.lease_until < at))))
    assert earlier.count() == 0  # nothing claimable was due before it
    assert view.complete_action.isEnabled()  # Ctrl+Enter finishes it
    assert messages.open_boxes() == []


def test_claim_next_on_an_empty_queue_says_so(qtbot, sign_in, wait_ops):
    ctx = sign_in("seal_clerk")
    while claims.claim_next(ctx.user, ["seal"]) is not None:
        pass
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    view.claim_next_action.trigger()
    wait_ops()
    assert [b.text() for b in messages.open_boxes()] == ["队列中暂时没有可领取的事项。"]


def test_only_supervisors_get_the_reassign_action(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    view = make_view(qtbot, ctx, "registration.review", wait_ops)
    assert not view.reassign_action.isVisible() and not view.reassign_action.isEnabled()
    assert view.reassign() is None


def test_a_supervisor_reassigns_through_the_dialog(qtbot, sign_in, wait_ops):
    ctx = sign_in("msa_chief")
    case = new_case(ctx, "绵阳改派界面测试有限公司")
    target = step(case, "intake_review")
    workflow.claim_step(target.id, who("msa_chief").id)
    view = make_view(qtbot, ctx, "registration.review", wait_ops)
    assert view.reassign_action.isVisible()
    assert view.select_step(target.id)
    assert view.reassign_action.isEnabled()
    dialog = view.reassign()
    qtbot.addWidget(dialog)
    wait_ops()
    assert [dialog.people.itemText(i) for i in range(dialog.people.count())] == ["王晓燕"]  # not the holder
    dialog.reason.setText("李建国去开会")
    dialog.ok_button.click()
    wait_ops()
    assert Step.get_by_id(target.id).claimed_by_id == who("clerk").id
    event = StepEvent.select().where(StepEvent.step == target.id).order_by(StepEvent.id.desc()).get()
    assert event.event == "reassigned" and "王晓燕" in event.note and "开会" in event.note
    row = view.model.row_at(view.model.row_of_step(target.id))
    assert row.claimed_by == "王晓燕"  # the view refreshed
    assert messages.open_boxes() == []


def test_a_refused_reassignment_is_shown_in_the_dialog(qtbot, sign_in, wait_ops):
    ctx = sign_in("msa_chief")
    case = new_case(ctx, "绵阳改派冲突测试有限公司")
    target = step(case, "intake_review")
    view = make_view(qtbot, ctx, "registration.review", wait_ops)
    view.select_step(target.id)
    dialog = view.reassign()
    qtbot.addWidget(dialog)
    wait_ops()
    workflow.claim_step(target.id, who("clerk").id)  # meanwhile, on another workstation
    dialog.ok_button.click()
    wait_ops()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "刷新" in dialog.error_label.text()


def test_the_lease_timer_renews_mine_and_returns_expired_claims(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    view = make_view(qtbot, ctx, "registration.review", wait_ops)
    assert view.lease_timer.isActive() and view.lease_timer.interval() == LEASE_RENEW_MS
    mine = step(new_case(ctx, "绵阳续期测试有限公司"), "intake_review")
    crashed = step(new_case(ctx, "绵阳超时测试有限公司"), "intake_review")
    workflow.claim_step(mine.id, who("clerk").id, at=now() - dt.timedelta(minutes=20))
    workflow.claim_step(crashed.id, who("msa_chief").id, at=now() - dt.timedelta(minutes=40))
    view.renew_leases()
    wait_ops()
    assert Step.get_by_id(mine.id).lease_until >= now() + dt.timedelta(minutes=29)
    assert Step.get_by_id(crashed.id).state == StepState.READY
    wait_ops()
    assert view.model.row_at(view.model.row_of_step(crashed.id)).state == "ready"


def _conflicting_save(ctx):
    """The clerk holds a step and read it at version ``v``; the supervisor saved over it since."""
    target = workflow.claim_step(step(new_case(ctx, "绵阳冲突对话框测试有限公司"), "intake_review").id,
                                 who("clerk").id)
    versioning.save_step_data(target.id, who("msa_chief"), target.version, {"seal_count": 5, "remark": "已核对"})
    return target


def test_a_stale_save_shows_both_sides_and_can_overwrite_deliberately(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    target = _conflicting_save(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = []
    save_step_form(parent, target.id, ctx.user, target.version, {"seal_count": 3},
                   labels={"seal_count": "印章数量", "remark": "备注"}, base={}, on_saved=saved.append)
    wait_ops()
    dialog = parent.findChild(ConflictDialog)
    assert dialog is not None and dialog.isVisible() and saved == []
    assert "李建国" in dialog.heading.text()
    assert dialog.row_texts() == [["备注", "—", "已核对"], ["印章数量", "3", "5"]]
    assert "李建国" in dialog.table.horizontalHeaderItem(2).text()
    assert Step.get_by_id(target.id).data == {"seal_count": 5, "remark": "已核对"}  # nothing overwritten yet
    dialog.overwrite_button.click()
    wait_ops()
    assert [s.data for s in saved] == [{"seal_count": 3, "remark": "已核对"}]


def test_keeping_the_other_persons_values_reloads_the_form(qtbot, sign_in, wait_ops):
    ctx = sign_in("clerk")
    target = _conflicting_save(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    reloaded = []
    save_step_form(parent, target.id, ctx.user, target.version, {"seal_count": 3}, on_reload=reloaded.append)
    wait_ops()
    parent.findChild(ConflictDialog).theirs_button.click()
    wait_ops()
    assert [(r["data"], r["changed_by"]) for r in reloaded] == [({"seal_count": 5, "remark": "已核对"}, "李建国")]
    assert Step.get_by_id(target.id).data == {"seal_count": 5, "remark": "已核对"}
