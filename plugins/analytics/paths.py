"""The critical path of the configured graph, weighted by how long the steps actually take, and
the same for the old serial variant: what running the departments side by side saves. Qt-free.

A step type without completed steps in the period counts with its time limit (and is marked so).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from app.core.critical_path import critical_path
from app.core.graph_config import SERIAL, build_graph, load_config
from app.core.workflow import WorkflowGraph
from app.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["PathStep", "CriticalPath", "PathComparison", "weighted_path", "compare_paths", "SOURCE_TITLES"]

MEDIAN, LIMIT = "median", "limit"
SOURCE_TITLES = {
    MEDIAN: QT_TRANSLATE_NOOP("analytics", "实际中位数"),
    LIMIT: QT_TRANSLATE_NOOP("analytics", "时限（无实绩）"),
}


@dataclass(frozen=True)
class PathStep:
    step_type: str
    title: str
    minutes: float  # the weight the path used
    source: str  # MEDIAN or LIMIT
    finish: float  # working minutes from the start of the case to the end of this step

    @property
    def source_title(self) -> str:
        return translate("analytics", SOURCE_TITLES[self.source])


@dataclass(frozen=True)
class CriticalPath:
    variant: str  # "" for the graph as configured
    title: str
    minutes: int
    steps: tuple[PathStep, ...]


@dataclass(frozen=True)
class PathComparison:
    configured: CriticalPath
    serial: CriticalPath | None  # None when no serial variant is defined

    @property
    def saved_minutes(self) -> int | None:
        return None if self.serial is None else self.serial.minutes - self.configured.minutes

    @property
    def saved_share(self) -> float | None:
        if self.serial is None or not self.serial.minutes:
            return None
        return self.saved_minutes / self.serial.minutes


def weighted_path(graph: WorkflowGraph, medians: Mapping[str, float], *, variant: str = "",
                  title: str = "") -> CriticalPath:
    """The critical path of ``graph`` with ``medians`` as the steps' durations (a step type
    ``medians`` does not name weighs its time limit)."""
    minutes, names = critical_path(graph, medians)
    steps, finish = [], 0.0
    for name in names:
        spec = graph.steps[name]
        known = name in medians
        weight = float(medians[name]) if known else float(spec.time_limit_minutes)
        finish += max(weight, 0)
        steps.append(PathStep(step_type=name, title=spec.title, minutes=weight, source=MEDIAN if known else LIMIT,
                              finish=finish))
    return CriticalPath(variant=variant, title=title, minutes=minutes, steps=tuple(steps))


def compare_paths(graph: WorkflowGraph, specs: list, medians: Mapping[str, float]) -> PathComparison:
    """The configured ``graph``'s critical path against the serial variant's (built from the
    plugins' ``specs`` with the administrators' configuration), both weighted by ``medians``."""
    config = load_config()
    configured_title = (config.variants[graph.variant].title if graph.variant in config.variants
                        else translate("analytics", "现行流程（并联办理）"))
    configured = weighted_path(graph, medians, variant=graph.variant, title=configured_title)
    serial = None
    if SERIAL in config.variants:
        serial_graph, notes = build_graph(specs, config, variant=SERIAL)
        if serial_graph.variant == SERIAL:
            medians_here = {k: v for k, v in medians.items() if k in serial_graph.steps}
            serial = weighted_path(serial_graph, medians_here, variant=SERIAL, title=config.variants[SERIAL].title)
    return PathComparison(configured=configured, serial=serial)
