"""Amounts in Chinese uppercase numerals (大写金额)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.reports.numerals import DIGITS, cny_uppercase, cny_uppercase_with_currency

CASES = [
    ("0", "零元整"),
    ("0.5", "伍角"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("100", "壹佰元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1001", "壹仟零壹元整"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("10000", "壹万元整"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("100010", "壹拾万零壹拾元整"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("110000", "壹拾壹万元整"),
    ("1000000", "壹佰万元整"),
    ("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    ("20000000.05", "贰仟万元零伍分"),
    ("100000000", "壹亿元整"),
    ("100000001", "壹亿零壹元整"),
    ("1000010000", "壹拾亿零壹万元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize("amount, expected", CASES)
def test_amount_in_uppercase(amount, expected):
    assert cny_uppercase(Decimal(amount)) == expected


def test_ints_strings_and_decimals_agree():
    assert cny_uppercase(1000000) == cny_uppercase("1000000") == cny_uppercase(Decimal("1000000.00"))


def test_fractions_of_a_fen_round_half_up():
    assert cny_uppercase(Decimal("0.005")) == "壹分"
    assert cny_uppercase(Decimal("9.999")) == "壹拾元整"


def test_registered_capital_form():
    assert cny_uppercase_with_currency(Decimal("1000000")) == "人民币壹佰万元整"


@pytest.mark.parametrize("bad", ["-1", "abc", "1e16", Decimal("NaN")])
def test_rejects_what_is_not_a_writable_amount(bad):
    with pytest.raises(ValueError):
        cny_uppercase(bad)


def _parse(text: str) -> Decimal:
    """Read an uppercase amount back (a test oracle independent of the writer's zero rules)."""
    places = {"拾": 10, "佰": 100, "仟": 1000}
    total, section, digit = 0, 0, 0
    fen = 0
    text = text.removesuffix("整")
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in places:
            section += digit * places[ch]
            digit = 0
        elif ch == "万":
            # 万 after 亿 in one number (壹亿零伍万) multiplies only its own section
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        elif ch == "元":
            total += section + digit
            section = digit = 0
        elif ch == "角":
            fen += digit * 10
            digit = 0
        elif ch == "分":
            fen += digit
            digit = 0
        else:
            raise AssertionError(f"unexpected character {ch!r} in {text}")
    return Decimal(total) + Decimal(fen) / 100


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_reads_back_to_the_same_amount(fen_total):
    amount = Decimal(fen_total) / 100
    text = cny_uppercase(amount)
    assert _parse(text) == amount, text
    assert "零零" not in text and not text.startswith("拾")
    assert text.endswith(("整", "角", "分"))
    assert not text.endswith("分整")
