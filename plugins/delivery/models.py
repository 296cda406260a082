"""The delivery plugin's tables (created by plugins/delivery/migrations)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.core.models import Case, User, now
from db.base import BaseModel


class DeliveryItem(BaseModel):
    """One item mailed free of charge to the applicant: the licence, the seal set, other papers."""
    case = ForeignKeyField(Case, backref="+", on_delete="CASCADE")
    kind = CharField(max_length=20)
    description = CharField(max_length=80, default="")
    recipient = CharField(max_length=40)
    mobile = CharField(max_length=20)
    address = CharField(max_length=120)
    carrier = CharField(max_length=10, default="")
    waybill_no = CharField(max_length=20, default="", index=True)
    state = CharField(max_length=10, default="prepared", index=True)
    prepared_at = DateTimeField(default=now, index=True)
    sent_at = DateTimeField(null=True)
    delivered_at = DateTimeField(null=True)
    returned_at = DateTimeField(null=True)
    note = TextField(default="")  # the last return's reason
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    version = IntegerField(default=1)

    class Meta:
        table_name = "delivery_item"


class DeliveryEvent(BaseModel):
    """Every change of an item's state (what the period figures count: an item sent again after a
    return is sent twice)."""
    item = ForeignKeyField(DeliveryItem, backref="events", on_delete="CASCADE")
    from_state = CharField(max_length=10, null=True)
    to_state = CharField(max_length=10)
    at = DateTimeField(index=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    carrier = CharField(max_length=10, default="")
    waybill_no = CharField(max_length=20, default="")
    note = TextField(default="")

    class Meta:
        table_name = "delivery_event"
