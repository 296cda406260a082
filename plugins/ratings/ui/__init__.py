"""The ratings plugin's widgets: the case panel, the rectifications screen, the SMS import dialog."""
