"""The seal company's processing form (a tab of the case view): the enterprise and the company,
the seal set, the portrait-capture appointment and the hand-over, and the completion notice.

Claim, save, complete, hold and return come from :class:`app.ui.step_panel.StepPanel`; the data's
rules are :mod:`plugins.seal.validation`, shared with the services."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QStandardPaths, Qt, QUrl
from PyQt6.QtGui import QDesktopServices, QGuiApplication
from PyQt6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.carriers import carrier_title
from app.core.models import StepState
from app.core.step_work import WORKABLE, StepView
from app.ui import operations
from app.ui.formatting import format_datetime
from app.ui.step_panel import StepPanel
from plugins.seal import catalogue
from plugins.seal.catalogue import CARRIERS, MAIL, PICKUP
from plugins.seal.notice import write_completion_notice
from plugins.seal.ui.seal_table import SealSetEditor
from plugins.seal.validation import HANDOVER_FIELDS, seal_problems
from plugins.seal.work import SealPanelExtra, panel_extra

HEADLESS_PLATFORMS = ("offscreen", "minimal")
HANDOVER_NAMES = ("recipient_name", "recipient_id_last4", "carrier", "waybill_no", "recipient_mobile", "address")


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


class SealPanel(StepPanel):
    STEP_TYPE = catalogue.STEP_TYPE
    #: the last completion notice written
    notice_path: Path | None = None

    # -- the form -----------------------------------------------------------------------------
    def build_form(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self._build_case_box(), 3)
        top.addWidget(self._build_portrait_box(), 2)
        layout.addLayout(top)
        layout.addWidget(self._build_seal_box())
        layout.addWidget(self._build_handover_box())
        return body

    def _build_case_box(self) -> QGroupBox:
        box, form = _group(self.tr("办件与承办企业"))
        self.enterprise_label = QLabel("—")
        self.uscc_label = QLabel("—")
        self.legal_label = QLabel("—")
        self.company_label = QLabel("—")
        self.company_label.setWordWrap(True)
        self.price_label = QLabel("—")
        for label in (self.enterprise_label, self.uscc_label, self.legal_label, self.company_label, self.price_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("企业名称"), self.enterprise_label)
        form.addRow(self.tr("统一社会信用代码"), self.uscc_label)
        form.addRow(self.tr("法定代表人"), self.legal_label)
        form.addRow(self.tr("刻章企业"), self.company_label)
        form.addRow(self.tr("免费套章单价"), self.price_label)
        return box

    def _build_portrait_box(self) -> QGroupBox:
        box, form = _group(self.tr("人像采集"))
        self.booking_label = QLabel(self.tr("尚未预约"))
        self.booking_label.setWordWrap(True)
        self.book_button = QPushButton(self.tr("预约人像采集…"))
        self.book_button.clicked.connect(self.book_portrait)
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.booking_label)
        row_layout.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("现场预约"), row)
        self.portrait_check = self.add_field(form, "portrait_captured", self.tr("采集情况"),
                                             QCheckBox(self.tr("已完成经办人人像采集")),
                                             hint=self.tr("公安印章备案须采集法定代表人或经办人人像。"))
        return box

    def _build_seal_box(self) -> QGroupBox:
        box, form = _group(self.tr("刻制与备案"))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.seal_editor = SealSetEditor()
        self.add_field(form, "seals", self.tr("印章清单"), self.seal_editor,
                       hint=self.tr("公章、财务专用章、发票专用章、合同专用章为政府购买的免费套章；法定代表人名章由申请人自费。"
                                    "备案号为公安机关印章备案的 13 位编码（6 位行政区划代码 + 7 位顺序号）。"))
        return box

    def _build_handover_box(self) -> QGroupBox:
        box, self.handover_form = _group(self.tr("交付"))
        form = self.handover_form
        methods = QWidget()
        methods_layout = QHBoxLayout(methods)
        methods_layout.setContentsMargins(0, 0, 0, 0)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        for code in (PICKUP, MAIL):
            button = QRadioButton(catalogue.method_title(code))
            self.method_group.addButton(button)
            self.method_buttons[code] = button
            methods_layout.addWidget(button)
            button.toggled.connect(self._method_changed)
        methods_layout.addStretch(1)
        self.add_field(form, "handover.method", self.tr("交付方式"), methods,
                       hint=self.tr("交付时间以办结时间为准；免费寄递的邮费由政务服务中心承担。"))
        self.handover_edits: dict[str, QLineEdit | QComboBox] = {}
        self.handover_edits["recipient_name"] = self.add_field(form, "handover.recipient_name", self.tr("领取人姓名"),
                                                               QLineEdit())
        last4 = QLineEdit()
        last4.setMaxLength(4)
        last4.setPlaceholderText(self.tr("如 123X"))
        self.handover_edits["recipient_id_last4"] = self.add_field(form, "handover.recipient_id_last4",
                                                                   self.tr("身份证号码后四位"), last4)
        carrier = QComboBox()
        carrier.addItem(self.tr("请选择"), "")
        for code in CARRIERS:
            carrier.addItem(carrier_title(code), code)
        self.handover_edits["carrier"] = self.add_field(form, "handover.carrier", self.tr("承运方"), carrier)
        self.handover_edits["waybill_no"] = self.add_field(form, "handover.waybill_no", self.tr("运单号"), QLineEdit())
        self.handover_edits["recipient_mobile"] = self.add_field(form, "handover.recipient_mobile",
                                                                 self.tr("收件人手机"), QLineEdit())
        self.handover_edits["address"] = self.add_field(form, "handover.address", self.tr("寄递地址"), QLineEdit())
        self._show_method_rows("")
        return box

    def extra_buttons(self) -> list[QPushButton]:
        self.notice_button = QPushButton(self.tr("打印办结通知…"))
        self.notice_button.setEnabled(False)
        self.notice_button.clicked.connect(self.print_notice)
        return [self.notice_button]

    # -- hand-over rows --------------------------------------------------------------------------
    def method(self) -> str:
        return next((code for code, button in self.method_buttons.items() if button.isChecked()), "")

    def set_method(self, method: str) -> None:
        self.method_group.setExclusive(False)
        for code, button in self.method_buttons.items():
            button.setChecked(code == method)
        self.method_group.setExclusive(True)
        self._show_method_rows(method)

    def _method_changed(self, _checked: bool = False) -> None:
        self._show_method_rows(self.method())

    def _show_method_rows(self, method: str) -> None:
        shown = set(HANDOVER_FIELDS.get(method, ()))
        for name, widget in self.handover_edits.items():
            self.handover_form.setRowVisible(widget.parentWidget(), name in shown)
        label = self.handover_form.labelForField(self.handover_edits["recipient_name"].parentWidget())
        if label is not None:
            label.setText(self.tr("收件人姓名") if method == MAIL else self.tr("领取人姓名"))

    def _handover_value(self, name: str) -> str:
        widget = self.handover_edits[name]
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        text = widget.text().strip()
        return text.upper() if name in ("recipient_id_last4", "waybill_no") else text

    def _set_handover_value(self, name: str, value: str) -> None:
        widget = self.handover_edits[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value or "")))
        else:
            widget.setText(value or "")

    # -- StepPanel ------------------------------------------------------------------------------
    def load_extra(self, view: StepView) -> SealPanelExtra:
        return panel_extra(view, self.user, self.graph)

    def load(self, view: StepView) -> None:
        data, fields = view.data, view.case_fields
        extra: SealPanelExtra | None = self.extra
        self.enterprise_label.setText(fields.get("enterprise.name") or view.enterprise_name or "—")
        self.uscc_label.setText(fields.get("enterprise.uscc") or self.tr("（尚未赋码）"))
        legal = fields.get("legal_representative") or {}
        self.legal_label.setText(self.tr("{name}（身份证 {id}）").format(name=legal.get("name", ""),
                                                                     id=legal.get("id_number") or "—")
                                 if legal else "—")
        self._show_company(extra)
        self._show_bookings(extra)
        seals = data.get("seals")
        if not isinstance(seals, list):  # a step being worked starts from the free set
            seals = catalogue.default_set() if view.state in WORKABLE else []
        self.seal_editor.set_seals(seals)
        self.portrait_check.setChecked(bool(data.get("portrait_captured")))
        handover = data.get("handover") if isinstance(data.get("handover"), dict) else {}
        for name in HANDOVER_NAMES:
            self._set_handover_value(name, handover.get(name, ""))
        self.set_method(handover.get("method", ""))
        self.notice_button.setEnabled(view.state == StepState.DONE)
        self.book_button.setEnabled(view.state in WORKABLE)

    def _show_company(self, extra: SealPanelExtra | None) -> None:
        company = extra.company if extra else None
        if company is None:
            self.company_label.setText("—")
            self.price_label.setText("—")
            return
        parts = [company.name]
        if company.licence_no:
            parts.append(self.tr("许可证 {no}").format(no=company.licence_no))
        if company.opening_hours:
            parts.append(company.opening_hours)
        self.company_label.setText("\n".join(parts))
        self.price_label.setText(self.tr("{price} 元/套").format(price=company.unit_price)
                                 if company.unit_price is not None else self.tr("未设置（请主管在“刻章企业信息”中设置）"))

    def _show_bookings(self, extra: SealPanelExtra | None) -> None:
        bookings = extra.bookings if extra else ()
        if not bookings:
            self.booking_label.setText(self.tr("尚未预约人像采集"))
            return
        self.booking_label.setText("\n".join(
            self.tr("已预约 {start}–{end}").format(start=format_datetime(b.starts_at), end=f"{b.ends_at:%H:%M}")
            for b in bookings))

    def collect(self) -> dict:
        method = self.method()
        handover: dict = {"method": method or None}
        for name in HANDOVER_NAMES:
            value = self._handover_value(name) if method and name in HANDOVER_FIELDS[method] else ""
            handover[name] = value or None
        return {"seals": self.seal_editor.seals(), "portrait_captured": self.portrait_check.isChecked(),
                "handover": handover}

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.seal_editor.setEnabled(True)  # a done set stays readable and scrollable
        self.seal_editor.set_editable(editable)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        text = errors.get("seals", "")
        problems = seal_problems(self.seal_editor.seals(), completing=True) if text else {}
        self.seal_editor.show_problems({cell: m for cell, m in problems.items() if m in text})
        for key, widget in self._field_widgets.items():
            if isinstance(widget, (QLineEdit, QComboBox, QCheckBox)) and bool(widget.property("invalid")) != bool(
                    errors.get(key)):
                widget.setProperty("invalid", bool(errors.get(key)))
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    # -- actions ----------------------------------------------------------------------------------
    def book_portrait(self) -> None:
        from app.ui.dialogs.appointments import AppointmentDialog

        if self.view is None:
            return
        dialog = AppointmentDialog(self.ctx, self.case_id, self, case_number=self.view.case_number)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._reload_unless_dirty())
        dialog.open()

    def choose_notice_path(self) -> Path | None:
        view = self.view
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存办结通知"),
                                                    str(folder / f"印章刻制办结通知_{view.case_number}.pdf"),
                                                    self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        return Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")

    def print_notice(self) -> None:
        view = self.view
        if view is None or view.state != StepState.DONE:
            return
        path = self.choose_notice_path()
        if path is None:
            return
        step_id, user = view.id, self.user

        def written(out) -> None:
            self.notice_path = Path(out)
            if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

        operations.run_op(self, lambda: write_completion_notice(step_id, user, path), on_success=written,
                          on_failure=self._failed, notify=False, label=self.tr("正在生成办结通知…"))


__all__ = ["SealPanel"]
