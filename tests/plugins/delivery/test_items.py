"""Delivery records: who gets them, waybill formats, the state transitions and who may work them."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import new_case, user, walk_to_departments

from app.core.errors import Conflict, PermissionDenied, ServiceError, ValidationError
from app.core.models import AuditLog
from plugins.delivery.items import (case_items, create_item, list_items, mark_delivered, mark_returned,
                                    pending_cases, prefill, send_item)
from plugins.delivery.models import DeliveryEvent
from plugins.delivery.validation import validate_recipient, validate_waybill
from tests.plugins.delivery.helpers import T0, item_data, mail_to, prepared
from tests.plugins.ratings.helpers import completed_case

T1, T2 = T0 + dt.timedelta(hours=1), T0 + dt.timedelta(days=1)


@pytest.mark.parametrize("carrier, waybill, ok", [
    ("ems", "1100123456789", True), ("ems", "EA123456789CN", True), ("ems", "110012345678", False),
    ("sf", "SF1234567890123", True), ("sf", "sf 1234567890123", True), ("sf", "SF123456789012", False),
    ("jd", "JDVA12345678901", True), ("jd", "JD12", False), ("yto", "YT1234567890123", True),
    ("yto", "1234567890123", False), ("ups", "1Z999", False), ("sf", "", False),
])
def test_waybill_formats_per_carrier(carrier, waybill, ok):
    assert (validate_waybill(carrier, waybill) == {}) is ok


def test_recipient_fields_are_checked():
    assert validate_recipient(item_data()) == {}
    errors = validate_recipient({"kind": "other", "recipient": "", "mobile": "1234", "address": "绵阳"})
    assert set(errors) == {"description", "recipient", "mobile", "address"}
    assert set(validate_recipient(item_data("parcel"))) == {"kind"}


def test_only_issued_licences_and_complete_cases_get_records(world):
    clerk = user("clerk")
    fresh = new_case(world, "绵阳未发照科技有限公司", at=T0)
    with pytest.raises(ValidationError) as err:
        create_item(fresh.id, item_data(), clerk, at=T0)
    assert "kind" in err.value.errors
    licensed = new_case(world, "绵阳已发照科技有限公司", at=T0)
    walk_to_departments(world, licensed, at=T0)
    assert prefill(licensed.id, clerk)["kinds"] == ("licence",)
    with pytest.raises(ValidationError):
        create_item(licensed.id, item_data("seal_set"), clerk, at=T0)
    assert prepared(licensed).state == "prepared"
    with pytest.raises(ValidationError, match="已有"):  # one licence record per case
        prepared(licensed)
    done = completed_case(world)
    prepared(done, "seal_set")
    prepared(done, "other", description="章程原件")
    prepared(done, "other", description="刻章发票")
    assert [i.kind for i in case_items(done.id, clerk)] == ["seal_set", "other", "other"]
    assert prefill(done.id, clerk)["kinds"] == ("licence", "other")


def test_transitions_and_a_resend_after_return(world):
    clerk = user("clerk")
    case = completed_case(world)
    item = prepared(case)
    with pytest.raises(ServiceError):  # prepared -> delivered skips sending
        mark_delivered(item.id, clerk, at=T1)
    with pytest.raises(ValidationError) as err:
        send_item(item.id, "sf", "1100123456789", clerk, at=T1)
    assert "waybill_no" in err.value.errors
    sent = send_item(item.id, "ems", "1100123456789", clerk, version=item.version, at=T1)
    assert (sent.state, sent.carrier, sent.sent_at) == ("sent", "ems", T1)
    with pytest.raises(Conflict):
        mark_delivered(item.id, clerk, version=item.version, at=T2)
    with pytest.raises(ValidationError) as err:
        mark_returned(item.id, " ", clerk, at=T2)
    assert "note" in err.value.errors
    with pytest.raises(ValidationError) as err:
        mark_delivered(item.id, clerk, at=T0)  # before it was sent
    assert "at" in err.value.errors
    back = mark_returned(item.id, "地址不详，收件人电话无人接听", clerk, at=T2)
    assert back.state == "returned" and back.note.startswith("地址不详")
    with pytest.raises(ValidationError, match="新的运单号"):
        send_item(item.id, "ems", "1100123456789", clerk, at=T2 + dt.timedelta(hours=1))
    again = send_item(item.id, "sf", "SF1234567890123", clerk, at=T2 + dt.timedelta(hours=1))
    done = mark_delivered(item.id, clerk, version=again.version, at=T2 + dt.timedelta(hours=5))
    assert done.state == "delivered" and done.waybill_no == "SF1234567890123"
    with pytest.raises(ServiceError):
        mark_returned(item.id, "拒收", clerk, at=T2 + dt.timedelta(hours=6))
    assert [e.to_state for e in DeliveryEvent.select().order_by(DeliveryEvent.id)] == [
        "prepared", "sent", "returned", "sent", "delivered"]
    assert AuditLog.select().where(AuditLog.entity == "delivery_item").count() == 5


def test_a_waybill_belongs_to_one_case_and_times_are_not_in_the_future(world_sqlite):
    clerk = user("clerk")
    a, b = completed_case(world_sqlite, "绵阳甲科技有限公司"), completed_case(world_sqlite, "绵阳乙科技有限公司")
    first, second = prepared(a), prepared(b)
    send_item(first.id, "ems", "1100123456789", clerk, at=T1)
    with pytest.raises(ValidationError, match="其他办件"):
        send_item(second.id, "ems", "1100123456789", clerk, at=T1)
    with pytest.raises(ValidationError) as err:
        send_item(second.id, "ems", "1100123456780", clerk, at=dt.datetime(2099, 1, 1))
    assert "at" in err.value.errors


def test_only_window_staff_work_deliveries(world_sqlite):
    case = completed_case(world_sqlite)
    item = prepared(case)
    for outsider in ("seal_clerk", "tax_chief", "bank_clerk"):
        with pytest.raises(PermissionDenied):
            send_item(item.id, "ems", "1100123456789", user(outsider), at=T1)
        with pytest.raises(PermissionDenied):
            list_items(user(outsider))
        with pytest.raises(PermissionDenied):
            case_items(case.id, user(outsider))
    assert [i.id for i in list_items(user("admin"), ("prepared",))] == [item.id]
    assert list_items(user("msa_chief"), ("sent",)) == []


def test_pending_cases_are_those_that_chose_mail(world):
    clerk = user("clerk")
    done = mail_to(completed_case(world, "绵阳寄递科技有限公司"))
    completed_case(world, "绵阳自取科技有限公司")
    licensed = new_case(world, "绵阳仅发照科技有限公司", at=T0)
    walk_to_departments(world, licensed, at=T0)
    licensed = mail_to(licensed)
    pending = {p.case_number: p for p in pending_cases(clerk)}
    assert set(pending) == {done.number, licensed.number}
    assert pending[done.number].missing == ("licence", "seal_set") and pending[licensed.number].missing == ("licence",)
    assert pending[done.number].recipient == "李四" and prefill(done.id, clerk)["address"].startswith("绵阳市高新区")
    prepared(done)
    prepared(done, "seal_set")
    assert [p.case_number for p in pending_cases(clerk)] == [licensed.number]
