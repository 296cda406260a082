"""Opening the database named by a URL.

``sqlite:///path/to/file.db`` (the embedded default) or
``postgresql://user:password@host:port/dbname`` (the shared database).
SQLite runs in WAL mode with foreign keys and a busy timeout, and is refused on a
network share, where WAL does not work.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase, __exception_wrapper__
from playhouse.shortcuts import ReconnectMixin

from app.i18n import translate
from db.base import database

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 10000),
    ("synchronous", "normal"),
)

#: Filesystems on which SQLite's WAL mode and locking cannot be trusted.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
    "9p", "ceph", "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs2",
    "fuse.glusterfs", "fuse.rclone", "fuse.s3fs",
})


class SharedDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL that reconnects once when the server or network dropped the connection.

    Only statements outside a transaction are retried (ReconnectMixin refuses inside one),
    so a dropped network never silently loses half a transaction: that one fails and is
    rolled back by the server, and the next operation gets a fresh connection."""
    reconnect_errors = (
        (OperationalError, "terminating connection"),
        (OperationalError, "the connection is closed"),
        (OperationalError, "server closed the connection"),
        (OperationalError, "consuming input failed"),
        (OperationalError, "connection is lost"),
        (InterfaceError, "the connection is closed"),
        (InterfaceError, "connection already closed"),
    )

    # BEGIN, COMMIT and ROLLBACK take no parameters and return no rows: they go straight through
    # libpq (PQexec), not through a cursor, whose machinery (bench/claims_cost.py) costs more of
    # a short transaction than the commands themselves. Errors are psycopg's, as from a cursor
    # (a constraint checked at COMMIT is an IntegrityError), and a dropped connection at BEGIN
    # is replaced as a statement's would be.

    def begin(self, isolation_level=None):
        if isolation_level is None and not self._isolation_level:
            return self._reconnect(self._command, b"BEGIN")
        return super().begin(isolation_level)

    def commit(self):
        self._command(b"COMMIT")

    def rollback(self):
        self._command(b"ROLLBACK")

    def _command(self, command: bytes) -> None:
        if self.is_closed():
            if command != b"BEGIN" or not self.autoconnect:
                raise InterfaceError("database connection not open")
            self.connect()
        from psycopg import errors, pq

        conn = self._state.conn
        with __exception_wrapper__:
            result = conn.pgconn.exec_(command)
            if result.status == pq.ExecStatus.COMMAND_OK:
                return
            if conn.pgconn.status == pq.ConnStatus.BAD:  # as a cursor says it: the connection is lost
                message = (result.error_message or b"").decode(conn.info.encoding, "replace").strip()
                raise errors.OperationalError(f"the connection is lost: {message}")
            raise errors.error_from_result(result, encoding=conn.info.encoding)


class DatabaseConfigError(Exception):
    """The database URL or location cannot be used; the message says why, in the user's language."""


@dataclass(frozen=True)
class DatabaseURL:
    scheme: str  # "sqlite" or "postgresql"
    path: str = ""  # SQLite file
    host: str = "127.0.0.1"
    port: int = 5432
    name: str = ""
    user: str = ""
    password: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.scheme == "sqlite"

    def render(self, *, with_password: bool = False) -> str:
        if self.is_sqlite:
            return f"sqlite:///{self.path}"
        auth = quote(self.user, safe="")
        if with_password and self.password:
            auth += ":" + quote(self.password, safe="")
        return f"postgresql://{auth}@{self.host}:{self.port}/{quote(self.name, safe='')}"

    def display(self) -> str:
        """A form safe to show in the status bar (never the password)."""
        if self.is_sqlite:
            return self.path
        return f"{self.user}@{self.host}:{self.port}/{self.name}"


