"""The intake form and its validation: every error, keyed by its field path, in Chinese.

Pure: no database access. ``validate_intake`` returns a normalised copy of the form or raises one
``ValidationError`` naming every invalid field (e.g. ``shareholders[1].id_number``)."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.core.errors import ValidationError
from app.core.identifiers import (InvalidIdentifier, area_known, validate_mobile, validate_resident_id,
                                  validate_uscc)
from app.i18n import translate
from app.plugin_api import IntakeAnswers
from plugins.registration.names import check_name, normalise_name
from plugins.registration.reference import ADDRESS_TYPES, company_type_title, company_types, industry_catalogue

#: company types whose applicants must list their shareholders (partners), and how many at least
MIN_SHAREHOLDERS = {"limited_company": 1, "partnership": 2}
MAX_SHAREHOLDERS = {"limited_company": 50, "sole_proprietorship": 1}
#: A registered Chinese enterprise name: at least four characters, starting with a Chinese character,
#: made of Chinese characters, Latin letters, digits and parentheses.
_CORPORATE_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9（）()·]{3,}")

SHAREHOLDER_KINDS = {"person": "自然人", "corporate": "企业法人"}
MAX_CAPITAL = Decimal("99999999999999.99")  # what the enterprise table's DECIMAL(16, 2) holds
MAX_SCOPE_CHARS = 2000
MAX_ADDRESS_CHARS = 300
MAX_PERSON_NAME_CHARS = 30
MAX_CORPORATE_NAME_CHARS = 100
#: control characters (a paste from another program), never part of a scope or an address
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: names as the resident ID register writes them: Chinese characters, "·" between parts of a name
_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]+(·[\u4e00-\u9fff]+)*$")


@dataclass
class PersonEntry:
    name: str = ""
    id_number: str = ""
    mobile: str = ""


@dataclass
class ShareholderEntry:
    name: str = ""
    id_number: str = ""  # resident ID of a person, USCC of a corporate shareholder
    share: Decimal | str | None = None  # percent of the registered capital
    kind: str = "person"  # person | corporate


@dataclass
class IntakeForm:
    """What the window clerk (or the online portal) fills in for one application."""
    company_name: str = ""
    company_type: str = ""
    registered_capital: Decimal | str | None = None  # CNY
    industry_codes: tuple[str, ...] = ()
    business_scope: str = ""
    address: str = ""
    area_code: str = ""
    address_type: str = "leased"
    legal_representative: PersonEntry = field(default_factory=PersonEntry)
    contact: PersonEntry = field(default_factory=PersonEntry)
    shareholders: list[ShareholderEntry] = field(default_factory=list)
    has_employees: bool = False
    needs_invoices: bool = False

    def answers(self) -> IntakeAnswers:
        """The guided intake's answers this form implies (they decide the material checklist)."""
        codes = self.industry_codes if isinstance(self.industry_codes, (list, tuple)) else ()
        return IntakeAnswers(company_type=self.company_type, has_employees=bool(self.has_employees),
                             needs_invoices=bool(self.needs_invoices), industry_codes=tuple(codes),
                             address_type=self.address_type)


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _decimal(value, errors: dict, key: str, *, label: str, maximum: Decimal) -> Decimal | None:
    """A positive amount with at most two decimals, or None with an error recorded."""
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[key] = translate("registration", "请填写{label}").format(label=label)
        return None
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        errors[key] = translate("registration", "{label}应为数字").format(label=label)
        return None
    try:
        amount = Decimal(value.strip().replace(",", "") if isinstance(value, str) else value)
    except InvalidOperation:
        errors[key] = translate("registration", "{label}应为数字").format(label=label)
        return None
    if not amount.is_finite():
        errors[key] = translate("registration", "{label}应为数字").format(label=label)
    elif amount <= 0:
        errors[key] = translate("registration", "{label}必须大于 0").format(label=label)
    elif amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        errors[key] = translate("registration", "{label}最多保留两位小数").format(label=label)
    elif amount > maximum:
        errors[key] = translate("registration", "{label}超出允许的最大值").format(label=label)
    else:
        return amount.quantize(Decimal("0.01"))
    return None


