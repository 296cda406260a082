"""Starting the GUI (with the test hook instead of the login dialog), start-up errors, screenshots."""
from __future__ import annotations

from PyQt6.QtGui import QImage
from PyQt6.QtWidgets import QApplication, QMessageBox

from app.ui import application
from app.ui.screenshots import take_screenshots


def test_application_is_configured(qapp):
    application.configure_application(qapp)
    assert qapp.applicationName() == "Kaiban"
    from app.i18n import translate

    assert translate("users", "用户名或密码错误") == "用户名或密码错误"  # routed through Qt, zh_CN needs no .qm


def test_start_gui_opens_the_database_and_the_window(qtbot, demo_ctx, wait_ops):
    from app.core.users import current_user, get_user

    seen = {}

    def login(ctx):
        seen["ctx"] = ctx
        return current_user(get_user("clerk"))

    window = application.start_gui(demo_ctx.url.render(), login=login)
    qtbot.addWidget(window)
    wait_ops()
    assert window.isVisible() and window.user.username == "clerk"
    assert seen["ctx"].url == demo_ctx.url
    assert window.current_queue_view().model.rowCount() > 0


def test_start_up_errors_are_shown_not_raised(qtbot, monkeypatch, tmp_path):
    shown = []

    def fake_exec(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0  # closed without choosing: quit

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    result = application.start_gui("mysql://nowhere/kaiban", login=lambda ctx: None)
    assert result is None
    (text, buttons) = shown[0]
    assert text.startswith("无法识别的数据库地址")
    assert {"连接数据库…", "重试", "退出"} <= set(buttons)


def test_open_errors_are_described():
    from db.connection import DatabaseConfigError

    message, details = application.describe_open_error(DatabaseConfigError("数据库文件位于网络共享上"))
    assert message == "数据库文件位于网络共享上" and details is None
    message, details = application.describe_open_error(OSError("connection refused"))
    assert message == "无法打开数据库：connection refused" and "OSError" in details


def test_screenshots_are_written(qtbot, demo_ctx, tmp_path):
    paths = take_screenshots(demo_ctx, tmp_path / "shots", username="admin")
    names = [p.name for p in paths]
    assert names[0] == "01_login.png"
    assert sum(name.startswith("02_queue_") for name in names) == 4
    assert {"03_case_basic.png", "04_case_flow.png", "05_plugins.png", "06_connection.png"} <= set(names)
    for path in paths:
        image = QImage(str(path))
        assert path.stat().st_size > 2000 and not image.isNull()
    main = QImage(str(tmp_path / "shots" / names[1]))
    assert (main.width(), main.height()) == (1280, 800)
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_without_a_keyring_backend_the_password_is_asked_not_crashed(qapp, monkeypatch):
    """Headless Linux has no keyring: saving says so, and start-up asks for the password."""
    import keyring
    import keyring.backends.fail
    import pytest

    from app import connection_store
    from app.ui import application

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        conn = connection_store.SavedConnection(host="db.example", port=5433, database="kaiban", user="clerk")
        with pytest.raises(connection_store.KeyringUnavailable):
            connection_store.save_connection(conn, "s3cret!")
        assert connection_store.load_connection() == conn  # everything but the password was kept
        assert connection_store.keyring_available() is False
        asked = []

        def fake_get_text(parent, title, label, echo):
            asked.append(label)
            return "s3cret!", True

        monkeypatch.setattr(application.QInputDialog, "getText", staticmethod(fake_get_text))
        url = application.initial_url(None)
        assert url == "postgresql://clerk:s3cret%21@db.example:5433/kaiban"
        assert "密钥环不可用" in asked[0]
        monkeypatch.setattr(application.QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
        assert application.initial_url(None) is None  # cancelled: the app does not open
    finally:
        connection_store.forget_connection()
        keyring.set_keyring(previous)
