"""The social insurance bureau's own tables (created by plugins/social_insurance/migrations):
the registered employer of a case and the employees enrolled with it, written when the step is
completed (the step's data is the working copy until then)."""
from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField, IntegerField

from app.core.models import Case, Step, User, now
from db.base import BaseModel, JSONField


class Employer(BaseModel):
    """An employer's social insurance registration (单位参保登记)."""
    step = ForeignKeyField(Step, unique=True, on_delete="CASCADE", backref="+")
    case = ForeignKeyField(Case, on_delete="CASCADE", backref="+")
    unit_number = CharField(max_length=12, unique=True)
    insurance_types = JSONField(default=list)
    housing_fund = BooleanField(default=False)
    fund_account = CharField(max_length=20, default="")
    fund_ratio = IntegerField(null=True)
    registered_at = DateTimeField(default=now, index=True)
    registered_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        table_name = "si_employer"


class Employee(BaseModel):
    """An employee enrolled with an employer (参保职工)."""
    employer = ForeignKeyField(Employer, on_delete="CASCADE", backref="employees")
    name = CharField(max_length=30)
    id_number = CharField(max_length=18)
    mobile = CharField(max_length=11, default="")
    start_date = DateField()
    contribution_base = DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        table_name = "si_employee"
        indexes = ((("employer", "id_number"), True),)
