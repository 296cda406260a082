"""Amounts in Chinese uppercase numerals (大写金额), as written on licences, receipts and cheques.

Follows the rules of the 支付结算办法 appendix: 壹拾 (never a bare 拾), one 零 for a run of zeros inside the
number, "整" after 元 and never after 分, and 零 after 元 when 角 is zero but 分 is not
(20000000.05 -> 贰仟万元零伍分).  Where the rules allow both, the form of their worked examples is used: no "整"
after 角 (1409.50 -> 壹仟肆佰零玖元伍角) and no 零 between 元 and a non-zero 角 (1680.32 -> 壹仟陆佰捌拾元叁角贰分).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
SECTIONS = ("", "万", "亿", "万亿")
LIMIT = Decimal(10) ** (4 * len(SECTIONS))


def _section(n: int) -> str:
    """0 < n < 10000 without its section unit; one 零 for any run of inner zeros."""
    out, pending_zero = [], False
    for place in range(3, -1, -1):
        digit = n // 10 ** place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + PLACES[place])
    return "".join(out)


def _integer(n: int) -> str:
    if n == 0:
        return ""
    sections = []
    while n:
        sections.append(n % 10000)
        n //= 10000
    out, need_zero = [], False
    for i in range(len(sections) - 1, -1, -1):
        value = sections[i]
        if value == 0:
            need_zero = bool(out)  # 壹亿零壹 : the empty 万 section leaves one 零
            continue
        if out and (need_zero or value < 1000):
            out.append("零")
        out.append(_section(value) + SECTIONS[i])
        need_zero = False
    return "".join(out)


def cny_uppercase(amount: Decimal | int | str) -> str:
    """``Decimal("1234567.89")`` -> ``壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分``; rounded half up to the fen."""
    try:
        value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError(f"not an amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {amount!r}")
    if value < 0:
        raise ValueError(f"negative amount: {amount!r}")
    if value >= LIMIT:
        raise ValueError(f"amount too large: {amount!r}")
    fen_total = int(value * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"
    out = _integer(yuan)
    if yuan:
        out += "元"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif fen and yuan:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    elif not jiao:
        out += "整"
    return out


def cny_uppercase_with_currency(amount: Decimal | int | str) -> str:
    """``人民币壹佰万元整``: the form shown as registered capital."""
    return "人民币" + cny_uppercase(amount)
