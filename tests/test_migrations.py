"""Schema migrations: all-or-nothing upgrades, per-component versions, backups first."""
from __future__ import annotations

import shutil
import sqlite3
import sys
import textwrap
from pathlib import Path

import pytest
from plugin_fixtures import make_plugin

from app import startup
from app.cli import main
from app.plugins import PluginHost, PluginState
from db import migrate
from db.backup import BackupUnavailable
from db.connection import open_database
from db.migrate import MigrationError, MigrationSource, applied_versions

CREATE_GADGET = """
    from peewee import CharField, Model


    def up(migrator, db):
        class Gadget(Model):
            name = CharField(max_length=40)

            class Meta:
                database = db
                table_name = "gadget"
        db.create_tables([Gadget])
        Gadget.create(name="first")
"""

# Changes a table of its own component and a core table, both schema and data, then fails.
ALTER_THEN_FAIL = """
    from peewee import CharField
    from playhouse.migrate import migrate


    def up(migrator, db):
        migrate(
            migrator.add_column("gadget", "colour", CharField(max_length=20, default="red")),
            migrator.rename_column("gadget", "name", "title"),
            migrator.add_column("organisation", "fax", CharField(max_length=40, default="")),
            migrator.add_index("department", ("name",), False),
        )
        db.execute_sql("UPDATE gadget SET colour = 'blue'")
        db.execute_sql("UPDATE department SET name = 'renamed'")
        db.execute_sql("DELETE FROM setting")
        raise RuntimeError("boom in 0002")
"""

ALTER_FIXED = """
    from peewee import CharField
    from playhouse.migrate import migrate


    def up(migrator, db):
        migrate(migrator.add_column("gadget", "colour", CharField(max_length=20, default="red")))
"""


