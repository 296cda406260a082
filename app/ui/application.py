"""Starting the GUI: QApplication, translations, font and style; database, login, main window.

Every failure on the way (SQLite on a network share, a failed migration, a backup that could
not be made, a server that does not answer) is shown in a message box that offers the
connection dialog instead of ending in a traceback.
"""
from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import Callable

from PyQt6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PyQt6.QtGui import QFont, QFontDatabase
from PyQt6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from app import __version__, i18n
from app.config import APP_NAME, ENV_DB, ORG_NAME, default_sqlite_url, resolve_database_url

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
STYLE_SHEET = Path(__file__).with_name("style.qss")
SOURCE_LOCALE = "zh_CN"  # the language the strings are written in
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
             "WenQuanYi Micro Hei", "Noto Sans SC")




# -- the QApplication -----------------------------------------------------------------------------
def install_translators(app: QApplication, locale_name: str | None = None) -> str:
    """Route service messages through Qt and load ``kaiban_<locale>.qm`` when there is one.

    Returns the locale the interface is shown in."""
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    name = locale_name or QLocale.system().name()
    shown = SOURCE_LOCALE
    if name != SOURCE_LOCALE:
        own = QTranslator(app)
        if own.load(f"kaiban_{name}", str(TRANSLATIONS_DIR)):
            app.installTranslator(own)
            shown = name
    qt_own = QTranslator(app)  # Qt's standard buttons (OK, Cancel) in the same language
    if qt_own.load(f"qtbase_{shown}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    return shown


def cjk_font_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((family for family in CJK_FONTS if family in families), None)


def configure_application(app: QApplication, locale_name: str | None = None) -> None:
    """Names, translations, a font that has Chinese glyphs, the style sheet. Idempotent."""
    if app.property("kaibanConfigured"):
        return
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(QCoreApplication.translate("application", "开办"))
    install_translators(app, locale_name)
    family = cjk_font_family()
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    app.setProperty("kaibanConfigured", True)


_app: QApplication | None = None  # keeps the application object alive while Python holds no other reference


def ensure_application(argv: list[str] | None = None) -> QApplication:
    global _app
    app = QApplication.instance()
    if app is None:
        app = _app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


# -- the database -------------------------------------------------------------------------------
def ask_password(conn) -> str | None:
    """Ask for the saved connection's password (the keyring had none); None when cancelled."""
    from app.connection_store import keyring_available

    text = QCoreApplication.translate("application", "请输入数据库 {where} 的密码：").format(where=f"{conn.user}@{conn.host}:{conn.port}/{conn.database}")
    if not keyring_available():
        text += "\n\n" + QCoreApplication.translate("application", "系统密钥环不可用，密码无法保存，每次启动都需要输入。")
    password, ok = QInputDialog.getText(None, QCoreApplication.translate("application", "数据库密码"), text, QLineEdit.EchoMode.Password)
    return password if ok else None


def initial_url(db_url: str | None) -> str | None:
    """The URL to open; asks for the saved connection's password when the keyring has none.
    None when the user cancelled."""
    from app.connection_store import load_connection, saved_password

    if db_url or os.environ.get(ENV_DB):
        return resolve_database_url(db_url)
    conn = load_connection()
    if conn is None:
        return default_sqlite_url()
    password = saved_password(conn)
    if password is None:
        password = ask_password(conn)
        if password is None:
            return None
    return conn.url(password or None).render(with_password=True)


def open_context(url: str):
    """open_app off the GUI thread, with a progress dialog while migrations run."""
    from app.startup import open_app
    from app.ui import operations

    return operations.run_and_wait(None, lambda: open_app(url), label=QCoreApplication.translate("application", "正在打开数据库…"))


def describe_open_error(exc: BaseException) -> tuple[str, str | None]:
    """(message, details) for a failure to open the database."""
    from app.core.errors import ServiceError
    from app.startup import BackupUnavailable, DatabaseConfigError, MigrationError

    details = "".join(traceback.format_exception(exc))
    if isinstance(exc, (DatabaseConfigError, ServiceError)):
        return str(exc), None
    if isinstance(exc, MigrationError):
        return QCoreApplication.translate("application", "数据库升级失败，数据库未作改动：{error}").format(error=exc), details
    if isinstance(exc, BackupUnavailable):
        return QCoreApplication.translate("application", "升级数据库前无法备份，因此没有升级：{error}").format(error=exc), details
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return QCoreApplication.translate("application", "无法打开数据库：{error}").format(error=first), details


def connection_url_from_dialog() -> str | None | bool:
    """Show the connection dialog; the URL to try next, or False when it was cancelled."""
    from app.ui.dialogs.connection import SQLITE, ConnectionDialog

    dialog = ConnectionDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.choice == SQLITE:
        return default_sqlite_url()
    password = dialog.password()
    if password is None:
        password = ask_password(dialog.connection()) or None
    return dialog.connection().url(password).render(with_password=True)


def open_with_recovery(url: str):
    """Open ``url``; on failure offer retry, the connection dialog or quitting. None = quit."""
    while True:
        try:
            return open_context(url)
        except Exception as exc:  # noqa: BLE001 - every start-up failure is shown, none crashes
            message, details = describe_open_error(exc)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("application", "无法打开数据库"), message)
        if details:
            box.setDetailedText(details)
        connect = box.addButton(QCoreApplication.translate("application", "连接数据库…"), QMessageBox.ButtonRole.AcceptRole)
        retry = box.addButton(QCoreApplication.translate("application", "重试"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QCoreApplication.translate("application", "退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            continue
        if box.clickedButton() is not connect:
            return None
        chosen = connection_url_from_dialog()
        if chosen:
            url = chosen


# -- the whole start ----------------------------------------------------------------------------
def start_gui(db_url: str | None = None, *, login: Callable | None = None):
    """Everything up to a shown main window; None when the user gave up on the way.

    ``login(ctx) -> CurrentUser | None`` replaces the login dialog (a test hook; there is
    deliberately no environment variable that signs anyone in)."""
    from app.ui.dialogs.login import LoginDialog
    from app.ui.shell import MainWindow

    ensure_application()
    url = initial_url(db_url)
    if url is None:
        return None
    ctx = open_with_recovery(url)
    if ctx is None:
        return None
    if login is not None:
        user = login(ctx)
    else:
        dialog = LoginDialog(ctx)
        user = dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
    if user is None:
        return None
    ctx.user = user
    window = MainWindow(ctx)
    window.show()
    return window


def run_gui(db_url: str | None = None, *, login: Callable | None = None) -> int:
    app = ensure_application()
    window = start_gui(db_url, login=login)
    if window is None:
        return 0
    return app.exec()
