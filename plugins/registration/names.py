"""Enterprise names: 行政区划 + 字号 + 行业 + 组织形式, length limits and forbidden words.

The rules are data (resources/registration/name_rules.json); this module only applies them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import translate
from plugins.registration.reference import company_type_title, name_rules

_CJK = re.compile(r"^[\u4e00-\u9fff（）]+$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass(frozen=True)
class NameParts:
    region: str
    trade_name: str
    industry: str
    form: str


class NameError_(ValueError):  # noqa: N801 - not the builtin NameError
    """The name breaks a rule; ``str(exc)`` says which, for the user."""


def normalise_name(name: str) -> str:
    """Half-width brackets to full-width, surrounding whitespace removed."""
    return (name or "").strip().replace("(", "（").replace(")", "）")


def _longest_suffix(text: str, candidates) -> str | None:
    matches = [c for c in candidates if text.endswith(c)]
    return max(matches, key=len) if matches else None


def _strip_regions(name: str, prefixes: list[str]) -> tuple[str, str]:
    """Take region prefixes off the front, longest first and repeatedly (四川省 + 绵阳市 + 涪城区)."""
    ordered = sorted(prefixes, key=len, reverse=True)
    region = ""
    changed = True
    while changed:
        changed = False
        for prefix in ordered:
            if name.startswith(prefix) and len(name) > len(prefix):
                region, name, changed = region + prefix, name[len(prefix):], True
                break
    return region, name


def parse_name(name: str, company_type: str) -> NameParts:
    """Split a name into its four parts, or raise NameError_ with every rule it breaks."""
    rules = name_rules()
    name = normalise_name(name)
    problems: list[str] = []
    if not name:
        raise NameError_(translate("registration", "请填写企业名称"))
    if re.search(r"\s", name):
        raise NameError_(translate("registration", "企业名称中不能有空格"))
    low, high = rules["length"]["min"], rules["length"]["max"]
    if not low <= len(name) <= high:
        problems.append(translate("registration", "企业名称应为 {low}–{high} 个字，当前为 {n} 个字").format(
            low=low, high=high, n=len(name)))
    if not _CJK.match(name):
        problems.append(translate("registration", "企业名称只能使用规范汉字，不能含有字母、数字或其他符号"))
    for group in ("restricted_words", "forbidden_words"):
        for word in rules[group]["words"]:
            if word in name:
                problems.append(translate("registration", rules[group]["reason"]).format(word=word))
    type_spec = rules["company_types"].get(company_type)
    if type_spec is None:
        raise NameError_("；".join(problems + [translate("registration", "请先选择企业类型")]))
    all_forms = {f for spec in rules["company_types"].values() for f in spec["forms"]} | set(rules["other_forms"])
    form = _longest_suffix(name, type_spec["forms"])
    other = _longest_suffix(name, all_forms)
    if form is None or len(other) > len(form):  # 股份有限公司 ends with 有限公司 too
        expected = "、".join(type_spec["forms"][:4])
        if other:
            problems.append(translate("registration", "组织形式“{form}”与企业类型“{type}”不符，应为：{expected}等").format(
                form=other, type=company_type_title(company_type), expected=expected))
        else:
            problems.append(translate("registration", "名称应以组织形式结尾，如：{expected}").format(expected=expected))
        raise NameError_("；".join(problems))
    if company_type != "limited_company" and rules["company_word"] in name:
        problems.append(translate("registration", "{type}的名称不得使用“公司”字样").format(
            type=company_type_title(company_type)))
    region, rest = _strip_regions(name[: len(name) - len(form)], rules["region_prefixes"])
    if not region:
        problems.append(translate("registration", "名称应以行政区划开头，如：绵阳、绵阳市、四川省绵阳市"))
    low, high = rules["trade_name"]["min"], rules["trade_name"]["max"]
    words = rules["industry_words"]
    industry = (_longest_suffix(rest, [w for w in words if len(rest) - len(w) >= low])
                or _longest_suffix(rest, words) or "")
    trade = rest[: len(rest) - len(industry)]
    if not industry:
        problems.append(translate("registration", "名称中缺少行业表述（如：科技、商贸、餐饮管理），或该表述不在行业用语表中"))
    elif not (low <= len(trade) <= high and _HAN.match(trade)):
        problems.append(translate("registration", "字号应为 {low}–{high} 个汉字，当前为“{trade}”").format(
            low=low, high=high, trade=trade))
    if problems:
        raise NameError_("；".join(problems))
    return NameParts(region=region, trade_name=trade, industry=industry, form=form)


def check_name(name: str, company_type: str) -> str | None:
    """The message for the name field, or None when the name is fine."""
    try:
        parse_name(name, company_type)
    except NameError_ as exc:
        return str(exc)
    return None
