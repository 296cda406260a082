"""``main.py demo``: a database with cases in every state, and ``--if-empty`` seeding only once."""
from __future__ import annotations

import pytest
from peewee import fn

from app.cli import main
from app.core.demo import DEMO_PASSWORD
from app.core.models import Case, CaseState, Enterprise, Organisation, Step, StepState, User
from app.core.users import authenticate

pytestmark = pytest.mark.usefixtures("fast_hash")

EXPECTED_STATES = set(CaseState.ALL) - {CaseState.CANCELLED}


def case_states() -> dict[str, int]:
    return dict(Case.select(Case.state, fn.COUNT(Case.id)).group_by(Case.state).tuples())


def test_demo_seeds_cases_in_every_state(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "demo"]) == 0
    assert "40 个办件" in capsys.readouterr().out
    counts = case_states()
    assert set(counts) == EXPECTED_STATES, counts
    assert sum(counts.values()) == 40
    assert all(n >= 3 for n in counts.values()), counts
    step_states = {s for (s,) in Step.select(Step.state).distinct().tuples()}
    assert {StepState.WAITING, StepState.READY, StepState.CLAIMED, StepState.ON_HOLD, StepState.RETURNED,
            StepState.DONE} <= step_states
    # Completed cases are complete all the way through, and have their licence number.
    for case in Case.select().where(Case.state == CaseState.COMPLETE):
        assert {s.state for s in case.steps} == {StepState.DONE}
        assert case.completed_at is not None and case.enterprise.uscc


@pytest.mark.parametrize("count", [8, 16])
def test_every_state_even_with_few_cases(db_url, count):
    assert main(["--db", db_url, "demo", "--cases", str(count)]) == 0
    assert set(case_states()) == EXPECTED_STATES


def test_demo_if_empty_a_second_time_creates_nothing(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "demo", "--if-empty", "--cases", "12"]) == 0
    capsys.readouterr()
    before = (Case.select().count(), User.select().count(), Organisation.select().count(), Step.select().count())
    assert before[0] == 12
    assert main(["--db", sqlite_url, "demo", "--if-empty", "--cases", "12"]) == 0
    assert "未生成" in capsys.readouterr().out
    assert (Case.select().count(), User.select().count(), Organisation.select().count(),
            Step.select().count()) == before


def test_demo_can_be_run_twice_without_if_empty(sqlite_url):
    assert main(["--db", sqlite_url, "demo", "--cases", "16"]) == 0
    assert main(["--db", sqlite_url, "demo", "--cases", "16"]) == 0
    assert Case.select().count() == 32
    usccs = [u for (u,) in Enterprise.select(Enterprise.uscc).where(Enterprise.uscc.is_null(False)).tuples()]
    assert len(usccs) == len(set(usccs)) > 0


def test_every_demo_user_can_sign_in(sqlite_url):
    assert main(["--db", sqlite_url, "demo", "--cases", "0"]) == 0
    usernames = [u.username for u in User.select()]
    assert {"admin", "clerk", "seal_clerk", "bank_clerk", "tax_clerk", "si_clerk", "inc_manager"} <= set(usernames)
    for username in usernames:
        assert authenticate(username, DEMO_PASSWORD).username == username
