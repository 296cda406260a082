"""The incubator's validation rules: plain functions, every error at its field, in Chinese."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from app.core.identifiers import make_resident_id
from plugins.incubator.common import channel_code, seat_address
from plugins.incubator.incubators import seat_range
from plugins.incubator.validation import (ProfileEntry, check_company_name, clean_firm, validate_firm,
                                          validate_output, validate_profile)

from .helpers import TODAY, entry


def test_a_valid_entry_is_cleaned():
    cleaned = clean_firm(entry(company_name=" 绵阳星河（四川）科技有限公司 ", legal_rep_id=entry().legal_rep_id.lower(),
                               legal_rep_mobile="138 1234 5678", seat=" a-001 "), today=TODAY)
    assert cleaned.errors == {}
    assert cleaned.value.company_name == "绵阳星河（四川）科技有限公司"
    assert cleaned.value.legal_rep_mobile == "13812345678" and cleaned.value.seat == "A-001"


@pytest.mark.parametrize("name, message", [
    ("", "请填写企业名称"),
    ("绵阳", "企业名称应为 4–60 个字"),
    ("绵阳 星河科技有限公司", "企业名称只能包含汉字、字母、数字和括号"),
    ("ABCD Ltd有限公司".replace(" ", ""), "企业名称应以汉字为主"),
    ("绵阳星河科技", "企业名称应以组织形式结尾"),
    ("绵阳星河科技有限公司" * 7, "企业名称应为 4–60 个字"),
])
def test_company_names(name, message):
    assert message in (check_company_name(name) or "")


def test_partnership_and_studio_names_are_accepted():
    assert check_company_name("绵阳星河咨询服务中心（有限合伙）") is None
    assert check_company_name("绵阳市高新区小鹿设计工作室") is None


def test_every_bad_field_is_reported_at_once():
    young = make_resident_id("510703", dt.date(2010, 1, 1), 5)
    errors = validate_firm(entry(company_name="星河", legal_rep_name="张", legal_rep_id=young,
                                 legal_rep_mobile="12345", seat="A 1", source_channel="tv",
                                 hosted_from=TODAY + dt.timedelta(days=1), notes="x" * 501), today=TODAY)
    assert set(errors) == {"company_name", "legal_rep_name", "legal_rep_id", "legal_rep_mobile", "seat",
                           "source_channel", "hosted_from", "notes"}
    assert errors["legal_rep_id"] == "法定代表人应年满 18 周岁"
    assert errors["hosted_from"] == "日期不能晚于今天"
    assert "大厅宣传资料" in errors["source_channel"]


def test_resident_id_check_digit():
    good = entry().legal_rep_id
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    assert "校验位" in validate_firm(entry(legal_rep_id=bad), today=TODAY)["legal_rep_id"]
    assert validate_firm(entry(hosted_from=None), today=TODAY)["hosted_from"] == "请填写入驻日期"


def test_output_values():
    assert validate_output(2025, "1234567.89", today=TODAY) == {}
    assert set(validate_output(2027, "-1", today=TODAY)) == {"year", "amount"}
    assert validate_output(2025, "1.234", today=TODAY)["amount"] == "金额最多两位小数"
    assert validate_output(2025, "abc", today=TODAY)["amount"] == "金额应为数字，单位：元"
    assert validate_output(1999, Decimal("1"), today=TODAY)["year"] == "年度应为 2000–2026 年"


def test_profile():
    good = ProfileEntry(address="绵阳市高新区火炬路 1 号", operator="某运营公司", manager="陈婷",
                        manager_phone="0816-2501234", fees=(("代理记账", "200 元/月"),), yearly_rent="30000")
    assert validate_profile(good) == {}
    bad = dataclasses.replace(good, address="绵阳", operator="", manager_phone="电话", fees=(("代理记账", ""),),
                              yearly_rent="0")
    assert set(validate_profile(bad)) == {"address", "operator", "manager_phone", "fees", "yearly_rent"}


def test_small_helpers():
    assert seat_range("a-", 8, 11) == ["A-008", "A-009", "A-010", "A-011"]
    assert seat_range("B", 3, 2) == []
    assert channel_code("朋友推荐") == "referral" and channel_code("hall") == "hall" and channel_code("电视") is None
    assert seat_address("绵阳市高新区火炬路 1 号 ", "A-018") == "绵阳市高新区火炬路 1 号（工位号 A-018）"
