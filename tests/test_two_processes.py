"""Two app processes on one database (SQLite file and PostgreSQL): each sees the other's claims and
completions live, and a killed process's claim comes back once its lease has run out."""
from __future__ import annotations

import datetime as dt
import json
import os
import queue
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from case_helpers import new_case, seed_people, step, user, user_id, walk_to_departments

from app.core import workflow
from app.core.changes import StepWatcher
from app.core.errors import Conflict
from app.core.models import Step, now
from app.core.queues import QueueQuery, queue_rows_by_ids

ROOT = Path(__file__).resolve().parent.parent

#: The other workstation: opens the app on the database given, then obeys JSON commands on stdin
#: and answers on stdout; with "watch" it also prints what its step watcher reports.
WORKER = textwrap.dedent('''
    import datetime as dt, json, random, sys, threading, time
    from app.startup import open_app
    from app.core import workflow
    from app.core.demo import fill_demo_data
    from app.core.changes import StepWatcher
    from app.core.models import User, now

    out = threading.Lock()

    def say(**message):
        with out:
            sys.stdout.write(json.dumps(message) + "\\n")
            sys.stdout.flush()

    ctx = open_app(sys.argv[1], backup=False)
    say(ready=True)
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        try:
            if op == "watch":
                watcher = StepWatcher(ctx.url, lambda ids: say(changed=sorted(ids))).start()
                watcher.wait_ready()
                say(ok=op)
            elif op in ("claim", "complete"):
                uid = User.get(User.username == command["user"]).id
                if op == "claim":
                    step = workflow.claim_step(command["step"], uid, lease_minutes=command.get("lease_minutes", 30))
                else:
                    fill_demo_data(ctx.graph, command["step"], uid, random.Random(0))  # the form
                    step = workflow.complete_step(command["step"], uid, ctx.graph)
                say(ok=op, state=step.state)
        except Exception as exc:
            say(error=f"{type(exc).__name__}: {exc}")
''')


class Workstation:
    """The other process, and what it said."""

    def __init__(self, url: str, script: Path):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, str(script), url], cwd=ROOT, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.said: queue.Queue[dict] = queue.Queue()
        self.changed: set[int] = set()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.expect(lambda m: m.get("ready"), timeout=30)

    def _read(self) -> None:
        for line in self.proc.stdout:
            message = json.loads(line)
            if "changed" in message:
                self.changed.update(message["changed"])
            else:
                self.said.put(message)

    def expect(self, predicate, timeout: float = 10) -> dict:
        message = self.said.get(timeout=timeout)
        assert "error" not in message, message["error"]
        assert predicate(message), message
        return message

    def do(self, **command) -> dict:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self.expect(lambda m: m.get("ok") == command["op"])

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)


@pytest.fixture
def workstation(tmp_path):
    """``workstation(url)``: another app process on the database ``url``."""
    script = tmp_path / "workstation.py"
    script.write_text(WORKER)
    started = []

    def start(url: str) -> Workstation:
        station = Workstation(url, script)
        started.append(station)
        return station

    yield start
    for station in started:
        station.close()


@pytest.fixture
def shared(ctx, fast_hash):
    """This process's side: people of every plugin, a case at the department steps, a watcher."""
    seed_people(ctx)
    case = new_case(ctx)
    walk_to_departments(ctx, case)
    seen: set[int] = set()
    lock = threading.Lock()

    def changed(ids):
        with lock:
            seen.update(ids)

    watcher = StepWatcher(ctx.url, changed).start()
    assert watcher.wait_ready(10)
    yield ctx, case, (lambda: set(seen))
    watcher.stop()


def url_of(ctx) -> str:
    return ctx.url.render(with_password=True)


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


def seal_row(ctx, step_id: int):
    spec = next(q for q in ctx.host.call("kaiban_queues", user=user("admin")) if q.key == "seal.todo")
    rows = queue_rows_by_ids(QueueQuery(spec=spec), user("seal_clerk"), [step_id])
    return rows[0] if rows else None


def test_two_processes_see_each_others_claims_and_completions_live(shared, workstation):
    ctx, case, seen = shared
    other = workstation(url_of(ctx))
    other.do(op="watch")
    seal = step(case, "seal")

    other.do(op="claim", step=seal.id, user="seal_clerk")
    assert wait_for(lambda: seal.id in seen(), 1.0), "this process did not see the other's claim"
    row = seal_row(ctx, seal.id)
    assert (row.state, row.claimed_by) == ("claimed", "赵师傅")

    before = len(seen())
    other.do(op="complete", step=seal.id, user="seal_clerk")
    assert wait_for(lambda: Step.get_by_id(seal.id).state == "done" and seal_row(ctx, seal.id) is None, 1.0)
    assert len(seen()) >= before

    bank = step(case, "bank_account")  # and the other way round
    workflow.claim_step(bank.id, user_id("bank_clerk"))
    assert wait_for(lambda: bank.id in other.changed, 1.0), "the other process did not see this one's claim"
    other.proc.stdin.close()  # end of its commands: it exits normally
    assert other.proc.wait(10) == 0


def test_a_killed_processs_claim_returns_to_the_queue_after_its_lease(shared, workstation):
    ctx, case, seen = shared
    tax = step(case, "tax_registration")
    other = workstation(url_of(ctx))
    other.do(op="claim", step=tax.id, user="tax_clerk", lease_minutes=1)
    assert wait_for(lambda: tax.id in seen(), 1.0)
    other.proc.kill()  # SIGKILL: no clean-up of any kind
    assert other.proc.wait(10) == -9

    held = Step.get_by_id(tax.id)
    assert (held.state, held.claimed_by_id) == ("claimed", user_id("tax_clerk"))
    with pytest.raises(Conflict):  # while the lease runs, nobody else may take it
        workflow.claim_step(tax.id, user_id("tax_chief"))
    after_lease = held.lease_until + dt.timedelta(seconds=1)
    assert after_lease - now() <= dt.timedelta(minutes=1, seconds=1)
    taken = workflow.claim_step(tax.id, user_id("tax_chief"), at=after_lease)
    assert (taken.state, taken.claimed_by_id) == ("claimed", user_id("tax_chief"))
