"""Live updates in the GUI: a change committed through another connection reaches the open queue
within a second, as row changes (never a model reset), keeping the selection."""
from __future__ import annotations

import threading
import time

import pytest
from case_helpers import finish, new_case, seed_people, step, user_id, walk_to_departments
from PyQt6.QtWidgets import QAbstractItemView

from app.core import workflow
from app.core.users import current_user, get_user
from app.startup import release_thread_connection
from app.ui import operations
from app.ui.queue_view import QueueView
from app.ui.shell import MainWindow


def elsewhere(fn):
    """Run ``fn`` on a thread of its own: its own database connection, like another workstation."""
    box = {}

    def run():
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            box["error"] = exc
        finally:
            release_thread_connection()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box.get("result")


def rows(model):
    return [model.row_at(i) for i in range(model.rowCount())]


@pytest.fixture
def live_ctx(ctx, fast_hash, monkeypatch):
    """SQLite and PostgreSQL: people of every plugin, three cases at the department steps."""
    monkeypatch.setenv("KAIBAN_LIVE_UPDATES", "1")
    seed_people(ctx)
    for name in ("绵阳实时甲科技有限公司", "绵阳实时乙科技有限公司", "绵阳实时丙科技有限公司"):
        walk_to_departments(ctx, new_case(ctx, name))
    return ctx


@pytest.fixture
def open_window(qtbot, wait_ops):
    """``open_window(ctx, username)``: a shown main window whose step watcher is listening."""
    windows = []

    def make(ctx, username: str) -> MainWindow:
        ctx.user = current_user(get_user(username))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        windows.append(window)
        assert window.live is not None and window.live.watcher.wait_ready(10)
        wait_ops()
        qtbot.wait(50)  # the first connection's resync
        wait_ops()
        return window

    yield make
    for window in windows:  # before the database goes away
        window.live.stop()
        window.close()
    operations.wait_until_idle(10000)


def test_a_claim_elsewhere_shows_within_a_second_without_a_reset(qtbot, live_ctx, open_window):
    window = open_window(live_ctx, "seal_clerk")
    view = window.current_queue_view()
    model = view.model
    assert model.rowCount() == 3 and {r.state for r in rows(model)} == {"ready"}
    target = model.row_at(1)
    assert view.select_step(target.step_id)
    seal_clerk = user_id("seal_clerk")

    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        started = time.monotonic()
        elsewhere(lambda: workflow.claim_step(target.step_id, seal_clerk))
        qtbot.waitUntil(lambda: model.row_at(model.row_of_step(target.step_id)).state == "claimed", timeout=1000)
        assert time.monotonic() - started < 1.0
    row = model.row_at(model.row_of_step(target.step_id))
    assert row.claimed_by == "赵师傅" and row.version == target.version + 1
    assert view.selected_row().step_id == target.step_id  # the selection stayed on the step
    assert view.complete_action.isEnabled()  # and the actions follow the new state

    with qtbot.assertNotEmitted(model.modelReset):
        elsewhere(lambda: finish(live_ctx, target.step_id, seal_clerk))
        qtbot.waitUntil(lambda: model.row_of_step(target.step_id) == -1, timeout=1000)  # done: out of the queue
    assert model.rowCount() == 2 and model.total == 2
    qtbot.waitUntil(lambda: window.queue_items["seal.todo"].text(0).endswith("(2)"), timeout=3000)


def test_a_step_entering_the_queue_is_inserted_in_sorted_place(qtbot, live_ctx, open_window, wait_ops):
    window = open_window(live_ctx, "clerk")
    model = window.current_queue_view().model  # the intake review queue
    assert window.current_queue_view().spec.key == "registration.review"
    before = [r.step_id for r in rows(model)]
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    with qtbot.assertNotEmitted(model.modelReset):
        case = elsewhere(lambda: new_case(live_ctx, "绵阳后到科技有限公司"))
        review = step(case, "intake_review")
        qtbot.waitUntil(lambda: model.row_of_step(review.id) >= 0, timeout=1000)
    wait_ops()
    order = [(r.due_at is None, r.due_at, r.step_id) for r in rows(model)]
    assert order == sorted(order)
    assert [r.step_id for r in rows(model) if r.step_id != review.id] == before
    assert inserted == [(model.row_of_step(review.id),) * 2]
    assert model.total == len(before) + 1


