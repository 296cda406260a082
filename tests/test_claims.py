"""Claims on shared queues: claim next, leases (renewal, expiry) and supervisor reassignment,
on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import random
import threading
import time

import pytest
from case_helpers import new_case, seed_people, step, user, user_id, walk_to_departments

from app.core import claims, workflow
from app.core.demo import fill_demo_data
from app.core.errors import Conflict, PermissionDenied, ServiceError
from app.core.models import Case, CaseState, Step, StepEvent, StepState, User
from app.core.users import add_user

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)
REVIEW = ["intake_review"]


@pytest.fixture
def wf(ctx, fast_hash):
    seed_people(ctx)
    add_user("clerk2", "刘芳", "kaiban2026", "clerk", "msa-window")
    return ctx


def claimed_events(step_id: int) -> list[StepEvent]:
    return list(StepEvent.select().where((StepEvent.step == step_id) & (StepEvent.event == "claimed"))
                .order_by(StepEvent.id))


def cases(wf, n: int, *, at=T0) -> list[Case]:
    return [new_case(wf, f"绵阳领取测试{i}有限公司", at=at + dt.timedelta(minutes=i)) for i in range(n)]


# -- claim next -------------------------------------------------------------------------------------

def test_claim_next_takes_the_first_due_step_and_records_the_claim(wf):
    first, second = cases(wf, 2)
    Step.update(due_at=None).where(Step.id == step(first, "intake_review").id).execute()  # no deadline: last
    got = claims.claim_next(user("clerk"), REVIEW, at=T0 + dt.timedelta(minutes=5))
    target = step(second, "intake_review")
    assert got.id == target.id
    assert (got.state, got.claimed_by_id) == (StepState.CLAIMED, user_id("clerk"))
    assert got.lease_until == T0 + dt.timedelta(minutes=5 + claims.DEFAULT_LEASE_MINUTES)
    assert got.version == target.version and target.state == StepState.CLAIMED  # what the database holds
    [event] = claimed_events(target.id)
    assert (event.from_state, event.to_state, event.user_id, event.case_id, event.at) == (
        StepState.READY, StepState.CLAIMED, user_id("clerk"), second.id, T0 + dt.timedelta(minutes=5))
    # then the one without a deadline; then nothing
    assert claims.claim_next(user_id("clerk"), REVIEW, at=T0).id == step(first, "intake_review").id
    assert claims.claim_next(user("clerk"), REVIEW, at=T0) is None
    assert claims.claim_next(user("clerk"), [], at=T0) is None


def test_claim_next_only_takes_steps_the_user_may_see(wf):
    case = new_case(wf, seal="seal-huaxin", bank="bank-icbc-gx", at=T0)
    walk_to_departments(wf, case, at=T0)
    assert claims.claim_next(user("seal_clerk2"), ["seal"], at=T0) is None  # another seal company
    assert claims.claim_next(user("tax_clerk"), ["seal", "bank_account"], at=T0) is None  # another department
    assert claims.claim_next(user("seal_clerk"), ["bank_account"], at=T0) is None  # not the queue asked for
    assert claims.claim_next(user("seal_clerk"), ["seal"], at=T0).id == step(case, "seal").id
    assert claims.claim_next(user("bank_clerk"), ["seal", "bank_account"], at=T0).id == step(case, "bank_account").id
    assert step(case, "tax_registration").state == StepState.READY


def test_a_disabled_account_claims_nothing(wf):
    cases(wf, 1)
    User.update(active=False).where(User.username == "clerk").execute()
    with pytest.raises(PermissionDenied):
        claims.claim_next(user("clerk"), REVIEW, at=T0)
    assert Step.select().where(Step.state == StepState.CLAIMED).count() == 0


def test_a_crashed_workstations_claim_returns_after_its_lease(wf):
    [case] = cases(wf, 1)
    target = step(case, "intake_review").id
    assert claims.claim_next(user("clerk"), REVIEW, at=T0).id == target
    # the clerk's workstation dies: no renewal. Within the lease nobody else gets it...
    assert claims.claim_next(user("clerk2"), REVIEW, at=T0 + dt.timedelta(minutes=29)) is None
    # ...after it, claim next hands it to someone else.
    later = T0 + dt.timedelta(minutes=31)
    taken = claims.claim_next(user("clerk2"), REVIEW, at=later)
    assert (taken.id, taken.claimed_by_id) == (target, user_id("clerk2"))
    assert [(e.from_state, e.user_id) for e in claimed_events(target)] == [
        (StepState.READY, user_id("clerk")), (StepState.CLAIMED, user_id("clerk2"))]
    with pytest.raises(Conflict):  # the first clerk comes back: the step is no longer theirs
        workflow.complete_step(target, user_id("clerk"), wf.graph, at=later)
    with pytest.raises(Conflict):
        claims.renew_lease(target, user_id("clerk"), at=later)
    assert workflow.complete_step(target, user_id("clerk2"), wf.graph, at=later).state == StepState.DONE


def test_claim_step_by_id_still_works_next_to_claim_next(wf):
    first, second = cases(wf, 2)
    workflow.claim_step(step(first, "intake_review").id, user_id("clerk"), at=T0)
    assert claims.claim_next(user("clerk2"), REVIEW, at=T0).id == step(second, "intake_review").id


def _race(n_threads: int, work, db) -> list:
    barrier = threading.Barrier(n_threads)
    results: list = []
    lock = threading.Lock()

    def run(k: int) -> None:
        barrier.wait()
        try:
            got = work(k)
        except Exception as exc:  # noqa: BLE001 - reported by the assertions
            got = [repr(exc)]
        finally:
            db.close()  # this thread's connection
        with lock:
            results.extend(got)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n_threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_concurrent_claim_next_never_hands_out_a_step_twice(wf):
    made = cases(wf, 12)
    targets = {step(c, "intake_review").id for c in made}
    people = [user(name) for name in ("clerk", "clerk2", "msa_chief", "admin")]

    def drain(k: int) -> list:
        got = []
        while (s := claims.claim_next(people[k % len(people)], REVIEW, at=T0 + dt.timedelta(hours=1))) is not None:
            got.append(s.id)
        return got

    results = _race(6, drain, wf.db)
    assert sorted(results) == sorted(targets), results  # every step once: none twice, none lost, no errors
    for target in targets:
        assert len(claimed_events(target)) == 1
        assert Step.get_by_id(target).state == StepState.CLAIMED


def test_parallel_steps_completed_at_once_complete_the_case(wf):
    """The four department steps of a case completed at the same moment: the last one completes
    the case. On PostgreSQL the completing function is made to wait, each step done and its
    event written but nothing committed, until the four transactions all got that far (half a
    second) before it takes the case lock and reads the case's steps. The lock lets one in
    at a time, so they read one after the other and the last sees the others done; without it
    each would see the three others still open, and nobody would complete the case. SQLite's
    BEGIN IMMEDIATE runs them one after the other."""
    from db.connection import is_postgres

    workers = {"seal": "seal_clerk", "bank_account": "bank_clerk", "tax_registration": "tax_clerk",
               "social_insurance": "si_clerk"}
    case = new_case(wf, "绵阳并联办结有限公司", at=T0)
    walk_to_departments(wf, case, at=T0)
    for step_type, username in workers.items():
        workflow.claim_step(step(case, step_type).id, user_id(username), at=T0)
        fill_demo_data(wf.graph, step(case, step_type).id, user_id(username), random.Random(0), at=T0)  # the form
    if is_postgres():
        import importlib

        from db.base import database

        function = importlib.import_module("db.migrations.0007_complete_step_completes_the_case").PG_STATEMENTS[-1]
        lock = 'PERFORM 1 FROM "case" c WHERE c.id = d.case_id FOR NO KEY UPDATE;'
        assert lock in function
        database.execute_sql(function.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
                             .replace(lock, "PERFORM pg_sleep(0.5);\n    " + lock))
    jobs = list(workers.items())

    def finish(k: int) -> list:
        step_type, username = jobs[k]
        return [workflow.complete_step(step(case, step_type).id, user_id(username), wf.graph, at=T0).state]

    started = time.monotonic()
    assert _race(len(jobs), finish, wf.db) == [StepState.DONE] * len(jobs)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
    if is_postgres():
        assert time.monotonic() - started < 1.6  # the four waited together, not one after the other


# -- leases ----------------------------------------------------------------------------------------

def test_only_the_holder_renews_a_lease_and_renewal_is_not_an_edit(wf):
    [case] = cases(wf, 1)
    target = claims.claim_next(user("clerk"), REVIEW, at=T0)
    with pytest.raises(Conflict):
        claims.renew_lease(target.id, user_id("clerk2"), at=T0 + dt.timedelta(minutes=10))
    renewed = claims.renew_lease(target.id, user("clerk"), at=T0 + dt.timedelta(minutes=20))
    assert renewed.lease_until == T0 + dt.timedelta(minutes=20 + claims.DEFAULT_LEASE_MINUTES)
    assert (renewed.version, renewed.updated_at) == (target.version, target.updated_at)  # an open form stays valid
    # renewed past the original lease: still not claimable by others
    assert claims.claim_next(user("clerk2"), REVIEW, at=T0 + dt.timedelta(minutes=40)) is None
    with pytest.raises(ServiceError):
        claims.renew_lease(999999, user_id("clerk"), at=T0)


def test_renew_leases_renews_every_step_the_user_holds_in_the_queue(wf):
    made = cases(wf, 3)
    for _ in made[:2]:
        claims.claim_next(user("clerk"), REVIEW, at=T0)
    claims.claim_next(user("clerk2"), REVIEW, at=T0)
    at = T0 + dt.timedelta(minutes=25)
    assert claims.renew_leases(user("clerk"), REVIEW, at=at) == 2
    assert claims.renew_leases(user_id("clerk"), ["seal"], at=at) == 0
    leases = {s.claimed_by_id: s.lease_until for s in Step.select().where(Step.state == StepState.CLAIMED)}
    assert leases[user_id("clerk")] == at + dt.timedelta(minutes=claims.DEFAULT_LEASE_MINUTES)
    assert leases[user_id("clerk2")] == T0 + dt.timedelta(minutes=claims.DEFAULT_LEASE_MINUTES)


def test_expired_leases_go_back_to_the_queue(wf):
    made = cases(wf, 3)
    held = [claims.claim_next(user("clerk"), REVIEW, lease_minutes=10, at=T0) for _ in made[:2]]
    kept = claims.claim_next(user("clerk2"), REVIEW, lease_minutes=60, at=T0)
    at = T0 + dt.timedelta(minutes=11)
    released = claims.release_expired_leases(step_types=REVIEW, at=at)
    assert sorted(released) == sorted(s.id for s in held)
    for s in held:
        now_ = Step.get_by_id(s.id)
        assert (now_.state, now_.claimed_by_id, now_.lease_until, now_.version) == (
            StepState.READY, None, None, s.version + 1)
        last = StepEvent.select().where(StepEvent.step == s.id).order_by(StepEvent.id.desc()).get()
        assert (last.event, last.from_state, last.to_state, last.user_id, last.at) == (
            "lease_expired", StepState.CLAIMED, StepState.READY, None, at)
    assert Step.get_by_id(kept.id).state == StepState.CLAIMED
    assert claims.release_expired_leases(at=at) == []


# -- reassignment ----------------------------------------------------------------------------------

def test_a_supervisor_reassigns_a_claimed_step_within_the_organisation(wf):
    [case] = cases(wf, 1)
    target = claims.claim_next(user("clerk"), REVIEW, at=T0)
    at = T0 + dt.timedelta(minutes=5)
    moved = claims.reassign(target.id, user("msa_chief"), user_id("clerk2"), reason="王晓燕外出", at=at)
    assert (moved.state, moved.claimed_by_id, moved.version) == (StepState.CLAIMED, user_id("clerk2"),
                                                                  target.version + 1)
    assert moved.lease_until == at + dt.timedelta(minutes=claims.DEFAULT_LEASE_MINUTES)
    event = StepEvent.select().where(StepEvent.step == target.id).order_by(StepEvent.id.desc()).get()
    assert (event.event, event.user_id, event.from_state, event.to_state) == (
        "reassigned", user_id("msa_chief"), StepState.CLAIMED, StepState.CLAIMED)
    assert "王晓燕" in event.note and "刘芳" in event.note and "外出" in event.note
    with pytest.raises(Conflict):  # the former holder can no longer finish it
        workflow.complete_step(target.id, user_id("clerk"), wf.graph, at=at)
    assert workflow.complete_step(target.id, user_id("clerk2"), wf.graph, at=at).state == StepState.DONE


def test_who_may_reassign_and_to_whom(wf):
    [case] = cases(wf, 1)
    target = step(case, "intake_review").id
    with pytest.raises(PermissionDenied):  # a clerk is not a supervisor
        claims.reassign(target, user("clerk"), user_id("clerk2"), at=T0)
    with pytest.raises(PermissionDenied):  # the tax office's chief: not their organisation's step
        claims.reassign(target, user("tax_chief"), user_id("clerk2"), at=T0)
    with pytest.raises(PermissionDenied):  # the target cannot see the step
        claims.reassign(target, user("msa_chief"), user_id("seal_clerk"), at=T0)
    assert Step.get_by_id(target).state == StepState.READY
    assert StepEvent.select().where(StepEvent.event == "reassigned").count() == 0
    # an admin may, and a ready step becomes claimed by the person it was given to
    given = claims.reassign(target, user("admin"), user_id("clerk2"), at=T0)
    assert (given.state, given.claimed_by_id) == (StepState.CLAIMED, user_id("clerk2"))
    assert "刘芳" in StepEvent.select().where(StepEvent.event == "reassigned").get().note
    with pytest.raises(ServiceError):  # already theirs
        claims.reassign(target, user("msa_chief"), user_id("clerk2"), at=T0)
    with pytest.raises(Conflict):  # the dialog saw an older version
        claims.reassign(target, user("msa_chief"), user_id("clerk"), expected_version=given.version - 1, at=T0)


def test_an_on_hold_step_stays_on_hold_with_its_new_holder_and_a_done_one_cannot_move(wf):
    first, second = cases(wf, 2)
    held = step(first, "intake_review").id
    workflow.claim_step(held, user_id("clerk"), at=T0)
    workflow.hold_step(held, user_id("clerk"), "等待申请人补充材料", at=T0)
    moved = claims.reassign(held, user("msa_chief"), user_id("clerk2"), at=T0)
    assert (moved.state, moved.claimed_by_id) == (StepState.ON_HOLD, user_id("clerk2"))
    assert workflow.resume_step(held, user_id("clerk2"), at=T0).state == StepState.CLAIMED
    done = step(second, "intake_review").id
    workflow.claim_step(done, user_id("clerk"), at=T0)
    workflow.complete_step(done, user_id("clerk"), wf.graph, at=T0)
    with pytest.raises(Conflict):
        claims.reassign(done, user("msa_chief"), user_id("clerk2"), at=T0)


def test_reassign_candidates_are_the_step_organisations_staff(wf):
    [case] = cases(wf, 1)
    target = claims.claim_next(user("clerk"), REVIEW, at=T0)
    found = claims.reassign_candidates(target.id, user("msa_chief"))
    assert {c.display_name: c.holds_it for c in found} == {"王晓燕": True, "李建国": False, "刘芳": False}
    with pytest.raises(PermissionDenied):
        claims.reassign_candidates(target.id, user("clerk2"))


def test_claim_next_announces_the_claimed_step_to_other_workstations(wf):
    """PostgreSQL: the claim is announced (ids only) — by the claim statement itself when it is a
    transaction of its own, once at commit when it is part of the caller's transaction."""
    from db.connection import is_postgres

    if not is_postgres():
        pytest.skip("SQLite workstations poll PRAGMA data_version instead (app.core.changes)")
    import psycopg

    from app.core import changes
    from db.base import database

    first, second = cases(wf, 2)
    with psycopg.connect(wf.url.render(with_password=True), autocommit=True) as listener:
        listener.execute(f"LISTEN {changes.CHANNEL}")
        alone = claims.claim_next(user("clerk"), REVIEW, at=T0)
        heard = [n.payload for n in listener.notifies(timeout=2, stop_after=1)]
        assert heard == [str(alone.id)]
        with database.atomic():
            inside = claims.claim_next(user("clerk"), REVIEW, at=T0)
            assert [n.payload for n in listener.notifies(timeout=0.3)] == []  # not before the commit
        assert [n.payload for n in listener.notifies(timeout=2, stop_after=1)] == [str(inside.id)]
    assert {alone.id, inside.id} == {step(first, "intake_review").id, step(second, "intake_review").id}


