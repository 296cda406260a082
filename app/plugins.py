"""The plugin manager: built-in department plugins, then third-party entry points.

``get_plugin_host()`` builds the manager on first use (no import-time side effects).
A plugin that fails to import, declares an incompatible API range, implements a hook
that does not exist, or raises inside a hook is marked failed with its traceback; the
shell keeps running without it.
"""
from __future__ import annotations

import importlib
import traceback
from dataclasses import dataclass
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any, Iterable

import pluggy
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from app import PLUGIN_API_VERSION, hookspecs
from app.plugin_api import PluginInfo

ENTRY_POINT_GROUP = "kaiban.plugins"


class PluginState:
    ACTIVE = "active"
    DISABLED = "disabled"
    FAILED = "failed"


@dataclass
class PluginRecord:
    name: str
    source: str  # "builtin", "entrypoint" or "local"
    state: str
    version: str = ""
    department: str | None = None
    api: str = ""
    title: str = ""
    error: str = ""
    module: ModuleType | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "department": self.department,
                "api": self.api, "source": self.source, "state": self.state, "error": self.error,
                "title": self.title}


def builtin_plugin_modules() -> list[str]:
    from plugins import BUILTIN_PLUGINS
    return list(BUILTIN_PLUGINS)


class PluginHost:
    """Owns the pluggy manager and what is known of every plugin, failed ones included."""

    def __init__(self, disabled: Iterable[str] = ()):
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.disabled = set(disabled)
        self.records: dict[str, PluginRecord] = {}

    # -- loading --------------------------------------------------------------------------
    def load_builtins(self, module_names: Iterable[str] | None = None) -> None:
        for module_name in (builtin_plugin_modules() if module_names is None else module_names):
            short = module_name.rsplit(".", 1)[-1]
            try:
                module = importlib.import_module(module_name)
            except Exception:
                self._fail(short, "builtin", traceback.format_exc())
                continue
            self.register_module(module, source="builtin")

    def load_entrypoints(self) -> None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                module = ep.load()
            except Exception:
                self._fail(ep.name, "entrypoint", traceback.format_exc())
                continue
            self.register_module(module, source="entrypoint", fallback_name=ep.name)

    def register_module(self, module: ModuleType, *, source: str = "local",
                        fallback_name: str | None = None) -> PluginRecord:
        info = getattr(module, "PLUGIN_INFO", None)
        name = info.name if isinstance(info, PluginInfo) else (
            fallback_name or module.__name__.rsplit(".", 1)[-1])
        if name in self.records and self.records[name].state == PluginState.ACTIVE:
            # Keep the active plugin's record; list the duplicate under its own key.
            duplicate = PluginRecord(name=name, source=source, state=PluginState.FAILED, module=module,
                                     error=f"a plugin named {name!r} is already registered")
            self.records[f"{name} ({module.__name__})"] = duplicate
            return duplicate
        if not isinstance(info, PluginInfo):
            return self._fail(name, source, "module declares no PLUGIN_INFO = PluginInfo(...)", module)
        record = PluginRecord(name=name, source=source, state=PluginState.ACTIVE, version=info.version,
                              department=info.department, api=info.api, title=info.title or name,
                              module=module)
        self.records[name] = record
        try:
            compatible = Version(PLUGIN_API_VERSION) in SpecifierSet(info.api)
        except InvalidSpecifier:
            return self._mark_failed(record, f"invalid plugin API range {info.api!r}")
        if not compatible:
            return self._mark_failed(record, f"supports plugin API {info.api}, the core offers "
                                             f"{PLUGIN_API_VERSION}")
        if name in self.disabled:
            record.state = PluginState.DISABLED
            return record
        try:
            self.pm.register(module, name=name)
            self.pm.check_pending()
        except Exception:
            if self.pm.is_registered(module):
                self.pm.unregister(module)
            return self._mark_failed(record, traceback.format_exc())
        return record

    def _fail(self, name, source, error, module=None) -> PluginRecord:
        record = PluginRecord(name=name, source=source, state=PluginState.FAILED, error=error, module=module)
        self.records[name] = record
        return record

    def _mark_failed(self, record: PluginRecord, error: str) -> PluginRecord:
        record.state = PluginState.FAILED
        record.error = error
        return record

    # -- calling --------------------------------------------------------------------------
    def call(self, hook_name: str, **kwargs) -> list:
        """Call every active implementation of ``hook_name``, isolating failures.

        Results are flattened one level (a hook returning a list contributes its items),
        in registration order. An implementation that raises marks its plugin failed and
        unregisters it."""
        return [value for _plugin, value in self.call_each(hook_name, **kwargs)]

    def _isolated_results(self, hook_name: str, kwargs: dict):
        """Yield (plugin name, value) from each implementation in registration order, tryfirst and
        trylast honoured; one that raises marks its plugin failed and is skipped."""
        hook = getattr(self.pm.hook, hook_name)
        # pluggy stores implementations in registration order (trylast first, tryfirst last)
        # and calls them in reverse; we want registration order, tryfirst/trylast honoured.
        impls = sorted(hook.get_hookimpls(), key=lambda i: 0 if i.tryfirst else 2 if i.trylast else 1)
        for impl in impls:
            # A missing argument is the caller's mistake, not the plugin's: let the KeyError out.
            args = {name: kwargs[name] for name in impl.argnames}
            try:
                value = impl.function(**args)
            except Exception:
                self.fail_plugin(impl.plugin_name, f"in {hook_name}:\n{traceback.format_exc()}")
                continue
            yield impl.plugin_name, value

    def call_each(self, hook_name: str, **kwargs) -> list[tuple[str, Any]]:
        """Like :meth:`call`, but each result comes with the name of the plugin that returned it."""
        results: list[tuple[str, Any]] = []
        for plugin, value in self._isolated_results(hook_name, kwargs):
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                results.extend((plugin, item) for item in value)
            else:
                results.append((plugin, value))
        return results

    def call_first(self, hook_name: str, **kwargs) -> tuple[str, Any] | None:
        """Call the implementations of a ``firstresult`` hook in the order of :meth:`call` until one
        returns something other than None; returns (plugin name, value), or None when none did.
        An implementation that raises marks its plugin failed and the next one is tried."""
        for plugin, value in self._isolated_results(hook_name, kwargs):
            if value is not None:
                return plugin, value
        return None

    def fail_plugin(self, name: str, error: str) -> None:
        record = self.records.get(name)
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin)
        if record is None:
            record = self.records[name] = PluginRecord(name=name, source="local", state=PluginState.FAILED)
        self._mark_failed(record, error)

    # -- queries --------------------------------------------------------------------------
    def active(self) -> list[PluginRecord]:
        return [r for r in self.records.values() if r.state == PluginState.ACTIVE]

    def list(self) -> list[PluginRecord]:
        return sorted(self.records.values(), key=lambda r: (r.source != "builtin", r.name))


_host: PluginHost | None = None


def get_plugin_host(disabled: Iterable[str] = (), *, reload: bool = False) -> PluginHost:
    """The process-wide plugin host: built-ins first, then entry points."""
    global _host
    if _host is None or reload:
        host = PluginHost(disabled=disabled)
        host.load_builtins()
        host.load_entrypoints()
        _host = host
    return _host


def reset_plugin_host() -> None:
    global _host
    _host = None
