"""Identifiers: real published USCCs and resident IDs are accepted, every single-character corruption
of them is rejected, generated USCCs validate with python-stdnum."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from stdnum.cn import ric, uscc

from app.core.identifiers import (USCC_ALPHABET, InvalidIdentifier, area_known, make_resident_id, new_uscc,
                                  organisation_code_check, uscc_check_char, validate_mobile, validate_resident_id,
                                  validate_uscc)

#: USCCs published by the companies themselves (licences, annual reports, the credit information
#: publicity system). Each was checked with the GB 32100 and GB 11714 algorithms before it went here.
PUBLISHED_USCCS = {
    "914403001922038216": "华为技术有限公司",
    "91440300708461136T": "深圳市腾讯计算机系统有限公司",
    "91110108551385082Q": "小米科技有限责任公司",
    "91110000802100433B": "北京百度网讯科技有限公司",
    "91110000710925462X": "中国石油天然气股份有限公司",
    "91330100716105852F": "阿里巴巴（中国）网络技术有限公司",
    "91110000600037341L": "python-stdnum's documented example",
    "91350100M000100Y43": "GB 32100 example with letters in the organisation code (zh.wikipedia)",
}

DIGITS_X = "0123456789X"


def _letter_authority_codes() -> list[str]:
    """Codes of registration authorities with a letter (N agriculture: village collectives; Y others;
    A military reform office), built with the GB 32100 algorithm: stdnum rejects all of them."""
    codes = []
    for prefix, body in (("N2510703", "MF0A3B4C"), ("Y1510703", "MJ1234AB"), ("A1110000", "M000123K")):
        partial = prefix + body + organisation_code_check(body)
        codes.append(partial + uscc_check_char(partial))
    return codes


def _single_char_corruptions(code: str, alphabet_at):
    for pos, original in enumerate(code):
        for char in alphabet_at(pos):
            if char != original:
                yield pos, code[:pos] + char + code[pos + 1:]


def _uscc_alphabet(pos: int) -> str:
    return "0123456789" if 2 <= pos <= 7 else USCC_ALPHABET


@pytest.mark.parametrize("code", sorted(PUBLISHED_USCCS))
def test_published_usccs_are_accepted_and_agree_with_stdnum(code):
    assert validate_uscc(code) == code
    assert uscc.is_valid(code)
    assert organisation_code_check(code[8:16]) == code[16]


@pytest.mark.parametrize("code", sorted(PUBLISHED_USCCS) + _letter_authority_codes())
def test_every_single_character_corruption_of_a_uscc_is_rejected(code):
    corrupted = list(_single_char_corruptions(code, _uscc_alphabet))
    assert len(corrupted) == 6 * 9 + 12 * 30
    for pos, bad in corrupted:
        with pytest.raises(InvalidIdentifier):
            validate_uscc(bad)


def test_letter_authorities_are_valid_although_stdnum_rejects_them():
    for code in _letter_authority_codes():
        assert not uscc.is_valid(code)  # stdnum wants digits in positions 1-8
        assert validate_uscc(code) == code


def test_uscc_is_normalised_and_explained():
    assert validate_uscc(" 9144 0300-1922 0382 16 ") == "914403001922038216"
    assert validate_uscc("91350100m000100y43") == "91350100M000100Y43"
    assert validate_uscc("９１４４０３００１９２２０３８２１６") == "914403001922038216"  # full-width digits
    cases = {
        "": "请填写",
        "91440300192203821": "18 位",
        "91440300192203821I": "第 18 位“I”",
        "9144030A1922038216": "第 3–8 位",
        "914403001922038316": "组织机构代码",
        "914403001922038217": "校验码",
    }
    for text, fragment in cases.items():
        with pytest.raises(InvalidIdentifier) as info:
            validate_uscc(text)
        assert fragment in str(info.value), (text, str(info.value))


def test_generated_usccs_are_valid_unique_and_validate_with_stdnum():
    rng = random.Random(7)
    taken: set[str] = set()
    for area in ("510703", "370303", "350203", "330802", "500105"):
        for _ in range(200):
            code = new_uscc(area, exists=taken.__contains__, rng=rng)
            assert code not in taken
            taken.add(code)
            assert uscc.is_valid(code), code
            assert validate_uscc(code) == code
            assert code.startswith("91" + area + "MA")
            assert organisation_code_check(code[8:16]) == code[16]
    individual = new_uscc("510703", exists=lambda c: False, entity="2")
    assert individual.startswith("92510703") and uscc.is_valid(individual)


def test_new_uscc_retries_codes_that_exist():
    seen: list[str] = []

    def exists(code: str) -> bool:
        seen.append(code)
        return len(seen) < 4  # the first three candidates are taken

    code = new_uscc("510703", exists=exists, rng=random.Random(1))
    assert code == seen[-1] and len(seen) == 4
    with pytest.raises(ValueError):
        new_uscc("51070", exists=lambda c: False)
    with pytest.raises(RuntimeError):
        new_uscc("510703", exists=lambda c: True, attempts=3)


#: Resident IDs: the sample of the GB 11643-1999 standard, and numbers of the served areas whose
#: holders were born before their district's code existed (stdnum rejects those).
RESIDENT_IDS = [
    "11010519491231002X",  # GB 11643-1999's own example
    make_resident_id("510703", dt.date(1980, 3, 4), 123),  # 涪城区 (1992-)
    make_resident_id("510704", dt.date(1975, 8, 30), 46),  # 游仙区 (1992-)
    make_resident_id("510705", dt.date(1990, 1, 1), 317),  # 安州区 (2016-)
    make_resident_id("510722", dt.date(1999, 12, 31), 8),  # 三台县
    make_resident_id("370303", dt.date(1962, 6, 15), 771),  # 张店区
    make_resident_id("350213", dt.date(1988, 2, 29), 51),  # 翔安区 (2003-), a leap day
    make_resident_id("330803", dt.date(1979, 11, 2), 602),  # 衢江区 (2001-)
    make_resident_id("500105", dt.date(1993, 7, 7), 990),  # 重庆江北区 (1997-)
]


@pytest.mark.parametrize("number", RESIDENT_IDS)
def test_resident_ids_are_accepted(number):
    assert validate_resident_id(number) == number
    assert validate_resident_id(number.lower()) == number


def test_stdnum_rejects_what_we_accept_only_for_the_birth_place():
    out_of_period = RESIDENT_IDS[1]
    assert not ric.is_valid(out_of_period)
    assert ric.calc_check_digit(out_of_period) == out_of_period[-1]
    assert validate_resident_id(out_of_period) == out_of_period


@pytest.mark.parametrize("number", RESIDENT_IDS)
def test_every_single_character_corruption_of_a_resident_id_is_rejected(number):
    corrupted = list(_single_char_corruptions(number, lambda pos: DIGITS_X if pos == 17 else "0123456789"))
    assert len(corrupted) == 17 * 9 + 10
    for pos, bad in corrupted:
        with pytest.raises(InvalidIdentifier):
            validate_resident_id(bad)


def test_resident_id_rules_and_messages():
    today = dt.date(2026, 3, 2)
    cases = {
        "": "请填写",
        "11010519491231002": "18 位",
        "1101051949123100A2": "前 17 位",
        make_resident_id("510703", dt.date(1990, 2, 1), 1)[:10] + "0230" + "0010": "出生日期",
        make_resident_id("510703", dt.date(2026, 3, 3), 1): "不合理",  # tomorrow
        make_resident_id("510703", dt.date(1899, 12, 31), 1): "不合理",
        "11010519491231002X"[:-1] + "1": "校验位",
        make_resident_id("999999", dt.date(1990, 2, 1), 1): "行政区划",
        make_resident_id("510791", dt.date(1990, 2, 1), 1): "行政区划",  # a code stdnum lists without a county
    }
    for text, fragment in cases.items():
        with pytest.raises(InvalidIdentifier) as info:
            validate_resident_id(text, today=today)
        assert fragment in str(info.value), (text, str(info.value))


def test_known_areas():
    assert area_known("510703") and area_known("500105") and area_known("110105")
    assert not area_known("510791") and not area_known("999999") and not area_known("51070")


@pytest.mark.parametrize("text,expected", [("13812345678", "13812345678"), ("+86 139-1234-5678", "13912345678"),
                                           ("１９９１２３４５６７８", "19912345678")])
def test_mobile_numbers_are_accepted(text, expected):
    assert validate_mobile(text) == expected


@pytest.mark.parametrize("text", ["", "1381234567", "138123456789", "12812345678", "23812345678", "1381234567a"])
def test_bad_mobile_numbers_are_rejected(text):
    with pytest.raises(InvalidIdentifier):
        validate_mobile(text)