def test_only_the_time_is_a_parameter_of_the_claim_statement(wf):
    """PostgreSQL plans a prepared statement once for all its runs only when that plan is as good
    as one for the values at hand; a plan for any organisation and any state could not use the
    queue head (a partial index on the states), so every claim was planned anew, which cost more
    than running it. The claim names the user's organisation, the step types and the states in its
    text; only its time and lease are parameters."""
    from db.connection import is_postgres

    if not is_postgres():
        pytest.skip("the statement is PostgreSQL's")
    me = user("clerk")
    sql, params = claims._pg_claim_statement(me, tuple(REVIEW), True)
    assert set(params) == {claims._AT, claims._LEASE}
    assert f"= {me.organisation_id})" in sql and "'intake_review'" in sql and "'ready'" in sql
    made = cases(wf, 8)  # and it claims, prepared by the driver after its first runs
    got = {claims.claim_next(me, REVIEW, at=T0 + dt.timedelta(hours=1)).id for _ in made}
    assert got == {step(c, "intake_review").id for c in made}


def test_inlined_constants_are_quoted_and_only_the_time_stays_a_parameter():
    sql, params = claims._inline_constants("SELECT %s, %s, %s, %s WHERE x = %s",
                                           ["it's", 7, True, claims._AT, None])
    assert sql == "SELECT 'it''s', 7, true, %s WHERE x = NULL"
    assert params == (claims._AT,)
    with pytest.raises(ValueError):
        claims._inline_constants("SELECT '%s', %s", [1])
