"""The bank branches' master data and the accounts they opened. Frozen copies of the models as
they were at this version."""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, Model, TextField


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

    class Step(Model):
        class Meta:
            database = db
            table_name = 'step'

    class BankBranch(Model):
        organisation = ForeignKeyField(Organisation, unique=True, on_delete='CASCADE')
        bank_name = CharField(max_length=40)
        branch_name = CharField(max_length=60)
        bank_code = CharField(max_length=12)
        account_lengths = CharField(max_length=40)
        updated_at = DateTimeField()
        updated_by = ForeignKeyField(User, null=True, on_delete='SET NULL')

        class Meta:
            database = db
            table_name = 'bank_branch'

    class BankAccountRecord(Model):
        step = ForeignKeyField(Step, unique=True, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation, on_delete='RESTRICT')
        account_number = CharField(max_length=32, index=True)
        account_type = CharField(max_length=20)
        opened_on = DateField()
        due_diligence = CharField(max_length=20)
        due_diligence_notes = TextField(default='')
        signing_at = DateTimeField(null=True)
        licence_at = DateTimeField(null=True)
        opened_at = DateTimeField()
        opened_by = ForeignKeyField(User, null=True, on_delete='SET NULL')

        class Meta:
            database = db
            table_name = 'bank_account_record'
            indexes = ((('organisation', 'opened_at'), False),)

    db.create_tables([BankBranch, BankAccountRecord])
