"""The SMS outbox: texts queued with the change that causes them (licence issued, case complete),
sent through the kaiban_sms_send hook or recorded by the built-in sender, never twice."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from case_helpers import LEGAL_MOBILE, new_case, seed_people, step, user, walk_to_departments, work

from app.cli import main
from app.core import notifications
from app.core.errors import ServiceError
from app.core.models import Case, Organisation, Person, SmsOutbox, SmsState
from app.hookspecs import hookimpl
from app.plugin_api import PluginInfo, SmsMessage
from plugins.registration.licence import LicenceChoice, issue_licence
from plugins.registration.review import approve

AT = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def people(ctx, fast_hash):
    seed_people(ctx)
    return ctx


def gateway_plugin(name: str, send):
    """A plugin module whose kaiban_sms_send is ``send``."""
    import types

    module = types.ModuleType(f"test_gateway_{name}")
    module.PLUGIN_INFO = PluginInfo(name=name, version="1.0", api=">=1.0,<2")

    def kaiban_sms_send(message):
        return send(message)

    module.kaiban_sms_send = hookimpl(kaiban_sms_send)
    return module


def org(code: str) -> Organisation:
    return Organisation.get(Organisation.code == code)


def outbox(template: str | None = None) -> list[SmsOutbox]:
    query = SmsOutbox.select().order_by(SmsOutbox.id)
    return list(query.where(SmsOutbox.template == template) if template else query)


def test_issuing_the_licence_texts_the_chosen_organisations_contacts(people):
    ctx = people
    case = new_case(ctx, "绵阳锦程科技有限公司", at=AT)
    Case.update(data={}).where(Case.id == case.id).execute()  # nothing chosen before the licence
    approve(step(case, "intake_review").id, user("clerk"), graph=ctx.graph, at=AT)
    assert outbox() == []
    choice = LicenceChoice(organisations={"seal": org("seal-jincheng").id, "bank": org("bank-ccb-fc").id},
                           appointments={"bank": dt.datetime(2026, 3, 3, 10, 0)})
    issue_licence(step(case, "business_licence").id, user("clerk"), choice, graph=ctx.graph,
                  at=AT + dt.timedelta(minutes=30))

    [sms] = outbox()
    assert (sms.template, sms.state, sms.mobile, sms.case_id) == ("licence_issued", "queued", LEGAL_MOBILE, case.id)
    assert sms.created_at == AT + dt.timedelta(minutes=30)
    uscc = Case.get_by_id(case.id).enterprise.uscc
    assert "绵阳锦程科技有限公司" in sms.text and uscc in sms.text and case.number in sms.text
    for code in ("seal-jincheng", "bank-ccb-fc"):  # name, address and phone of both choices
        o = org(code)
        assert o.name in sms.text and o.address in sms.text and o.phone in sms.text
    assert "印章刻制：金城刻章服务部" in sms.text and "开户银行：建设银行绵阳涪城支行" in sms.text
    assert "预约时间3月3日 10:00" in sms.text  # the bank appointment noted with the choice
    assert "华信" not in sms.text  # only what was chosen


def test_a_licence_that_fails_texts_nobody(people):
    ctx = people
    case = new_case(ctx, at=AT)
    approve(step(case, "intake_review").id, user("clerk"), graph=ctx.graph, at=AT)
    bad = LicenceChoice(organisations={"seal": org("bank-ccb-fc").id, "bank": org("bank-ccb-fc").id})
    with pytest.raises(ServiceError):
        issue_licence(step(case, "business_licence").id, user("clerk"), bad, graph=ctx.graph, at=AT)
    assert outbox() == []


def test_the_case_completing_texts_the_applicant_once(people):
    ctx = people
    case = new_case(ctx, at=AT)
    contact = Person.create(name="李四", mobile="13900001111")
    Case.update(contact=contact).where(Case.id == case.id).execute()
    walk_to_departments(ctx, case, at=AT)
    work(ctx, case, "seal", "seal_clerk", at=AT)
    work(ctx, case, "bank_account", "bank_clerk", at=AT)
    work(ctx, case, "tax_registration", "tax_clerk", at=AT)
    assert outbox("case_complete") == []
    work(ctx, case, "social_insurance", "si_clerk", at=AT + dt.timedelta(minutes=5))
    [sms] = outbox("case_complete")
    assert Case.get_by_id(case.id).state == "complete"
    assert sms.mobile == "13900001111"  # the contact person rather than the legal representative
    assert case.number in sms.text and "已全部办结" in sms.text


def test_the_built_in_sender_records_and_logs(people, caplog):
    case = new_case(people, at=AT)
    queued = notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT)
    with caplog.at_level(logging.INFO, logger="kaiban.sms"):
        [sent] = notifications.send_pending(people.host, at=AT + dt.timedelta(minutes=1))
    assert (sent.id, sent.state, sent.sent_by, sent.attempts, sent.error) == (queued.id, "sent", "outbox", 1, "")
    assert sent.sent_at is not None
    assert any(LEGAL_MOBILE in r.getMessage() and queued.text in r.getMessage() for r in caplog.records)
    assert notifications.send_pending(people.host) == []  # nothing is sent twice


def test_a_gateway_plugin_sends_or_fails(people):
    calls: list[SmsMessage] = []

    def gateway(message):
        calls.append(message)
        return {"13800000001": True, "13800000002": False}.get(message.mobile)  # None: not mine

    people.host.register_module(gateway_plugin("gateway", gateway))
    case = new_case(people, at=AT)
    for mobile in ("13800000001", "13800000002", "13800000003"):
        notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT, mobile=mobile)
    ok, refused, passed = notifications.send_pending(people.host, at=AT)
    assert [(m.mobile, m.template, m.case_id) for m in calls] == [
        ("13800000001", "case_complete", case.id), ("13800000002", "case_complete", case.id),
        ("13800000003", "case_complete", case.id)]
    assert calls[0].text == ok.text and calls[0].id == ok.id
    assert (ok.state, ok.sent_by) == ("sent", "gateway")
    assert (refused.state, refused.sent_by, refused.sent_at) == ("failed", "gateway", None)
    assert "gateway" in refused.error
    assert (passed.state, passed.sent_by) == ("sent", "outbox")  # left to the built-in sender
    assert notifications.retry_failed() == 1
    assert SmsOutbox.get_by_id(refused.id).state == "queued"


def test_a_gateway_that_raises_fails_the_message_not_the_outbox(people):
    def broken(message):
        raise ConnectionError("gateway unreachable")

    people.host.register_module(gateway_plugin("flaky", broken))
    case = new_case(people, at=AT)
    notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT)
    [message] = notifications.send_pending(people.host, at=AT)
    assert message.state == "failed" and "flaky" in message.error  # never recorded as sent
    assert people.host.records["flaky"].state == "failed"


def test_a_message_is_taken_once_and_a_stale_one_comes_back(people):
    case = new_case(people, at=AT)
    message = notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT)
    # another workstation took it a moment ago: this one leaves it alone
    SmsOutbox.update(state=SmsState.SENDING, sent_at=AT).where(SmsOutbox.id == message.id).execute()
    assert notifications.send_pending(people.host, at=AT + dt.timedelta(minutes=1)) == []
    # ... and it never finished: after the timeout it is sent here
    [sent] = notifications.send_pending(people.host, at=AT + notifications.SENDING_TIMEOUT + dt.timedelta(minutes=1))
    assert sent.id == message.id and sent.state == "sent"


def test_no_mobile_number_is_a_visible_failure(people):
    case = new_case(people, at=AT)
    Person.update(mobile="").where(Person.id == case.legal_representative_id).execute()
    message = notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT)
    assert (message.state, message.mobile) == ("failed", "")
    assert "手机号码" in message.error
    assert notifications.retry_failed() == 0  # nothing to retry without a number


def test_unknown_template_is_refused(people):
    case = new_case(people, at=AT)
    with pytest.raises(ServiceError):
        notifications.queue_sms(case.id, "birthday", at=AT)


def test_cli_lists_and_sends_the_outbox(db_url, fast_hash, capsys):
    from app.startup import open_app

    ctx = open_app(db_url, backup=False)
    seed_people(ctx)
    case = new_case(ctx, at=AT)
    notifications.queue_sms(case.id, notifications.CASE_COMPLETE, at=AT)
    assert main(["--db", db_url, "sms", "outbox"]) == 0
    out = capsys.readouterr().out
    assert "待发送" in out and "办结通知" in out and "138****5678" in out and LEGAL_MOBILE not in out
    assert main(["--db", db_url, "sms", "send-pending"]) == 0
    assert "已发送 1 条" in capsys.readouterr().out
    assert SmsOutbox.get().state == "sent"
    assert main(["--db", db_url, "sms", "outbox", "--state", "queued"]) == 0
    assert "没有短信" in capsys.readouterr().out
