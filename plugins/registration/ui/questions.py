"""The guided intake's questions (智能引导): company type, employees, invoices, the industries of the
business scope (searched in the GB/T 4754 catalogue) and the address type. The answers decide the
material checklist."""
from __future__ import annotations

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.plugin_api import IntakeAnswers
from plugins.registration.reference import ADDRESS_TYPES, company_types, industry_catalogue
from plugins.registration.ui.widgets import YesNo

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 200
MAX_RESULTS = 80


class IndustryPicker(QWidget):
    """Search the catalogue on the left, the chosen industries on the right."""
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = industry_catalogue()
        self.search = QLineEdit()
        self.search.setObjectName("industrySearch")
        self.search.setPlaceholderText(self.tr("输入行业名称或代码搜索，如：软件、餐饮、5261"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("industryResults")
        self.chosen = QListWidget()
        self.chosen.setObjectName("industryChosen")
        self.add_button = QPushButton(self.tr("添加 →"))
        self.remove_button = QPushButton(self.tr("← 移除"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)

        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        chosen_caption = QLabel(self.tr("已选行业（决定经营范围和办结时限）"))
        chosen_caption.setObjectName("hintLabel")
        grid.addWidget(chosen_caption, 0, 2)
        grid.addWidget(self.results, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.chosen, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_results)
        self.search.textChanged.connect(self._timer.start)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.results.itemDoubleClicked.connect(lambda item: self.add(item.data(CODE_ROLE)))
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        self.refresh_results()

    def refresh_results(self) -> None:
        self._timer.stop()
        self.results.clear()
        for industry in self.catalogue.search(self.search.text(), limit=MAX_RESULTS):
            item = QListWidgetItem(industry.label)
            item.setData(CODE_ROLE, industry.code)
            if industry.level == "division":
                item.setToolTip(self.tr("大类：包含其下各小类"))
            self.results.addItem(item)

    def codes(self) -> tuple[str, ...]:
        return tuple(self.chosen.item(i).data(CODE_ROLE) for i in range(self.chosen.count()))

    def add(self, code: str) -> bool:
        industry = self.catalogue.get(code)
        if industry is None or not self.catalogue.exists(code) or code in self.codes():
            return False
        item = QListWidgetItem(industry.label)
        item.setData(CODE_ROLE, code)
        self.chosen.addItem(item)
        self.changed.emit()
        return True

    def add_selected(self) -> None:
        for item in self.results.selectedItems():
            self.add(item.data(CODE_ROLE))

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def set_codes(self, codes) -> None:
        self.chosen.clear()
        for code in codes:
            self.add(code)
        self.changed.emit()

    def names(self) -> list[str]:
        return [self.catalogue.name(code) for code in self.codes()]


class QuestionsWidget(QWidget):
    """The five questions; ``answers()`` is None until every one is answered."""
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.company_type = QComboBox()
        self.company_type.setObjectName("companyType")
        self.company_type.addItem(self.tr("请选择企业类型…"), None)
        for code, title in company_types().items():
            self.company_type.addItem(title, code)
        self.employees = YesNo()
        self.invoices = YesNo()
        self.industries = IndustryPicker()
        self.address_group = QButtonGroup(self)
        self.address_buttons: dict[str, QRadioButton] = {}
        address_row = QHBoxLayout()
        for code, title in ADDRESS_TYPES.items():
            button = QRadioButton(title)
            self.address_group.addButton(button)
            self.address_buttons[code] = button
            address_row.addWidget(button)
        address_row.addStretch(1)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("hintLabel")
        self.missing_label.setWordWrap(True)

        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("企业类型"), self.company_type)
        form.addRow(self.tr("是否招用员工"), self.employees)
        form.addRow(self.tr("是否需要领用发票"), self.invoices)
        form.addRow(self.tr("住所类型"), address_row)
        form.addRow(self.tr("经营行业"), self.industries)
        form.addRow("", self.missing_label)

        self.company_type.currentIndexChanged.connect(lambda _i: self._changed())
        self.employees.changed.connect(self._changed)
        self.invoices.changed.connect(self._changed)
        self.address_group.buttonToggled.connect(lambda *_: self._changed())
        self.industries.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        missing = self.missing()
        self.missing_label.setText(self.tr("尚未回答：{items}").format(items="、".join(missing)) if missing else "")
        self.changed.emit()

    def address_type(self) -> str | None:
        return next((code for code, button in self.address_buttons.items() if button.isChecked()), None)

    def missing(self) -> list[str]:
        missing = []
        if self.company_type.currentData() is None:
            missing.append(self.tr("企业类型"))
        if self.employees.value() is None:
            missing.append(self.tr("是否招用员工"))
        if self.invoices.value() is None:
            missing.append(self.tr("是否需要领用发票"))
        if self.address_type() is None:
            missing.append(self.tr("住所类型"))
        if not self.industries.codes():
            missing.append(self.tr("经营行业（至少选择一个）"))
        return missing

    def answers(self) -> IntakeAnswers | None:
        if self.missing():
            return None
        return IntakeAnswers(company_type=self.company_type.currentData(), has_employees=self.employees.value(),
                             needs_invoices=self.invoices.value(), industry_codes=self.industries.codes(),
                             address_type=self.address_type())

    def set_address_type(self, code: str) -> None:
        button = self.address_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def set_answers(self, answers: IntakeAnswers) -> None:
        index = self.company_type.findData(answers.company_type)
        self.company_type.setCurrentIndex(max(index, 0))
        self.employees.set_value(answers.has_employees)
        self.invoices.set_value(answers.needs_invoices)
        button = self.address_buttons.get(answers.address_type)
        if button is not None:
            button.setChecked(True)
        self.industries.set_codes(answers.industry_codes)
