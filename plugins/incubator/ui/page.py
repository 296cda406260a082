"""The base of the incubator screen's tabs: each shows one incubator, read off the GUI thread and
read again after every change (while it is visible)."""
from __future__ import annotations

from typing import Any, Callable

from PyQt6.QtWidgets import QWidget

from app.ui import operations


class IncubatorPage(QWidget):
    """Subclasses implement ``query(organisation_id, user)`` — called on the GUI thread, it returns
    the read to run on a worker (so it captures the filters' values) — and ``show_data(result)``."""
    #: read again after other operations (a form with edits of its own says False)
    FOLLOW_CHANGES = True

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.organisation_id: int | None = None
        if self.FOLLOW_CHANGES:
            operations.ReloadAfterOperations(self, self.reload)

    def set_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        self.reload()

    def reload(self) -> None:
        if self.organisation_id is not None:
            operations.run_query(self, self.query(self.organisation_id, self.ctx.user), on_success=self.show_data)

    def query(self, organisation_id: int, user) -> Callable[[], Any]:
        raise NotImplementedError

    def show_data(self, result) -> None:
        raise NotImplementedError
