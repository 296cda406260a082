"""The case view: header, basic information, materials, workflow and the plugins' panels."""
from __future__ import annotations

import traceback
from decimal import Decimal

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QStandardItem, QStandardItemModel
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.core.cases import CaseDetail, case_detail, case_state_title
from app.core.fields import CASE_FIELDS, MASKED_FIELDS, reveal_field
from app.ui import messages, operations
from app.ui.formatting import format_datetime, step_state_title
from app.ui.timeline import TimelineStrip
from app.ui.messages import error_label

MATERIAL_STATE_TITLES = {"received": QT_TRANSLATE_NOOP("CaseView", "已收取"), "required": QT_TRANSLATE_NOOP("CaseView", "待收取"), "promised": QT_TRANSLATE_NOOP("CaseView", "容缺承诺")}
EVENT_TITLES = {
    "created": QT_TRANSLATE_NOOP("CaseView", "生成事项"), "ready": QT_TRANSLATE_NOOP("CaseView", "进入待办"), "claimed": QT_TRANSLATE_NOOP("CaseView", "领取"), "released": QT_TRANSLATE_NOOP("CaseView", "退回队列"), "completed": QT_TRANSLATE_NOOP("CaseView", "办结"),
    "held": QT_TRANSLATE_NOOP("CaseView", "挂起"), "resumed": QT_TRANSLATE_NOOP("CaseView", "恢复办理"), "returned": QT_TRANSLATE_NOOP("CaseView", "退回补正"), "cancelled": QT_TRANSLATE_NOOP("CaseView", "撤销"),
    "reassigned": QT_TRANSLATE_NOOP("CaseView", "改派"), "edited": QT_TRANSLATE_NOOP("CaseView", "修改办理信息"),
    "lease_expired": QT_TRANSLATE_NOOP("CaseView", "领取超时，回到队列"),
}
CHANNEL_TITLES = {"window": QT_TRANSLATE_NOOP("CaseView", "窗口受理"), "online": QT_TRANSLATE_NOOP("CaseView", "网上申报")}
COMPANY_TYPE_TITLES = {"limited_company": QT_TRANSLATE_NOOP("CaseView", "有限责任公司"), "sole_proprietorship": QT_TRANSLATE_NOOP("CaseView", "个人独资企业"),
                       "partnership": QT_TRANSLATE_NOOP("CaseView", "合伙企业"), "individual_business": QT_TRANSLATE_NOOP("CaseView", "个体工商户")}


