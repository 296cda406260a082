"""The workflow graph as administrators configure it, on top of what the plugins declare.

Plugins declare step types (``kaiban_step_types``); an administrator sets, as data in the core
``setting`` table:

``graph.time_limits``
    ``{step_type: minutes}``: working-minute limits that replace the declared ones
``graph.required_steps``
    ``{case_type: [step_type, ...]}``: the steps a case of that type has; the others are not
    created, and a step waiting for one that is left out waits for what that one waited for.
    A case type without an entry has every step.
``graph.variants``
    ``{name: {"title": ..., "waits_for": {step_type: [step_type, ...]}}}``: named variants of
    the graph that change what steps wait for, added to (or replacing) the reference variants in
    ``resources/workflow/variants.json`` — there the old serial chain (seal, then bank, then tax
    and social insurance) is kept for comparison.
``graph.variant``
    the variant new cases follow; absent: the graph as the plugins declare it.

Changes take effect when the application next opens the database (like enabling a plugin).
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from app.core.errors import ServiceError
from app.core.workflow import GraphError, WorkflowGraph
from app.i18n import translate
from app.plugin_api import StepTypeSpec

TIME_LIMITS_KEY = "graph.time_limits"
REQUIRED_KEY = "graph.required_steps"
VARIANTS_KEY = "graph.variants"
ACTIVE_VARIANT_KEY = "graph.variant"
SETTING_KEYS = (TIME_LIMITS_KEY, REQUIRED_KEY, VARIANTS_KEY, ACTIVE_VARIANT_KEY)

SERIAL = "serial"
VARIANTS_FILE = Path(__file__).resolve().parents[2] / "resources" / "workflow" / "variants.json"


@dataclass(frozen=True)
class Variant:
    name: str
    title: str
    waits_for: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class GraphConfig:
    time_limits: Mapping[str, int] = field(default_factory=dict)
    required: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    variants: Mapping[str, Variant] = field(default_factory=dict)
    active_variant: str | None = None


def _variants(raw: Mapping) -> dict[str, Variant]:
    out = {}
    for name, body in (raw or {}).items():
        body = body or {}
        out[name] = Variant(name=name, title=str(body.get("title", name)),
                            waits_for={k: tuple(v) for k, v in (body.get("waits_for") or {}).items()})
    return out


def reference_variants() -> dict[str, Variant]:
    """The variants shipped as reference data (the old serial chain)."""
    try:
        return _variants(json.loads(VARIANTS_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def load_config() -> GraphConfig:
    """The administrators' configuration (the reference variants only, before the first migration)."""
    from app.core.models import Setting
    from app.core.settings import get_setting

    variants = reference_variants()
    if not Setting._meta.database.table_exists(Setting._meta.table_name):
        return GraphConfig(variants=variants)
    limits = {k: int(v) for k, v in (get_setting(TIME_LIMITS_KEY, {}) or {}).items()}
    required = {k: tuple(v) for k, v in (get_setting(REQUIRED_KEY, {}) or {}).items()}
    variants.update(_variants(get_setting(VARIANTS_KEY, {})))
    return GraphConfig(time_limits=limits, required=required, variants=variants,
                       active_variant=get_setting(ACTIVE_VARIANT_KEY) or None)


def _apply_variant(steps: dict[str, StepTypeSpec], variant: Variant, notes: list[str]) -> dict[str, StepTypeSpec]:
    changed = dict(steps)
    for name, waits in variant.waits_for.items():
        if name not in changed:
            notes.append(f"variant {variant.name!r}: step type {name!r} is not offered; its entry is ignored")
            continue
        known = tuple(pre for pre in waits if pre in changed)
        if len(known) != len(waits):
            notes.append(f"variant {variant.name!r}: {name!r} waits for unknown "
                         f"{', '.join(p for p in waits if p not in changed)}; ignored")
        changed[name] = dataclasses.replace(changed[name], waits_for=known)
    return changed


