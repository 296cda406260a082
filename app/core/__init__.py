"""Qt-free core: models and the services every business operation goes through."""
