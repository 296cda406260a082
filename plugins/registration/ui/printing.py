"""Printing the window's documents: choose where the PDF goes, build it off the GUI thread, open it;
and a non-blocking box that offers the next step ("打印受理回执…", "打开办件")."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PyQt6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PyQt6.QtGui import QDesktopServices, QGuiApplication
from PyQt6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui import operations

#: platforms without a desktop to open a file on (tests, the screenshot tool)
HEADLESS_PLATFORMS = ("offscreen", "minimal")
_parentless: list[QMessageBox] = []  # boxes without a window, kept alive until closed


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def choose_save_path(parent: QWidget | None, title: str, default_name: str) -> Path | None:
    """Ask where to save a PDF (suggesting ``default_name`` in the user's Documents)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / default_name),
                                                QCoreApplication.translate("RegistrationPrinting", "PDF 文件 (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix else path.with_suffix(".pdf")


def open_file(path: Path) -> bool:
    """Show the file in the desktop's viewer (not under tests or offscreen)."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_pdf(parent: QWidget | None, title: str, default_name: str, build: Callable[[Path], Any], *,
             on_saved: Callable[[Path], Any] | None = None) -> None:
    """Ask for a file name, then run ``build(path)`` (gather the data and render the PDF) off the GUI
    thread and open the result. A failure is shown in a message box by the operations runner."""
    path = choose_save_path(parent, title, default_name)
    if path is None:
        return

    def saved(_result) -> None:
        open_file(path)
        if on_saved is not None:
            on_saved(path)

    operations.run_op(parent, lambda: build(path), on_success=saved, notify=False,
                      label=QCoreApplication.translate("RegistrationPrinting", "正在生成 PDF…"))


def offer(parent: QWidget | None, text: str, choices: list[tuple[str, Callable[[], Any]]],
          *, title: str = "") -> QMessageBox:
    """A window-modal box with ``text`` and a button per choice (plus 关闭), opened without blocking.
    The chosen callback runs after the box has closed."""
    window = parent.window() if isinstance(parent, QWidget) else None
    title = title or QCoreApplication.translate("RegistrationPrinting", "提示")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("kaibanMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    actions = {}
    for label, callback in choices:
        actions[box.addButton(label, QMessageBox.ButtonRole.ActionRole)] = callback
    close = box.addButton(QCoreApplication.translate("RegistrationPrinting", "关闭"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(actions), close))
    box.setEscapeButton(close)

    def clicked(button) -> None:
        callback = actions.get(button)
        if callback is not None:
            callback()

    box.buttonClicked.connect(clicked)
    if window is None:
        _parentless.append(box)
        box.finished.connect(lambda _result, b=box: _parentless.remove(b) if b in _parentless else None)
    box.open()
    return box
