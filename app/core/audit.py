"""The audit log: who read or changed which personal data, and security events."""
from __future__ import annotations

from app.core.models import AuditLog, User, now


def record(action: str, entity: str, *, user: User | int | None = None, entity_id: int | None = None,
           field: str = "", case_id: int | None = None, detail: str = "") -> AuditLog:
    return AuditLog.create(at=now(), user=user, action=action, entity=entity, entity_id=entity_id,
                           field=field, case=case_id, detail=detail)