def _identifier(validator, value, errors: dict, key: str) -> str:
    try:
        return validator(value if isinstance(value, str) else "")
    except InvalidIdentifier as exc:
        errors[key] = str(exc)
        return value if isinstance(value, str) else ""


def _person_name(value, errors: dict, key: str, what: str) -> str:
    name = _text(value)
    if not name:
        errors[key] = translate("registration", "请填写{what}姓名").format(what=what)
    elif not (2 <= len(name) <= MAX_PERSON_NAME_CHARS and _PERSON_NAME.match(name)):
        errors[key] = translate("registration", "{what}姓名应为 2–{n} 个汉字（少数民族姓名可含“·”）").format(
            what=what, n=MAX_PERSON_NAME_CHARS)
    return name


def _person(entry, errors: dict, prefix: str, what: str, *, id_required: bool) -> PersonEntry:
    if not isinstance(entry, PersonEntry):
        errors[prefix] = translate("registration", "请填写{what}信息").format(what=what)
        return PersonEntry()
    name = _person_name(entry.name, errors, f"{prefix}.name", what)
    id_number = _text(entry.id_number)
    if id_required or id_number:
        id_number = _identifier(validate_resident_id, entry.id_number, errors, f"{prefix}.id_number")
    mobile = _identifier(validate_mobile, entry.mobile, errors, f"{prefix}.mobile")
    return PersonEntry(name=name, id_number=id_number, mobile=mobile)


def _shareholders(form: IntakeForm, errors: dict) -> list[ShareholderEntry]:
    entries = form.shareholders if isinstance(form.shareholders, (list, tuple)) else []
    minimum = MIN_SHAREHOLDERS.get(form.company_type, 0)
    maximum = MAX_SHAREHOLDERS.get(form.company_type)
    title = company_type_title(form.company_type)
    if len(entries) < minimum:
        errors["shareholders"] = (translate("registration", "{type}至少需要 {n} 名股东（合伙人）").format(type=title, n=minimum)
                                  if minimum > 1 else translate("registration", "请填写股东信息"))
    elif maximum is not None and len(entries) > maximum:
        errors["shareholders"] = translate("registration", "{type}的股东（出资人）不能超过 {n} 名").format(type=title, n=maximum)
    if form.company_type == "individual_business" and entries:
        errors["shareholders"] = translate("registration", "个体工商户没有股东，请删除股东信息")
    cleaned, seen, total, shares_ok = [], {}, Decimal(0), True
    for i, entry in enumerate(entries):
        key = f"shareholders[{i}]"
        if not isinstance(entry, ShareholderEntry):
            errors[key] = translate("registration", "股东信息不完整")
            shares_ok = False
            continue
        kind = entry.kind if entry.kind in SHAREHOLDER_KINDS else None
        if kind is None:
            errors[f"{key}.kind"] = translate("registration", "股东类型应为自然人或企业法人")
        name = _text(entry.name)
        if kind == "corporate":
            if not name or len(name) > MAX_CORPORATE_NAME_CHARS:
                errors[f"{key}.name"] = translate("registration", "请填写法人股东的名称")
            elif not _CORPORATE_NAME.fullmatch(name):
                errors[f"{key}.name"] = translate(
                    "registration", "法人股东名称应为其登记的中文全称（至少 4 个字，可含括号、字母和数字）")
            number = _identifier(validate_uscc, entry.id_number, errors, f"{key}.id_number")
        else:
            name = _person_name(entry.name, errors, f"{key}.name", translate("registration", "股东"))
            number = _identifier(validate_resident_id, entry.id_number, errors, f"{key}.id_number")
        if f"{key}.id_number" not in errors:
            if number in seen:
                errors[f"{key}.id_number"] = translate("registration", "与第 {n} 名股东的证件号码重复").format(n=seen[number] + 1)
            seen.setdefault(number, i)
        share = _decimal(entry.share, errors, f"{key}.share", label=translate("registration", "出资比例"),
                         maximum=Decimal(100))
        if share is None:
            shares_ok = False
        else:
            total += share
        cleaned.append(ShareholderEntry(name=name, id_number=number, share=share, kind=entry.kind))
    if entries and shares_ok and total != 100 and "shareholders" not in errors:
        errors["shareholders"] = translate("registration", "出资比例合计应为 100%，当前为 {total}%").format(
            total=format(total.normalize(), "f"))
    return cleaned


