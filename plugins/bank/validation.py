"""The rules of the bank step's form and of a branch's master data, as plain functions returning
``{field: message}``: the form checks with them before it saves, the services refuse with them,
the tests call them. No database and no Qt here; what needs the branch or the licence (the
bank's account number lengths, the licence time) is passed in."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.i18n import translate
from plugins.bank.common import (ACCOUNT_BASIC, BANK_CATEGORIES, DUE_DILIGENCE, PASSED, REFUSED,
                                 due_diligence_title, short_bank_name)

#: the step data's keys
FIELDS = ("signing_at", "due_diligence", "due_diligence_notes", "account_type", "account_number",
          "account_number_confirm", "opened_on")
ACCOUNT_MIN_DIGITS = 8
ACCOUNT_MAX_DIGITS = 32
NOTES_MAX = 500
EARLIEST = dt.date(2000, 1, 1)
BANK_NAME_MAX = 40
BRANCH_NAME_MAX = 60
ADDRESS_MAX = 300
MAX_LENGTHS = 4

_DIGITS = re.compile(r"[0-9]+")
_LENGTH_SEPARATORS = re.compile(r"[\s,，、;；/]+")
_PHONE = re.compile(r"(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|95\d{3,4}|400-?\d{3}-?\d{4})")



# -- values ----------------------------------------------------------------------------------------

def parse_datetime(value) -> dt.datetime | None:
    """An ISO date and time (``2026-11-21T10:30``), None when empty; ValueError when malformed."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return dt.datetime.fromisoformat(value.strip())


def parse_date(value) -> dt.date | None:
    """An ISO date (``2026-11-21``), None when empty; ValueError when malformed."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value.strip()) != 10:
        raise ValueError(value)
    return dt.date.fromisoformat(value.strip())


def normalise_account(text: str) -> str:
    """What the clerk typed, without the spaces people group digits with."""
    return re.sub(r"\s+", "", text or "")


def mask_account(number: str) -> str:
    """The first and last four digits, the rest as ``*``: 2308411109100012345 -> 2308***********2345."""
    number = normalise_account(number)
    keep = 4 if len(number) > 8 else len(number) // 4
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[len(number) - keep:]


def parse_lengths(text: str) -> tuple[int, ...]:
    """``"19"``, ``"19,20"`` or ``"19、20"`` -> (19, 20); ValueError when a part is no whole number
    of digits an account number can have."""
    parts = [p for p in _LENGTH_SEPARATORS.split((text or "").strip()) if p]
    if not parts or len(parts) > MAX_LENGTHS:
        raise ValueError(text)
    lengths = set()
    for part in parts:
        if not _DIGITS.fullmatch(part) or not ACCOUNT_MIN_DIGITS <= int(part) <= ACCOUNT_MAX_DIGITS:
            raise ValueError(text)
        lengths.add(int(part))
    return tuple(sorted(lengths))


def lengths_text(lengths: tuple[int, ...]) -> str:
    """(19,) -> 19 位；(19, 20) -> 19 或 20 位; () -> 8 至 32 位."""
    if not lengths:
        return translate("bank", "{min} 至 {max} 位").format(min=ACCOUNT_MIN_DIGITS, max=ACCOUNT_MAX_DIGITS)
    return translate("bank", "{lengths} 位").format(lengths=translate("bank", " 或 ").join(str(n) for n in lengths))


def account_number_error(number: str) -> str:
    """What is wrong with an account number whatever the bank: digits only, 8 to 32 of them."""
    if not _DIGITS.fullmatch(number):
        return translate("bank", "账号只能由数字组成")
    if not ACCOUNT_MIN_DIGITS <= len(number) <= ACCOUNT_MAX_DIGITS:
        return translate("bank", "账号应为 {min} 至 {max} 位数字").format(min=ACCOUNT_MIN_DIGITS, max=ACCOUNT_MAX_DIGITS)
    return ""


def account_length_error(number: str, lengths: tuple[int, ...], bank_name: str = "") -> str:
    """The branch's bank uses account numbers of ``lengths`` digits only."""
    if not number or not lengths or len(number) in lengths or account_number_error(number):
        return ""
    bank = short_bank_name(bank_name) or translate("bank", "本行")
    return translate("bank", "{bank}的账号应为 {lengths}数字，您输入了 {count} 位").format(
        bank=bank, lengths=lengths_text(lengths), count=len(number))


