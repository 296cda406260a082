"""What a social insurance registration must look like: plain functions returning
``{field: message}`` (Chinese, ready to show at the field), shared by the form, the services,
the spreadsheet import and the tests.

The step's data (the form's working copy, JSON)::

    unit_number      "510703000123"      单位编号
    insurance_types  ["pension", ...]    参保险种 (reference.INSURANCE_CODES)
    no_employees     false               暂无雇员 (stated explicitly)
    employees        [{"name", "id_number", "mobile", "start_date", "base"}, ...]
    housing_fund     true                住房公积金单位缴存登记
    fund_account     "5107030012345678"  公积金单位账号
    fund_ratio       12                  缴存比例 (per cent)
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable

from app.core.identifiers import InvalidIdentifier, area_known, validate_mobile, validate_resident_id
from app.i18n import QT_TRANSLATE_NOOP, translate
from plugins.social_insurance.reference import (
    CONTRIBUTION_BASE_MAX,
    CONTRIBUTION_BASE_MIN,
    EMPLOYEE_NAME_MAX,
    FUND_ACCOUNT_MAX_LENGTH,
    FUND_ACCOUNT_MIN_LENGTH,
    FUND_RATIO_MAX,
    FUND_RATIO_MIN,
    INSURANCE_CODES,
    MAX_BACKDATE_DAYS,
    MAX_EMPLOYEES,
    MIN_WORKING_AGE,
    UNIT_NUMBER_LENGTH,
)

#: the columns of an employee row: key and title (the table, the import template, the notice)
EMPLOYEE_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("social_insurance", "姓名")),
    ("id_number", QT_TRANSLATE_NOOP("social_insurance", "身份证号码")),
    ("mobile", QT_TRANSLATE_NOOP("social_insurance", "手机号码")),
    ("start_date", QT_TRANSLATE_NOOP("social_insurance", "参保日期")),
    ("base", QT_TRANSLATE_NOOP("social_insurance", "月缴费基数（元）")),
)
EMPLOYEE_KEYS = tuple(key for key, _title in EMPLOYEE_COLUMNS)
#: employee row errors listed in the field's message before "…等 N 处"
_LISTED_ROW_ERRORS = 3

_NAME_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z·• .]+$")
_DATE_RE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_DIGITS_RE = re.compile(r"^\d+$")


def column_title(key: str) -> str:
    return translate("social_insurance", dict(EMPLOYEE_COLUMNS)[key])


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


# -- single values --------------------------------------------------------------------------------

def parse_date(value: Any) -> dt.date:
    """A date from ``2026-03-02``, ``2026/3/2``, ``2026年3月2日`` or a date; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE_RE.match(str(value or "").strip())
    if not match:
        raise ValueError(value)
    return dt.date(*(int(part) for part in match.groups()))


