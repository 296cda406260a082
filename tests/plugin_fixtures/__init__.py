"""Plugins the tests register: ``everyhook`` implements every hook; ``make_plugin`` builds
throw-away plugin modules for one test."""
from __future__ import annotations

import types
from typing import Any, Callable

from app.hookspecs import hookimpl
from app.plugin_api import PluginInfo


def make_plugin(name: str, *, info: PluginInfo | None | str = "default",
                **hooks: Callable[..., Any]) -> types.ModuleType:
    """A plugin module named ``name`` whose hook implementations are ``hooks`` (plain functions,
    marked here with ``hookimpl``). ``info=None`` leaves PLUGIN_INFO out."""
    module = types.ModuleType(f"kaiban_test_plugin_{name}")
    if info == "default":
        info = PluginInfo(name=name, version="0.0.1", api=">=1.0,<2", title=name)
    if info is not None:
        module.PLUGIN_INFO = info
    for hook_name, function in hooks.items():
        setattr(module, hook_name, hookimpl(function))
    return module