def _industries(form: IntakeForm, errors: dict) -> tuple[str, ...]:
    codes = form.industry_codes if isinstance(form.industry_codes, (list, tuple)) else ()
    if not codes:
        errors["industry_codes"] = translate("registration", "请至少选择一个行业")
        return ()
    catalogue, cleaned = industry_catalogue(), []
    for i, code in enumerate(codes):
        code = _text(code)
        if not catalogue.exists(code):
            errors[f"industry_codes[{i}]"] = translate("registration", "行业代码“{code}”不在行业目录中").format(code=code)
        elif code in cleaned:
            errors[f"industry_codes[{i}]"] = translate("registration", "行业代码“{code}”重复").format(code=code)
        else:
            cleaned.append(code)
    return tuple(cleaned)


def validate_intake(form: IntakeForm) -> IntakeForm:
    """Check every field; return the normalised form or raise ValidationError with all errors."""
    errors: dict[str, str] = {}
    company_type = form.company_type if form.company_type in company_types() else ""
    if not company_type:
        errors["company_type"] = translate("registration", "请选择企业类型（{types}）").format(
            types="、".join(company_types().values()))
    name = normalise_name(form.company_name if isinstance(form.company_name, str) else "")
    if company_type:
        problem = check_name(name, company_type)
        if problem:
            errors["company_name"] = problem
    elif not name:
        errors["company_name"] = translate("registration", "请填写企业名称")
    capital = _decimal(form.registered_capital, errors, "registered_capital", label=translate("registration", "注册资本"),
                       maximum=MAX_CAPITAL)
    industries = _industries(form, errors)
    scope = _text(form.business_scope)
    if len(scope) < 2:
        errors["business_scope"] = translate("registration", "请填写经营范围")
    elif len(scope) > MAX_SCOPE_CHARS:
        errors["business_scope"] = translate("registration", "经营范围不能超过 {n} 个字").format(n=MAX_SCOPE_CHARS)
    elif _CONTROL.search(scope):
        errors["business_scope"] = translate("registration", "经营范围含有不可见的控制字符，请重新录入")
    address = _text(form.address)
    if len(address) < 5:
        errors["address"] = translate("registration", "请填写完整的住所（经营场所）地址")
    elif len(address) > MAX_ADDRESS_CHARS:
        errors["address"] = translate("registration", "住所地址不能超过 {n} 个字").format(n=MAX_ADDRESS_CHARS)
    elif _CONTROL.search(address):
        errors["address"] = translate("registration", "住所地址含有不可见的控制字符，请重新录入")
    area_code = _text(form.area_code)
    if not re.fullmatch(r"\d{6}", area_code):
        errors["area_code"] = translate("registration", "行政区划代码应为 6 位数字")
    elif not area_known(area_code):
        errors["area_code"] = translate("registration", "行政区划代码“{code}”不存在").format(code=area_code)
    if form.address_type not in ADDRESS_TYPES:
        errors["address_type"] = translate("registration", "住所类型应为：{types}").format(types="、".join(ADDRESS_TYPES.values()))
    legal = _person(form.legal_representative, errors, "legal_representative", translate("registration", "法定代表人"),
                    id_required=True)
    contact = _person(form.contact, errors, "contact", translate("registration", "联系人"), id_required=False)
    shareholders = _shareholders(dataclasses.replace(form, company_type=company_type), errors)
    for flag in ("has_employees", "needs_invoices"):
        if not isinstance(getattr(form, flag), bool):
            errors[flag] = translate("registration", "请选择“是”或“否”")
    if errors:
        raise ValidationError(errors)
    return IntakeForm(company_name=name, company_type=company_type, registered_capital=capital,
                      industry_codes=industries, business_scope=scope, address=address, area_code=area_code,
                      address_type=form.address_type, legal_representative=legal, contact=contact,
                      shareholders=shareholders, has_employees=form.has_employees,
                      needs_invoices=form.needs_invoices)
