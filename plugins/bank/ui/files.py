"""Where a printed document goes: the save dialog (in the user's Documents) and the viewer."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PyQt6.QtGui import QDesktopServices, QGuiApplication
from PyQt6.QtWidgets import QFileDialog, QWidget

#: platforms with no desktop to open a file on (tests, screenshots)
HEADLESS = ("offscreen", "minimal")


def choose_pdf_path(parent: QWidget | None, title: str, default_name: str) -> Path | None:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(folder / default_name),
                                                QCoreApplication.translate("BankFiles", "PDF 文件 (*.pdf)"))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".pdf")


def open_file(path: Path) -> bool:
    """Show the document in the desktop's viewer (not when there is no desktop)."""
    if QGuiApplication.platformName() in HEADLESS:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
