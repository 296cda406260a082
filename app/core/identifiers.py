"""Identifier helpers built on python-stdnum (resident IDs, USCCs) for generating valid numbers."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.cn import ric, uscc

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def organisation_code_check(body: str) -> str:
    """GB 11714 check character for the 8-character body of an organisation code."""
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def make_uscc(area_code: str, serial: int, *, authority: str = "9", entity: str = "1") -> str:
    body = f"{serial:08d}"
    org = body + organisation_code_check(body)
    partial = authority + entity + area_code + org
    return partial + uscc.calc_check_digit(partial)


def make_resident_id(area_code: str, birth: dt.date, sequence: int) -> str:
    partial = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    return partial + ric.calc_check_digit(partial + "0")  # stdnum expects a check-digit slot


#: Birth-place codes python-stdnum's area table knows (Mianyang and Chengdu).
DEMO_BIRTH_AREAS = ("510700", "510722", "510101")


def random_resident_id(rng: random.Random, area_code: str | None = None) -> str:
    area_code = area_code or rng.choice(DEMO_BIRTH_AREAS)
    birth = dt.date(1986, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 18))
    return make_resident_id(area_code, birth, rng.randrange(1, 999))


def random_mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "152", "177", "181", "186", "199"]) + f"{rng.randrange(10**8):08d}"
