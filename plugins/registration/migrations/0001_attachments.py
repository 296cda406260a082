"""The registration window's attachments table. A frozen copy of the model as it was at this version."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Attachment(Model):
        case = ForeignKeyField(Case, on_delete='CASCADE')
        material_code = CharField(max_length=60)
        sha256 = CharField(index=True, max_length=64)
        size = IntegerField()
        mime = CharField(max_length=40)
        original_name = CharField(max_length=255, default='')
        uploaded_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        uploaded_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'registration_attachment'
            indexes = ((('case', 'material_code', 'sha256'), True),)
    db.create_tables([Attachment])
