"""Queue pages: sorting, filtering and paging done in SQL, with the access rules applied."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.core.access import step_visibility
from app.core.models import Case, Enterprise, Organisation, Step, User
from app.core.users import CurrentUser
from app.plugin_api import QueueSpec
from app.i18n import QT_TRANSLATE_NOOP

Claimer = User.alias("claimer")

#: column key -> (default title, SQL expression used for sorting)
QUEUE_COLUMNS = {
    "case_number": (QT_TRANSLATE_NOOP("queues", "办件编号"), Case.number),
    "enterprise_name": (QT_TRANSLATE_NOOP("queues", "企业名称"), Enterprise.name),
    "step_type": (QT_TRANSLATE_NOOP("queues", "事项"), Step.step_type),
    "state": (QT_TRANSLATE_NOOP("queues", "状态"), Step.state),
    "organisation": (QT_TRANSLATE_NOOP("queues", "承办机构"), Organisation.name),
    "claimed_by": (QT_TRANSLATE_NOOP("queues", "领取人"), Claimer.display_name),
    "ready_at": (QT_TRANSLATE_NOOP("queues", "到达时间"), Step.ready_at),
    "due_at": (QT_TRANSLATE_NOOP("queues", "办理时限"), Step.due_at),
    "updated_at": (QT_TRANSLATE_NOOP("queues", "更新时间"), Step.updated_at),
    # the deadline again, shown as the time left (or overdue) and kept current by the view
    "time_left": (QT_TRANSLATE_NOOP("queues", "剩余时间"), Step.due_at),
}
DEFAULT_COLUMNS = ("case_number", "enterprise_name", "step_type", "state", "organisation", "claimed_by",
                   "ready_at", "due_at")


@dataclass(frozen=True)
class QueueRow:
    step_id: int
    case_id: int
    version: int
    case_number: str
    enterprise_name: str
    step_type: str
    state: str
    organisation: str
    claimed_by: str
    claimed_by_id: int | None
    ready_at: dt.datetime | None
    due_at: dt.datetime | None
    updated_at: dt.datetime | None

    def value(self, key: str):
        if key == "time_left":
            return self.due_at
        return getattr(self, key)


@dataclass(frozen=True)
class QueueQuery:
    spec: QueueSpec
    text: str = ""
    sort: str = "due_at"
    descending: bool = False
    mine_only: bool = False


def _base(query: QueueQuery, user: CurrentUser, *columns):
    spec = query.spec
    q = (Step.select(*columns)
         .join(Case, on=(Step.case == Case.id))
         .join(Enterprise, on=(Case.enterprise == Enterprise.id))
         .switch(Step).join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id))
         .switch(Step).join(Claimer, JOIN.LEFT_OUTER, on=(Step.claimed_by == Claimer.id))
         .where(Step.step_type.in_(list(spec.step_types)) & Step.state.in_(list(spec.states))
                & step_visibility(user)))
    text = query.text.strip()
    if text:
        # startswith/contains escape LIKE wildcards, so "%" or "_" typed by the user match themselves.
        q = q.where(Case.number.startswith(text) | Enterprise.name.contains(text))
    if query.mine_only:
        q = q.where(Step.claimed_by == user.id)
    return q


def queue_count(query: QueueQuery, user: CurrentUser) -> int:
    return _base(query, user, fn.COUNT(Step.id)).scalar() or 0


def queue_page(query: QueueQuery, user: CurrentUser, *, offset: int = 0, limit: int = 100) -> list[QueueRow]:
    sort_expr = QUEUE_COLUMNS.get(query.sort, QUEUE_COLUMNS["due_at"])[1]
    order = sort_expr.desc(nulls="LAST") if query.descending else sort_expr.asc(nulls="LAST")
    q = (_base(query, user, Step.id, Step.case, Step.version, Case.number, Enterprise.name, Step.step_type,
               Step.state, Organisation.name.alias("org_name"), Claimer.display_name.alias("claimer_name"),
               Step.ready_at, Step.due_at, Step.updated_at, Step.claimed_by)
         .order_by(order, Step.id).offset(offset).limit(limit).tuples())
    return [QueueRow(step_id=r[0], case_id=r[1], version=r[2], case_number=r[3], enterprise_name=r[4],
                     step_type=r[5], state=r[6], organisation=r[7] or "", claimed_by=r[8] or "",
                     claimed_by_id=r[12], ready_at=r[9], due_at=r[10], updated_at=r[11]) for r in q]

