"""Live-update latency: a change committed by one process, seen by another process's queue model.

The observer (this process) opens a queue model (``registration.review`` as admin) with the live
bridge wired as the shell wires it (app.ui.live -> QueueTableModel.apply_changed_steps), on an
offscreen QApplication. A writer process (this file with ``--writer``) claims and releases steps
of that queue one at a time, on command, and reports when each call returned (its transaction
committed). For every change the observer notes when the bridge's signal reached the GUI thread
and when the model showed the step's new version; latencies are measured from the commit on
CLOCK_MONOTONIC, which both processes share (the writer notes the time in an after-commit callback
of its transaction, the first thing to run after COMMIT). Before each change the writer waits a random moment
(up to one SQLite poll period), so the changes do not fall in step with the polling.

Prints p50 / p90 / p99 / max for PostgreSQL (LISTEN/NOTIFY) and SQLite (PRAGMA data_version).
Targets: PostgreSQL p50 < 100 ms and p99 < 250 ms; SQLite < 1 s.

    .venv/bin/python bench/live_latency.py [--changes 200] [--db both|sqlite|postgres]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN = os.environ.get("KAIBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
STEPS = 10  # the writer takes turns over this many steps of the queue
QUEUE = "registration.review"


# -- the writer process ---------------------------------------------------------------------------

def writer(url: str) -> None:
    from app.core import workflow
    from app.core.models import User
    from app.startup import open_app
    from db.base import database

    open_app(url, backup=False)
    admin = User.get(User.username == "bench_admin").id
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        time.sleep(command["pause"])
        mark = {}
        with database.atomic():  # the outermost transaction: its first after-commit callback
            database.after_commit(lambda: mark.setdefault("t", time.monotonic()))  # runs right after COMMIT
            if command["op"] == "claim":
                workflow.claim_step(command["step"], admin)
            else:
                workflow.release_step(command["step"], admin)
        print(json.dumps({"i": command["i"], "committed": mark["t"]}), flush=True)


# -- the observer ---------------------------------------------------------------------------------

def populate(url: str, cases: int) -> None:
    """Departments, one admin, ``cases`` cases whose intake review is ready."""
    from app.core.cases import NewCase, create_case
    from app.core.models import Role, User
    from app.core import workflow
    from app.startup import open_app

    ctx = open_app(url, backup=False)
    User.create(username="bench_admin", display_name="admin", password_hash="x", role=Role.ADMIN)
    for i in range(cases):
        case = create_case(NewCase(enterprise_name=f"绵阳基准{i:03d}科技有限公司", area_code="510703"))
        workflow.start_case(case.id, ctx.graph)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def observe(url: str, changes: int, pause_max: float) -> dict[str, list[float]]:
    from PyQt6.QtCore import QEventLoop, QTimer
    from PyQt6.QtWidgets import QApplication

    from app.core.models import User
    from app.core.users import current_user
    from app.startup import open_app
    from app.ui import operations
    from app.ui.live import LiveUpdates
    from app.ui.queue_model import QueueTableModel

    app = QApplication.instance() or QApplication([])
    ctx = open_app(url, backup=False)
    ctx.user = current_user(User.get(User.username == "bench_admin"))
    spec = next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == QUEUE)
    model = QueueTableModel(ctx, spec)
    model.load()
    operations.wait_until_idle()
    steps = [model.row_at(i).step_id for i in range(min(STEPS, model.rowCount()))]
    assert len(steps) == STEPS, "the queue has too few rows"

    live = LiveUpdates(ctx.url)
    target: dict = {}
    loop = QEventLoop()

    def signalled(ids):
        if target.get("step") in ids and "signalled" not in target:
            target["signalled"] = time.monotonic()
        model.apply_changed_steps(ids)

    def applied():
        if "version" not in target or "seen" in target:
            return
        row = model.row_at(model.row_of_step(target["step"]))
        if row is not None and row.version >= target["version"]:
            target["seen"] = time.monotonic()
            loop.quit()

    live.steps_changed.connect(signalled)
    live.resync_needed.connect(model.refresh)
    model.loaded.connect(applied)
    live.start()
    assert live.watcher.wait_ready(10)
    operations.wait_until_idle()

    proc = subprocess.Popen([sys.executable, __file__, "--writer", url], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    committed: dict[int, float] = {}
    got = threading.Condition()

    def read():
        for line in proc.stdout:
            message = json.loads(line)
            with got:
                committed[message.get("i", -1)] = message.get("committed", 0.0)
                got.notify_all()

    threading.Thread(target=read, daemon=True).start()
    with got:
        assert got.wait_for(lambda: -1 in committed, 60), "the writer did not start"

    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    rng = random.Random(7)
    notified, shown = [], []
    claimed = set()
    try:
        for i in range(changes):
            step_id = steps[i % STEPS]
            op = "release" if step_id in claimed else "claim"
            claimed ^= {step_id}
            row = model.row_at(model.row_of_step(step_id))
            target.clear()
            target.update(step=step_id, version=row.version + 1)
            proc.stdin.write(json.dumps({"i": i, "op": op, "step": step_id,
                                         "pause": rng.uniform(0, pause_max)}) + "\n")
            proc.stdin.flush()
            timeout.start(5000)
            loop.exec()
            timeout.stop()
            with got:
                assert got.wait_for(lambda: i in committed, 10), "the writer did not answer"
            assert "seen" in target, f"change {i} was not seen within 5 s"
            notified.append(target["signalled"] - committed[i])
            shown.append(target["seen"] - committed[i])
    finally:
        proc.stdin.close()
        proc.wait(10)
        live.stop()
        operations.wait_until_idle()
    return {"notified": notified, "shown": shown}


# -- running it -----------------------------------------------------------------------------------

def measure(kind: str, changes: int, workdir: Path) -> dict[str, list[float]]:
    """Run one database's measurement in a fresh process (each opens the database once)."""
    out = workdir / f"{kind}.json"
    subprocess.run([sys.executable, __file__, "--observe", kind, "--changes", str(changes), "--out", str(out),
                    "--workdir", str(workdir)], check=True, cwd=ROOT)
    return json.loads(out.read_text())


