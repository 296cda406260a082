"""Licence classes (1, 3 or 6 hours) from the business scope's industry codes; the rules are data
(resources/registration/licence_classes.json)."""
from __future__ import annotations

from dataclasses import dataclass

from plugins.registration.reference import licence_rules


@dataclass(frozen=True)
class LicenceClass:
    code: str  # "1", "3", "6"
    hours: int
    title: str
    reasons: tuple[str, ...] = ()  # why the class is as strict as it is


def _class(code: str, reasons: tuple[str, ...] = ()) -> LicenceClass:
    spec = licence_rules()["classes"][code]
    return LicenceClass(code=code, hours=int(spec["hours"]), title=spec["title"], reasons=reasons)


def class_of_code(industry_code: str) -> tuple[str, str]:
    """(class code, reason) for one industry code: the rule with the longest matching prefix."""
    rules = licence_rules()
    best = None
    for rule in rules["rules"]:
        if industry_code.startswith(rule["prefix"]) and (best is None or len(rule["prefix"]) > len(best["prefix"])):
            best = rule
    if best is None:
        return rules["default"], ""
    return best["class"], best["reason"]


def licence_class_for(industry_codes) -> LicenceClass:
    """The strictest class (most hours) over all codes; the default class when there are none."""
    classes = licence_rules()["classes"]
    found = [class_of_code(code) for code in industry_codes]
    if not found:
        return _class(licence_rules()["default"])
    strictest = max((code for code, _ in found), key=lambda c: classes[c]["hours"])
    reasons = tuple(dict.fromkeys(reason for code, reason in found if code == strictest and reason))
    return _class(strictest, reasons)


def all_classes() -> list[LicenceClass]:
    return sorted((_class(code) for code in licence_rules()["classes"]), key=lambda c: c.hours)
