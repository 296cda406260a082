"""What is wrong with a seal step's form data, as plain functions shared by the form, the services
and the tests.

The step's data::

    {"seals": [{"kind", "shape", "size", "material", "paid_by", "price", "filing_no"}, ...],
     "portrait_captured": bool,
     "handover": {"method": "pickup", "recipient_name", "recipient_id_last4"}
              or {"method": "mail", "carrier", "waybill_no", "recipient_name", "recipient_mobile", "address"}}

:func:`validate_data` refuses what is malformed (a save with errors changes nothing);
:func:`check_completion` adds what must still be filled in. Messages are keyed by the form's
fields (``seals``, ``portrait_captured``, ``handover.<name>``); :func:`seal_problems` gives the
seal table's messages cell by cell.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.core.carriers import waybill_error
from app.core.identifiers import InvalidIdentifier, area_known, validate_mobile
from app.i18n import translate
from plugins.seal.catalogue import (APPLICANT, CARRIERS, GOVERNMENT, HANDOVER_METHODS, KINDS, MAIL, MATERIALS,
                                    OFFICIAL, PAYERS, PICKUP, SHAPES, kind_title, shape_title, sizes_for)

MAX_SEALS = 10
MAX_PRICE = Decimal("2000.00")
FILING_RE = re.compile(r"^\d{13}$")  # GA 241.1: 6-digit area code + 7-digit serial
PRICE_RE = re.compile(r"^\d{1,4}(\.\d{1,2})?$")
NAME_RE = re.compile(r"^[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z·\s]{0,18}[\u4e00-\u9fa5A-Za-z]$")
ID_LAST4_RE = re.compile(r"^\d{3}[\dX]$")
ADDRESS_MIN, ADDRESS_MAX = 6, 120

#: the columns of the seal table, in the order the messages are listed
SEAL_COLUMNS = ("kind", "shape", "size", "material", "paid_by", "price", "filing_no")
HANDOVER_FIELDS = {
    PICKUP: ("recipient_name", "recipient_id_last4"),
    MAIL: ("carrier", "waybill_no", "recipient_name", "recipient_mobile", "address"),
}


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_price(text: str) -> Decimal | None:
    """``"80"`` -> ``Decimal("80.00")``; None when it is not an amount of at most two decimals."""
    text = _text(text)
    if not PRICE_RE.match(text):
        return None
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def filing_error(number: str) -> str:
    """What is wrong with a public-security filing number (备案号), "" when nothing."""
    if not FILING_RE.match(number):
        return translate("seal", "备案号应为 13 位数字（6 位行政区划代码 + 7 位顺序号）")
    if not area_known(number[:6]):
        return translate("seal", "备案号前 6 位不是有效的行政区划代码")
    return ""


def price_error(text: str) -> str:
    """What is wrong with a seal's price in CNY, "" when nothing."""
    price = parse_price(text)
    if price is None:
        return translate("seal", "价格应为金额，最多两位小数，如 80.00")
    if not Decimal("0.01") <= price <= MAX_PRICE:
        return translate("seal", "价格应在 0.01 至 2000.00 元之间")
    return ""


def _seal_row_problems(seal: dict, completing: bool) -> dict[str, str]:
    kind = _text(seal.get("kind"))
    spec = KINDS.get(kind)
    if spec is None:
        return {"kind": translate("seal", "印章种类不正确")}
    out: dict[str, str] = {}
    shape, size = _text(seal.get("shape")), _text(seal.get("size"))
    if shape not in SHAPES:
        out["shape"] = translate("seal", "请选择印章形状")
    elif shape not in spec.shapes:
        out["shape"] = translate("seal", "{kind}不能刻制为{shape}").format(kind=kind_title(kind), shape=shape_title(shape))
    elif size not in sizes_for(kind, shape):
        out["size"] = translate("seal", "规格不在允许范围内（可选：{sizes}）").format(
            sizes="、".join(s.replace("x", "×") for s in sizes_for(kind, shape)))
    if _text(seal.get("material")) not in MATERIALS:
        out["material"] = translate("seal", "请选择印章材质")
    paid_by, price = _text(seal.get("paid_by")), _text(seal.get("price"))
    if paid_by not in PAYERS:
        out["paid_by"] = translate("seal", "请选择付费方")
    elif paid_by == GOVERNMENT and not spec.free:
        out["paid_by"] = translate("seal", "{kind}不在免费套章范围内，须由申请人自费").format(kind=kind_title(kind))
    elif paid_by == GOVERNMENT and price:
        out["price"] = translate("seal", "免费套章的印章不单独收费，请清空价格")
    elif paid_by == APPLICANT and price:
        if message := price_error(price):
            out["price"] = message
    elif paid_by == APPLICANT and completing:
        out["price"] = translate("seal", "请填写自费印章的价格")
    filing_no = _text(seal.get("filing_no"))
    if filing_no:
        if message := filing_error(filing_no):
            out["filing_no"] = message
    elif completing:
        out["filing_no"] = translate("seal", "请填写公安备案号")
    return out


