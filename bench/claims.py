"""Claims under contention: worker processes claim and complete steps on PostgreSQL.

A fresh database holds N department steps ready to be worked (default 20,000: 5,000 cases with
seal, bank account, tax and social insurance steps ready, their intake review and licence
done, each step's form already filled in with its department's demo data). W worker processes
(default 20, started with spawn) each sign in as a clerk of one of the four departments and
loop ``claims.claim_next`` + ``workflow.complete_step`` until their queue is empty. Printed:
claims per second, and the check that every step was claimed exactly once and done exactly
once (StepEvent ``claimed``/``completed`` per step, final states, the ids the workers got) and
that every case completed.

By default the workflow engine is measured alone (the departments' ``check_completion`` and
``on_complete`` set aside); ``--departments`` completes with them, writing each department's
records as a real workstation does.

In the same run the same number of processes drain a copy of the same database with a bare
SQL loop (psycopg, no ORM, no events): the one-statement claim
``UPDATE step SET ... WHERE id = (SELECT id ... FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id``
followed by ``UPDATE step SET state = 'done' ...`` (the step found by its id alone, as the platform's
completion finds it: see migration 0007); the ratio of the two rates is printed.
Each loop's CPU time per claim is printed too: the whole machine's busy time while the workers
ran (workers, database server and anything else) divided by the claims made, with the share of
the time the machine was busy and the share the virtual machine's host took for others (stolen);
a rate with the machine idle part of the time was held back by waiting (locks, commits), not by
work.

    .venv/bin/python bench/claims.py [--steps 20000] [--workers 20] [--runs 3] [--departments]
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import traceback
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PG_ADMIN = os.environ.get("KAIBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DEPARTMENT_STEPS = [("seal", "seal"), ("bank_account", "bank"), ("tax_registration", "tax"),
                    ("social_insurance", "social_insurance")]
WINDOW_STEPS = [("intake_review", "market_supervision"), ("business_licence", "market_supervision")]
T0 = dt.datetime(2026, 3, 2, 9, 0, 0)

BARE_CLAIM = """
UPDATE step SET state = 'claimed', claimed_by_id = %(user)s, lease_until = %(lease)s,
       version = version + 1, updated_at = %(at)s
 WHERE id = (SELECT id FROM step
              WHERE department_id = %(department)s AND organisation_id = %(organisation)s
                AND step_type = %(step_type)s
                AND (state = 'ready' OR (state = 'claimed' AND lease_until < %(at)s))
              ORDER BY due_at NULLS LAST, id
              FOR UPDATE SKIP LOCKED LIMIT 1)
