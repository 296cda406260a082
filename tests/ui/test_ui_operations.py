"""The operations runner: work off the GUI thread, results and errors back on it, then the announcement."""
from __future__ import annotations

import threading

from PyQt6.QtWidgets import QMessageBox, QWidget

from app.core.errors import ServiceError, ValidationError
from app.ui import messages, operations


def test_run_op_runs_off_the_gui_thread_and_announces(qtbot, wait_ops):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(operations.hooks.operation_did_execute, timeout=5000) as blocker:
        operations.run_op(parent, work, on_success=done)
    wait_ops()
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["callback"] == threading.get_ident()
    assert blocker.args == [parent]
    assert operations.pending() == 0


def test_run_query_does_not_announce(qtbot, wait_ops):
    got = []
    with qtbot.assertNotEmitted(operations.hooks.operation_did_execute, wait=50):
        operations.run_query(None, lambda: "rows", on_success=got.append)
        wait_ops()
    assert got == ["rows"]


def test_service_error_is_shown_with_its_own_message(qtbot, wait_ops):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    called = []

    def refuse():
        raise ServiceError("该事项已被他人领取")

    with qtbot.assertNotEmitted(operations.hooks.operation_did_execute, wait=50):
        operations.run_op(parent, refuse, on_success=called.append)
        wait_ops()
    assert called == []
    boxes = messages.open_boxes()
    assert [b.text() for b in boxes] == ["该事项已被他人领取"]
    assert boxes[0].icon() == QMessageBox.Icon.Critical
    assert not boxes[0].detailedText()  # a refusal needs no traceback


def test_validation_error_goes_to_on_failure(qtbot, wait_ops):
    failures = []
    operations.run_op(None, lambda: (_ for _ in ()).throw(ValidationError({"host": "请填写服务器地址"})),
                      on_failure=failures.append)
    wait_ops()
    assert failures[0].is_expected
    assert "请填写服务器地址" in failures[0].message()
    assert messages.open_boxes() == []


def test_unexpected_error_shows_short_message_and_traceback(qtbot, wait_ops):
    def crash():
        return {}["missing"]

    operations.run_op(None, crash)
    wait_ops()
    (box,) = messages.open_boxes()
    assert box.text().startswith("操作未能完成")
    assert "KeyError" in box.detailedText() and "crash" in box.detailedText()


def test_progress_dialog_appears_for_slow_operations(qtbot, wait_ops, monkeypatch):
    from PyQt6.QtWidgets import QApplication, QProgressDialog

    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 10)
    release = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    operations.run_op(parent, lambda: release.wait(5), label="正在处理测试…")
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    release.set()
    wait_ops()
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_callbacks_skipped_when_the_parent_is_gone(qtbot, wait_ops):
    parent = QWidget()
    release = threading.Event()
    called = []
    operations.run_op(parent, lambda: release.wait(5), on_success=called.append, progress=False)
    parent.deleteLater()
    qtbot.wait(10)
    release.set()
    wait_ops()
    assert called == []
