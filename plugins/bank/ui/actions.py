"""What the bank plugin's case panel and menu entry create (``create`` and ``run(window)``)."""
from __future__ import annotations

from PyQt6.QtCore import Qt


def create_account_panel(parent, case_id: int, ctx):
    from plugins.bank.ui.panel import BankAccountPanel

    return BankAccountPanel(ctx, case_id, parent)


def open_branch_dialog(window):
    from plugins.bank.ui.branch_dialog import BranchDialog

    dialog = BranchDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
