"""What makes an incubator's record valid. Plain functions returning ``{field: message}`` (empty
when all is well), shared by the forms, the services, the roster import and the tests; none
touches the database (whether a seat exists and is free is the services' question)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from app.core.identifiers import InvalidIdentifier, validate_mobile, validate_resident_id
from app.i18n import translate
from plugins.incubator.common import CHANNELS, channel_title

MIN_NAME_CHARS, MAX_NAME_CHARS = 4, 60
MAX_NOTES_CHARS = 500
ADULT_AGE = 18
FIRST_YEAR = 2000
MAX_AMOUNT = Decimal("9999999999999.99")
MAX_YEARLY_RENT = Decimal("10000000")
#: organisation forms a registered name ends with (compared after NFKC: full-width brackets too)
ORGANISATION_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "个人独资企业", "合伙企业", "(普通合伙)",
                      "(有限合伙)", "工作室", "经营部", "服务部", "中心", "店")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z()·\-]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PERSON_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z·]+$")
_SEAT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]{0,19}$")
_PHONE = re.compile(r"^[0-9\-]{7,20}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class FirmEntry:
    """A hosted firm as the form or a roster row gives it (``seat`` is the seat number)."""
    company_name: str = ""
    legal_rep_name: str = ""
    legal_rep_id: str = ""
    legal_rep_mobile: str = ""
    seat: str = ""
    source_channel: str = "other"
    hosted_from: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ProfileEntry:
    address: str = ""
    operator: str = ""
    manager: str = ""
    manager_phone: str = ""
    services: str = ""
    fees: tuple[tuple[str, str], ...] = ()  # (service, fee)
    yearly_rent: Decimal | str | None = None


@dataclass(frozen=True)
class Cleaned:
    """A validated value and the errors found on the way."""
    value: object
    errors: dict[str, str] = field(default_factory=dict)


def check_company_name(name: str) -> str | None:
    """The message for a company name, or None: 4–60 characters, mostly Chinese, ending with an
    organisation form. (The window checks the full naming rules at intake.)"""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if not text:
        return translate("incubator", "请填写企业名称")
    if not MIN_NAME_CHARS <= len(text) <= MAX_NAME_CHARS:
        return translate("incubator", "企业名称应为 {min}–{max} 个字").format(min=MIN_NAME_CHARS, max=MAX_NAME_CHARS)
    if not _NAME_CHARS.match(text):
        return translate("incubator", "企业名称只能包含汉字、字母、数字和括号，不能有空格或其他符号")
    form = next((f for f in ORGANISATION_FORMS if text.endswith(f)), None)
    if form is None:
        return translate("incubator", "企业名称应以组织形式结尾，如“有限公司”“个人独资企业”“（普通合伙）”“工作室”")
    if len(_CJK.findall(text[:-len(form)])) < 2:  # region, trade name, industry: in Chinese
        return translate("incubator", "企业名称应以汉字为主")
    return None


def check_person_name(name: str) -> str | None:
    text = (name or "").strip()
    if not text:
        return translate("incubator", "请填写法定代表人姓名")
    if len(text) < 2 or len(text) > 30 or not _PERSON_CHARS.match(text):
        return translate("incubator", "姓名应为 2–30 个汉字或字母（少数民族姓名可含“·”）")
    return None


def check_seat_number(number: str) -> str | None:
    text = (number or "").strip()
    if not text:
        return translate("incubator", "请填写工位号")
    if not _SEAT.match(text):
        return translate("incubator", "工位号为 1–20 个字母、数字或“-”，如 A-018")
    return None


def check_past_date(day, *, today: dt.date, missing: str) -> str | None:
    if not isinstance(day, dt.date):
        return missing
    if day > today:
        return translate("incubator", "日期不能晚于今天")
    if day.year < FIRST_YEAR:
        return translate("incubator", "日期不能早于 {year} 年").format(year=FIRST_YEAR)
    return None


def _age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def clean_firm(entry: FirmEntry, *, today: dt.date) -> Cleaned:
    """The entry normalised (trimmed, ID upper case, mobile digits), with every error at once."""
    errors: dict[str, str] = {}
    name = unicodedata.normalize("NFKC", entry.company_name or "").strip()
    # stored as the applicant writes it, with Chinese brackets
    name = name.replace("(", "（").replace(")", "）")
    if problem := check_company_name(name):
        errors["company_name"] = problem
    if problem := check_person_name(entry.legal_rep_name):
        errors["legal_rep_name"] = problem
    id_number = (entry.legal_rep_id or "").strip().upper()
    try:
        id_number = validate_resident_id(id_number, today=today)
        birth = dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
        if _age_on(birth, today) < ADULT_AGE:
            errors["legal_rep_id"] = translate("incubator", "法定代表人应年满 {age} 周岁").format(age=ADULT_AGE)
    except InvalidIdentifier as exc:
        errors["legal_rep_id"] = str(exc)
    mobile = (entry.legal_rep_mobile or "").strip()
    try:
        mobile = validate_mobile(mobile)
    except InvalidIdentifier as exc:
        errors["legal_rep_mobile"] = str(exc)
    seat = (entry.seat or "").strip().upper()
    if problem := check_seat_number(seat):
        errors["seat"] = problem
    if entry.source_channel not in CHANNELS:
        errors["source_channel"] = translate("incubator", "来源渠道应为：{channels}").format(
            channels="、".join(channel_title(c) for c in CHANNELS))
    if problem := check_past_date(entry.hosted_from, today=today,
                                  missing=translate("incubator", "请填写入驻日期")):
        errors["hosted_from"] = problem
    notes = (entry.notes or "").strip()
    if len(notes) > MAX_NOTES_CHARS:
        errors["notes"] = translate("incubator", "备注不能超过 {n} 个字").format(n=MAX_NOTES_CHARS)
    elif _CONTROL.search(notes):
        errors["notes"] = translate("incubator", "备注含有不可见的控制字符，请重新录入")
    value = replace(entry, company_name=name, legal_rep_name=(entry.legal_rep_name or "").strip(),
                    legal_rep_id=id_number, legal_rep_mobile=mobile, seat=seat, notes=notes)
    return Cleaned(value, errors)


def validate_firm(entry: FirmEntry, *, today: dt.date | None = None) -> dict[str, str]:
    return clean_firm(entry, today=today or dt.date.today()).errors


def parse_amount(text, *, maximum: Decimal = MAX_AMOUNT) -> tuple[Decimal | None, str | None]:
    """An amount of yuan with at most two decimals, 0 to ``maximum``: (value, None) or (None, message)."""
    if isinstance(text, Decimal):
        value = text
    else:
        raw = str(text if text is not None else "").strip().replace(",", "").replace("，", "")
        if not raw:
            return None, translate("incubator", "请填写金额")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            return None, translate("incubator", "金额应为数字，单位：元")
    if not value.is_finite():
        return None, translate("incubator", "金额应为数字，单位：元")
    if value < 0:
        return None, translate("incubator", "金额不能为负数")
    if value > maximum:
        return None, translate("incubator", "金额不能超过 {max} 元").format(max=f"{maximum:,}")
    if value != value.quantize(Decimal("0.01")):
        return None, translate("incubator", "金额最多两位小数")
    return value.quantize(Decimal("0.01")), None


def validate_output(year, amount, *, today: dt.date | None = None) -> dict[str, str]:
    """A year's output value: a whole year from 2000 to this year, an amount of yuan."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= today.year:
        errors["year"] = translate("incubator", "年度应为 {first}–{last} 年").format(first=FIRST_YEAR, last=today.year)
    _value, problem = parse_amount(amount)
    if problem:
        errors["amount"] = problem
    return errors


