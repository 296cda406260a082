"""Opening the application: database, plugins, schema upgrade, departments. Qt-free."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from peewee import Database

from app.config import backup_dir as default_backup_dir
from app.core.graph_config import configured_graph
from app.core.models import Department
from app.core.settings import disabled_plugins
from app.core.users import CurrentUser
from app.core.workflow import WorkflowGraph
from app.plugins import PluginHost, get_plugin_host
from db import migrate
from db.backup import BackupUnavailable, backup_database
from db.base import database
from db.connection import DatabaseConfigError, DatabaseURL, open_database, parse_url
from db.migrate import CORE_COMPONENT, CORE_MIGRATIONS, Migration, MigrationError, MigrationSource


#: What opening the application can fail with besides a ServiceError, for the GUI's messages.
__all__ = ["AppContext", "open_app", "upgrade", "dry_run", "release_thread_connection",
           "DatabaseConfigError", "MigrationError", "BackupUnavailable"]


def release_thread_connection() -> None:
    """Close the calling thread's database connection unless it is inside a transaction
    (worker threads call this when their job is done)."""
    db = database.obj
    if db is not None and not db.is_closed() and not db.in_transaction():
        db.close()


@dataclass
class AppContext:
    """What every part of a running Kaiban shares: database, plugins, signed-in user."""
    url: DatabaseURL
    db: Database
    host: PluginHost
    user: CurrentUser | None = None
    notes: list[str] = field(default_factory=list)

    @cached_property
    def graph(self) -> WorkflowGraph:
        # what the active plugins declare, with the administrators' configuration applied
        graph, notes = configured_graph(self.host.call("kaiban_step_types"))
        self.notes.extend(notes)
        return graph

    def step_title(self, step_type: str) -> str:
        return self.graph.title(step_type)


@dataclass(frozen=True)
class UpgradeResult:
    applied: list[Migration]
    backup: Path | None
    failed_plugins: list[str]


def core_source() -> MigrationSource:
    return MigrationSource(CORE_COMPONENT, CORE_MIGRATIONS)


def _plugin_sources(host: PluginHost) -> list[tuple[str, MigrationSource]]:
    """(plugin name, source) for every migration source an active plugin declares."""
    return [(plugin, source) for plugin, source in host.call_each("kaiban_migrations")
            if isinstance(source, MigrationSource) and source.component != CORE_COMPONENT]


def migration_sources(host: PluginHost) -> list[MigrationSource]:
    return [core_source()] + [source for _plugin, source in _plugin_sources(host)]


def _plugin_of(host: PluginHost, component: str) -> str | None:
    """The active plugin that declared ``component`` (its name need not be the plugin's)."""
    active = {record.name for record in host.active()}
    for plugin, source in _plugin_sources(host):
        if source.component == component and plugin in active:
            return plugin
    return None


def _fail_unreadable_sources(host: PluginHost) -> list[str]:
    """Fail every plugin whose migrations cannot even be listed (two files with one number)."""
    failed = []
    for plugin, source in _plugin_sources(host):
        try:
            migrate.discover(source)
        except (ValueError, OSError) as exc:
            host.fail_plugin(plugin, f"migrations of {source.component}: {exc}")
            failed.append(plugin)
    return failed


def upgrade(db: Database, host: PluginHost, *, backup: bool = True, backup_to: Path | None = None) -> UpgradeResult:
    """Back up, then apply every pending migration in one transaction.

    A plugin whose migration fails is marked failed and the upgrade is retried without it,
    so a broken plugin cannot keep the shell from starting; a failing core migration raises
    MigrationError and leaves the database untouched."""
    failed = _fail_unreadable_sources(host)
    backup_path = None
    while True:
        sources = migration_sources(host)
        todo = migrate.pending(db, sources)
        if not todo:
            return UpgradeResult([], backup_path, failed)
        if backup and backup_path is None and migrate.applied_versions(db):
            backup_path = backup_database(db, backup_to or default_backup_dir())
        try:
            return UpgradeResult(migrate.apply(db, sources), backup_path, failed)
        except MigrationError as exc:
            plugin = _plugin_of(host, exc.migration.component)
            if plugin is None:
                raise
            host.fail_plugin(plugin, str(exc))
            failed.append(plugin)


def dry_run(db: Database, host: PluginHost) -> list[Migration]:
    _fail_unreadable_sources(host)
    return migrate.pending(db, migration_sources(host))


def sync_departments(host: PluginHost) -> None:
    """Make sure every department a plugin declares has its row."""
    existing = {d.code for d in Department.select(Department.code)}
    for spec in host.call("kaiban_departments"):
        if spec.code not in existing:
            Department.create(code=spec.code, name=spec.name)
            existing.add(spec.code)


def open_app(url: str | DatabaseURL, *, upgrade_schema: bool = True, backup: bool = True,
             backup_to: Path | None = None) -> AppContext:
    parsed = parse_url(url) if isinstance(url, str) else url
    db = open_database(parsed)
    host = get_plugin_host(disabled=disabled_plugins(), reload=True)
    ctx = AppContext(url=parsed, db=db, host=host)
    if upgrade_schema:
        result = upgrade(db, host, backup=backup, backup_to=backup_to)
        if result.backup:
            ctx.notes.append(f"backup: {result.backup}")
        sync_departments(host)
    return ctx
