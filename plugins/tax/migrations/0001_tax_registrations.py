"""The tax office's registrations and their first invoice grants. Frozen copies of the models as
they were at this version."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class Step(Model):
        class Meta:
            database = db
            table_name = 'step'

    class Organisation(Model):
        class Meta:
            database = db
            table_name = 'organisation'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class TaxRegistration(Model):
        step = ForeignKeyField(Step, unique=True, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='SET NULL')
        taxpayer_id = CharField(max_length=18, index=True)
        enterprise_name = CharField(max_length=200)
        company_type = CharField(max_length=40, default='')
        category = CharField(max_length=20, index=True)
        tax_types = TextField(default='[]')
        device = CharField(max_length=20)
        device_number = CharField(max_length=20, default='', index=True)
        officer_name = CharField(max_length=40)
        officer = ForeignKeyField(User, null=True, on_delete='SET NULL')
        financial_officer_name = CharField(max_length=40, default='')
        financial_officer_id_number = CharField(max_length=18, default='')
        financial_officer_mobile = CharField(max_length=20, default='')
        confirmed_at = DateTimeField(index=True)

        class Meta:
            database = db
            table_name = 'tax_registration_record'

    class InvoiceGrant(Model):
        registration = ForeignKeyField(TaxRegistration, on_delete='CASCADE')
        kind = CharField(max_length=20)
        quantity = IntegerField(null=True)
        max_amount = IntegerField(null=True)
        total_amount = IntegerField()

        class Meta:
            database = db
            table_name = 'tax_invoice_grant'
            indexes = ((('registration', 'kind'), True),)
    db.create_tables([TaxRegistration, InvoiceGrant])
