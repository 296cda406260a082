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
    # for app.core.deadlines.deadline(row, now, calendar): the limit, and when the clock paused
    time_limit: int | None = None
    paused_at: dt.datetime | None = None

    def value(self, key: str):
        if key == "time_left":
            return self.due_at
        return getattr(self, key)


#: what a queue's date range applies to
DATE_FIELDS = {"ready_at": Step.ready_at, "created_at": Case.created_at}
#: step states in which the deadline clock runs (a paused step is never overdue)
RUNNING_STATES = ("ready", "claimed")


@dataclass(frozen=True)
class QueueQuery:
    spec: QueueSpec
    text: str = ""
    sort: str = "due_at"
    descending: bool = False
    mine_only: bool = False
    #: only these step states (within the spec's); empty: all of the spec's
    states: tuple[str, ...] = ()
    #: only running steps past their deadline
    overdue_only: bool = False
    #: a range of days (both inclusive, either open) on ``date_field``: "ready_at" or "created_at"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_field: str = "ready_at"


def _base(query: QueueQuery, user: CurrentUser, *columns, at: dt.datetime | None = None):
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
    if query.states:
        q = q.where(Step.state.in_(list(query.states)))
    if query.overdue_only:
        q = q.where(Step.state.in_(list(RUNNING_STATES)) & (Step.due_at < (at or dt.datetime.now())))
    column = DATE_FIELDS.get(query.date_field, Step.ready_at)
    if query.date_from is not None:
        q = q.where(column >= dt.datetime.combine(query.date_from, dt.time()))
    if query.date_to is not None:
        q = q.where(column < dt.datetime.combine(query.date_to + dt.timedelta(days=1), dt.time()))
    return q


def queue_count(query: QueueQuery, user: CurrentUser, *, at: dt.datetime | None = None) -> int:
    """``at``: the time "overdue" is judged at (default now)."""
    return _base(query, user, fn.COUNT(Step.id), at=at).scalar() or 0


def queue_page(query: QueueQuery, user: CurrentUser, *, offset: int = 0, limit: int = 100,
               at: dt.datetime | None = None) -> list[QueueRow]:
    q = _row_select(query, user, at).order_by(*_order(query)).offset(offset).limit(limit).tuples()
    return [_queue_row(r) for r in q]


def _order(query: QueueQuery) -> tuple:
    """ORDER BY of a queue: the sort column, nulls last either way, then the step id."""
    sort_expr = QUEUE_COLUMNS.get(query.sort, QUEUE_COLUMNS["due_at"])[1]
    return (sort_expr.desc(nulls="LAST") if query.descending else sort_expr.asc(nulls="LAST")), Step.id


def _row_select(query: QueueQuery, user: CurrentUser, at: dt.datetime | None):
    """The queue's rows, selecting what a QueueRow holds (see _queue_row)."""
    return _base(query, user, Step.id, Step.case, Step.version, Case.number, Enterprise.name, Step.step_type,
                 Step.state, Organisation.name.alias("org_name"), Claimer.display_name.alias("claimer_name"),
                 Step.ready_at, Step.due_at, Step.updated_at, Step.claimed_by, Step.time_limit, Step.paused_at,
                 at=at)


def _queue_row(r: tuple) -> QueueRow:
    return QueueRow(step_id=r[0], case_id=r[1], version=r[2], case_number=r[3], enterprise_name=r[4],
                    step_type=r[5], state=r[6], organisation=r[7] or "", claimed_by=r[8] or "",
                    claimed_by_id=r[12], ready_at=r[9], due_at=r[10], updated_at=r[11], time_limit=r[13],
                    paused_at=r[14])


# -- live updates: the rows of some steps, and where they go ----------------------------------------

def queue_rows_by_ids(query: QueueQuery, user: CurrentUser, ids, *, at: dt.datetime | None = None) -> list[QueueRow]:
    """The current rows of those steps among ``ids`` that belong to the queue (its filters and the
    user's visibility applied, as for queue_page), in queue order; one query. A step missing from
    the result is not, or no longer, in the queue for ``user``."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return []
    q = _row_select(query, user, at).where(Step.id.in_(ids)).order_by(*_order(query)).tuples()
    return [_queue_row(r) for r in q]


class _Descending:
    """A sort value compared the other way round (for descending order with a key function)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __eq__(self, other) -> bool:
        return self.value == other.value

    def __lt__(self, other) -> bool:
        return other.value < self.value


def _sort_value(row: QueueRow, key: str):
    """The value ORDER BY sees: None where SQL has NULL (QueueRow shows "" for no organisation
    or no claimer)."""
    if key == "organisation":
        return row.organisation or None
    if key == "claimed_by":
        return row.claimed_by if row.claimed_by_id is not None else None
    return row.value(key)


def queue_sort_key(query: QueueQuery):
    """A key function ordering QueueRows as queue_page's ORDER BY does: the sort column with
    nulls last either way, then the step id. (Text compares by code point, as SQLite's BINARY
    and PostgreSQL's C collations do.)"""
    key = query.sort if query.sort in QUEUE_COLUMNS else "due_at"

    def sort_key(row: QueueRow):
        value = _sort_value(row, key)
        return (value is None, _Descending(value) if query.descending else value if value is not None else 0,
                row.step_id)

    return sort_key
