"""What the seal plugin's case panel and menu entry create (``create`` and ``run(window)``)."""
from __future__ import annotations

from PyQt6.QtCore import Qt


def create_seal_panel(parent, case_id: int, ctx):
    from plugins.seal.ui.panel import SealPanel

    return SealPanel(ctx, case_id, parent)


def open_company_dialog(window):
    from plugins.seal.ui.company_dialog import CompanyDialog

    dialog = CompanyDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # without blocking: the main window stays responsive
    return dialog
