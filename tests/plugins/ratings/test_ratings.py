"""Rating a complete case at the window: one rating per department that worked on it, corrections
audited, bad ratings opening rectifications that close only with an answer."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import new_case, user

from app.core.errors import Conflict, PermissionDenied, ServiceError, ValidationError
from app.core.models import AuditLog, SmsOutbox
from plugins.ratings import rectifications
from plugins.ratings.models import Rating, Rectification
from plugins.ratings.ratings import case_ratings, rate, validate_rating
from tests.plugins.ratings.helpers import T0, completed_case

LATER = T0 + dt.timedelta(hours=3)


def test_validate_rating_refuses_bad_levels_long_comments_and_future_times():
    assert validate_rating(3, "") == {}
    assert set(validate_rating(0, "")) == {"level"}
    assert set(validate_rating(6, "")) == {"level"}
    assert set(validate_rating("1", "")) == {"level"}
    assert set(validate_rating(True, "")) == {"level"}
    assert set(validate_rating(2, "好" * 501)) == {"comment"}
    assert set(validate_rating(2, "", dt.datetime(2030, 1, 1), now_=dt.datetime(2026, 3, 2))) == {"rated_at"}


def test_one_rating_per_department_and_a_correction_is_audited(world):
    case = completed_case(world)
    clerk = user("clerk")
    departments = {d.department_code for d in case_ratings(case.id, clerk)}
    assert {"market_supervision", "seal", "bank", "tax"} <= departments

    first = rate(case.id, "seal", 2, "刻章很快", clerk, version=0, at=LATER)
    assert first.created and first.rectification_id is None
    again = rate(case.id, "seal", 1, "刻章很快，服务热情", clerk, version=1, at=LATER)
    assert not again.created and again.rating_id == first.rating_id
    assert Rating.select().where(Rating.case == case.id).count() == 1
    row = Rating.get_by_id(first.rating_id)
    assert (row.level, row.version, row.comment) == (1, 2, "刻章很快，服务热情")
    details = [a.detail for a in AuditLog.select().where((AuditLog.entity == "rating")
                                                          & (AuditLog.entity_id == row.id))]
    assert any("2 -> 1" in d for d in details)
    with pytest.raises(Conflict):  # the form showed version 1, the rating is at 2 now
        rate(case.id, "seal", 3, "", clerk, version=1, at=LATER)
    seal_row = next(d for d in case_ratings(case.id, clerk) if d.department_code == "seal")
    assert seal_row.level == 1 and seal_row.version == 2


def test_only_complete_cases_worked_departments_and_window_staff(world_sqlite):
    clerk = user("clerk")
    open_case = new_case(world_sqlite, "绵阳未办结科技有限公司", at=T0)
    with pytest.raises(ServiceError, match="尚未办结"):
        rate(open_case.id, "market_supervision", 1, "", clerk, at=LATER)
    case = completed_case(world_sqlite)
    with pytest.raises(ValidationError) as err:
        rate(case.id, "incubator", 1, "", clerk, at=LATER)
    assert "department" in err.value.errors
    with pytest.raises(ValidationError):
        rate(case.id, "seal", 9, "", clerk, at=LATER)
    with pytest.raises(PermissionDenied):
        rate(case.id, "seal", 1, "", user("seal_clerk"), at=LATER)
    assert Rating.select().count() == 0


def test_a_bad_rating_opens_a_rectification_that_closes_only_with_an_answer(world):
    case = completed_case(world)
    outcome = rate(case.id, "seal", 4, "等了很久才拿到印章", user("clerk"), at=LATER)
    rect = Rectification.get_by_id(outcome.rectification_id)
    assert rect.state == "open" and rect.complaint == "等了很久才拿到印章"
    # five working days of seven hours from Monday noon (the lunch break): the next Monday noon
    assert rect.due_at == dt.datetime(2026, 3, 9, 12, 0)
    chief = user("seal_chief")
    for empty in ("", "   ", "已整改"):
        with pytest.raises(ValidationError) as err:
            rectifications.answer_rectification(rect.id, empty, chief, at=LATER)
        assert "answer" in err.value.errors
    assert Rectification.get_by_id(rect.id).state == "open"
    assert not SmsOutbox.select().where(SmsOutbox.template == rectifications.SMS_KEY).exists()
    answer = "已对刻章流程进行整改，现场等候时间缩短至半小时以内，感谢您的监督。"
    for other in ("seal_clerk", "bank_chief", "msa_chief"):  # not the rated company's supervisor
        with pytest.raises((PermissionDenied, rectifications.NotFound)):
            rectifications.answer_rectification(rect.id, answer, user(other), at=LATER)
    closed = rectifications.answer_rectification(rect.id, answer, chief, at=LATER)
    assert closed.state == "closed" and closed.answer == answer and closed.answered_at == LATER
    sms = SmsOutbox.get(SmsOutbox.template == rectifications.SMS_KEY)
    assert answer in sms.text and case.number in sms.text and sms.case_id == case.id
    with pytest.raises(ServiceError, match="已经答复"):
        rectifications.answer_rectification(rect.id, answer, user("admin"), at=LATER)


def test_a_correction_from_bad_to_bad_keeps_one_rectification(world_sqlite):
    case = completed_case(world_sqlite)
    clerk = user("clerk")
    first = rate(case.id, "bank", 4, "", clerk, at=LATER)
    second = rate(case.id, "bank", 5, "仍不满意", clerk, at=LATER)
    assert first.rectification_id and second.rectification_id is None
    third = rate(case.id, "bank", 2, "", clerk, at=LATER)
    fourth = rate(case.id, "bank", 5, "", clerk, at=LATER)  # good -> bad again: a new complaint
    assert third.rectification_id is None and fourth.rectification_id
    assert Rectification.select().count() == 2


def test_supervisors_see_their_own_organisations_rectifications(world_sqlite):
    case = completed_case(world_sqlite)
    clerk = user("clerk")
    rate(case.id, "seal", 5, "", clerk, at=LATER)
    rate(case.id, "bank", 4, "", clerk, at=LATER)
    at = dt.datetime(2026, 3, 4, 9, 0)
    assert [r.department_code for r in rectifications.list_rectifications(user("seal_chief"), at=at)] == ["seal"]
    assert [r.department_code for r in rectifications.list_rectifications(user("bank_chief"), at=at)] == ["bank"]
    assert len(rectifications.list_rectifications(user("admin"), at=at)) == 2
    assert rectifications.list_rectifications(user("admin"), "overdue", at=at) == []
    late = dt.datetime(2026, 3, 10, 9, 0)
    assert {r.state for r in rectifications.list_rectifications(user("admin"), "overdue", at=late)} == {"overdue"}
    with pytest.raises(PermissionDenied):
        rectifications.list_rectifications(user("seal_clerk"))
