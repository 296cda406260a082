"""Live updates between workstations: announcing which steps changed, and watching for it. Qt-free.

Announcing. A service that changes steps calls :func:`touch` with their ids inside its
transaction. The ids are collected per transaction and announced once, when the outermost
transaction has committed: on PostgreSQL as ``NOTIFY kaiban_steps, '<id>,<id>,...'`` (ids only;
split into several notifications only when they would exceed PostgreSQL's 8000-byte payload
limit). A rolled-back transaction announces nothing. On SQLite nothing is sent.

(peewee has no hook *before* COMMIT, so the NOTIFY goes right after it, through peewee's
``after_commit``: listeners never hear of a change they cannot read yet. Were a workstation to
crash between its COMMIT and its NOTIFY, the watchers' slow poll still finds the change.)

Finding what changed. Every insert or update of a step takes the next number of a counter kept
by the database itself (``step.change_seq``, migration 0004), whoever wrote it, so "which steps
changed after number N" has an exact answer that needs no clock and no cooperation of the writer.

Watching. :class:`StepWatcher` runs on a thread of its own with a connection of its own and hands
sets of changed step ids to a callback:

- PostgreSQL: ``LISTEN kaiban_steps`` on a dedicated autocommit psycopg connection; ids arrive as
  they are committed. A slow poll by ``change_seq`` (every 15 s) catches what was never announced,
  and after a dropped connection the watcher reconnects with backoff and catches up the same way.
  Sequence numbers are taken before commit, so a poll looks back over a minute of numbers and
  reports only the (id, number) pairs it has not reported yet.
- SQLite: ``PRAGMA data_version`` on its own connection every 200 ms (it changes when another
  connection, in this process or another, committed); when it moved, the steps whose
  ``change_seq`` passed the watermark. SQLite has one writer at a time, so numbers commit in order.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import deque
from typing import Callable, Iterable, Iterator

from db.base import database
from db.connection import DatabaseURL, is_postgres, parse_url

log = logging.getLogger(__name__)

CHANNEL = "kaiban_steps"
#: PostgreSQL refuses a payload of 8000 bytes or more; ids are ASCII, so characters are bytes.
MAX_PAYLOAD = 7999


# -- announcing -----------------------------------------------------------------------------------

def payloads(step_ids: Iterable[int]) -> list[str]:
    """The NOTIFY payloads announcing ``step_ids``: sorted, comma-separated, each under the limit."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for text in map(str, sorted({int(i) for i in step_ids})):
        extra = len(text) + (1 if current else 0)
        if current and size + extra > MAX_PAYLOAD:
            chunks.append(",".join(current))
            current, size, extra = [], 0, len(text)
        current.append(text)
        size += extra
    if current:
        chunks.append(",".join(current))
    return chunks


def parse_payload(payload: str) -> set[int]:
    """The step ids of a notification; anything that is not an id is ignored."""
    ids = set()
    for part in payload.split(","):
        part = part.strip()
        if part.isdigit():
            ids.add(int(part))
    return ids


def _notify(db, step_ids: set[int]) -> None:
    chunks = payloads(step_ids)
    if not chunks:
        return
    sql = "SELECT " + ", ".join(["pg_notify(%s, %s)"] * len(chunks))
    params = [value for chunk in chunks for value in (CHANNEL, chunk)]
    try:
        db.execute_sql(sql, params)
    except Exception:  # noqa: BLE001 - the change is committed; the watchers' poll will find it
        log.warning("could not announce changed steps %s", sorted(step_ids)[:20], exc_info=True)


class _Announcement:
    """The ids one transaction changed; peewee calls it once, after the outermost COMMIT (and
    forgets it on ROLLBACK)."""

    def __init__(self, db):
        self.db = db
        self.ids: set[int] = set()

    def __call__(self) -> None:
        _notify(self.db, self.ids)


def pending_ids() -> set[int]:
    """The steps the current transaction will announce when it commits (empty outside one)."""
    db = database.obj
    if db is None or not db.in_transaction():
        return set()
    pending = getattr(db._state, "commit_callbacks", ())
    announcement = next((cb for cb in pending if isinstance(cb, _Announcement)), None)
    return set(announcement.ids) if announcement is not None else set()


def touch(*step_ids: int) -> None:
    """Announce that the steps ``step_ids`` changed in the current transaction.

    Call it inside the ``database.atomic()`` block that changes them; however often it is called
    and however deeply nested, the transaction announces its steps once, after it committed.
    Outside a transaction the announcement is sent at once. Nothing is sent on SQLite."""
    db = database.obj
    if db is None or not step_ids or not is_postgres(db):
        return
    ids = {int(i) for i in step_ids}
    if not db.in_transaction():
        _notify(db, ids)
        return
    pending = getattr(db._state, "commit_callbacks", ())  # this thread's, cleared by every commit/rollback
    announcement = next((cb for cb in pending if isinstance(cb, _Announcement)), None)
    if announcement is None:
        announcement = _Announcement(db)
        db.after_commit(announcement)
    announcement.ids |= ids


