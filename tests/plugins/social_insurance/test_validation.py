"""The registration's rules: each field's message, and what completion still needs. Pure functions."""
from __future__ import annotations

import datetime as dt

from app.core.identifiers import make_resident_id
from plugins.social_insurance.validation import (
    check_completion,
    describe_row_errors,
    employee_errors,
    validate_data,
    validate_employee,
)

from .helpers import ID_A, ID_B, employee, valid_data

TODAY = dt.date(2026, 3, 10)


def row(**changes) -> dict:
    entry = {"name": "张伟", "id_number": ID_A, "mobile": "13812345678", "start_date": "2026-03-02",
             "base": "5000"}
    entry.update(changes)
    return entry


def test_a_valid_employee_has_no_errors_and_accepts_common_spellings():
    assert validate_employee(row(), today=TODAY) == {}
    assert validate_employee(row(name="阿依古丽·买买提", start_date="2026/3/2", base="4,000.5", mobile=""),
                             today=TODAY) == {}
    assert validate_employee(row(id_number=ID_A.lower()), today=TODAY) == {}


def test_each_bad_employee_field_gets_its_own_message():
    errors = validate_employee(row(name="张", id_number=ID_A[:-1] + "0" if ID_A[-1] != "0" else ID_A[:-1] + "1",
                                   mobile="1234", start_date="2026-13-01", base="3999.99"), today=TODAY)
    assert set(errors) == {"name", "id_number", "mobile", "start_date", "base"}
    assert "校验位" in errors["id_number"]
    assert "11 位" in errors["mobile"]
    assert "2026-03-02" in errors["start_date"]
    assert "4,000.00 至 22,000.00" in errors["base"]
    assert validate_employee(row(base="5000.001"), today=TODAY)["base"] == "月缴费基数应为金额，最多两位小数"
    assert validate_employee(row(name="", base=""), today=TODAY) == {"name": "请填写姓名", "base": "请填写月缴费基数"}


def test_start_date_not_in_the_future_nor_over_a_year_back_and_no_child_labour():
    assert validate_employee(row(start_date="2026-03-11"), today=TODAY) == {"start_date": "参保日期不能晚于今天"}
    assert "补缴" in validate_employee(row(start_date="2025-03-01"), today=TODAY)["start_date"]
    child = make_resident_id("510700", dt.date(2010, 6, 1), 11)  # 15 on the start date
    assert validate_employee(row(id_number=child), today=TODAY) == {"id_number": "参保日期时未满 16 周岁，不得招用"}


def test_duplicates_within_the_list_and_against_an_existing_list():
    rows = [row(), row(name="李娜", id_number=ID_B), row(name="张伟伟", id_number=ID_A.lower())]
    assert employee_errors(rows, today=TODAY) == {(2, "id_number"): "身份证号码与第 1 行重复"}
    assert employee_errors([row(name="李娜", id_number=ID_B)], today=TODAY, existing=[row(name="李娜娜", id_number=ID_B)]) \
        == {(0, "id_number"): "该身份证号码已在参保职工名单中（李娜娜）"}


def test_validate_data_names_the_field_and_the_row():
    assert validate_data(valid_data()) == {}
    errors = validate_data(valid_data(unit_number="5107030001", insurance_types=["pension", "dental"],
                                      employees=[employee("张伟", ID_A), employee("李娜", ID_B, "100")],
                                      fund_account="12ab", fund_ratio=15))
    assert errors["unit_number"] == "单位编号应为 12 位数字（6 位行政区划代码 + 6 位顺序号）"
    assert errors["insurance_types"] == "参保险种不正确"
    assert errors["employees"].startswith("第 2 行月缴费基数（元）：")
    assert errors["fund_account"] == "公积金单位账号应为 8–20 位数字"
    assert errors["fund_ratio"] == "缴存比例应为 5%–12% 之间的整数"
    assert validate_data(valid_data(unit_number="999999000001"))["unit_number"] == "单位编号前 6 位不是有效的行政区划代码"
    assert "不能同时勾选" in validate_data(valid_data(no_employees=True))["no_employees"]
    assert validate_data({"employees": "张伟"}) == {"employees": "参保职工名单格式不正确"}


def test_housing_fund_fields_count_only_when_the_fund_is_registered():
    assert validate_data(valid_data(housing_fund=False, fund_account="x", fund_ratio=99)) == {}
    assert check_completion(valid_data(housing_fund=False, fund_account=None, fund_ratio=None)) == {}


def test_completion_needs_unit_number_a_type_and_employees_or_an_explicit_none():
    assert check_completion(valid_data()) == {}
    missing = check_completion({})
    assert missing == {"unit_number": "请填写单位编号", "insurance_types": "请至少选择一个参保险种",
                       "employees": "请录入参保职工，或勾选“暂无雇员”"}
    assert check_completion(valid_data(employees=[], no_employees=True)) == {}
    assert check_completion(valid_data(fund_account="", fund_ratio=None)) == {
        "fund_account": "请填写公积金单位账号", "fund_ratio": "请选择缴存比例"}


def test_many_row_errors_are_summarised():
    errors = {(i, "name"): "请填写姓名" for i in range(5)}
    text = describe_row_errors(errors)
    assert text.startswith("第 1 行姓名：请填写姓名；第 2 行") and text.endswith("…共 5 处错误")
