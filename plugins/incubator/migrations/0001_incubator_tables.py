"""The incubators' tables: profile, seats, hosted firms and their yearly output. A frozen copy of
the models as they were at this version."""
from decimal import Decimal

from peewee import (BooleanField, CharField, Check, DateField, DateTimeField, DecimalField, ForeignKeyField,
                    IntegerField, Model, TextField)


def up(migrator, db):
    class Organisation(Model):
        class Meta:
            database = db
            table_name = 'organisation'

    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class IncubatorProfile(Model):
        organisation = ForeignKeyField(Organisation, unique=True, on_delete='CASCADE')
        operator = CharField(max_length=200, default='')
        manager = CharField(max_length=100, default='')
        manager_phone = CharField(max_length=40, default='')
        services = TextField(default='')
        fees = TextField(null=True)
        yearly_rent = DecimalField(max_digits=12, decimal_places=2, default=Decimal('30000.00'))
        version = IntegerField(default=1)
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'incubator_profile'

    class Seat(Model):
        organisation = ForeignKeyField(Organisation, on_delete='CASCADE')
        number = CharField(max_length=20)
        note = CharField(max_length=100, default='')
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = 'incubator_seat'
            indexes = ((('organisation', 'number'), True),)

    class HostedFirm(Model):
        organisation = ForeignKeyField(Organisation, on_delete='CASCADE')
        seat = ForeignKeyField(Seat, on_delete='RESTRICT')
        company_name = CharField(max_length=100)
        legal_rep_name = CharField(max_length=50)
        legal_rep_id = CharField(max_length=18)
        legal_rep_mobile = CharField(max_length=20)
        source_channel = CharField(max_length=20, default='other')
        hosted_from = DateField()
        moved_out_on = DateField(null=True)
        deregistered_on = DateField(null=True)
        state = CharField(max_length=20, default='hosted', index=True)
        case = ForeignKeyField(Case, null=True, on_delete='SET NULL')
        notes = TextField(default='')
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'hosted_firm'
            constraints = [Check("state IN ('hosted', 'moved_out', 'deregistered')")]

    class FirmOutput(Model):
        firm = ForeignKeyField(HostedFirm, on_delete='CASCADE')
        year = IntegerField()
        amount = DecimalField(max_digits=16, decimal_places=2)
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'firm_output'
            indexes = ((('firm', 'year'), True),)
            constraints = [Check('amount >= 0')]

    db.create_tables([IncubatorProfile, Seat, HostedFirm, FirmOutput])
    # A seat holds one hosted firm at a time: the firms that moved out or were deregistered keep
    # their seat on record, so the rule is a partial unique index (SQLite and PostgreSQL alike).
    db.execute_sql("CREATE UNIQUE INDEX hosted_firm_one_per_seat ON hosted_firm (seat_id) WHERE state = 'hosted'")
