"""The SMS outbox and appointment slots with their bookings. A frozen copy of the models as they
were at this version (the tables they point at are stubs: only their names matter here)."""
from peewee import *


def up(migrator, db):
    class Organisation(Model):
        class Meta:
            database = db
            table_name = 'organisation'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class SmsOutbox(Model):
        case = ForeignKeyField(Case, null=True, on_delete='SET NULL')
        mobile = CharField(max_length=20)
        template = CharField(max_length=40)
        text = TextField()
        state = CharField(max_length=10, default='queued')
        created_at = DateTimeField(index=True)
        sent_at = DateTimeField(null=True)
        sent_by = CharField(max_length=60, default='')
        attempts = IntegerField(default=0)
        error = TextField(default='')
        class Meta:
            database = db
            table_name = 'sms_outbox'
            indexes = ((('state', 'id'), False),)
    db.create_tables([SmsOutbox])

    class AppointmentSlot(Model):
        organisation = ForeignKeyField(Organisation, on_delete='CASCADE')
        starts_at = DateTimeField()
        ends_at = DateTimeField()
        capacity = IntegerField(default=1)
        booked = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'appointment_slot'
            indexes = ((('organisation', 'starts_at'), True),)
            constraints = [Check('booked >= 0 AND booked <= capacity')]
    db.create_tables([AppointmentSlot])

    class Appointment(Model):
        slot = ForeignKeyField(AppointmentSlot, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation, on_delete='CASCADE')
        state = CharField(max_length=10, default='booked')
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        cancelled_at = DateTimeField(null=True)
        reminded_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'appointment'
    db.create_tables([Appointment])
    # One booked appointment per case and organisation (a cancelled one does not count).
    db.execute_sql('CREATE UNIQUE INDEX appointment_one_booked_per_case_org '
                   'ON appointment (case_id, organisation_id) WHERE state = \'booked\'')
