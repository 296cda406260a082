"""The intake form's validation, field by field (a table), and fuzzed: every invalid field gives
an error at that field, and nothing is written to the database."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import ValidationError
from plugins.registration.intake import accept_case
from plugins.registration.reference import industry_catalogue
from plugins.registration.validation import PersonEntry, ShareholderEntry, validate_intake

from .helpers import CORPORATE_USCC, LEGAL_ID, PARTNER_ID, all_received, row_counts, valid_form, window_user


def person(**changes) -> PersonEntry:
    return dataclasses.replace(PersonEntry("张三", LEGAL_ID, "13812345678"), **changes)


def holders(*shares, kind="person") -> list[ShareholderEntry]:
    ids = [LEGAL_ID, PARTNER_ID, "11010519491231002X"]
    names = ["张三", "王五", "赵六"]
    return [ShareholderEntry(names[i], ids[i], share, kind) for i, share in enumerate(shares)]


def test_a_valid_form_is_normalised():
    clean = validate_intake(valid_form(company_name=" 绵阳锦程科技有限公司 ", registered_capital="1,000,000.5",
                                       legal_representative=person(id_number=LEGAL_ID.lower(),
                                                                   mobile="138 1234 5678")))
    assert clean.company_name == "绵阳锦程科技有限公司"
    assert clean.registered_capital == Decimal("1000000.50")
    assert clean.legal_representative.mobile == "13812345678"
    assert clean.shareholders[0].share == Decimal("60.00")
    assert clean.answers().industry_codes == ("6513", "6560")


# (field changes, error key, fragment of the message)
INVALID = [
    ({"company_name": ""}, "company_name", "请填写企业名称"),
    ({"company_name": "锦程科技有限公司"}, "company_name", "行政区划"),
    ({"company_name": "绵阳锦程有限公司"}, "company_name", "行业表述"),
    ({"company_name": "绵阳锦科技有限公司"}, "company_name", "字号"),
    ({"company_name": "绵阳锦程科技股份有限公司"}, "company_name", "不符"),
    ({"company_name": "中华锦程科技有限公司"}, "company_name", "中华"),
    ({"company_name": "绵阳迷信科技有限公司"}, "company_name", "迷信"),
    ({"company_name": "绵阳ABC科技有限公司"}, "company_name", "规范汉字"),
    ({"company_name": "绵阳锦 程科技有限公司"}, "company_name", "空格"),
    ({"company_type": "corporation"}, "company_type", "企业类型"),
    ({"registered_capital": None}, "registered_capital", "请填写"),
    ({"registered_capital": "abc"}, "registered_capital", "数字"),
    ({"registered_capital": "0"}, "registered_capital", "大于 0"),
    ({"registered_capital": "-5"}, "registered_capital", "大于 0"),
    ({"registered_capital": "100.123"}, "registered_capital", "两位小数"),
    ({"registered_capital": "1e20"}, "registered_capital", "最大值"),
    ({"registered_capital": 1.5}, "registered_capital", "数字"),
    ({"industry_codes": ()}, "industry_codes", "至少"),
    ({"industry_codes": ("9999",)}, "industry_codes[0]", "不在行业目录"),
    ({"industry_codes": ("6513", "6513")}, "industry_codes[1]", "重复"),
    ({"industry_codes": ("I",)}, "industry_codes[0]", "不在行业目录"),  # a section is too broad
    ({"business_scope": " "}, "business_scope", "经营范围"),
    ({"business_scope": "软" * 2001}, "business_scope", "2000"),
    ({"address": "绵阳"}, "address", "住所"),
    ({"area_code": "51070"}, "area_code", "6 位"),
    ({"area_code": "999999"}, "area_code", "不存在"),
    ({"address_type": "borrowed"}, "address_type", "住所类型"),
    ({"legal_representative": person(name="")}, "legal_representative.name", "法定代表人姓名"),
    ({"legal_representative": person(id_number="")}, "legal_representative.id_number", "身份证"),
    ({"legal_representative": person(id_number=LEGAL_ID[:-1] + "0")}, "legal_representative.id_number", "校验位"),
    ({"legal_representative": person(mobile="1234")}, "legal_representative.mobile", "手机"),
    ({"legal_representative": None}, "legal_representative", "法定代表人"),
    ({"contact": person(mobile="")}, "contact.mobile", "手机"),
    ({"contact": person(id_number="123")}, "contact.id_number", "身份证"),
    ({"shareholders": []}, "shareholders", "股东"),
    ({"shareholders": holders("60", "30")}, "shareholders", "100%"),
    ({"shareholders": holders("60", "40.001")}, "shareholders[1].share", "两位小数"),
    ({"shareholders": holders("100", "0")}, "shareholders[1].share", "大于 0"),
    ({"shareholders": holders("50", "50") + holders("0")[:0] + [ShareholderEntry("重复", LEGAL_ID, "0.01")]},
     "shareholders[2].id_number", "重复"),
    ({"shareholders": [ShareholderEntry("", LEGAL_ID, "100")]}, "shareholders[0].name", "姓名"),
    ({"shareholders": [ShareholderEntry("某公司", LEGAL_ID, "100", "corporate")]}, "shareholders[0].id_number",
     "统一社会信用代码"),
    ({"shareholders": [ShareholderEntry("某人", CORPORATE_USCC, "100", "person")]}, "shareholders[0].id_number",
     "身份证"),
    ({"shareholders": [ShareholderEntry("某人", LEGAL_ID, "100", "robot")]}, "shareholders[0].kind", "自然人"),
    ({"shareholders": ["not a shareholder"]}, "shareholders[0]", "不完整"),
    ({"company_type": "partnership", "company_name": "绵阳锦程企业管理咨询中心（有限合伙）",
      "shareholders": holders("100")}, "shareholders", "至少需要 2 名"),
    ({"company_type": "individual_business", "company_name": "绵阳市涪城区老张面馆"}, "shareholders", "个体工商户"),
    ({"company_type": "sole_proprietorship", "company_name": "绵阳锦程科技中心",
      "shareholders": holders("50", "50")}, "shareholders", "不能超过 1 名"),
    ({"company_type": "sole_proprietorship", "company_name": "绵阳锦程科技有限公司",
      "shareholders": holders("100")}, "company_name", "不符"),
    ({"company_type": "cooperative", "company_name": "绵阳锦程蔬菜种植公司专业合作社",
      "shareholders": []}, "company_name", "公司"),
    ({"has_employees": "yes"}, "has_employees", "是"),
    ({"needs_invoices": None}, "needs_invoices", "是"),
]


@pytest.mark.parametrize("changes,key,fragment", INVALID, ids=[f"{i}-{case[1]}" for i, case in enumerate(INVALID)])
def test_each_invalid_field_is_reported_at_its_path(changes, key, fragment):
    with pytest.raises(ValidationError) as info:
        validate_intake(valid_form(**changes))
    assert key in info.value.errors, info.value.errors
    assert fragment in info.value.errors[key], info.value.errors[key]


@pytest.mark.parametrize("changes", [
    {"company_type": "partnership", "company_name": "绵阳锦程企业管理咨询中心（有限合伙）", "shareholders": holders("50", "50")},
    {"company_type": "individual_business", "company_name": "绵阳市涪城区老张面馆", "shareholders": []},
    {"company_type": "sole_proprietorship", "company_name": "绵阳锦程科技中心", "shareholders": holders("100")},
    {"company_type": "sole_proprietorship", "company_name": "绵阳锦程科技中心", "shareholders": []},
    {"company_type": "cooperative", "company_name": "绵阳市涪城区蜀丰蔬菜种植专业合作社", "shareholders": []},
    {"company_name": "四川省绵阳市涪城区蜀丰网络科技有限责任公司"},
    {"shareholders": holders("33.33", "33.33", "33.34")},
    {"shareholders": [ShareholderEntry("绵阳蜀丰投资有限公司", CORPORATE_USCC, "100", "corporate")]},
    {"registered_capital": Decimal("30000"), "address_type": "incubator",
     "contact": PersonEntry("李四", "", "19912345678")},
])
def test_other_valid_forms(changes):
    validate_intake(valid_form(**changes))


def test_every_error_is_reported_at_once():
    form = valid_form(company_name="", registered_capital="-1", area_code="x",
                      legal_representative=person(mobile="1"), shareholders=holders("10"))
    with pytest.raises(ValidationError) as info:
        validate_intake(form)
    assert {"company_name", "registered_capital", "area_code", "legal_representative.mobile",
            "shareholders"} <= set(info.value.errors)


# -- fuzzing: one field at a time made invalid ------------------------------------------------------

def _bad_text():
    return st.one_of(st.just(""), st.just("   "), st.text(alphabet="abcXYZ!@# ", min_size=1, max_size=12),
                     st.integers(), st.none())


_BAD_PERSON_FIELD = st.sampled_from(["name", "id_number", "mobile"])

CORRUPTIONS = {
    "company_name": st.one_of(st.just(""), st.text(alphabet="abcXYZ0123 ", min_size=1, max_size=20),
                              st.sampled_from(["锦程科技有限公司", "绵阳锦程有限公司", "中国锦程科技有限公司", "绵阳锦程科技合伙企业",
                                               "绵阳锦程科技股份有限公司", "绵阳" + "锦" * 10 + "科技有限公司"])),
    "company_type": st.one_of(st.text(max_size=10), st.none(), st.integers()),
    "registered_capital": st.one_of(st.decimals(max_value=0, allow_nan=False, allow_infinity=False),
                                    st.decimals(min_value=Decimal("0.001"), max_value=10**6, places=3).filter(
                                        lambda d: d != d.quantize(Decimal("0.01"))),
                                    st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")]),
                                    st.text(alphabet="abc-+ x", max_size=6), st.none(), st.floats()),
    "industry_codes": st.one_of(st.just(()), st.lists(st.text(alphabet="0123456789AZ", max_size=5), min_size=1,
                                                      max_size=3).filter(
                                    lambda codes: any(not industry_catalogue().exists(c) for c in codes)),
                                st.integers()),
    "business_scope": st.one_of(st.just(""), st.just(" a"), st.none(),
                                st.text(alphabet="软件开发；", min_size=2001, max_size=2100),
                                st.text(min_size=1, max_size=5).map(lambda t: "软件开发\x00" + t)),
    "address": st.one_of(st.text(max_size=4).map(str.strip), st.none(), st.just("地" * 301),
                         st.just("绵阳市高新区\x07火炬路")),
    "area_code": st.one_of(st.text(alphabet="0123456789", max_size=5), st.text(alphabet="abc", min_size=6, max_size=6),
                           st.sampled_from(["999999", "510791", "000000"])),
    "address_type": st.one_of(st.text(max_size=8).filter(lambda t: t not in {"owned", "leased", "incubator"}),
                              st.none()),
    "legal_representative": st.tuples(_BAD_PERSON_FIELD, _bad_text()),
    "contact": st.tuples(st.sampled_from(["name", "mobile"]), _bad_text()),
    "shareholders": st.one_of(
        st.just([]),
        st.tuples(st.integers(0, 2), st.sampled_from(["name", "id_number", "share", "kind"]), _bad_text()),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99.99"), places=2).map(lambda d: ("sum", d))),
    "has_employees": st.one_of(st.none(), st.text(max_size=3), st.integers()),
    "needs_invoices": st.one_of(st.none(), st.text(max_size=3), st.integers()),
}


def _corrupt(form, field_name: str, bad):
    if field_name in ("legal_representative", "contact"):
        attr, value = bad
        changed = dataclasses.replace(getattr(form, field_name), **{attr: value})
        return dataclasses.replace(form, **{field_name: changed})
    if field_name == "shareholders" and isinstance(bad, tuple):
        shareholders = list(form.shareholders)
        if bad[0] == "sum":  # shares that do not sum to 100
            shareholders = [dataclasses.replace(shareholders[0], share=bad[1])] + shareholders[1:2]
            if bad[1] == Decimal(70):
                shareholders[0] = dataclasses.replace(shareholders[0], share=Decimal("70.01"))
        else:
            index, attr, value = bad
            shareholders[index] = dataclasses.replace(shareholders[index], **{attr: value})
        return dataclasses.replace(form, shareholders=shareholders)
    return dataclasses.replace(form, **{field_name: bad})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_field_is_named_and_nothing_is_written(reg_sqlite, data):
    ctx = reg_sqlite
    field_name = data.draw(st.sampled_from(sorted(CORRUPTIONS)), label="field")
    bad = data.draw(CORRUPTIONS[field_name], label="value")
    form = valid_form()
    materials = all_received(ctx, form)
    corrupted = _corrupt(form, field_name, bad)
    before = row_counts()
    with pytest.raises(ValidationError) as info:
        accept_case(ctx, corrupted, materials, user=window_user())
    assert any(key == field_name or key.startswith(field_name + ".") or key.startswith(field_name + "[")
               for key in info.value.errors), (field_name, bad, info.value.errors)
    assert row_counts() == before
