"""Versioned edits of a step's data: a stale save is a visible conflict, never a silent overwrite
(SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from case_helpers import new_case, seed_people, step, user, user_id

from app.core import claims, versioning, workflow
from app.core.errors import Conflict, PermissionDenied, ServiceError, ValidationError
from app.core.models import Step, StepEvent, StepState
from app.core.versioning import merge_patch, save_step_data

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)


@pytest.fixture
def wf(ctx, fast_hash):
    seed_people(ctx)
    return ctx


@pytest.fixture
def held(wf):
    """An intake review the clerk holds."""
    case = new_case(wf, at=T0)
    return workflow.claim_step(step(case, "intake_review").id, user_id("clerk"), at=T0)


def test_merge_patch_follows_rfc_7396():
    target = {"a": 1, "b": {"c": 2, "d": 3}, "e": [1, 2]}
    assert merge_patch(target, {"a": None, "b": {"c": 5, "d": None, "x": {"y": 1}}, "e": [3]}) == {
        "b": {"c": 5, "x": {"y": 1}}, "e": [3]}
    assert target == {"a": 1, "b": {"c": 2, "d": 3}, "e": [1, 2]}  # untouched
    assert merge_patch({"a": {"b": 1}}, {"a": "flat"}) == {"a": "flat"}
    assert merge_patch({}, {"a": None}) == {}


def test_a_save_merges_bumps_the_version_and_records_who(wf, held):
    at = T0 + dt.timedelta(minutes=3)
    saved = save_step_data(held.id, user("clerk"), held.version, {"seal_count": 4, "pickup": "mail"}, at=at)
    assert (saved.data, saved.version, saved.updated_at) == ({"pickup": "mail", "seal_count": 4},
                                                            held.version + 1, at)
    again = save_step_data(held.id, user_id("clerk"), saved.version, {"pickup": None, "note": "加急"}, at=at)
    assert again.data == {"seal_count": 4, "note": "加急"}
    event = StepEvent.select().where(StepEvent.step == held.id).order_by(StepEvent.id.desc()).get()
    assert (event.event, event.user_id, event.from_state, event.to_state, event.note) == (
        "edited", user_id("clerk"), StepState.CLAIMED, StepState.CLAIMED, "note, pickup")
    # nothing new: no new version
    assert save_step_data(held.id, user("clerk"), again.version, {"note": "加急"}, at=at).version == again.version


def test_a_stale_save_is_a_conflict_carrying_the_other_persons_change(wf, held):
    chief_at = T0 + dt.timedelta(minutes=7)
    read = held.version  # the clerk opens the form...
    theirs = save_step_data(held.id, user("msa_chief"), read, {"seal_count": 5, "remark": "主管已核对"},
                            at=chief_at)  # ...and the supervisor saves first
    with pytest.raises(Conflict) as info:
        save_step_data(held.id, user("clerk"), read, {"seal_count": 3}, at=chief_at + dt.timedelta(minutes=1))
    current = info.value.current
    assert current["data"] == {"seal_count": 5, "remark": "主管已核对"}
    assert (current["version"], current["changed_by"], current["changed_by_id"], current["changed_at"]) == (
        theirs.version, "李建国", user_id("msa_chief"), chief_at)
    assert "李建国" in str(info.value) and "2026-03-02 09:07" in str(info.value)
    after = Step.get_by_id(held.id)
    assert (after.data, after.version) == (theirs.data, theirs.version)  # nothing overwritten
    # having seen it, the clerk saves on top of the current version
    mine = save_step_data(held.id, user("clerk"), current["version"], {"seal_count": 3})
    assert mine.data == {"seal_count": 3, "remark": "主管已核对"}


def test_any_change_of_the_step_makes_an_open_form_stale(wf, held):
    read = held.version
    claims.reassign(held.id, user("msa_chief"), user_id("msa_chief"), at=T0)
    with pytest.raises(Conflict) as info:
        save_step_data(held.id, user("clerk"), read, {"x": 1})
    assert (info.value.current["changed_by"], info.value.current["event"]) == ("李建国", "reassigned")
    assert claims.renew_lease(held.id, user_id("msa_chief")).version == read + 1  # renewal is no change


def test_who_may_save(wf, held):
    with pytest.raises(PermissionDenied):  # another department cannot even see it
        save_step_data(held.id, user("seal_clerk"), held.version, {"x": 1})
    with pytest.raises(PermissionDenied):  # a tax supervisor is not this organisation's
        save_step_data(held.id, user("tax_chief"), held.version, {"x": 1})
    other = step(new_case(wf, "绵阳未领取测试有限公司", at=T0), "intake_review")
    with pytest.raises(PermissionDenied):  # a clerk claims first
        save_step_data(other.id, user("clerk"), other.version, {"x": 1})
    with pytest.raises(ValidationError):
        save_step_data(held.id, user("clerk"), held.version, ["not", "a", "dict"])
    done = workflow.complete_step(held.id, user_id("clerk"), wf.graph, at=T0)
    with pytest.raises(ServiceError):
        save_step_data(held.id, user("admin"), done.version, {"x": 1})
    assert Step.get_by_id(held.id).data == {}


def test_concurrent_saves_of_one_version_one_wins(wf, held):
    people = [user("clerk"), user("msa_chief"), user("admin")] * 2
    barrier = threading.Barrier(len(people))
    results: list[str] = []

    def save(k: int) -> None:
        barrier.wait()
        try:
            save_step_data(held.id, people[k], held.version, {"by": k})
            results.append("saved")
        except Conflict as exc:
            results.append("conflict" if exc.current.get("version") == held.version + 1 else repr(exc.current))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion
            results.append(repr(exc))
        finally:
            wf.db.close()

    threads = [threading.Thread(target=save, args=(k,)) for k in range(len(people))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["conflict"] * (len(people) - 1) + ["saved"], results
    final = Step.get_by_id(held.id)
    assert final.version == held.version + 1 and len(final.data) == 1
    assert StepEvent.select().where((StepEvent.step == held.id) & (StepEvent.event == "edited")).count() == 1


def test_last_change_names_no_one_for_a_system_change(wf, held):
    claims.release_expired_leases(at=T0 + dt.timedelta(hours=2))
    info = versioning.last_change(Step.get_by_id(held.id))
    assert (info["changed_by"], info["event"], info["state"]) == ("", "lease_expired", StepState.READY)
