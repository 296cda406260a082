"""The step graph of a case: steps declared by plugins, readied when their prerequisites are done.

Claims are atomic conditional updates carrying a lease; every change bumps the step's
version and is recorded as a StepEvent in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Mapping, NamedTuple

from peewee import Expression

from app.core import changes, deadlines
from app.core.access import step_visibility
from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.models import Case, CaseState, Department, Organisation, Step, StepEvent, StepState, User, now, \
    steps_from_cursor
from app.core.users import current_user
from app.i18n import translate
from app.plugin_api import Routing, StepTypeSpec
from db.base import database
from db.connection import is_postgres

DEFAULT_LEASE_MINUTES = 30


def held_by(user_id: int):
    """``Step.claimed_by == user_id``, for statements that find their step by its id. On
    PostgreSQL it is written ``IS NOT DISTINCT FROM`` (the same for a user id), which no index
    answers: with ``=`` the planner may take the index on ``claimed_by_id`` whenever its
    statistics say few steps are claimed, and read every step the user ever worked instead of
    one row (migration 0007 says the same of the completion)."""
    if is_postgres():
        return Expression(Step.claimed_by, "IS NOT DISTINCT FROM", user_id)
    return Step.claimed_by == user_id


class GraphError(ValueError):
    pass


@dataclass(frozen=True)
class WorkflowGraph:
    steps: dict[str, StepTypeSpec]
    #: case type -> the step types a case of that type has (app.core.graph_config); others have all
    required: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: the named variant whose waits_for overrides were applied ("" for the graph as declared)
    variant: str = ""

    @classmethod
    def from_specs(cls, specs: list[StepTypeSpec]) -> "WorkflowGraph":
        by_name: dict[str, StepTypeSpec] = {}
        for spec in specs:
            if spec.name in by_name:
                raise GraphError(f"step type {spec.name!r} declared twice")
            by_name[spec.name] = spec
        graph = cls(by_name)
        graph._check()
        return graph

    @classmethod
    def from_available(cls, specs: list[StepTypeSpec]) -> tuple["WorkflowGraph", list[str]]:
        """The graph of what the active plugins offer, for a running installation.

        Unlike :meth:`from_specs` it does not refuse to start when a plugin is disabled or
        failed: a step type declared twice keeps its first declaration, and a step type that
        waits for a step nobody offers any more is left out (with everything waiting for it).
        Returns the graph and a note per step type left out."""
        notes: list[str] = []
        by_name: dict[str, StepTypeSpec] = {}
        for spec in specs:
            if spec.name in by_name:
                notes.append(f"step type {spec.name!r} declared twice; the first declaration is kept")
            else:
                by_name[spec.name] = spec
        changed = True
        while changed:
            changed = False
            for name, spec in list(by_name.items()):
                missing = [pre for pre in spec.waits_for if pre not in by_name]
                if missing:
                    del by_name[name]
                    notes.append(f"step type {name!r} left out: it waits for {', '.join(missing)}, "
                                 f"which no active plugin offers")
                    changed = True
        graph = cls(by_name)
        graph._check()
        return graph, notes

    def _check(self) -> None:
        for spec in self.steps.values():
            for pre in spec.waits_for:
                if pre not in self.steps:
                    raise GraphError(f"step type {spec.name!r} waits for unknown {pre!r}")
        self.topological_order()  # raises on a cycle

    def topological_order(self) -> list[str]:
        order, state = [], {}

        def visit(name: str, path: tuple[str, ...]) -> None:
            if state.get(name) == "done":
                return
            if state.get(name) == "visiting":
                raise GraphError("cycle in step graph: " + " -> ".join(path + (name,)))
            state[name] = "visiting"
            for pre in self.steps[name].waits_for:
                visit(pre, path + (name,))
            state[name] = "done"
            order.append(name)

        for name in sorted(self.steps, key=lambda n: (self.steps[n].order, n)):
            visit(name, ())
        return order

    def restricted_to(self, names: Iterable[str]) -> "WorkflowGraph":
        """The graph with only the step types ``names``: a step that waited for one left out waits
        for what that one waited for (transitively), so the order of what remains is kept."""
        keep = {n for n in names if n in self.steps}
        if keep == set(self.steps):
            return self
        effective: dict[str, tuple[str, ...]] = {}
        for name in self.topological_order():  # prerequisites first
            found: list[str] = []
            for pre in self.steps[name].waits_for:
                for item in ((pre,) if pre in keep else effective[pre]):
                    if item not in found:
                        found.append(item)
            effective[name] = tuple(found)
        return WorkflowGraph({n: replace(s, waits_for=effective[n]) for n, s in self.steps.items() if n in keep},
                             required=self.required, variant=self.variant)

    def for_case_type(self, case_type: str | None) -> "WorkflowGraph":
        """The steps a case of ``case_type`` has (every step unless an admin configured it)."""
        names = self.required.get(case_type or "")
        return self if names is None else self.restricted_to(names)

    @cached_property
    def readying_types(self) -> tuple[str, ...]:
        """The step types whose completion readies other steps."""
        return tuple(sorted({pre for spec in self.steps.values() for pre in spec.waits_for}))

    def dependents(self, name: str) -> list[str]:
        return [s.name for s in self.steps.values() if name in s.waits_for]

    def title(self, name: str) -> str:
        spec = self.steps.get(name)
        return spec.title if spec else name


def _event(step: Step, event: str, from_state: str | None, to_state: str, user_id: int | None,
           note: str = "", at: dt.datetime | None = None) -> None:
    """Record a change of ``step``, and have its transaction announce it to the other workstations."""
    StepEvent.create(step=step.id, case=step.case_id, event=event, from_state=from_state, to_state=to_state,
                     user=user_id, at=at or now(), note=note)
    changes.touch(step.id)


def _route(spec: StepTypeSpec, case: Case, department: Department) -> int | None:
    if spec.routing == Routing.CHOSEN:
        chosen = (case.data or {}).get("chosen", {})
        org_id = chosen.get(spec.department)
        return int(org_id) if org_id else None
    query = Organisation.select(Organisation.id).where(
        (Organisation.department == department) & (Organisation.active == True))  # noqa: E712
    match = query.where(Organisation.area_code == case.area_code).first() if case.area_code else None
    match = match or query.order_by(Organisation.id).first()
    return match.id if match else None


def _ready(step: Step, spec: StepTypeSpec, at: dt.datetime, user_id: int | None) -> None:
    """The step is in its queue from ``at``, due its time limit in working minutes later."""
    limit = spec.time_limit_minutes
    Step.update(state=StepState.READY, ready_at=at, due_at=deadlines.due_at(at, limit), time_limit=limit,
                paused_at=None, version=Step.version + 1, updated_at=at).where(Step.id == step.id).execute()
    _event(step, "ready", StepState.WAITING, StepState.READY, user_id, at=at)


def start_case(case_id: int, graph: WorkflowGraph, *, user_id: int | None = None,
               at: dt.datetime | None = None) -> list[Step]:
    """Create every step the case's type requires and ready those with no prerequisites."""
    at = at or now()
    with database.atomic():
        case = Case.get_by_id(case_id)
        if Step.select().where(Step.case == case).exists():
            raise ServiceError(translate("workflow", "办件 {number} 已经开始流转").format(number=case.number))
        graph = graph.for_case_type(case.case_type)
        departments = {d.code: d for d in Department.select()}
        created = []
        for name in graph.topological_order():
            spec = graph.steps[name]
            dept = departments.get(spec.department)
            if dept is None:
                raise ServiceError(f"department {spec.department!r} of step {name!r} is not in the database")
            step = Step.create(case=case, step_type=name, department=dept, organisation=_route(spec, case, dept),
                               state=StepState.WAITING, updated_at=at)
            _event(step, "created", None, StepState.WAITING, user_id, at=at)
            created.append(step)
        for step in created:
            if not graph.steps[step.step_type].waits_for:
                _ready(step, graph.steps[step.step_type], at, user_id)
        Case.update(state=CaseState.IN_PROGRESS, version=Case.version + 1).where(Case.id == case.id).execute()
    return [Step.get_by_id(s.id) for s in created]


