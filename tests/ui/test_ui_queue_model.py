"""The queue model: lazy pages, sorting in SQL, and refreshes that apply row changes (never a reset)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from types import SimpleNamespace

import pytest
from PyQt6.QtCore import QItemSelectionModel, Qt

from app.core import workflow
from app.core.queues import QueueQuery, QueueRow, queue_page
from app.ui.queue_model import QueueTableModel


def queue_spec(ctx, key):
    """The plugin's queue; the seal queue with the core's default columns (the model's behaviour,
    not the seal plugin's choice of columns, is under test)."""
    spec = next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == key)
    return dataclasses.replace(spec, columns=()) if key == "seal.todo" else spec


def loaded_model(ctx, key, wait_ops, **kwargs) -> QueueTableModel:
    model = QueueTableModel(ctx, queue_spec(ctx, key), **kwargs)
    model.load()
    wait_ops()
    return model


def all_rows(ctx, key, **query):
    return queue_page(QueueQuery(spec=queue_spec(ctx, key), **query), ctx.user, limit=10_000)


def dues(model):
    return [model.row_at(i).due_at for i in range(model.rowCount())]


def test_pages_are_fetched_lazily(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    key = max((q.key for q in ctx.host.call("kaiban_queues", user=ctx.user)),
              key=lambda k: len(all_rows(ctx, k)))
    total = len(all_rows(ctx, key))
    assert total > 4, "the demo data should fill a queue beyond two pages of 2"
    model = loaded_model(ctx, key, wait_ops, page_size=2)
    assert model.rowCount() == 2
    assert model.total == total
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.fetchMore()
    wait_ops()
    assert model.rowCount() == 4
    while model.canFetchMore():
        model.fetchMore()
        wait_ops()
    assert model.rowCount() == total
    assert len({model.row_at(i).step_id for i in range(total)}) == total


def test_sorting_happens_in_sql(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    model = loaded_model(ctx, "seal.todo", wait_ops, page_size=3)
    everything = [r.due_at for r in all_rows(ctx, "seal.todo")]
    # the first page holds the three earliest deadlines of the whole queue, not of some page
    assert dues(model) == sorted(everything)[:3]
    due = model.column_of("due_at")
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.sort(due, Qt.SortOrder.DescendingOrder)
    wait_ops()
    assert dues(model) == sorted(everything, reverse=True)[:3]
    model.sort(model.column_of("case_number"), Qt.SortOrder.AscendingOrder)
    wait_ops()
    numbers = [model.row_at(i).case_number for i in range(model.rowCount())]
    assert numbers == sorted(r.case_number for r in all_rows(ctx, "seal.todo"))[:3]


def test_filter_and_display(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    model = loaded_model(ctx, "seal.todo", wait_ops)
    first = model.row_at(0)
    model.set_filter(first.case_number)
    wait_ops()
    assert model.rowCount() == 1 and model.total == 1
    text = {model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
            for c in range(model.columnCount())}
    assert text["事项"] == "刻章"
    assert text["状态"] in {"待办", "已领取", "挂起", "退回补正"}
    assert len(text["办理时限"]) == len("2026-11-21 09:30")
    model.set_filter("没有这样的企业")
    wait_ops()
    assert model.rowCount() == 0 and model.total == 0


def test_overdue_deadline_is_red(sign_in, wait_ops):
    ctx = sign_in("admin")
    model = loaded_model(ctx, "seal.todo", wait_ops)
    due = model.column_of("due_at")
    overdue = [i for i in range(model.rowCount()) if model.row_at(i).due_at < dt.datetime.now()]
    assert overdue, "demo deadlines lie in the past"
    brush = model.index(overdue[0], due).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#c62828"
    assert model.index(overdue[0], 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_refresh_after_a_claim_changes_data_not_the_model(qtbot, sign_in, wait_ops):
    from PyQt6.QtWidgets import QTableView

    ctx = sign_in("admin")
    model = loaded_model(ctx, "seal.todo", wait_ops)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    row = next(i for i in range(model.rowCount()) if model.row_at(i).state == "ready")
    step_id = model.row_at(row).step_id
    view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    workflow.claim_step(step_id, ctx.user.id)

    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged), \
            qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        model.refresh()
        wait_ops()
    first, last = changed.args[0], changed.args[1]
    changed_ids = {model.row_at(i).step_id for i in range(first.row(), last.row() + 1)}
    assert step_id in changed_ids
    now_row = model.row_of_step(step_id)
    assert model.row_at(now_row).state == "claimed"
    assert model.row_at(now_row).claimed_by == ctx.user.display_name
    assert [i.row() for i in view.selectionModel().selectedRows()] == [now_row]  # selection kept


def test_refresh_inserts_arrivals_and_removes_departures(qtbot, sign_in, wait_ops):
    from app.core.cases import NewCase, create_case

    ctx = sign_in("admin")
    review = loaded_model(ctx, "registration.review", wait_ops)
    # a new case started now: its intake review arrives in the queue
    case = create_case(NewCase(enterprise_name="绵阳测试新到科技有限公司", area_code="510703"))
    workflow.start_case(case.id, ctx.graph)
    with qtbot.assertNotEmitted(review.modelReset), qtbot.waitSignal(review.rowsInserted, timeout=5000):
        review.refresh()
        wait_ops()
    arrived = next(review.row_at(i) for i in range(review.rowCount()) if review.row_at(i).case_id == case.id)
    assert arrived.state == "ready"
    # reviewed: it leaves the queue
    workflow.claim_step(arrived.step_id, ctx.user.id)
    workflow.complete_step(arrived.step_id, ctx.user.id, ctx.graph)
    with qtbot.assertNotEmitted(review.modelReset), qtbot.waitSignal(review.rowsRemoved, timeout=5000):
        review.refresh()
        wait_ops()
    assert review.row_of_step(arrived.step_id) == -1
    assert review.rowCount() == review.total == len(all_rows(ctx, "registration.review"))


def _row(step_id: int, state: str = "ready") -> QueueRow:
    at = dt.datetime(2026, 11, 21, 9, 0) + dt.timedelta(minutes=step_id)
    return QueueRow(step_id=step_id, case_id=step_id, version=1, case_number=f"KB{step_id:05d}",
                    enterprise_name=f"企业{step_id}", step_type="seal", state=state, organisation="",
                    claimed_by="", claimed_by_id=None, ready_at=at, due_at=at, updated_at=at)


@pytest.fixture
def offline_model(qtbot):
    """A model with no database behind it, for the row-diff logic."""
    from app.plugin_api import QueueSpec

    ctx = SimpleNamespace(user=None, step_title=lambda name: name)
    model = QueueTableModel(ctx, QueueSpec(key="t", title="t", department="d", step_types=("seal",)))
    return model


def test_apply_rows_reaches_any_order_with_row_signals(qtbot, qtmodeltester, offline_model):
    model = offline_model
    rng = random.Random(7)
    model.apply_rows([_row(i) for i in range(1, 21)])
    qtmodeltester.check(model)
    for _ in range(40):
        ids = rng.sample(range(1, 41), rng.randrange(0, 25))
        target = [_row(i, rng.choice(["ready", "claimed"])) for i in ids]
        kept = {model.row_at(i).step_id for i in range(model.rowCount())} & set(ids)
        persistent = {sid: model.index(model.row_of_step(sid), 0) for sid in kept}
        from PyQt6.QtCore import QPersistentModelIndex

        persistent = {sid: QPersistentModelIndex(index) for sid, index in persistent.items()}
        with qtbot.assertNotEmitted(model.modelReset):
            model.apply_rows(target)
        assert [model.row_at(i).step_id for i in range(model.rowCount())] == ids
        assert [model.row_at(i).state for i in range(model.rowCount())] == [r.state for r in target]
        for sid, index in persistent.items():  # a row that stayed is still where its index points
            assert model.row_at(index.row()).step_id == sid
    qtmodeltester.check(model)


def test_apply_rows_moves_one_row_with_one_move(qtbot, offline_model):
    model = offline_model
    model.apply_rows([_row(i) for i in range(1, 6)])
    moves = []
    model.rowsMoved.connect(lambda *args: moves.append(args))
    model.apply_rows([_row(i) for i in (2, 3, 4, 5, 1)])
    assert [model.row_at(i).step_id for i in range(5)] == [2, 3, 4, 5, 1]
    assert len(moves) == 1
