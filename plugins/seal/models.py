"""The seal companies' own tables (created by plugins/seal/migrations).

``SealCompany`` is a seal company's master data next to its core ``organisation`` row. A
completed seal step leaves one ``SealOrder`` (the set as handed over: who paid, the free set's
unit price at that moment, the hand-over) and a ``SealItem`` per engraved seal; the reports read
these, never the steps' form data.
"""
from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, DecimalField, ForeignKeyField, IntegerField

from app.core.models import Case, Organisation, Step, User
from db.base import BaseModel


class SealCompany(BaseModel):
    organisation = ForeignKeyField(Organisation, unique=True, on_delete="CASCADE", backref="+")
    licence_no = CharField(max_length=60, default="")  # 特种行业许可证 number
    opening_hours = CharField(max_length=100, default="")
    unit_price = DecimalField(max_digits=10, decimal_places=2, null=True)  # the free set, CNY
    updated_at = DateTimeField(null=True)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        table_name = "seal_company"


class SealOrder(BaseModel):
    step = ForeignKeyField(Step, unique=True, on_delete="CASCADE", backref="+")
    case = ForeignKeyField(Case, on_delete="CASCADE", backref="+")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="RESTRICT", backref="+")
    completed_at = DateTimeField()
    completed_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    free_set = BooleanField(default=False)
    unit_price = DecimalField(max_digits=10, decimal_places=2, null=True)
    portrait_captured = BooleanField(default=False)
    method = CharField(max_length=10)
    recipient_name = CharField(max_length=40, default="")
    recipient_id_last4 = CharField(max_length=4, default="")
    recipient_mobile = CharField(max_length=20, default="")
    address = CharField(max_length=200, default="")
    carrier = CharField(max_length=10, default="")
    waybill_no = CharField(max_length=30, default="")

    class Meta:
        table_name = "seal_order"
        indexes = ((("organisation", "completed_at"), False),)


class SealItem(BaseModel):
    seal_order = ForeignKeyField(SealOrder, on_delete="CASCADE", backref="items")
    position = IntegerField()
    kind = CharField(max_length=20)
    shape = CharField(max_length=20)
    size = CharField(max_length=10)
    material = CharField(max_length=20)
    paid_by = CharField(max_length=20)
    price = DecimalField(max_digits=10, decimal_places=2, null=True)
    filing_no = CharField(max_length=13, unique=True)

    class Meta:
        table_name = "seal_item"


SEAL_MODELS = [SealCompany, SealOrder, SealItem]
