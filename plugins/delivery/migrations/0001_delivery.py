"""The delivery items and their events. A frozen copy of the models as they were at this version."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class DeliveryItem(Model):
        case = ForeignKeyField(Case, on_delete='CASCADE')
        kind = CharField(max_length=20)
        description = CharField(max_length=80, default='')
        recipient = CharField(max_length=40)
        mobile = CharField(max_length=20)
        address = CharField(max_length=120)
        carrier = CharField(max_length=10, default='')
        waybill_no = CharField(max_length=20, default='', index=True)
        state = CharField(max_length=10, default='prepared', index=True)
        prepared_at = DateTimeField(index=True)
        sent_at = DateTimeField(null=True)
        delivered_at = DateTimeField(null=True)
        returned_at = DateTimeField(null=True)
        note = TextField(default='')
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = 'delivery_item'

    class DeliveryEvent(Model):
        item = ForeignKeyField(DeliveryItem, on_delete='CASCADE')
        from_state = CharField(max_length=10, null=True)
        to_state = CharField(max_length=10)
        at = DateTimeField(index=True)
        user = ForeignKeyField(User, null=True, on_delete='SET NULL')
        carrier = CharField(max_length=10, default='')
        waybill_no = CharField(max_length=20, default='')
        note = TextField(default='')

        class Meta:
            database = db
            table_name = 'delivery_event'
    db.create_tables([DeliveryItem, DeliveryEvent])
    # one licence and one seal set per case, whatever two workstations do at once
    db.execute_sql("CREATE UNIQUE INDEX delivery_item_case_single ON delivery_item (case_id, kind) "
                   "WHERE kind IN ('licence', 'seal_set')")
