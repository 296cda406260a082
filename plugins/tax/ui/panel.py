"""The tax office's form on a case: confirm the tax registration (taxpayer id = the USCC),
category, tax types, invoice device and first invoices, and print the completion notice."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QStandardPaths, QUrl
from PyQt6.QtGui import QDesktopServices, QGuiApplication
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import StepState
from app.core.step_work import StepView
from app.ui import operations
from app.ui.step_panel import StepPanel
from plugins.tax import catalogue as cat
from plugins.tax.records import registration_of_step
from plugins.tax.ui.widgets import InvoiceRow, TaxTypesBox
from plugins.tax.validation import invoice_field, taxpayer_id_error

#: where a notice is not opened in a viewer (tests, screenshots)
HEADLESS_PLATFORMS = ("offscreen", "minimal")


class TaxRegistrationPanel(StepPanel):
    STEP_TYPE = cat.STEP_TYPE

    # -- the form -----------------------------------------------------------------------------------
    def build_form(self) -> QWidget:
        self._company_type = ""
        self._category_shown = cat.SMALL_SCALE
        box = QWidget()
        columns = QHBoxLayout(box)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._taxpayer_group())
        left.addWidget(self._registration_group())
        left.addStretch(1)
        right.addWidget(self._invoice_group())
        right.addWidget(self._finance_group())
        right.addWidget(self._confirmation_group())
        right.addStretch(1)
        return box

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _taxpayer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("纳税人信息（来自营业执照）"))
        form = self._form(group)
        self.taxpayer_id = QLabel()
        self.taxpayer_id.setObjectName("taxpayerId")
        self.taxpayer_id.setWordWrap(True)
        self.enterprise = QLabel()
        self.company_type = QLabel()
        self.legal_representative = QLabel()
        self.business_scope = QLabel()
        for label in (self.enterprise, self.business_scope):
            label.setWordWrap(True)
        form.addRow(self.tr("纳税人识别号"), self.taxpayer_id)
        form.addRow(self.tr("企业名称"), self.enterprise)
        form.addRow(self.tr("企业类型"), self.company_type)
        form.addRow(self.tr("法定代表人"), self.legal_representative)
        form.addRow(self.tr("经营范围"), self.business_scope)
        return group

    def _registration_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("税务登记"))
        form = self._form(group)
        self.category = QComboBox()
        for code in cat.CATEGORIES:
            self.category.addItem(cat.category_title(code), code)
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.add_field(form, "category", self.tr("纳税人类型"), self.category,
                       hint=self.tr("新办企业一般为小规模纳税人；年应税销售额超过 500 万元，或会计核算健全并申请的，"
                                    "登记为一般纳税人"))
        self.tax_types = self.add_field(form, "tax_types", self.tr("登记税种"), TaxTypesBox())
        self.device = QComboBox()
        for code in cat.DEVICES:
            self.device.addItem(cat.device_title(code), code)
        self.device.currentIndexChanged.connect(lambda _i: self._sync_device())
        self.add_field(form, "device", self.tr("税控设备"), self.device)
        self.device_number = QLineEdit()
        self.device_number.setMaxLength(cat.UKEY_NUMBER_LENGTH + 4)
        self.device_number.setPlaceholderText(self.tr("{n} 位数字，见 UKey 背面").format(n=cat.UKEY_NUMBER_LENGTH))
        self.add_field(form, "device_number", self.tr("税务UKey编号"), self.device_number)
        return group

    def _invoice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("首票核定"))
        form = self._form(group)
        self.invoices: dict[str, InvoiceRow] = {}
        for kind in cat.INVOICE_KINDS:
            row = InvoiceRow(kind)
            row.granted.toggled.connect(lambda _on: self._sync_device())
            self.invoices[kind.code] = self.add_field(form, invoice_field(kind.code), cat.invoice_kind_title(kind.code),
                                                      row)
        hint = QLabel(self.tr("增值税普通发票、专用发票须发放税务UKey；全电发票在电子税务局开具，无需设备。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        form.addRow(hint)
        return group

    def _finance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("财务负责人（可不填；填写则须完整）"))
        form = self._form(group)
        self.finance_name = self.add_field(form, "financial_officer.name", self.tr("姓名"), QLineEdit())
        self.finance_id = self.add_field(form, "financial_officer.id_number", self.tr("身份证号码"), QLineEdit())
        self.finance_mobile = self.add_field(form, "financial_officer.mobile", self.tr("手机号码"), QLineEdit())
        self.finance_id.setMaxLength(18)
        self.finance_mobile.setMaxLength(14)
        return group

    def _confirmation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("确认"))
        form = self._form(group)
        self.officer = self.add_field(form, "officer", self.tr("经办税务人员"), QLineEdit())
        self.checked = self.add_field(form, "checked", self.tr("核对"),
                                      QCheckBox(self.tr("已核对营业执照和法定代表人身份信息")))
        return group

    def extra_buttons(self) -> list[QPushButton]:
        self.notice_button = QPushButton(self.tr("打印税务登记办结通知…"))
        self.notice_button.setEnabled(False)
        self.notice_button.clicked.connect(lambda _checked=False: self.print_notice())
        return [self.notice_button]

    # -- reading and collecting -----------------------------------------------------------------------
    def load_extra(self, view: StepView):
        """The registration written when the step was completed (off the GUI thread)."""
        return registration_of_step(view.id, self.user) if view.state == StepState.DONE else None

    def load(self, view: StepView) -> None:
        fields, data = view.case_fields, view.data
        uscc = fields.get("enterprise.uscc") or ""
        problem = taxpayer_id_error(uscc)
        self.taxpayer_id.setText(problem if problem else uscc)
        self.taxpayer_id.setStyleSheet("color: #B3261E;" if problem else "font-weight: bold;")
        self.enterprise.setText(fields.get("enterprise.name") or view.enterprise_name)
        self._company_type = fields.get("enterprise.company_type") or ""
        self.company_type.setText(cat.company_type_title(self._company_type))
        person = fields.get("legal_representative.name") or {}
        self.legal_representative.setText(person.get("name", "") if isinstance(person, dict) else str(person))
        self.business_scope.setText(fields.get("enterprise.business_scope") or "")
        self.tax_types.set_company_type(self._company_type)

        category = data.get("category") or cat.SMALL_SCALE
        self._category_shown = category
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self.category.blockSignals(False)
        self.tax_types.set_codes(data["tax_types"] if "tax_types" in data else cat.DEFAULT_TAX_TYPES)
        self.device.setCurrentIndex(max(self.device.findData(data.get("device") or cat.DEVICE_NONE), 0))
        self.device_number.setText(data.get("device_number") or "")
        rows = data["first_invoices"] if "first_invoices" in data else cat.default_first_invoices(category)
        self._show_invoices(rows if isinstance(rows, list) else [])
        finance = data.get("financial_officer") if isinstance(data.get("financial_officer"), dict) else {}
        self.finance_name.setText(finance.get("name", ""))
        self.finance_id.setText(finance.get("id_number", ""))
        self.finance_mobile.setText(finance.get("mobile", ""))
        self.officer.setText(data.get("officer") or self.user.display_name)
        self.checked.setChecked(data.get("checked") is True)
        self._sync_category()
        self.notice_button.setEnabled(self.extra is not None)

    def _show_invoices(self, rows: list) -> None:
        by_kind = {row.get("kind"): row for row in rows if isinstance(row, dict)}
        for code, widget in self.invoices.items():
            widget.set_row(by_kind.get(code))

    def collect(self) -> dict:
        ukey = self.device.currentData() == cat.DEVICE_UKEY
        return {
            "category": self.category.currentData(),
            "tax_types": self.tax_types.codes(),
            "device": self.device.currentData(),
            "device_number": self.device_number.text().strip() if ukey else "",
            "first_invoices": [row for row in (w.row() for w in self.invoices.values()) if row is not None],
            "financial_officer": {"name": self.finance_name.text().strip(), "id_number": self.finance_id.text().strip(),
                                  "mobile": self.finance_mobile.text().strip()},
            "officer": self.officer.text().strip(),
            "checked": self.checked.isChecked(),
        }

    # -- keeping the fields consistent ------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._sync_device()

    def _category_changed(self) -> None:
        """A new category: its default first grant, unless the officer changed the old one's."""
        category = self.category.currentData()
        current = [row for row in (w.row() for w in self.invoices.values()) if row is not None]
        if current == cat.default_first_invoices(self._category_shown):
            self._show_invoices(cat.default_first_invoices(category))
        self._category_shown = category
        self._sync_category()

    def _sync_category(self) -> None:
        general = self.category.currentData() == cat.GENERAL
        for code, row in self.invoices.items():
            if row.kind.general_only:
                row.set_allowed(general, self.tr("增值税专用发票只向一般纳税人核定"))
        self._sync_device()

    def _sync_device(self) -> None:
        """The UKey number is asked for only with a UKey; paper invoices need one."""
        paper = any(row.kind.paper and row.granted.isChecked() for row in self.invoices.values())
        if paper and self.device.currentData() != cat.DEVICE_UKEY and self.editable:
            self.device.setCurrentIndex(self.device.findData(cat.DEVICE_UKEY))
        ukey = self.device.currentData() == cat.DEVICE_UKEY
        self.device_number.setEnabled(self.editable and ukey)

    # -- printing -----------------------------------------------------------------------------------
    def print_notice(self) -> None:
        view = self.view
        if view is None or self.extra is None:
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = folder / self.tr("税务登记办结通知书_{number}.pdf").format(number=view.case_number)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存税务登记办结通知书"), str(suggested),
                                                    self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        out = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
        step_id, user = view.id, self.user
        from plugins.tax.notice import render_tax_notice  # reportlab only when printing

        operations.run_op(self, lambda: render_tax_notice(step_id, user, out), notify=False,
                          on_success=self._notice_written, label=self.tr("正在生成办结通知书…"))

    def _notice_written(self, path) -> None:
        self.last_notice = Path(path)
        if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


__all__ = ["TaxRegistrationPanel"]
