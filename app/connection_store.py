"""The workstation's saved shared-database connection.

Host, port, database and user go to QSettings; the password goes to the system keyring,
never to a file. Without a usable keyring backend (headless Linux) saving the password
fails with :class:`KeyringUnavailable` and the caller asks for the password instead.
"""
from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backends.fail
from keyring.errors import KeyringError, NoKeyringError

from app.config import APP_NAME, ORG_NAME
from app.i18n import translate
from db.connection import DatabaseURL

KEYRING_SERVICE = "kaiban-database"
_GROUP = "database"


class KeyringUnavailable(Exception):
    def __init__(self, detail: str = ""):
        super().__init__(translate("connection", "系统密钥环不可用，无法保存数据库密码；每次连接时将询问密码。{detail}")
                         .format(detail=detail))


@dataclass(frozen=True)
class SavedConnection:
    host: str
    port: int
    database: str
    user: str

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> DatabaseURL:
        return DatabaseURL(scheme="postgresql", host=self.host, port=self.port, name=self.database,
                           user=self.user, password=password)


def _qsettings():
    from PyQt6.QtCore import QSettings

    return QSettings(ORG_NAME, APP_NAME)


def load_connection() -> SavedConnection | None:
    settings = _qsettings()
    host = settings.value(f"{_GROUP}/host", "", type=str)
    if not host:
        return None
    return SavedConnection(host=host, port=settings.value(f"{_GROUP}/port", 5432, type=int),
                           database=settings.value(f"{_GROUP}/database", "", type=str),
                           user=settings.value(f"{_GROUP}/user", "", type=str))


def save_connection(conn: SavedConnection, password: str | None) -> None:
    """Save the connection; raises KeyringUnavailable (after saving the rest) if the password
    could not be stored."""
    settings = _qsettings()
    settings.setValue(f"{_GROUP}/host", conn.host)
    settings.setValue(f"{_GROUP}/port", conn.port)
    settings.setValue(f"{_GROUP}/database", conn.database)
    settings.setValue(f"{_GROUP}/user", conn.user)
    settings.sync()
    if password:
        try:
            keyring.set_password(KEYRING_SERVICE, conn.keyring_user, password)
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            raise KeyringUnavailable(str(exc)) from exc


def forget_connection() -> None:
    settings = _qsettings()
    conn = load_connection()
    settings.remove(_GROUP)
    settings.sync()
    if conn is not None:
        try:
            keyring.delete_password(KEYRING_SERVICE, conn.keyring_user)
        except (NoKeyringError, KeyringError, RuntimeError):
            pass


def saved_password(conn: SavedConnection) -> str | None:
    """The stored password, or None when none is stored or the keyring cannot be used."""
    try:
        return keyring.get_password(KEYRING_SERVICE, conn.keyring_user)
    except (NoKeyringError, KeyringError, RuntimeError):
        return None


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    priority = getattr(backend, "priority", 0)
    return not isinstance(backend, keyring.backends.fail.Keyring) and priority > 0


def saved_connection_url() -> str | None:
    conn = load_connection()
    if conn is None:
        return None
    return conn.url(saved_password(conn)).render(with_password=True)


def check_connection(conn: SavedConnection, password: str | None) -> str:
    """Connect once to ``conn`` (without touching the application's database) and return the
    server version; raises ServiceError with a message for the user."""
    from app.core.errors import ServiceError
    from db.connection import make_database

    db = make_database(conn.url(password))
    try:
        db.connect()
        return str(db.execute_sql("SHOW server_version").fetchone()[0])
    except Exception as exc:  # noqa: BLE001 - every driver error becomes one readable message
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ServiceError(translate("connection", "无法连接到数据库：{detail}").format(detail=detail)) from exc
    finally:
        if not db.is_closed():
            db.close()