def seal_problems(seals, *, completing: bool = False) -> dict[tuple[int, str], str]:
    """The seal table's messages by (row, column); row -1 is the table as a whole."""
    if seals is None:
        seals = []
    if not isinstance(seals, list) or not all(isinstance(s, dict) for s in seals):
        return {(-1, "kind"): translate("seal", "印章清单格式不正确")}
    out: dict[tuple[int, str], str] = {}
    if len(seals) > MAX_SEALS:
        out[(-1, "kind")] = translate("seal", "一套印章最多 {n} 枚").format(n=MAX_SEALS)
    seen_kinds: dict[str, int] = {}
    seen_numbers: dict[str, int] = {}
    for row, seal in enumerate(seals):
        for column, message in _seal_row_problems(seal, completing).items():
            out[(row, column)] = message
        kind = _text(seal.get("kind"))
        if kind in seen_kinds and (row, "kind") not in out:
            out[(row, "kind")] = translate("seal", "同一种印章只能刻制一枚（与第 {n} 行重复）").format(n=seen_kinds[kind] + 1)
        seen_kinds.setdefault(kind, row)
        number = _text(seal.get("filing_no"))
        if number and number in seen_numbers and (row, "filing_no") not in out:
            out[(row, "filing_no")] = translate("seal", "备案号与第 {n} 行重复").format(n=seen_numbers[number] + 1)
        if number:
            seen_numbers.setdefault(number, row)
    if completing and not out:
        if not seals:
            out[(-1, "kind")] = translate("seal", "请至少刻制一枚印章")
        elif OFFICIAL not in seen_kinds:
            out[(-1, "kind")] = translate("seal", "印章清单中须有公章")
    return out


def seals_message(problems: dict[tuple[int, str], str], seals) -> str:
    """The seal table's messages as one text for its field: ``第 3 行（发票专用章）：…；…``."""
    parts = []
    for (row, column), message in sorted(problems.items(), key=lambda item: (item[0][0],
                                                                              SEAL_COLUMNS.index(item[0][1]))):
        if row < 0:
            parts.append(message)
            continue
        kind = _text(seals[row].get("kind")) if isinstance(seals, list) and row < len(seals) else ""
        if kind in KINDS:
            parts.append(translate("seal", "第 {row} 行（{kind}）：{message}").format(
                row=row + 1, kind=kind_title(kind), message=message))
        else:
            parts.append(translate("seal", "第 {row} 行：{message}").format(row=row + 1, message=message))
    return "；".join(parts)


def _handover_problems(handover, completing: bool) -> dict[str, str]:
    if handover is None:
        handover = {}
    if not isinstance(handover, dict):
        return {"handover.method": translate("seal", "交付信息格式不正确")}
    method = _text(handover.get("method"))
    if not method:
        return {"handover.method": translate("seal", "请选择交付方式（现场领取或免费寄递）")} if completing else {}
    if method not in HANDOVER_METHODS:
        return {"handover.method": translate("seal", "交付方式不正确")}
    out: dict[str, str] = {}
    missing = {
        "recipient_name": translate("seal", "请填写领取人姓名") if method == PICKUP
        else translate("seal", "请填写收件人姓名"),
        "recipient_id_last4": translate("seal", "请填写领取人身份证号码后四位"),
        "carrier": translate("seal", "请选择承运方"),
        "waybill_no": translate("seal", "请填写运单号"),
        "recipient_mobile": translate("seal", "请填写收件人手机号码"),
        "address": translate("seal", "请填写寄递地址"),
    }
    for name in HANDOVER_FIELDS[method]:
        value = _text(handover.get(name))
        key = f"handover.{name}"
        if not value:
            if completing:
                out[key] = missing[name]
            continue
        if name == "recipient_name" and not NAME_RE.match(value):
            out[key] = translate("seal", "姓名应为 2–20 个汉字或字母")
        elif name == "recipient_id_last4" and not ID_LAST4_RE.match(value):
            out[key] = translate("seal", "应为身份证号码的后四位（数字，最后一位可为 X）")
        elif name == "carrier" and value not in CARRIERS:
            out[key] = translate("seal", "请选择承运方")
        elif name == "recipient_mobile":
            try:
                validate_mobile(value)
            except InvalidIdentifier as exc:
                out[key] = str(exc)
        elif name == "address" and not ADDRESS_MIN <= len(value) <= ADDRESS_MAX:
            out[key] = translate("seal", "寄递地址应为 {low}–{high} 个字").format(low=ADDRESS_MIN, high=ADDRESS_MAX)
    carrier, waybill = _text(handover.get("carrier")), _text(handover.get("waybill_no"))
    if method == MAIL and carrier in CARRIERS and waybill:
        error = waybill_error(carrier, waybill)
        if error:
            out["handover.waybill_no"] = error
    return out


def _problems(data: dict, completing: bool) -> dict[str, str]:
    if not isinstance(data, dict):
        return {"seals": translate("seal", "表单数据格式不正确")}
    errors: dict[str, str] = {}
    seals = data.get("seals")
    problems = seal_problems(seals, completing=completing)
    if problems:
        errors["seals"] = seals_message(problems, seals)
    captured = data.get("portrait_captured")
    if captured is not None and not isinstance(captured, bool):
        errors["portrait_captured"] = translate("seal", "人像采集状态不正确")
    elif completing and not captured:
        errors["portrait_captured"] = translate("seal", "请确认已完成人像采集（印章备案须采集经办人人像）")
    errors.update(_handover_problems(data.get("handover"), completing))
    return errors


def validate_data(data: dict) -> dict[str, str]:
    """``StepTypeSpec.validate_data``: what is malformed in the step's data."""
    return _problems(data, completing=False)


def check_completion(data: dict) -> dict[str, str]:
    """``StepTypeSpec.check_completion``: what is malformed or still missing before the step is done."""
    return _problems(data, completing=True)


__all__ = ["validate_data", "check_completion", "seal_problems", "seals_message", "filing_error", "price_error",
           "parse_price", "SEAL_COLUMNS", "HANDOVER_FIELDS", "MAX_SEALS"]
