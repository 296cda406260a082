"""A seal company's master data, edited by its supervisor (or an administrator, for any company):
licence number, opening hours and the unit price the government pays for a free set."""
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
from app.ui import messages, operations
from app.ui.formatting import format_datetime
from plugins.seal.companies import CompanyProfile, company_profile, editable_companies, update_company, \
    validate_company


class CompanyDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.profile: CompanyProfile | None = None
        self.setObjectName("sealCompanyDialog")
        self.setWindowTitle(self.tr("刻章企业信息"))
        self.setMinimumWidth(520)

        self.company_box = QComboBox()
        self.company_box.currentIndexChanged.connect(self._company_chosen)
        self.address_label = QLabel("—")
        self.phone_label = QLabel("—")
        self.licence_edit = QLineEdit()
        self.licence_edit.setPlaceholderText(self.tr("如 川公特（印）字第 5107030012 号"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("如 周一至周五 09:00-12:00、13:30-17:30"))
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("如 240.00"))
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.addRow(self.tr("刻章企业"), self.company_box)
        form.addRow(self.tr("地址"), self.address_label)
        form.addRow(self.tr("电话"), self.phone_label)
        self._row(form, "licence_no", self.tr("特种行业许可证"), self.licence_edit)
        self._row(form, "opening_hours", self.tr("营业时间"), self.hours_edit)
        self._row(form, "unit_price", self.tr("免费套章单价（元/套）"), self.price_edit)
        hint = QLabel(self.tr("单价用于政府购买服务的补贴结算，修改后对此后办结的印章生效；企业名称、地址和电话由系统管理员维护。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        self.error_label = messages.error_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("刻章企业信息"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        user = self.user
        operations.run_query(self, lambda: editable_companies(user), on_success=self._companies_loaded,
                             on_failure=lambda failure: self._show_error(failure.message()))

    def _row(self, form: QFormLayout, key: str, title: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = messages.error_label()
        column.addWidget(error)
        self.errors[key] = error
        form.addRow(title, box)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(bool(errors.get(key)))
        self._show_error("；".join(m for k, m in errors.items() if k not in self.errors))

    # -- loading ----------------------------------------------------------------------------------
    def _companies_loaded(self, companies: list[tuple[int, str]]) -> None:
        self.company_box.blockSignals(True)
        self.company_box.clear()
        for org_id, name in companies:
            self.company_box.addItem(name, org_id)
        self.company_box.blockSignals(False)
        self.company_box.setEnabled(len(companies) > 1)
        if not companies:
            self._show_error(self.tr("您没有可维护的刻章企业"))
            return
        self._company_chosen()

    def _company_chosen(self, _index: int = 0) -> None:
        org_id = self.company_box.currentData()
        if org_id is None:
            return
        self.save_button.setEnabled(False)
        operations.run_query(self, lambda: company_profile(org_id), on_success=self._profile_loaded,
                             on_failure=lambda failure: self._show_error(failure.message()))

    def _profile_loaded(self, profile: CompanyProfile) -> None:
        self.profile = profile
        self.address_label.setText(profile.address or "—")
        self.phone_label.setText(profile.phone or "—")
        self.licence_edit.setText(profile.licence_no)
        self.hours_edit.setText(profile.opening_hours)
        self.price_edit.setText(f"{profile.unit_price:.2f}" if profile.unit_price is not None else "")
        self.status_label.setText(self.tr("最后修改：{time} {name}").format(
            time=format_datetime(profile.updated_at), name=profile.updated_by) if profile.updated_at else "")
        self.show_errors({})
        self.save_button.setEnabled(True)

    # -- saving -----------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {"licence_no": self.licence_edit.text().strip(), "opening_hours": self.hours_edit.text().strip(),
                "unit_price": self.price_edit.text().strip()}

    def save(self) -> None:
        if self.profile is None:
            return
        values = self.values()
        errors = validate_company(**values)
        if errors:
            self.show_errors(errors)
            return
        org_id, user = self.profile.organisation_id, self.user

        def failed(failure: operations.Failure) -> None:
            if isinstance(failure.error, ValidationError):
                self.show_errors(failure.error.errors)
            else:
                self._show_error(failure.message())

        operations.run_op(self, lambda: update_company(org_id, user, **values), on_success=self._saved,
                          on_failure=failed, label=self.tr("正在保存…"))

    def _saved(self, profile: CompanyProfile) -> None:
        self._profile_loaded(profile)
        self.status_label.setText(self.tr("已保存。") + self.status_label.text())


__all__ = ["CompanyDialog"]