# -- the step's form -------------------------------------------------------------------------------

def _text(data: dict, key: str) -> str:
    value = data.get(key)
    return value.strip() if isinstance(value, str) else ""


def validate_account(data: dict, *, now: dt.datetime | None = None) -> dict[str, str]:
    """``StepTypeSpec.validate_data``: what is wrong with the form data as it stands (a save with
    any of it is refused). Fields left empty are not errors here; see :func:`check_completion`."""
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    for key in FIELDS:
        if data.get(key) not in (None, "") and not isinstance(data.get(key), str):
            errors[key] = translate("bank", "格式不正确")
    signing = opened = None
    try:
        signing = parse_datetime(data.get("signing_at")) if "signing_at" not in errors else None
        if signing is not None and signing.date() < EARLIEST:
            errors["signing_at"] = translate("bank", "面签时间不正确")
        elif signing is not None and signing > now:
            errors["signing_at"] = translate("bank", "面签时间不能晚于当前时间")
    except ValueError:
        errors["signing_at"] = translate("bank", "面签时间格式不正确，应为 年-月-日 时:分")
    result = _text(data, "due_diligence")
    if result and result not in DUE_DILIGENCE:
        errors["due_diligence"] = translate("bank", "请选择尽职调查结论")
    notes = _text(data, "due_diligence_notes")
    if len(notes) > NOTES_MAX:
        errors["due_diligence_notes"] = translate("bank", "说明不能超过 {max} 个字").format(max=NOTES_MAX)
    elif result in DUE_DILIGENCE and result != PASSED and not notes:
        errors["due_diligence_notes"] = translate("bank", "尽职调查结论为“{result}”时须填写说明").format(
            result=due_diligence_title(result))
    kind = _text(data, "account_type")
    if kind and kind != ACCOUNT_BASIC:
        errors["account_type"] = translate("bank", "本平台只办理基本存款账户的开立")
    number = _text(data, "account_number")
    if number and "account_number" not in errors:
        message = account_number_error(number)
        if message:
            errors["account_number"] = message
    confirm = _text(data, "account_number_confirm")
    if confirm and confirm != number and "account_number_confirm" not in errors:
        errors["account_number_confirm"] = translate("bank", "两次输入的账号不一致")
    try:
        opened = parse_date(data.get("opened_on")) if "opened_on" not in errors else None
        if opened is not None and opened < EARLIEST:
            errors["opened_on"] = translate("bank", "开户日期不正确")
        elif opened is not None and opened > now.date():
            errors["opened_on"] = translate("bank", "开户日期不能晚于今天")
        elif opened is not None and signing is not None and "signing_at" not in errors and opened < signing.date():
            errors["opened_on"] = translate("bank", "开户日期不能早于面签日期")
    except ValueError:
        errors["opened_on"] = translate("bank", "开户日期格式不正确，应为 年-月-日")
    return errors


def check_completion(data: dict, *, now: dt.datetime | None = None) -> dict[str, str]:
    """``StepTypeSpec.check_completion``: what must still be filled in (or is wrong) before the
    account can be reported opened. A refused due diligence never completes: the clerk returns
    the case for correction or holds it while the applicant brings what is missing."""
    errors = validate_account(data, now=now)
    required = {
        "signing_at": translate("bank", "请填写面签时间（法定代表人或授权经办人到网点面签）"),
        "due_diligence": translate("bank", "请选择尽职调查结论"),
        "account_number": translate("bank", "请填写开立的账号"),
        "account_number_confirm": translate("bank", "请再次输入账号以确认"),
        "opened_on": translate("bank", "请填写开户日期"),
    }
    for key, message in required.items():
        if not _text(data, key):
            errors.setdefault(key, message)
    if _text(data, "due_diligence") == REFUSED:
        errors["due_diligence"] = translate("bank", "尽职调查未通过，不能办结开户：请退回补正或挂起等待申请人")
    return errors