def claim_step(step_id: int, user_id: int, *, lease_minutes: int = DEFAULT_LEASE_MINUTES,
               at: dt.datetime | None = None) -> Step:
    """Take a step: succeeds only if it is ready, or claimed with an expired lease."""
    at = at or now()
    with database.atomic():
        before = Step.get_or_none(Step.id == step_id)
        if before is None:
            raise NotFound(translate("workflow", "事项不存在"))
        user = User.get_or_none(User.id == user_id)
        if user is None or not user.active or not Step.select().where(
                (Step.id == step_id) & step_visibility(current_user(user))).exists():
            raise PermissionDenied(translate("workflow", "该事项不属于您所在的机构，不能领取"))
        claimable = (Step.state == StepState.READY) | (
            (Step.state == StepState.CLAIMED) & (Step.lease_until < at))
        changed = (Step.update(state=StepState.CLAIMED, claimed_by=user_id,
                               lease_until=at + dt.timedelta(minutes=lease_minutes),
                               version=Step.version + 1, updated_at=at)
                   .where((Step.id == step_id) & claimable).execute())
        if not changed:
            raise Conflict(translate("workflow", "该事项已被他人领取或不在待办状态"))
        _event(before, "claimed", before.state, StepState.CLAIMED, user_id, at=at)
    return Step.get_by_id(step_id)


