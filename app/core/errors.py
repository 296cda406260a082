"""Errors the services raise; their messages are ready to show to the user."""
from __future__ import annotations


class ServiceError(Exception):
    """A business rule refused the operation; nothing was changed."""


class ValidationError(ServiceError):
    """One or more fields are invalid. ``errors`` maps a field path to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("；".join(dict.fromkeys(str(v) for v in self.errors.values())))  # the messages, once each


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """A stale save: someone else changed the record first."""

    def __init__(self, message: str, current: dict | None = None):
        self.current = current or {}
        super().__init__(message)
