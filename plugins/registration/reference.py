"""The registration window's reference data, read from ``resources/`` (JSON, edited as data):
the industry catalogue (GB/T 4754), company types and name rules, licence classes."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
INDUSTRY_FILE = RESOURCES / "industry" / "gb4754.json"
NAME_RULES_FILE = RESOURCES / "registration" / "name_rules.json"
LICENCE_CLASSES_FILE = RESOURCES / "registration" / "licence_classes.json"

ADDRESS_TYPES = {"owned": "自有房产", "leased": "租赁房屋", "incubator": "孵化机构托管（集群注册）"}
CHANNELS = {"window": "窗口受理", "online": "网上申报"}


def _load(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Industry:
    code: str
    name: str
    level: str  # section, division, class

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


class IndustryCatalogue:
    """Sections (A–T), divisions (two digits) and classes (four digits) of GB/T 4754."""

    def __init__(self, data: dict):
        self.standard = data.get("standard", "")
        self._by_code: dict[str, Industry] = {}
        self._section_ranges = []
        for s in data["sections"]:
            self._by_code[s["code"]] = Industry(s["code"], s["name"], "section")
            self._section_ranges.append((s["divisions"][0], s["divisions"][1], s["code"]))
        for d in data["divisions"]:
            self._by_code[d["code"]] = Industry(d["code"], d["name"], "division")
        for c in data["classes"]:
            self._by_code[c["code"]] = Industry(c["code"], c["name"], "class")

    def get(self, code: str) -> Industry | None:
        return self._by_code.get(code)

    def exists(self, code: str) -> bool:
        """A code an applicant may choose: a division or a class (a section is too broad)."""
        industry = self._by_code.get(code)
        return industry is not None and industry.level != "section"

    def name(self, code: str) -> str:
        industry = self._by_code.get(code)
        return industry.name if industry else ""

    def section_of(self, code: str) -> Industry | None:
        division = code[:2]
        for first, last, section in self._section_ranges:
            if first <= division <= last:
                return self._by_code[section]
        return None

    def classes(self) -> list[Industry]:
        return sorted((i for i in self._by_code.values() if i.level == "class"), key=lambda i: i.code)

    def sections(self) -> list[Industry]:
        return sorted((i for i in self._by_code.values() if i.level == "section"), key=lambda i: i.code)

    def search(self, text: str, limit: int = 50) -> list[Industry]:
        """Divisions and classes whose code starts with, or whose name contains, ``text``."""
        text = text.strip()
        found = [i for i in self._by_code.values()
                 if i.level != "section" and (i.code.startswith(text) or text in i.name)]
        return sorted(found, key=lambda i: (i.level != "class", i.code))[:limit]


@lru_cache(maxsize=1)
def industry_catalogue() -> IndustryCatalogue:
    return IndustryCatalogue(_load(INDUSTRY_FILE))


@lru_cache(maxsize=1)
def name_rules() -> dict:
    return _load(NAME_RULES_FILE)


@lru_cache(maxsize=1)
def licence_rules() -> dict:
    return _load(LICENCE_CLASSES_FILE)


def company_types() -> dict[str, str]:
    """Company type code -> title, e.g. ``limited_company`` -> 有限责任公司."""
    return {code: spec["title"] for code, spec in name_rules()["company_types"].items()}


def company_type_title(code: str) -> str:
    return company_types().get(code, code)
