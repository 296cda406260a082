"""Entering a rating: one per complete case and department that worked on it (Qt-free).

A second rating of the same department is a correction of the first (the row changes, the audit
log keeps the old level); a rating of 不满意 or worse opens a rectification (see
:mod:`plugins.ratings.rectifications`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core import audit
from app.core.errors import Conflict, NotFound, ServiceError, ValidationError
from app.core.models import Case, CaseState, Department, Organisation, Step, StepState, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.ratings.common import BAD_LEVELS, COMMENT_MAX, LEVELS, WINDOW, require_window_user
from plugins.ratings.models import Rating, Rectification
from plugins.ratings.rectifications import open_rectification


@dataclass(frozen=True)
class RatedDepartment:
    """A department that worked on a case, with its rating when there is one."""
    department_code: str
    department_name: str
    organisation_name: str
    rating_id: int | None = None
    level: int | None = None
    comment: str = ""
    channel: str = ""
    rated_at: dt.datetime | None = None
    version: int = 0
    rectification_state: str = ""  # open / closed of the newest rectification, "" for none


@dataclass(frozen=True)
class RatingOutcome:
    rating_id: int
    created: bool
    changed: bool
    rectification_id: int | None  # the rectification this rating opened, if it opened one


def validate_rating(level, comment: str | None, at: dt.datetime | None = None,
                    now_: dt.datetime | None = None) -> dict[str, str]:
    """What is wrong with a rating: the level (1–5), the comment's length, a time in the future."""
    errors: dict[str, str] = {}
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        errors["level"] = translate("ratings", "请选择评价等级（非常满意至非常不满意）")
    if comment is not None and not isinstance(comment, str):
        errors["comment"] = translate("ratings", "评价内容应为文字")
    elif comment and len(comment.strip()) > COMMENT_MAX:
        errors["comment"] = translate("ratings", "评价内容不能超过 {n} 字").format(n=COMMENT_MAX)
    if at is not None and at > (now_ or now()) + dt.timedelta(minutes=5):
        errors["rated_at"] = translate("ratings", "评价时间不能晚于当前时间")
    return errors


def rated_departments(case_id: int) -> dict[int, tuple[Department, Organisation | None]]:
    """Department id -> (department, the organisation of its last done step) of the departments
    that worked on the case."""
    out: dict[int, tuple[Department, Organisation | None]] = {}
    steps = (Step.select(Step.department, Step.organisation).where(
        (Step.case == case_id) & (Step.state == StepState.DONE)).order_by(Step.completed_at, Step.id))
    for step in steps:
        dept = Department.get_by_id(step.department_id)
        org = Organisation.get_or_none(Organisation.id == step.organisation_id) if step.organisation_id else None
        out[dept.id] = (dept, org)
    return out


def _complete_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("ratings", "办件不存在"))
    if case.state != CaseState.COMPLETE:
        raise ServiceError(translate("ratings", "办件 {number} 尚未办结，办结后才能评价").format(number=case.number))
    return case


def case_ratings(case_id: int, user: CurrentUser) -> list[RatedDepartment]:
    """The departments of a complete case and their ratings, in the order they finished."""
    require_window_user(user)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("ratings", "办件不存在"))
    if case.state != CaseState.COMPLETE:
        return []
    ratings = {r.department_id: r for r in Rating.select().where(Rating.case == case_id)}
    out = []
    for dept_id, (dept, org) in rated_departments(case_id).items():
        rating = ratings.get(dept_id)
        rect = (Rectification.select().where(Rectification.rating == rating.id).order_by(Rectification.id.desc())
                .first()) if rating else None
        out.append(RatedDepartment(
            department_code=dept.code, department_name=dept.name, organisation_name=org.name if org else "",
            rating_id=rating.id if rating else None, level=rating.level if rating else None,
            comment=rating.comment if rating else "", channel=rating.channel if rating else "",
            rated_at=rating.rated_at if rating else None, version=rating.version if rating else 0,
            rectification_state=rect.state if rect else ""))
    return out


def apply_rating(case: Case, dept: Department, org: Organisation | None, level: int, comment: str, *,
                 channel: str, user_id: int | None, at: dt.datetime) -> RatingOutcome:
    """Write one checked rating inside the caller's transaction: create it, or correct the
    existing one (audited); a bad level opens a rectification unless the department's rating was
    already bad (one complaint, one answer)."""
    comment = (comment or "").strip()
    existing = Rating.get_or_none((Rating.case == case.id) & (Rating.department == dept.id))
    if existing is None:
        rating = Rating.create(case=case.id, department=dept.id, organisation=org.id if org else None, level=level,
                               comment=comment, channel=channel, rated_at=at, rated_by=user_id)
        audit.record("change", "rating", user=user_id, entity_id=rating.id, case_id=case.id, field="level",
                     detail=f"{dept.code}: {level}")
        rect = open_rectification(rating, at) if level in BAD_LEVELS else None
        return RatingOutcome(rating.id, True, True, rect.id if rect else None)
    if existing.level == level and existing.comment == comment:
        return RatingOutcome(existing.id, False, False, None)
    Rating.update(level=level, comment=comment, channel=channel, rated_at=at, rated_by=user_id,
                  version=Rating.version + 1).where(Rating.id == existing.id).execute()
    audit.record("change", "rating", user=user_id, entity_id=existing.id, case_id=case.id, field="level",
                 detail=f"{dept.code}: {existing.level} -> {level}; {existing.comment} -> {comment}")
    rect = None
    if level in BAD_LEVELS and existing.level not in BAD_LEVELS:
        rect = open_rectification(Rating.get_by_id(existing.id), at)
    return RatingOutcome(existing.id, False, True, rect.id if rect else None)


def rate(case_id: int, department_code: str, level: int, comment: str, user: CurrentUser, *,
         version: int | None = None, at: dt.datetime | None = None) -> RatingOutcome:
    """The applicant's rating of one department, entered at the window. ``version``: the rating's
    version the form showed (0 for none): a rating changed meanwhile is a conflict, not overwritten."""
    user_id = require_window_user(user)
    at = at or now()
    errors = validate_rating(level, comment, at)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        case = _complete_case(case_id)
        worked = {d.code: (d, o) for d, o in rated_departments(case_id).values()}
        if department_code not in worked:
            raise ValidationError({"department": translate("ratings", "该部门没有办理此办件，不能评价")})
        dept, org = worked[department_code]
        if version is not None:
            current = Rating.get_or_none((Rating.case == case_id) & (Rating.department == dept.id))
            if (current.version if current else 0) != version:
                raise Conflict(translate("ratings", "该部门的评价已被他人修改，请刷新后再改"))
        return apply_rating(case, dept, org, level, comment, channel=WINDOW, user_id=user_id, at=at)
