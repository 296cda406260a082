"""A stale save, shown: "您的修改" next to "他人的修改（谁、何时）", and the user decides.

``save_step_form(parent, step_id, user, version, data, ...)`` is what a step form calls to save:
it runs ``versioning.save_step_data`` through the operations runner; when someone else changed
the step since the form read it, the ConflictDialog shows both sides and the user either keeps
the other person's values (the form reloads them), saves their own on top of the current
version (a deliberate overwrite, never a silent one), or goes back to editing.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QBrush, QColor, QFont
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import versioning
from app.core.errors import Conflict
from app.ui import messages, operations

DIFFERENT = QColor("#fff3e0")
_MISSING = object()


def format_value(value: Any) -> str:
    if value is _MISSING or value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "是") if value else QCoreApplication.translate(
            "ConflictDialog", "否")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _changed_keys(base: dict | None, current: dict) -> list[str]:
    if base is None:
        return []
    return sorted(k for k in set(base) | set(current) if base.get(k, _MISSING) != current.get(k, _MISSING))


class ConflictDialog(QDialog):
    """``mine``: what the user tried to save; ``conflict.current``: the step as it is now (see
    ``versioning.last_change``); ``base``: the data the form had read, when known, so fields only
    the other person changed are listed too; ``labels``: field key -> title."""

    KEEP_THEIRS = 2  # finished() codes besides QDialog.DialogCode.Rejected (back to editing)
    OVERWRITE = 3

    def __init__(self, mine: dict, conflict: Conflict, parent: QWidget | None = None, *,
                 labels: dict[str, str] | None = None, base: dict | None = None):
        super().__init__(parent)
        self.mine = dict(mine)
        self.current = dict(conflict.current)
        self.theirs = dict(self.current.get("data") or {})
        self.labels = labels or {}
        self.setWindowTitle(self.tr("保存冲突"))
        self.setObjectName("conflictDialog")
        self.resize(640, 380)

        who = self.current.get("changed_by") or self.tr("其他用户")
        changed_at = self.current.get("changed_at")
        when = changed_at.strftime("%Y-%m-%d %H:%M") if isinstance(changed_at, dt.datetime) else ""
        self.heading = QLabel(self.tr("{who}于 {when} 修改了此事项，您的修改尚未保存。\n"
                                      "请对照下表，选择保留哪一方的内容。").format(who=who, when=when))
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)

        self.keys = sorted(set(self.mine) | set(_changed_keys(base, self.theirs)))
        self.table = QTableWidget(len(self.keys), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("您的修改"),
                                              self.tr("他人的修改（{who}，{when}）").format(who=who, when=when)])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(self.keys):
            mine_value = self.mine.get(key, (base or {}).get(key, _MISSING))
            theirs_value = self.theirs.get(key, _MISSING)
            cells = [self.labels.get(key, key), format_value(mine_value), format_value(theirs_value)]
            differs = mine_value != theirs_value
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if differs:
                    item.setBackground(QBrush(DIFFERENT))
                    if column:
                        item.setFont(bold)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox()
        self.overwrite_button = QPushButton(self.tr("保存我的修改（覆盖他人的修改）"))
        self.theirs_button = QPushButton(self.tr("采用他人的修改"))
        self.back_button = QPushButton(self.tr("返回继续编辑"))
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.setDefault(True)
        self.theirs_button.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        self.overwrite_button.clicked.connect(lambda: self.done(self.OVERWRITE))
        self.back_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def row_texts(self) -> list[list[str]]:
        """What the table shows (for tests and screenshots)."""
        return [[self.table.item(r, c).text() for c in range(3)] for r in range(self.table.rowCount())]


def save_step_form(parent: QWidget, step_id: int, user, version: int, data: dict, *,
                   labels: dict[str, str] | None = None, base: dict | None = None,
                   on_saved: Callable[[Any], Any] | None = None,
                   on_reload: Callable[[dict], Any] | None = None, graph=None,
                   on_failure: Callable[[operations.Failure], Any] | None = None) -> None:
    """Save a step form (see the module docstring). ``on_saved(step)`` after a save,
    ``on_reload(current)`` when the user keeps the other person's values (``current`` as in
    ``versioning.last_change``: data, version, who, when). ``graph``: the workflow graph, whose
    step type validates the data; ``on_failure(failure)`` gets every failure but a conflict
    (e.g. a ValidationError for the form to show at its fields) instead of a message box."""

    def failed(failure: operations.Failure) -> None:
        error = failure.error
        if not (isinstance(error, Conflict) and error.current.get("step_id") == step_id):
            if on_failure is not None:
                on_failure(failure)
            else:
                messages.error(parent, failure.message(), None if failure.is_expected else failure.details)
            return
        dialog = ConflictDialog(data, error, parent, labels=labels, base=base)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: decided(result, error.current))
        dialog.open()

    def decided(result: int, current: dict) -> None:
        if result == ConflictDialog.OVERWRITE:  # the user saw the other change and chose theirs over it
            save_step_form(parent, step_id, user, current["version"], data, labels=labels,
                           base=current.get("data"), on_saved=on_saved, on_reload=on_reload, graph=graph,
                           on_failure=on_failure)
        elif result == ConflictDialog.KEEP_THEIRS and on_reload is not None:
            on_reload(current)

    operations.run_op(parent, lambda: versioning.save_step_data(step_id, user, version, data, graph=graph),
                      on_success=on_saved, on_failure=failed,
                      label=QCoreApplication.translate("ConflictDialog", "正在保存…"))