def parse_url(url: str) -> DatabaseURL:
    url = url.strip()
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if not path:
            raise DatabaseConfigError(translate("db", "SQLite 地址缺少数据库文件路径：{url}").format(url=url))
        # sqlite:////abs/path and sqlite:///C:/path both land here.
        return DatabaseURL(scheme="sqlite", path=path if path.startswith(("/", "\\")) or ":" in path[:3]
                           else str(Path(path)))
    parts = urlsplit(url)
    if parts.scheme in ("postgresql", "postgres"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise DatabaseConfigError(translate("db", "PostgreSQL 地址缺少数据库名：{url}").format(url=url))
        try:
            port = parts.port or 5432
        except ValueError:  # not a number, or out of range
            raise DatabaseConfigError(translate("db", "PostgreSQL 地址中的端口无效：{url}").format(url=url)) from None
        return DatabaseURL(
            scheme="postgresql",
            host=parts.hostname or "127.0.0.1",
            port=port,
            name=name,
            user=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password else None,
        )
    raise DatabaseConfigError(
        translate("db", "无法识别的数据库地址“{url}”，应为 sqlite:///文件路径 或 postgresql://用户@主机:端口/库名").format(url=url))


#: Where the mount table is read from (Linux); tests point it at a fake table.
MOUNTS_FILE = "/proc/mounts"


def _mount_fstype(path: Path, mounts_file: str = MOUNTS_FILE) -> str | None:
    """Filesystem type of the mount holding ``path`` (Linux), or None when unknown."""
    try:
        lines = Path(mounts_file).read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_path(path: str, *, mounts_file: str | None = None, platform: str | None = None) -> bool:
    """True when ``path`` is a UNC path or lies on a network filesystem."""
    platform = platform or sys.platform
    mounts_file = mounts_file or MOUNTS_FILE
    if path.startswith(("\\\\", "//")):
        return True
    if platform == "win32":
        try:  # pragma: no cover - Windows only
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:
            return False
    resolved = Path(path).expanduser()
    probe = resolved if resolved.exists() else resolved.parent
    try:
        probe = probe.resolve()
    except OSError:
        pass
    fstype = _mount_fstype(probe, mounts_file)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


def make_database(url: DatabaseURL | str) -> Database:
    """A peewee Database for ``url`` (not yet bound to the proxy)."""
    if isinstance(url, str):
        url = parse_url(url)
    if url.is_sqlite:
        if is_network_path(url.path):
            raise DatabaseConfigError(translate(
                "db",
                "数据库文件“{path}”位于网络共享上。SQLite 在网络文件系统上无法可靠加锁，可能损坏数据。"
                "多台工作站共用数据时请改用 PostgreSQL 服务器（在“连接数据库”对话框中设置）。",
            ).format(path=url.path))
        Path(url.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # BEGIN IMMEDIATE: a transaction that reads and then writes (a claim) waits for the busy
        # timeout instead of failing at once with "database is locked" when another connection
        # wrote in between, which is what a deferred BEGIN does in WAL mode.
        return SqliteDatabase(str(Path(url.path).expanduser()), pragmas=SQLITE_PRAGMAS,
                              timeout=10, check_same_thread=False, lock_type="IMMEDIATE")
    kwargs = {"host": url.host, "port": url.port, "user": url.user or None, "connect_timeout": 5,
              "application_name": "kaiban"}
    if url.password:
        kwargs["password"] = url.password
    return SharedDatabase(url.name, **kwargs)


def open_database(url: DatabaseURL | str) -> Database:
    """Bind the shared proxy to ``url`` and connect; returns the concrete database."""
    db = make_database(url)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def is_postgres(db: Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, PostgresqlDatabase)


def json_text(field, key: str):
    """The text of ``key`` in a JSONField (stored as text) as an SQL expression, for filtering
    in the database rather than decoding every row: ``data::json ->> key`` on PostgreSQL,
    ``json_extract(data, '$.key')`` on SQLite."""
    from peewee import SQL, NodeList, fn

    if is_postgres():
        return NodeList((field.cast("json"), SQL("->>"), key))
    return fn.json_extract(field, f"$.{key}").coerce(False)  # the text, not decoded as the field
