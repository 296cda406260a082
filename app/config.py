"""Where things live: the user's data directory, the embedded database, backups.

The database URL is chosen in this order: ``--db URL``, the ``KAIBAN_DB`` environment
variable, the connection saved on this workstation (QSettings + keyring), and finally the
embedded SQLite database in the user's data directory.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Kaiban"
ORG_NAME = "Kaiban"
ENV_DB = "KAIBAN_DB"
ENV_DATA_DIR = "KAIBAN_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir("kaiban", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'kaiban.db'}"


def backup_dir() -> Path:
    return data_dir() / "backups"


def resolve_database_url(cli_url: str | None = None, *, use_saved: bool = True) -> str:
    if cli_url:
        return cli_url
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    if use_saved:
        from app.connection_store import saved_connection_url

        saved = saved_connection_url()
        if saved:
            return saved
    return default_sqlite_url()
