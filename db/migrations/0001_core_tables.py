"""Core tables: departments, organisations, users, enterprises, persons, cases, materials, steps,
step events, audit log, settings. A frozen copy of the models as they were at this version."""
from peewee import *
from db.base import JSONField


def up(migrator, db):
    class Department(Model):
        code = CharField(unique=True, max_length=40)
        name = CharField(max_length=100)
        class Meta:
            database = db
            table_name = 'department'
    db.create_tables([Department])

    class Organisation(Model):
        department = ForeignKeyField(Department, on_delete='RESTRICT')
        code = CharField(unique=True, max_length=40)
        name = CharField(max_length=200)
        address = CharField(max_length=300, default='')
        phone = CharField(max_length=40, default='')
        area_code = CharField(max_length=6, default='')
        active = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'organisation'
    db.create_tables([Organisation])

    class User(Model):
        username = CharField(unique=True, max_length=60)
        display_name = CharField(max_length=100)
        password_hash = CharField(max_length=200)
        role = CharField(max_length=30)
        organisation = ForeignKeyField(Organisation, null=True, on_delete='RESTRICT')
        active = BooleanField(default=True)
        failed_logins = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'user'
    db.create_tables([User])

    class Enterprise(Model):
        name = CharField(max_length=200)
        uscc = CharField(unique=True, null=True, max_length=18)
        company_type = CharField(max_length=40, default='')
        registered_capital = DecimalField(null=True, max_digits=16, decimal_places=2)
        address = CharField(max_length=300, default='')
        area_code = CharField(max_length=6, default='')
        business_scope = TextField(default='')
        class Meta:
            database = db
            table_name = 'enterprise'
    db.create_tables([Enterprise])

    class Person(Model):
        name = CharField(max_length=100)
        id_number = CharField(index=True, max_length=18, default='')
        mobile = CharField(max_length=20, default='')
        class Meta:
            database = db
            table_name = 'person'
    db.create_tables([Person])

    class Case(Model):
        number = CharField(unique=True, max_length=30)
        enterprise = ForeignKeyField(Enterprise, on_delete='RESTRICT')
        case_type = CharField(max_length=40, default='')
        channel = CharField(max_length=20, default='window')
        external_id = CharField(unique=True, null=True, max_length=80)
        state = CharField(index=True, max_length=20, default='intake')
        legal_representative = ForeignKeyField(Person, null=True, on_delete='RESTRICT')
        contact = ForeignKeyField(Person, null=True, on_delete='RESTRICT')
        area_code = CharField(max_length=6, default='')
        created_at = DateTimeField(index=True)
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        completed_at = DateTimeField(null=True)
        data = JSONField(default=dict)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'case'
    db.create_tables([Case])

    class AuditLog(Model):
        at = DateTimeField(index=True)
        user = ForeignKeyField(User, null=True, on_delete='SET NULL')
        action = CharField(max_length=30)
        entity = CharField(max_length=40)
        entity_id = IntegerField(null=True)
        field = CharField(max_length=60, default='')
        case = ForeignKeyField(Case, null=True, on_delete='SET NULL')
        detail = TextField(default='')
        class Meta:
            database = db
            table_name = 'audit_log'
    db.create_tables([AuditLog])

    class Material(Model):
        case = ForeignKeyField(Case, on_delete='CASCADE')
        code = CharField(max_length=60)
        name = CharField(max_length=200)
        state = CharField(max_length=20, default='required')
        promised_by = DateField(null=True)
        received_at = DateTimeField(null=True)
        sha256 = CharField(null=True, max_length=64)
        class Meta:
            database = db
            table_name = 'material'
            indexes = ((('case', 'code'), True),)
    db.create_tables([Material])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=100)
        value = JSONField(null=True)
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables([Setting])

    class Step(Model):
        case = ForeignKeyField(Case, on_delete='CASCADE')
        step_type = CharField(max_length=60)
        department = ForeignKeyField(Department, on_delete='RESTRICT')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='RESTRICT')
        state = CharField(max_length=20, default='waiting')
        claimed_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        lease_until = DateTimeField(null=True)
        ready_at = DateTimeField(null=True)
        due_at = DateTimeField(null=True)
        completed_at = DateTimeField(null=True)
        data = JSONField(default=dict)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'step'
            indexes = ((('step_type', 'state', 'due_at'), False), (('organisation', 'state'), False), (('case', 'step_type'), True))
    db.create_tables([Step])

    class StepEvent(Model):
        step = ForeignKeyField(Step, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        event = CharField(max_length=30)
        from_state = CharField(null=True, max_length=20)
        to_state = CharField(max_length=20)
        user = ForeignKeyField(User, null=True, on_delete='SET NULL')
        at = DateTimeField(index=True)
        note = TextField(default='')
        class Meta:
            database = db
            table_name = 'step_event'
    db.create_tables([StepEvent])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('step_event'))
    migrator.migrate(migrator.drop_table('step'))
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('material'))
    migrator.migrate(migrator.drop_table('audit_log'))
    migrator.migrate(migrator.drop_table('case'))
    migrator.migrate(migrator.drop_table('person'))
    migrator.migrate(migrator.drop_table('enterprise'))
    migrator.migrate(migrator.drop_table('user'))
    migrator.migrate(migrator.drop_table('organisation'))
    migrator.migrate(migrator.drop_table('department'))