def observe_db(kind: str, changes: int, workdir: Path) -> dict[str, list[float]]:
    from db.connection import close_database

    if kind == "sqlite":
        url = f"sqlite:///{workdir / 'live.db'}"
        populate(url, 20)
        close_database()
        try:
            return observe(url, changes, pause_max=0.2)
        finally:
            close_database()
    import psycopg

    name = f"kaiban_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        populate(url, 20)
        close_database()
        return observe(url, changes, pause_max=0.02)
    finally:
        close_database()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(kind: str, samples: dict[str, list[float]], target: str) -> None:
    print(f"\n{kind}: {len(samples['shown'])} changes; latency from the writer's commit, in ms")
    for label, key in (("signal on the GUI thread", "notified"), ("row shown by the queue model", "shown")):
        values = [s * 1000 for s in samples[key]]
        print(f"  {label:<29} p50 {statistics.median(values):7.1f}   p90 {percentile(values, 90):7.1f}   "
              f"p99 {percentile(values, 99):7.1f}   max {max(values):7.1f}")
    print(f"  target: {target}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=200)
    ap.add_argument("--db", choices=["both", "sqlite", "postgres"], default="both")
    ap.add_argument("--writer", metavar="URL", help=argparse.SUPPRESS)
    ap.add_argument("--observe", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.writer:
        writer(args.writer)
        return
    if args.observe:
        Path(args.out).write_text(json.dumps(observe_db(args.observe, args.changes, Path(args.workdir))))
        return
    kinds = ["postgres", "sqlite"] if args.db == "both" else [args.db]
    targets = {"postgres": "p50 < 100 ms, p99 < 250 ms", "sqlite": "< 1000 ms"}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            print(f"{kind}: {args.changes} changes ...", flush=True)
            report(kind, measure(kind, args.changes, Path(tmp)), targets[kind])


if __name__ == "__main__":
    main()
