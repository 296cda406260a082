"""Message boxes shown without blocking the caller.

Every box is window-modal and opened with ``open()``, so an operation's callback returns at
once (and tests never hang on a modal loop). Boxes without a parent are kept alive here
until they are closed.
"""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import QLabel, QMessageBox, QWidget

_parentless: list[QMessageBox] = []




def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
          details: str | None = None) -> QMessageBox:
    window = parent.window() if isinstance(parent, QWidget) else None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("kaibanMessage")
    if details:
        box.setDetailedText(details)
    if window is None:
        _parentless.append(box)
        box.finished.connect(lambda _result, b=box: _parentless.remove(b) if b in _parentless else None)
    box.open()
    return box


def error(parent: QWidget | None, text: str, details: str | None = None) -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("messages", "出错了"), text, details)


def warning(parent: QWidget | None, text: str, details: str | None = None) -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "请注意"), text, details)


def information(parent: QWidget | None, text: str) -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Information, QCoreApplication.translate("messages", "提示"), text)


def open_boxes() -> list[QMessageBox]:
    """The message boxes currently shown (for tests and screenshots)."""
    from PyQt6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_all() -> None:
    for box in open_boxes():
        box.close()


def error_label() -> QLabel:
    """The red, word-wrapped label a form or dialog shows its error in (hidden until used)."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setVisible(False)
    return label