RETURNING id"""
BARE_DONE = """
UPDATE step SET state = 'done', completed_at = %(at)s, lease_until = NULL, version = version + 1,
       updated_at = %(at)s
 WHERE id = %(id)s AND state = 'claimed' AND claimed_by_id IS NOT DISTINCT FROM %(user)s"""


def pg_url(name: str) -> str:
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def admin_execute(*statements: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def drop_database(name: str) -> None:
    admin_execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                  f"AND pid <> pg_backend_pid()", f'DROP DATABASE IF EXISTS "{name}"')


# -- the database ---------------------------------------------------------------------------------

def build_template(name: str, n_steps: int, n_workers: int) -> dict:
    """Create and fill the template database; returns what the workers need."""
    from app.core.identifiers import make_uscc
    from app.core.models import Case, Department, Enterprise, Organisation, Role, Step, User
    from app.startup import open_app
    from db.base import database
    from db.connection import close_database

    admin_execute(f'CREATE DATABASE "{name}"')
    ctx = open_app(pg_url(name), backup=False)
    graph = ctx.graph
    rng = random.Random(20260302)
    departments = {d.code: d.id for d in Department.select()}
    used = DEPARTMENT_STEPS[:max(1, min(len(DEPARTMENT_STEPS), n_workers))]
    orgs = {}
    for code in {d for _s, d in used + WINDOW_STEPS}:
        orgs[code] = Organisation.create(department=departments[code], code=f"bench-{code}",
                                         name=f"{code} 基准测试机构").id
    workers = []
    for k in range(n_workers):
        step_type, dept = used[k % len(used)]
        username = f"bench_w{k:02d}"
        User.create(username=username, display_name=f"工作站{k:02d}", password_hash="x", role=Role.CLERK,
                    organisation=orgs[dept])
        workers.append({"username": username, "step_type": step_type})
    n_cases = math.ceil(n_steps / len(used))
    chunk = 1000
    with database.atomic():
        for base in range(0, n_cases, chunk):
            Enterprise.insert_many([{"name": f"基准企业{i}", "uscc": make_uscc("510703", 100000 + i),
                                     "area_code": "510703"}  # licensed: past the window's steps
                                    for i in range(base, min(base + chunk, n_cases))]).execute()
        enterprises = [e.id for e in Enterprise.select(Enterprise.id).order_by(Enterprise.id)]
        for base in range(0, n_cases, chunk):
            Case.insert_many([{"number": f"KB{i:010d}", "enterprise": enterprises[i], "state": "in_progress",
                               "created_at": T0, "data": {}, "version": 1}
                              for i in range(base, min(base + chunk, n_cases))]).execute()
        # the departments' forms, filled in as their staff would before completing the steps; made
        # before any step is in the database, as demo data looks at the open forms (next free numbers)
        forms = {}
        for step_type, _dept in used:
            spec = graph.steps.get(step_type)
            count = n_steps // len(used) + 1
            forms[step_type] = iter([spec.demo_data(rng) for _ in range(count)]
                                    if spec is not None and spec.demo_data is not None else [{}] * count)
        rows, made = [], 0
        for case_id in (c.id for c in Case.select(Case.id).order_by(Case.id)):
            for step_type, dept in WINDOW_STEPS:
                rows.append({"case": case_id, "step_type": step_type, "department": departments[dept],
                             "organisation": orgs[dept], "state": "done", "ready_at": T0, "due_at": T0,
                             "completed_at": T0, "data": {}, "version": 4, "updated_at": T0})
            for step_type, dept in used:
                if made == n_steps:
                    break
                ready = T0 + dt.timedelta(minutes=rng.randrange(0, 600))
                data = dict(next(forms[step_type]))
                if "unit_number" in data:  # an employer's number is unique; demo data takes the next free one,
                    data["unit_number"] = f"510703{made + 1:06d}"  # which is the same for every row built here
                rows.append({"case": case_id, "step_type": step_type, "department": departments[dept],
                             "organisation": orgs[dept], "state": "ready", "ready_at": ready,
                             "due_at": ready + dt.timedelta(minutes=rng.randrange(15, 120)), "data": data,
                             "version": 2, "updated_at": ready})
                made += 1
            if len(rows) >= chunk * 3:
                Step.insert_many(rows).execute()
                rows = []
        if rows:
            Step.insert_many(rows).execute()
    database.execute_sql("ANALYZE")
    info = {"workers": workers, "steps": made, "cases": n_cases,
            "ids": {u.username: (u.id, u.organisation_id) for u in User.select()},
            "departments": departments, "orgs": orgs,
            "pg": database.execute_sql("SHOW server_version").fetchone()[0]}
    close_database()
    return info


def verify(name: str, info: dict, claimed_ids: list[int], *, orm: bool) -> list[str]:
    """What went wrong, if anything: steps claimed twice or lost, steps not done, cases not complete."""
    import psycopg

    problems = []
    if len(claimed_ids) != len(set(claimed_ids)):
        problems.append(f"{len(claimed_ids) - len(set(claimed_ids))} steps handed to two workers")
    if len(set(claimed_ids)) != info["steps"]:
        problems.append(f"workers claimed {len(set(claimed_ids))} distinct steps of {info['steps']}")
    types = [t for t, _d in DEPARTMENT_STEPS]
    with psycopg.connect(pg_url(name)) as conn:
        open_steps = conn.execute("SELECT count(*) FROM step WHERE step_type = ANY(%s) AND state <> 'done'",
                                  (types,)).fetchone()[0]
        if open_steps:
            problems.append(f"{open_steps} steps not done")
        if orm:
            for event in ("claimed", "completed"):
                bad = conn.execute(
                    "SELECT count(*) FROM step s LEFT JOIN (SELECT step_id, count(*) AS n FROM step_event "
                    "WHERE event = %s GROUP BY step_id) e ON e.step_id = s.id "
                    "WHERE s.step_type = ANY(%s) AND coalesce(e.n, 0) <> 1", (event, types)).fetchone()[0]
                if bad:
                    problems.append(f"{bad} steps without exactly one '{event}' event")
            incomplete = conn.execute("SELECT count(*) FROM \"case\" WHERE state <> 'complete'").fetchone()[0]
            if incomplete:
                problems.append(f"{incomplete} cases not complete")
    return problems


# -- the workers ----------------------------------------------------------------------------------

def workflow_only(graph):
    """The graph without the departments' form checks and records (``check_completion``,
    ``on_complete``): the workflow engine alone, as the claims target is set for."""
    from dataclasses import replace

    from app.core.workflow import WorkflowGraph

    steps = {name: replace(spec, check_completion=None, on_complete=None) for name, spec in graph.steps.items()}
    return WorkflowGraph(steps, required=graph.required, variant=graph.variant)


def orm_worker(url: str, worker: dict, barrier, results) -> None:
    try:
        from app.core import claims, workflow
        from app.core.models import User
        from app.core.users import current_user
        from app.startup import open_app

        ctx = open_app(url, upgrade_schema=False, backup=False)
        graph = ctx.graph if worker.get("departments") else workflow_only(ctx.graph)
        me = current_user(User.get(User.username == worker["username"]))
        types = [worker["step_type"]]
        ids = []
        barrier.wait()
        started = time.monotonic()
        while (step := claims.claim_next(me, types)) is not None:
            workflow.complete_step(step.id, me.id, graph)
            ids.append(step.id)
        results.put(("ok", ids, started, time.monotonic()))
    except BaseException:  # noqa: BLE001 - reported by the parent
        results.put(("error", traceback.format_exc(), 0.0, 0.0))
        barrier.abort()


def bare_worker(url: str, worker: dict, barrier, results) -> None:
    try:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            params = dict(worker["params"])
            ids = []
            barrier.wait()
            started = time.monotonic()
            while True:
                at = dt.datetime.now().replace(microsecond=0)
                params.update(at=at, lease=at + dt.timedelta(minutes=30))
                row = conn.execute(BARE_CLAIM, params).fetchone()
                if row is None:
                    break
                conn.execute(BARE_DONE, {"id": row[0], "user": params["user"], "at": at})
                ids.append(row[0])
        results.put(("ok", ids, started, time.monotonic()))
    except BaseException:  # noqa: BLE001 - reported by the parent
        results.put(("error", traceback.format_exc(), 0.0, 0.0))
        barrier.abort()


def cpu_times() -> tuple[float, float, float]:
    """(busy, idle, stolen) seconds of the whole machine so far, from /proc/stat (zeros
    elsewhere). Stolen is the time a virtual machine's host gave to others: not busy here."""
    try:
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
    except OSError:
        return 0.0, 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (values + [0] * 8)[:8]
    return (user + nice + system + irq + softirq) / tick, (idle + iowait) / tick, steal / tick


