"""逾期容缺承诺: materials accepted on the applicant's promise whose date has passed, across all cases,
with whom to call; double-click opens the case."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui import operations
from app.ui.case_view import make_table
from app.ui.formatting import format_datetime
from plugins.registration.promises import PromiseRow, overdue_promises

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OverduePromisesDialog(QDialog):
    def __init__(self, ctx, window: QWidget | None = None):
        super().__init__(window)
        self.ctx = ctx
        self.window_ref = window
        self.rows: list[PromiseRow] | None = None
        self.table = None
        self.setObjectName("overduePromisesDialog")
        self.setWindowTitle(self.tr("逾期容缺承诺"))
        self.resize(1000, 460)
        self.summary = QLabel(self.tr("正在读取…"))
        self.summary.setObjectName("sectionTitle")
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.body = QWidget()  # holds the table once there is one
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        operations.run_query(self, overdue_promises, on_success=self.show_rows, on_failure=self._failed)

    def _failed(self, failure: operations.Failure) -> None:
        self.error.setText(failure.message())
        self.error.setVisible(True)

    def show_rows(self, rows: list[PromiseRow]) -> None:
        self.rows = rows
        if self.table is not None:
            self.body_layout.removeWidget(self.table)
            self.table.deleteLater()
            self.table = None
        if not rows:
            self.summary.setText(self.tr("没有逾期未补交的材料。"))
            self.resize(460, 160)
            return
        self.summary.setText(self.tr("共 {n} 项材料逾期未补交，请联系申请人。双击可打开办件。").format(n=len(rows)))
        table = make_table([self.tr("办件编号"), self.tr("企业名称"), self.tr("材料"), self.tr("承诺补交日期"),
                            self.tr("逾期天数"), self.tr("联系人"), self.tr("联系电话")],
                           [[r.case_number, r.enterprise_name, r.material_name, format_datetime(r.promised_by),
                             str(r.days_overdue), r.contact_name, r.contact_mobile] for r in rows], stretch=2)
        table.setObjectName("overduePromises")
        for i, row in enumerate(rows):
            table.model().item(i, 0).setData(row.case_id, CASE_ID_ROLE)
        table.doubleClicked.connect(self._open_case)
        self.body_layout.addWidget(table)
        self.resize(max(self.width(), 1000), max(self.height(), 460))
        self.table = table

    def _open_case(self, index) -> None:
        case_id = self.table.model().index(index.row(), 0).data(CASE_ID_ROLE)
        if case_id and self.window_ref is not None and hasattr(self.window_ref, "open_case"):
            self.window_ref.open_case(case_id)
            self.accept()