def validate_seat(number: str, note: str = "") -> dict[str, str]:
    errors: dict[str, str] = {}
    if problem := check_seat_number(number):
        errors["number"] = problem
    if len((note or "").strip()) > 100:
        errors["note"] = translate("incubator", "说明不能超过 100 个字")
    return errors


def validate_profile(entry: ProfileEntry) -> dict[str, str]:
    errors: dict[str, str] = {}
    address = (entry.address or "").strip()
    if len(address) < 5 or len(address) > 300 or _CONTROL.search(address):
        errors["address"] = translate("incubator", "请填写完整的经营场所地址（5–300 个字）")
    for key, value, limit in (("operator", entry.operator, 200), ("manager", entry.manager, 100),
                              ("services", entry.services, 2000)):
        if len((value or "").strip()) > limit:
            errors[key] = translate("incubator", "不能超过 {n} 个字").format(n=limit)
        elif _CONTROL.search(value or ""):
            errors[key] = translate("incubator", "含有不可见的控制字符，请重新录入")
    if not (entry.operator or "").strip():
        errors["operator"] = translate("incubator", "请填写运营单位")
    if not (entry.manager or "").strip():
        errors["manager"] = translate("incubator", "请填写负责人")
    phone = (entry.manager_phone or "").strip()
    if phone and not _PHONE.match(phone):
        errors["manager_phone"] = translate("incubator", "联系电话只能包含数字和“-”，7–20 位")
    for i, (service, fee) in enumerate(entry.fees):
        if not (service or "").strip() or not (fee or "").strip():
            errors["fees"] = translate("incubator", "第 {n} 项增值服务的名称和收费都要填写").format(n=i + 1)
            break
        if len(service.strip()) > 50 or len(fee.strip()) > 50:
            errors["fees"] = translate("incubator", "第 {n} 项增值服务的名称或收费超过 50 个字").format(n=i + 1)
            break
    rent, problem = parse_amount(entry.yearly_rent, maximum=MAX_YEARLY_RENT)
    if problem:
        errors["yearly_rent"] = problem
    elif rent == 0:
        errors["yearly_rent"] = translate("incubator", "每户每年房租应大于 0")
    return errors
