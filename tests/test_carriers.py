"""Carriers and their waybill formats (app.core.carriers)."""
import pytest

from app.core.carriers import CARRIERS, carrier_title, normalise_waybill, waybill_error


@pytest.mark.parametrize("carrier, number, fine", [
    ("ems", "1100123456789", True), ("ems", "EA123456789CN", True), ("ems", "SF123", False),
    ("sf", "SF1234567890123", True), ("sf", "1100123456789", False), ("jd", "JDVA12345678901", True),
    ("jd", "JD12", False), ("yto", "YT1234567890123", True), ("yto", "1234567890123", False),
])
def test_waybill_formats(carrier, number, fine):
    assert (waybill_error(carrier, number) == "") is fine


def test_messages_titles_and_normalising():
    assert waybill_error("sf", "sf123") == "顺丰运单号应为 SF 加 13 位数字"
    assert waybill_error("sf", "") == "请填写运单号"
    assert waybill_error("ups", "1Z999") == ""  # nothing to check an unknown carrier against
    assert [carrier_title(code) for code in CARRIERS] == ["中国邮政 EMS", "顺丰速运", "京东物流", "圆通速递"]
    assert carrier_title("ups") == "ups"
    assert normalise_waybill(" sf 1234567890123 ") == "SF1234567890123" and normalise_waybill(None) == ""
