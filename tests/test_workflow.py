"""The step graph of a case: readiness, claims with leases, optimistic locking, events."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import finish, new_case, seed_people, step, user_id, walk_to_departments, work

from app.core import workflow
from app.core.errors import Conflict, ServiceError
from app.core.models import Case, CaseState, Organisation, Step, StepEvent, StepState
from app.core.workflow import GraphError, WorkflowGraph
from app.plugin_api import StepTypeSpec

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)
DEPARTMENT_STEPS = {"seal", "bank_account", "tax_registration", "social_insurance"}


@pytest.fixture
def wf(ctx, fast_hash):
    seed_people(ctx)
    return ctx


def states(case) -> dict[str, str]:
    return {s.step_type: s.state for s in Step.select().where(Step.case == case.id)}


def events(target: Step) -> list[tuple[str, str | None, str]]:
    return [(e.event, e.from_state, e.to_state)
            for e in StepEvent.select().where(StepEvent.step == target.id).order_by(StepEvent.id)]


def test_start_readies_roots_and_leaves_dependents_waiting(wf):
    case = new_case(wf, at=T0)
    assert states(case) == {"intake_review": StepState.READY, "business_licence": StepState.WAITING,
                            "seal": StepState.WAITING, "bank_account": StepState.WAITING,
                            "tax_registration": StepState.WAITING, "social_insurance": StepState.WAITING}
    review = step(case, "intake_review")
    assert review.ready_at == T0
    assert review.due_at == T0 + dt.timedelta(minutes=30)  # the step type's time limit
    assert step(case, "business_licence").ready_at is None
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS
    with pytest.raises(ServiceError):
        workflow.start_case(case.id, wf.graph)
    assert Step.select().where(Step.case == case.id).count() == 6


def test_steps_are_routed_by_area_or_by_the_applicants_choice(wf):
    case = new_case(wf, seal="seal-jincheng", bank="bank-ccb-fc", at=T0)
    assert step(case, "seal").organisation.code == "seal-jincheng"
    assert step(case, "bank_account").organisation.code == "bank-ccb-fc"
    assert step(case, "tax_registration").organisation.code == "tax-gx"
    assert step(case, "intake_review").organisation.code == "msa-window"


def test_completing_prerequisites_readies_the_department_steps_together(wf):
    case = new_case(wf, at=T0)
    work(wf, case, "intake_review", "clerk", at=T0 + dt.timedelta(minutes=10))
    assert states(case)["business_licence"] == StepState.READY
    assert all(states(case)[name] == StepState.WAITING for name in DEPARTMENT_STEPS)

    licensed = T0 + dt.timedelta(minutes=40)
    work(wf, case, "business_licence", "clerk", at=licensed)
    readied = {s.step_type: s for s in Step.select().where(Step.case == case.id)
               if s.step_type in DEPARTMENT_STEPS}
    assert {s.state for s in readied.values()} == {StepState.READY}
    assert {s.ready_at for s in readied.values()} == {licensed}
    assert readied["tax_registration"].due_at == licensed + dt.timedelta(minutes=15)
    assert readied["seal"].due_at == licensed + dt.timedelta(minutes=45)
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS


def test_readying_dependents_happens_in_the_completing_transaction(wf, monkeypatch):
    case = new_case(wf, at=T0)
    work(wf, case, "intake_review", "clerk", at=T0)
    licence = step(case, "business_licence")
    workflow.claim_step(licence.id, user_id("clerk"), at=T0)
    real_ready, calls = workflow._ready, []

    def failing_ready(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("database went away")
        return real_ready(*args, **kwargs)

    monkeypatch.setattr(workflow, "_ready", failing_ready)
    before = (states(case), StepEvent.select().count(), Step.get_by_id(licence.id).version)
    with pytest.raises(RuntimeError):
        workflow.complete_step(licence.id, user_id("clerk"), wf.graph, at=T0)
    assert (states(case), StepEvent.select().count(), Step.get_by_id(licence.id).version) == before
    assert states(case)["business_licence"] == StepState.CLAIMED


def test_case_completes_when_every_step_is_done(wf):
    case = new_case(wf, at=T0)
    walk_to_departments(wf, case, at=T0)
    workers = {"seal": "seal_clerk", "bank_account": "bank_clerk", "tax_registration": "tax_clerk",
               "social_insurance": "si_clerk"}
    done_at = T0 + dt.timedelta(hours=2)
    for n, (step_type, username) in enumerate(sorted(workers.items())):
        assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS
        work(wf, case, step_type, username, at=done_at + dt.timedelta(minutes=n))
    finished = Case.get_by_id(case.id)
    assert finished.state == CaseState.COMPLETE
    assert finished.completed_at == done_at + dt.timedelta(minutes=3)
    assert set(states(case).values()) == {StepState.DONE}


def test_the_last_step_refused_by_its_form_check_leaves_the_case_open(wf):
    """The case is completed by the statement that marks its last step done (on PostgreSQL,
    before the department's form check runs); a refused completion takes that back with the rest."""
    from app.core.errors import ValidationError
    from app.core.models import SmsOutbox
    from app.core.notifications import CASE_COMPLETE

    case = new_case(wf, at=T0)
    walk_to_departments(wf, case, at=T0)
    workers = {"seal": "seal_clerk", "bank_account": "bank_clerk", "tax_registration": "tax_clerk"}
    for step_type, username in workers.items():
        work(wf, case, step_type, username, at=T0)
    last = step(case, "social_insurance")
    workflow.claim_step(last.id, user_id("si_clerk"), at=T0)  # claimed, its form left empty
    with pytest.raises(ValidationError):
        workflow.complete_step(last.id, user_id("si_clerk"), wf.graph, at=T0)
    assert (Case.get_by_id(case.id).state, Case.get_by_id(case.id).completed_at) == (CaseState.IN_PROGRESS, None)
    assert Step.get_by_id(last.id).state == StepState.CLAIMED
    assert not SmsOutbox.select().where((SmsOutbox.case == case.id) & (SmsOutbox.template == CASE_COMPLETE)).exists()
    finished = finish(wf, last.id, user_id("si_clerk"), at=T0 + dt.timedelta(minutes=5))  # filled in
    assert finished.state == StepState.DONE
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
    assert SmsOutbox.select().where((SmsOutbox.case == case.id) & (SmsOutbox.template == CASE_COMPLETE)).count() == 1


def test_claim_is_exclusive(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    claimed = workflow.claim_step(review.id, user_id("clerk"), at=T0)
    assert (claimed.state, claimed.claimed_by_id) == (StepState.CLAIMED, user_id("clerk"))
    assert claimed.lease_until == T0 + dt.timedelta(minutes=workflow.DEFAULT_LEASE_MINUTES)
    assert claimed.version == review.version + 1
    with pytest.raises(Conflict):
        workflow.claim_step(review.id, user_id("msa_chief"), at=T0 + dt.timedelta(minutes=5))
    with pytest.raises(Conflict):  # not even the holder claims twice before the lease runs out
        workflow.claim_step(review.id, user_id("clerk"), at=T0 + dt.timedelta(minutes=5))
    assert Step.get_by_id(review.id).claimed_by_id == user_id("clerk")


def test_expired_lease_can_be_claimed_by_someone_else(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    workflow.claim_step(review.id, user_id("clerk"), lease_minutes=30, at=T0)
    later = T0 + dt.timedelta(minutes=31)
    taken = workflow.claim_step(review.id, user_id("msa_chief"), at=later)
    assert taken.claimed_by_id == user_id("msa_chief")
    assert taken.lease_until == later + dt.timedelta(minutes=workflow.DEFAULT_LEASE_MINUTES)
    assert events(review)[-1] == ("claimed", StepState.CLAIMED, StepState.CLAIMED)
    # The first clerk lost it: completing is refused.
    with pytest.raises(Conflict):
        workflow.complete_step(review.id, user_id("clerk"), wf.graph, at=later)


def test_release_only_by_the_holder(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    workflow.claim_step(review.id, user_id("clerk"), at=T0)
    with pytest.raises(Conflict):
        workflow.release_step(review.id, user_id("msa_chief"), at=T0)
    assert Step.get_by_id(review.id).state == StepState.CLAIMED
    released = workflow.release_step(review.id, user_id("clerk"), at=T0)
    assert (released.state, released.claimed_by_id, released.lease_until) == (StepState.READY, None, None)
    assert events(review)[-1] == ("released", StepState.CLAIMED, StepState.READY)
    with pytest.raises(Conflict):  # released already
        workflow.release_step(review.id, user_id("clerk"), at=T0)


def test_complete_with_a_stale_version_is_a_conflict_and_changes_nothing(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    seen = workflow.claim_step(review.id, user_id("clerk"), at=T0)
    workflow.release_step(review.id, user_id("clerk"), at=T0)
    current = workflow.claim_step(review.id, user_id("clerk"), at=T0)
    assert current.version > seen.version
    before = (states(case), current.version, StepEvent.select().count(), Case.get_by_id(case.id).version)

    with pytest.raises(Conflict) as info:
        workflow.complete_step(review.id, user_id("clerk"), wf.graph, expected_version=seen.version, at=T0)
    assert "刷新" in str(info.value)
    after = Step.get_by_id(review.id)
    assert (states(case), after.version, StepEvent.select().count(), Case.get_by_id(case.id).version) == before
    assert after.completed_at is None

    done = workflow.complete_step(review.id, user_id("clerk"), wf.graph, expected_version=current.version, at=T0)
    assert (done.state, done.version) == (StepState.DONE, current.version + 1)


def test_every_transition_is_recorded_as_a_step_event(wf):
    case = new_case(wf, at=T0)
    clerk = user_id("clerk")
    work(wf, case, "intake_review", "clerk", at=T0 + dt.timedelta(minutes=1))
    assert events(step(case, "intake_review")) == [
        ("created", None, StepState.WAITING), ("ready", StepState.WAITING, StepState.READY),
        ("claimed", StepState.READY, StepState.CLAIMED), ("completed", StepState.CLAIMED, StepState.DONE)]
    assert events(step(case, "business_licence")) == [
        ("created", None, StepState.WAITING), ("ready", StepState.WAITING, StepState.READY)]
    completed = StepEvent.get((StepEvent.step == step(case, "intake_review").id) & (StepEvent.event == "completed"))
    assert (completed.user_id, completed.case_id, completed.at) == (clerk, case.id, T0 + dt.timedelta(minutes=1))
    # Each transition also bumps the step's version.
    assert step(case, "intake_review").version == 4


def test_hold_and_resume(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    with pytest.raises(Conflict):  # only a claimed step can be put on hold
        workflow.hold_step(review.id, clerk, "等待补充材料", at=T0)
    workflow.claim_step(review.id, clerk, at=T0)
    with pytest.raises(ServiceError):
        workflow.hold_step(review.id, clerk, "   ", at=T0)
    held = workflow.hold_step(review.id, clerk, "等待申请人补充材料", at=T0)
    assert held.state == StepState.ON_HOLD
    held_event = StepEvent.select().where(StepEvent.step == review.id).order_by(StepEvent.id.desc()).get()
    assert (held_event.event, held_event.note) == ("held", "等待申请人补充材料")
    with pytest.raises(Conflict):  # an on-hold step cannot be completed
        workflow.complete_step(review.id, clerk, wf.graph, at=T0)
    resumed = workflow.resume_step(review.id, clerk, at=T0)
    assert (resumed.state, resumed.claimed_by_id) == (StepState.CLAIMED, clerk)
    with pytest.raises(Conflict):
        workflow.resume_step(review.id, clerk, at=T0)
    assert workflow.complete_step(review.id, clerk, wf.graph, at=T0).state == StepState.DONE


def test_return_for_correction(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review")
    clerk = user_id("clerk")
    with pytest.raises(Conflict):  # a ready step has not been looked at yet
        workflow.return_for_correction(review.id, clerk, "经营范围不规范", at=T0)
    workflow.claim_step(review.id, clerk, at=T0)
    with pytest.raises(ServiceError):
        workflow.return_for_correction(review.id, clerk, "", at=T0)
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS
    returned = workflow.return_for_correction(review.id, clerk, "经营范围表述不规范", at=T0)
    assert (returned.state, returned.claimed_by_id, returned.lease_until) == (StepState.RETURNED, None, None)
    assert Case.get_by_id(case.id).state == CaseState.RETURNED
    assert events(review)[-1] == ("returned", StepState.CLAIMED, StepState.RETURNED)
    # An on-hold step can be returned too.
    other = new_case(wf, "绵阳云帆商贸有限公司", at=T0)
    other_review = step(other, "intake_review")
    workflow.claim_step(other_review.id, clerk, at=T0)
    workflow.hold_step(other_review.id, clerk, "等待", at=T0)
    assert workflow.return_for_correction(other_review.id, clerk, "材料不全", at=T0).state == StepState.RETURNED


def test_graph_rejects_a_cycle():
    specs = [StepTypeSpec("a", "d", "A", waits_for=("c",)), StepTypeSpec("b", "d", "B", waits_for=("a",)),
             StepTypeSpec("c", "d", "C", waits_for=("b",))]
    with pytest.raises(GraphError, match="cycle"):
        WorkflowGraph.from_specs(specs)


def test_graph_rejects_an_unknown_prerequisite():
    with pytest.raises(GraphError, match="nowhere"):
        WorkflowGraph.from_specs([StepTypeSpec("a", "d", "A", waits_for=("nowhere",))])


def test_graph_rejects_a_step_type_declared_twice():
    with pytest.raises(GraphError, match="twice"):
        WorkflowGraph.from_specs([StepTypeSpec("a", "d", "A"), StepTypeSpec("a", "e", "A again")])


def test_graph_orders_prerequisites_first():
    graph = WorkflowGraph.from_specs([
        StepTypeSpec("late", "d", "Late", waits_for=("mid",), order=1),
        StepTypeSpec("mid", "d", "Mid", waits_for=("root",), order=2),
        StepTypeSpec("root", "d", "Root", order=3),
        StepTypeSpec("other", "d", "Other", order=0)])
    order = graph.topological_order()
    assert order.index("root") < order.index("mid") < order.index("late")
    assert graph.dependents("root") == ["mid"]
    assert graph.title("nope") == "nope"


def test_start_case_refuses_a_department_that_is_not_in_the_database(wf):
    graph = WorkflowGraph.from_specs([StepTypeSpec("x", "no_such_department", "X")])
    case = new_case(wf, at=T0, start=False)
    with pytest.raises(ServiceError, match="no_such_department"):
        workflow.start_case(case.id, graph, at=T0)
    assert Step.select().where(Step.case == case.id).count() == 0
    assert Case.get_by_id(case.id).state == CaseState.INTAKE


def test_inactive_organisations_are_not_routed_to(wf):
    Organisation.update(active=False).where(Organisation.code == "tax-gx").execute()
    case = new_case(wf, at=T0)
    assert step(case, "tax_registration").organisation_id is None


def test_concurrent_claims_give_one_winner_and_clean_conflicts(wf):
    """Several connections claim the same step at once: one wins, the others get Conflict —
    never "database is locked" (SQLite) or a serialisation error (PostgreSQL)."""
    import threading

    from app.core.models import User

    # everyone who may take an intake review: the window's staff and the admin
    claimants = [u.id for u in User.select().order_by(User.id)
                 if u.role == "admin" or (u.organisation_id and u.organisation.code == "msa-window")]
    assert len(claimants) >= 3
    for round_ in range(3):
        case = new_case(wf, f"绵阳并发测试{round_}有限公司", at=T0)
        target = step(case, "intake_review").id
        barrier = threading.Barrier(len(claimants))
        results: list[str] = []

        def claim(uid: int) -> None:
            barrier.wait()
            try:
                workflow.claim_step(target, uid, at=T0)
                results.append("won")
            except Conflict:
                results.append("conflict")
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                results.append(repr(exc))
            finally:
                wf.db.close()  # this thread's connection

        threads = [threading.Thread(target=claim, args=(uid,)) for uid in claimants]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == ["conflict"] * (len(claimants) - 1) + ["won"], results
        assert StepEvent.select().where((StepEvent.step == target) & (StepEvent.event == "claimed")).count() == 1


def test_only_the_holder_may_hold_resume_or_return_a_step(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review").id
    clerk, chief, seal_clerk = user_id("clerk"), user_id("msa_chief"), user_id("seal_clerk")
    workflow.claim_step(review, clerk, at=T0)
    for other in (chief, seal_clerk):
        with pytest.raises(Conflict):
            workflow.hold_step(review, other, "不是我的", at=T0)
        with pytest.raises(Conflict):
            workflow.return_for_correction(review, other, "不是我的", at=T0)
    workflow.hold_step(review, clerk, "等待补充材料", at=T0)
    with pytest.raises(Conflict):
        workflow.resume_step(review, chief, at=T0)
    with pytest.raises(Conflict):
        workflow.return_for_correction(review, chief, "不是我的", at=T0)
    assert Step.get_by_id(review).state == StepState.ON_HOLD
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS


def test_resuming_renews_the_lease(wf):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review").id
    clerk = user_id("clerk")
    workflow.claim_step(review, clerk, at=T0)
    workflow.hold_step(review, clerk, "等待申请人补充材料", at=T0 + dt.timedelta(minutes=5))
    next_day = T0 + dt.timedelta(days=1)
    resumed = workflow.resume_step(review, clerk, at=next_day)
    assert resumed.lease_until == next_day + dt.timedelta(minutes=workflow.DEFAULT_LEASE_MINUTES)
    with pytest.raises(Conflict):  # the old lease ran out while it waited, but the step is not up for grabs
        workflow.claim_step(review, user_id("msa_chief"), at=next_day + dt.timedelta(minutes=1))


def test_return_for_correction_changes_step_and_case_together(wf, monkeypatch):
    case = new_case(wf, at=T0)
    review = step(case, "intake_review").id
    clerk = user_id("clerk")
    workflow.claim_step(review, clerk, at=T0)

    class CaseWhoseUpdateFails:
        id, version = Case.id, Case.version

        @staticmethod
        def update(**fields):
            raise RuntimeError("disk full")

    monkeypatch.setattr(workflow, "Case", CaseWhoseUpdateFails)
    events_before = StepEvent.select().count()
    with pytest.raises(RuntimeError):
        workflow.return_for_correction(review, clerk, "材料不全", at=T0)
    assert Step.get_by_id(review).state == StepState.CLAIMED
    assert StepEvent.select().count() == events_before


def test_a_user_cannot_claim_a_step_routed_elsewhere(wf):
    """Access is enforced in the service, not only by what the queue shows."""
    from app.core.errors import PermissionDenied
    from app.core.models import StepState

    case = new_case(wf, "绵阳越权测试有限公司", seal="seal-huaxin", at=T0)
    walk_to_departments(wf, case, at=T0)
    seal_step = step(case, "seal")
    for outsider in ("seal_clerk2", "tax_clerk", "bank_clerk"):  # another seal company, other departments
        with pytest.raises(PermissionDenied):
            workflow.claim_step(seal_step.id, user_id(outsider), at=T0)
    assert step(case, "seal").state == StepState.READY
    assert workflow.claim_step(seal_step.id, user_id("seal_clerk"), at=T0).state == StepState.CLAIMED


def test_steps_read_straight_from_a_cursor_equal_the_orms(wf):
    """The claim and completion statements build their Steps from the cursor themselves; every
    field comes out as the ORM would give it (dates as datetimes, the form's data decoded)."""
    from app.core.models import steps_from_cursor
    from db.base import database

    case = new_case(wf, at=T0)
    walk_to_departments(wf, case, at=T0)
    target = step(case, "seal")
    Step.update(data={"seals": [{"kind": "公章"}], "note": "面签"}, paused_at=T0).where(Step.id == target.id).execute()
    param = "%s" if database.param == "%s" else "?"
    rows = steps_from_cursor(database.execute_sql(
        f"SELECT 1 AS other, step.* FROM step WHERE case_id = {param} ORDER BY id", (case.id,)))
    expected = list(Step.select().where(Step.case == case.id).order_by(Step.id))
    assert [r.__data__ for r in rows] == [e.__data__ for e in expected]
    seal = next(r for r in rows if r.id == target.id)
    assert seal.data == {"seals": [{"kind": "公章"}], "note": "面签"} and seal.paused_at == T0
    assert isinstance(seal.ready_at, dt.datetime) and seal.case_id == case.id


def _queue_analysed_before_work(wf) -> None:
    """500 seal steps in the queue, nobody holding any, and the statistics taken then."""
    from app.core.identifiers import make_uscc
    from app.core.models import Department, Enterprise

    seal = Department.get(Department.code == "seal").id
    ids = [Enterprise.insert(name=f"统计测试{n}有限公司", uscc=make_uscc("510703", 200000 + n), area_code="510703")
           .execute() for n in range(500)]
    cases = [Case.insert(number=f"KBSTAT{n:06d}", enterprise=e, state="in_progress", created_at=T0, data={},
                         version=1).execute() for n, e in enumerate(ids)]
    Step.insert_many([{"case": c, "step_type": "seal", "department": seal, "state": StepState.READY, "ready_at": T0,
                       "due_at": T0, "data": {}, "version": 1, "updated_at": T0} for c in cases]).execute()
    wf.db.execute_sql("ANALYZE step")


def _generic_plan(wf, statement: str, types: str, values: str) -> str:
    """PostgreSQL's plan for ``statement`` ($1, $2, ...) prepared once for any values."""
    wf.db.execute_sql(f"PREPARE probe ({types}) AS {statement}")
    try:
        wf.db.execute_sql("SET plan_cache_mode = force_generic_plan")
        return "\n".join(r[0] for r in wf.db.execute_sql(f"EXPLAIN EXECUTE probe ({values})").fetchall())
    finally:
        wf.db.execute_sql("RESET plan_cache_mode")
        wf.db.execute_sql("DEALLOCATE probe")


def _found_by_id(plan: str) -> bool:
    return "step_pkey" in plan and "claimed_by" not in plan.split("Filter")[0]


def test_completing_finds_the_step_by_its_id_whatever_the_statistics_say(wf):
    """The completing function's UPDATE is planned on the primary key even when the statistics
    say no step is claimed (a queue analysed before the day's work): with the index on
    ``claimed_by_id`` it would read every step the user ever completed, more at each completion."""
    import importlib
    import re

    from db.connection import is_postgres

    if not is_postgres():
        pytest.skip("the function is PostgreSQL's")
    _queue_analysed_before_work(wf)
    function = importlib.import_module("db.migrations.0007_complete_step_completes_the_case").PG_STATEMENTS[-1]
    update = re.search(r"UPDATE step SET state = 'done'.*?(?=\s+RETURNING)", function, re.S).group(0)
    for k, name in enumerate(("p_step", "p_user", "p_version", "p_at"), start=1):
        update = re.sub(rf"\b{name}\b", f"${k}", update)
    plan = _generic_plan(wf, update, "integer, integer, integer, timestamp",
                         f"1, {user_id('seal_clerk'):d}, NULL, '{T0:%Y-%m-%d %H:%M:%S}'")
    assert _found_by_id(plan), plan


def test_a_step_the_user_holds_is_found_by_its_id_whatever_the_statistics_say(wf):
    """Releasing, holding, resuming, returning and renewing a lease name the step and its holder
    (``held_by``): planned on the primary key, not on the index of who holds steps."""
    from db.connection import is_postgres

    if not is_postgres():
        pytest.skip("the plans are PostgreSQL's")
    _queue_analysed_before_work(wf)
    query = (Step.update(state=StepState.READY, claimed_by=None, version=Step.version + 1)
             .where((Step.id == 1) & (Step.state == StepState.CLAIMED) & workflow.held_by(user_id("seal_clerk"))))
    sql, params = wf.db.get_sql_context().sql(query).query()
    pieces = sql.split("%s")
    statement = "".join(p + (f"${k}" if k < len(pieces) else "") for k, p in enumerate(pieces, start=1))
    kinds = {int: "integer", str: "text", type(None): "integer"}
    plan = _generic_plan(wf, statement, ", ".join(kinds[type(v)] for v in params),
                         ", ".join("NULL" if v is None else repr(v) if isinstance(v, int) else f"'{v}'" for v in params))
    assert _found_by_id(plan), plan
    assert "IS NOT DISTINCT FROM" in sql