def licence_order_errors(data: dict, licence_at: dt.datetime | None) -> dict[str, str]:
    """The signing and the opening are not on a day before the licence was issued."""
    if licence_at is None:
        return {}
    errors = {}
    try:
        signing = parse_datetime(data.get("signing_at"))
    except ValueError:
        signing = None
    try:
        opened = parse_date(data.get("opened_on"))
    except ValueError:
        opened = None
    if signing is not None and signing.date() < licence_at.date():
        errors["signing_at"] = translate("bank", "面签日期不能早于营业执照核发日期（{date}）").format(date=licence_at.date().isoformat())
    if opened is not None and opened < licence_at.date():
        errors["opened_on"] = translate("bank", "开户日期不能早于营业执照核发日期（{date}）").format(date=licence_at.date().isoformat())
    return errors


# -- a branch's master data ------------------------------------------------------------------------

@dataclass(frozen=True)
class BranchForm:
    """What the branch dialog edits: the bank, the branch, its 联行号, the lengths of the account
    numbers its bank gives out (``"19"`` or ``"19,20"``), and the address and phone applicants get."""
    bank_name: str
    branch_name: str
    bank_code: str
    account_lengths: str
    address: str
    phone: str


def bank_code_error(code: str, bank_name: str) -> str:
    """A 联行号 is 12 digits; its first three name the bank for the banks with a code of their own."""
    if not re.fullmatch(r"[0-9]{12}", code):
        return translate("bank", "联行号应为 12 位数字")
    expected = BANK_CATEGORIES.get(code[:3])
    if expected and bank_name and short_bank_name(translate("bank", expected)) not in bank_name:
        return translate("bank", "联行号前三位 {prefix} 是{bank}的行别代码，与所填银行不符").format(
            prefix=code[:3], bank=translate("bank", expected))
    return ""


def validate_branch(form: BranchForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    bank, branch = form.bank_name.strip(), form.branch_name.strip()
    if not bank:
        errors["bank_name"] = translate("bank", "请填写银行名称")
    elif len(bank) > BANK_NAME_MAX:
        errors["bank_name"] = translate("bank", "银行名称不能超过 {max} 个字").format(max=BANK_NAME_MAX)
    if not branch:
        errors["branch_name"] = translate("bank", "请填写网点名称")
    elif len(branch) > BRANCH_NAME_MAX:
        errors["branch_name"] = translate("bank", "网点名称不能超过 {max} 个字").format(max=BRANCH_NAME_MAX)
    code = form.bank_code.strip()
    message = bank_code_error(code, bank) if code else translate("bank", "请填写联行号")
    if message:
        errors["bank_code"] = message
    try:
        parse_lengths(form.account_lengths)
    except ValueError:
        errors["account_lengths"] = translate("bank", "账号位数应为 {min} 至 {max} 之间的整数，多个用逗号分隔（最多 {count} 个）").format(
            min=ACCOUNT_MIN_DIGITS, max=ACCOUNT_MAX_DIGITS, count=MAX_LENGTHS)
    address = form.address.strip()
    if not address:
        errors["address"] = translate("bank", "请填写网点地址")
    elif len(address) > ADDRESS_MAX:
        errors["address"] = translate("bank", "地址不能超过 {max} 个字").format(max=ADDRESS_MAX)
    phone = form.phone.strip()
    if not phone:
        errors["phone"] = translate("bank", "请填写联系电话")
    elif not _PHONE.fullmatch(phone):
        errors["phone"] = translate("bank", "联系电话格式不正确，例如 0816-2539000 或 13812345678")
    return errors