@pytest.fixture(autouse=True)
def _no_bytecode(monkeypatch):
    """Migration files are rewritten within one test; never load a stale .pyc."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)


def write_migrations(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        (directory / name).write_text(textwrap.dedent(source), encoding="utf-8")
    return directory


def snapshot(db) -> dict:
    """Everything observable about the database: tables, columns, indexes, every row."""
    tables = sorted(db.get_tables())
    state = {"tables": tables}
    for table in tables:
        state[f"{table}.columns"] = [(c.name, c.data_type, c.null) for c in db.get_columns(table)]
        state[f"{table}.indexes"] = sorted((i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table))
        rows = db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        state[f"{table}.rows"] = sorted(map(repr, rows))
    return state


#: What the built-in plugins bring along with the core: each plugin's own tables, in plugin order.
#: (The core's own list comes from its directory, so that a new core migration needs no edit here.)
_CORE_MIGRATIONS = migrate.discover(MigrationSource("core", startup.CORE_MIGRATIONS))
_PLUGIN_MIGRATIONS = ["registration:0001_attachments", "seal:0001_seal_tables", "bank:0001_bank_tables",
                      "tax:0001_tax_registrations", "social_insurance:0001_employers",
                      "incubator:0001_incubator_tables", "supervision:0001_alerts", "ratings:0001_ratings",
                      "delivery:0001_delivery"]
BUILTIN_MIGRATIONS = [m.label for m in _CORE_MIGRATIONS] + _PLUGIN_MIGRATIONS
BUILTIN_VERSIONS = {"core": _CORE_MIGRATIONS[-1].number, **{label.split(":")[0]: 1 for label in _PLUGIN_MIGRATIONS}}


def plugin_with_migrations(name: str, source: MigrationSource):
    return make_plugin(name, kaiban_migrations=lambda: source)


def builtin_host() -> PluginHost:
    host = PluginHost()
    host.load_builtins()
    return host


def test_fresh_database_gets_core_at_version_1(db_url, tmp_path):
    db = open_database(db_url)
    assert db.get_tables() == []
    result = startup.upgrade(db, builtin_host(), backup_to=tmp_path / "backups")
    assert [m.label for m in result.applied] == BUILTIN_MIGRATIONS
    assert result.backup is None  # nothing to back up in an empty database
    assert not (tmp_path / "backups").exists()
    assert applied_versions(db) == BUILTIN_VERSIONS
    rows = db.execute_sql("SELECT component, version, applied_at FROM schema_version ORDER BY component").fetchall()
    assert [(r[0], r[1]) for r in rows] == sorted(BUILTIN_VERSIONS.items())
    assert rows[0][2] is not None
    assert {"case", "step", "step_event", "user", "audit_log", "schema_version"} <= set(db.get_tables())
    # A second upgrade finds nothing to do.
    assert startup.upgrade(db, builtin_host()).applied == []


def test_dry_run_lists_pending_and_changes_nothing(db_url, tmp_path):
    db = open_database(db_url)
    host = builtin_host()
    assert [m.label for m in startup.dry_run(db, host)] == BUILTIN_MIGRATIONS
    assert db.get_tables() == []

    startup.upgrade(db, host)
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET,
                                                  "0002_add_colour.py": ALTER_FIXED})
    host.register_module(plugin_with_migrations("extra", MigrationSource("extra", extra)))
    before = snapshot(db)
    assert [m.label for m in startup.dry_run(db, host)] == ["extra:0001_create_gadget", "extra:0002_add_colour"]
    assert snapshot(db) == before


def test_failing_migration_leaves_schema_and_data_exactly_unchanged(db_url, tmp_path):
    ctx = startup.open_app(db_url, backup_to=tmp_path / "backups")
    db = ctx.db
    from app.core.settings import set_setting

    set_setting("some.key", {"kept": True})
    broken = write_migrations(tmp_path / "broken", {"0001_create_gadget.py": CREATE_GADGET,
                                                    "0002_alter_then_fail.py": ALTER_THEN_FAIL})
    before = snapshot(db)
    versions_before = applied_versions(db)

    with pytest.raises(MigrationError) as info:
        migrate.apply(db, [startup.core_source(), MigrationSource("broken", broken)])

    assert info.value.migration.label == "broken:0002_alter_then_fail"
    assert "broken:0002_alter_then_fail" in str(info.value)
    assert "boom in 0002" in str(info.value)
    assert snapshot(db) == before  # 0001's table and row are gone too
    assert "gadget" not in db.get_tables()
    assert applied_versions(db) == versions_before


def test_failed_upgrade_can_be_run_again_once_fixed(db_url, tmp_path):
    ctx = startup.open_app(db_url, backup_to=tmp_path / "backups")
    directory = write_migrations(tmp_path / "gadgets", {"0001_create_gadget.py": CREATE_GADGET,
                                                        "0002_alter_then_fail.py": ALTER_THEN_FAIL})
    sources = [startup.core_source(), MigrationSource("gadgets", directory)]
    with pytest.raises(MigrationError):
        migrate.apply(ctx.db, sources)

    (directory / "0002_alter_then_fail.py").write_text(textwrap.dedent(ALTER_FIXED))
    applied = migrate.apply(ctx.db, sources)

    assert [m.label for m in applied] == ["gadgets:0001_create_gadget", "gadgets:0002_alter_then_fail"]
    assert applied_versions(ctx.db)["gadgets"] == 2
    assert ctx.db.execute_sql("SELECT name, colour FROM gadget").fetchall() == [("first", "red")]


def test_failing_core_migration_raises_and_changes_nothing(db_url, tmp_path, monkeypatch):
    ctx = startup.open_app(db_url, backup_to=tmp_path / "backups")
    core_dir = tmp_path / "core_migrations"
    core_dir.mkdir()
    shutil.copy(startup.CORE_MIGRATIONS / "0001_core_tables.py", core_dir)
    broken = f"{BUILTIN_VERSIONS['core'] + 1:04d}_broken"  # after the core's real migrations
    write_migrations(core_dir, {f"{broken}.py": """
        def up(migrator, db):
            db.execute_sql("UPDATE department SET name = 'x'")
            raise ValueError("core is broken")
    """})
    monkeypatch.setattr(startup, "core_source", lambda: MigrationSource("core", core_dir))
    before = snapshot(ctx.db)

    with pytest.raises(MigrationError) as info:
        startup.upgrade(ctx.db, ctx.host, backup=False)

    assert info.value.migration.label == f"core:{broken}"
    assert snapshot(ctx.db) == before
    assert all(r.state == PluginState.ACTIVE for r in ctx.host.list())  # no plugin took the blame


@pytest.mark.parametrize("plugin_name", ["broken", "brokenplug"])
def test_failing_plugin_migration_fails_that_plugin_and_the_rest_upgrades(db_url, tmp_path, plugin_name):
    """The plugin's component may be named after the plugin or not: the plugin is found either way."""
    db = open_database(db_url)
    host = builtin_host()
    broken = write_migrations(tmp_path / "broken", {"0001_create_gadget.py": CREATE_GADGET,
                                                    "0002_alter_then_fail.py": ALTER_THEN_FAIL})
    good = write_migrations(tmp_path / "good", {"0001_create_widget.py": CREATE_GADGET.replace("gadget", "widget")})
    host.register_module(make_plugin(
        plugin_name, kaiban_migrations=lambda: MigrationSource("broken", broken),
        kaiban_departments=lambda: []))
    host.register_module(plugin_with_migrations("goodplug", MigrationSource("good", good)))

    result = startup.upgrade(db, host, backup=False)

    assert result.failed_plugins == [plugin_name]
    record = host.records[plugin_name]
    assert record.state == PluginState.FAILED
    assert "broken:0002_alter_then_fail" in record.error
    assert not host.pm.is_registered(record.module)
    assert [m.label for m in result.applied] == BUILTIN_MIGRATIONS + ["good:0001_create_widget"]
    assert applied_versions(db) == BUILTIN_VERSIONS | {"good": 1}
    assert "widget" in db.get_tables() and "gadget" not in db.get_tables()
    assert host.records["goodplug"].state == PluginState.ACTIVE
    assert all(host.records[n].state == PluginState.ACTIVE
               for n in ("registration", "seal", "bank", "tax", "social_insurance", "incubator"))


