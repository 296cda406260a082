"""Queue filters done in SQL: step state, overdue only, mine, a date range — with the text search."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import new_case, seed_people, step, user, walk_to_departments

from app.core import workflow
from app.core.models import Case, Step
from app.core.queues import QueueQuery, queue_count, queue_page
from app.plugin_api import QueueSpec

DAY1 = dt.datetime(2026, 3, 2, 9, 0)
DAY2 = dt.datetime(2026, 3, 3, 9, 0)
DAY3 = dt.datetime(2026, 3, 4, 9, 0)
SEAL = QueueSpec(key="seal.todo", title="刻章待办", department="seal", step_types=("seal",))


@pytest.fixture
def seal_queue(ctx, fast_hash) -> dict[str, Case]:
    """Four cases at 华信's seal queue, ready on three days (the seal's limit is 45 minutes)."""
    seed_people(ctx)
    made = {}
    for name, at in (("绵阳甲科技有限公司", DAY1), ("绵阳乙商贸有限公司", DAY1 + dt.timedelta(hours=2)),
                     ("绵阳丙餐饮有限公司", DAY2), ("绵阳丁建筑有限公司", DAY3)):
        made[name] = new_case(ctx, name, at=at - dt.timedelta(days=1))  # created the day before
        walk_to_departments(ctx, made[name], at=at)
    return made


def names(query: QueueQuery, username: str = "seal_clerk", **kwargs) -> set[str]:
    rows = queue_page(query, user(username), **kwargs)
    assert queue_count(query, user(username), **kwargs) == len(rows)
    return {r.enterprise_name for r in rows}


def test_state_filter_within_the_queues_states(seal_queue):
    clerk = user("seal_clerk")
    workflow.claim_step(step(seal_queue["绵阳甲科技有限公司"], "seal").id, clerk.id, at=DAY3)
    assert names(QueueQuery(SEAL, states=("claimed",))) == {"绵阳甲科技有限公司"}
    assert len(names(QueueQuery(SEAL, states=("ready",)))) == 3
    assert len(names(QueueQuery(SEAL, states=("ready", "claimed")))) == 4
    assert names(QueueQuery(SEAL, states=("done",))) == set()  # not among the queue's states


def test_overdue_only_counts_running_steps_past_their_deadline(seal_queue):
    clerk = user("seal_clerk")
    at = DAY3 + dt.timedelta(minutes=30)  # 丁 is 30 of its 45 minutes in: not overdue yet
    overdue = QueueQuery(SEAL, overdue_only=True)
    assert names(overdue, at=at) == {"绵阳甲科技有限公司", "绵阳乙商贸有限公司", "绵阳丙餐饮有限公司"}
    held = step(seal_queue["绵阳乙商贸有限公司"], "seal")
    workflow.claim_step(held.id, clerk.id, at=at)
    workflow.hold_step(held.id, clerk.id, "等待申请人确认印模", at=at)  # a paused clock is never overdue
    assert names(overdue, at=at) == {"绵阳甲科技有限公司", "绵阳丙餐饮有限公司"}
    workflow.claim_step(step(seal_queue["绵阳甲科技有限公司"], "seal").id, clerk.id, at=at)
    assert "绵阳甲科技有限公司" in names(overdue, at=at)  # claimed still counts
    assert names(overdue, at=DAY1) == set()


def test_date_range_on_ready_or_created(seal_queue):
    assert names(QueueQuery(SEAL, date_from=DAY1.date(), date_to=DAY1.date())) == {"绵阳甲科技有限公司",
                                                                                 "绵阳乙商贸有限公司"}
    assert names(QueueQuery(SEAL, date_from=DAY2.date())) == {"绵阳丙餐饮有限公司", "绵阳丁建筑有限公司"}
    assert names(QueueQuery(SEAL, date_to=DAY2.date())) == {"绵阳甲科技有限公司", "绵阳乙商贸有限公司",
                                                            "绵阳丙餐饮有限公司"}
    # the cases were created the day before they reached the seal queue
    by_created = QueueQuery(SEAL, date_field="created_at", date_from=DAY2.date(), date_to=DAY2.date())
    assert names(by_created) == {"绵阳丁建筑有限公司"}


def test_filters_combine_with_mine_and_text_and_the_access_rules(seal_queue):
    clerk = user("seal_clerk")
    for name in ("绵阳甲科技有限公司", "绵阳丙餐饮有限公司"):
        workflow.claim_step(step(seal_queue[name], "seal").id, clerk.id, at=DAY3)
    query = QueueQuery(SEAL, mine_only=True, overdue_only=True, text="餐饮", date_from=DAY2.date())
    assert names(query, at=DAY3 + dt.timedelta(hours=1)) == {"绵阳丙餐饮有限公司"}
    # another seal company's clerk sees none of them, whatever the filters
    assert names(QueueQuery(SEAL, overdue_only=True), "seal_clerk2", at=DAY3 + dt.timedelta(hours=1)) == set()
    assert Step.select().where(Step.step_type == "seal").count() == 4
