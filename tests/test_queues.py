"""Queue pages (sorted, filtered and paged in SQL), access rules, and the case view's data."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import LEGAL_ID, LEGAL_MOBILE, new_case, seed_people, step, user, user_id, walk_to_departments

from app.core import workflow
from app.core.cases import case_detail, mask_id_number, mask_mobile
from app.core.errors import NotFound, PermissionDenied
from app.core.models import AuditLog, Case, Step
from app.core.queues import QueueQuery, queue_count, queue_page
from app.core.users import CurrentUser
from app.plugin_api import QueueSpec

DAY1 = dt.datetime(2026, 3, 2, 9, 0, 0)
DAY2 = dt.datetime(2026, 3, 3, 9, 0, 0)

REVIEW = QueueSpec(key="registration.review", title="待受理审核", department="market_supervision",
                   step_types=("intake_review",))
SEAL = QueueSpec(key="seal.todo", title="刻章待办", department="seal", step_types=("seal",))
TAX = QueueSpec(key="tax.todo", title="税务登记待办", department="tax", step_types=("tax_registration",))

# name, created at (out of order, so ids and due times disagree), seal company
WAITING_REVIEW = [
    ("绵阳锦程科技有限公司", DAY1 + dt.timedelta(minutes=40), "seal-huaxin"),
    ("绵阳云帆商贸有限公司", DAY1 + dt.timedelta(minutes=10), "seal-jincheng"),
    ("绵阳ABC文化传媒有限公司", DAY2 + dt.timedelta(minutes=5), "seal-huaxin"),
    ("绵阳星河建筑工程有限公司", DAY1 + dt.timedelta(minutes=25), "seal-jincheng"),
    ("成都汇通餐饮管理有限公司", DAY2 + dt.timedelta(minutes=50), "seal-huaxin"),
]
AT_DEPARTMENTS = [
    ("绵阳蜀丰农业开发有限公司", DAY1, "seal-huaxin"),
    ("绵阳九洲科技有限公司", DAY1 + dt.timedelta(minutes=1), "seal-jincheng"),
    ("绵阳涪江商贸有限公司", DAY1 + dt.timedelta(minutes=2), "seal-huaxin"),
    ("绵阳长青餐饮管理有限公司", DAY1 + dt.timedelta(minutes=3), "seal-jincheng"),
]


@pytest.fixture
def cases(ctx, fast_hash) -> dict[str, Case]:
    seed_people(ctx)
    made = {}
    for name, at, seal in WAITING_REVIEW:
        made[name] = new_case(ctx, name, seal=seal, at=at)
    for name, at, seal in AT_DEPARTMENTS:
        made[name] = new_case(ctx, name, seal=seal, at=at)
        walk_to_departments(ctx, made[name], at=at + dt.timedelta(minutes=30))
    return made


@pytest.fixture
def admin(cases) -> CurrentUser:
    return user("admin")


def names(rows) -> list[str]:
    return [r.enterprise_name for r in rows]


def test_sorted_by_due_time_ascending_and_descending(cases, admin):
    expected = [name for name, at, _ in sorted(WAITING_REVIEW, key=lambda c: c[1])]
    rows = queue_page(QueueQuery(REVIEW), admin)
    assert names(rows) == expected
    assert [r.due_at for r in rows] == sorted(at + dt.timedelta(minutes=30) for _, at, _ in WAITING_REVIEW)
    assert names(queue_page(QueueQuery(REVIEW, descending=True), admin)) == expected[::-1]


def test_sorted_by_other_columns(cases, admin):
    by_number = queue_page(QueueQuery(REVIEW, sort="case_number"), admin)
    assert [r.case_number for r in by_number] == sorted(r.case_number for r in by_number)
    by_name = queue_page(QueueQuery(REVIEW, sort="enterprise_name", descending=True), admin)
    assert names(by_name) == sorted(names(by_name), reverse=True)
    # An unknown column falls back to the due time rather than failing.
    assert names(queue_page(QueueQuery(REVIEW, sort="nonsense"), admin)) == names(queue_page(QueueQuery(REVIEW),
                                                                                            admin))


def test_rows_carry_what_the_queue_view_shows(cases, admin):
    row = queue_page(QueueQuery(REVIEW), admin)[0]
    target = step(cases[row.enterprise_name], "intake_review")
    assert (row.step_id, row.case_id, row.version, row.state) == (target.id, target.case_id, target.version, "ready")
    assert row.case_number == cases[row.enterprise_name].number
    assert row.organisation == "市场监管局综合受理窗口"
    assert row.claimed_by == ""
    assert row.value("due_at") == row.due_at


def test_text_filter_by_case_number_prefix(cases, admin):
    day2 = QueueQuery(REVIEW, text="KB20260303")
    assert set(names(queue_page(day2, admin))) == {"绵阳ABC文化传媒有限公司", "成都汇通餐饮管理有限公司"}
    assert queue_count(day2, admin) == 2
    one = cases["绵阳云帆商贸有限公司"].number
    assert names(queue_page(QueueQuery(REVIEW, text=f"  {one} "), admin)) == ["绵阳云帆商贸有限公司"]
    # The number must start with the text: a fragment from its middle does not match.
    assert queue_count(QueueQuery(REVIEW, text=one[2:]), admin) == 0


def test_text_filter_by_enterprise_name(cases, admin):
    assert names(queue_page(QueueQuery(REVIEW, text="云帆"), admin)) == ["绵阳云帆商贸有限公司"]
    assert set(names(queue_page(QueueQuery(REVIEW, text="有限公司"), admin))) == {n for n, _, _ in WAITING_REVIEW}
    assert names(queue_page(QueueQuery(REVIEW, text="abc"), admin)) == ["绵阳ABC文化传媒有限公司"]  # any case
    assert queue_count(QueueQuery(REVIEW, text="成都"), admin) == 1
    # Wildcards typed by the user match themselves only.
    assert queue_count(QueueQuery(REVIEW, text="%"), admin) == 0
    assert queue_count(QueueQuery(REVIEW, text="_"), admin) == 0


def test_paging_is_consistent_with_the_count(cases, admin):
    query = QueueQuery(REVIEW, sort="due_at")
    everything = queue_page(query, admin)
    assert queue_count(query, admin) == len(everything) == 5
    pages = [queue_page(query, admin, offset=offset, limit=2) for offset in range(0, 6, 2)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [r.step_id for page in pages for r in page] == [r.step_id for r in everything]
    assert queue_page(query, admin, offset=5, limit=2) == []


def test_mine_only_and_state_filters(cases, admin):
    clerk = user("clerk")
    target = step(cases["绵阳云帆商贸有限公司"], "intake_review")
    workflow.claim_step(target.id, clerk.id)
    mine = queue_page(QueueQuery(REVIEW, mine_only=True), clerk)
    assert [(r.step_id, r.state, r.claimed_by) for r in mine] == [(target.id, "claimed", "王晓燕")]
    ready_only = QueueSpec(key="r", title="r", department="market_supervision", step_types=("intake_review",),
                           states=("ready",))
    assert queue_count(QueueQuery(ready_only), clerk) == 4


def test_seal_clerk_sees_only_their_own_companys_seal_steps(cases, admin):
    huaxin, jincheng = user("seal_clerk"), user("seal_clerk2")
    huaxin_rows = queue_page(QueueQuery(SEAL), huaxin)
    assert set(names(huaxin_rows)) == {"绵阳蜀丰农业开发有限公司", "绵阳涪江商贸有限公司"}
    assert set(names(queue_page(QueueQuery(SEAL), jincheng))) == {"绵阳九洲科技有限公司", "绵阳长青餐饮管理有限公司"}
    assert {r.organisation for r in huaxin_rows} == {"绵阳华信印章有限公司"}
    assert queue_count(QueueQuery(SEAL), admin) == 4
    # Nor any other department's steps, whatever queue spec is asked for.
    assert queue_count(QueueQuery(TAX), huaxin) == 0
    assert queue_count(QueueQuery(REVIEW), huaxin) == 0
    assert queue_count(QueueQuery(TAX), user("tax_clerk")) == 4
    assert queue_count(QueueQuery(TAX), admin) == 4


def test_queue_specs_offered_to_each_user(ctx, cases):
    assert [q.key for q in ctx.host.call("kaiban_queues", user=user("seal_clerk"))] == ["seal.todo"]
    assert [q.key for q in ctx.host.call("kaiban_queues", user=user("tax_clerk"))] == ["tax.todo"]
    admin_keys = {q.key for q in ctx.host.call("kaiban_queues", user=user("admin"))}
    assert {"registration.review", "registration.licence", "seal.todo", "bank.todo", "tax.todo",
            "social_insurance.todo"} == admin_keys


def test_a_step_routed_to_no_organisation_is_seen_by_no_organisation(ctx, cases):
    """Point to point: before the applicant chose, no seal company sees the case — only the admin."""
    from app.core.access import can_see_case

    case = cases["绵阳蜀丰农业开发有限公司"]
    Step.update(organisation=None).where((Step.case == case.id) & (Step.step_type == "seal")).execute()
    for clerk in ("seal_clerk", "seal_clerk2"):
        assert "绵阳蜀丰农业开发有限公司" not in names(queue_page(QueueQuery(SEAL), user(clerk)))
        assert not can_see_case(user(clerk), case.id)
    assert "绵阳蜀丰农业开发有限公司" in names(queue_page(QueueQuery(SEAL), user("admin")))


def test_a_user_without_organisation_sees_nothing(cases):
    stray = CurrentUser(id=user_id("seal_clerk"), username="stray", display_name="stray", role="clerk",
                        organisation_id=None, organisation_name="", department_code=None)
    assert queue_count(QueueQuery(SEAL), stray) == 0
    with pytest.raises(PermissionDenied):
        case_detail(cases["绵阳蜀丰农业开发有限公司"].id, stray)


def test_case_detail_masks_personal_data_and_records_the_read(cases, admin):
    case = cases["绵阳蜀丰农业开发有限公司"]
    detail = case_detail(case.id, admin)
    legal = detail.legal_representative
    assert legal["name"] == "张三"
    assert legal["id_number"] == LEGAL_ID[:3] + "*" * 11 + LEGAL_ID[-4:]
    assert legal["mobile"] == "138****5678"
    assert LEGAL_ID not in repr(detail) and LEGAL_MOBILE not in repr(detail)
    assert (detail.number, detail.state, detail.enterprise["name"]) == (case.number, "in_progress",
                                                                       "绵阳蜀丰农业开发有限公司")
    assert [m["code"] for m in detail.materials] == ["application_form"]
    assert len(detail.steps) == 6
    assert [(t.step_type, t.event) for t in detail.timeline if t.event == "completed"] == [
        ("intake_review", "completed"), ("business_licence", "completed")]
    assert {t.user for t in detail.timeline if t.event == "completed"} == {"王晓燕"}

    reads = list(AuditLog.select().where(AuditLog.action == "read"))
    assert [(r.user_id, r.entity, r.entity_id, r.case_id) for r in reads] == [(admin.id, "case", case.id, case.id)]


def test_case_detail_for_a_department_user(cases):
    case = cases["绵阳蜀丰农业开发有限公司"]
    seal_clerk = user("seal_clerk")
    assert case_detail(case.id, seal_clerk).id == case.id
    assert AuditLog.select().where((AuditLog.action == "read") & (AuditLog.user == seal_clerk.id)).count() == 1


def test_case_detail_without_access_is_denied_and_not_recorded_as_read(cases):
    case = cases["绵阳蜀丰农业开发有限公司"]  # its seal step belongs to 华信
    with pytest.raises(PermissionDenied):
        case_detail(case.id, user("seal_clerk2"))
    assert not AuditLog.select().where(AuditLog.action == "read").exists()
    with pytest.raises(NotFound):
        case_detail(999999, user("admin"))


@pytest.mark.parametrize("value, masked", [
    ("510703199001011234", "510***********1234"), ("1234567", "*******"), ("", ""), ("12345678", "123*5678")])
def test_mask_id_number(value, masked):
    assert mask_id_number(value) == masked


@pytest.mark.parametrize("value, masked", [("13812345678", "138****5678"), ("123456", "******"),
                                           ("1234567", "*******"), ("08162345678", "081****5678")])
def test_mask_mobile(value, masked):
    assert mask_mobile(value) == masked
