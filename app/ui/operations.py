"""The operations runner: every database call of the GUI goes through here (after Anki's
``aqt.operations``).

``run_op(parent, fn, on_success=...)`` runs ``fn()`` on a QThreadPool worker, shows a
progress dialog when it takes longer than ``PROGRESS_DELAY_MS``, shows a failure in a message
box, hands the result to ``on_success`` on the GUI thread and finally announces the change
with ``hooks.operation_did_execute`` so that views refresh. ``run_query`` is the same for
reads: no progress dialog and no announcement (a refresh must not trigger refreshes).

peewee keeps one connection per thread; a worker closes its thread's connection when the
operation is done, so a pool thread never holds a stale connection (after a server restart
or a switch of database) and SQLite files are not kept open by idle threads.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable

from PyQt6 import sip
from PyQt6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, pyqtSignal, \
    pyqtSlot
from PyQt6.QtWidgets import QProgressDialog, QWidget

from app.core.errors import ServiceError
from app.ui import messages

PROGRESS_DELAY_MS = 300


class OperationSignals(QObject):
    """Announcements of the operations runner (connect views here)."""
    #: emitted on the GUI thread after a changing operation succeeded; the argument is the
    #: operation's initiator (the ``parent`` passed to ``run_op``)
    operation_did_execute = pyqtSignal(object)


hooks = OperationSignals()


@dataclass(frozen=True)
class Failure:
    """An exception raised by an operation, with its formatted traceback."""
    error: BaseException
    details: str

    @property
    def is_expected(self) -> bool:
        """A refusal a service explains itself (ServiceError and ValidationError)."""
        return isinstance(self.error, ServiceError)

    def message(self) -> str:
        if self.is_expected:
            return str(self.error)
        return QCoreApplication.translate("operations", "操作未能完成：{error}").format(
            error=str(self.error).strip().splitlines()[0] if str(self.error).strip() else type(self.error).__name__)


def _close_thread_connection() -> None:
    # The runner owns the worker threads, so it also releases their connections.
    from app.startup import release_thread_connection

    release_thread_connection()


class _Runnable(QRunnable):
    def __init__(self, op: "_Operation"):
        super().__init__()
        self.setAutoDelete(True)
        self._op = op

    def run(self) -> None:
        op = self._op
        result, failure = None, None
        try:
            result = op.fn(op.report_progress) if op.reports_progress else op.fn()
        except BaseException as exc:  # noqa: BLE001 - everything is reported to the user
            failure = Failure(exc, traceback.format_exc())
        finally:
            try:
                _close_thread_connection()
            except Exception:  # noqa: BLE001 - closing must never hide the result
                pass
        op.finished.emit(result, failure)


class _Operation(QObject):
    finished = pyqtSignal(object, object)
    progressed = pyqtSignal(int, int)

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, on_success, on_failure, label: str,
                 progress: bool, notify: bool, reports_progress: bool = False):
        super().__init__()  # no Qt parent: lives in _running until delivered
        self.initiator = parent
        self.fn = fn
        self.reports_progress = reports_progress
        self.last_progress: tuple[int, int] | None = None
        self.on_success = on_success
        self.on_failure = on_failure
        self.label = label
        self.notify = notify
        self.done = False
        self.dialog: QProgressDialog | None = None
        self.finished.connect(self._deliver)  # queued: this object lives on the GUI thread
        self.progressed.connect(self._progressed)
        if progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)

    def _alive(self) -> bool:
        return self.initiator is None or not (isinstance(self.initiator, QObject) and sip.isdeleted(self.initiator))

    def _widget(self) -> QWidget | None:
        if isinstance(self.initiator, QWidget) and self._alive():
            return self.initiator
        return None

    def report_progress(self, done: int, total: int) -> None:
        """Called by ``fn`` on the worker thread: ``done`` of ``total`` steps."""
        self.progressed.emit(int(done), int(total))

    @pyqtSlot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)

    @pyqtSlot()
    def _show_progress(self) -> None:
        if self.done:
            return
        self.dialog = QProgressDialog(self.label, "", 0, 0, self._widget())
        if self.last_progress is not None:
            done, total = self.last_progress
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(QCoreApplication.translate("operations", "请稍候"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.show()

    @pyqtSlot(object, object)
    def _deliver(self, result, failure: Failure | None) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            if failure is not None:
                if self.on_failure is not None:
                    if self._alive():
                        self.on_failure(failure)
                else:
                    messages.error(self._widget(), failure.message(),
                                   None if failure.is_expected else failure.details)
                return
            if self.on_success is not None and self._alive():
                self.on_success(result)
            if self.notify:
                hooks.operation_did_execute.emit(self.initiator)
        finally:
            _running.discard(self)
            self.deleteLater()


_running: set[_Operation] = set()


class ReloadAfterOperations(QObject):
    """Calls ``reload()`` after every changing operation while ``widget`` is visible; a hidden widget
    is only marked stale and reloads when it is shown again (a view that reads on its own)."""

    def __init__(self, widget: QWidget, reload: Callable[[], Any]):
        super().__init__(widget)
        self._widget = widget
        self._reload = reload
        self.stale = False
        widget.installEventFilter(self)
        hooks.operation_did_execute.connect(self._operation_did_execute)

    def _operation_did_execute(self, _initiator) -> None:
        if self._widget.isVisible():
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False


def run_op(parent: QObject | None, fn: Callable[..., Any], *, on_success: Callable[[Any], Any] | None = None,
           on_failure: Callable[[Failure], Any] | None = None, label: str | None = None, progress: bool = True,
           notify: bool = True, reports_progress: bool = False) -> None:
    """Run ``fn()`` off the GUI thread (see the module docstring).

    ``on_failure(failure)`` replaces the default message box (e.g. to show the error in a
    dialog's label). Callbacks are skipped when ``parent`` was deleted meanwhile. With
    ``reports_progress`` the call is ``fn(progress)``, and ``progress(done, total)`` from the
    worker moves the progress dialog's bar."""
    if label is None:
        label = QCoreApplication.translate("operations", "正在处理…")
    op = _Operation(parent, fn, on_success=on_success, on_failure=on_failure, label=label, progress=progress,
                    notify=notify, reports_progress=reports_progress)
    _running.add(op)
    QThreadPool.globalInstance().start(_Runnable(op))


def run_query(parent: QObject | None, fn: Callable[[], Any], *, on_success: Callable[[Any], Any] | None = None,
              on_failure: Callable[[Failure], Any] | None = None) -> None:
    """A read: like run_op but silent (no progress dialog, no operation_did_execute)."""
    run_op(parent, fn, on_success=on_success, on_failure=on_failure, progress=False, notify=False)


def run_and_wait(parent: QWidget | None, fn: Callable[[], Any], *, label: str | None = None) -> Any:
    """Run ``fn()`` on a worker while a local event loop keeps the GUI alive; return its
    result or raise its exception. For the linear start-up sequence (opening the database,
    running migrations) before the main window exists."""
    box: dict[str, Any] = {}
    loop = QEventLoop()

    def success(result):
        box["result"] = result
        loop.quit()

    def failure(f: Failure):
        box["failure"] = f
        loop.quit()

    run_op(parent, fn, on_success=success, on_failure=failure, label=label, notify=False)
    if "result" not in box and "failure" not in box:
        loop.exec()
    if "failure" in box:
        raise box["failure"].error
    return box.get("result")


def pending() -> int:
    """Number of operations not yet delivered."""
    return len(_running)


def wait_until_idle(timeout_ms: int = 10000) -> bool:
    """Process events until every operation (and those its callbacks started) is delivered.

    For tests and the screenshot tool; returns False on timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    pool = QThreadPool.globalInstance()
    while _running:
        pool.waitForDone(20)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            return False
    QCoreApplication.processEvents()
    return True