# -- finding what changed -------------------------------------------------------------------------

def latest_change() -> int:
    """The highest change number of any step (0 for none), through the shared database."""
    return database.execute_sql("SELECT COALESCE(MAX(change_seq), 0) FROM step").fetchone()[0]


def changed_since(seq: int) -> list[tuple[int, int]]:
    """(step id, change number) of the steps changed after number ``seq``, oldest change first."""
    param = "%s" if is_postgres() else "?"
    cursor = database.execute_sql(
        f"SELECT id, change_seq FROM step WHERE change_seq > {param} ORDER BY change_seq", (seq,))
    return [(row[0], row[1]) for row in cursor.fetchall()]


# -- watching -------------------------------------------------------------------------------------

#: What a source yields when something changed and the watcher should ask which steps.
ASK = None


class _PostgresSource:
    def __init__(self, url: DatabaseURL):
        import psycopg

        kwargs = {"host": url.host, "port": url.port, "dbname": url.name, "connect_timeout": 5,
                  "application_name": "kaiban-watcher",
                  # notice a dead network within about half a minute, not hours
                  "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
        if url.user:
            kwargs["user"] = url.user
        if url.password:
            kwargs["password"] = url.password
        self.conn = psycopg.connect(autocommit=True, **kwargs)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def latest(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(change_seq), 0) FROM step").fetchone()[0]

    def changed_since(self, seq: int, limit: int) -> list[tuple[int, int]]:
        return self.conn.execute("SELECT id, change_seq FROM step WHERE change_seq > %s ORDER BY change_seq "
                                 "LIMIT %s", (seq, limit)).fetchall()

    def events(self, timeout: float, stop: threading.Event) -> Iterator[set[int] | None]:
        for notify in self.conn.notifies(timeout=timeout):
            if notify.channel == CHANNEL:
                ids = parse_payload(notify.payload)
                if ids:
                    yield ids
            if stop.is_set():
                return

    def close(self) -> None:
        self.conn.close()


class _SqliteSource:
    def __init__(self, url: DatabaseURL):
        from pathlib import Path

        path = Path(url.path).expanduser()
        if not path.exists():  # never create an empty database file by watching it
            raise FileNotFoundError(path)
        self.conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA busy_timeout = 10000")
        self.version = self.data_version()

    def data_version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def latest(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(change_seq), 0) FROM step").fetchone()[0]

    def changed_since(self, seq: int, limit: int) -> list[tuple[int, int]]:
        return self.conn.execute("SELECT id, change_seq FROM step WHERE change_seq > ? ORDER BY change_seq LIMIT ?",
                                 (seq, limit)).fetchall()

    def events(self, timeout: float, stop: threading.Event) -> Iterator[set[int] | None]:
        if stop.wait(timeout):
            return
        version = self.data_version()
        if version != self.version:
            self.version = version
            yield ASK

    def close(self) -> None:
        self.conn.close()


class StepWatcher:
    """Watches the database for changed steps on a thread of its own (see the module docstring).

    ``on_change(ids)`` gets a set of step ids that may have changed — inserted, updated, or moved
    in or out of any queue. On PostgreSQL a step announced by NOTIFY is reported again, once, by
    the next slow poll (which cannot tell an announced change from an unannounced one); a poll
    never reports what an earlier poll did. ``on_resync()`` means "assume
    anything changed": after the first connection (changes made before the watcher listened are
    unknown) and when a catch-up finds more than ``max_ids`` steps. ``on_status(connected)``
    follows the connection. Every callback runs on the watcher's thread."""

    POLL_POSTGRES = 15.0   # the slow poll behind LISTEN/NOTIFY
    POLL_SQLITE = 0.2      # PRAGMA data_version
    OVERLAP_POSTGRES = 60.0  # how far back a poll looks for numbers taken before an earlier commit
    WAKE = 0.25            # how often a waiting watcher looks whether it should stop
    BACKOFF_MIN = 0.2
    BACKOFF_MAX = 10.0

    def __init__(self, url: DatabaseURL | str, on_change: Callable[[set[int]], None], *,
                 on_resync: Callable[[], None] | None = None,
                 on_status: Callable[[bool], None] | None = None,
                 poll_interval: float | None = None, overlap: float | None = None, max_ids: int = 1000):
        self.url = parse_url(url) if isinstance(url, str) else url
        self.on_change = on_change
        self.on_resync = on_resync
        self.on_status = on_status
        postgres = not self.url.is_sqlite
        self.poll_interval = poll_interval if poll_interval is not None else (
            self.POLL_POSTGRES if postgres else self.POLL_SQLITE)
        self.overlap = overlap if overlap is not None else (self.OVERLAP_POSTGRES if postgres else 0.0)
        self.max_ids = max_ids
        self.connected = False
        self.reconnects = 0
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._watermark = 0  # the highest change number reported
        self._marks: deque[tuple[float, int]] = deque()  # (when, watermark) of past polls
        self._seen: dict[int, int] = {}  # step id -> change number reported, above the low mark

    # -- control --------------------------------------------------------------------------------
    def start(self) -> "StepWatcher":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kaiban-step-watcher", daemon=True)
            self._thread.start()
        return self

    def stop(self, wait: bool = True, timeout: float = 5.0) -> None:
        """Stop watching; no callback runs after this returns (with ``wait``)."""
        self._stop.set()
        if wait and self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until the watcher is connected and has its watermark (for tests and benchmarks)."""
        return self._ready.wait(timeout)

    # -- the thread -----------------------------------------------------------------------------
    def _open(self):
        return _SqliteSource(self.url) if self.url.is_sqlite else _PostgresSource(self.url)

    def _run(self) -> None:
        backoff = self.BACKOFF_MIN
        first = True
        while not self._stop.is_set():
            source = None
            try:
                source = self._open()
                if first:
                    self._reset_watermark(source.latest())
                else:
                    self.reconnects += 1
                    self._poll(source)  # catch up with what was committed while disconnected
                self._set_status(True)
                self._ready.set()
                if first:
                    self._call(self.on_resync)
                first = False
                backoff = self.BACKOFF_MIN
                self._watch(source)
            except Exception:  # noqa: BLE001 - a watcher never dies: it reconnects
                if not self._stop.is_set():
                    log.warning("step watcher lost its connection to %s; reconnecting", self.url.display(),
                                exc_info=True)
            finally:
                if source is not None:
                    try:
                        source.close()
                    except Exception:  # noqa: BLE001
                        pass
            self._set_status(False)
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, self.BACKOFF_MAX)

    def _watch(self, source) -> None:
        postgres = not self.url.is_sqlite
        next_poll = time.monotonic() + self.poll_interval
        while not self._stop.is_set():
            if postgres and time.monotonic() >= next_poll:
                self._poll(source)
                next_poll = time.monotonic() + self.poll_interval
            wait = min(self.WAKE, max(0.0, next_poll - time.monotonic())) if postgres else self.poll_interval
            ask = False
            for ids in source.events(wait, self._stop):  # (the connection is busy until the loop ends)
                if ids is ASK:
                    ask = True
                else:
                    self._emit(ids)  # at once: this is the latency that matters
            if ask:
                self._poll(source)

    # -- watermark ------------------------------------------------------------------------------
    def _reset_watermark(self, latest: int) -> None:
        self._watermark = latest
        self._marks = deque([(time.monotonic(), latest)])
        self._seen = {}

    def _low_mark(self) -> int:
        """The watermark of the newest poll at least ``overlap`` seconds old (the oldest one kept)."""
        horizon = time.monotonic() - self.overlap
        while len(self._marks) > 1 and self._marks[1][0] <= horizon:
            self._marks.popleft()
        return self._marks[0][1]

    def _remember(self, numbers: list[tuple[int, int]]) -> None:
        for step_id, seq in numbers:
            if seq > self._seen.get(step_id, 0):
                self._seen[step_id] = seq
            self._watermark = max(self._watermark, seq)

    def _poll(self, source) -> None:
        low = self._low_mark()
        limit = self.max_ids + len(self._seen) + 1
        rows = source.changed_since(low, limit)
        if len(rows) >= limit:  # too much to list: start afresh from here
            self._reset_watermark(source.latest())
            self._call(self.on_resync)
            return
        fresh = {step_id for step_id, seq in rows if self._seen.get(step_id, 0) < seq}
        self._remember(rows)
        if self._marks[-1][1] != self._watermark:
            self._marks.append((time.monotonic(), self._watermark))
        low = self._low_mark()
        self._seen = {step_id: seq for step_id, seq in self._seen.items() if seq > low}
        if fresh:
            self._emit(fresh)

    # -- callbacks ------------------------------------------------------------------------------
    def _emit(self, ids: set[int]) -> None:
        self._call(self.on_change, set(ids))

    def _set_status(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._call(self.on_status, connected)

    def _call(self, callback, *args) -> None:
        if callback is None or self._stop.is_set():
            return
        try:
            callback(*args)
        except Exception:  # noqa: BLE001 - a failing listener must not stop the watching
            log.exception("step watcher callback %r failed", callback)


__all__ = ["CHANNEL", "touch", "payloads", "parse_payload", "latest_change", "changed_since", "StepWatcher"]
