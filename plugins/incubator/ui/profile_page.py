"""机构信息: the incubator's profile: address, operator, manager, services, the fees of the
value-added services (bookkeeping, IP...) and the yearly rent a hosted firm saves."""
from __future__ import annotations

from decimal import Decimal

from PyQt6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, \
    QWidget

from app.core.errors import Conflict, ValidationError
from app.ui import messages, operations
from plugins.incubator.incubators import IncubatorView, get_profile, save_profile
from plugins.incubator.ui.fields import FormErrors
from plugins.incubator.ui.page import IncubatorPage
from plugins.incubator.validation import ProfileEntry


def parse_fees(text: str) -> tuple[tuple[str, str], ...]:
    """Lines "代理记账：200 元/月" -> (("代理记账", "200 元/月"),); a line without a colon has no fee."""
    fees = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            service, _sep, fee = line.replace(":", "：").partition("：")
            fees.append((service.strip(), fee.strip()))
    return tuple(fees)


class ProfilePage(IncubatorPage):
    FOLLOW_CHANGES = False  # unsaved edits stay until saved

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view: IncubatorView | None = None
        self.name = QLabel()
        self.name.setObjectName("sectionTitle")
        self.address = QLineEdit()
        self.operator = QLineEdit()
        self.manager = QLineEdit()
        self.manager_phone = QLineEdit()
        self.services = QPlainTextEdit()
        self.services.setFixedHeight(80)
        self.services.setPlaceholderText(self.tr("每行一项，如：注册地址托管（免费）"))
        self.fees = QPlainTextEdit()
        self.fees.setFixedHeight(80)
        self.fees.setPlaceholderText(self.tr("每行一项：服务：收费，如 代理记账：200 元/月"))
        self.rent = QLineEdit()
        self.rent.setPlaceholderText(self.tr("默认 30000"))
        self.save_button = QPushButton(self.tr("保存机构信息"))
        self.status = QLabel()
        self.status.setObjectName("hintLabel")
        self.general_error = messages.error_label()
        form = QFormLayout()
        self.errors = FormErrors(form)
        form.addRow(self.tr("孵化机构"), self.name)
        self.errors.add("address", self.tr("经营场所（注册地址）"), self.address)
        self.errors.add("operator", self.tr("运营单位"), self.operator)
        self.errors.add("manager", self.tr("负责人"), self.manager)
        self.errors.add("manager_phone", self.tr("联系电话"), self.manager_phone)
        self.errors.add("services", self.tr("提供的服务"), self.services)
        self.errors.add("fees", self.tr("增值服务收费"), self.fees)
        self.errors.add("yearly_rent", self.tr("每户每年房租（元）"), self.rent)
        hint = QLabel(self.tr("托管服务不收费；记账、知识产权等增值服务按上列收费。每户每年房租用于测算集群托管为企业节约的房租。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def query(self, organisation_id: int, user):
        return lambda: get_profile(organisation_id, user)

    def show_data(self, view: IncubatorView) -> None:
        self.view = view
        self.name.setText(view.name)
        self.address.setText(view.address)
        self.operator.setText(view.operator)
        self.manager.setText(view.manager)
        self.manager_phone.setText(view.manager_phone)
        self.services.setPlainText(view.services)
        self.fees.setPlainText("\n".join(f"{service}：{fee}" for service, fee in view.fees))
        self.rent.setText(format(Decimal(view.yearly_rent).normalize(), "f"))
        self.errors.show({})

    def entry(self) -> ProfileEntry:
        return ProfileEntry(address=self.address.text(), operator=self.operator.text(), manager=self.manager.text(),
                            manager_phone=self.manager_phone.text(), services=self.services.toPlainText(),
                            fees=parse_fees(self.fees.toPlainText()), yearly_rent=self.rent.text())

    def save(self) -> None:
        if self.view is None:
            return
        org, entry, version, user = self.organisation_id, self.entry(), self.view.version, self.ctx.user

        def failed(failure: operations.Failure) -> None:
            errors = failure.error.errors if isinstance(failure.error, ValidationError) else {}
            self.errors.show(errors)
            general = "" if errors else failure.message()
            if isinstance(failure.error, Conflict):
                self.reload()
            self.general_error.setText(general)
            self.general_error.setVisible(bool(general))

        def saved(view: IncubatorView) -> None:
            self.general_error.setVisible(False)
            self.show_data(view)
            self.status.setText(self.tr("已保存"))

        self.status.setText("")
        operations.run_op(self, lambda: save_profile(org, user, entry, version), on_success=saved, on_failure=failed)
