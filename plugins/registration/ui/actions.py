"""What the registration window's menu entries and case panel do (``run(window)`` and ``create``).
Each window opens without blocking (``open()``), so the main window stays responsive."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QWidget


def _show(widget: QWidget) -> QWidget:
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.open()
    return widget


def open_intake_wizard(window):
    from plugins.registration.ui.wizard import IntakeWizard

    return _show(IntakeWizard(window.ctx, window))


def import_online_files(window):
    from plugins.registration.ui.online_import import start_import

    return start_import(window.ctx, window)


def show_overdue_promises(window):
    from plugins.registration.ui.promises import OverduePromisesDialog

    return _show(OverduePromisesDialog(window.ctx, window))


def create_window_panel(parent, case_id: int, ctx):
    from plugins.registration.ui.window_panel import WindowPanel

    return WindowPanel(ctx, case_id, parent)