def test_hidden_queues_wait_until_shown(qtbot, live_ctx, open_window, wait_ops):
    window = open_window(live_ctx, "admin")
    seal = window.show_queue("seal.todo")
    bank = window.show_queue("bank.todo")  # the seal queue is hidden now
    wait_ops()
    target = seal.model.row_at(0)
    elsewhere(lambda: workflow.claim_step(target.step_id, user_id("seal_clerk")))
    qtbot.waitUntil(lambda: seal._stale, timeout=1000)
    assert seal.model.row_at(0).state == "ready"  # not re-read while nobody looks at it
    assert bank.isVisible()
    window.show_queue("seal.todo")
    qtbot.waitUntil(lambda: seal.model.row_at(seal.model.row_of_step(target.step_id)).state == "claimed",
                    timeout=2000)


# -- the model's part, without a watcher ----------------------------------------------------------

def queue_spec(ctx, key):
    return next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == key)


def test_only_rows_within_the_loaded_range_are_inserted(qtbot, sign_in, wait_ops):
    """With the first page loaded, a step arriving after its last row is counted, not shown —
    the next page brings it; one arriving before it is inserted in place."""
    from app.core.queues import QueueQuery, queue_page
    from app.ui.queue_model import QueueTableModel

    ctx = sign_in("admin")
    key = "registration.review"
    model = QueueTableModel(ctx, queue_spec(ctx, key), page_size=2)
    model.load()
    wait_ops()
    total = model.total
    assert model.rowCount() == 2 and total > 3
    last_due = model.row_at(1).due_at
    everything = queue_page(QueueQuery(spec=queue_spec(ctx, key)), ctx.user, limit=1000)
    late = next(r for r in everything if r.due_at > last_due)
    early_step = late.step_id
    with qtbot.assertNotEmitted(model.rowsInserted):
        model.apply_changed_steps({late.step_id})
        wait_ops()
    assert model.total == total  # it was in the queue already: the count stays

    # the late one's deadline moves before everything: now it is inside the loaded range
    from app.core.models import Step

    Step.update(due_at=model.row_at(0).due_at.replace(year=2000)).where(Step.id == early_step).execute()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted, timeout=3000):
        model.apply_changed_steps({early_step})
        wait_ops()
    assert model.row_at(0).step_id == early_step and model.rowCount() == 3
    assert model.total == total
    # a step of another queue: nothing happens, one empty query
    other = queue_page(QueueQuery(spec=queue_spec(ctx, "seal.todo")), ctx.user, limit=1)[0]
    model.apply_changed_steps({other.step_id})
    wait_ops()
    assert model.rowCount() == 3 and model.total == total
    while model.canFetchMore():  # the pages that follow neither repeat nor miss a row
        model.fetchMore()
        wait_ops()
    assert [r.step_id for r in rows(model)] == [
        r.step_id for r in queue_page(QueueQuery(spec=queue_spec(ctx, key)), ctx.user, limit=1000)]


def test_the_row_at_the_top_stays_when_rows_arrive_above_it(qtbot, sign_in, wait_ops):
    from app.core.models import Step

    from app.core.queues import QueueQuery, queue_count

    ctx = sign_in("admin")
    specs = ctx.host.call("kaiban_queues", user=ctx.user)
    view = QueueView(ctx, max(specs, key=lambda s: queue_count(QueueQuery(spec=s), ctx.user)))
    qtbot.addWidget(view)
    view.resize(900, 220)  # three rows high
    view.show()
    wait_ops()
    model = view.model
    assert model.rowCount() >= 6
    view.table.scrollTo(model.index(2, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.table.rowAt(0) == 2
    top = model.row_at(view.table.rowAt(0)).step_id
    last = model.row_at(model.rowCount() - 1)
    # the last row's deadline moves to the front: it moves above the rows in sight
    Step.update(due_at=model.row_at(0).due_at.replace(year=2000)).where(Step.id == last.step_id).execute()
    with qtbot.assertNotEmitted(model.modelReset):
        model.apply_changed_steps({last.step_id})
        wait_ops()
    assert model.row_at(0).step_id == last.step_id
    assert model.row_at(view.table.rowAt(0)).step_id == top
