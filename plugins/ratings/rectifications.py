"""Rectifications (事事有回音): a bad rating opens one for the rated department's organisation with
a deadline of a few working days; it closes only with a written answer to the applicant, given by a
supervisor of that organisation (or an administrator) and texted to the applicant (Qt-free)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import JOIN

from app.core import audit, notifications
from app.core.calendar import add_working_minutes, working_minutes_between
from app.core.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.models import Case, Department, Enterprise, Organisation, Role, User, now
from app.core.step_work import period_bounds
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.ratings.common import (ANSWER_MAX, ANSWER_MIN, CLOSED, OPEN, OVERDUE, level_title, rectification_days,
                                    sees_everything, working_day_minutes)
from plugins.ratings.models import Rating, Rectification

SMS_KEY = "ratings.answer"


@dataclass(frozen=True)
class RectificationRow:
    id: int
    case_id: int
    case_number: str
    enterprise: str
    department_code: str
    department_name: str
    organisation_name: str
    level: int
    complaint: str
    state: str  # open / overdue / closed
    opened_at: dt.datetime
    due_at: dt.datetime
    answer: str
    answered_at: dt.datetime | None
    answered_by: str


def open_rectification(rating: Rating, at: dt.datetime) -> Rectification:
    """Open the rectification of a bad rating, inside the caller's transaction."""
    due = add_working_minutes(at, rectification_days() * working_day_minutes())
    rect = Rectification.create(rating=rating.id, case=rating.case_id, department=rating.department_id,
                                organisation=rating.organisation_id, level=rating.level, complaint=rating.comment,
                                state=OPEN, opened_at=at, due_at=due)
    audit.record("change", "rectification", entity_id=rect.id, case_id=rating.case_id, field="state",
                 detail=f"opened, due {due:%Y-%m-%d %H:%M}")
    return rect


def validate_answer(text: str | None) -> dict[str, str]:
    answer = (text or "").strip() if isinstance(text, str) or text is None else None
    if answer is None:
        return {"answer": translate("ratings", "答复应为文字")}
    if not answer:
        return {"answer": translate("ratings", "请填写给申请人的书面答复")}
    if len(answer) < ANSWER_MIN:
        return {"answer": translate("ratings", "答复至少 {n} 个字，请写明整改措施和结果").format(n=ANSWER_MIN)}
    if len(answer) > ANSWER_MAX:
        return {"answer": translate("ratings", "答复不能超过 {n} 字").format(n=ANSWER_MAX)}
    return {}


def may_answer(user: CurrentUser | None, rect: Rectification) -> bool:
    """An administrator, or a supervisor of the rated organisation (of the rated department)."""
    if user is None:
        return False
    if user.is_admin:
        return True
    dept = Department.get_by_id(rect.department_id)
    return (user.role == Role.SUPERVISOR and user.department_code == dept.code
            and rect.organisation_id is not None and user.organisation_id == rect.organisation_id)


def may_answer_row(user: CurrentUser | None, row: RectificationRow) -> bool:
    """:func:`may_answer` for a listed row (the screen enables its button by it)."""
    if user is None:
        return False
    return user.is_admin or (user.role == Role.SUPERVISOR and user.department_code == row.department_code
                             and bool(row.organisation_name) and row.organisation_name == user.organisation_name)


def _visible(user: CurrentUser | None):
    """Rectifications ``user`` may see: all for administrators and the command line, else those of
    the user's own organisation."""
    if sees_everything(user):
        return Rectification.id.is_null(False)
    if user.organisation_id is None:
        return Rectification.id.is_null(True)
    return Rectification.organisation == user.organisation_id


def require_supervisor(user: CurrentUser | None) -> None:
    if user is None or not user.is_supervisor:
        raise PermissionDenied(translate("ratings", "只有主管（首席代表）和系统管理员可以查看差评整改"))


def as_rows(query, at: dt.datetime) -> list[RectificationRow]:
    rows = []
    for r in query:
        state = r.state
        if state == OPEN and r.due_at < at:
            state = OVERDUE
        rows.append(RectificationRow(
            id=r.id, case_id=r.case_id, case_number=r.case.number, enterprise=r.case.enterprise.name,
            department_code=r.department.code, department_name=r.department.name,
            organisation_name=r.organisation.name if r.organisation_id else "", level=r.level,
            complaint=r.complaint, state=state, opened_at=r.opened_at, due_at=r.due_at, answer=r.answer,
            answered_at=r.answered_at, answered_by=r.answered_by.display_name if r.answered_by_id else ""))
    return rows


