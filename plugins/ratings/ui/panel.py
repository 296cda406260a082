"""The 好差评 tab of a case at the window: every department that worked on the complete case with its
rating, and the form to enter or correct one (the applicant's word, asked at the window)."""
from __future__ import annotations

from PyQt6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                             QVBoxLayout, QWidget)

from app.core.errors import ValidationError
from app.ui import messages, operations
from app.ui.formatting import format_datetime
from app.ui.list_model import ListModel, list_view
from plugins.ratings.common import COMMENT_MAX, LEVELS, channel_title, level_title, state_title
from plugins.ratings.ratings import RatedDepartment, case_ratings, rate


class RatingPanel(QWidget):
    def __init__(self, ctx, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.rows: list[RatedDepartment] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.model = ListModel([
            (self.tr("部门"), lambda r: r.department_name),
            (self.tr("办理机构"), lambda r: r.organisation_name),
            (self.tr("评价"), lambda r: level_title(r.level) if r.level else self.tr("未评价")),
            (self.tr("评价内容"), lambda r: r.comment),
            (self.tr("渠道"), lambda r: channel_title(r.channel) if r.channel else ""),
            (self.tr("评价时间"), lambda r: format_datetime(r.rated_at)),
            (self.tr("差评整改"), lambda r: state_title(r.rectification_state) if r.rectification_state else ""),
        ], self, key=lambda r: r.department_code, tooltips=True)
        self.table = list_view(self.model, stretch=3)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        layout.addWidget(self.table, 1)

        self.form_box = QGroupBox(self.tr("录入或更正评价"))
        form = QFormLayout(self.form_box)
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(self._department_changed)
        self.level = QComboBox()
        self.level.addItem(self.tr("（请选择）"), None)
        for level in LEVELS:
            self.level.addItem(f"{level} {level_title(level)}", level)
        self.comment = QLineEdit()
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("申请人的意见或建议（可不填）"))
        self.errors = {key: messages.error_label() for key in ("department", "level", "comment")}
        for caption, widget, key in ((self.tr("被评价部门"), self.department, "department"),
                                     (self.tr("评价等级"), self.level, "level"),
                                     (self.tr("评价内容"), self.comment, "comment")):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[key])
            form.addRow(caption, box)
        self.error = messages.error_label()
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("保存评价"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addWidget(self.form_box)
        self.form_box.setEnabled(False)
        operations.ReloadAfterOperations(self, self.reload)
        self.reload()

    def reload(self) -> None:
        user = self.ctx.user
        operations.run_query(self, lambda: case_ratings(self.case_id, user), on_success=self.show_rows)

    def show_rows(self, rows: list[RatedDepartment]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.form_box.setEnabled(bool(rows))
        if not rows:
            self.hint.setText(self.tr("办件办结后，请申请人对各部门的服务进行评价（非常满意、满意、基本满意、不满意、非常不满意）。"))
        else:
            rated = sum(1 for r in rows if r.level)
            self.hint.setText(self.tr("已评价 {rated}/{total} 个部门。不满意及以下的评价将转被评价部门整改并答复申请人。").format(
                rated=rated, total=len(rows)))
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        for r in rows:
            self.department.addItem(f"{r.department_name}（{r.organisation_name}）" if r.organisation_name
                                    else r.department_name, r.department_code)
        self.department.blockSignals(False)
        index = self.department.findData(current)
        self.department.setCurrentIndex(max(index, 0))
        self._department_changed()

    def _picked(self, current, _previous=None) -> None:
        if current.isValid():
            self.department.setCurrentIndex(current.row())

    def _row(self) -> RatedDepartment | None:
        code = self.department.currentData()
        return next((r for r in self.rows if r.department_code == code), None)

    def _department_changed(self, _index=None) -> None:
        row = self._row()
        self.level.setCurrentIndex(max(self.level.findData(row.level if row else None), 0))
        self.comment.setText(row.comment if row else "")
        self.save_button.setText(self.tr("更正评价") if row and row.level else self.tr("保存评价"))
        self._show_errors({})

    def _show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.error.setText(general)
        self.error.setVisible(bool(general))

    def save(self) -> None:
        row = self._row()
        if row is None:
            return
        user, level, comment = self.ctx.user, self.level.currentData(), self.comment.text()
        version, code = row.version, row.department_code

        def failed(failure: operations.Failure) -> None:
            if isinstance(failure.error, ValidationError):
                self._show_errors(failure.error.errors)
            else:
                self._show_errors({}, failure.message())

        operations.run_op(self, lambda: rate(self.case_id, code, level, comment, user, version=version),
                          on_success=lambda _outcome: self._show_errors({}), on_failure=failed)

