"""Pointing this workstation at the shared PostgreSQL database (or back at the local SQLite file)."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import connection_store
from app.connection_store import KeyringUnavailable, SavedConnection
from app.ui import messages, operations

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
_HOST_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:[]")


class ConnectionDialog(QDialog):
    """After ``accept()``: ``choice`` is POSTGRESQL or SQLITE; ``connection()`` and ``password()``
    describe the PostgreSQL connection that was saved."""

    def __init__(self, parent: QWidget | None = None, *, current: SavedConnection | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接数据库"))
        self.setObjectName("connectionDialog")
        self.setMinimumWidth(480)
        self.choice: str | None = None
        self.keyring_message = ""
        if current is None:
            current = connection_store.load_connection()

        intro = QLabel(self.tr("多台工作站共用数据时，请连接到同一台 PostgreSQL 服务器。"
                               "数据库密码保存在系统密钥环中，不会写入配置文件。"))
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")

        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText(self.tr("例如 192.168.1.20 或 db.example.gov.cn"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else 5432)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(current.database if current else "kaiban")
        self.user = QLineEdit(current.user if current else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("留空则不保存密码"))

        self.field_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, label, widget in (("host", self.tr("服务器地址"), self.host), ("port", self.tr("端口"), self.port),
                                   ("database", self.tr("数据库名"), self.database),
                                   ("user", self.tr("用户名"), self.user),
                                   ("password", self.tr("密码"), self.password_edit)):
            form.addRow(label, self._with_error(key, widget))

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)

        self.test_button = QPushButton(self.tr("测试连接"))
        self.sqlite_button = QPushButton(self.tr("使用本机数据库 (SQLite)"))
        self.sqlite_button.setToolTip(self.tr("忘记已保存的服务器连接，改用本机的 SQLite 数据库文件"))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("取消"))
        self.test_button.clicked.connect(self.test_connection)
        self.sqlite_button.clicked.connect(self.use_sqlite)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.sqlite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setVisible(False)
        v.addWidget(error)
        self.field_errors[key] = error
        return box

    # -- values --------------------------------------------------------------------------
    def connection(self) -> SavedConnection:
        return SavedConnection(host=self.host.text().strip(), port=self.port.value(),
                               database=self.database.text().strip(), user=self.user.text().strip())

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def validate(self) -> dict[str, str]:
        """Field -> message for every invalid field; shown under the fields."""
        conn, errors = self.connection(), {}
        if not conn.host:
            errors["host"] = self.tr("请填写服务器地址")
        elif not set(conn.host) <= _HOST_CHARS:
            errors["host"] = self.tr("服务器地址只能包含字母、数字、点、连字符和冒号")
        if not conn.database:
            errors["database"] = self.tr("请填写数据库名")
        elif any(ch.isspace() for ch in conn.database):
            errors["database"] = self.tr("数据库名不能包含空格")
        if not conn.user:
            errors["user"] = self.tr("请填写用户名")
        for key, label in self.field_errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        if errors:
            first = {"host": self.host, "database": self.database, "user": self.user}[next(iter(errors))]
            first.setFocus()
        return errors

    def _status(self, text: str, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("ok", ok)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.setVisible(True)

    # -- actions -------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self.validate():
            return
        conn, password = self.connection(), self.password()
        self.test_button.setEnabled(False)
        self._status(self.tr("正在连接 {host}:{port}…").format(host=conn.host, port=conn.port), True)

        def done(version: str) -> None:
            self.test_button.setEnabled(True)
            self._status(self.tr("连接成功（PostgreSQL {version}）").format(version=version), True)

        def failed(failure: operations.Failure) -> None:
            self.test_button.setEnabled(True)
            self._status(failure.message(), False)

        operations.run_op(self, lambda: connection_store.check_connection(conn, password), on_success=done,
                          on_failure=failed, label=self.tr("正在测试连接…"), notify=False)

    def save(self) -> None:
        if self.validate():
            return
        try:
            connection_store.save_connection(self.connection(), self.password())
        except KeyringUnavailable as exc:
            # Host, port, database and user are saved; only the password is not.
            self.keyring_message = str(exc)
            messages.warning(self.parentWidget(), self.tr("连接设置已保存，但系统密钥环不可用，密码没有保存。"
                                                          "每次启动时将询问数据库密码。"), str(exc))
        except Exception as exc:  # noqa: BLE001 - e.g. a read-only settings file
            self._status(self.tr("无法保存连接设置：{error}").format(error=exc), False)
            return
        self.choice = POSTGRESQL
        self.accept()

    def use_sqlite(self) -> None:
        connection_store.forget_connection()
        self.choice = SQLITE
        self.accept()


def field_error(dialog: ConnectionDialog, key: str) -> str:
    """The message shown under field ``key`` ("" when none)."""
    label = dialog.field_errors[key]
    return label.text() if not label.isHidden() else ""


__all__ = ["ConnectionDialog", "SQLITE", "POSTGRESQL", "field_error"]