def release_step(step_id: int, user_id: int, *, at: dt.datetime | None = None) -> Step:
    at = at or now()
    with database.atomic():
        changed = (Step.update(state=StepState.READY, claimed_by=None, lease_until=None,
                               version=Step.version + 1, updated_at=at)
                   .where((Step.id == step_id) & (Step.state == StepState.CLAIMED) & held_by(user_id))
                   .execute())
        if not changed:
            raise Conflict(translate("workflow", "只能退回自己领取的事项"))
        _event(Step.get_by_id(step_id), "released", StepState.CLAIMED, StepState.READY, user_id, at=at)
    return Step.get_by_id(step_id)


#: PostgreSQL: a claimed step done, its ``completed`` event, the lock of its case, the case's steps
#: read once the lock is held and the case completed when none is open, in one statement
#: (db/migrations/0006_complete_step_function, 0007_complete_step_completes_the_case).
#: Parameters: step, user, version, at, channel, quiet step types.
_PG_COMPLETE = ("SELECT (done).*, siblings, case_completed FROM kaiban_complete_step(%s::integer, %s::integer, "
                "%s::integer, %s::timestamp, %s::text, %s::text[])")


class _Sibling(NamedTuple):
    id: int
    case_id: int
    step_type: str
    state: str


class _Done(NamedTuple):
    step: Step
    siblings: dict[str, _Sibling]  # the case's steps by type, read after this one was done
    case_completed: bool           # it was the case's last open step: the case is complete now