def rectification_query():
    return (Rectification.select(Rectification, Case, Enterprise, Department, Organisation, User)
            .join(Case).join(Enterprise).switch(Rectification).join(Department).switch(Rectification)
            .join(Organisation, JOIN.LEFT_OUTER, on=(Rectification.organisation == Organisation.id),
                  attr="organisation").switch(Rectification)
            .join(User, JOIN.LEFT_OUTER, on=(Rectification.answered_by == User.id), attr="answered_by"))


def list_rectifications(user: CurrentUser, state: str | None = None, *, at: dt.datetime | None = None,
                        limit: int = 500) -> list[RectificationRow]:
    """The rectifications ``user`` (a supervisor or admin) may see: ``state`` open (incl. overdue),
    overdue, closed, or None for all; open ones first by deadline, then the newest closed."""
    require_supervisor(user)
    at = at or now()
    query = rectification_query().where(_visible(user))
    if state == OPEN:
        query = query.where(Rectification.state == OPEN)
    elif state == OVERDUE:
        query = query.where((Rectification.state == OPEN) & (Rectification.due_at < at))
    elif state == CLOSED:
        query = query.where(Rectification.state == CLOSED)
    query = query.order_by((Rectification.state == CLOSED).asc(), Rectification.due_at, Rectification.id)
    return as_rows(query.limit(limit), at)


def answer_text(rect: Rectification, answer: str) -> str:
    case = Case.get_by_id(rect.case_id)
    dept = Department.get_by_id(rect.department_id)
    return translate("ratings", "【企业开办】您对{department}的评价（{level}）已收到，答复如下：{answer}"
                                "（办件编号{case_number}）").format(
        department=dept.name, level=level_title(rect.level), answer=answer, case_number=case.number)


def answer_rectification(rect_id: int, answer: str, user: CurrentUser, *,
                         at: dt.datetime | None = None) -> Rectification:
    """Close the rectification with ``answer``, written to the applicant and queued as a text.
    Refused without an answer, by anyone but the rated organisation's supervisors and admins,
    and when it is already closed."""
    at = at or now()
    rect = Rectification.get_or_none(Rectification.id == rect_id)
    if rect is None or not (sees_everything(user) or (user is not None and user.organisation_id
                                                       and rect.organisation_id == user.organisation_id)):
        raise NotFound(translate("ratings", "整改事项不存在"))
    if not may_answer(user, rect):
        raise PermissionDenied(translate("ratings", "只有被评价机构的主管（首席代表）或系统管理员可以答复差评"))
    errors = validate_answer(answer)
    if errors:
        raise ValidationError(errors)
    answer = answer.strip()
    with database.atomic():
        closed = (Rectification.update(state=CLOSED, answer=answer, answered_at=at, answered_by=user.id)
                  .where((Rectification.id == rect_id) & (Rectification.state == OPEN)).execute())
        if not closed:
            raise ServiceError(translate("ratings", "该整改事项已经答复，不能重复答复"))
        sms = notifications.queue_text(rect.case_id, SMS_KEY, answer_text(rect, answer), at=at)
        Rectification.update(sms=sms.id).where(Rectification.id == rect_id).execute()
        audit.record("change", "rectification", user=user.id, entity_id=rect_id, case_id=rect.case_id,
                     field="answer", detail=answer[:200])
    return Rectification.get_by_id(rect_id)


def overdue_at_end(date_from: dt.date, date_to: dt.date, user: CurrentUser | None) -> list[RectificationRow]:
    """Rectifications unanswered at the end of the period although past their deadline by then
    (answered later, or not yet): what the weekly report names."""
    _start, end = period_bounds(date_from, date_to)
    query = (rectification_query().where(_visible(user) & (Rectification.opened_at < end) & (Rectification.due_at < end)
                                 & (Rectification.answered_at.is_null() | (Rectification.answered_at >= end)))
             .order_by(Rectification.due_at, Rectification.id))
    rows = as_rows(query, end)
    # at the end of the period every one of them was open and past its deadline
    return [replace(row, state=OVERDUE) for row in rows]


def late_minutes(row: RectificationRow, date_to: dt.date) -> int:
    _start, end = period_bounds(date_to, date_to)
    return working_minutes_between(row.due_at, end)


def supervisors_of(organisation_names: set[str]) -> dict[str, str]:
    """Organisation name -> its supervisors' names (who answers for its rectifications)."""
    out: dict[str, list[str]] = {}
    if organisation_names:
        for u in (User.select(User.display_name, Organisation.name).join(Organisation)
                  .where(Organisation.name.in_(sorted(organisation_names)) & (User.role == Role.SUPERVISOR)
                         & (User.active == True)).order_by(User.id)):  # noqa: E712
            out.setdefault(u.organisation.name, []).append(u.display_name)
    return {name: "、".join(people) for name, people in out.items()}
