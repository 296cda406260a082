"""Signing in: user name and password, checked off the GUI thread."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.users import CurrentUser, authenticate
from app.ui import operations
from app.ui.messages import error_label


class LoginDialog(QDialog):
    """On success ``user`` holds the signed-in CurrentUser and the dialog is accepted."""

    def __init__(self, ctx=None, parent: QWidget | None = None, *, username: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("登录 · 开办"))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(400)

        title = QLabel(self.tr("企业开办协同服务平台"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("请使用您的工作账号登录"))
        subtitle.setObjectName("loginSubtitle")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.username = QLineEdit(username)
        self.username.setPlaceholderText(self.tr("用户名"))
        self.password = QLineEdit()
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label()

        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        if ctx is not None:
            where = QLabel(self.tr("数据库：{where}").format(where=ctx.url.display()))
            where.setObjectName("hintLabel")
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("请输入用户名和密码"))
            return
        self.login_button.setEnabled(False)
        operations.run_op(self, lambda: authenticate(username, password), on_success=self._signed_in,
                          on_failure=self._refused, label=self.tr("正在登录…"), notify=False)

    def _signed_in(self, user: CurrentUser) -> None:
        self.user = user
        self.login_button.setEnabled(True)
        self.accept()

    def _refused(self, failure: operations.Failure) -> None:
        self.login_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.show_error(failure.message())
