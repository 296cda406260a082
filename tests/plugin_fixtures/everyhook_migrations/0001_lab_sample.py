"""The everyhook test plugin's table."""
from peewee import CharField, IntegerField, Model


def up(migrator, db):
    class LabSample(Model):
        case_id = IntegerField(index=True)
        label = CharField(max_length=60)

        class Meta:
            database = db
            table_name = "lab_sample"
    db.create_tables([LabSample])
