"""Where a claim's CPU time goes: the claims bench's loop built up one layer at a time.

Each level drains a copy of the same database (bench/claims.py's, default 8,000 steps) with the
same 20 worker processes, and adds one thing to the level before it:

1. ``bare``         the bare SQL loop: a one-statement claim, then ``UPDATE ... SET state = 'done'``,
                    each its own transaction (two round trips per step);
2. ``transaction``  the completion inside ``BEGIN`` ... ``COMMIT``, where the department's records
                    of the step are written (four round trips);
3. ``platform SQL`` the platform's own statements, sent straight through psycopg: the claim with
                    its event, the check that the user is active and its NOTIFY
                    (``claims._pg_claim_statement``), and ``kaiban_complete_step`` (the completion's
                    event, the case lock, the case's steps); the case itself is not completed;
4. ``services``     ``claims.claim_next`` + ``workflow.complete_step`` as bench/claims.py runs them
                    (models, service checks, the case's completion and its SMS).

Printed per level: claims per second and the whole machine's CPU milliseconds per claim (see
bench/claims.py: busy time of every process while the workers ran, the VM host's stolen time
left out), medians over the runs, and what each level adds. On a machine with C cores a rate of
R claims per second needs at most 1000 * C / R ms of CPU per claim.

    .venv/bin/python bench/claims_cost.py [--steps 8000] [--workers 20] [--runs 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
import traceback
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claims as bench  # noqa: E402  (bench/claims.py)

LEVELS = ("bare", "transaction", "platform SQL", "services")


def level_worker(url: str, worker: dict, barrier, results) -> None:
    """Levels 1-3: psycopg alone, prepared statements as the platform's connection uses them
    (``params``, the bare loop's user, organisation and queue, come from bench/claims.py's run_phase)."""
    try:
        import psycopg

        level, user = worker["level"], worker["params"]["user"]
        with psycopg.connect(url, autocommit=True) as conn:
            ids = []
            barrier.wait()
            started = time.monotonic()
            while True:
                at = dt.datetime.now()
                lease = at + dt.timedelta(minutes=30)
                if level == "platform SQL":
                    values = [at if slot == "at" else lease for slot in worker["slots"]]
                    row = conn.execute(worker["claim_sql"], values, prepare=True).fetchone()
                else:
                    row = conn.execute(bench.BARE_CLAIM, {**worker["params"], "at": at, "lease": lease},
                                       prepare=True).fetchone()
                if row is None:
                    break
                if level == "bare":
                    conn.execute(bench.BARE_DONE, {"id": row[0], "user": user, "at": at}, prepare=True)
                else:
                    conn.execute("BEGIN")
                    if level == "platform SQL":
                        conn.execute(worker["complete_sql"], (row[0], user, None, at, None, []),
                                     prepare=True).fetchall()
                    else:
                        conn.execute(bench.BARE_DONE, {"id": row[0], "user": user, "at": at}, prepare=True)
                    conn.execute("COMMIT")
                ids.append(row[0])
        results.put(("ok", ids, started, time.monotonic()))
    except BaseException:  # noqa: BLE001 - reported by the parent
        results.put(("error", traceback.format_exc(), 0.0, 0.0))
        barrier.abort()


def platform_statements(template: str, info: dict) -> None:
    """Each worker's claim statement (as claim_next sends it) and the completion statement."""
    from app.core import claims, workflow
    from app.core.models import User
    from app.core.users import current_user
    from app.startup import open_app
    from db.connection import close_database

    open_app(bench.pg_url(template), upgrade_schema=False, backup=False)
    try:
        for worker in info["workers"]:
            me = current_user(User.get(User.username == worker["username"]))
            sql, slots = claims._pg_claim_statement(me, (worker["step_type"],), True)
            worker.update(claim_sql=sql, slots=[slot.name for slot in slots], complete_sql=workflow._PG_COMPLETE)
    finally:
        close_database()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=8_000)
    ap.add_argument("--workers", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    template = f"kaiban_bench_cost_{uuid.uuid4().hex[:8]}"
    bench.bare_worker = level_worker  # run_phase("bare", ...) starts the level's loop
    try:
        info = bench.build_template(template, args.steps, args.workers)
        platform_statements(template, info)
        print(f"PostgreSQL {info['pg']}, {os.cpu_count()} CPUs; {info['steps']:,} steps, {args.workers} worker "
              f"processes, {args.runs} runs", flush=True)
        rates: dict[str, list[float]] = {level: [] for level in LEVELS}
        cpu: dict[str, list[float]] = {level: [] for level in LEVELS}
        failed = False
        for run in range(1, args.runs + 1):
            for level in LEVELS:
                for worker in info["workers"]:
                    worker["level"] = level
                kind = "orm" if level == "services" else "bare"
                rate, seconds, problems, cpu_ms, (busy, stolen) = bench.run_phase(kind, template, info)
                rates[level].append(rate)
                cpu[level].append(cpu_ms)
                failed |= bool(problems)
                print(f"run {run}  {level:12}  {rate:6.0f} claims/s  CPU {cpu_ms:.2f} ms/claim  ({seconds:5.1f} s, "
                      f"{busy:.0%} busy, {stolen:.0%} stolen)  {'; '.join(problems) or 'every step done once'}",
                      flush=True)
    finally:
        bench.drop_database(template)
    print(f"\nmedians of {args.runs} runs (machine CPU per claim; what the level adds to the one before):")
    before = None
    for level in LEVELS:
        ms = statistics.median(cpu[level])
        added = f"  +{ms - before:.2f} ms" if before is not None else ""
        print(f"  {level:12}  {statistics.median(rates[level]):6.0f} claims/s  {ms:.2f} ms/claim{added}")
        before = ms
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
