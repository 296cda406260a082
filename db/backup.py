"""Backups taken before a schema upgrade (and on demand with ``db backup``)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from peewee import PostgresqlDatabase, SqliteDatabase

from app.i18n import translate


class BackupUnavailable(Exception):
    """No backup can be taken here (for PostgreSQL: no pg_dump on PATH)."""


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_database(db, directory: Path) -> Path:
    """Write a consistent copy of ``db`` into ``directory``; returns the file written."""
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(db, SqliteDatabase):
        source = Path(db.database)
        target = directory / f"{source.stem}-{_stamp()}.db"
        # The online backup API copies a consistent snapshot, WAL included.
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        return target
    if isinstance(db, PostgresqlDatabase):
        pg_dump = shutil.which("pg_dump")
        if not pg_dump:
            raise BackupUnavailable(translate(
                "db", "找不到 pg_dump，无法在升级前备份 PostgreSQL 数据库。请安装 PostgreSQL 客户端，"
                "或在确认已另行备份后使用 --no-backup。"))
        params = db.connect_params
        target = directory / f"{db.database}-{_stamp()}.dump"
        cmd = [pg_dump, "--format=custom", "--file", str(target), "--dbname", db.database]
        if params.get("host"):
            cmd += ["--host", str(params["host"])]
        if params.get("port"):
            cmd += ["--port", str(params["port"])]
        if params.get("user"):
            cmd += ["--username", str(params["user"])]
        env = dict(os.environ)
        if params.get("password"):
            env["PGPASSWORD"] = str(params["password"])
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            target.unlink(missing_ok=True)
            raise BackupUnavailable(translate("db", "pg_dump 备份失败：{error}").format(error=result.stderr.strip()))
        return target
    raise BackupUnavailable(f"unsupported database {type(db).__name__}")
