"""Render the main screens to PNG files (``main.py screenshot``), offscreen and with real data.

A local administration tool: it signs in as ``username`` without a password, like the other
sub-commands that act on the database directly.

A plugin adds its own screens with a module ``<plugin package>.ui.screenshots`` defining
``take_screenshots(window, save)``: it opens its widgets on the main ``window`` and calls
``save(widget, name)`` for each; it must not change the data. The core names no plugin here.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import traceback
from pathlib import Path

WINDOW_SIZE = (1280, 800)
MAX_QUEUES = 4


def _quiet_offscreen_warnings():
    """The offscreen platform warns about window hints on every dialog; drop that one line.
    Returns a function that puts the previous handler back."""
    from PyQt6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            import sys

            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    return lambda: qInstallMessageHandler(previous)


def _application():
    if os.environ.get("QT_QPA_PLATFORM") is None and not (os.environ.get("DISPLAY")
                                                         or os.environ.get("WAYLAND_DISPLAY")):
        from PyQt6.QtWidgets import QApplication

        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.application import ensure_application

    return ensure_application()


def _settle(rounds: int = 3) -> None:
    from PyQt6.QtCore import QCoreApplication

    from app.ui import operations

    for _ in range(rounds):
        operations.wait_until_idle(15000)
        QCoreApplication.processEvents()


def _save(widget, path: Path, paths: list[Path]) -> None:
    _settle()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    paths.append(path)


def take_screenshots(ctx, out_dir, username: str = "admin") -> list[Path]:
    """Render login, the first queues, a case, the plugins and connection dialogs; returns the PNGs."""
    _application()
    restore = _quiet_offscreen_warnings() if os.environ.get("QT_QPA_PLATFORM") == "offscreen" else None
    try:
        return _take(ctx, Path(out_dir), username)
    finally:
        if restore is not None:
            restore()


def _take(ctx, out: Path, username: str) -> list[Path]:
    from app.core.users import current_user, get_user
    from app.ui.dialogs.connection import ConnectionDialog
    from app.ui.dialogs.login import LoginDialog
    from app.ui.dialogs.plugins import PluginsDialog
    from app.ui.shell import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    ctx.user = current_user(get_user(username))
    paths: list[Path] = []

    login = LoginDialog(ctx, username=username)
    login.show()
    _save(login, out / "01_login.png", paths)
    login.close()

    window = MainWindow(ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    case_id = None
    for n, spec in enumerate(window.queues[:MAX_QUEUES], start=1):
        view = window.show_queue(spec.key)
        _settle()
        if view.model.rowCount() and not view.selected_row():
            view.table.selectRow(0)
        row = view.selected_row()
        if case_id is None and row is not None:
            case_id = row.case_id
        _save(window, out / f"02_queue_{n}_{spec.key.replace('.', '_')}.png", paths)
    if not window.queues:
        _save(window, out / "02_no_queues.png", paths)

    if case_id is not None:
        window.show_queue(window.queues[0].key)  # the case comes from the first queue
        case = window.open_case(case_id)
        _settle()
        case.tabs.setCurrentIndex(0)  # a plugin's panel may have come forward: show the basic tab
        _save(window, out / "03_case_basic.png", paths)
        case.tabs.setCurrentIndex(2)  # 流程
        _save(window, out / "04_case_flow.png", paths)
        window.go_back()
    _timeline_screens(ctx, window, out, paths)

    plugins = PluginsDialog(ctx, window)
    plugins.show()
    failed = [r.name for r in plugins.records if r.error]
    if failed:
        plugins.select(failed[0])
    elif plugins.records:
        plugins.table.selectRow(0)
    _save(plugins, out / "05_plugins.png", paths)
    plugins.close()

    connection = ConnectionDialog(window)
    connection.show()
    _save(connection, out / "06_connection.png", paths)
    connection.close()

    _plugin_screens(ctx, window, out, paths)

    window.close()
    _settle(1)
    for widget in (login, plugins, connection, window):
        widget.deleteLater()
    return paths


def _timeline_screens(ctx, window, out: Path, paths: list[Path]) -> None:
    """A completed case's timeline strip (the 流程 tab); a case under way: its timeline and its
    appointment dialog."""
    from app.core.cases import most_advanced_case

    for name, states, appointments in (("04b_case_timeline", ("complete",), False),
                                       ("04c_case_under_way", ("in_progress", "returned"), True)):
        case_id = most_advanced_case(ctx.user, states)
        if case_id is None:
            continue
        case = window.open_case(case_id)
        _settle()
        case.tabs.setCurrentIndex(2)
        _save(window, out / f"{name}.png", paths)
        if appointments:
            case.open_appointments()
            _save(case.appointment_dialog, out / "04d_appointments.png", paths)
            case.appointment_dialog.close()
        window.go_back()


def _screens_module(module):
    """The plugin's ``ui.screenshots`` module, or None when it has none."""
    if module is None or not hasattr(module, "__path__"):  # a single-module plugin has no ui package
        return None
    name = f"{module.__name__}.ui.screenshots"
    try:
        if importlib.util.find_spec(f"{module.__name__}.ui") is None or importlib.util.find_spec(name) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name)


def _plugin_screens(ctx, window, out: Path, paths: list[Path]) -> None:
    from app.plugins import PluginState

    for record in ctx.host.list():
        if record.state != PluginState.ACTIVE:
            continue
        try:
            screens = _screens_module(record.module)
            take = getattr(screens, "take_screenshots", None)
            if take is None:
                continue

            def save(widget, name: str, _prefix=f"07_{record.name}") -> None:
                _save(widget, out / f"{_prefix}_{name}.png", paths)

            take(window, save)
        except Exception:  # noqa: BLE001 - one plugin's screens must not stop the others'
            print(f"screenshots of plugin {record.name} failed:\n{traceback.format_exc()}", file=sys.stderr)
        _settle(1)