def _mark_done(step_id: int, user_id: int, expected_version: int | None, at: dt.datetime, *,
               announce: bool, quiet: tuple[str, ...] = ()) -> _Done | None:
    """Mark a step the user holds done, record the ``completed`` event, lock its case, read the
    case's steps (by type) after the lock was granted and complete the case when none of them is
    open — the lock serialises the completions of one case's steps, so the last one sees all the
    others done (SQLite's BEGIN IMMEDIATE already lets one writer in at a time). None when the
    step is not claimed by ``user_id`` (at that version).

    PostgreSQL, with ``announce``: the same statement announces the step to the other workstations
    when the transaction commits, unless its type is one of ``quiet``."""
    if is_postgres():
        channel = changes.CHANNEL if announce else None
        rows = steps_from_cursor(database.execute_sql(
            _PG_COMPLETE, (step_id, user_id, expected_version, at, channel, list(quiet))))
        if not rows:
            return None
        step = rows[0]
        siblings = [_Sibling(i, step.case_id, t, state) for i, t, state in step.siblings]
        return _Done(step, {s.step_type: s for s in siblings}, step.case_completed)
    cond = (Step.id == step_id) & (Step.state == StepState.CLAIMED) & held_by(user_id)
    if expected_version is not None:
        cond &= Step.version == expected_version
    changed = (Step.update(state=StepState.DONE, completed_at=at, lease_until=None, version=Step.version + 1,
                           updated_at=at).where(cond).execute())
    if not changed:
        return None
    step = Step.get_by_id(step_id)
    _event(step, "completed", StepState.CLAIMED, StepState.DONE, user_id, at=at)
    siblings = {s.step_type: _Sibling(s.id, s.case_id, s.step_type, s.state) for s in
                Step.select(Step.id, Step.case, Step.step_type, Step.state).where(Step.case == step.case_id)}
    last = all(s.state in (StepState.DONE, StepState.CANCELLED) for s in siblings.values())
    if last:
        Case.update(state=CaseState.COMPLETE, completed_at=at, version=Case.version + 1).where(
            Case.id == step.case_id).execute()
    return _Done(step, siblings, last)


def check_completion(graph: WorkflowGraph, step_type: str, data: dict | None) -> None:
    """Refuse (ValidationError) to complete a step whose form data its plugin finds incomplete."""
    spec = graph.steps.get(step_type)
    if spec is not None and spec.check_completion is not None:
        errors = spec.check_completion(data or {})
        if errors:
            raise ValidationError(errors)


def complete_step(step_id: int, user_id: int, graph: WorkflowGraph, *, expected_version: int | None = None,
                  at: dt.datetime | None = None) -> Step:
    """Mark a claimed step done; ready every dependent whose prerequisites are all done, and
    complete the case when all its steps are done — all in one transaction."""
    at = at or now()
    # A transaction of its own that completes a step which readies nothing else changes that one
    # step: the completing statement announces it (no statement after the commit). Otherwise the
    # transaction announces everything it changed once, after it committed (app.core.changes).
    inline = is_postgres() and not database.in_transaction()
    with database.atomic():
        done = _mark_done(step_id, user_id, expected_version, at, announce=inline, quiet=graph.readying_types)
        if done is None:
            if not Step.select().where(Step.id == step_id).exists():
                raise NotFound(translate("workflow", "事项不存在"))
            raise Conflict(translate("workflow", "事项已被他人修改或未由您领取，请刷新后重试"))
        step, siblings = done.step, done.siblings
        check_completion(graph, step.step_type, step.data)
        spec = graph.steps.get(step.step_type)
        if spec is not None and spec.on_complete is not None:
            spec.on_complete(step)  # the plugin's own records of the step, in this transaction
        announced = inline and step.step_type not in graph.readying_types  # by _mark_done's statement
        if is_postgres() and not announced:
            changes.touch(step.id)
        graph = graph.restricted_to(siblings)  # the steps this case has: its type's required steps
        for name in graph.dependents(step.step_type):
            dependent = siblings.get(name)
            if dependent is None or dependent.state != StepState.WAITING:
                continue
            if all(siblings[p].state == StepState.DONE or p == step.step_type
                   for p in graph.steps[name].waits_for if p in siblings):
                _ready(dependent, graph.steps[name], at, user_id)
        if done.case_completed:  # the applicant is texted, in this transaction
            from app.core import notifications

            notifications.queue_sms(step.case_id, notifications.CASE_COMPLETE, at=at)
    return step


def _transition(step_id: int, user_id: int, event: str, allowed_from: tuple[str, ...], to_state: str, note: str,
                at: dt.datetime | None, **updates) -> Step:
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        if step is None:
            raise NotFound(translate("workflow", "事项不存在"))
        # Only the user holding the claim may hold, resume or return the step.
        changed = (Step.update(state=to_state, version=Step.version + 1, updated_at=at, **updates)
                   .where((Step.id == step_id) & Step.state.in_(list(allowed_from)) & held_by(user_id))
                   .execute())
        if not changed:
            raise Conflict(translate("workflow", "事项当前状态不允许此操作，或不是由您领取，请刷新后重试"))
        _event(step, event, step.state, to_state, user_id, note=note, at=at)
    return Step.get_by_id(step_id)


