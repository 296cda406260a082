"""Chinese identifiers: validation of USCCs, resident ID numbers and mobile numbers, and generation
of valid numbers. Built on python-stdnum (``stdnum.cn.uscc``, ``stdnum.cn.ric``), with our own checks
where stdnum falls short (see ``validate_uscc`` and ``validate_resident_id``).

The validators return the normalised number or raise :class:`InvalidIdentifier`, whose message is
ready to show to the user at the field (services put it into a ``ValidationError``).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

from stdnum import numdb
from stdnum.cn import ric, uscc
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumError

from app.i18n import translate

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
#: GB 32100: the weight of position i (1-based) is 3^(i-1) mod 31.
_USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
#: GB 11714: weights of the eight body characters of an organisation code.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_AREAS_FILE = Path(__file__).resolve().parents[2] / "resources" / "areas" / "gbt2260_supplement.json"


class InvalidIdentifier(ValueError):
    """The number is not valid; ``str(exc)`` says why, in words for the user."""


# -- helpers ---------------------------------------------------------------------------------------

def _normalise(text: str) -> str:
    """Full-width characters to half-width, separators removed, letters upper case."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\s\-]", "", text).upper()


def uscc_check_char(partial: str) -> str:
    """GB 32100 check character of the first 17 characters (any registration authority)."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(partial, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def organisation_code_check(body: str) -> str:
    """GB 11714 check character for the 8-character body of an organisation code
    (digits count their value, letters A–Z count 10–35)."""
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


# -- areas (GB/T 2260) -------------------------------------------------------------------------------

# Why a supplementary list: python-stdnum's area table (stdnum/cn/loc.dat) gives every county code a
# period of validity and cn.ric.validate() rejects a number whose birth *year* falls outside it. But
# the area code of a resident ID is where the number was first issued, often years after the birth:
# everyone born before 1992 who got a 510703 (涪城区, created 1992) number, or before 1997 with 500105
# (重庆江北区, created 1997), is rejected — most adults of the districts we serve. stdnum 2.2 also
# marks 500105 as ended in 2025 although the district exists. So a birth place stdnum rejects is
# accepted when the code is in our list of the served areas' current codes, or when stdnum knows the
# code for any period at all (a real GB/T 2260 code, only "out of period").
@lru_cache(maxsize=1)
def supplementary_areas() -> dict[str, str]:
    """Area code -> full name of the GB/T 2260 codes Kaiban's served areas use."""
    with open(_AREAS_FILE, encoding="utf-8") as fh:
        return dict(json.load(fh)["areas"])


