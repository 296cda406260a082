"""The applicant's material checklist (一次性告知): each material once, with the departments that
reuse it, and the one-time notice printed as a PDF."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.plugin_api import IntakeAnswers
from app.ui.case_view import make_table
from plugins.registration.materials import PRODUCED_MATERIALS, checklist_for
from plugins.registration.ui import printing


def department_names(host) -> dict[str, str]:
    """Department code -> name, from the plugins (no database)."""
    names: dict[str, str] = {}
    for spec in host.call("kaiban_departments"):
        names.setdefault(spec.code, spec.name)
    return names


def build_notice(host, answers: IntakeAnswers, clerk: str, enterprise_name: str, path: Path) -> Path:
    """Off the GUI thread: gather the notice (it reads the office's settings) and render it."""
    from plugins.registration.documents import render_checklist_notice
    from plugins.registration.printouts import checklist_notice_data

    data = checklist_notice_data(host, answers, clerk=clerk, enterprise_name=enterprise_name)
    return render_checklist_notice(data, path)


class ChecklistWidget(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.answers: IntakeAnswers | None = None
        self.items = []
        self.enterprise_name = ""
        self.saved_notice: Path | None = None
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("以上材料由综合受理窗口一次收取，在各部门之间共享，申请人无需重复提交。"
                              "标有“可容缺”的材料可以先承诺、后补交。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印一次性告知单…"))
        self.print_button.setObjectName("printNotice")
        self.print_button.setAutoDefault(False)
        self.table_box = QVBoxLayout()
        self.table_box.setContentsMargins(0, 0, 0, 0)
        self.table = None

        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self.table_box, 1)
        layout.addLayout(bottom)
        self.print_button.clicked.connect(self.print_notice)

    def set_answers(self, answers: IntakeAnswers) -> None:
        self.answers = answers
        self.items = checklist_for(self.ctx.host, answers)  # the plugins' hooks: no database
        shown = [item for item in self.items if item.code not in PRODUCED_MATERIALS]
        names = department_names(self.ctx.host)
        rows = [[str(n), item.name, "、".join(names.get(d, d) for d in item.departments),
                 "；".join(item.notes), self.tr("可容缺") if item.deferrable else ""]
                for n, item in enumerate(shown, start=1)]
        table = make_table([self.tr("序号"), self.tr("材料名称"), self.tr("使用部门"), self.tr("说明"),
                            self.tr("容缺受理")], rows, stretch=3)
        table.setObjectName("checklistTable")
        table.setWordWrap(True)
        table.resizeRowsToContents()
        if self.table is not None:
            self.table_box.removeWidget(self.table)
            self.table.deleteLater()
        self.table = table
        self.table_box.addWidget(table)
        shared = sum(1 for item in shown if len(item.departments) > 1)
        self.summary.setText(self.tr("需提交材料共 {n} 项，其中 {shared} 项由多个部门共用，只需提交一次。")
                             .format(n=len(shown), shared=shared))

    def print_notice(self) -> None:
        if self.answers is None:
            return
        host, answers = self.ctx.host, self.answers
        clerk = self.ctx.user.display_name if self.ctx.user else ""
        name = self.enterprise_name

        def saved(path: Path) -> None:
            self.saved_notice = path

        printing.save_pdf(self, self.tr("保存一次性告知单"),
                          self.tr("一次性告知单_{date}.pdf").format(date=f"{dt.date.today():%Y%m%d}"),
                          lambda path: build_notice(host, answers, clerk, name, path), on_saved=saved)
