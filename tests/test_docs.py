"""Every hook is documented in docs/plugins.md and has a test (as Datasette does)."""
from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from app import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "plugins.md"
TESTS = Path(__file__).resolve().parent


def hooks() -> dict[str, str]:
    """hook name -> signature as documented, e.g. ``kaiban_queues(user)``."""
    found = {}
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if getattr(function, f"{hookspecs.PROJECT_NAME}_spec", None) is not None:
            params = ", ".join(inspect.signature(function).parameters)
            found[name] = f"{name}({params})"
    return found


def documented_headings() -> list[str]:
    return re.findall(r"^### (kaiban_\w+\(.*\))\s*$", DOCS.read_text(encoding="utf-8"), flags=re.M)


def test_hookspecs_are_found():
    found = hooks()
    assert len(found) >= 8
    assert found["kaiban_case_panels"] == "kaiban_case_panels(case_id, user)"
    assert all(name.startswith("kaiban_") for name in found)


@pytest.mark.parametrize("name", sorted(hooks()))
def test_hook_is_documented_with_its_exact_signature(name):
    assert hooks()[name] in documented_headings(), (
        f"docs/plugins.md needs a heading '### {hooks()[name]}' documenting the hook")


def test_no_documented_hook_is_stale():
    assert sorted(documented_headings()) == sorted(hooks().values())


@pytest.mark.parametrize("name", sorted(hooks()))
def test_hookspec_has_a_docstring(name):
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    assert "Called" in doc, f"{name}'s docstring should say when it is called"


def test_plugin_docs_cover_the_plugin_system():
    text = DOCS.read_text(encoding="utf-8")
    for needle in ("PLUGIN_INFO", "kaiban.plugins", "PLUGIN_API_VERSION", "NNNN_name.py", "up(migrator, db)",
                   "plugins disable", "plugins enable", "schema_version", "check_pending"):
        assert needle in text, needle
    from plugins import BUILTIN_PLUGINS

    for module in BUILTIN_PLUGINS:
        assert f"`{module}`" in text, module
    from dataclasses import fields

    from app.plugin_api import PluginInfo

    for field in fields(PluginInfo):
        assert f"| `{field.name}`" in text, field.name


def _test_functions() -> set[str]:
    names = set()
    for path in TESTS.rglob("*.py"):
        names.update(re.findall(r"^\s*(?:async\s+)?def (test_\w+)\s*\(", path.read_text(encoding="utf-8"), re.M))
    return names


@pytest.mark.parametrize("name", sorted(hooks()))
def test_hook_has_a_test(name):
    assert f"test_hook_{name}" in _test_functions(), f"write a test named test_hook_{name} (see tests/test_hooks.py)"
