"""The tax form's rules, as plain functions: what is refused on save and before completion."""
from __future__ import annotations

import random

import pytest

from app.core.identifiers import make_uscc
from plugins.tax import catalogue as cat
from plugins.tax.records import demo_data
from plugins.tax.validation import check_completion, taxpayer_id_error, validate_data

from .helpers import FINANCE_ID, valid_data

WRONG_CHECK_DIGIT = FINANCE_ID[:17] + ("1" if FINANCE_ID[17] != "1" else "2")


def test_a_complete_form_passes_both_checks():
    assert validate_data(valid_data()) == {}
    assert check_completion(valid_data()) == {}


def test_an_empty_form_may_be_saved_but_not_completed():
    assert validate_data({}) == {}
    missing = check_completion({})
    assert set(missing) == {"category", "tax_types", "device", "officer", "checked"}
    assert missing["category"] == "请选择纳税人类型"
    assert missing["tax_types"] == "每户纳税人都须登记：增值税、所得税（按企业类型）"
    assert missing["checked"] == "请核对营业执照和法定代表人身份信息后勾选"


@pytest.mark.parametrize("changes, field, message", [
    ({"category": "large"}, "category", "纳税人类型只能是小规模纳税人或一般纳税人"),
    ({"tax_types": "vat"}, "tax_types", "登记税种格式不正确"),
    ({"tax_types": ["vat", "income_tax", "tobacco"]}, "tax_types", "不认识的税种：tobacco"),
    ({"tax_types": ["vat", "vat", "income_tax"]}, "tax_types", "同一税种只能登记一次"),
    ({"device": "printer"}, "device", "税控设备只能是不发放或税务UKey"),
    ({"device_number": "53710001234"}, "device_number", "税务UKey编号应为 12 位数字"),
    ({"device_number": "53710001234５"}, "device_number", "税务UKey编号应为 12 位数字"),
    ({"device": "none", "device_number": "537100012345", "first_invoices": []}, "device_number",
     "未发放税务UKey时不填写设备编号"),
    ({"device": "none", "device_number": ""}, "device", "核定增值税普通发票或专用发票须发放税务UKey"),
    ({"first_invoices": [{"kind": "vat_ordinary", "quantity": 51, "max_amount": 10000}]},
     "first_invoices.vat_ordinary", "增值税普通发票的份数应为 1–50 份（新办纳税人每月首次领用上限）"),
    ({"first_invoices": [{"kind": "vat_ordinary", "quantity": 0, "max_amount": 10000}]},
     "first_invoices.vat_ordinary", "增值税普通发票的份数应为 1–50 份（新办纳税人每月首次领用上限）"),
    ({"first_invoices": [{"kind": "vat_ordinary", "quantity": True, "max_amount": 10000}]},
     "first_invoices.vat_ordinary", "增值税普通发票的份数应为 1–50 份（新办纳税人每月首次领用上限）"),
    ({"first_invoices": [{"kind": "vat_ordinary", "quantity": 10, "max_amount": 1000000}]},
     "first_invoices.vat_ordinary", "单份最高开票限额只能是 1,000 元、1 万元或 10 万元（新办纳税人首次核定不超过 10 万元）"),
    ({"category": "general", "first_invoices": [{"kind": "vat_special", "quantity": 26, "max_amount": 10000}]},
     "first_invoices.vat_special", "增值税专用发票的份数应为 1–25 份（新办纳税人每月首次领用上限）"),
    ({"first_invoices": [{"kind": "vat_special", "quantity": 10, "max_amount": 10000}]},
     "first_invoices.vat_special", "增值税专用发票只向一般纳税人核定"),
    ({"first_invoices": [{"kind": "digital", "quota": 500}]}, "first_invoices.digital",
     "全电发票月度开票总额度应为 1,000 至 10,000,000 元的整数"),
    ({"first_invoices": [{"kind": "digital", "quota": 20_000_000}]}, "first_invoices.digital",
     "全电发票月度开票总额度应为 1,000 至 10,000,000 元的整数"),
    ({"first_invoices": [{"kind": "digital", "quota": 1000}, {"kind": "digital", "quota": 2000}]},
     "first_invoices.digital", "同一发票种类只能核定一次"),
    ({"first_invoices": [{"kind": "roll"}]}, "first_invoices", "不认识的发票种类：roll"),
    ({"first_invoices": {"kind": "digital"}}, "first_invoices", "首票核定格式不正确"),
    ({"officer": "吴"}, "officer", "经办税务人员姓名应为 2–20 个汉字或字母"),
    ({"officer": "吴敏123"}, "officer", "经办税务人员姓名应为 2–20 个汉字或字母"),
    ({"officer": "阿" * 21}, "officer", "经办税务人员姓名应为 2–20 个汉字或字母"),
    ({"checked": "yes"}, "checked", "核对结果格式不正确"),
    ({"financial_officer": {"name": "李会计", "id_number": WRONG_CHECK_DIGIT, "mobile": "13912345678"}},
     "financial_officer.id_number", "身份证号码校验位不正确，请核对是否录入有误"),
    ({"financial_officer": {"name": "李会计", "id_number": "", "mobile": "13912345678"}},
     "financial_officer.id_number", "请填写身份证号码"),
    ({"financial_officer": {"name": "", "id_number": "", "mobile": "1391234"}},
     "financial_officer.name", "财务负责人姓名应为 2–20 个汉字或字母"),
    ({"financial_officer": {"name": "李会计", "id_number": "", "mobile": "23912345678"}},
     "financial_officer.mobile", "手机号码应为 11 位数字，以 13–19 开头"),
    ({"financial_officer": "李会计"}, "financial_officer", "财务负责人信息格式不正确"),
])
def test_invalid_values_are_refused_on_save_with_a_chinese_message(changes, field, message):
    errors = validate_data(valid_data(**changes))
    assert errors.get(field) == message, errors
    assert check_completion(valid_data(**changes)).get(field) == message


