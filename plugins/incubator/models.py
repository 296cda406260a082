"""The incubators' own tables (created by plugins/incubator/migrations)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from app.core.models import Case, Organisation, now
from db.base import BaseModel, JSONField
from plugins.incubator.common import DEFAULT_YEARLY_RENT, FirmState


class IncubatorProfile(BaseModel):
    """What an incubator offers; its name, address and phone are its Organisation's."""
    organisation = ForeignKeyField(Organisation, unique=True, on_delete="CASCADE", backref="+")
    operator = CharField(max_length=200, default="")  # the company running it
    manager = CharField(max_length=100, default="")
    manager_phone = CharField(max_length=40, default="")
    services = TextField(default="")  # services offered, one per line
    fees = JSONField(default=list)  # [{"service": "代理记账", "fee": "200 元/月"}, ...]: value-added services
    yearly_rent = DecimalField(max_digits=12, decimal_places=2, default=DEFAULT_YEARLY_RENT)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "incubator_profile"


class Seat(BaseModel):
    """A registered-address seat (工位号); holds one hosted firm at a time."""
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="+")
    number = CharField(max_length=20)
    note = CharField(max_length=100, default="")  # capacity note: 独立工位、4 人间...
    active = BooleanField(default=True)

    class Meta:
        table_name = "incubator_seat"
        indexes = ((("organisation", "number"), True),)


class HostedFirm(BaseModel):
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="+")
    seat = ForeignKeyField(Seat, on_delete="RESTRICT", backref="firms")
    company_name = CharField(max_length=100)
    legal_rep_name = CharField(max_length=50)
    legal_rep_id = CharField(max_length=18)
    legal_rep_mobile = CharField(max_length=20)
    source_channel = CharField(max_length=20, default="other")
    hosted_from = DateField()
    moved_out_on = DateField(null=True)
    deregistered_on = DateField(null=True)
    state = CharField(max_length=20, default=FirmState.HOSTED, index=True)
    case = ForeignKeyField(Case, null=True, on_delete="SET NULL", backref="+")
    notes = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    # plus a partial unique index (migration 0001): one hosted firm per seat

    class Meta:
        table_name = "hosted_firm"
        constraints = [Check("state IN ('hosted', 'moved_out', 'deregistered')")]


class FirmOutput(BaseModel):
    """A hosted firm's output value (产值) of one year, in CNY."""
    firm = ForeignKeyField(HostedFirm, on_delete="CASCADE", backref="outputs")
    year = IntegerField()
    amount = DecimalField(max_digits=16, decimal_places=2)
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "firm_output"
        indexes = ((("firm", "year"), True),)
        constraints = [Check("amount >= 0")]


MODELS = [IncubatorProfile, Seat, HostedFirm, FirmOutput]
