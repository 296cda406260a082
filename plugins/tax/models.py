"""The tax office's own tables (created by plugins/tax/migrations): what its reports count."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField

from app.core.models import Case, Organisation, Step, User
from db.base import BaseModel, JSONField


class TaxRegistration(BaseModel):
    """A confirmed tax registration: written when the tax step is completed, from its validated
    form data and the enterprise as it was then (the taxpayer id is its USCC)."""
    step = ForeignKeyField(Step, unique=True, on_delete="CASCADE", backref="+")
    case = ForeignKeyField(Case, on_delete="CASCADE", backref="+")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL", backref="+")
    taxpayer_id = CharField(max_length=18, index=True)
    enterprise_name = CharField(max_length=200)
    company_type = CharField(max_length=40, default="")
    category = CharField(max_length=20, index=True)
    tax_types = JSONField(default=list)  # catalogue codes, the income tax resolved (cit / iit_business)
    device = CharField(max_length=20)
    device_number = CharField(max_length=20, default="", index=True)
    officer_name = CharField(max_length=40)
    officer = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    financial_officer_name = CharField(max_length=40, default="")
    financial_officer_id_number = CharField(max_length=18, default="")
    financial_officer_mobile = CharField(max_length=20, default="")
    confirmed_at = DateTimeField(index=True)

    class Meta:
        table_name = "tax_registration_record"


class InvoiceGrant(BaseModel):
    """One invoice kind of a registration's first grant (首票)."""
    registration = ForeignKeyField(TaxRegistration, on_delete="CASCADE", backref="grants")
    kind = CharField(max_length=20)
    quantity = IntegerField(null=True)    # paper kinds: invoices a month
    max_amount = IntegerField(null=True)  # paper kinds: per-invoice limit, CNY
    total_amount = IntegerField()         # quantity x per-invoice limit, or the monthly quota (CNY)

    class Meta:
        table_name = "tax_invoice_grant"
        indexes = ((("registration", "kind"), True),)