def _title(table: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    return QCoreApplication.translate("CaseView", table[key]) if key in table else key


def _capital(value) -> str:
    if value is None:
        return ""
    amount = Decimal(value) / 10000
    return QCoreApplication.translate("CaseView", "{amount} 万元").format(amount=f"{amount.normalize():f}")


def make_table(headers: list[str], rows: list[list[str]], *, stretch: int | None = None) -> QTableView:
    """A read-only table for the small lists of a case (not for queues: those page in SQL)."""
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QStandardItem(value)
            item.setEditable(False)
            model.setItem(r, c, item)
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        view.horizontalHeader().setStretchLastSection(True)
    return view


class CaseView(QWidget):
    """Shows one case; loads it off the GUI thread and reloads after every operation."""

    def __init__(self, ctx, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.case_id = case_id
        self.graph = ctx.graph  # the step types' declarations, built on the GUI thread
        self.detail: CaseDetail | None = None
        self.field_labels: dict[str, QLabel] = {}
        self.reveal_buttons: dict[str, QPushButton] = {}
        self.timeline_strip: TimelineStrip | None = None
        self.setObjectName("caseView")

        self.number_label = QLabel(self.tr("正在加载办件…"))
        self.number_label.setObjectName("pageTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateBadge")
        self.enterprise_label = QLabel()
        self.enterprise_label.setObjectName("caseEnterprise")
        self.enterprise_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uscc_label = QLabel()
        self.uscc_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = error_label()

        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.state_label)
        head.addStretch(1)
        self.appointment_button = QPushButton(self.tr("预约…"))
        self.appointment_button.setObjectName("appointmentButton")
        self.appointment_button.setToolTip(self.tr("预约刻章、银行开户等现场办理的时间"))
        self.appointment_button.setEnabled(False)
        self.appointment_button.clicked.connect(self.open_appointments)
        head.addWidget(self.appointment_button)
        sub = QHBoxLayout()
        sub.addWidget(self.enterprise_label)
        sub.addSpacing(24)
        sub.addWidget(self.uscc_label)
        sub.addStretch(1)

        self.tabs = QTabWidget()
        self.basic_tab = QWidget()
        self.materials_tab = QWidget()
        self.flow_tab = QWidget()
        for tab in (self.basic_tab, self.materials_tab, self.flow_tab):
            QVBoxLayout(tab).setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.basic_tab, self.tr("基本信息"))
        self.tabs.addTab(self.materials_tab, self.tr("材料"))
        self.tabs.addTab(self.flow_tab, self.tr("流程"))
        self.panel_errors: dict[str, str] = {}
        self._add_plugin_panels()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addLayout(sub)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        self._reloader = operations.ReloadAfterOperations(self, self.reload)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        case_id, user, graph = self.case_id, self.user, self.graph
        operations.run_query(self, lambda: case_detail(case_id, user, graph=graph), on_success=self.show_detail,
                             on_failure=self._failed)

    def _failed(self, failure: operations.Failure) -> None:
        self.error_label.setText(self.tr("无法打开办件：{message}").format(message=failure.message()))
        self.error_label.setVisible(True)
        if self.detail is None:
            self.number_label.setText(self.tr("办件"))

    # -- showing -------------------------------------------------------------------------
    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.error_label.setVisible(False)
        ent = detail.enterprise
        self.number_label.setText(self.tr("办件 {number}").format(number=detail.number))
        self.state_label.setText(case_state_title(detail.state))
        self.state_label.setProperty("state", detail.state)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.enterprise_label.setText(ent.get("name", ""))
        self.uscc_label.setVisible("uscc" in ent)
        self.uscc_label.setText(self.tr("统一社会信用代码：{uscc}").format(uscc=ent.get("uscc") or self.tr("（尚未赋码）")))
        self.appointment_button.setEnabled(detail.state not in ("complete", "cancelled"))
        self._fill(self.basic_tab, self._basic(detail))
        self._fill(self.materials_tab, self._materials(detail))
        self._fill(self.flow_tab, self._flow(detail))

    @staticmethod
    def _fill(tab: QWidget, content: QWidget) -> None:
        layout = tab.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        layout.addWidget(content)

    def _basic(self, detail: CaseDetail) -> QWidget:
        """The fields this user may read (point to point: the others never arrived); a resident ID
        number or mobile shows masked, with a button that reveals it (and logs the reveal)."""
        ent = detail.enterprise
        box = QWidget()
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        self.field_labels, self.reveal_buttons = {}, {}

        def row(label: str, value: str, field: str | None = None) -> None:
            value_label = QLabel(value or "—")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if field is None:
                form.addRow(label, value_label)
                return
            self.field_labels[field] = value_label
            if field not in MASKED_FIELDS or not value:
                form.addRow(label, value_label)
                return
            button = QPushButton(self.tr("显示"))
            button.setObjectName("revealButton")
            button.setToolTip(self.tr("显示完整信息（查看记录将写入审计日志）"))
            button.clicked.connect(lambda _checked=False, f=field: self.reveal(f))
            self.reveal_buttons[field] = button
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(value_label)
            line.addWidget(button)
            line.addStretch(1)
            form.addRow(label, line)

        enterprise_rows = (
            ("name", self.tr("企业名称"), lambda v: v),
            ("uscc", self.tr("统一社会信用代码"), lambda v: v),
            ("company_type", self.tr("企业类型"), lambda v: _title(COMPANY_TYPE_TITLES, v)),
            ("registered_capital", self.tr("注册资本"), _capital),
            ("address", self.tr("住所"), lambda v: v),
            ("business_scope", self.tr("经营范围"), lambda v: v),
        )
        for key, label, show in enterprise_rows:
            if key in ent:
                row(label, show(ent[key]), f"enterprise.{key}")
        people = ((detail.legal_representative, "legal_representative",
                   (self.tr("法定代表人"), self.tr("身份证号码"), self.tr("手机号码"))),
                  (detail.contact, "contact", (self.tr("联系人"), self.tr("联系人身份证号码"), self.tr("联系人手机"))))
        for person, prefix, labels in people:
            for key, label in zip(("name", "id_number", "mobile"), labels):
                if person and key in person:
                    row(label, person[key], f"{prefix}.{key}")
        if detail.shareholders is not None:
            row(self.tr("股东"), "、".join(self.tr("{name}（{share}%）").format(name=s["name"], share=s["share"])
                                          for s in detail.shareholders), "shareholders")
        row(self.tr("受理渠道"), _title(CHANNEL_TITLES, detail.channel))
        row(self.tr("申请时间"), format_datetime(detail.created_at))
        row(self.tr("办结时间"), format_datetime(detail.completed_at))
        if not set(CASE_FIELDS) <= detail.fields:
            note = QLabel(self.tr("按点对点推送规则，仅显示本机构办理事项所需的信息。"))
            note.setObjectName("hintLabel")
            note.setWordWrap(True)
            form.addRow("", note)
        return box

    # -- revealing masked data ---------------------------------------------------------
    def reveal(self, field: str) -> None:
        """Show one masked value in clear (the service checks the right and logs the reveal)."""
        button = self.reveal_buttons.get(field)
        if button is not None:
            button.setEnabled(False)
        case_id, user, graph = self.case_id, self.user, self.graph

        def failed(failure: operations.Failure) -> None:
            if button is not None:
                button.setEnabled(True)
            messages.error(self, failure.message(), None if failure.is_expected else failure.details)

        operations.run_op(self, lambda: reveal_field(case_id, user, field, graph=graph),
                          on_success=lambda value: self._revealed(field, value), on_failure=failed,
                          progress=False, notify=False)

    def _revealed(self, field: str, value: str) -> None:
        label = self.field_labels.get(field)
        if label is not None:
            label.setText(value)
            label.setProperty("revealed", True)
        button = self.reveal_buttons.get(field)
        if button is not None:
            button.hide()

    def open_appointments(self) -> None:
        from app.ui.dialogs.appointments import AppointmentDialog

        dialog = AppointmentDialog(self.ctx, self.case_id, self,
                                   case_number=self.detail.number if self.detail else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.appointment_dialog = dialog

    def _materials(self, detail: CaseDetail) -> QWidget:
        rows = [[m["name"], _title(MATERIAL_STATE_TITLES, m["state"]), format_datetime(m["promised_by"])]
                for m in detail.materials]
        table = make_table([self.tr("材料名称"), self.tr("状态"), self.tr("承诺补交日期")], rows, stretch=0)
        table.setObjectName("materialsTable")
        return table

    def _flow(self, detail: CaseDetail) -> QWidget:
        title = self.ctx.step_title
        steps = make_table(
            [self.tr("事项"), self.tr("状态"), self.tr("到达时间"), self.tr("办理时限"), self.tr("办结时间")],
            [[title(s["step_type"]), step_state_title(s["state"]), format_datetime(s["ready_at"]),
              format_datetime(s["due_at"]), format_datetime(s["completed_at"])] for s in detail.steps])
        steps.setObjectName("stepsTable")
        timeline = make_table(
            [self.tr("时间"), self.tr("事项"), self.tr("事件"), self.tr("操作人"), self.tr("备注")],
            [[format_datetime(e.at), title(e.step_type) if e.step_type else "", _title(EVENT_TITLES, e.event),
              e.user, e.note] for e in detail.timeline])
        timeline.setObjectName("timelineTable")
        self.timeline_strip = TimelineStrip()
        self.timeline_strip.set_steps(detail.steps, title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for caption, table in ((self.tr("事项"), steps), (self.tr("办理记录"), timeline)):
            part = QWidget()
            v = QVBoxLayout(part)
            v.setContentsMargins(0, 0, 0, 0)
            label = QLabel(caption)
            label.setObjectName("sectionTitle")
            v.addWidget(label)
            v.addWidget(table)
            splitter.addWidget(part)
        # the steps fit without scrolling (a case has a handful); the history takes the rest
        steps_height = steps.horizontalHeader().sizeHint().height() + 30 * len(detail.steps) + 40
        splitter.setSizes([steps_height, max(200, 2 * steps_height)])
        splitter.setStretchFactor(1, 1)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("办理进度"))
        caption.setObjectName("sectionTitle")
        v.addWidget(caption)
        v.addWidget(self.timeline_strip)
        v.addWidget(splitter, 1)
        return box

    # -- plugin panels -------------------------------------------------------------------
    def _add_plugin_panels(self) -> None:
        specs = self.ctx.host.call("kaiban_case_panels", case_id=self.case_id, user=self.user)
        for spec in sorted(specs, key=lambda s: getattr(s, "order", 100)):
            title = getattr(spec, "title", "") or self.tr("插件")
            try:
                widget = spec.create(self.tabs, self.case_id, self.ctx)
                if not isinstance(widget, QWidget):
                    raise TypeError(f"create() returned {type(widget).__name__}, not a QWidget")
            except Exception as exc:  # noqa: BLE001 - a broken panel must not break the case view
                self.panel_errors[getattr(spec, "key", title)] = traceback.format_exc()
                widget = self._panel_error(title, exc)
            self.tabs.addTab(widget, title)

    def _panel_error(self, title: str, exc: Exception) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        label = QLabel(self.tr("面板“{title}”无法显示：{error}").format(title=title, error=exc))
        label.setObjectName("panelError")
        label.setWordWrap(True)
        details = QPlainTextEdit(traceback.format_exc())
        details.setReadOnly(True)
        layout.addWidget(label)
        layout.addWidget(details, 1)
        return box
