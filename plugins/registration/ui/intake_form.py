"""The intake form (申请信息): enterprise, legal representative, contact and shareholders, each error
shown in red under its own field. Used by the wizard and to correct a returned case."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PyQt6.QtCore import QRegularExpression, Qt, QTimer
from PyQt6.QtGui import QRegularExpressionValidator
from PyQt6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.plugin_api import IntakeAnswers
from app.reports.numerals import cny_uppercase_with_currency
from plugins.registration.names import check_name
from plugins.registration.reference import industry_catalogue
from plugins.registration.ui.shareholders import ShareholdersEditor
from plugins.registration.ui.widgets import FieldErrors, error_label, set_invalid, show_error, with_error
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry

NAME_CHECK_DELAY_MS = 400
CAPITAL_PATTERN = r"^\d{0,14}(\.\d{0,2})?$"
ID_PATTERN = r"^\d{0,17}[\dXx]?$"
MOBILE_PATTERN = r"^\d{0,11}$"
AREA_PATTERN = r"^\d{0,6}$"


def _validated(pattern: str, parent: QWidget) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(pattern), parent)


class IntakeFormWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.answers: IntakeAnswers | None = None
        self._prefilled_scope = ""
        self.errors = FieldErrors()
        self.general_error = error_label()
        self.general_error.setObjectName("errorLabel")

        # -- enterprise
        self.company_name = QLineEdit()
        self.company_name.setObjectName("companyName")
        self.company_name.setPlaceholderText(self.tr("行政区划＋字号＋行业＋组织形式，如：绵阳锦程科技有限公司"))
        self.capital = QLineEdit()
        self.capital.setObjectName("registeredCapital")
        self.capital.setValidator(_validated(CAPITAL_PATTERN, self.capital))
        self.capital.setPlaceholderText(self.tr("单位：元，最多两位小数"))
        self.capital_hint = QLabel()
        self.capital_hint.setObjectName("hintLabel")
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("businessScope")
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(64)
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("住所（经营场所）详细地址"))
        self.area_code = QLineEdit()
        self.area_code.setObjectName("areaCode")
        self.area_code.setValidator(_validated(AREA_PATTERN, self.area_code))
        self.area_code.setPlaceholderText(self.tr("如 510703"))
        self.area_code.setFixedWidth(96)
        # -- people
        self.legal_name, self.legal_id, self.legal_mobile = self._person_fields("legal")
        self.contact_name, _unused, self.contact_mobile = self._person_fields("contact")
        self.same_as_legal = QPushButton(self.tr("同法定代表人"))
        self.same_as_legal.setAutoDefault(False)
        self.shareholders = ShareholdersEditor()
        self.shareholders.setObjectName("shareholders")

        company = QGroupBox(self.tr("企业信息"))
        form = self._form(company)
        self._row(form, self.tr("企业名称"), self.company_name, "company_name")
        capital_row = QHBoxLayout()
        capital_row.addWidget(self.capital, 1)
        capital_row.addWidget(self.capital_hint, 1)
        box, label = with_error(capital_row)
        form.addRow(self.tr("注册资本（元）"), box)
        self.errors.add("registered_capital", label, self.capital)
        box, label = with_error(self.scope)
        form.addRow(self.tr("经营范围"), box)
        self.errors.add("business_scope", label, self.scope)
        self.errors.add("industry_codes", label)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(QLabel(self.tr("行政区划代码")))
        address_row.addWidget(self.area_code)
        box, label = with_error(address_row)
        form.addRow(self.tr("住所"), box)
        self.errors.add("address", label, self.address)
        self.errors.add("area_code", label, self.area_code)
        self.errors.add("address_type", label)

        legal = QGroupBox(self.tr("法定代表人（负责人、投资人、经营者）"))
        form = self._form(legal)
        self._row(form, self.tr("姓名"), self.legal_name, "legal_representative.name")
        self.errors.add("legal_representative", self.errors.label("legal_representative.name"))
        self._row(form, self.tr("身份证号码"), self.legal_id, "legal_representative.id_number")
        self._row(form, self.tr("手机号码"), self.legal_mobile, "legal_representative.mobile")

        contact = QGroupBox(self.tr("联系人"))
        form = self._form(contact)
        name_row = QHBoxLayout()
        name_row.addWidget(self.contact_name, 1)
        name_row.addWidget(self.same_as_legal)
        box, label = with_error(name_row)
        form.addRow(self.tr("姓名"), box)
        self.errors.add("contact.name", label, self.contact_name)
        self.errors.add("contact", label)
        self._row(form, self.tr("手机号码"), self.contact_mobile, "contact.mobile")

        self.shareholders_box = QGroupBox(self.tr("股东（出资人）"))
        QVBoxLayout(self.shareholders_box).addWidget(self.shareholders)

        people = QHBoxLayout()
        people.addWidget(legal, 3)
        people.addWidget(contact, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addWidget(company)
        layout.addLayout(people)
        layout.addWidget(self.shareholders_box)
        layout.addStretch(1)

        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(NAME_CHECK_DELAY_MS)
        self._name_timer.timeout.connect(self.check_name_now)
        self.company_name.textChanged.connect(self._name_timer.start)
        self.capital.textChanged.connect(self._show_capital_in_words)
        self.same_as_legal.clicked.connect(self.copy_legal_to_contact)

    # -- building ------------------------------------------------------------------------
    def _person_fields(self, prefix: str) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        name, id_number, mobile = QLineEdit(), QLineEdit(), QLineEdit()
        name.setObjectName(f"{prefix}Name")
        id_number.setObjectName(f"{prefix}Id")
        id_number.setValidator(_validated(ID_PATTERN, id_number))
        id_number.setPlaceholderText(self.tr("18 位居民身份证号码"))
        mobile.setObjectName(f"{prefix}Mobile")
        mobile.setValidator(_validated(MOBILE_PATTERN, mobile))
        mobile.setPlaceholderText(self.tr("11 位手机号码"))
        return name, id_number, mobile

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        return form

    def _row(self, form: QFormLayout, caption: str, field: QWidget, path: str) -> None:
        box, label = with_error(field)
        form.addRow(caption, box)
        self.errors.add(path, label, field)

    # -- behaviour -----------------------------------------------------------------------
    def _show_capital_in_words(self, text: str) -> None:
        try:
            amount = Decimal(text) if text.strip() else None
        except InvalidOperation:
            amount = None
        self.capital_hint.setText(cny_uppercase_with_currency(amount) if amount and amount > 0 else "")

    def check_name_now(self) -> str | None:
        """The live check of the name's structure (the database's 已被使用 comes on acceptance)."""
        self._name_timer.stop()
        name = self.company_name.text().strip()
        company_type = self.answers.company_type if self.answers else ""
        problem = check_name(name, company_type) if name and company_type else None
        label = self.errors.label("company_name")
        show_error(label, problem or "")
        set_invalid(self.company_name, bool(problem))
        return problem

    def copy_legal_to_contact(self) -> None:
        self.contact_name.setText(self.legal_name.text())
        self.contact_mobile.setText(self.legal_mobile.text())

    def set_answers(self, answers: IntakeAnswers) -> None:
        """Adapt to the guided intake's answers: the scope from the industries, who the holders are."""
        self.answers = answers
        scope = self.scope.toPlainText().strip()
        suggested = "；".join(industry_catalogue().name(code) for code in answers.industry_codes)
        if not scope or scope == self._prefilled_scope:
            self.scope.setPlainText(suggested)
            self._prefilled_scope = suggested
        kind = answers.company_type
        titles = {"limited_company": self.tr("股东（出资人）"), "partnership": self.tr("合伙人"),
                  "sole_proprietorship": self.tr("投资人"), "cooperative": self.tr("成员出资")}
        self.shareholders_box.setTitle(titles.get(kind, self.tr("股东（出资人）")))
        self.shareholders_box.setVisible(kind != "individual_business")
        if kind == "individual_business":
            self.shareholders.clear()
        elif not self.shareholders.rows and kind in ("limited_company", "sole_proprietorship", "partnership"):
            self.shareholders.add_row(ShareholderEntry(share="100" if kind != "partnership" else None))
            if kind == "partnership":
                self.shareholders.add_row()
        self.shareholders.add_button.setVisible(kind != "sole_proprietorship")
        if self.company_name.text().strip():
            self.check_name_now()

    def form(self) -> IntakeForm:
        answers = self.answers or IntakeAnswers(company_type="")
        return IntakeForm(
            company_name=self.company_name.text(), company_type=answers.company_type,
            registered_capital=self.capital.text().strip() or None, industry_codes=answers.industry_codes,
            business_scope=self.scope.toPlainText(), address=self.address.text(),
            area_code=self.area_code.text().strip(), address_type=answers.address_type,
            legal_representative=PersonEntry(self.legal_name.text().strip(), self.legal_id.text().strip().upper(),
                                             self.legal_mobile.text().strip()),
            contact=PersonEntry(self.contact_name.text().strip(), "", self.contact_mobile.text().strip()),
            shareholders=self.shareholders.entries() if answers.company_type != "individual_business" else [],
            has_employees=answers.has_employees, needs_invoices=answers.needs_invoices)

    def set_form(self, form: IntakeForm) -> None:
        """Fill every field from a stored form (to correct a returned case)."""
        self.answers = form.answers()
        self.company_name.setText(form.company_name)
        capital = form.registered_capital
        self.capital.setText("" if capital is None else format(Decimal(capital).quantize(Decimal("0.01")), "f"))
        self.scope.setPlainText(form.business_scope)
        self._prefilled_scope = ""
        self.address.setText(form.address)
        self.area_code.setText(form.area_code)
        self.legal_name.setText(form.legal_representative.name)
        self.legal_id.setText(form.legal_representative.id_number)
        self.legal_mobile.setText(form.legal_representative.mobile)
        self.contact_name.setText(form.contact.name)
        self.contact_mobile.setText(form.contact.mobile)
        self.shareholders.set_entries(list(form.shareholders))
        self.set_answers(self.answers)

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Put each error at its field; the ones this form has no field for are listed at the top
        and returned (the wizard shows those on the page they belong to)."""
        rest = self.shareholders.show_errors(errors)
        unplaced = self.errors.show(rest)
        show_error(self.general_error, "\n".join(unplaced.values()))
        return unplaced

    def clear_errors(self) -> None:
        self.show_errors({})
