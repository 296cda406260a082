"""The incubator manager's screen (集群托管 > 入驻企业名册): the roster, the seats and the profile of
their incubator; an administrator chooses the incubator. A page of the main window (kaiban_screens),
also opened as a window of its own from the menu."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui import operations
from plugins.incubator.incubators import list_incubators
from plugins.incubator.ui.profile_page import ProfilePage
from plugins.incubator.ui.roster_page import RosterPage
from plugins.incubator.ui.seats_page import SeatsPage


class IncubatorPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incubatorPage")
        title = QLabel(self.tr("入驻企业名册"))
        title.setObjectName("pageTitle")
        self.incubator = QComboBox()
        self.incubator.setObjectName("incubatorChooser")
        self.incubator.setMinimumWidth(240)
        self.roster = RosterPage(ctx)
        self.seats = SeatsPage(ctx)
        self.profile = ProfilePage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster, self.tr("入驻企业"))
        self.tabs.addTab(self.seats, self.tr("工位"))
        self.tabs.addTab(self.profile, self.tr("机构信息"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("孵化机构")))
        header.addWidget(self.incubator)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.incubator.currentIndexChanged.connect(lambda _i: self._choose(self.incubator.currentData()))
        user = ctx.user
        operations.run_query(self, lambda: list_incubators(user), on_success=self._incubators)

    def _incubators(self, rows: list[tuple[int, str]]) -> None:
        self.incubator.blockSignals(True)
        self.incubator.clear()
        for org_id, name in rows:
            self.incubator.addItem(name, org_id)
        self.incubator.setCurrentIndex(max(self.incubator.findData(self.ctx.user.organisation_id), 0))
        self.incubator.blockSignals(False)
        self.incubator.setEnabled(len(rows) > 1)  # a manager has their own incubator only
        if rows:
            self._choose(self.incubator.currentData())

    def _choose(self, organisation_id: int | None) -> None:
        for page in (self.roster, self.seats, self.profile):
            page.set_organisation(organisation_id)


class IncubatorWindow(QDialog):
    """The page in a window of its own (the menu entry)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incubatorWindow")
        self.setWindowTitle(self.tr("集群托管 · 入驻企业名册"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 720)
        self.page = IncubatorPage(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)


def open_incubator_window(main_window) -> IncubatorWindow:
    """Show the screen (one per main window): raise it when it is open already."""
    window = main_window.findChild(IncubatorWindow) if main_window is not None else None
    if window is None:
        window = IncubatorWindow(main_window.ctx, main_window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
