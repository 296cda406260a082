"""The social insurance bureau's form in the case view: the employer's registration (unit number,
insurances), the employees to enrol, the housing fund, and the completion notice once done."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QStandardPaths, QUrl
from PyQt6.QtGui import QDesktopServices, QGuiApplication
from PyQt6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.models import StepState
from app.core.step_work import StepView
from app.ui import messages, operations
from app.ui.step_panel import StepPanel
from plugins.social_insurance.common import STEP_TYPE
from plugins.social_insurance.enrolment import suggest_unit_number
from plugins.social_insurance.notice import print_notice
from plugins.social_insurance.reference import FUND_RATIO_MAX, FUND_RATIO_MIN, INSURANCE_CODES, insurance_title
from plugins.social_insurance.ui.employees import EmployeesEditor

#: platforms without a desktop to open a PDF on (tests, screenshots)
HEADLESS = ("offscreen", "minimal")


class SocialInsurancePanel(StepPanel):
    STEP_TYPE = STEP_TYPE

    # -- the form ---------------------------------------------------------------------------------
    def build_form(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.enterprise_label = QLabel()
        self.enterprise_label.setObjectName("hintLabel")
        self.enterprise_label.setWordWrap(True)
        column.addWidget(self.enterprise_label)
        column.addWidget(self._employer_group())
        column.addWidget(self._employees_group(), 1)
        column.addWidget(self._fund_group())
        return box

    def _employer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("单位参保登记"))
        form = QFormLayout(group)
        self.unit_number = QLineEdit()
        self.unit_number.setMaxLength(12)
        self.unit_number.setPlaceholderText(self.tr("12 位数字"))
        self.suggest_button = QPushButton(self.tr("生成编号"))
        self.suggest_button.setToolTip(self.tr("按本机构行政区划代码取下一个未使用的单位编号"))
        self.suggest_button.clicked.connect(self.suggest_number)
        unit_row = QWidget()
        row = QHBoxLayout(unit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.unit_number, 1)
        row.addWidget(self.suggest_button)
        self.add_field(form, "unit_number", self.tr("单位编号"), unit_row,
                       hint=self.tr("6 位行政区划代码 + 6 位顺序号，由经办机构分配"))
        types = QWidget()
        row = QHBoxLayout(types)
        row.setContentsMargins(0, 0, 0, 0)
        self.insurance_boxes: dict[str, QCheckBox] = {}
        for code in INSURANCE_CODES:
            self.insurance_boxes[code] = QCheckBox(insurance_title(code))
            row.addWidget(self.insurance_boxes[code])
        row.addStretch(1)
        self.add_field(form, "insurance_types", self.tr("参保险种"), types)
        return group

    def _employees_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("参保职工"))
        form = QFormLayout(group)
        self.no_employees = QCheckBox(self.tr("暂无雇员（招用职工后 30 日内办理增员）"))
        self.no_employees.toggled.connect(self._sync_enabled)
        self.declared_label = QLabel()  # what the applicant declared at the window
        self.declared_label.setObjectName("hintLabel")
        situation = QWidget()
        row = QHBoxLayout(situation)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_employees)
        row.addSpacing(24)
        row.addWidget(self.declared_label)
        row.addStretch(1)
        self.add_field(form, "no_employees", self.tr("雇员情况"), situation)
        self.employees = EmployeesEditor()
        self.add_field(form, "employees", self.tr("职工名单"), self.employees)
        return group

    def _fund_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("住房公积金"))
        form = QFormLayout(group)
        self.housing_fund = QCheckBox(self.tr("同时办理住房公积金单位缴存登记"))
        self.housing_fund.toggled.connect(self._sync_enabled)
        self.add_field(form, "housing_fund", self.tr("公积金登记"), self.housing_fund)
        self.fund_account = QLineEdit()
        self.fund_account.setMaxLength(20)
        self.fund_account.setPlaceholderText(self.tr("8–20 位数字"))
        self.add_field(form, "fund_account", self.tr("单位账号"), self.fund_account)
        self.fund_ratio = QSpinBox()
        self.fund_ratio.setRange(FUND_RATIO_MIN - 1, FUND_RATIO_MAX)
        self.fund_ratio.setSpecialValueText(self.tr("请选择"))
        self.fund_ratio.setSuffix("%")
        self.add_field(form, "fund_ratio", self.tr("缴存比例"), self.fund_ratio,
                       hint=self.tr("单位和职工各按 {low}%–{high}% 缴存").format(low=FUND_RATIO_MIN,
                                                                        high=FUND_RATIO_MAX))
        return group

    def extra_buttons(self) -> list[QPushButton]:
        self.notice_button = QPushButton(self.tr("打印参保登记办结通知…"))
        self.notice_button.setEnabled(False)
        self.notice_button.clicked.connect(self.choose_notice_path)
        return [self.notice_button]

    # -- reading and collecting ---------------------------------------------------------------------
    def load(self, view: StepView) -> None:
        data = view.data
        fields = view.case_fields
        self.enterprise_label.setText(self._particulars(fields))
        self.unit_number.setText(data.get("unit_number") or "")
        chosen = data.get("insurance_types")
        for code, box in self.insurance_boxes.items():
            box.setChecked(code in chosen if isinstance(chosen, list) else True)  # all five by default
        declared = (fields.get("data.intake") or {}).get("has_employees")  # None: not asked at intake
        self.declared_label.setText(
            "" if declared is None else self.tr("受理时申报：招用员工") if declared else self.tr("受理时申报：暂不招用员工"))
        no_employees = data.get("no_employees")
        if no_employees is None:
            no_employees = declared is False and not data.get("employees")
        self.no_employees.setChecked(bool(no_employees))
        self.employees.set_rows(list(data.get("employees") or []))
        self.housing_fund.setChecked(data.get("housing_fund") is True)
        self.fund_account.setText(data.get("fund_account") or "")
        ratio = data.get("fund_ratio")
        self.fund_ratio.setValue(ratio if isinstance(ratio, int) else self.fund_ratio.minimum())
        self.notice_button.setEnabled(view.state == StepState.DONE)

    def _particulars(self, fields: dict) -> str:
        legal = fields.get("legal_representative") or {}
        parts = [self.tr("统一社会信用代码：{uscc}").format(uscc=fields.get("enterprise.uscc") or self.tr("（未赋码）")),
                 self.tr("住所：{address}").format(address=fields.get("enterprise.address") or "—")]
        if legal:
            parts.append(self.tr("法定代表人：{name}").format(name=legal.get("name", "")))
        return "　".join(parts)

    def collect(self) -> dict:
        fund = self.housing_fund.isChecked()
        ratio = self.fund_ratio.value()
        return {
            "unit_number": self.unit_number.text().strip(),
            "insurance_types": [code for code, box in self.insurance_boxes.items() if box.isChecked()],
            "no_employees": self.no_employees.isChecked(),
            "employees": self.employees.rows(),
            "housing_fund": fund,
            "fund_account": self.fund_account.text().strip() if fund else None,
            "fund_ratio": ratio if fund and ratio >= FUND_RATIO_MIN else None,
        }

    # -- what may be edited ---------------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        # the list stays readable (scrolling, tooltips) when it may not be changed; IDs are shown in
        # full only to whoever is working the step
        self.employees.setEnabled(True)
        self.employees.set_editable(editable and not self.no_employees.isChecked(), masked=not editable)
        self._sync_enabled()

    def _sync_enabled(self, *_args) -> None:
        editable = self.editable
        fund = editable and self.housing_fund.isChecked()
        self.fund_account.setEnabled(fund)
        self.fund_ratio.setEnabled(fund)
        self.employees.set_editable(editable and not self.no_employees.isChecked(), masked=not editable)

    # -- actions --------------------------------------------------------------------------------------
    def suggest_number(self) -> None:
        view, user = self.view, self.user
        if view is None or not self.editable:
            return
        operations.run_query(self, lambda: suggest_unit_number(view.id, user), on_success=self.unit_number.setText,
                             on_failure=self._failed)

    def choose_notice_path(self) -> None:
        if self.view is None:
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = folder / self.tr("社保登记办结通知_{number}.pdf").format(number=self.view.case_number)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存办结通知"), str(suggested), self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.print_notice_to(Path(path).with_suffix(".pdf"))

    def print_notice_to(self, path: Path) -> None:
        """Write the completion notice off the GUI thread, then open it."""
        view, user = self.view, self.user
        if view is None:
            return

        def written(out) -> None:
            if QGuiApplication.platformName() not in HEADLESS:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
            else:
                messages.information(self, self.tr("办结通知已保存：{path}").format(path=out))

        operations.run_op(self, lambda: print_notice(view.id, user, path), on_success=written, notify=False,
                          label=self.tr("正在生成办结通知…"))


__all__ = ["SocialInsurancePanel"]
