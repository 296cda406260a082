"""The plugins' background tasks (``kaiban_background_tasks``) on a running workstation: each
``run(ctx)`` off the GUI thread every ``interval_seconds``; a run still going when the next is due
is not doubled, a run that fails is logged and tried again at the next interval."""
from __future__ import annotations

import logging

from PyQt6.QtCore import QObject, QTimer

from app.ui import operations

log = logging.getLogger(__name__)
MIN_INTERVAL_S = 5


class BackgroundTask(QObject):
    def __init__(self, ctx, spec, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.busy = False
        self.runs = 0
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(max(MIN_INTERVAL_S, int(spec.interval_seconds)) * 1000)
        self.timer.timeout.connect(self.run)
        self.timer.start()

    def run(self) -> None:
        if self.busy:
            return
        self.busy = True
        ctx, spec = self.ctx, self.spec
        operations.run_op(self, lambda: spec.run(ctx), on_success=self._done, on_failure=self._failed,
                          progress=False, notify=True)

    def _done(self, _result) -> None:
        self.busy = False
        self.runs += 1
        self.last_error = ""

    def _failed(self, failure: operations.Failure) -> None:
        self.busy = False
        self.runs += 1
        self.last_error = failure.message()
        log.warning("background task %s failed: %s", self.spec.key, failure.details)


def start_background_tasks(ctx, parent: QObject) -> list[BackgroundTask]:
    """One BackgroundTask per spec the enabled plugins offer (a plugin whose hook raises is
    isolated by the plugin host and offers none)."""
    return [BackgroundTask(ctx, spec, parent) for spec in ctx.host.call("kaiban_background_tasks")]
