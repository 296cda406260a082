"""First page of a queue over a large step history.

Builds a database with N steps (default 1,000,000, ~2% still open, the rest done),
then times what the queue view does on opening: ``queue_count`` + ``queue_page`` for a
department queue, as an organisation's clerk and as an admin. Prints medians, with the
same measurement on a 10,000-step history as the baseline for the ratio.

    .venv/bin/python bench/queue_first_page.py [--steps 1000000] [--db sqlite|postgres] [--repeat 15]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.models import Case, Department, Enterprise, Organisation, Role, Step, User  # noqa: E402
from app.core.queues import QueueQuery, queue_count, queue_page  # noqa: E402
from app.core.users import current_user  # noqa: E402
from app.plugin_api import QueueSpec  # noqa: E402
from app.startup import open_app  # noqa: E402
from db.base import database  # noqa: E402
from db.connection import close_database  # noqa: E402

STEP_TYPES = [("intake_review", "market_supervision"), ("business_licence", "market_supervision"),
              ("seal", "seal"), ("bank_account", "bank"), ("tax_registration", "tax"),
              ("social_insurance", "social_insurance")]
PG_ADMIN = os.environ.get("KAIBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def populate(n_steps: int, rng: random.Random) -> None:
    depts = {d.code: d.id for d in Department.select()}
    orgs = {}
    for code in depts:
        ids = []
        for k in range(3):
            ids.append(Organisation.create(department=depts[code], code=f"{code}-{k}", name=f"{code} 机构 {k}").id)
        orgs[code] = ids
    User.create(username="bench_admin", display_name="admin", password_hash="x", role=Role.ADMIN)
    User.create(username="bench_seal", display_name="seal", password_hash="x", role=Role.CLERK,
                organisation=orgs["seal"][0])
    n_cases = n_steps // len(STEP_TYPES)
    start = dt.datetime(2024, 1, 1)
    chunk = 2000
    with database.atomic():
        for base in range(0, n_cases, chunk):
            size = min(chunk, n_cases - base)
            Enterprise.insert_many([{"name": f"企业{base + i}"} for i in range(size)]).execute()
        ent_ids = [e.id for e in Enterprise.select(Enterprise.id).order_by(Enterprise.id)]
        for base in range(0, n_cases, chunk):
            rows = []
            for i in range(base, min(base + chunk, n_cases)):
                rows.append({"number": f"KB{i:010d}", "enterprise": ent_ids[i], "state": "in_progress",
                             "created_at": start + dt.timedelta(minutes=i), "data": "{}", "version": 1})
            Case.insert_many(rows).execute()
        case_ids = [c.id for c in Case.select(Case.id).order_by(Case.id)]
        rows = []
        for i, case_id in enumerate(case_ids):
            open_case = rng.random() < 0.02
            created = start + dt.timedelta(minutes=i)
            for step_type, dept in STEP_TYPES:
                state = rng.choice(["ready", "claimed", "on_hold"]) if open_case else "done"
                rows.append({"case": case_id, "step_type": step_type, "department": depts[dept],
                             "organisation": rng.choice(orgs[dept]), "state": state, "ready_at": created,
                             "due_at": created + dt.timedelta(minutes=rng.randrange(15, 120)), "data": "{}",
                             "version": 1, "updated_at": created})
            if len(rows) >= chunk * 3:
                Step.insert_many(rows).execute()
                rows = []
        if rows:
            Step.insert_many(rows).execute()
    if database.obj.__class__.__name__.startswith("Postgres"):
        database.execute_sql("ANALYZE")
    else:
        database.execute_sql("ANALYZE")


def time_first_page(repeat: int) -> dict[str, float]:
    """Median ms for count + first 200 rows: the plain queue, and a filtered page (a text search on
    the company name, overdue only, a date range) — as a seal clerk and as an admin."""
    spec = QueueSpec(key="seal.todo", title="刻章待办", department="seal", step_types=("seal",))
    at = dt.datetime(2030, 1, 1)
    queries = {
        "first page": QueueQuery(spec=spec),
        "filtered page": QueueQuery(spec=spec, text="企业1", overdue_only=True, date_from=dt.date(2024, 1, 1),
                                    date_to=dt.date(2026, 12, 31)),
    }
    results = {}
    for username in ("bench_seal", "bench_admin"):
        user = current_user(User.get(User.username == username))
        for label, query in queries.items():
            samples = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                queue_count(query, user, at=at)
                rows = queue_page(query, user, limit=200, at=at)
                samples.append(time.perf_counter() - t0)
            assert rows, f"{label} unexpectedly empty"
            results[f"{username} {label}"] = statistics.median(samples) * 1000
    return results


def build(kind: str, n_steps: int, workdir: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{workdir / f'bench-{n_steps}.db'}"
    import psycopg

    name = f"kaiban_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def drop(kind: str, url: str) -> None:
    close_database()
    if kind == "postgres":
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}"')


def measure(kind: str, n_steps: int, repeat: int, workdir: Path) -> dict[str, float]:
    url = build(kind, n_steps, workdir)
    try:
        open_app(url, backup=False)
        t0 = time.perf_counter()
        populate(n_steps, random.Random(7))
        print(f"  populated {n_steps:,} steps in {time.perf_counter() - t0:.1f} s", flush=True)
        return time_first_page(repeat)
    finally:
        drop(kind, url)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=1_000_000)
    ap.add_argument("--baseline", type=int, default=10_000)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{args.db}: baseline history of {args.baseline:,} steps", flush=True)
        base = measure(args.db, args.baseline, args.repeat, Path(tmp))
        print(f"{args.db}: history of {args.steps:,} steps", flush=True)
        big = measure(args.db, args.steps, args.repeat, Path(tmp))
    print(f"\nfirst page (count + 200 rows), median of {args.repeat}:")
    for who in big:
        print(f"  {who:<26} {args.baseline:>9,} steps: {base[who]:7.1f} ms   {args.steps:>9,} steps: "
              f"{big[who]:7.1f} ms   ratio {big[who] / base[who]:.2f}x")


if __name__ == "__main__":
    main()
