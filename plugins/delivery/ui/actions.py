"""What the delivery plugin's hooks create (``create`` of the screen and the case panel)."""
from __future__ import annotations


def create_delivery_screen(parent, ctx):
    from plugins.delivery.ui.screen import DeliveryScreen

    return DeliveryScreen(ctx, parent)


def create_delivery_panel(parent, case_id: int, ctx):
    from plugins.delivery.ui.panel import DeliveryPanel

    return DeliveryPanel(ctx, case_id, parent)
