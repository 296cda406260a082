"""Satisfaction over a period (Qt-free): ratings given in the period, per department and overall.

Satisfaction rate = ratings of 非常满意, 满意 or 基本满意 over all ratings given in the period, in
per cent (None when there are none). Rectifications count by when they were opened: opened in the
period, of them answered (by now) and still open."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core.models import Case, Department, Enterprise, Organisation
from app.core.step_work import period_bounds
from app.core.users import CurrentUser
from app.i18n import translate
from app.plugin_api import PeriodFigure
from plugins.ratings.common import BAD_LEVELS, CLOSED, LEVELS, SATISFIED_LEVELS, channel_title, level_title, \
    sees_everything
from plugins.ratings.models import Rating, Rectification

SECTION = "好差评"


@dataclass(frozen=True)
class DepartmentSatisfaction:
    department_code: str
    department_name: str
    counts: tuple[int, int, int, int, int]  # ratings per level 1..5
    rectifications_opened: int
    rectifications_closed: int

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def satisfied(self) -> int:
        return sum(self.counts[level - 1] for level in SATISFIED_LEVELS)

    @property
    def bad(self) -> int:
        return sum(self.counts[level - 1] for level in BAD_LEVELS)

    @property
    def rate(self) -> float | None:
        return round(100.0 * self.satisfied / self.total, 1) if self.total else None


@dataclass(frozen=True)
class RatingRow:
    rated_at: dt.datetime
    case_number: str
    enterprise: str
    department_name: str
    organisation_name: str
    level: int
    channel: str
    comment: str


def _scope(query, model, user: CurrentUser | None, organisation_id: int | None):
    if not sees_everything(user):
        query = query.where(model.organisation == (user.organisation_id or -1))
    if organisation_id is not None:
        query = query.where(model.organisation == organisation_id)
    return query


def satisfaction(date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None,
                 organisation_id: int | None = None) -> list[DepartmentSatisfaction]:
    """Per department that has ratings or rectifications in the period, by department name."""
    start, end = period_bounds(date_from, date_to)
    counts: dict[int, list[int]] = {}
    query = (Rating.select(Rating.department, Rating.level).where((Rating.rated_at >= start) & (Rating.rated_at < end)))
    for dept_id, level in _scope(query, Rating, user, organisation_id).tuples():
        counts.setdefault(dept_id, [0] * len(LEVELS))[level - 1] += 1
    opened: dict[int, list[int]] = {}
    query = Rectification.select(Rectification.department, Rectification.state).where(
        (Rectification.opened_at >= start) & (Rectification.opened_at < end))
    for dept_id, state in _scope(query, Rectification, user, organisation_id).tuples():
        pair = opened.setdefault(dept_id, [0, 0])
        pair[0] += 1
        pair[1] += state == CLOSED
    out = []
    for dept in Department.select().where(Department.id.in_(sorted(set(counts) | set(opened)))):
        out.append(DepartmentSatisfaction(dept.code, dept.name, tuple(counts.get(dept.id, [0] * 5)),
                                          *opened.get(dept.id, [0, 0])))
    return sorted(out, key=lambda d: d.department_name)


def overall(rows: list[DepartmentSatisfaction]) -> DepartmentSatisfaction:
    counts = tuple(sum(r.counts[i] for r in rows) for i in range(len(LEVELS)))
    opened = sum(r.rectifications_opened for r in rows)
    closed = sum(r.rectifications_closed for r in rows)
    return DepartmentSatisfaction("", translate("ratings", "合计"), counts, opened, closed)


def ratings_in(date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None,
               organisation_id: int | None = None, *, bad_only: bool = False) -> list[RatingRow]:
    start, end = period_bounds(date_from, date_to)
    query = (Rating.select(Rating, Case, Enterprise, Department, Organisation).join(Case).join(Enterprise)
             .switch(Rating).join(Department).switch(Rating)
             .join(Organisation, JOIN.LEFT_OUTER, on=(Rating.organisation == Organisation.id), attr="organisation")
             .where((Rating.rated_at >= start) & (Rating.rated_at < end)))
    if bad_only:
        query = query.where(Rating.level.in_(list(BAD_LEVELS)))
    query = _scope(query, Rating, user, organisation_id).order_by(Rating.rated_at, Rating.id)
    return [RatingRow(r.rated_at, r.case.number, r.case.enterprise.name, r.department.name,
                      r.organisation.name if r.organisation_id else "", r.level, r.channel, r.comment) for r in query]


def department_headers() -> list[str]:
    return ([translate("ratings", "部门")] + [level_title(level) for level in LEVELS]
            + [translate("ratings", "评价数"), translate("ratings", "满意数"), translate("ratings", "满意率(%)"),
               translate("ratings", "差评数"), translate("ratings", "整改开启"), translate("ratings", "整改已答复")])


def department_row(d: DepartmentSatisfaction) -> list:
    return ([d.department_name] + list(d.counts)
            + [d.total, d.satisfied, d.rate if d.rate is not None else "—", d.bad, d.rectifications_opened,
               d.rectifications_closed])


def rating_headers() -> list[str]:
    return [translate("ratings", h) for h in ("评价时间", "办件编号", "企业名称", "部门", "机构", "评价", "渠道", "评价内容")]


def rating_cells(r: RatingRow) -> list:
    return [r.rated_at, r.case_number, r.enterprise, r.department_name, r.organisation_name, level_title(r.level),
            channel_title(r.channel), r.comment]


def period_figures(date_from: dt.date, date_to: dt.date, user: CurrentUser | None) -> list[PeriodFigure]:
    """``kaiban_period_figures``: overall and per-department satisfaction, bad ratings, rectifications."""
    rows = satisfaction(date_from, date_to, user)
    total = overall(rows)

    def by_department():
        return department_headers(), [department_row(d) for d in rows + [total]]

    def bad_list():
        return rating_headers(), [rating_cells(r) for r in ratings_in(date_from, date_to, user, bad_only=True)]

    section = translate("ratings", SECTION)
    figures = [
        PeriodFigure(key="ratings.satisfaction", title=translate("ratings", "满意率"),
                     # no rating in the period: no rate (not 0 %, which would read as all dissatisfied)
                     value=total.rate if total.rate is not None else "—", unit="%", section=section,
                     details=by_department),
        PeriodFigure(key="ratings.count", title=translate("ratings", "评价数"), value=total.total, unit="件",
                     section=section, details=lambda: (rating_headers(), [rating_cells(r) for r in
                                                                          ratings_in(date_from, date_to, user)])),
        PeriodFigure(key="ratings.bad", title=translate("ratings", "差评数"), value=total.bad, unit="件",
                     section=section, details=bad_list),
        PeriodFigure(key="ratings.rectifications_opened", title=translate("ratings", "差评整改（开启）"),
                     value=total.rectifications_opened, unit="件", section=section, details=bad_list),
        PeriodFigure(key="ratings.rectifications_closed", title=translate("ratings", "差评整改（已答复）"),
                     value=total.rectifications_closed, unit="件", section=section),
        PeriodFigure(key="ratings.rectifications_open", title=translate("ratings", "差评整改（待答复）"),
                     value=total.rectifications_opened - total.rectifications_closed, unit="件", section=section),
    ]
    for d in rows:
        if d.total:
            figures.append(PeriodFigure(
                key=f"ratings.satisfaction.{d.department_code}",
                title=translate("ratings", "{department}满意率").format(department=d.department_name),
                value=d.rate, unit="%", section=section, department=d.department_code,
                details=lambda name=d.department_name: (
                    rating_headers(), [rating_cells(r) for r in ratings_in(date_from, date_to, user)
                                       if r.department_name == name])))
    return figures