def test_backup_is_taken_before_migrating_an_existing_sqlite_database(sqlite_url, tmp_path):
    backups = tmp_path / "backups"
    ctx = startup.open_app(sqlite_url, backup_to=backups)
    assert not backups.exists()  # the first migration of an empty file needs no backup
    tables_before = sorted(ctx.db.get_tables())
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET})
    ctx.host.register_module(plugin_with_migrations("extra", MigrationSource("extra", extra)))

    result = startup.upgrade(ctx.db, ctx.host, backup_to=backups)

    assert [m.label for m in result.applied] == ["extra:0001_create_gadget"]
    assert result.backup is not None and result.backup.parent == backups
    assert list(backups.iterdir()) == [result.backup]
    copy = sqlite3.connect(result.backup)
    try:
        copied = sorted(r[0] for r in copy.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        assert copied == tables_before
        assert copy.execute("SELECT component, version FROM schema_version ORDER BY component").fetchall() == sorted(
            BUILTIN_VERSIONS.items())
        assert copy.execute("SELECT COUNT(*) FROM department").fetchone()[0] == 6
    finally:
        copy.close()
    assert "gadget" in ctx.db.get_tables()
    # Nothing pending: no further backup.
    assert startup.upgrade(ctx.db, ctx.host, backup_to=backups).backup is None
    assert len(list(backups.iterdir())) == 1


def test_postgres_backup_is_written_by_pg_dump(pg_url, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    backups = tmp_path / "backups"
    ctx = startup.open_app(pg_url, backup_to=backups)
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET})
    ctx.host.register_module(plugin_with_migrations("extra", MigrationSource("extra", extra)))

    result = startup.upgrade(ctx.db, ctx.host, backup_to=backups)

    assert result.backup is not None and result.backup.exists()
    assert result.backup.suffix == ".dump"
    assert result.backup.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert "gadget" in ctx.db.get_tables()


def test_postgres_without_pg_dump_refuses_to_upgrade_unless_told_to_skip_the_backup(pg_url, tmp_path,
                                                                                     monkeypatch):
    import db.backup

    ctx = startup.open_app(pg_url, backup_to=tmp_path / "backups")
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET})
    ctx.host.register_module(plugin_with_migrations("extra", MigrationSource("extra", extra)))
    monkeypatch.setattr(db.backup.shutil, "which", lambda name, *a, **k: None)
    before = snapshot(ctx.db)

    with pytest.raises(BackupUnavailable) as info:
        startup.upgrade(ctx.db, ctx.host, backup=True, backup_to=tmp_path / "backups")
    assert "pg_dump" in str(info.value)
    assert snapshot(ctx.db) == before

    result = startup.upgrade(ctx.db, ctx.host, backup=False)
    assert [m.label for m in result.applied] == ["extra:0001_create_gadget"]
    assert result.backup is None
    assert applied_versions(ctx.db)["extra"] == 1


EXTRA_PLUGIN = """
    from pathlib import Path

    from app.hookspecs import hookimpl
    from app.plugin_api import MigrationSource, PluginInfo

    PLUGIN_INFO = PluginInfo(name="extra", version="1.2.3", api=">=1.0,<2")


    @hookimpl
    def kaiban_migrations():
        return MigrationSource("extra", Path({directory!r}))
"""


