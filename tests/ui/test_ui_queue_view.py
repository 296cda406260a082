"""The queue view: search, only-mine, and claim -> complete through its actions."""
from __future__ import annotations

import random
import types

from case_helpers import finish, new_case, step, walk_to_departments
from PyQt6.QtCore import Qt

from app.core import workflow
from app.core.demo import fill_demo_data
from app.core.cases import case_detail
from app.core.queues import QueueQuery, queue_page
from app.ui import messages
from app.ui.queue_view import QueueView


def spec_of(ctx, key):
    return next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == key)


def make_view(qtbot, ctx, key, wait_ops) -> QueueView:
    view = QueueView(ctx, spec_of(ctx, key))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    wait_ops()
    return view


def finish_other_steps(ctx, case_id: int, keep_step: int) -> None:
    """Walk every other step of the case to done (as admin), leaving ``keep_step`` ready."""
    for _ in range(10):
        rows = [r for key in ("registration.review", "registration.licence", "bank.todo", "tax.todo",
                              "social_insurance.todo", "seal.todo")
                for r in queue_page(QueueQuery(spec=spec_of(ctx, key)), ctx.user, limit=1000)
                if r.case_id == case_id and r.step_id != keep_step and r.state in ("ready",)]
        if not rows:
            return
        for r in rows:
            workflow.claim_step(r.step_id, ctx.user.id)
            finish(ctx, r.step_id, ctx.user.id)


def test_claim_then_complete_through_the_actions(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    assert view.count_label.text() == f"共 {view.model.total} 件"
    case = new_case(ctx, "绵阳队列办结测试有限公司")
    walk_to_departments(ctx, case)
    seal = step(case, "seal")
    finish_other_steps(ctx, case.id, seal.id)
    target = types.SimpleNamespace(step_id=seal.id, case_id=case.id)
    view.refresh()
    wait_ops()

    assert view.select_step(target.step_id)
    assert view.claim_action.isEnabled() and not view.complete_action.isEnabled()
    view.claim_action.trigger()
    wait_ops()
    row = view.model.row_at(view.model.row_of_step(target.step_id))
    assert row.state == "claimed"
    assert view.selected_row().step_id == target.step_id  # the refresh kept the selection
    assert view.complete_action.isEnabled() and view.release_action.isEnabled()

    view.complete_action.trigger()  # the department's form is not filled in yet: refused, nothing done
    wait_ops()
    assert view.model.row_of_step(target.step_id) != -1
    assert [box.text() for box in messages.open_boxes()], "the refusal is shown"
    messages.close_all()
    fill_demo_data(ctx.graph, target.step_id, ctx.user.id, random.Random(0))  # the seal form, filled in
    view.refresh()  # the save is a new version (live updates would bring it)
    wait_ops()
    view.complete_action.trigger()
    wait_ops()
    assert view.model.row_of_step(target.step_id) == -1  # done: it left the queue
    detail = case_detail(target.case_id, ctx.user)
    assert {s["state"] for s in detail.steps} == {"done"}
    assert detail.state == "complete"
    assert messages.open_boxes() == []


def test_release_gives_the_step_back(qtbot, sign_in, wait_ops):
    ctx = sign_in("seal_clerk")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    target = next(view.model.row_at(i) for i in range(view.model.rowCount())
                  if view.model.row_at(i).state == "ready")
    view.select_step(target.step_id)
    view.claim_action.trigger()
    wait_ops()
    view.mine.setChecked(True)
    wait_ops()
    mine = [view.model.row_at(i) for i in range(view.model.rowCount())]
    assert target.step_id in {r.step_id for r in mine}
    assert {r.claimed_by for r in mine} == {ctx.user.display_name}
    view.select_step(target.step_id)
    view.release_action.trigger()
    wait_ops()
    assert view.model.row_of_step(target.step_id) == -1  # no longer mine
    assert view.model.rowCount() == len(mine) - 1
    view.mine.setChecked(False)
    wait_ops()
    assert view.model.row_at(view.model.row_of_step(target.step_id)).state == "ready"


def test_a_refused_claim_shows_the_reason(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    target = next(view.model.row_at(i) for i in range(view.model.rowCount())
                  if view.model.row_at(i).state == "ready")
    view.select_step(target.step_id)
    workflow.claim_step(target.step_id, ctx.user.id)  # someone was faster (here: another workstation)
    view.claim_action.trigger()
    wait_ops()
    assert [b.text() for b in messages.open_boxes()] == ["该事项已被他人领取或不在待办状态"]


def test_search_is_debounced_and_filters(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    number = view.model.row_at(0).case_number
    qtbot.keyClicks(view.search, number)
    assert view.model.query.text == ""  # not yet: the search waits for the typing to stop
    qtbot.waitUntil(lambda: view.model.query.text == number, timeout=3000)
    wait_ops()
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "共 1 件"


def test_enter_and_double_click_open_the_case(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    view = make_view(qtbot, ctx, "seal.todo", wait_ops)
    view.select_step(view.model.row_at(0).step_id)
    view.table.setFocus()
    with qtbot.waitSignal(view.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.row_at(0).case_id]
    with qtbot.waitSignal(view.open_case_requested, timeout=2000):
        view.table.doubleClicked.emit(view.model.index(0, 1))
