"""A seal company's master data: read by everyone who works its cases, changed by its supervisor or
an administrator, validated field by field."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from case_helpers import user

from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.models import AuditLog, Organisation
from plugins.seal.companies import company_profile, editable_companies, hours_error, update_company, \
    validate_company
from plugins.seal.models import SealCompany


def org_id(code: str) -> int:
    return Organisation.get(Organisation.code == code).id


def test_the_demo_companies_have_their_master_data(seal_sqlite):
    profile = company_profile(org_id("seal-huaxin"))
    assert (profile.name, profile.phone, profile.unit_price) == ("绵阳华信印章有限公司", "0816-2531001",
                                                                 Decimal("240.00"))
    assert profile.licence_no.startswith("川公特") and "08:30-12:00" in profile.opening_hours
    with pytest.raises(NotFound):  # a bank branch is no seal company
        company_profile(org_id("bank-icbc-gx"))


def test_who_may_edit_which_company(seal_sqlite):
    assert editable_companies(user("seal_chief")) == [(org_id("seal-huaxin"), "绵阳华信印章有限公司")]
    assert editable_companies(user("seal_clerk")) == []
    assert [name for _id, name in editable_companies(user("admin"))] == sorted(
        ["绵阳华信印章有限公司", "金城刻章服务部", "安达印章制作有限公司"])
    values = {"licence_no": "川公特（印）字第 5107030099 号", "opening_hours": "周一至周五 09:00-17:00",
              "unit_price": "250"}
    for username, code in (("seal_clerk", "seal-huaxin"), ("seal_chief", "seal-jincheng")):
        with pytest.raises(PermissionDenied):
            update_company(org_id(code), user(username), **values)
    assert SealCompany.get(SealCompany.organisation == org_id("seal-jincheng")).unit_price == Decimal("220.00")
    at = dt.datetime(2026, 3, 2, 10, 0)
    profile = update_company(org_id("seal-huaxin"), user("seal_chief"), at=at, **values)
    assert (profile.unit_price, profile.updated_at, profile.updated_by) == (Decimal("250.00"), at, "孙国强")
    assert AuditLog.select().where((AuditLog.entity == "seal_company") & (AuditLog.action == "change")).count() == 1
    update_company(org_id("seal-anda"), user("admin"), **values)
    assert company_profile(org_id("seal-anda")).licence_no == values["licence_no"]


def test_invalid_master_data_is_refused_and_nothing_changes(seal_sqlite):
    with pytest.raises(ValidationError) as caught:
        update_company(org_id("seal-huaxin"), user("seal_chief"), licence_no="川", opening_hours="全天",
                       unit_price="2500")
    assert caught.value.errors == {"licence_no": "许可证编号应为 4–60 个字符",
                                   "opening_hours": "营业时间须包含时段，如“周一至周五 09:00-12:00、13:30-17:30”",
                                   "unit_price": "单价应在 0.01 至 2000.00 元之间"}
    assert company_profile(org_id("seal-huaxin")).unit_price == Decimal("240.00")
    assert validate_company("", "", "")== {"licence_no": "请填写特种行业许可证编号", "opening_hours": "请填写营业时间",
                                          "unit_price": "请填写免费套章单价"}
    assert validate_company("川公特字 001 号", "09:00-17:00", "abc")["unit_price"].startswith("单价应为金额")


@pytest.mark.parametrize("text, message", [
    ("周一至周五 09:00-12:00、13:30-17:30", ""),
    ("每天 8:30~18:00", ""),
    ("周一至周五 17:00-09:00", "结束时间须晚于开始时间"),
    ("周一至周五 09:00-25:00", "时刻不正确"),
    ("工作日营业", "须包含时段"),
    ("周一" * 40 + " 09:00-17:00", "最多 60 个字"),
])
def test_opening_hours_name_real_time_ranges(text, message):
    assert (message in hours_error(text)) if message else hours_error(text) == ""
