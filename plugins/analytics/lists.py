"""The lists behind the dashboard's figures (what a click shows): the cases received or completed
on a day, a department's steps in progress, the steps overdue now, the steps behind a median, and
the list a plugin's period figure offers. Qt-free; each list is scoped like its figure.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from app.core.calendar import WorkingCalendar, current_calendar
from app.core.errors import ServiceError
from app.core.models import Case, CaseState, Department, Enterprise, Organisation, Step, StepState, User, now
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plugin_api import PeriodFigure
from plugins.analytics.dashboard import RUNNING, FigureRef
from plugins.analytics.scope import case_scope, period_bounds, step_scope
from plugins.analytics.stats import step_durations

__all__ = ["FigureList", "figure_list", "period_figure_list", "CASE_STATE_TITLES", "STEP_STATE_TITLES"]

#: more rows than this are cut (the list says so); a figure's list is for looking, not exporting
MAX_ROWS = 2000

CASE_STATE_TITLES = {
    CaseState.INTAKE: QT_TRANSLATE_NOOP("analytics", "受理中"),
    CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("analytics", "办理中"),
    CaseState.RETURNED: QT_TRANSLATE_NOOP("analytics", "退回补正"),
    CaseState.COMPLETE: QT_TRANSLATE_NOOP("analytics", "已办结"),
    CaseState.CANCELLED: QT_TRANSLATE_NOOP("analytics", "已取消"),
}
STEP_STATE_TITLES = {
    StepState.WAITING: QT_TRANSLATE_NOOP("analytics", "等待中"),
    StepState.READY: QT_TRANSLATE_NOOP("analytics", "待办"),
    StepState.CLAIMED: QT_TRANSLATE_NOOP("analytics", "已领取"),
    StepState.ON_HOLD: QT_TRANSLATE_NOOP("analytics", "挂起"),
    StepState.RETURNED: QT_TRANSLATE_NOOP("analytics", "退回补正"),
    StepState.DONE: QT_TRANSLATE_NOOP("analytics", "已办结"),
    StepState.CANCELLED: QT_TRANSLATE_NOOP("analytics", "已取消"),
}


@dataclass
class FigureList:
    """``case_ids[i]`` is the case of ``rows[i]`` (empty when the rows are not cases' or steps')."""
    title: str
    headers: list[str]
    rows: list[list[Any]]
    case_ids: list[int] = field(default_factory=list)
    truncated: bool = False


def _state(titles: dict, state: str) -> str:
    return translate("analytics", titles.get(state, state))


def _cases(title: str, column, day: dt.date, user: CurrentUser | None) -> FigureList:
    start, end = period_bounds(day, day)
    query = (Case.select(Case.id, Case.number, Enterprise.name, Case.state, Case.created_at, Case.completed_at)
             .join(Enterprise).where((column >= start) & (column < end) & case_scope(user))
             .order_by(column, Case.id).limit(MAX_ROWS + 1))
    rows, ids = [], []
    for case_id, number, name, state, created, completed in query.tuples():
        rows.append([number, name, _state(CASE_STATE_TITLES, state), created, completed])
        ids.append(case_id)
    headers = [translate("analytics", "办件编号"), translate("analytics", "企业名称"), translate("analytics", "状态"),
               translate("analytics", "受理时间"), translate("analytics", "办结时间")]
    return _cut(FigureList(title, headers, rows, ids))


def _cut(result: FigureList) -> FigureList:
    if len(result.rows) > MAX_ROWS:
        result.rows, result.case_ids, result.truncated = result.rows[:MAX_ROWS], result.case_ids[:MAX_ROWS], True
    return result


def _steps(title: str, condition, graph, user: CurrentUser | None, at: dt.datetime,
           calendar: WorkingCalendar) -> FigureList:
    holder = User.alias()
    query = (Step.select(Step.id, Step.case, Case.number, Enterprise.name, Step.step_type, Step.state,
                         Organisation.name, holder.display_name, Step.ready_at, Step.due_at)
             .join(Case, on=(Step.case == Case.id)).join(Enterprise, on=(Case.enterprise == Enterprise.id))
             .switch(Step).join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id))
             .switch(Step).join(holder, JOIN.LEFT_OUTER, on=(Step.claimed_by == holder.id))
             .where(condition & step_scope(user)).order_by(Step.due_at, Step.id).limit(MAX_ROWS + 1))
    rows, ids = [], []
    for _sid, case_id, number, name, step_type, state, org, person, ready, due in query.tuples():
        late = (calendar.working_minutes_between(due, at)
                if due is not None and state in RUNNING and due < at else None)
        rows.append([number, name, graph.title(step_type), _state(STEP_STATE_TITLES, state), org or "",
                     person or "", ready, due, late])
        ids.append(case_id)
    headers = [translate("analytics", "办件编号"), translate("analytics", "企业名称"), translate("analytics", "事项"),
               translate("analytics", "状态"), translate("analytics", "承办机构"), translate("analytics", "领取人"),
               translate("analytics", "到达时间"), translate("analytics", "办理时限"),
               translate("analytics", "超时（工作分钟）")]
    return _cut(FigureList(title, headers, rows, ids))


def _durations(title: str, step_type: str, graph, date_from: dt.date, date_to: dt.date,
               user: CurrentUser | None, calendar: WorkingCalendar) -> FigureList:
    found = step_durations(date_from, date_to, user, step_type=step_type, calendar=calendar).get(step_type, [])
    found.sort(key=lambda r: (-r[2], r[0]))
    found = found[:MAX_ROWS + 1]
    cases = {c.id: c for c in Case.select(Case.id, Case.number, Case.enterprise).where(
        Case.id.in_([r[1] for r in found]))} if found else {}
    names = {e.id: e.name for e in Enterprise.select(Enterprise.id, Enterprise.name).where(
        Enterprise.id.in_([c.enterprise_id for c in cases.values()]))} if cases else {}
    steps = {s.id: s for s in Step.select(Step.id, Step.ready_at, Step.completed_at).where(
        Step.id.in_([r[0] for r in found]))} if found else {}
    rows, ids = [], []
    spec = graph.steps.get(step_type)
    for step_id, case_id, minutes in found:
        case = cases[case_id]
        rows.append([case.number, names.get(case.enterprise_id, ""), steps[step_id].ready_at,
                     steps[step_id].completed_at, minutes,
                     spec.time_limit_minutes if spec is not None else None])
        ids.append(case_id)
    headers = [translate("analytics", "办件编号"), translate("analytics", "企业名称"),
               translate("analytics", "到达时间"), translate("analytics", "办结时间"),
               translate("analytics", "用时（工作分钟）"), translate("analytics", "时限（工作分钟）")]
    return _cut(FigureList(title, headers, rows, ids))


def figure_list(ctx, ref: FigureRef, user: CurrentUser | None, *, date_from: dt.date, date_to: dt.date,
                at: dt.datetime | None = None, calendar: WorkingCalendar | None = None) -> FigureList:
    """The list behind the dashboard figure ``ref``, as ``user`` may see it."""
    at = at or now()
    calendar = calendar or current_calendar()
    graph = ctx.graph
    if ref.kind in ("received", "completed"):
        day = dt.date.fromisoformat(ref.arg)
        if ref.kind == "received":
            return _cases(translate("analytics", "{day} 受理的办件").format(day=day.isoformat()), Case.created_at,
                          day, user)
        return _cases(translate("analytics", "{day} 办结的办件").format(day=day.isoformat()), Case.completed_at,
                      day, user)
    if ref.kind == "in_progress":
        dept = Department.select(Department.id).where(Department.code == ref.arg)
        return _steps(translate("analytics", "{department}：办理中的事项").format(department=ref.label or ref.arg),
                      Step.state.in_(list(StepState.ACTIVE)) & Step.department.in_(dept), graph, user, at, calendar)
    if ref.kind == "overdue":
        return _steps(translate("analytics", "当前超时的事项"), Step.state.in_(list(RUNNING)) & (Step.due_at < at),
                      graph, user, at, calendar)
    if ref.kind == "step_durations":
        return _durations(translate("analytics", "{step}：{start} 至 {end} 办结的事项用时").format(
            step=graph.title(ref.arg), start=date_from.isoformat(), end=date_to.isoformat()),
            ref.arg, graph, date_from, date_to, user, calendar)
    raise ServiceError(translate("analytics", "未知的统计项：{kind}").format(kind=ref.kind))


def period_figure_list(figure: PeriodFigure) -> FigureList:
    """The list a plugin's figure offers (``details()``), or an empty list saying there is none."""
    if figure.details is None:
        return FigureList(figure.title, [translate("analytics", "说明")],
                          [[translate("analytics", "该指标没有明细。")]])
    headers, rows = figure.details()
    return _cut(FigureList(figure.title, [str(h) for h in headers], [list(r) for r in rows]))
