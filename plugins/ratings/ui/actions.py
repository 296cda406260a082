"""What the ratings plugin's hooks create (``create`` of the panel and screen, ``run(window)``)."""
from __future__ import annotations

from PyQt6.QtCore import Qt


def create_rating_panel(parent, case_id: int, ctx):
    from plugins.ratings.ui.panel import RatingPanel

    return RatingPanel(ctx, case_id, parent)


def create_rectification_screen(parent, ctx):
    from plugins.ratings.ui.screen import RectificationScreen

    return RectificationScreen(ctx, parent)


def open_import_dialog(window):
    from plugins.ratings.ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
