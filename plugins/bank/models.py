"""The bank branches' own tables (created by plugins/bank/migrations)."""
from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from app.core.models import Case, Organisation, Step, User, now
from db.base import BaseModel


class BankBranch(BaseModel):
    """A bank branch's master data, next to its organisation row (name, address, phone): the
    bank, the branch, its 联行号 and the lengths of the account numbers the bank gives out."""
    organisation = ForeignKeyField(Organisation, unique=True, on_delete="CASCADE", backref="+")
    bank_name = CharField(max_length=40)
    branch_name = CharField(max_length=60)
    bank_code = CharField(max_length=12)
    account_lengths = CharField(max_length=40)  # "19" or "19,20"
    updated_at = DateTimeField(default=now)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        table_name = "bank_branch"


class BankAccountRecord(BaseModel):
    """A basic deposit account opened for a case: written when the bank step completes, from its
    validated form data; what the bank's reports count."""
    step = ForeignKeyField(Step, unique=True, on_delete="CASCADE", backref="+")
    case = ForeignKeyField(Case, on_delete="CASCADE", backref="+")
    organisation = ForeignKeyField(Organisation, on_delete="RESTRICT", backref="+")
    account_number = CharField(max_length=32, index=True)
    account_type = CharField(max_length=20)
    opened_on = DateField()
    due_diligence = CharField(max_length=20)
    due_diligence_notes = TextField(default="")
    signing_at = DateTimeField(null=True)
    licence_at = DateTimeField(null=True)  # when the licence the account waited for was issued
    opened_at = DateTimeField()  # when the step was completed
    opened_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        table_name = "bank_account_record"
        indexes = ((("organisation", "opened_at"), False),)
