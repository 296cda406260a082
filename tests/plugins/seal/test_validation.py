"""The seal form's rules: every invalid value refused with a Chinese message at its field, and what
is still missing before the step may be completed."""
from __future__ import annotations

import copy
import random

import pytest

from plugins.seal.catalogue import default_seal, default_set, sizes_for
from plugins.seal.demo import demo_data
from plugins.seal.validation import check_completion, filing_error, parse_price, seal_problems, validate_data

from .helpers import filing, valid_data


def with_seal(data: dict, row: int, **changes) -> dict:
    data = copy.deepcopy(data)
    data["seals"][row].update(changes)
    return data


def test_a_complete_form_passes_both_checks():
    for data in (valid_data(), valid_data(method="mail", legal_rep=True)):
        assert validate_data(data) == {}
        assert check_completion(data) == {}


def test_the_pre_filled_free_set_may_be_saved_but_not_completed():
    data = {"seals": default_set()}
    assert validate_data(data) == {}
    missing = check_completion(data)
    assert set(missing) == {"seals", "portrait_captured", "handover.method"}
    assert missing["seals"].count("请填写公安备案号") == 4
    assert "第 1 行（公章）：请填写公安备案号" in missing["seals"]
    assert "人像采集" in missing["portrait_captured"]
    assert check_completion({}) == {"seals": "请至少刻制一枚印章",
                                    "portrait_captured": "请确认已完成人像采集（印章备案须采集经办人人像）",
                                    "handover.method": "请选择交付方式（现场领取或免费寄递）"}


@pytest.mark.parametrize("number, message", [
    ("510703000001", "13 位数字"),  # 12 digits
    ("51070300000012", "13 位数字"),
    ("51070A0000001", "13 位数字"),
    ("9999990000001", "行政区划代码"),
])
def test_filing_numbers_have_the_public_security_format(number, message):
    assert message in filing_error(number)
    errors = validate_data(with_seal(valid_data(), 2, filing_no=number))
    assert list(errors) == ["seals"] and errors["seals"].startswith("第 3 行（发票专用章）：")
    assert filing_error(filing(42)) == ""


def test_a_filing_number_appears_once_in_a_set():
    data = with_seal(valid_data(), 3, filing_no=filing(1))
    assert validate_data(data) == {"seals": "第 4 行（合同专用章）：备案号与第 1 行重复"}
    assert seal_problems(data["seals"]) == {(3, "filing_no"): "备案号与第 1 行重复"}


def test_specifications_come_from_the_allowed_values():
    data = valid_data()
    assert "公章不能刻制为正方形" in validate_data(with_seal(data, 0, shape="square", size="20x20"))["seals"]
    assert "请选择印章形状" in validate_data(with_seal(data, 0, shape="star"))["seals"]
    assert "规格不在允许范围内（可选：40、42）" in validate_data(with_seal(data, 0, size="38"))["seals"]
    # the invoice seal's form is fixed: an oval of 40 x 30 mm
    assert sizes_for("invoice", "oval") == ("40x30",)
    assert "发票专用章不能刻制为圆形" in validate_data(with_seal(data, 2, shape="round", size="40"))["seals"]
    assert "规格不在允许范围内" in validate_data(with_seal(data, 2, size="45x30"))["seals"]
    assert "请选择印章材质" in validate_data(with_seal(data, 1, material="gold"))["seals"]
    assert validate_data(with_seal(data, 1, shape="round", size="38")) == {}  # a round finance seal is fine


def test_who_pays_and_the_price():
    data = valid_data(legal_rep=True)
    legal = 4
    assert "法定代表人名章不在免费套章范围内" in validate_data(with_seal(data, legal, paid_by="government",
                                                                   price=""))["seals"]
    assert "价格应为金额" in validate_data(with_seal(data, legal, price="八十"))["seals"]
    assert "价格应为金额" in validate_data(with_seal(data, legal, price="80.005"))["seals"]
    assert "0.01 至 2000.00" in validate_data(with_seal(data, legal, price="0"))["seals"]
    assert "0.01 至 2000.00" in validate_data(with_seal(data, legal, price="2000.01"))["seals"]
    assert validate_data(with_seal(data, legal, price="")) == {}  # may be saved before the price is agreed
    assert "请填写自费印章的价格" in check_completion(with_seal(data, legal, price=""))["seals"]
    assert "免费套章的印章不单独收费" in validate_data(with_seal(data, 0, price="10"))["seals"]
    assert validate_data(with_seal(data, 0, paid_by="applicant", price="120")) == {}  # the applicant may pay
    assert "请选择付费方" in validate_data(with_seal(data, 0, paid_by="bank"))["seals"]
    assert parse_price("80") == parse_price("80.00") and parse_price("1e3") is None


