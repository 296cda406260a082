"""A generated history of finished (and some unfinished) cases, for tests of statistics.

``generate_history(ctx, cases=..., start=...)`` writes, straight into the core tables (fast: bulk
inserts, no services), cases that walked the configured graph: each step became ready when its
prerequisites were done, was claimed by a member of its organisation and completed a random number
of working minutes later (some beyond their time limit), with the StepEvents a real walk leaves
(created, ready, claimed, completed). A share of the cases is left with steps still open. The
times are drawn from a seeded generator, so a test can recompute every figure independently from
what it finds in the tables.

It needs the departments, organisations and users of the built-in plugins (``case_helpers
.seed_people(ctx)`` first).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.core import deadlines
from app.core.calendar import current_calendar
from app.core.identifiers import make_uscc
from app.core.models import Case, CaseState, Department, Enterprise, Organisation, Step, StepEvent, StepState, User

#: (department code, routing) -> how long the step takes: (typical, spread) in working minutes
DEFAULT_DURATION = (30, 25)


@dataclass
class History:
    cases: int = 0
    complete: int = 0
    steps: int = 0
    done_steps: int = 0
    case_ids: list[int] = field(default_factory=list)


def _organisations() -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for org in Organisation.select(Organisation.id, Department.code).join(Department).order_by(Organisation.id):
        out.setdefault(org.department.code, []).append(org.id)
    return out


def _staff() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for user in User.select(User.id, User.organisation).where(User.organisation.is_null(False)).order_by(User.id):
        out.setdefault(user.organisation_id, []).append(user.id)
    return out


def generate_history(ctx, *, cases: int = 200, start: dt.datetime = dt.datetime(2026, 3, 2, 9, 0),
                     days: int = 20, seed: int = 7, open_share: float = 0.1,
                     durations: dict[str, tuple[int, int]] | None = None) -> History:
    """Write ``cases`` cases arriving over ``days`` calendar days from ``start`` (office hours);
    ``open_share`` of them stop part-way (their last steps ready or claimed). ``durations``: step
    type -> (typical, spread) working minutes (default DEFAULT_DURATION for every step)."""
    rng = random.Random(seed)
    cal = current_calendar()
    graph = ctx.graph
    order = graph.topological_order()
    departments = {d.code: d.id for d in Department.select()}
    orgs = _organisations()
    staff = _staff()
    durations = durations or {}
    history = History()
    first_id = (Enterprise.select(Enterprise.id).order_by(Enterprise.id.desc()).scalar() or 0) + 1
    for n in range(cases):
        day = start + dt.timedelta(days=rng.randrange(days))
        created = cal.add_working_minutes(day.replace(hour=9, minute=0), rng.randrange(0, 420))
        ent = Enterprise.create(name=f"绵阳历史样本{first_id + n}有限公司", area_code="510703",
                                uscc=make_uscc("510703", 70000000 + first_id + n))
        chosen = {code: rng.choice(orgs[code]) for code in ("seal", "bank") if orgs.get(code)}
        case = Case.create(number=f"KH{first_id + n:010d}", enterprise=ent, state=CaseState.IN_PROGRESS,
                           created_at=created, area_code="510703", data={"chosen": chosen}, case_type="")
        history.cases += 1
        history.case_ids.append(case.id)
        stop_after = len(order) if rng.random() >= open_share else rng.randrange(1, len(order))
        done_at: dict[str, dt.datetime] = {}
        events = []
        for index, name in enumerate(order):
            spec = graph.steps[name]
            org_choices = [chosen[spec.department]] if spec.department in chosen else orgs.get(spec.department, [None])
            org_id = org_choices[0] if spec.department in chosen else rng.choice(org_choices)
            prereqs = [done_at.get(p) for p in spec.waits_for]
            step = Step.create(case=case, step_type=name, department=departments[spec.department],
                               organisation=org_id, state=StepState.WAITING, updated_at=created, data={})
            history.steps += 1
            events.append((step.id, case.id, "created", None, StepState.WAITING, None, created, ""))
            if any(p is None for p in prereqs):
                continue  # a prerequisite is still open: the step waits
            ready = max([created, *prereqs])
            worker = rng.choice(staff.get(org_id, [None])) if org_id else None
            due = deadlines.due_at(ready, spec.time_limit_minutes)
            events.append((step.id, case.id, "ready", StepState.WAITING, StepState.READY, None, ready, ""))
            if index >= stop_after:
                Step.update(state=StepState.READY, ready_at=ready, due_at=due, time_limit=spec.time_limit_minutes,
                            version=2, updated_at=ready).where(Step.id == step.id).execute()
                continue
            typical, spread = durations.get(name, DEFAULT_DURATION)
            minutes = max(1, int(rng.gauss(typical, spread)))
            claimed = cal.add_working_minutes(ready, rng.randrange(0, max(1, minutes // 3)))
            finished = cal.add_working_minutes(ready, minutes)
            events.append((step.id, case.id, "claimed", StepState.READY, StepState.CLAIMED, worker, claimed, ""))
            events.append((step.id, case.id, "completed", StepState.CLAIMED, StepState.DONE, worker, finished, ""))
            Step.update(state=StepState.DONE, ready_at=ready, due_at=due, time_limit=spec.time_limit_minutes,
                        claimed_by=worker, completed_at=finished, version=4, updated_at=finished).where(
                Step.id == step.id).execute()
            done_at[name] = finished
            history.done_steps += 1
        StepEvent.insert_many(events, fields=[StepEvent.step, StepEvent.case, StepEvent.event, StepEvent.from_state,
                                              StepEvent.to_state, StepEvent.user, StepEvent.at,
                                              StepEvent.note]).execute()
        if len(done_at) == len(order):
            Case.update(state=CaseState.COMPLETE, completed_at=max(done_at.values())).where(
                Case.id == case.id).execute()
            history.complete += 1
    return history


__all__ = ["generate_history", "History", "DEFAULT_DURATION"]
