"""Login, plugins and connection dialogs."""
from __future__ import annotations

import pytest
from PyQt6.QtWidgets import QDialog

from app import connection_store
from app.connection_store import KeyringUnavailable, SavedConnection
from app.core.settings import disabled_plugins
from app.ui import messages
from app.ui.dialogs.connection import POSTGRESQL, SQLITE, ConnectionDialog, field_error
from app.ui.dialogs.login import LoginDialog
from app.ui.dialogs.plugins import PluginsDialog


# -- login ----------------------------------------------------------------------------------------
def login(qtbot, dialog: LoginDialog, username: str, password: str, wait_ops) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.login_button.click()
    wait_ops()


def test_login_succeeds(qtbot, demo_ctx, wait_ops):
    dialog = LoginDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    login(qtbot, dialog, "seal_clerk", "kaiban2026", wait_ops)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "seal_clerk" and dialog.user.organisation_name == "绵阳华信印章有限公司"


def test_login_errors_and_lock_out_in_chinese(qtbot, demo_ctx, wait_ops):
    dialog = LoginDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_button.click()
    assert dialog.error_label.text() == "请输入用户名和密码"
    login(qtbot, dialog, "nobody", "whatever1", wait_ops)
    assert dialog.error_label.text() == "用户名或密码错误"
    for _ in range(4):
        login(qtbot, dialog, "clerk", "wrong-password", wait_ops)
        assert dialog.error_label.text() == "用户名或密码错误"
        assert dialog.password.text() == ""  # cleared for the next try
    login(qtbot, dialog, "clerk", "wrong-password", wait_ops)
    assert dialog.error_label.text().startswith("账号因连续登录失败已锁定")
    login(qtbot, dialog, "clerk", "kaiban2026", wait_ops)  # even the right password, while locked
    assert "锁定" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.user is None


# -- plugins --------------------------------------------------------------------------------------
def test_plugins_dialog_lists_a_failed_plugin_with_its_error(qtbot, sign_in, wait_ops, plugin_module):
    ctx = sign_in("clerk")
    ctx.host.register_module(plugin_module("future", api=">=9,<10"))
    dialog = PluginsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops()
    rows = {dialog.model.index(r, 0).data(): [dialog.model.index(r, c).data() for c in range(6)]
            for r in range(dialog.model.rowCount())}
    assert rows["seal"][1:5] == ["刻章", "0.1.0", "印章刻制", "启用"]
    assert rows["future"][4] == "失败"
    assert "supports plugin API >=9,<10" in rows["future"][5]
    dialog.select("future")
    assert "supports plugin API >=9,<10, the core offers 1.0" in dialog.details.toPlainText()
    assert dialog.enable_button.isHidden() and dialog.disable_button.isHidden()  # a clerk may only look
    assert dialog.note.text() == "只有系统管理员可以启用或停用插件。"


def test_admin_disables_a_plugin_until_restart(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    dialog = PluginsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops()
    assert "重启后生效" in dialog.note.text()
    dialog.select("tax")
    assert dialog.disable_button.isEnabled() and not dialog.enable_button.isEnabled()
    dialog.disable_button.click()
    wait_ops()
    assert disabled_plugins() == {"tax"}
    assert dialog.model.index(dialog.row_of("tax"), 4).data() == "启用（重启后停用）"
    assert dialog.enable_button.isEnabled()
    dialog.enable_button.click()
    wait_ops()
    assert disabled_plugins() == set()
    assert dialog.model.index(dialog.row_of("tax"), 4).data() == "启用"


# -- connection -----------------------------------------------------------------------------------
@pytest.fixture
def connection_dialog(qtbot, settings_file):
    dialog = ConnectionDialog(current=None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog, host="db.kaiban.local", port=5433, database="kaiban", user="kaiban", password="s3cret"):
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password_edit.setText(password)


def test_connection_fields_are_validated_and_nothing_saved(connection_dialog, monkeypatch):
    saved = []
    monkeypatch.setattr(connection_store, "save_connection", lambda *args: saved.append(args))
    fill(connection_dialog, host="", user="")
    connection_dialog.save_button.click()
    assert field_error(connection_dialog, "host") == "请填写服务器地址"
    assert field_error(connection_dialog, "user") == "请填写用户名"
    assert field_error(connection_dialog, "database") == ""
    assert saved == [] and connection_dialog.result() != QDialog.DialogCode.Accepted
    connection_dialog.host.setText("db server")
    connection_dialog.save_button.click()
    assert field_error(connection_dialog, "host") == "服务器地址只能包含字母、数字、点、连字符和冒号"
    assert saved == []
    assert connection_dialog.port.minimum() == 1 and connection_dialog.port.maximum() == 65535


def test_connection_is_saved(connection_dialog, monkeypatch):
    stored = {}
    monkeypatch.setattr(connection_store.keyring, "set_password", lambda *args: stored.setdefault("pw", args))
    fill(connection_dialog)
    connection_dialog.save_button.click()
    assert connection_dialog.result() == QDialog.DialogCode.Accepted and connection_dialog.choice == POSTGRESQL
    assert connection_store.load_connection() == SavedConnection("db.kaiban.local", 5433, "kaiban", "kaiban")
    assert stored["pw"][2] == "s3cret"


def test_keyring_unavailable_is_explained_not_fatal(connection_dialog, monkeypatch):
    def no_keyring(conn, password):
        raise KeyringUnavailable("No recommended backend was available.")

    monkeypatch.setattr(connection_store, "save_connection", no_keyring)
    fill(connection_dialog)
    connection_dialog.save_button.click()
    assert connection_dialog.result() == QDialog.DialogCode.Accepted  # the rest is saved; we go on
    assert connection_dialog.password() == "s3cret"  # the caller can still use it for this session
    (box,) = messages.open_boxes()
    assert "系统密钥环不可用" in box.text() and "每次启动时将询问数据库密码" in box.text()
    assert "No recommended backend" in box.detailedText()


def test_use_local_sqlite_forgets_the_connection(connection_dialog, monkeypatch):
    connection_store.save_connection(SavedConnection("db", 5432, "kaiban", "u"), None)
    connection_dialog.sqlite_button.click()
    assert connection_dialog.choice == SQLITE
    assert connection_store.load_connection() is None


def test_test_connection_reports_failure_in_the_dialog(connection_dialog, wait_ops):
    fill(connection_dialog, host="127.0.0.1", port=1, password="")
    connection_dialog.test_button.click()
    wait_ops(15000)
    assert connection_dialog.status_label.text().startswith("无法连接到数据库：")
    assert connection_dialog.test_button.isEnabled()
    assert messages.open_boxes() == []
