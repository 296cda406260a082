"""The registration window's own tables (created by plugins/registration/migrations)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField

from app.core.models import Case, User, now
from db.base import BaseModel


class Attachment(BaseModel):
    """A scanned material of a case. The bytes live once in the content-addressed file store
    (see plugins.registration.attachments); this row says whose they are."""
    case = ForeignKeyField(Case, backref="+", on_delete="CASCADE")
    material_code = CharField(max_length=60)
    sha256 = CharField(max_length=64, index=True)
    size = IntegerField()
    mime = CharField(max_length=40)
    original_name = CharField(max_length=255, default="")
    uploaded_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    uploaded_at = DateTimeField(default=now)

    class Meta:
        table_name = "registration_attachment"
        indexes = ((("case", "material_code", "sha256"), True),)
