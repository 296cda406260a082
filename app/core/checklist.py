"""The applicant's material checklist: what every enabled department needs, collected once."""
from __future__ import annotations

from dataclasses import dataclass

from app.plugin_api import IntakeAnswers, MaterialSpec


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    name: str
    departments: tuple[str, ...]  # department codes reusing this material, in first-declared order
    notes: tuple[str, ...]
    deferrable: bool  # only if every department needing it accepts a promise
    order: int


def merge_materials(specs: list[MaterialSpec]) -> list[ChecklistItem]:
    """One item per material code: the first name declared, every department that needs it."""
    merged: dict[str, dict] = {}
    for spec in specs:
        item = merged.setdefault(spec.code, {"name": spec.name, "departments": [], "notes": [],
                                             "deferrable": True, "order": spec.order})
        if spec.department not in item["departments"]:
            item["departments"].append(spec.department)
        if spec.note and spec.note not in item["notes"]:
            item["notes"].append(spec.note)
        item["deferrable"] = item["deferrable"] and spec.deferrable
        item["order"] = min(item["order"], spec.order)
    items = [ChecklistItem(code=code, name=v["name"], departments=tuple(v["departments"]), notes=tuple(v["notes"]),
                           deferrable=v["deferrable"], order=v["order"]) for code, v in merged.items()]
    return sorted(items, key=lambda i: (i.order, i.code))


def build_checklist(host, answers: IntakeAnswers) -> list[ChecklistItem]:
    """Ask every active plugin what it needs for ``answers`` and merge the answers."""
    return merge_materials(host.call("kaiban_required_materials", answers=answers))