def build_graph(specs: list[StepTypeSpec], config: GraphConfig | None = None, *,
                variant: str | None | bool = True) -> tuple[WorkflowGraph, list[str]]:
    """The graph of what the active plugins offer with the configuration applied, and a note for
    every part of the configuration that could not be applied.

    ``variant``: True for the configured active variant, None for the graph as declared, or a
    variant's name. A variant that would make a cycle is left out (with a note)."""
    config = config or GraphConfig()
    graph, notes = WorkflowGraph.from_available(specs)
    steps = dict(graph.steps)
    name = config.active_variant if variant is True else variant
    applied = ""
    if name:
        chosen = config.variants.get(name)
        if chosen is None:
            notes.append(f"graph variant {name!r} is not defined; the graph is used as declared")
        else:
            candidate = _apply_variant(steps, chosen, notes)
            try:
                WorkflowGraph(candidate)._check()
            except GraphError as exc:
                notes.append(f"graph variant {name!r} left out: {exc}")
            else:
                steps, applied = candidate, name
    for step_type, minutes in config.time_limits.items():
        if step_type in steps and minutes > 0:
            steps[step_type] = dataclasses.replace(steps[step_type], time_limit_minutes=minutes)
        else:
            notes.append(f"time limit of {step_type!r} ignored")
    required = {}
    for case_type, names in config.required.items():
        unknown = [n for n in names if n not in steps]
        if unknown:
            notes.append(f"case type {case_type!r} requires unknown {', '.join(unknown)}; ignored")
        required[case_type] = tuple(n for n in names if n in steps)
    return WorkflowGraph(steps, required=required, variant=applied), notes


def configured_graph(specs: list[StepTypeSpec]) -> tuple[WorkflowGraph, list[str]]:
    """The graph a running installation works with (``AppContext.graph``)."""
    return build_graph(specs, load_config())


# -- administration -----------------------------------------------------------------------------

def _check_known(names: Iterable[str], known: Iterable[str] | None) -> None:
    if known is None:
        return
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise ServiceError(translate("graph_config", "没有这些事项类型：{names}").format(names="、".join(unknown)))


def set_time_limit(step_type: str, minutes: int | None, *, known: Iterable[str] | None = None) -> None:
    """Override the time limit of ``step_type`` (working minutes); None restores the declared one."""
    from app.core.settings import get_setting, set_setting

    _check_known([step_type], known)
    limits = dict(get_setting(TIME_LIMITS_KEY, {}) or {})
    if minutes is None:
        limits.pop(step_type, None)
    elif int(minutes) <= 0:
        raise ServiceError(translate("graph_config", "办理时限应为正整数（工作分钟）"))
    else:
        limits[step_type] = int(minutes)
    set_setting(TIME_LIMITS_KEY, limits)


def set_required_steps(case_type: str, step_types: Iterable[str] | None, *,
                       known: Iterable[str] | None = None) -> None:
    """The steps a case of ``case_type`` has; None: every step again."""
    from app.core.settings import get_setting, set_setting

    required = dict(get_setting(REQUIRED_KEY, {}) or {})
    if step_types is None:
        required.pop(case_type, None)
    else:
        names = list(dict.fromkeys(step_types))
        if not names:
            raise ServiceError(translate("graph_config", "至少需要一个事项"))
        _check_known(names, known)
        required[case_type] = names
    set_setting(REQUIRED_KEY, required)


def set_variant_waits(variant: str, step_type: str, waits_for: Iterable[str] | None, *, title: str = "",
                      known: Iterable[str] | None = None) -> None:
    """In ``variant``, let ``step_type`` wait for ``waits_for`` (None removes the override)."""
    from app.core.settings import get_setting, set_setting

    stored = dict(get_setting(VARIANTS_KEY, {}) or {})
    base = reference_variants().get(variant)
    body = dict(stored.get(variant) or ({"title": base.title, "waits_for": {k: list(v) for k, v in
                                                                             base.waits_for.items()}}
                                        if base else {"title": variant, "waits_for": {}}))
    waits = dict(body.get("waits_for") or {})
    if waits_for is None:
        waits.pop(step_type, None)
    else:
        pres = list(dict.fromkeys(waits_for))
        _check_known([step_type, *pres], known)
        waits[step_type] = pres
    body["waits_for"] = waits
    if title:
        body["title"] = title
    stored[variant] = body
    set_setting(VARIANTS_KEY, stored)


def use_variant(name: str | None, *, config: GraphConfig | None = None) -> None:
    """Let new cases follow the variant ``name`` (None: the graph as the plugins declare it)."""
    from app.core.settings import set_setting

    config = config or load_config()
    if name is not None and name not in config.variants:
        raise ServiceError(translate("graph_config", "没有名为 {name} 的流程方案").format(name=name))
    set_setting(ACTIVE_VARIANT_KEY, name)
