"""The form's and the master data's rules, as plain functions (no database)."""
from __future__ import annotations

import datetime as dt

import pytest

from plugins.bank.validation import (BranchForm, account_length_error, bank_code_error, check_completion,
                                     licence_order_errors, lengths_text, mask_account, parse_lengths,
                                     validate_account, validate_branch)

from .helpers import NUMBER, valid_form

NOW = dt.datetime(2026, 3, 2, 16, 0)


def test_a_complete_valid_form_has_no_errors():
    assert validate_account(valid_form(), now=NOW) == {}
    assert check_completion(valid_form(), now=NOW) == {}


def test_an_empty_form_may_be_saved_but_lists_everything_missing_at_completion():
    assert validate_account({}, now=NOW) == {}
    assert set(check_completion({}, now=NOW)) == {"signing_at", "due_diligence", "account_number",
                                                   "account_number_confirm", "opened_on"}


@pytest.mark.parametrize("changes, field, message", [
    ({"account_number": "2308-4111-0910"}, "account_number", "账号只能由数字组成"),
    ({"account_number": "２３０８４１１１０９１０００１２３４５"}, "account_number", "账号只能由数字组成"),
    ({"account_number": "1234567"}, "account_number", "8 至 32 位"),
    ({"account_number": "1" * 33}, "account_number", "8 至 32 位"),
    ({"account_number_confirm": NUMBER[:-1] + "9"}, "account_number_confirm", "两次输入的账号不一致"),
    ({"opened_on": "2026-03-03"}, "opened_on", "不能晚于今天"),
    ({"opened_on": "2026/03/02"}, "opened_on", "格式不正确"),
    ({"opened_on": "2026-03-01"}, "opened_on", "不能早于面签日期"),
    ({"signing_at": "2026-03-02T16:30"}, "signing_at", "不能晚于当前时间"),
    ({"signing_at": "昨天下午"}, "signing_at", "格式不正确"),
    ({"signing_at": "1999-12-31T10:00"}, "signing_at", "不正确"),
    ({"due_diligence": "maybe"}, "due_diligence", "请选择尽职调查结论"),
    ({"due_diligence": "passed_with_notes"}, "due_diligence_notes", "须填写说明"),
    ({"due_diligence": "refused", "due_diligence_notes": "  "}, "due_diligence_notes", "须填写说明"),
    ({"due_diligence_notes": "查" * 501}, "due_diligence_notes", "不能超过 500 个字"),
    ({"account_type": "general"}, "account_type", "基本存款账户"),
    ({"account_number": 2308411109100012345}, "account_number", "格式不正确"),
])
def test_each_invalid_value_is_refused_at_its_field(changes, field, message):
    errors = validate_account(valid_form(**changes), now=NOW)
    assert field in errors and message in errors[field], errors
    assert field in check_completion(valid_form(**changes), now=NOW)


def test_a_refused_due_diligence_never_completes():
    form = valid_form(due_diligence="refused", due_diligence_notes="无法核实实际经营地址")
    assert validate_account(form, now=NOW) == {}  # it may be saved, with its reason
    assert "退回补正" in check_completion(form, now=NOW)["due_diligence"]


def test_notes_make_a_conclusion_with_notes_valid():
    form = valid_form(due_diligence="passed_with_notes", due_diligence_notes="委托经办人面签，已电话核实")
    assert check_completion(form, now=NOW) == {}


def test_signing_and_opening_cannot_be_on_a_day_before_the_licence():
    licence = dt.datetime(2026, 3, 2, 9, 0)
    assert licence_order_errors(valid_form(), licence) == {}
    errors = licence_order_errors(valid_form(signing_at="2026-03-01T15:00", opened_on="2026-03-01"), licence)
    assert set(errors) == {"signing_at", "opened_on"} and "2026-03-02" in errors["opened_on"]
    assert licence_order_errors(valid_form(opened_on="2026-03-01"), None) == {}


@pytest.mark.parametrize("number, lengths, error", [
    (NUMBER, (19,), ""),
    (NUMBER, (19, 20), ""),
    (NUMBER + "0", (19,), "工商银行的账号应为 19 位数字，您输入了 20 位"),
    (NUMBER[:17], (19, 20), "19 或 20 位"),
    (NUMBER, (), ""),
    ("12ab", (19,), ""),  # the format error is the general check's, not this one's
])
def test_the_branchs_bank_decides_the_length(number, lengths, error):
    message = account_length_error(number, lengths, "中国工商银行")
    assert (error in message and message) if error else message == ""


@pytest.mark.parametrize("text, lengths", [("19", (19,)), ("20,19", (19, 20)), ("19、20", (19, 20)),
                                           (" 17 ， 19 ", (17, 19)), ("19,19", (19,))])
def test_account_lengths_are_read_from_what_people_type(text, lengths):
    assert parse_lengths(text) == lengths


@pytest.mark.parametrize("text", ["", "十九", "7", "33", "19.5", "8,9,10,11,12"])
def test_impossible_account_lengths_are_refused(text):
    with pytest.raises(ValueError):
        parse_lengths(text)


def test_lengths_read_as_chinese():
    assert lengths_text((19,)) == "19 位" and lengths_text((19, 20)) == "19 或 20 位"


def test_masking_keeps_the_first_and_last_four_digits():
    assert mask_account(NUMBER) == "2308***********2345"
    assert mask_account("2308 4111 0910 0012 345") == "2308***********2345"
    assert mask_account("12345678") == "12****78"


BRANCH = BranchForm("中国工商银行", "绵阳高新支行", "102659000236", "19", "高新区绵兴东路 36 号", "0816-2539000")


def test_a_valid_branch_form():
    assert validate_branch(BRANCH) == {}
    assert validate_branch(BranchForm("绵阳市商业银行", "科技城支行", "313659000027", "17,18", "飞云大道 261 号",
                                      "13812345678")) == {}


@pytest.mark.parametrize("changes, field, message", [
    ({"bank_name": " "}, "bank_name", "请填写银行名称"),
    ({"branch_name": ""}, "branch_name", "请填写网点名称"),
    ({"branch_name": "支" * 61}, "branch_name", "不能超过 60 个字"),
    ({"bank_code": "10265900023"}, "bank_code", "12 位数字"),
    ({"bank_code": "10265900023X"}, "bank_code", "12 位数字"),
    ({"bank_code": "105659000236"}, "bank_code", "中国建设银行的行别代码"),
    ({"bank_code": ""}, "bank_code", "请填写联行号"),
    ({"account_lengths": "十九"}, "account_lengths", "8 至 32"),
    ({"address": ""}, "address", "请填写网点地址"),
    ({"phone": "2539000"}, "phone", "联系电话格式不正确"),
    ({"phone": ""}, "phone", "请填写联系电话"),
])
def test_each_invalid_branch_value_is_refused_at_its_field(changes, field, message):
    import dataclasses

    errors = validate_branch(dataclasses.replace(BRANCH, **changes))
    assert set(errors) == {field} and message in errors[field], errors


def test_a_shared_category_code_fits_any_bank():
    assert bank_code_error("313659000027", "绵阳市商业银行") == ""
    assert bank_code_error("102659000236", "工商银行") == ""  # the short name is enough
