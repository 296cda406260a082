"""开户网点信息: a branch's master data (bank, branch, 联行号, account number lengths, address, phone),
edited by a supervisor of the branch or an administrator. Checked field by field before anything
is saved."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.i18n import translate
from app.ui import operations
from app.ui.formatting import format_datetime
from app.ui.messages import error_label
from plugins.bank import branches
from plugins.bank.branches import BranchProfile
from plugins.bank.common import BANK_CATEGORIES
from plugins.bank.validation import BranchForm, validate_branch


class BranchDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.profiles: dict[int, BranchProfile] = {}
        self.setObjectName("bankBranchDialog")
        self.setWindowTitle(self.tr("开户网点信息"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("开户网点信息维护"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(self.tr("地址和电话会随开户通知短信和开户通知书告知申请人；账号位数用于核对经办人录入的账号。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.branch_box = QComboBox()
        self.branch_box.currentIndexChanged.connect(lambda _i: self._show_selected())
        self.bank_name = QComboBox()
        self.bank_name.setEditable(True)
        self.bank_name.addItems([translate("bank", name) for name in BANK_CATEGORIES.values()])
        self.branch_name = QLineEdit()
        self.bank_code = QLineEdit()
        self.bank_code.setMaxLength(12)
        self.bank_code.setPlaceholderText(self.tr("12 位数字，如 102659000236"))
        self.account_lengths = QLineEdit()
        self.account_lengths.setPlaceholderText(self.tr("如 19；多种位数用逗号分隔，如 19,20"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("如 0816-2539000"))
        self.updated_label = QLabel()
        self.updated_label.setObjectName("hintLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setProperty("ok", True)
        self.error_label = error_label()
        self.field_errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.addRow(self.tr("开户网点"), self.branch_box)
        for key, title, widget in (("bank_name", self.tr("银行名称"), self.bank_name),
                                   ("branch_name", self.tr("网点名称"), self.branch_name),
                                   ("bank_code", self.tr("联行号"), self.bank_code),
                                   ("account_lengths", self.tr("账号位数"), self.account_lengths),
                                   ("address", self.tr("网点地址"), self.address),
                                   ("phone", self.tr("联系电话"), self.phone)):
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            label = error_label()
            column.addWidget(label)
            self.field_errors[key] = label
            form.addRow(title, cell)
        self.editors = (self.bank_name, self.branch_name, self.bank_code, self.account_lengths, self.address,
                        self.phone)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.updated_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._set_enabled(False)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        user = self.user
        operations.run_query(self, lambda: branches.editable_branches(user), on_success=self._loaded,
                             on_failure=lambda failure: self._show_error(failure.message()))

    def _loaded(self, profiles: list[BranchProfile]) -> None:
        current = self.branch_box.currentData()
        self.profiles = {p.organisation_id: p for p in profiles}
        self.branch_box.blockSignals(True)
        self.branch_box.clear()
        for profile in profiles:
            self.branch_box.addItem(profile.organisation_name, profile.organisation_id)
        index = self.branch_box.findData(current)
        self.branch_box.setCurrentIndex(index if index >= 0 else 0)
        self.branch_box.blockSignals(False)
        self.branch_box.setEnabled(len(profiles) > 1)
        self._set_enabled(bool(profiles))
        self._show_selected()

    def _show_selected(self) -> None:
        profile = self.profiles.get(self.branch_box.currentData())
        self._show_errors({})
        self.status_label.clear()
        if profile is None:
            return
        form = profile.form()
        self.bank_name.setCurrentText(form.bank_name)
        self.branch_name.setText(form.branch_name)
        self.bank_code.setText(form.bank_code)
        self.account_lengths.setText(form.account_lengths)
        self.address.setText(form.address)
        self.phone.setText(form.phone)
        if profile.configured and profile.updated_at:
            self.updated_label.setText(self.tr("最后修改：{time} {name}").format(
                time=format_datetime(profile.updated_at), name=profile.updated_by or self.tr("系统")))
        else:
            self.updated_label.setText(self.tr("该网点尚未维护开户信息"))

    # -- saving ----------------------------------------------------------------------------------
    def form(self) -> BranchForm:
        return BranchForm(bank_name=self.bank_name.currentText().strip(), branch_name=self.branch_name.text().strip(),
                          bank_code=self.bank_code.text().strip(), account_lengths=self.account_lengths.text().strip(),
                          address=self.address.text().strip(), phone=self.phone.text().strip())

    def save(self) -> None:
        org_id = self.branch_box.currentData()
        if org_id is None:
            return
        user, form = self.user, self.form()
        self.status_label.clear()
        errors = validate_branch(form)  # at once, without a round trip; the service checks again
        self._show_errors(errors)
        if errors:
            return
        operations.run_op(self, lambda: branches.save_branch(user, org_id, form), on_success=self._saved,
                          on_failure=self._failed, label=self.tr("正在保存…"))

    def _saved(self, profile: BranchProfile) -> None:
        self.profiles[profile.organisation_id] = profile
        self._show_selected()
        self.status_label.setText(self.tr("已保存"))

    def _failed(self, failure: operations.Failure) -> None:
        if isinstance(failure.error, ValidationError):
            self._show_errors(failure.error.errors)
        else:
            self._show_error(failure.message())

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.field_errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(bool(errors.get(key)))
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self.editors:
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled)


__all__ = ["BranchDialog"]