def test_cli_db_migrate_dry_run_prints_pending_labels(db_url, tmp_path, capsys, entrypoint_plugins):
    assert main(["--db", db_url, "db", "migrate", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "core:0001_core_tables" in out.splitlines()
    assert open_database(db_url).get_tables() == []  # dry run: nothing created

    assert main(["--db", db_url, "db", "init"]) == 0
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET,
                                                  "0002_add_colour.py": ALTER_FIXED})
    entrypoint_plugins("kaiban-extra", "extra", "kaiban_extra_plugin",
                       EXTRA_PLUGIN.format(directory=str(extra)))
    capsys.readouterr()
    assert main(["--db", db_url, "db", "migrate", "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["extra:0001_create_gadget", "extra:0002_add_colour"]
    assert "core:0001_core_tables" not in lines
    assert "gadget" not in open_database(db_url).get_tables()

    assert main(["--db", db_url, "db", "migrate", "--no-backup"]) == 0
    out = capsys.readouterr().out
    assert "已执行: extra:0002_add_colour" in out
    assert applied_versions(open_database(db_url))["extra"] == 2


def test_cli_db_migrate_without_pg_dump_fails_cleanly(pg_url, tmp_path, capsys, entrypoint_plugins, monkeypatch):
    import db.backup

    assert main(["--db", pg_url, "db", "init"]) == 0
    extra = write_migrations(tmp_path / "extra", {"0001_create_gadget.py": CREATE_GADGET})
    entrypoint_plugins("kaiban-extra", "extra", "kaiban_extra_plugin2",
                       EXTRA_PLUGIN.format(directory=str(extra)))
    monkeypatch.setattr(db.backup.shutil, "which", lambda name, *a, **k: None)
    capsys.readouterr()

    assert main(["--db", pg_url, "db", "migrate"]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert "gadget" not in open_database(pg_url).get_tables()

    assert main(["--db", pg_url, "db", "migrate", "--no-backup"]) == 0
    assert "gadget" in open_database(pg_url).get_tables()


def test_plugin_with_two_migrations_of_one_number_fails_and_the_rest_upgrades(db_url, tmp_path):
    db = open_database(db_url)
    host = builtin_host()
    clash = write_migrations(tmp_path / "clash", {"0001_create_gadget.py": CREATE_GADGET,
                                                  "0001_create_widget.py": CREATE_GADGET.replace("gadget", "widget")})
    host.register_module(plugin_with_migrations("clash", MigrationSource("clash", clash)))

    assert [m.label for m in startup.dry_run(db, host)] == BUILTIN_MIGRATIONS
    assert host.records["clash"].state == PluginState.FAILED
    assert "duplicate migration numbers" in host.records["clash"].error

    host = builtin_host()
    host.register_module(plugin_with_migrations("clash", MigrationSource("clash", clash)))
    result = startup.upgrade(db, host)
    assert result.failed_plugins == ["clash"]
    assert [m.label for m in result.applied] == BUILTIN_MIGRATIONS
    assert "gadget" not in db.get_tables() and "widget" not in db.get_tables()


def test_migration_file_names_must_follow_the_pattern(tmp_path):
    directory = write_migrations(tmp_path / "m", {
        "0002_second.py": "def up(migrator, db): pass\n", "0001_first.py": "def up(migrator, db): pass\n",
        "0003-bad-name.py": "", "3_short.py": "", "0004_Capital.py": "", "README.md": "", "__init__.py": ""})
    found = migrate.discover(MigrationSource("m", directory))
    assert [(m.number, m.name, m.label) for m in found] == [(1, "first", "m:0001_first"), (2, "second", "m:0002_second")]
    assert migrate.discover(MigrationSource("none", tmp_path / "missing")) == []


def test_migration_without_up_fails_with_its_label(db_url, tmp_path):
    db = open_database(db_url)
    directory = write_migrations(tmp_path / "noup", {"0001_nothing.py": "def down(migrator, db): pass\n"})
    with pytest.raises(MigrationError) as info:
        migrate.apply(db, [startup.core_source(), MigrationSource("noup", directory)])
    assert info.value.migration.label == "noup:0001_nothing"
    assert db.get_tables() == []


def test_cli_db_backup_writes_a_copy(sqlite_url, tmp_path, capsys):
    assert main(["--db", sqlite_url, "db", "init"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "db", "backup", "--out", str(tmp_path / "out")]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path / "out" and written.exists()
    copy = sqlite3.connect(written)
    try:
        assert copy.execute("SELECT version FROM schema_version WHERE component = 'core'").fetchone() == (BUILTIN_VERSIONS["core"],)
    finally:
        copy.close()
