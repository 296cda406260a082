"""The supervision plugin's alerts and supervisor contacts. A frozen copy of the models as they were
at this version."""
from peewee import CharField, DateTimeField, ForeignKeyField, Model


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class Step(Model):
        class Meta:
            database = db
            table_name = 'step'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Alert(Model):
        step = ForeignKeyField(Step, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        user = ForeignKeyField(User, on_delete='CASCADE')
        kind = CharField(max_length=20, default='overdue')
        due_at = DateTimeField(null=True)
        created_at = DateTimeField(index=True)
        read_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = 'supervision_alert'
            indexes = ((('step', 'user', 'kind'), True), (('user', 'read_at'), False))

    class SupervisorContact(Model):
        user = ForeignKeyField(User, on_delete='CASCADE', unique=True)
        mobile = CharField(max_length=20)
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'supervision_contact'

    db.create_tables([Alert, SupervisorContact])
