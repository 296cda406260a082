"""The analytics plugin's widgets: the dashboard, the process screen, the list behind a figure."""
