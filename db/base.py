"""The shared DatabaseProxy and the base model every table derives from."""
from __future__ import annotations

import json

from peewee import DatabaseProxy, Model, TextField

#: Bound at run time to SQLite or PostgreSQL by :func:`db.connection.open_database`.
database = DatabaseProxy()


class JSONField(TextField):
    """JSON stored as text, so it behaves the same on SQLite and PostgreSQL."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value):
        if value is None or value == "":
            return None
        return json.loads(value)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
