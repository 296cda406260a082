"""The supervision plugin's widgets (Qt): the supervisor screen, its table models and the
supervisors' contacts dialog."""
