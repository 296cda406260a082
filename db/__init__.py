"""Database layer: connection from a URL, base model, migrations runner and core migrations."""
from db.base import BaseModel, JSONField, database

__all__ = ["BaseModel", "JSONField", "database"]
