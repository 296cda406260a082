"""The delivery plugin's widgets: the delivery screen, the case panel and their dialogs."""
