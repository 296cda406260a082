"""The tax form's compound fields: the tax types to register (check boxes) and one invoice kind
of the first grant (granted or not, how many a month, per-invoice limit or monthly quota)."""
from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QSpinBox, QWidget

from plugins.tax import catalogue as cat

TAX_TYPE_COLUMNS = 3


class TaxTypesBox(QWidget):
    """A check box per tax type the form offers; the mandatory ones are always ticked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(cat.FORM_TAX_TYPES):
            box = QCheckBox(cat.tax_type_title(code))
            box.setObjectName(f"taxType_{code}")
            if code in cat.MANDATORY_TAX_TYPES:
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip(self.tr("每户纳税人都须登记"))
            self.boxes[code] = box
            grid.addWidget(box, i // TAX_TYPE_COLUMNS, i % TAX_TYPE_COLUMNS)

    def set_company_type(self, company_type: str) -> None:
        """Name the income tax as the enterprise's legal form has it."""
        self.boxes[cat.INCOME_TAX].setText(cat.form_tax_type_title(cat.INCOME_TAX, company_type))

    def set_codes(self, codes) -> None:
        chosen = set(codes or ())
        for code, box in self.boxes.items():
            box.setChecked(code in chosen or code in cat.MANDATORY_TAX_TYPES)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class InvoiceRow(QWidget):
    """One invoice kind: granted or not, and its quantity and per-invoice limit (paper kinds) or
    its monthly quota (fully digitalised invoices)."""

    changed = pyqtSignal()

    def __init__(self, kind: cat.InvoiceKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"invoice_{kind.code}")
        self.granted = QCheckBox(self.tr("核定"))
        self.quantity = QSpinBox()
        self.limit = QComboBox()
        self.quota = QSpinBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.granted)
        if kind.paper:
            self.quantity.setRange(1, kind.max_quantity)
            self.quantity.setValue(min(25, kind.max_quantity))
            self.quantity.setSuffix(self.tr(" 份/月"))
            self.quantity.setToolTip(self.tr("新办纳税人每月首次领用不超过 {n} 份").format(n=kind.max_quantity))
            for amount in cat.PER_INVOICE_LIMITS:
                self.limit.addItem(self.tr("单份限额 {amount}").format(amount=cat.yuan(amount)), amount)
            self.limit.setCurrentIndex(cat.PER_INVOICE_LIMITS.index(10_000))
            layout.addWidget(self.quantity)
            layout.addWidget(self.limit, 1)
        else:
            self.quota.setRange(cat.DIGITAL_QUOTA_MIN, cat.DIGITAL_QUOTA_MAX)
            self.quota.setSingleStep(10_000)
            self.quota.setGroupSeparatorShown(True)
            self.quota.setValue(cat.DIGITAL_QUOTA_DEFAULTS[cat.SMALL_SCALE])
            self.quota.setPrefix(self.tr("月度总额度 "))
            self.quota.setSuffix(self.tr(" 元"))
            layout.addWidget(self.quota, 1)
        self.granted.toggled.connect(self._sync)
        for signal in (self.granted.toggled, self.quantity.valueChanged, self.limit.currentIndexChanged,
                       self.quota.valueChanged):
            signal.connect(lambda *_: self.changed.emit())
        self._sync()

    def _sync(self) -> None:
        for widget in (self.quantity, self.limit, self.quota):
            widget.setEnabled(self.granted.isChecked())

    def set_allowed(self, allowed: bool, reason: str = "") -> None:
        """A kind this taxpayer may not be granted: unticked, and its box locked with the reason."""
        if not allowed:
            self.granted.setChecked(False)
        self.granted.setEnabled(allowed)
        self.granted.setToolTip("" if allowed else reason)

    def set_row(self, row: dict | None) -> None:
        self.granted.setChecked(row is not None)
        if row is None:
            return
        if self.kind.paper:
            if isinstance(row.get("quantity"), int):
                self.quantity.setValue(row["quantity"])
            index = self.limit.findData(row.get("max_amount"))
            if index >= 0:
                self.limit.setCurrentIndex(index)
        elif isinstance(row.get("quota"), int):
            self.quota.setValue(row["quota"])

    def row(self) -> dict | None:
        if not self.granted.isChecked():
            return None
        if self.kind.paper:
            return {"kind": self.kind.code, "quantity": self.quantity.value(), "max_amount": self.limit.currentData()}
        return {"kind": self.kind.code, "quota": self.quota.value()}


__all__ = ["TaxTypesBox", "InvoiceRow"]
