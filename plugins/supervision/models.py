"""The supervision plugin's own tables (created by plugins/supervision/migrations)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField

from app.core.models import Case, Step, User, now
from db.base import BaseModel


class AlertKind:
    OVERDUE = "overdue"


class Alert(BaseModel):
    """One supervisor told of one step's breach. The unique (step, user, kind) lets every
    workstation escalate at once while each supervisor is told once."""
    step = ForeignKeyField(Step, backref="+", on_delete="CASCADE")
    case = ForeignKeyField(Case, backref="+", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    kind = CharField(max_length=20, default=AlertKind.OVERDUE)
    due_at = DateTimeField(null=True)  # the deadline that was breached
    created_at = DateTimeField(default=now, index=True)
    read_at = DateTimeField(null=True)

    class Meta:
        table_name = "supervision_alert"
        indexes = ((("step", "user", "kind"), True), (("user", "read_at"), False))


class SupervisorContact(BaseModel):
    """A supervisor's mobile for escalation texts (the core's users keep none), kept by admins."""
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE", unique=True)
    mobile = CharField(max_length=20)
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "supervision_contact"


__all__ = ["Alert", "AlertKind", "SupervisorContact"]
