"""The queue table model: a lazily paged window onto ``app.core.queues``.

Sorting, filtering and paging happen in SQL. The model never waits on the database: every
read goes through the operations runner and lands back on the GUI thread. ``refresh()``
re-reads the loaded range and applies the difference row by row (rowsRemoved, rowsMoved,
rowsInserted, dataChanged), so the view keeps its selection and scroll position; only a new
query (another sort order or filter) resets the model. ``apply_changed_steps(ids)`` does the
same for the few steps another workstation changed (live updates, app.ui.live): it re-reads
only those rows and puts each where the queue's order wants it, or takes it out.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
from dataclasses import replace

from PyQt6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QFont

from app.core import deadlines
from app.core.calendar import last_calendar
from app.core.queues import (DEFAULT_COLUMNS, QUEUE_COLUMNS, QueueQuery, QueueRow, queue_count, queue_page,
                              queue_rows_by_ids, queue_sort_key)
from app.plugin_api import QueueSpec
from app.ui.formatting import format_datetime, format_time_left, step_state_title
from app.ui import operations

PAGE_SIZE = 200
TIME_LEFT_REFRESH_MS = 30_000  # how often the "time_left" column is redrawn
OVERDUE_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#a15c00")  # 75% of the limit used up
#: the time-left cell's background by deadline state (normal: none)
DEADLINE_BACKGROUNDS = {"warning": QColor("#fff3e0"), "overdue": QColor("#fdecea")}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: more changed steps than this at once: re-read the loaded range instead of the steps one by one
MAX_LIVE_IDS = 500


def _bold() -> QFont:
    font = QFont()  # only "bold" is set: the rest comes from the view's font
    font.setBold(True)
    return font


_CLOSED_STATES = ("done", "cancelled")
_PAUSED_STATES = ("on_hold", "returned")  # the deadline clock stops while the applicant is asked


DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2  # the time-left cell's deadline state, for tests and delegates


def deadline_level(row: QueueRow, at: dt.datetime | None = None) -> str:
    """"normal", "warning", "overdue", "paused" or "none" for a queue row, by the core's deadline
    rules (working time, app.core.deadlines) with the calendar last read — no database access."""
    return deadlines.deadline_state(row, at or dt.datetime.now(), last_calendar())


def queue_columns(spec: QueueSpec) -> list[tuple[str, str]]:
    """(key, translated title) of the columns a queue shows."""
    if spec.columns:
        return [(c.key, QCoreApplication.translate("queues", c.title)) for c in spec.columns
                if c.key in QUEUE_COLUMNS]
    return [(key, QCoreApplication.translate("queues", QUEUE_COLUMNS[key][0])) for key in DEFAULT_COLUMNS]


class QueueTableModel(QAbstractTableModel):
    #: the number of rows the query matches (not only the loaded ones)
    countChanged = pyqtSignal(int)
    #: a read failed; the argument is the message for the user
    loadFailed = pyqtSignal(str)
    #: a load or refresh was applied (the view re-checks its actions)
    loaded = pyqtSignal()
    #: rows are about to be inserted, moved or removed by a refresh or a live update (the view
    #: remembers which row is at the top, to keep it there)
    rowsAboutToBeApplied = pyqtSignal()

    def __init__(self, ctx, spec: QueueSpec, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.spec = spec
        self.page_size = page_size
        self.columns = queue_columns(spec)
        self.query = QueueQuery(spec=spec, sort="due_at")
        self._rows: list[QueueRow] = []
        self._total = 0
        self._generation = 0  # bumped by every new query; stale results are dropped
        self._busy = False
        self._refresh_pending = False
        self._changed_ids: set[int] = set()  # live updates waiting for the running read
        self._started = False
        self._time_left_column = self.column_of("time_left")
        if self._time_left_column >= 0:  # the countdown moves on without a reload
            self._ticker = QTimer(self)
            self._ticker.setInterval(TIME_LEFT_REFRESH_MS)
            self._ticker.timeout.connect(self.tick)
            self._ticker.start()

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section][1]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if key == "time_left":
            return self._time_left_data(row, role)
        if role == Qt.ItemDataRole.ForegroundRole and key == "due_at" and self.is_overdue(row):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and key == "due_at" and self.is_overdue(row):
            return _bold()  # still visible when the row is selected (selection repaints the colour)
        if role == Qt.ItemDataRole.ToolTipRole and key == "due_at" and self.is_overdue(row):
            return self.tr("已超过办理时限")
        if role == ROW_ROLE:
            return row
        return None

    def _time_left_data(self, row: QueueRow, role: int):
        """The countdown's colour: normal, warning (75% of the limit used up), overdue."""
        level = deadline_level(row)
        if role == Qt.ItemDataRole.ForegroundRole and level == "overdue":
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and level == "warning":
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and level in DEADLINE_BACKGROUNDS:
            return QBrush(DEADLINE_BACKGROUNDS[level])
        if role == Qt.ItemDataRole.FontRole and level in ("overdue", "warning"):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and row.due_at is not None:
            tip = self.tr("办理时限：{due}").format(due=format_datetime(row.due_at))
            if level == "warning":
                tip += self.tr("（已用去时限的 75% 以上）")
            return tip
        if role == DEADLINE_ROLE:
            return level
        return None

    def tick(self) -> None:
        """Redraw the "time_left" column (and only it): the countdown moves with the clock."""
        if self._time_left_column >= 0 and self._rows:
            self.dataChanged.emit(self.index(0, self._time_left_column),
                                  self.index(len(self._rows) - 1, self._time_left_column),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole])

    def _display(self, row: QueueRow, key: str) -> str:
        value = row.value(key)
        if key == "time_left":
            if row.state in _CLOSED_STATES or value is None:
                return ""
            if row.state in _PAUSED_STATES:
                return self.tr("计时暂停")
            return format_time_left(value)[0]
        if key == "step_type":
            return self.ctx.step_title(value)
        if key == "state":
            return step_state_title(value)
        if isinstance(value, (dt.datetime, dt.date)):
            return format_datetime(value)
        return "" if value is None else str(value)

    @staticmethod
    def is_overdue(row: QueueRow, at: dt.datetime | None = None) -> bool:
        return (row.due_at is not None and row.state not in _CLOSED_STATES
                and row.due_at < (at or dt.datetime.now()))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._started and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        query, user, offset, limit = self.query, self.user, len(self._rows), self.page_size
        self._start(lambda: queue_page(query, user, offset=offset, limit=limit), self._apply_page)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        query = replace(self.query, sort=self.columns[column][0],
                        descending=order == Qt.SortOrder.DescendingOrder)
        self._set_query(query)

    # -- public API -----------------------------------------------------------------------
    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_step(self, step_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.step_id == step_id:
                return i
        return -1

    def column_of(self, key: str) -> int:
        for i, (k, _title) in enumerate(self.columns):
            if k == key:
                return i
        return -1

    @property
    def total(self) -> int:
        return self._total

    @property
    def busy(self) -> bool:
        return self._busy

    def set_filter(self, text: str) -> None:
        self._set_query(replace(self.query, text=text.strip()))

    def set_mine_only(self, mine_only: bool) -> None:
        self._set_query(replace(self.query, mine_only=mine_only))

    def set_filters(self, **changes) -> None:
        """Change QueueQuery filters (states, overdue_only, date_from, date_to, date_field) at once."""
        self._set_query(replace(self.query, **changes))

    def load(self) -> None:
        """(Re)load the first page of the current query; resets the model when it arrives."""
        self._started = True
        self._generation += 1
        self._busy = False  # results of the old query are dropped by generation
        self._refresh_pending = False
        self._changed_ids.clear()  # the fresh read sees them
        query, user, limit = self.query, self.user, self.page_size
        self._start(lambda: (queue_count(query, user), queue_page(query, user, offset=0, limit=limit)),
                    self._apply_reset)

    def refresh(self) -> None:
        """Re-read the loaded range and apply the changes row by row."""
        if not self._started:
            self.load()
            return
        if self._busy:
            self._refresh_pending = True
            return
        self._changed_ids.clear()  # the re-read sees them
        query, user, limit = self.query, self.user, max(len(self._rows), self.page_size)
        self._start(lambda: (queue_count(query, user), queue_page(query, user, offset=0, limit=limit)),
                    self._apply_refresh)

    def apply_changed_steps(self, ids) -> None:
        """Live update: the steps ``ids`` changed elsewhere. Re-read just those rows (off the GUI
        thread) and apply them row by row: changed in place, moved to where the sort order puts
        them, inserted when they entered the queue within the loaded range, removed when they left
        it. Never a reset; ids of steps not in this queue cost one empty query."""
        if not self._started or not ids:
            return
        self._changed_ids.update(ids)
        if not self._busy:
            self._fetch_changed()

    def _fetch_changed(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        if len(ids) > MAX_LIVE_IDS:
            self.refresh()
            return
        loaded = {r.step_id for r in self._rows}
        # the count changes by what is seen, unless a step beyond the loaded rows was among them
        need_count = len(self._rows) < self._total and not ids <= loaded
        query, user = self.query, self.user

        def fetch():
            rows = queue_rows_by_ids(query, user, ids)
            return ids, rows, queue_count(query, user) if need_count else None

        self._start(fetch, self._apply_changed)

    # -- loading --------------------------------------------------------------------------
    def _set_query(self, query: QueueQuery) -> None:
        if query == self.query and self._started:
            return
        self.query = query
        self.load()

    def _start(self, fn, apply) -> None:
        self._busy = True
        generation = self._generation

        def success(result):
            if generation != self._generation:
                return
            self._busy = False
            apply(result)
            self.loaded.emit()
            if self._refresh_pending:
                self._refresh_pending = False
                self.refresh()
            elif self._changed_ids:
                self._fetch_changed()

        def failure(f: operations.Failure):
            if generation != self._generation:
                return
            self._busy = False
            self._refresh_pending = False
            self.loadFailed.emit(f.message())

        operations.run_query(self, fn, on_success=success, on_failure=failure)

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.countChanged.emit(total)

    def _apply_reset(self, result) -> None:
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self._total = -1
        self._set_total(total)

    def _apply_page(self, rows: list[QueueRow]) -> None:
        known = {r.step_id for r in self._rows}
        fresh = [r for r in rows if r.step_id not in known]  # rows may shift between pages
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        if len(rows) < self.page_size:  # the end: whatever the count said, nothing more to fetch
            self._set_total(len(self._rows))

    def _apply_refresh(self, result) -> None:
        total, rows = result
        self.apply_rows(rows)
        self._set_total(max(total, len(self._rows)))

    def _apply_changed(self, result) -> None:
        ids, rows, count = result
        order = queue_sort_key(self.query)
        loaded = {r.step_id for r in self._rows}
        everything = len(self._rows) >= self._total  # the loaded rows are the whole queue
        stay = [r for r in self._rows if r.step_id not in ids]
        arrivals = sorted(rows, key=order)
        if not everything:
            # The loaded rows must stay the first rows of the queue (fetchMore goes on from their
            # number), so a changed row joins them only if it sorts before the last one that stays.
            bound = order(stay[-1]) if stay else None
            arrivals = [r for r in arrivals if bound is not None and order(r) < bound]
        if count is None:
            found = {r.step_id for r in rows}
            count = self._total - len((ids & loaded) - found) + len(found - loaded)
        self.apply_rows(list(heapq.merge(stay, arrivals, key=order)))
        self._set_total(max(count, len(self._rows)))

    def apply_rows(self, new_rows: list[QueueRow]) -> None:
        """Turn the loaded rows into ``new_rows`` with the fewest row signals, keyed by step id."""
        self.rowsAboutToBeApplied.emit()
        root = QModelIndex()
        new_ids = [r.step_id for r in new_rows]
        new_pos = {sid: i for i, sid in enumerate(new_ids)}
        # 1. departures, bottom-up in contiguous ranges
        i = len(self._rows) - 1
        while i >= 0:
            if self._rows[i].step_id in new_pos:
                i -= 1
                continue
            last = i
            while i - 1 >= 0 and self._rows[i - 1].step_id not in new_pos:
                i -= 1
            self.beginRemoveRows(root, i, last)
            del self._rows[i:last + 1]
            self.endRemoveRows()
            i -= 1
        # 2. rows whose order changed: keep the longest run already in order, park the others at the end
        keep = _longest_increasing([new_pos[r.step_id] for r in self._rows])
        movers = [r.step_id for j, r in enumerate(self._rows) if j not in keep]
        for sid in movers:
            j = self._index_of(sid)
            if j != len(self._rows) - 1:
                self.beginMoveRows(root, j, j, root, len(self._rows))
                self._rows.append(self._rows.pop(j))
                self.endMoveRows()
        # 3. walk the new order: moved rows come back into place, arrivals are inserted
        present = {r.step_id for r in self._rows}
        i = 0
        while i < len(new_rows):
            sid = new_ids[i]
            if i < len(self._rows) and self._rows[i].step_id == sid:
                i += 1
                continue
            if sid in present:
                j = self._index_of(sid, start=i)
                self.beginMoveRows(root, j, j, root, i)
                self._rows.insert(i, self._rows.pop(j))
                self.endMoveRows()
                i += 1
                continue
            end = i
            while end + 1 < len(new_rows) and new_ids[end + 1] not in present:
                end += 1
            self.beginInsertRows(root, i, end)
            self._rows[i:i] = new_rows[i:end + 1]
            self.endInsertRows()
            i = end + 1
        # 4. changed values, in contiguous ranges
        changed = [k for k, (old, new) in enumerate(zip(self._rows, new_rows)) if old != new]
        self._rows = list(new_rows)
        for first, last in _ranges(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _index_of(self, step_id: int, start: int = 0) -> int:
        for j in range(start, len(self._rows)):
            if self._rows[j].step_id == step_id:
                return j
        raise KeyError(step_id)


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence of ``values`` (patience sorting)."""
    tail_values: list[int] = []  # smallest tail value of a run of each length
    tail_index: list[int] = []   # where that tail sits in values
    prev = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect.bisect_left(tail_values, v)
        if k > 0:
            prev[i] = tail_index[k - 1]
        if k == len(tail_values):
            tail_values.append(v)
            tail_index.append(i)
        else:
            tail_values[k] = v
            tail_index[k] = i
    result, i = set(), tail_index[-1] if tail_index else -1
    while i >= 0:
        result.add(i)
        i = prev[i]
    return result


def _ranges(indexes: list[int]):
    start = prev = None
    for i in indexes:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            yield start, prev
            start = prev = i
    if start is not None:
        yield start, prev