@pytest.mark.parametrize("garbage", [["general"], {"a": 1}, 3, True])
def test_values_of_any_json_type_get_a_message_not_an_exception(garbage):
    keys = ["category", "device", "device_number", "officer", "tax_types", "first_invoices"]
    keys += [] if isinstance(garbage, dict) else ["financial_officer"]  # a dict without its fields: none given
    keys += [] if garbage is True else ["checked"]
    for key in keys:
        assert key in validate_data(valid_data(**{key: garbage})), key
    assert "first_invoices" in validate_data(valid_data(first_invoices=[{"kind": garbage}]))
    if not isinstance(garbage, dict):
        assert validate_data(garbage) == check_completion(garbage) == {"category": "表单数据格式不正确"}


def test_completion_needs_the_ukey_number_and_the_officer():
    assert check_completion(valid_data(device_number=""))["device_number"] == "请填写发放的税务UKey编号"
    assert check_completion(valid_data(officer="  "))["officer"] == "请填写经办税务人员"
    assert check_completion(valid_data(checked=False))["checked"] == "请核对营业执照和法定代表人身份信息后勾选"


def test_optional_parts_may_be_left_out():
    data = valid_data(device="none", device_number="", first_invoices=[],
                      financial_officer={"name": "", "id_number": "", "mobile": ""})
    assert check_completion(data) == {}
    general = valid_data(category="general", first_invoices=[
        {"kind": "vat_special", "quantity": 25, "max_amount": 100000},
        {"kind": "vat_ordinary", "quantity": 50, "max_amount": 1000}, {"kind": "digital", "quota": 10_000_000}])
    assert check_completion(general) == {}


def test_the_taxpayer_id_is_a_valid_uscc():
    good = make_uscc("510703", 12345678)
    assert taxpayer_id_error(good) == ""
    assert taxpayer_id_error("") == "该企业尚无统一社会信用代码（营业执照未核发），不能办理税务登记"
    broken = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert taxpayer_id_error(broken).startswith("纳税人识别号（统一社会信用代码）无效：统一社会信用代码的校验码不正确")


def test_demo_data_is_always_complete_and_valid():
    for seed in range(60):
        data = demo_data(random.Random(seed))
        assert check_completion(data) == {}, (seed, data)
    kinds = {row["kind"] for seed in range(60) for row in demo_data(random.Random(seed))["first_invoices"]}
    assert kinds == {cat.DIGITAL, cat.VAT_ORDINARY, cat.VAT_SPECIAL}


def test_catalogue_income_tax_follows_the_legal_form():
    assert cat.resolved_tax_types(["vat", "income_tax"], "limited_company") == ["vat", "cit"]
    assert cat.resolved_tax_types(["vat", "income_tax"], "partnership") == ["vat", "iit_business"]
    assert cat.form_tax_type_title("income_tax", "sole_proprietorship") == "个人所得税（经营所得）"
    assert cat.grant_total({"kind": "vat_special", "quantity": 25, "max_amount": 100000}) == 2_500_000
    assert cat.grant_total({"kind": "digital", "quota": 300000}) == 300000
