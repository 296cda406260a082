"""Installation-wide settings kept in the database (the ``setting`` table)."""
from __future__ import annotations

from typing import Any

from app.core.models import Setting, now

DISABLED_PLUGINS = "plugins.disabled"


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None or row.value is None else row.value


def set_setting(key: str, value: Any) -> None:
    (Setting.insert(key=key, value=value, updated_at=now())
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: value, Setting.updated_at: now()})
     .execute())


def disabled_plugins() -> set[str]:
    """Plugins an admin disabled for this installation (empty before the first migration)."""
    if not Setting._meta.database.table_exists(Setting._meta.table_name):
        return set()
    return set(get_setting(DISABLED_PLUGINS, []))


def set_plugin_enabled(name: str, enabled: bool) -> set[str]:
    disabled = disabled_plugins()
    if enabled:
        disabled.discard(name)
    else:
        disabled.add(name)
    set_setting(DISABLED_PLUGINS, sorted(disabled))
    return disabled
