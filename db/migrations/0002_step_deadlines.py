"""Working-time deadlines: a step keeps its time limit (working minutes) and when its clock was
paused (on hold, or back at the window for correction)."""
from peewee import DateTimeField, IntegerField
from playhouse.migrate import migrate


def up(migrator, db):
    migrate(
        migrator.add_column("step", "time_limit", IntegerField(null=True)),
        migrator.add_column("step", "paused_at", DateTimeField(null=True)),
    )
