"""The tax office's widgets (Qt): the registration form on a case and its compound fields."""
