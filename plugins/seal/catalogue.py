"""What a seal set is made of: the kinds of seal, their allowed shapes, sizes and materials, who
pays, and how the set reaches the applicant. Codes are stored; titles are translated where shown.

The free set (免费套章) is the four seals the government pays the seal company for (公章、财务专用章、
发票专用章、合同专用章); the legal representative's name seal is the applicant's own purchase.
The invoice seal's form is fixed by the tax rules: an oval of 40 x 30 mm.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.carriers import EMS, JD, SF
from app.i18n import QT_TRANSLATE_NOOP, translate

DEPARTMENT = "seal"
STEP_TYPE = "seal"

OFFICIAL, FINANCE, INVOICE, CONTRACT, LEGAL_REP = "official", "finance", "invoice", "contract", "legal_rep"
GOVERNMENT, APPLICANT = "government", "applicant"
PICKUP, MAIL = "pickup", "mail"
ROUND, OVAL, SQUARE, RECTANGLE = "round", "oval", "square", "rectangle"


@dataclass(frozen=True)
class SealKind:
    code: str
    title: str  # QT_TRANSLATE_NOOP("seal", ...)
    shapes: tuple[str, ...]
    default_shape: str
    default_size: str
    default_material: str
    free: bool  # part of the government-paid free set


KINDS: dict[str, SealKind] = {k.code: k for k in (
    SealKind(OFFICIAL, QT_TRANSLATE_NOOP("seal", "公章"), (ROUND,), ROUND, "42", "copper", True),
    SealKind(FINANCE, QT_TRANSLATE_NOOP("seal", "财务专用章"), (ROUND, SQUARE), SQUARE, "22x22", "photosensitive",
             True),
    SealKind(INVOICE, QT_TRANSLATE_NOOP("seal", "发票专用章"), (OVAL,), OVAL, "40x30", "photosensitive", True),
    SealKind(CONTRACT, QT_TRANSLATE_NOOP("seal", "合同专用章"), (ROUND,), ROUND, "40", "photosensitive", True),
    SealKind(LEGAL_REP, QT_TRANSLATE_NOOP("seal", "法定代表人名章"), (SQUARE, RECTANGLE), SQUARE, "20x20",
             "horn", False),
)}
FREE_SET = tuple(code for code, kind in KINDS.items() if kind.free)

SHAPES = {
    ROUND: QT_TRANSLATE_NOOP("seal", "圆形"),
    OVAL: QT_TRANSLATE_NOOP("seal", "椭圆形"),
    SQUARE: QT_TRANSLATE_NOOP("seal", "正方形"),
    RECTANGLE: QT_TRANSLATE_NOOP("seal", "长方形"),
}
#: shape -> allowed sizes in mm: a diameter for round seals, "long x short" for the others
SIZES: dict[str, tuple[str, ...]] = {
    ROUND: ("38", "40", "42"),
    OVAL: ("40x30", "45x30"),
    SQUARE: ("18x18", "20x20", "22x22", "25x25"),
    RECTANGLE: ("20x10", "25x12", "30x15"),
}
#: kind -> sizes its rules allow (when narrower than its shapes')
KIND_SIZES: dict[str, tuple[str, ...]] = {INVOICE: ("40x30",), OFFICIAL: ("40", "42")}
MATERIALS = {
    "copper": QT_TRANSLATE_NOOP("seal", "铜质"),
    "photosensitive": QT_TRANSLATE_NOOP("seal", "光敏"),
    "atomic": QT_TRANSLATE_NOOP("seal", "原子"),
    "rubber": QT_TRANSLATE_NOOP("seal", "橡胶"),
    "horn": QT_TRANSLATE_NOOP("seal", "牛角"),
}
PAYERS = {
    GOVERNMENT: QT_TRANSLATE_NOOP("seal", "政府购买（免费）"),
    APPLICANT: QT_TRANSLATE_NOOP("seal", "申请人自费"),
}
HANDOVER_METHODS = {
    PICKUP: QT_TRANSLATE_NOOP("seal", "现场领取"),
    MAIL: QT_TRANSLATE_NOOP("seal", "免费寄递"),
}
#: the carriers the free mail service uses (app.core.carriers: titles and waybill formats)
CARRIERS = (EMS, SF, JD)


def kind_title(code: str) -> str:
    kind = KINDS.get(code)
    return translate("seal", kind.title) if kind else code


def shape_title(code: str) -> str:
    return translate("seal", SHAPES[code]) if code in SHAPES else code


def material_title(code: str) -> str:
    return translate("seal", MATERIALS[code]) if code in MATERIALS else code


def payer_title(code: str) -> str:
    return translate("seal", PAYERS[code]) if code in PAYERS else code


def method_title(code: str) -> str:
    return translate("seal", HANDOVER_METHODS[code]) if code in HANDOVER_METHODS else code


def size_title(size: str) -> str:
    """``42`` -> ``Φ42 mm``; ``40x30`` -> ``40×30 mm``."""
    if not size:
        return ""
    return f"{size.replace('x', '×')} mm" if "x" in size else f"Φ{size} mm"


def sizes_for(kind: str, shape: str) -> tuple[str, ...]:
    """The sizes a seal of ``kind`` and ``shape`` may have."""
    allowed = SIZES.get(shape, ())
    narrower = KIND_SIZES.get(kind)
    return tuple(s for s in allowed if narrower is None or s in narrower)


def spec_text(seal: dict) -> str:
    """``圆形 Φ42 mm 铜质``: a seal's specification in one line."""
    parts = [shape_title(seal.get("shape", "")), size_title(seal.get("size", "")),
             material_title(seal.get("material", ""))]
    return " ".join(p for p in parts if p)


def default_seal(kind: str) -> dict:
    """A new row of the set: the kind's usual specification, paid as the kind is by default."""
    spec = KINDS[kind]
    return {"kind": kind, "shape": spec.default_shape, "size": spec.default_size, "material": spec.default_material,
            "paid_by": GOVERNMENT if spec.free else APPLICANT, "price": "", "filing_no": ""}


def default_set() -> list[dict]:
    """What a new case starts with: the free set of four."""
    return [default_seal(kind) for kind in FREE_SET]
