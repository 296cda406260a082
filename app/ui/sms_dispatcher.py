"""Every workstation sends the SMS outbox now and then: reminders for tomorrow's appointments are
queued and queued messages are handed to the gateway (app.core.notifications), off the GUI thread.
Each message and each reminder is taken by one conditional update, so workstations never double up."""
from __future__ import annotations

from PyQt6.QtCore import QObject, QTimer

from app.ui import operations

DISPATCH_INTERVAL_MS = 60_000


class SmsDispatcher(QObject):
    def __init__(self, ctx, parent: QObject | None = None, *, interval_ms: int = DISPATCH_INTERVAL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.dispatch)
        self.timer.start()

    def dispatch(self) -> None:
        if self.busy:
            return
        self.busy = True
        host = self.ctx.host

        def work():
            from app.core import appointments, notifications

            reminders = appointments.remind_due()
            return reminders, notifications.send_pending(host)

        operations.run_query(self, work, on_success=self._done, on_failure=self._failed)

    def _done(self, _result) -> None:
        self.busy = False
        self.last_error = ""

    def _failed(self, failure: operations.Failure) -> None:
        self.busy = False  # tried again at the next tick (the database may be back by then)
        self.last_error = failure.message()