def _stdnum_county(code: str) -> str | None:
    info = {k: v for _part, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    return info.get("county")


def area_known(code: str) -> bool:
    """A six-digit GB/T 2260 area code that exists (in our list, or in stdnum's table in any period)."""
    if not (len(code) == 6 and code.isdigit()):
        return False
    return code in supplementary_areas() or bool(_stdnum_county(code))


def area_name(code: str) -> str:
    """The area's name, or "" when unknown."""
    if code in supplementary_areas():
        return supplementary_areas()[code]
    county = _stdnum_county(code) if len(code) == 6 and code.isdigit() else None
    if not county:
        return ""
    return county.split(",")[-1].split("]")[-1]  # the latest period's name


# -- USCC (GB 32100) ----------------------------------------------------------------------------------

def validate_uscc(text: str) -> str:
    """Check a USCC: 18 characters of the GB 32100 alphabet, the area code, the organisation code's
    own GB 11714 check digit and the GB 32100 check character. Returns it normalised.

    python-stdnum checks the check character but insists on digits in positions 1–8, so it rejects
    valid codes of registration authorities with a letter (``N`` agriculture, ``Y`` others, ``A`` ...);
    those are checked with our own GB 32100 implementation."""
    code = _normalise(text)
    if not code:
        raise InvalidIdentifier(translate("identifiers", "请填写统一社会信用代码"))
    if len(code) != 18:
        raise InvalidIdentifier(translate("identifiers", "统一社会信用代码应为 18 位，当前为 {n} 位").format(n=len(code)))
    for pos, char in enumerate(code, start=1):
        if char not in USCC_ALPHABET:
            raise InvalidIdentifier(translate("identifiers", "统一社会信用代码第 {pos} 位“{char}”不是允许的字符"
                                                      "（不使用 I、O、Z、S、V）").format(pos=pos, char=char))
    if not code[2:8].isdigit():
        raise InvalidIdentifier(translate("identifiers", "统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码"))
    org = code[8:17]
    if organisation_code_check(org[:8]) != org[8]:
        raise InvalidIdentifier(translate("identifiers", "统一社会信用代码第 9–17 位（组织机构代码）的校验位不正确，"
                                                  "请核对是否录入有误"))
    check_error = InvalidIdentifier(translate("identifiers", "统一社会信用代码的校验码不正确，请核对是否录入有误"))
    if code[:8].isdigit():
        try:
            uscc.validate(code)
        except InvalidChecksum:
            raise check_error from None
        except StdnumError as exc:  # pragma: no cover - our checks above cover stdnum's format rules
            raise InvalidIdentifier(translate("identifiers", "统一社会信用代码格式不正确")) from exc
    elif uscc_check_char(code[:17]) != code[17]:
        raise check_error
    return code


def is_valid_uscc(text: str) -> bool:
    try:
        validate_uscc(text)
    except InvalidIdentifier:
        return False
    return True


def make_uscc(area_code: str, serial: int, *, authority: str = "9", entity: str = "1") -> str:
    """A valid USCC with a numeric organisation code made from ``serial`` (demo data)."""
    body = f"{serial:08d}"
    org = body + organisation_code_check(body)
    partial = authority + entity + area_code + org
    return partial + uscc_check_char(partial)


def new_uscc(area_code: str, *, exists: Callable[[str], bool], authority: str = "9", entity: str = "1",
             rng: random.Random | None = None, attempts: int = 50) -> str:
    """A fresh, valid USCC for ``area_code`` that ``exists`` does not know yet.

    The organisation code is ``MA`` plus six random characters and its GB 11714 check digit (the
    form registration authorities have assigned since 2015). ``exists`` is a pre-check only: the
    caller stores the code under the database's unique constraint and retries on a collision."""
    if not (len(area_code) == 6 and area_code.isdigit()):
        raise ValueError(f"area code must be six digits: {area_code!r}")
    rng = rng or random.SystemRandom()
    for _ in range(attempts):
        body = "MA" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
        partial = authority + entity + area_code + body + organisation_code_check(body)
        candidate = partial + uscc_check_char(partial)
        if not exists(candidate):
            return candidate
    raise RuntimeError("no free USCC found")  # 31^6 codes per area: only with a broken ``exists``


# -- resident ID (GB 11643) ---------------------------------------------------------------------------

def validate_resident_id(text: str, *, today: dt.date | None = None) -> str:
    """Check a resident ID number: 18 characters, a real birth date not in the future, a known area
    code and the ISO 7064 MOD 11-2 check digit. Returns it normalised (``x`` -> ``X``).

    stdnum's ``cn.ric`` does all of this, but rejects real numbers whose area code came into use
    after the holder's birth year; when the birth place is its only objection, the area code is
    accepted by :func:`area_known`."""
    number = _normalise(text)
    today = today or dt.date.today()
    if not number:
        raise InvalidIdentifier(translate("identifiers", "请填写身份证号码"))
    if len(number) != 18:
        raise InvalidIdentifier(translate("identifiers", "身份证号码应为 18 位，当前为 {n} 位").format(n=len(number)))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise InvalidIdentifier(translate("identifiers", "身份证号码前 17 位应为数字，最后一位为数字或 X"))
    try:
        birth = ric.get_birth_date(number)
    except StdnumError:
        raise InvalidIdentifier(translate("identifiers", "身份证号码中的出生日期（第 7–14 位）不是有效日期")) from None
    if birth > today or birth.year < 1900:
        raise InvalidIdentifier(translate("identifiers", "身份证号码中的出生日期（第 7–14 位）不合理"))
    if ric.calc_check_digit(number) != number[17]:
        raise InvalidIdentifier(translate("identifiers", "身份证号码校验位不正确，请核对是否录入有误"))
    try:
        ric.validate(number)
    except (StdnumError, KeyError):  # KeyError: stdnum 2.2 on codes its table has without a county
        if not area_known(number[:6]):
            raise InvalidIdentifier(translate("identifiers", "身份证号码前 6 位不是有效的行政区划代码")) from None
    return number


def is_valid_resident_id(text: str, *, today: dt.date | None = None) -> bool:
    try:
        validate_resident_id(text, today=today)
    except InvalidIdentifier:
        return False
    return True


def make_resident_id(area_code: str, birth: dt.date, sequence: int) -> str:
    partial = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    return partial + ric.calc_check_digit(partial + "0")  # stdnum expects a check-digit slot


#: Birth-place codes python-stdnum's area table knows (Mianyang and Chengdu).
DEMO_BIRTH_AREAS = ("510700", "510722", "510101")


def random_resident_id(rng: random.Random, area_code: str | None = None) -> str:
    area_code = area_code or rng.choice(DEMO_BIRTH_AREAS)
    birth = dt.date(1986, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 18))
    return make_resident_id(area_code, birth, rng.randrange(1, 999))


# -- mobile numbers -----------------------------------------------------------------------------------

def validate_mobile(text: str) -> str:
    """An 11-digit mainland mobile number (1, then 3–9, then nine digits); returns it normalised."""
    number = _normalise(text)
    if number.startswith("+86"):
        number = number[3:]
    if not number:
        raise InvalidIdentifier(translate("identifiers", "请填写手机号码"))
    if not _MOBILE_RE.match(number):
        raise InvalidIdentifier(translate("identifiers", "手机号码应为 11 位数字，以 13–19 开头"))
    return number


def random_mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "152", "177", "181", "186", "199"]) + f"{rng.randrange(10**8):08d}"
