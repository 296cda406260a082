"""The ratings and rectifications tables. A frozen copy of the models as they were at this version."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class Department(Model):
        class Meta:
            database = db
            table_name = 'department'

    class Organisation(Model):
        class Meta:
            database = db
            table_name = 'organisation'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class SmsOutbox(Model):
        class Meta:
            database = db
            table_name = 'sms_outbox'

    class Rating(Model):
        case = ForeignKeyField(Case, on_delete='CASCADE')
        department = ForeignKeyField(Department, on_delete='RESTRICT')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='SET NULL')
        level = IntegerField()
        comment = TextField(default='')
        channel = CharField(max_length=10, default='window')
        rated_at = DateTimeField(index=True)
        rated_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = 'ratings_rating'
            indexes = ((('case', 'department'), True),)

    class Rectification(Model):
        rating = ForeignKeyField(Rating, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        department = ForeignKeyField(Department, on_delete='RESTRICT')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='SET NULL')
        level = IntegerField()
        complaint = TextField(default='')
        state = CharField(max_length=10, default='open', index=True)
        opened_at = DateTimeField(index=True)
        due_at = DateTimeField()
        answer = TextField(default='')
        answered_at = DateTimeField(null=True)
        answered_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        sms = ForeignKeyField(SmsOutbox, null=True, on_delete='SET NULL')

        class Meta:
            database = db
            table_name = 'ratings_rectification'
    db.create_tables([Rating, Rectification])