def run_phase(kind: str, template: str, info: dict,
              departments: bool = False) -> tuple[float, float, list[str], float, tuple[float, float]]:
    """(claims per second, seconds, problems, machine CPU milliseconds per claim, (share of the
    machine's CPU time busy, share stolen by the host)) of one drain of a copy of the template.
    The CPU figures cover every process of the machine while the workers ran: the workers, the
    database server and whatever else was running."""
    name = f"{template}_{kind}"
    admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        spawn = mp.get_context("spawn")
        workers = info["workers"]
        barrier = spawn.Barrier(len(workers) + 1)
        results = spawn.Queue()
        target = orm_worker if kind == "orm" else bare_worker
        procs = []
        for worker in workers:
            worker = {**worker, "departments": departments}
            if kind == "bare":
                user_id, org_id = info["ids"][worker["username"]]
                dept = dict(DEPARTMENT_STEPS)[worker["step_type"]]
                worker = {**worker, "params": {"user": user_id, "organisation": org_id,
                                               "department": info["departments"][dept],
                                               "step_type": worker["step_type"]}}
            procs.append(spawn.Process(target=target, args=(pg_url(name), worker, barrier, results)))
        for proc in procs:
            proc.start()
        barrier.wait(timeout=300)  # every worker is connected and ready
        busy0, idle0, stolen0 = cpu_times()
        outcomes = [results.get(timeout=1800) for _ in procs]
        busy1, idle1, stolen1 = cpu_times()
        for proc in procs:
            proc.join()
        errors = [o[1] for o in outcomes if o[0] == "error"]
        if errors:
            raise RuntimeError(f"{len(errors)} workers failed; the first:\n{errors[0]}")
        ids = [i for o in outcomes for i in o[1]]
        seconds = max(o[3] for o in outcomes) - min(o[2] for o in outcomes)
        problems = verify(name, info, ids, orm=kind == "orm")
        busy, idle, stolen = busy1 - busy0, idle1 - idle0, stolen1 - stolen0
        total = busy + idle + stolen
        cpu_ms = 1000 * busy / len(ids) if ids else 0.0
        return (len(ids) / seconds, seconds, problems, cpu_ms,
                (busy / total, stolen / total) if total else (0.0, 0.0))
    finally:
        drop_database(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3, help="runs of both loops; medians are printed")
    ap.add_argument("--departments", action="store_true",
                    help="complete with the department plugins' form checks and records (on_complete) too")
    args = ap.parse_args()
    template = f"kaiban_bench_claims_{uuid.uuid4().hex[:8]}"
    t0 = time.perf_counter()
    try:
        info = build_template(template, args.steps, args.workers)
        print(f"PostgreSQL {info['pg']}, {os.cpu_count()} CPUs; {info['steps']:,} steps in {info['cases']:,} cases, "
              f"{args.workers} worker processes (built in {time.perf_counter() - t0:.1f} s)", flush=True)
        rates: dict[str, list[float]] = {"orm": [], "bare": []}
        cpu: dict[str, list[float]] = {"orm": [], "bare": []}
        failed = False
        for run in range(1, args.runs + 1):
            for kind in ("orm", "bare"):
                load = os.getloadavg()[0]  # the machine may be shared: what else was running
                rate, seconds, problems, cpu_ms, (busy, stolen) = run_phase(kind, template, info,
                                                                            args.departments)
                cpu[kind].append(cpu_ms)
                rates[kind].append(rate)
                label = "claim_next + complete_step" if kind == "orm" else "bare SQL claim + done   "
                verdict = "every step claimed and done exactly once" if not problems else "; ".join(problems)
                if kind == "orm" and not problems:
                    verdict += ", every case complete"
                failed |= bool(problems)
                print(f"run {run}  {label}  {rate:8.0f} claims/s  ({seconds:5.1f} s, load {load:4.1f}, "
                      f"CPU {cpu_ms:.2f} ms/claim, {busy:.0%} busy, {stolen:.0%} stolen)  {verdict}", flush=True)
    finally:
        drop_database(template)
    orm, bare = statistics.median(rates["orm"]), statistics.median(rates["bare"])
    print(f"\nmedian of {args.runs}: claim_next + complete_step {orm:.0f} claims/s; bare SQL loop {bare:.0f} claims/s; "
          f"ratio {orm / bare:.2f} (target >= 500 claims/s: {'met' if orm >= 500 else 'NOT met'})")
    print(f"machine CPU per claim, median: claim_next + complete_step {statistics.median(cpu['orm']):.2f} ms; "
          f"bare SQL loop {statistics.median(cpu['bare']):.2f} ms")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