def test_one_seal_of_each_kind_and_the_official_seal_is_required():
    data = valid_data()
    data["seals"].append(dict(default_seal("contract"), filing_no=filing(9)))
    assert "同一种印章只能刻制一枚（与第 4 行重复）" in validate_data(data)["seals"]
    without_official = valid_data()
    del without_official["seals"][0]
    assert validate_data(without_official) == {}
    assert check_completion(without_official) == {"seals": "印章清单中须有公章"}
    assert "印章种类不正确" in validate_data(with_seal(valid_data(), 0, kind="secret"))["seals"]
    too_many = {"seals": [default_seal("official")] * 11}
    assert "最多 10 枚" in validate_data(too_many)["seals"]


def test_malformed_data_is_refused():
    assert validate_data({"seals": "公章"}) == {"seals": "印章清单格式不正确"}
    assert validate_data({"seals": [1, 2]}) == {"seals": "印章清单格式不正确"}
    assert validate_data({"portrait_captured": "yes"}) == {"portrait_captured": "人像采集状态不正确"}
    assert validate_data({"handover": ["pickup"]}) == {"handover.method": "交付信息格式不正确"}
    assert validate_data({"handover": {"method": "drone"}}) == {"handover.method": "交付方式不正确"}
    odd = validate_data({"seals": [{"kind": ["official"], "shape": 1}], "handover": {"method": ["mail"]}})
    assert odd == {"seals": "第 1 行：印章种类不正确"}  # values of the wrong type are refused, never a crash


def test_pick_up_needs_the_recipient_and_the_last_four_id_characters():
    data = valid_data()
    data["handover"] = {"method": "pickup"}
    assert validate_data(data) == {}
    assert check_completion(data) == {"handover.recipient_name": "请填写领取人姓名",
                                      "handover.recipient_id_last4": "请填写领取人身份证号码后四位"}
    data["handover"].update(recipient_name="张", recipient_id_last4="12X4")
    assert validate_data(data) == {"handover.recipient_name": "姓名应为 2–20 个汉字或字母",
                                   "handover.recipient_id_last4": "应为身份证号码的后四位（数字，最后一位可为 X）"}
    data["handover"].update(recipient_name="欧阳·娜娜", recipient_id_last4="0017")
    assert check_completion(data) == {}


def test_mail_needs_carrier_waybill_recipient_mobile_and_address():
    data = valid_data(method="mail")
    data["handover"] = {"method": "mail"}
    assert set(check_completion(data)) == {"handover.carrier", "handover.waybill_no", "handover.recipient_name",
                                           "handover.recipient_mobile", "handover.address"}
    data = valid_data(method="mail")
    cases = [({"waybill_no": "SF123"}, "handover.waybill_no", "EMS 运单号应为 13 位数字"),
             ({"carrier": "sf", "waybill_no": "1100123456789"}, "handover.waybill_no", "SF 加 13 位数字"),
             ({"carrier": "jd", "waybill_no": "1100123456789"}, "handover.waybill_no", "以 JD 开头"),
             ({"carrier": "ups"}, "handover.carrier", "请选择承运方"),
             ({"recipient_mobile": "1234"}, "handover.recipient_mobile", "手机号码应为 11 位数字"),
             ({"address": "绵阳"}, "handover.address", "寄递地址应为 6–120 个字")]
    for change, key, message in cases:
        broken = copy.deepcopy(data)
        broken["handover"].update(change)
        errors = validate_data(broken)
        assert list(errors) == [key] and message in errors[key], (change, errors)
    data["handover"].update(carrier="sf", waybill_no="SF1234567890123")
    assert check_completion(data) == {}
    data["handover"].update(carrier="ems", waybill_no="EA123456789CN")
    assert check_completion(data) == {}


def test_the_demo_worker_fills_in_a_complete_form():
    for seed in range(30):
        data = demo_data(random.Random(seed))
        assert check_completion(data) == {}, (seed, data)
