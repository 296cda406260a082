"""Live updates, the Qt-free part: change numbers kept by the database, one NOTIFY per transaction
on PostgreSQL, the step watcher on both databases, and the queue rows of changed steps."""
from __future__ import annotations

import random
import threading
import time
from dataclasses import replace

import psycopg
import pytest
from case_helpers import finish, new_case, seed_people, step, user, user_id, walk_to_departments, work

from app.core import changes, workflow
from app.core.changes import MAX_PAYLOAD, StepWatcher, parse_payload, payloads
from app.core.demo import fill_demo_data
from app.core.models import Step
from app.core.queues import QUEUE_COLUMNS, QueueQuery, queue_page, queue_rows_by_ids, queue_sort_key
from app.startup import open_app
from db.base import database


def wait_for(predicate, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


class Recorder:
    """Collects what a watcher reports (on its thread)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.changes: list[set[int]] = []
        self.resyncs = 0
        self.statuses: list[bool] = []

    def changed(self, ids):
        with self.lock:
            self.changes.append(set(ids))

    def resync(self):
        with self.lock:
            self.resyncs += 1

    def status(self, connected):
        with self.lock:
            self.statuses.append(connected)

    def seen(self) -> set[int]:
        with self.lock:
            return set().union(*self.changes) if self.changes else set()

    def times_reported(self, step_id: int) -> int:
        with self.lock:
            return sum(step_id in ids for ids in self.changes)

    def watcher(self, url, **options) -> StepWatcher:
        return StepWatcher(url, self.changed, on_resync=self.resync, on_status=self.status, **options)


@pytest.fixture
def flow(ctx, fast_hash):
    """Two cases at the department steps, people of every plugin."""
    seed_people(ctx)
    cases = [new_case(ctx, name) for name in ("绵阳实时一号科技有限公司", "绵阳实时二号科技有限公司")]
    for case in cases:
        walk_to_departments(ctx, case)
    return ctx, cases


@pytest.fixture
def watch(request):
    """``watch(url, **options)`` -> (recorder, started watcher, ready); stopped after the test."""
    started = []

    def start(url, **options):
        recorder = Recorder()
        watcher = recorder.watcher(url, **options).start()
        started.append(watcher)
        assert watcher.wait_ready(10), "the watcher did not connect"
        return recorder, watcher

    yield start
    for watcher in started:
        watcher.stop()


# -- payloads -------------------------------------------------------------------------------------

def test_payloads_list_every_id_once_and_stay_under_the_limit():
    assert payloads([3, 1, 2, 3]) == ["1,2,3"]
    assert payloads([]) == []
    ids = set(range(1_000_000, 1_004_000))  # 4000 ids of 7 digits: ~32 kB
    chunks = payloads(ids)
    assert len(chunks) > 1
    assert all(len(chunk.encode()) <= MAX_PAYLOAD < 8000 for chunk in chunks)
    assert set().union(*map(parse_payload, chunks)) == ids
    assert sum(len(parse_payload(chunk)) for chunk in chunks) == len(ids)


def test_parse_payload_ignores_what_is_not_an_id():
    assert parse_payload("1, 2,x,,-3,4") == {1, 2, 4}
    assert parse_payload("") == set()


# -- change numbers -------------------------------------------------------------------------------

def test_every_write_of_a_step_takes_a_new_change_number(flow):
    ctx, (case, _other) = flow
    seal = step(case, "seal")
    before = changes.latest_change()
    assert before > 0
    workflow.claim_step(seal.id, user_id("seal_clerk"))
    assert changes.changed_since(before) == [(seal.id, before + 1)]
    # whoever writes, even plain SQL that announces nothing
    database.execute_sql(f"UPDATE step SET data = '{{}}' WHERE case_id = {int(case.id)}")
    after = changes.changed_since(before + 1)
    assert {sid for sid, _seq in after} == {s.id for s in Step.select().where(Step.case == case.id)}
    assert len({seq for _sid, seq in after}) == len(after)  # one number per row
    assert min(seq for _sid, seq in after) > before + 1
    created = new_case(ctx, "绵阳新号科技有限公司")
    new_ids = {s.id for s in Step.select().where(Step.case == created.id)}
    assert new_ids <= {sid for sid, _seq in changes.changed_since(changes.latest_change() - 50)}


def test_the_change_number_triggers_survive_every_migration(ctx):
    """A later migration that rebuilt the step table (SQLite) would lose them silently."""
    if ctx.url.is_sqlite:
        names = {r[0] for r in ctx.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'step'").fetchall()}
        assert {"step_change_seq_insert", "step_change_seq_update"} <= names
    else:
        names = {r[0] for r in ctx.db.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'step'::regclass AND NOT tgisinternal").fetchall()}
        assert "step_change_seq" in names
    assert "change_seq" in {c.name for c in ctx.db.get_columns("step")}


# -- announcing (PostgreSQL) ----------------------------------------------------------------------

@pytest.fixture
def pg_flow(pg_url, tmp_path, fast_hash):
    ctx = open_app(pg_url, backup_to=tmp_path / "backups")
    seed_people(ctx)
    case = new_case(ctx)
    walk_to_departments(ctx, case)
    listener = psycopg.connect(pg_url, autocommit=True)
    listener.execute(f"LISTEN {changes.CHANNEL}")
    yield ctx, case, listener
    listener.close()


def received(listener, timeout: float = 0.3) -> list[str]:
    return [n.payload for n in listener.notifies(timeout=timeout) if n.channel == changes.CHANNEL]


def test_a_transaction_announces_its_steps_once_when_it_commits(pg_flow):
    ctx, case, listener = pg_flow
    received(listener, 0.1)  # what setting up announced
    seal, bank, tax = step(case, "seal"), step(case, "bank_account"), step(case, "tax_registration")
    with database.atomic():
        workflow.claim_step(seal.id, user_id("seal_clerk"))      # nested atomic blocks ...
        finish(ctx, seal.id, user_id("seal_clerk"))
        workflow.claim_step(bank.id, user_id("bank_clerk"))
        changes.touch(tax.id, seal.id)                          # ... and a touch of its own
        assert received(listener, 0.2) == []                    # nothing before the commit
    assert received(listener) == [",".join(map(str, sorted({seal.id, bank.id, tax.id})))]


def test_a_rolled_back_transaction_announces_nothing(pg_flow):
    ctx, case, listener = pg_flow
    received(listener, 0.1)
    seal, bank = step(case, "seal"), step(case, "bank_account")
    with pytest.raises(RuntimeError):
        with database.atomic():
            workflow.claim_step(seal.id, user_id("seal_clerk"))
            raise RuntimeError("changed my mind")
    assert received(listener) == []
    workflow.claim_step(bank.id, user_id("bank_clerk"))  # the next transaction announces only its own
    assert received(listener) == [str(bank.id)]
    assert Step.get_by_id(seal.id).state == "ready"


def test_completing_a_step_announces_it_once_with_the_steps_it_readied(pg_flow):
    """A completion that readies nothing else is announced by its own statement; one that readies
    the department steps (the licence) announces itself and them together, once."""
    ctx, case, listener = pg_flow
    seal = step(case, "seal")
    workflow.claim_step(seal.id, user_id("seal_clerk"))
    fill_demo_data(ctx.graph, seal.id, user_id("seal_clerk"), random.Random(1))
    received(listener, 0.1)
    workflow.complete_step(seal.id, user_id("seal_clerk"), ctx.graph)
    assert received(listener) == [str(seal.id)]

    other = new_case(ctx, "绵阳通知测试有限公司")
    work(ctx, other, "intake_review", "clerk")
    licence = step(other, "business_licence")
    workflow.claim_step(licence.id, user_id("clerk"))
    fill_demo_data(ctx.graph, licence.id, user_id("clerk"), random.Random(2))
    received(listener, 0.1)
    workflow.complete_step(licence.id, user_id("clerk"), ctx.graph)
    readied = [s.id for s in Step.select().where((Step.case == other.id) & (Step.state == "ready"))]
    assert len(readied) == 4
    assert received(listener) == [",".join(map(str, sorted({licence.id, *readied})))]


def test_touch_outside_a_transaction_announces_at_once_and_large_sets_are_split(pg_flow):
    _ctx, _case, listener = pg_flow
    received(listener, 0.1)
    changes.touch(7)
    assert received(listener) == ["7"]
    many = set(range(10_000, 13_000))
    with database.atomic():
        changes.touch(*many)
    got = received(listener, 0.5)
    assert len(got) == len(payloads(many)) > 1
    assert set().union(*map(parse_payload, got)) == many


def test_sqlite_sends_nothing(sqlite_ctx):
    with database.atomic():
        changes.touch(1, 2)
        assert not any(isinstance(cb, changes._Announcement)
                       for cb in getattr(database.obj._state, "commit_callbacks", ()))


# -- the watcher (both databases) -----------------------------------------------------------------

def test_the_watcher_reports_a_change_by_another_connection_within_a_second(flow, watch):
    ctx, (case, _other) = flow
    recorder, watcher = watch(ctx.url)
    assert wait_for(lambda: recorder.resyncs == 1)  # its first connection: "assume anything changed"
    assert recorder.statuses == [True]
    seal = step(case, "seal")
    started = time.monotonic()
    workflow.claim_step(seal.id, user_id("seal_clerk"))  # this thread's connection, not the watcher's
    assert wait_for(lambda: seal.id in recorder.seen(), 1.0)
    assert time.monotonic() - started < 1.0
    finish(ctx, seal.id, user_id("seal_clerk"))
    assert wait_for(lambda: recorder.times_reported(seal.id) >= 2, 1.0)


def test_a_change_is_reported_at_once_and_polls_do_not_repeat_it(flow, watch):
    ctx, (case, _other) = flow
    postgres = not ctx.url.is_sqlite
    recorder, watcher = watch(ctx.url, poll_interval=0.1 if postgres else None)
    bank = step(case, "bank_account")
    workflow.claim_step(bank.id, user_id("bank_clerk"))
    assert wait_for(lambda: bank.id in recorder.seen(), 1.0)
    time.sleep(0.8)  # several polls (PostgreSQL) / data_version checks (SQLite) later
    # NOTIFY, then once more by the first poll (it cannot know the change was announced); SQLite: once
    assert recorder.times_reported(bank.id) == (2 if postgres else 1)


def test_the_poll_finds_changes_nobody_announced(flow, watch):
    ctx, (case, _other) = flow
    recorder, watcher = watch(ctx.url, poll_interval=0.3 if not ctx.url.is_sqlite else None)
    tax = step(case, "tax_registration")
    param = "?" if ctx.url.is_sqlite else "%s"
    database.execute_sql(f"UPDATE step SET data = '{{\"note\": 1}}' WHERE id = {param}", (tax.id,))
    assert wait_for(lambda: tax.id in recorder.seen(), 2.0)


def test_too_many_changes_at_once_ask_for_a_resync(flow, watch):
    ctx, _cases = flow
    recorder, watcher = watch(ctx.url, poll_interval=0.3 if not ctx.url.is_sqlite else None, max_ids=3)
    assert wait_for(lambda: recorder.resyncs == 1)
    database.execute_sql("UPDATE step SET data = '{}'")  # every step, announced by nobody
    assert wait_for(lambda: recorder.resyncs == 2, 2.0)
    assert recorder.seen() == set()
    seal = Step.select().where(Step.step_type == "seal").first()
    workflow.claim_step(seal.id, user_id("seal_clerk"))  # and it goes on from there
    assert wait_for(lambda: recorder.seen() == {seal.id}, 2.0)


def test_a_stopped_watcher_reports_nothing(flow, watch):
    ctx, (case, _other) = flow
    recorder, watcher = watch(ctx.url)
    watcher.stop()
    assert not watcher._thread.is_alive()
    workflow.claim_step(step(case, "seal").id, user_id("seal_clerk"))
    time.sleep(0.4)
    assert recorder.seen() == set()


def test_after_a_dropped_connection_the_watcher_reconnects_and_catches_up(pg_url, tmp_path, fast_hash):
    ctx = open_app(pg_url, backup_to=tmp_path / "backups")
    seed_people(ctx)
    case = new_case(ctx)
    walk_to_departments(ctx, case)
    recorder = Recorder()
    watcher = recorder.watcher(ctx.url)  # the slow poll: every 15 s, so only a catch-up finds the change
    watcher.BACKOFF_MIN = 1.0  # a full second before it reconnects
    watcher.start()
    try:
        assert watcher.wait_ready(10)
        name = pg_url.rsplit("/", 1)[1]
        database.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                             "AND application_name = 'kaiban-watcher'", (name,))
        assert wait_for(lambda: recorder.statuses[-1:] == [False], 2.0)
        # changed while nobody listened, and announced by nobody: the catch-up by number finds it
        seal = step(case, "seal")
        database.execute_sql("UPDATE step SET data = '{}' WHERE id = %s", (seal.id,))
        assert wait_for(lambda: seal.id in recorder.seen(), 4.0)
        assert recorder.statuses == [True, False, True]
        assert watcher.reconnects == 1
        assert recorder.resyncs == 1  # only the first connection; a reconnect catches up by number
        bank = step(case, "bank_account")  # and it listens again
        workflow.claim_step(bank.id, user_id("bank_clerk"))
        assert wait_for(lambda: bank.id in recorder.seen(), 1.0)
    finally:
        watcher.stop()


# -- the rows of changed steps --------------------------------------------------------------------

def spec(ctx, key):
    admin = user("admin")
    return next(q for q in ctx.host.call("kaiban_queues", user=admin) if q.key == key)


def test_rows_by_ids_follow_the_queue_and_its_visibility(flow):
    ctx, (first, second) = flow
    query = QueueQuery(spec=spec(ctx, "seal.todo"))
    ids = [step(c, t).id for c in (first, second) for t in ("seal", "bank_account", "intake_review")]
    admin = user("admin")
    rows = queue_rows_by_ids(query, admin, ids + [999_999])
    assert [r.step_id for r in rows] == [r.step_id for r in queue_page(query, admin, limit=1000)
                                         if r.step_id in ids]
    assert {r.step_type for r in rows} == {"seal"}  # the other steps are not in this queue
    # a seal company's clerk gets only the steps routed to that company
    huaxin = user("seal_clerk")
    workflow.claim_step(step(first, "seal").id, huaxin.id)
    mine = queue_rows_by_ids(query, huaxin, ids)
    assert [(r.step_id, r.state, r.claimed_by) for r in mine] == [
        (step(c, "seal").id, "claimed" if c is first else "ready", huaxin.display_name if c is first else "")
        for c in sorted((first, second), key=lambda c: (step(c, "seal").due_at, step(c, "seal").id))]
    assert queue_rows_by_ids(query, user("seal_clerk2"), ids) == []
    assert queue_rows_by_ids(QueueQuery(spec=query.spec, mine_only=True), huaxin, ids) == [
        r for r in mine if r.state == "claimed"]
    assert queue_rows_by_ids(query, admin, []) == []


@pytest.mark.parametrize("descending", [False, True])
def test_the_sort_key_orders_rows_as_the_queue_does(flow, descending):
    ctx, (first, _second) = flow
    # more rows and some NULLs: unclaimed steps, steps not routed to any organisation
    new_case(ctx, "阿尔法科技有限公司")
    walk_to_departments(ctx, new_case(ctx, "Zeta 商贸有限公司"))
    workflow.claim_step(step(first, "seal").id, user_id("seal_clerk"))
    Step.update(organisation=None).where(Step.id == step(first, "bank_account").id).execute()
    admin = user("admin")
    all_types = ("intake_review", "business_licence", "seal", "bank_account", "tax_registration",
                 "social_insurance")
    base = spec(ctx, "seal.todo")
    wide = replace(base, step_types=all_types, states=("waiting", "ready", "claimed", "on_hold", "returned",
                                                      "done"))
    for column in QUEUE_COLUMNS:
        query = QueueQuery(spec=wide, sort=column, descending=descending)
        rows = queue_page(query, admin, limit=1000)
        assert len(rows) > 10
        assert sorted(reversed(rows), key=queue_sort_key(query)) == rows, column
