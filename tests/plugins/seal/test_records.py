"""Working a seal step through the services: the validated save, the completion check, the record
written in the completing transaction, the applicant's text, and who may do what."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from case_helpers import step, user, user_id

from app.core import versioning, workflow
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import Case, CaseState, SmsOutbox, Step, StepState
from plugins.seal.models import SealItem, SealOrder
from plugins.seal.records import SMS_KEY

from .helpers import T0, case_at_seal, complete_seal, filing, valid_data


def test_a_complete_set_is_recorded_when_the_step_is_completed(seal_world):
    ctx = seal_world
    case = case_at_seal(ctx)
    at = T0 + dt.timedelta(minutes=30)
    done = complete_seal(ctx, case, valid_data(101, legal_rep=True), at=at)
    assert done.state == StepState.DONE
    order = SealOrder.get(SealOrder.step == done.id)
    assert (order.case_id, order.completed_at, order.completed_by_id) == (case.id, at, user_id("seal_clerk"))
    assert order.free_set and order.unit_price == Decimal("240.00")  # 华信's price when the set was completed
    assert (order.method, order.recipient_name, order.recipient_id_last4) == ("pickup", "张三", "123X")
    assert order.portrait_captured
    items = list(SealItem.select().where(SealItem.seal_order == order.id).order_by(SealItem.position))
    assert [(i.kind, i.paid_by, i.price, i.filing_no) for i in items] == [
        ("official", "government", None, filing(101)), ("finance", "government", None, filing(102)),
        ("invoice", "government", None, filing(103)), ("contract", "government", None, filing(104)),
        ("legal_rep", "applicant", Decimal("80.00"), filing(105))]
    text = SmsOutbox.get((SmsOutbox.case == case.id) & (SmsOutbox.template == SMS_KEY)).text
    assert "公章、财务专用章、发票专用章、合同专用章、法定代表人名章，共5枚" in text
    assert "已由张三现场领取" in text and "绵阳华信印章有限公司" in text and case.number in text


def test_invalid_data_is_refused_and_nothing_is_saved(seal_sqlite):
    ctx = seal_sqlite
    case = case_at_seal(ctx)
    target = step(case, "seal")
    claimed = workflow.claim_step(target.id, user_id("seal_clerk"))
    bad = valid_data()
    bad["seals"][0]["filing_no"] = "12345"
    with pytest.raises(ValidationError) as caught:
        versioning.save_step_data(target.id, user("seal_clerk"), claimed.version, bad, graph=ctx.graph)
    assert "第 1 行（公章）：备案号应为 13 位数字" in caught.value.errors["seals"]
    after = Step.get_by_id(target.id)
    assert after.version == claimed.version and after.data == {}
    with pytest.raises(ValidationError) as caught:  # nothing filled in: the step cannot be completed
        workflow.complete_step(target.id, user_id("seal_clerk"), ctx.graph)
    assert set(caught.value.errors) == {"seals", "portrait_captured", "handover.method"}
    assert Step.get_by_id(target.id).state == StepState.CLAIMED
    assert not SealOrder.select().exists()


def test_a_filing_number_of_another_case_refuses_the_completion(seal_world):
    ctx = seal_world
    first = case_at_seal(ctx, "绵阳锦程科技有限公司")
    second = case_at_seal(ctx, "绵阳云帆商贸有限公司")
    complete_seal(ctx, first, valid_data(1))
    with pytest.raises(ValidationError) as caught:
        complete_seal(ctx, second, valid_data(4))  # its first seal gets the first case's last number
    assert caught.value.errors == {"seals": f"备案号 {filing(4)} 已登记在办件 {first.number} 的印章上，请核对"}
    refused = step(second, "seal")
    assert refused.state == StepState.CLAIMED  # the whole completion rolled back
    assert not SealOrder.select().where(SealOrder.step == refused.id).exists()
    assert not SmsOutbox.select().where((SmsOutbox.case == second.id) & (SmsOutbox.template == SMS_KEY)).exists()
    fixed = valid_data(11)
    saved = versioning.save_step_data(refused.id, user("seal_clerk"), refused.version, fixed, graph=ctx.graph)
    workflow.complete_step(refused.id, user_id("seal_clerk"), ctx.graph, expected_version=saved.version)
    assert SealItem.select().count() == 8


def test_only_the_chosen_company_and_the_holder_work_the_step(seal_sqlite):
    ctx = seal_sqlite
    case = case_at_seal(ctx, seal="seal-jincheng")
    target = step(case, "seal")
    with pytest.raises(PermissionDenied):  # 华信 does not see 金城's case
        workflow.claim_step(target.id, user_id("seal_clerk"))
    with pytest.raises(PermissionDenied):
        versioning.save_step_data(target.id, user("seal_clerk"), target.version, valid_data(), graph=ctx.graph)
    done = complete_seal(ctx, case, valid_data(7, method="mail"), username="seal_clerk2")
    order = SealOrder.get(SealOrder.step == done.id)
    assert order.unit_price == Decimal("220.00")
    assert (order.carrier, order.waybill_no, order.recipient_mobile) == ("ems", "1100123456789", "13912345678")
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS  # bank, tax, social insurance still open


def test_a_set_paid_by_the_applicant_owes_no_subsidy(seal_sqlite):
    ctx = seal_sqlite
    case = case_at_seal(ctx)
    data = valid_data(21)
    for seal in data["seals"]:
        seal.update(paid_by="applicant", price="60.00")
    done = complete_seal(ctx, case, data)
    order = SealOrder.get(SealOrder.step == done.id)
    assert not order.free_set and order.unit_price is None
