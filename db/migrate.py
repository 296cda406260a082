"""Numbered schema migrations, per component, applied all-or-nothing.

Each component (the core, each plugin) owns a directory of migration files named
``NNNN_description.py``; each defines ``up(migrator, db)`` in the style of
``playhouse.migrations`` (new tables as frozen model copies, changes through
``playhouse.migrate.SchemaMigrator``). The ``schema_version`` table holds one row per
component with the number of its last applied migration.

Every pending migration of every component runs inside one transaction: either the
whole upgrade lands or the database stays exactly as it was, and the error names the
migration that failed. (playhouse's own Runner keeps one directory and commits each
file on its own, which cannot give that guarantee across components.)
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from peewee import CharField, DateTimeField, IntegerField, Model, PostgresqlDatabase
from playhouse.migrate import SchemaMigrator

from app.i18n import translate

CORE_COMPONENT = "core"
CORE_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_FILE_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.py$")
_ADVISORY_LOCK_KEY = 0x4B414942  # "KAIB": serialises concurrent upgrades on PostgreSQL


@dataclass(frozen=True)
class MigrationSource:
    """Where a component keeps its migrations."""
    component: str
    directory: Path


@dataclass(frozen=True)
class Migration:
    component: str
    number: int
    name: str
    path: Path

    @property
    def label(self) -> str:
        return f"{self.component}:{self.number:04d}_{self.name}"


class MigrationError(Exception):
    """A migration failed; the database was left as it was before the upgrade."""

    def __init__(self, migration: Migration, cause: BaseException):
        self.migration = migration
        self.cause = cause
        super().__init__(translate("db", "迁移 {label} 失败，数据库已保持升级前的状态：{cause}").format(
            label=migration.label, cause=cause))


def _version_model(db):
    class SchemaVersion(Model):
        component = CharField(max_length=60, primary_key=True)
        version = IntegerField()
        applied_at = DateTimeField()

        class Meta:
            database = db
            table_name = "schema_version"
    return SchemaVersion


def discover(source: MigrationSource) -> list[Migration]:
    found = []
    if source.directory.is_dir():
        for path in source.directory.iterdir():
            m = _FILE_RE.match(path.name)
            if m:
                found.append(Migration(source.component, int(m.group(1)), m.group(2), path))
    found.sort(key=lambda mig: mig.number)
    numbers = [mig.number for mig in found]
    if len(numbers) != len(set(numbers)):
        raise ValueError(f"duplicate migration numbers in {source.directory}")
    return found


def applied_versions(db) -> dict[str, int]:
    model = _version_model(db)
    if not db.table_exists("schema_version"):
        return {}
    return {row.component: row.version for row in model.select()}


def pending(db, sources: list[MigrationSource]) -> list[Migration]:
    """Migrations not yet applied, core first, then components in the order given."""
    versions = applied_versions(db)
    todo: list[Migration] = []
    for source in sources:
        current = versions.get(source.component, 0)
        todo.extend(m for m in discover(source) if m.number > current)
    return todo


def _load(migration: Migration):
    spec = importlib.util.spec_from_file_location(
        f"kaiban_migration_{migration.component}_{migration.number:04d}", migration.path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "up", None)):
        raise AttributeError(f"{migration.path} defines no up(migrator, db)")
    return module


def apply(db, sources: list[MigrationSource]) -> list[Migration]:
    """Apply every pending migration in one transaction; returns what was applied."""
    import datetime as dt

    model = _version_model(db)
    migrator = SchemaMigrator.from_database(db)
    with db.atomic():
        if isinstance(db, PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_LOCK_KEY,))
        db.create_tables([model], safe=True)
        todo = pending(db, sources)  # re-read under the lock: another workstation may have upgraded
        for migration in todo:
            try:
                with db.atomic():
                    _load(migration).up(migrator, db)
                    (model.insert(component=migration.component, version=migration.number,
                                  applied_at=dt.datetime.now().replace(microsecond=0))
                     .on_conflict(conflict_target=[model.component],
                                  update={model.version: migration.number,
                                          model.applied_at: dt.datetime.now().replace(microsecond=0)})
                     .execute())
            except Exception as exc:
                raise MigrationError(migration, exc) from exc
    return todo