def parse_base(value: Any) -> Decimal:
    """A contribution base in yuan with at most two decimals; ValueError otherwise."""
    text = str(value if value is not None else "").strip().replace(",", "").replace("，", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(value) from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:
        raise ValueError(value)
    return amount.quantize(Decimal("0.01"))


def birth_date(id_number: str) -> dt.date:
    """The birth date in a resident ID number already validated."""
    return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def unit_number_error(value: str) -> str:
    """"" when ``value`` is a well-formed unit number (6-digit area code + 6-digit serial)."""
    text = (value or "").strip()
    if len(text) != UNIT_NUMBER_LENGTH or not _DIGITS_RE.match(text):
        return translate("social_insurance", "单位编号应为 12 位数字（6 位行政区划代码 + 6 位顺序号）")
    if not area_known(text[:6]):
        return translate("social_insurance", "单位编号前 6 位不是有效的行政区划代码")
    if int(text[6:]) == 0:
        return translate("social_insurance", "单位编号的顺序号不能为 000000")
    return ""


def fund_account_error(value: str) -> str:
    text = (value or "").strip()
    if not (_DIGITS_RE.match(text) and FUND_ACCOUNT_MIN_LENGTH <= len(text) <= FUND_ACCOUNT_MAX_LENGTH):
        return translate("social_insurance", "公积金单位账号应为 {low}–{high} 位数字").format(
            low=FUND_ACCOUNT_MIN_LENGTH, high=FUND_ACCOUNT_MAX_LENGTH)
    return ""


def fund_ratio_error(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not FUND_RATIO_MIN <= value <= FUND_RATIO_MAX:
        return translate("social_insurance", "缴存比例应为 {low}%–{high}% 之间的整数").format(low=FUND_RATIO_MIN,
                                                                         high=FUND_RATIO_MAX)
    return ""


# -- employees ------------------------------------------------------------------------------------

def _parsed(value: Any, parse, missing: str, malformed: str) -> tuple[Any, str]:
    """(the parsed value, "") or (None, why not)."""
    if not str(value if value is not None else "").strip():
        return None, missing
    try:
        return parse(value), ""
    except ValueError:
        return None, malformed


def _start_date_error(start: dt.date, id_number: str, today: dt.date) -> tuple[str, str]:
    """(column, message) of a start date that cannot be, or ("", "")."""
    if start > today:
        return "start_date", translate("social_insurance", "参保日期不能晚于今天")
    if (today - start).days > MAX_BACKDATE_DAYS:
        return "start_date", translate("social_insurance", "参保日期早于一年前，请按补缴业务办理")
    if id_number and age_on(birth_date(id_number), start) < MIN_WORKING_AGE:
        return "id_number", translate("social_insurance", "参保日期时未满 {n} 周岁，不得招用").format(n=MIN_WORKING_AGE)
    return "", ""


def validate_employee(entry: dict, *, today: dt.date | None = None) -> dict[str, str]:
    """{column: message} of one employee row (columns of EMPLOYEE_COLUMNS)."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    name = str(entry.get("name") or "").strip()
    if not name:
        errors["name"] = translate("social_insurance", "请填写姓名")
    elif len(name) < 2 or len(name) > EMPLOYEE_NAME_MAX or not _NAME_RE.match(name):
        errors["name"] = translate("social_insurance", "姓名应为 2–{n} 个汉字或字母（少数民族姓名可含“·”）").format(
            n=EMPLOYEE_NAME_MAX)
    id_number = ""
    try:
        id_number = validate_resident_id(str(entry.get("id_number") or ""), today=today)
    except InvalidIdentifier as exc:
        errors["id_number"] = str(exc)
    mobile = str(entry.get("mobile") or "").strip()
    if mobile:
        try:
            validate_mobile(mobile)
        except InvalidIdentifier as exc:
            errors["mobile"] = str(exc)
    start, errors["start_date"] = _parsed(entry.get("start_date"), parse_date,
                                          translate("social_insurance", "请填写参保日期"),
                                          translate("social_insurance", "参保日期格式应为 2026-03-02"))
    if start is not None:
        column, message = _start_date_error(start, id_number, today)
        if column:
            errors[column] = message
    base, errors["base"] = _parsed(entry.get("base"), parse_base, translate("social_insurance", "请填写月缴费基数"),
                                   translate("social_insurance", "月缴费基数应为金额，最多两位小数"))
    if base is not None and not CONTRIBUTION_BASE_MIN <= base <= CONTRIBUTION_BASE_MAX:
        errors["base"] = translate("social_insurance", "月缴费基数应在 {low} 至 {high} 元之间").format(
            low=_money(CONTRIBUTION_BASE_MIN), high=_money(CONTRIBUTION_BASE_MAX))
    return {column: message for column, message in errors.items() if message}


def normalised_id(value: Any) -> str:
    """The ID number as compared for duplicates (half-width, upper case, no blanks)."""
    return re.sub(r"\s", "", str(value or "")).upper()


def employee_errors(entries: Iterable[dict], *, today: dt.date | None = None,
                    existing: Iterable[dict] = ()) -> dict[tuple[int, str], str]:
    """{(row index, column): message} of a list of employee rows: each row's own errors, an ID
    number twice in the list, or one already in ``existing`` (the list an import adds to)."""
    seen: dict[str, int] = {}
    known = {normalised_id(e.get("id_number")): str(e.get("name") or "") for e in existing}
    errors: dict[tuple[int, str], str] = {}
    for index, entry in enumerate(entries):
        for column, message in validate_employee(entry, today=today).items():
            errors[(index, column)] = message
        key = normalised_id(entry.get("id_number"))
        if not key or (index, "id_number") in errors:
            continue
        if key in known:
            errors[(index, "id_number")] = translate("social_insurance", "该身份证号码已在参保职工名单中（{name}）").format(
                name=known[key])
        elif key in seen:
            errors[(index, "id_number")] = translate("social_insurance", "身份证号码与第 {row} 行重复").format(
                row=seen[key] + 1)
        else:
            seen[key] = index
    return errors


def describe_row_errors(errors: dict[tuple[int, str], str], *, first_row: int = 1) -> str:
    """The first few row errors as one sentence: 第 2 行身份证号码：…；… 等 5 处错误."""
    ordered = sorted(errors.items(), key=lambda item: (item[0][0], EMPLOYEE_KEYS.index(item[0][1])))
    parts = [translate("social_insurance", "第 {row} 行{column}：{message}").format(
        row=index + first_row, column=column_title(column), message=message)
        for (index, column), message in ordered[:_LISTED_ROW_ERRORS]]
    text = "；".join(parts)
    if len(ordered) > _LISTED_ROW_ERRORS:
        text += translate("social_insurance", "…共 {n} 处错误").format(n=len(ordered))
    return text


# -- the step's data --------------------------------------------------------------------------------

def _employee_list_error(employees: Any, today: dt.date) -> str:
    if not isinstance(employees, list) or not all(isinstance(e, dict) for e in employees):
        return translate("social_insurance", "参保职工名单格式不正确")
    if len(employees) > MAX_EMPLOYEES:
        return translate("social_insurance", "一次最多登记 {n} 名职工，其余请在参保后办理增员").format(n=MAX_EMPLOYEES)
    return describe_row_errors(employee_errors(employees, today=today))


def validate_data(data: dict, *, today: dt.date | None = None) -> dict[str, str]:
    """What is wrong with the step's data (what is filled in; missing items are for
    :func:`check_completion`)."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    unit = data.get("unit_number")
    if unit not in (None, ""):
        message = unit_number_error(unit) if isinstance(unit, str) else translate("social_insurance", "单位编号格式不正确")
        if message:
            errors["unit_number"] = message
    types = data.get("insurance_types")
    if types is not None and (not isinstance(types, list) or len(set(types)) != len(types)
                              or any(t not in INSURANCE_CODES for t in types)):
        errors["insurance_types"] = translate("social_insurance", "参保险种不正确")
    for flag in ("no_employees", "housing_fund"):
        if data.get(flag) is not None and not isinstance(data.get(flag), bool):
            errors[flag] = translate("social_insurance", "请选择是或否")
    employees = data.get("employees")
    if employees is not None:
        message = _employee_list_error(employees, today)
        if message:
            errors["employees"] = message
        elif employees and data.get("no_employees") is True:
            errors["no_employees"] = translate("social_insurance", "已录入参保职工，不能同时勾选“暂无雇员”")
    if data.get("housing_fund") is True:
        account = data.get("fund_account")
        if account not in (None, ""):
            message = fund_account_error(account) if isinstance(account, str) else fund_account_error("")
            if message:
                errors["fund_account"] = message
        if data.get("fund_ratio") is not None and fund_ratio_error(data.get("fund_ratio")):
            errors["fund_ratio"] = fund_ratio_error(data.get("fund_ratio"))
    return errors


def check_completion(data: dict, *, today: dt.date | None = None) -> dict[str, str]:
    """What must still be filled in (or is wrong) before the registration can be completed."""
    errors = validate_data(data, today=today)
    if not data.get("unit_number"):
        errors.setdefault("unit_number", translate("social_insurance", "请填写单位编号"))
    if not data.get("insurance_types"):
        errors.setdefault("insurance_types", translate("social_insurance", "请至少选择一个参保险种"))
    if not data.get("employees") and data.get("no_employees") is not True:
        errors.setdefault("employees", translate("social_insurance", "请录入参保职工，或勾选“暂无雇员”"))
    if data.get("housing_fund") is True:
        if not data.get("fund_account"):
            errors.setdefault("fund_account", translate("social_insurance", "请填写公积金单位账号"))
        if data.get("fund_ratio") is None:
            errors.setdefault("fund_ratio", translate("social_insurance", "请选择缴存比例"))
    return errors


__all__ = ["EMPLOYEE_COLUMNS", "EMPLOYEE_KEYS", "validate_data", "check_completion", "validate_employee",
           "employee_errors", "describe_row_errors", "parse_date", "parse_base", "unit_number_error",
           "fund_account_error", "fund_ratio_error", "normalised_id", "birth_date", "age_on", "column_title"]
