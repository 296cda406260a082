"""Live updates in the GUI: the step watcher's news as Qt signals on the GUI thread.

:class:`LiveUpdates` runs an :class:`app.core.changes.StepWatcher` on its own thread (a thread
with a connection of its own, never the GUI's) and re-emits what it reports as signals of a
QObject that lives on the GUI thread, so connected slots run there. The shell hands the ids to
every open queue view, which re-reads just those rows off the GUI thread and applies them row by
row (app.ui.queue_model.QueueTableModel.apply_changed_steps).

Set ``KAIBAN_LIVE_UPDATES=0`` to switch live updates off on a workstation (the queues are still
refreshed after the user's own operations and with F5).
"""
from __future__ import annotations

import os

from PyQt6 import sip
from PyQt6.QtCore import QObject, pyqtSignal

from app.core.changes import StepWatcher

ENV_LIVE = "KAIBAN_LIVE_UPDATES"


def live_updates_enabled() -> bool:
    return os.environ.get(ENV_LIVE, "1").strip().lower() not in ("0", "false", "no", "off")


class LiveUpdates(QObject):
    #: ids (a set of int) of steps another connection changed
    steps_changed = pyqtSignal(object)
    #: anything may have changed (first connection, or too much to list): re-read what is shown
    resync_needed = pyqtSignal()
    #: the watcher's connection is up (True) or lost and being re-established (False)
    status_changed = pyqtSignal(bool)

    def __init__(self, url, parent: QObject | None = None, **watcher_options):
        super().__init__(parent)
        # The watcher calls these on its own thread; emitting there queues the signal to this
        # object's (the GUI) thread. Whoever owns this object stops it before deleting it
        # (the main window does on close): a signal must not be emitted into a deleted object.
        self.watcher = StepWatcher(url, self._changed, on_resync=self._resync, on_status=self._status,
                                   **watcher_options)

    def _changed(self, ids: set[int]) -> None:
        if not sip.isdeleted(self):
            self.steps_changed.emit(ids)

    def _resync(self) -> None:
        if not sip.isdeleted(self):
            self.resync_needed.emit()

    def _status(self, connected: bool) -> None:
        if not sip.isdeleted(self):
            self.status_changed.emit(connected)

    def start(self) -> "LiveUpdates":
        self.watcher.start()
        return self

    def stop(self, wait: bool = True, timeout: float = 1.0) -> None:
        """Stop the watcher; with ``wait`` (the default) no signal is emitted after this returns.
        (It stops within 250 ms, unless it hangs on a dead network: then it is left behind after
        ``timeout``, and its late news is dropped.)"""
        self.watcher.stop(wait=wait, timeout=timeout)

    @property
    def connected(self) -> bool:
        return self.watcher.connected
