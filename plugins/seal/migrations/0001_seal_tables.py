"""The seal companies' master data, completed seal sets and their seals. A frozen copy of the
models as they were at this version (the core tables they point at are stubs)."""
from peewee import BooleanField, CharField, DateTimeField, DecimalField, ForeignKeyField, IntegerField, Model


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

    class SealCompany(Model):
        organisation = ForeignKeyField(Organisation, unique=True, on_delete='CASCADE')
        licence_no = CharField(max_length=60, default='')
        opening_hours = CharField(max_length=100, default='')
        unit_price = DecimalField(max_digits=10, decimal_places=2, null=True)
        updated_at = DateTimeField(null=True)
        updated_by = ForeignKeyField(User, null=True, on_delete='SET NULL')

        class Meta:
            database = db
            table_name = 'seal_company'

    class SealOrder(Model):
        step = ForeignKeyField(Step, unique=True, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='RESTRICT')
        completed_at = DateTimeField()
        completed_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        free_set = BooleanField(default=False)
        unit_price = DecimalField(max_digits=10, decimal_places=2, null=True)
        portrait_captured = BooleanField(default=False)
        method = CharField(max_length=10)
        recipient_name = CharField(max_length=40, default='')
        recipient_id_last4 = CharField(max_length=4, default='')
        recipient_mobile = CharField(max_length=20, default='')
        address = CharField(max_length=200, default='')
        carrier = CharField(max_length=10, default='')
        waybill_no = CharField(max_length=30, default='')

        class Meta:
            database = db
            table_name = 'seal_order'
            indexes = ((('organisation', 'completed_at'), False),)

    class SealItem(Model):
        seal_order = ForeignKeyField(SealOrder, on_delete='CASCADE')
        position = IntegerField()
        kind = CharField(max_length=20)
        shape = CharField(max_length=20)
        size = CharField(max_length=10)
        material = CharField(max_length=20)
        paid_by = CharField(max_length=20)
        price = DecimalField(max_digits=10, decimal_places=2, null=True)
        filing_no = CharField(max_length=13, unique=True)

        class Meta:
            database = db
            table_name = 'seal_item'

    db.create_tables([SealCompany, SealOrder, SealItem])
