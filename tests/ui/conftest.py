"""Fixtures of the UI tests: a signed-in demo context, helpers to wait for the operations runner."""
from __future__ import annotations

import shutil
import types

import pytest


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """The demo database, seeded once per session (argon2 hashing of the demo users is slow)."""
    from app.core.demo import seed_demo
    from app.startup import open_app
    from db.connection import close_database

    path = tmp_path_factory.mktemp("demo-template") / "kaiban.db"
    ctx = open_app(f"sqlite:///{path}", backup=False)
    seed_demo(ctx.host, ctx.graph, cases=24)
    ctx.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path


@pytest.fixture
def demo_ctx(_demo_template, tmp_path):
    """Overrides the suite's demo_ctx with a copy of the session's seeded database: same data, and
    the UI tests stay fast."""
    from app.startup import open_app
    from db.connection import close_database

    target = tmp_path / "kaiban.db"
    shutil.copyfile(_demo_template, target)
    ctx = open_app(f"sqlite:///{target}", backup_to=tmp_path / "backups")
    yield ctx
    from app.ui import operations

    operations.wait_until_idle(10000)
    close_database()


@pytest.fixture
def wait_ops(qtbot):
    """Wait until every operation of the runner (and those their callbacks start) is delivered."""
    from app.ui import operations

    def wait(timeout_ms: int = 10000) -> None:
        assert operations.wait_until_idle(timeout_ms), "operations did not finish in time"

    yield wait
    operations.wait_until_idle(10000)


@pytest.fixture(autouse=True)
def _no_live_updates(monkeypatch):
    """Main windows start no step watcher: its updates would land at moments a test does not
    control. The tests of live updates switch it back on (tests/ui/test_ui_live.py)."""
    monkeypatch.setenv("KAIBAN_LIVE_UPDATES", "0")


@pytest.fixture(autouse=True)
def _no_message_boxes_left(qapp):
    """Close message boxes a test opened (they are non-blocking, but must not pile up)."""
    yield
    from app.ui import messages

    messages.close_all()


@pytest.fixture
def sign_in(demo_ctx):
    """``sign_in(username)`` -> demo_ctx with that user signed in (no password: tests only)."""
    from app.core.users import current_user, get_user

    def sign(username: str):
        demo_ctx.user = current_user(get_user(username))
        return demo_ctx

    return sign


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    """QSettings of connection_store go to a file of this test, never the workstation's."""
    from PyQt6.QtCore import QSettings

    from app import connection_store

    path = tmp_path / "kaiban.ini"
    monkeypatch.setattr(connection_store, "_qsettings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return path


@pytest.fixture
def plugin_module():
    """``plugin_module(name, api=..., hook_name=function, ...)``: a plugin module built in memory."""
    from app.hookspecs import hookimpl
    from app.plugin_api import PluginInfo

    def make(name: str, api: str = ">=1.0,<2", **hooks) -> types.ModuleType:
        module = types.ModuleType(f"test_plugin_{name}")
        module.PLUGIN_INFO = PluginInfo(name=name, version="9.9.9", api=api, title=f"测试插件 {name}")
        for hook_name, function in hooks.items():
            function.__name__ = hook_name
            setattr(module, hook_name, hookimpl(function))
        return module

    return make
