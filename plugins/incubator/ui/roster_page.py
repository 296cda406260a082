"""入驻企业: the incubator's roster with a state filter and a search; register, edit, move out,
deregister, output values, import and the template."""
from __future__ import annotations

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.list_model import ListModel
from plugins.incubator.common import FirmState, channel_title, state_title
from plugins.incubator.roster import FirmView, list_firms
from plugins.incubator.ui import import_dialog
from plugins.incubator.ui.firm_dialog import FirmDialog, LeaveDialog
from plugins.incubator.ui.output_dialog import OutputDialog
from plugins.incubator.ui.page import IncubatorPage

SEARCH_DELAY_MS = 300


def _day(value) -> str:
    return value.isoformat() if value else ""


class RosterModel(ListModel):
    """The roster's rows (FirmView), by firm."""
    COLUMNS = ("company_name", "legal_rep_name", "seat", "channel", "hosted_from", "state", "left_on", "output",
               "uscc", "licence_date")

    def __init__(self, parent=None):
        super().__init__((), parent)
        titles = [self.tr("企业名称"), self.tr("法定代表人"), self.tr("工位号"), self.tr("来源渠道"),
                  self.tr("入驻日期"), self.tr("状态"), self.tr("迁出/注销日期"), self.tr("最近产值（元）"),
                  self.tr("统一社会信用代码"), self.tr("发照日期")]
        self.columns = [(title, lambda firm, column=column: self.text(firm, column))
                        for title, column in zip(titles, self.COLUMNS)]

    def text(self, firm: FirmView, column: str) -> str:
        if column == "channel":
            return channel_title(firm.source_channel)
        if column == "state":
            return state_title(firm.state)
        if column in ("hosted_from", "left_on", "licence_date"):
            return _day(getattr(firm, column))
        if column == "output":
            return "" if firm.latest_output is None else self.tr("{year} 年 {amount}").format(
                year=firm.latest_output[0], amount=f"{firm.latest_output[1]:,.2f}")
        return str(getattr(firm, column) or "")

    def style(self, firm: FirmView, column: int, role):
        name = self.COLUMNS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "output":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and name == "uscc" and firm.case_number:
            return self.tr("办件 {number}").format(number=firm.case_number)
        return None


class RosterPage(IncubatorPage):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        for code in (FirmState.HOSTED, FirmState.MOVED_OUT, FirmState.DEREGISTERED):
            self.state.addItem(state_title(code), code)
        self.state.addItem(self.tr("全部"), None)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索企业名称、法定代表人或工位号"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.model = RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 70, 65, 95, 85, 50, 95, 135, 150)):
            self.table.setColumnWidth(column, width)

        self.register_button = QPushButton(self.tr("登记入驻…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.move_out_button = QPushButton(self.tr("迁出…"))
        self.deregister_button = QPushButton(self.tr("注销…"))
        self.output_button = QPushButton(self.tr("产值…"))
        self.import_button = QPushButton(self.tr("导入名册…"))
        self.template_button = QPushButton(self.tr("导出模板…"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.register_button, self.edit_button, self.move_out_button, self.deregister_button,
                       self.output_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.register_button.clicked.connect(self.register)
        self.edit_button.clicked.connect(self.edit)
        self.move_out_button.clicked.connect(lambda: self.leave(FirmState.MOVED_OUT))
        self.deregister_button.clicked.connect(lambda: self.leave(FirmState.DEREGISTERED))
        self.output_button.clicked.connect(self.outputs)
        self.import_button.clicked.connect(self.import_roster)
        self.template_button.clicked.connect(lambda: import_dialog.ask_and_export_template(self))
        self._update_buttons()

    def query(self, organisation_id: int, user):
        self._timer.stop()
        state, text = self.state.currentData(), self.search.text()
        return lambda: list_firms(user, organisation_id, state=state, text=text)

    def show_data(self, rows: list[FirmView]) -> None:
        selected = self.current()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 {n} 家").format(n=len(rows)))
        if selected is not None:
            for r, firm in enumerate(rows):
                if firm.id == selected.id:
                    self.table.selectRow(r)
        self._update_buttons()

    def current(self) -> FirmView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        firm = self.current()
        hosted = firm is not None and firm.state == FirmState.HOSTED
        for button in (self.edit_button, self.move_out_button, self.deregister_button):
            button.setEnabled(hosted)
        self.output_button.setEnabled(firm is not None)
        for button in (self.register_button, self.import_button):
            button.setEnabled(self.organisation_id is not None)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def register(self):
        return self._open(FirmDialog(self.ctx, self.organisation_id, None, self))

    def edit(self):
        firm = self.current()
        if firm is not None and firm.state == FirmState.HOSTED:
            return self._open(FirmDialog(self.ctx, self.organisation_id, firm, self))
        return None

    def leave(self, state: str):
        firm = self.current()
        if firm is not None and firm.state == FirmState.HOSTED:
            return self._open(LeaveDialog(self.ctx, firm, state, self))
        return None

    def outputs(self):
        firm = self.current()
        return self._open(OutputDialog(self.ctx, firm, self)) if firm is not None else None

    def import_roster(self) -> None:
        if self.organisation_id is not None:
            import_dialog.ask_and_import(self, self.ctx, self.organisation_id)