def hold_step(step_id: int, user_id: int, reason: str, *, at: dt.datetime | None = None) -> Step:
    """Put a claimed step on hold while waiting for the applicant (its clock pauses)."""
    if not reason.strip():
        raise ServiceError(translate("workflow", "请填写挂起原因"))
    at = at or now()
    return _transition(step_id, user_id, "held", (StepState.CLAIMED,), StepState.ON_HOLD, reason, at, paused_at=at)


def resume_step(step_id: int, user_id: int, *, lease_minutes: int = DEFAULT_LEASE_MINUTES,
                at: dt.datetime | None = None) -> Step:
    """Take an on-hold step up again, with a fresh lease (the old one ran out while it waited).
    Its clock runs again: the deadline moves by the working time the hold took."""
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        moved = {}
        if step is not None and step.state == StepState.ON_HOLD and step.due_at and step.paused_at:
            moved["due_at"] = deadlines.resumed_due_at(step.due_at, step.paused_at, at)
        return _transition(step_id, user_id, "resumed", (StepState.ON_HOLD,), StepState.CLAIMED, "", at,
                           lease_until=at + dt.timedelta(minutes=lease_minutes), paused_at=None, **moved)


def return_for_correction(step_id: int, user_id: int, reason: str, *, at: dt.datetime | None = None) -> Step:
    """Send a step back to the window for correction, with the reason."""
    if not reason.strip():
        raise ServiceError(translate("workflow", "请填写退回补正的原因"))
    at = at or now()
    with database.atomic():  # the step and its case change together
        current = Step.get_or_none(Step.id == step_id)
        paused_at = (current.paused_at if current else None) or at  # its clock stops now, unless on hold
        step = _transition(step_id, user_id, "returned", (StepState.CLAIMED, StepState.ON_HOLD),
                           StepState.RETURNED, reason, at, claimed_by=None, lease_until=None, paused_at=paused_at)
        Case.update(state=CaseState.RETURNED, version=Case.version + 1).where(Case.id == step.case_id).execute()
    return step


def resume_after_correction(step_id: int, user_id: int | None, *, note: str = "",
                            at: dt.datetime | None = None) -> Step:
    """Put a step that was returned for correction back in its queue, once the case is corrected.

    The step is ready again and unclaimed; its deadline moves by the working time its clock was
    stopped (on hold, then back at the window while the applicant corrected the case). The case is
    in progress again when none of its steps is still returned. One transaction."""
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        if step is None:
            raise NotFound(translate("workflow", "事项不存在"))
        paused_at = step.paused_at
        if paused_at is None:  # returned before the clock's pause was recorded
            last = (StepEvent.select().where((StepEvent.step == step_id) & (StepEvent.event == "returned"))
                    .order_by(StepEvent.at.desc(), StepEvent.id.desc()).first())
            paused_at = last.at if last else None
        due = step.due_at
        if due and paused_at and at > paused_at:
            due = deadlines.resumed_due_at(due, paused_at, at)
        changed = (Step.update(state=StepState.READY, claimed_by=None, lease_until=None, due_at=due,
                               paused_at=None, version=Step.version + 1, updated_at=at)
                   .where((Step.id == step_id) & (Step.state == StepState.RETURNED)).execute())
        if not changed:
            raise Conflict(translate("workflow", "该事项不在退回补正状态，请刷新后重试"))
        _event(step, "resubmitted", StepState.RETURNED, StepState.READY, user_id, note=note, at=at)
        still_returned = Step.select().where((Step.case == step.case_id) & (Step.state == StepState.RETURNED))
        if not still_returned.exists():
            Case.update(state=CaseState.IN_PROGRESS, version=Case.version + 1).where(
                (Case.id == step.case_id) & (Case.state == CaseState.RETURNED)).execute()
    return Step.get_by_id(step_id)
