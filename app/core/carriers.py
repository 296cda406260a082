"""Express carriers and the formats of their waybill numbers (Qt-free).

A carrier's code is what the plugins store; its title is translated where shown. A plugin offers
the carriers it works with (a subset of ``CARRIERS``, in this order) and checks a number with
:func:`waybill_error` after :func:`normalise_waybill`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Carrier:
    code: str
    title: str  # QT_TRANSLATE_NOOP("carriers", ...)
    waybill: re.Pattern
    waybill_format: str  # QT_TRANSLATE_NOOP("carriers", ...): what a valid number looks like


EMS, SF, JD, YTO = "ems", "sf", "jd", "yto"

CARRIERS: dict[str, Carrier] = {c.code: c for c in (
    Carrier(EMS, QT_TRANSLATE_NOOP("carriers", "中国邮政 EMS"), re.compile(r"^(\d{13}|[A-Z]{2}\d{9}[A-Z]{2})$"),
            QT_TRANSLATE_NOOP("carriers", "EMS 运单号应为 13 位数字，或国际格式如 EA123456789CN")),
    Carrier(SF, QT_TRANSLATE_NOOP("carriers", "顺丰速运"), re.compile(r"^SF\d{13}$"),
            QT_TRANSLATE_NOOP("carriers", "顺丰运单号应为 SF 加 13 位数字")),
    Carrier(JD, QT_TRANSLATE_NOOP("carriers", "京东物流"), re.compile(r"^JD[0-9A-Z]{11,14}$"),
            QT_TRANSLATE_NOOP("carriers", "京东运单号应以 JD 开头，共 13–16 位字母或数字")),
    Carrier(YTO, QT_TRANSLATE_NOOP("carriers", "圆通速递"), re.compile(r"^YT\d{13}$"),
            QT_TRANSLATE_NOOP("carriers", "圆通运单号应为 YT 加 13 位数字")),
)}


def carrier_title(code: str) -> str:
    """The carrier's name; an unknown code as it is."""
    carrier = CARRIERS.get(code)
    return translate("carriers", carrier.title) if carrier else code


def normalise_waybill(value) -> str:
    """A waybill number as typed or scanned, without spaces and in capitals."""
    return value.strip().replace(" ", "").upper() if isinstance(value, str) else ""


def waybill_error(carrier: str, number: str) -> str:
    """What is wrong with ``number`` as a waybill of ``carrier``; "" when it is fine, or when the
    carrier is unknown (there is nothing to check it against)."""
    known = CARRIERS.get(carrier)
    if known is None:
        return ""
    if not number:
        return translate("carriers", "请填写运单号")
    if not known.waybill.match(number):
        return translate("carriers", known.waybill_format)
    return ""


__all__ = ["Carrier", "CARRIERS", "EMS", "SF", "JD", "YTO", "carrier_title", "normalise_waybill", "waybill_error"]
