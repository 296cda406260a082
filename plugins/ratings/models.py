"""The ratings plugin's tables (created by plugins/ratings/migrations)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.core.models import Case, Department, Organisation, SmsOutbox, User, now
from db.base import BaseModel


class Rating(BaseModel):
    """The applicant's rating of one department's work on a complete case: one row per case and
    department; a correction changes the row (and is audited)."""
    case = ForeignKeyField(Case, backref="+", on_delete="CASCADE")
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    organisation = ForeignKeyField(Organisation, null=True, backref="+", on_delete="SET NULL")
    level = IntegerField()  # 1 非常满意 ... 5 非常不满意
    comment = TextField(default="")
    channel = CharField(max_length=10, default="window")
    rated_at = DateTimeField(default=now, index=True)
    rated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    version = IntegerField(default=1)

    class Meta:
        table_name = "ratings_rating"
        indexes = ((("case", "department"), True),)


class Rectification(BaseModel):
    """What a bad rating opens: the department must answer the applicant in writing by ``due_at``."""
    rating = ForeignKeyField(Rating, backref="rectifications", on_delete="CASCADE")
    case = ForeignKeyField(Case, backref="+", on_delete="CASCADE")
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    organisation = ForeignKeyField(Organisation, null=True, backref="+", on_delete="SET NULL")
    level = IntegerField()  # the level that opened it
    complaint = TextField(default="")  # the comment that came with it
    state = CharField(max_length=10, default="open", index=True)
    opened_at = DateTimeField(default=now, index=True)
    due_at = DateTimeField()
    answer = TextField(default="")
    answered_at = DateTimeField(null=True)
    answered_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    sms = ForeignKeyField(SmsOutbox, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "ratings_rectification"
