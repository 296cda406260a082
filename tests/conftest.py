"""Shared fixtures: every database test runs against SQLite and the real PostgreSQL server."""
from __future__ import annotations

import os
import shutil
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN_URL = os.environ.get("KAIBAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)


def _pg_available() -> bool:
    try:
        with _pg_admin():
            return True
    except Exception:
        return False


_PG_OK = None


def pg_available() -> bool:
    global _PG_OK
    if _PG_OK is None:
        _PG_OK = _pg_available()
        if not _PG_OK and os.environ.get("KAIBAN_REQUIRE_PG"):
            pytest.exit(f"PostgreSQL is required (KAIBAN_REQUIRE_PG) but {PG_ADMIN_URL} does not answer", 3)
    return _PG_OK


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Each test gets its own data directory and no saved connection from the workstation."""
    monkeypatch.setenv("KAIBAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KAIBAN_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _new_pg_database() -> str:
    from urllib.parse import urlsplit, urlunsplit

    name = f"kaiban_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(PG_ADMIN_URL)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, "", ""))


def _drop_pg_database(url: str) -> None:
    name = url.rsplit("/", 1)[-1]
    from db.connection import close_database

    close_database()
    with _pg_admin() as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> "
                     "pg_backend_pid()", (name,))
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _fresh_pg_database():
    """Create a throw-away PostgreSQL database, yield its URL, drop it afterwards."""
    if not pg_available():
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}")
    url = _new_pg_database()
    try:
        yield url
    finally:
        _drop_pg_database(url)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """An empty database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kaiban.db'}"
        from db.connection import close_database

        close_database()
        return
    yield from _fresh_pg_database()


@pytest.fixture
def sqlite_url(tmp_path):
    yield f"sqlite:///{tmp_path / 'kaiban.db'}"
    from db.connection import close_database

    close_database()


@pytest.fixture(scope="session")
def _migrated_templates(tmp_path_factory):
    """Databases migrated once per session, copied for each ``ctx`` (migrating every plugin's
    tables again for each test would cost more than the tests): kind -> SQLite path or
    PostgreSQL database name, made on first use."""
    templates: dict[str, str] = {}
    yield templates
    if "postgres" in templates:
        _drop_pg_database(templates["postgres"])


def _migrated_copy(db_url: str, templates: dict[str, str], tmp_path_factory) -> None:
    """Make the empty database at ``db_url`` a copy of the migrated template of its kind."""
    from app.startup import open_app
    from db.connection import close_database

    kind = "sqlite" if db_url.startswith("sqlite") else "postgres"
    if kind not in templates:
        if kind == "sqlite":
            path = tmp_path_factory.mktemp("migrated") / "template.db"
            open_app(f"sqlite:///{path}", backup=False)
            templates[kind] = str(path)
        else:
            url = _new_pg_database()
            open_app(url, backup=False)
            templates[kind] = url
        close_database()
    if kind == "sqlite":
        shutil.copyfile(templates[kind], db_url[len("sqlite:///"):])
        return
    name, template = db_url.rsplit("/", 1)[-1], templates[kind].rsplit("/", 1)[-1]
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


@pytest.fixture
def ctx(db_url, tmp_path, _migrated_templates, tmp_path_factory):
    """An opened, migrated application context (SQLite and PostgreSQL), at ``db_url``."""
    from app.startup import open_app

    _migrated_copy(db_url, _migrated_templates, tmp_path_factory)
    return open_app(db_url, backup_to=tmp_path / "backups")


@pytest.fixture
def sqlite_ctx(sqlite_url, tmp_path):
    """The same on SQLite only, for tests whose subject is not the database."""
    from app.startup import open_app

    return open_app(sqlite_url, backup_to=tmp_path / "backups")


@pytest.fixture
def demo_ctx(sqlite_ctx):
    """SQLite context seeded with the demo data (departments, organisations, users, cases)."""
    from app.core.demo import seed_demo

    seed_demo(sqlite_ctx.host, sqlite_ctx.graph, cases=24)
    return sqlite_ctx


# -- Fixtures added for the core test suite -------------------------------------------------------

@pytest.fixture
def pg_url():
    """An empty PostgreSQL database URL (skipped when the server does not answer)."""
    yield from _fresh_pg_database()


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes():
    """argon2 at its real cost takes about a tenth of a second a hash, and every seeded user is
    one: tests use cheap parameters (tests/test_users.py checks the real ones)."""
    from argon2 import PasswordHasher

    from app.core import users

    real = users._hasher
    users._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users._hasher = real


@pytest.fixture
def fast_hash(monkeypatch):
    """Cheap argon2 parameters, for tests that create many users but are not about hashing."""
    from argon2 import PasswordHasher

    from app.core import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def entrypoint_plugins(tmp_path, monkeypatch):
    """Factory installing fake distributions whose ``kaiban.plugins`` entry point names a module
    written next to them; ``install(dist, entry_name, module_name, source)``."""
    import importlib
    import sys
    import textwrap

    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    modules: list[str] = []

    def install(dist: str, entry_name: str, module_name: str, source: str):
        info = site / f"{dist}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
        (info / "entry_points.txt").write_text(f"[kaiban.plugins]\n{entry_name} = {module_name}\n")
        (site / f"{module_name}.py").write_text(textwrap.dedent(source))
        modules.append(module_name)
        importlib.invalidate_caches()
        return site

    yield install
    for name in modules:
        sys.modules.pop(name, None)
    from app.plugins import reset_plugin_host

    reset_plugin_host()
