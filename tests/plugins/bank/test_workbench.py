"""What the form reads (branch, licence, signing booking, texts) and does besides the step: booking
the signing, texting the applicant — each only for whoever may see or work the step."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import LEGAL_MOBILE, user

from app.core import appointments
from app.core.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.models import SmsOutbox
from plugins.bank import workbench
from plugins.bank.common import SMS_KEY

from .helpers import NUMBER, T0, bank_case, bank_step, claim, fill, open_account, org_id, valid_form

SLOT_DAY = dt.date(2026, 3, 3)


def _slots() -> list[int]:
    appointments.add_day_slots(org_id("bank-icbc-gx"), SLOT_DAY, capacity=1)
    return [s.id for s in appointments.free_slots(org_id("bank-icbc-gx"), at=T0, until=T0 + dt.timedelta(days=7))]


def texts() -> list[SmsOutbox]:
    return list(SmsOutbox.select().where(SmsOutbox.template == SMS_KEY).order_by(SmsOutbox.id))


def test_the_desk_shows_the_branch_the_licence_and_the_free_slots(bank_sqlite):
    case = bank_case(bank_sqlite)
    slots = _slots()
    desk = workbench.desk(bank_step(case).id, user("bank_clerk"), at=T0)
    assert desk.branch.title == "中国工商银行绵阳高新支行" and desk.branch.account_lengths == (19,)
    assert desk.branch.bank_code == "102659000236"
    assert desk.licence_at == T0
    assert [s.id for s in desk.free_slots] == slots and desk.booking is None and desk.texts == ()
    assert desk.account is None
    with pytest.raises(NotFound):  # another branch's case does not exist for its clerks
        workbench.desk(bank_step(case).id, user("bank_clerk2"), at=T0)


def test_the_holder_books_and_cancels_the_signing(bank_sqlite):
    case = bank_case(bank_sqlite)
    slot = _slots()[0]
    with pytest.raises(PermissionDenied):  # claim first
        workbench.book_signing(bank_step(case).id, slot, user("bank_clerk"), at=T0)
    claim(case, at=T0)
    booked = workbench.book_signing(bank_step(case).id, slot, user("bank_clerk"), at=T0)
    assert booked.starts_at == dt.datetime(2026, 3, 3, 9, 0)
    desk = workbench.desk(bank_step(case).id, user("bank_clerk"), at=T0)
    assert desk.booking == booked and slot not in [s.id for s in desk.free_slots]  # capacity 1: taken
    booked_text = SmsOutbox.get(SmsOutbox.template == "appointment_booked")
    assert "工商银行绵阳高新支行" in booked_text.text and booked_text.mobile == LEGAL_MOBILE
    workbench.cancel_signing(bank_step(case).id, user("bank_clerk"), at=T0)
    desk = workbench.desk(bank_step(case).id, user("bank_clerk"), at=T0)
    assert desk.booking is None and slot in [s.id for s in desk.free_slots]
    with pytest.raises(NotFound):
        workbench.cancel_signing(bank_step(case).id, user("bank_clerk"), at=T0)


def test_the_applicant_is_texted_the_masked_account(bank_sqlite):
    case = bank_case(bank_sqlite)
    claim(case)
    step_id = bank_step(case).id
    with pytest.raises(ServiceError):  # nothing to tell yet
        workbench.notify_applicant(step_id, user("bank_clerk"))
    fill(bank_sqlite, case, valid_form())
    message = workbench.notify_applicant(step_id, user("bank_clerk"), at=T0 + dt.timedelta(minutes=30))
    assert message.mobile == LEGAL_MOBILE and message.template == SMS_KEY
    assert "2308***********2345" in message.text and NUMBER not in message.text
    assert "中国工商银行绵阳高新支行" in message.text and "2026年3月2日" in message.text
    assert "0816-2539000" in message.text and case.number in message.text
    assert [t.text for t in workbench.desk(step_id, user("bank_clerk")).texts] == [message.text]


def test_who_may_text_the_applicant(bank_sqlite):
    from app.core.users import add_user

    add_user("bank_clerk3", "王芳", "kaiban2026", "clerk", "bank-icbc-gx")
    case = bank_case(bank_sqlite)
    claim(case)
    step_id = bank_step(case).id
    fill(bank_sqlite, case, valid_form(account_number=NUMBER + "0", account_number_confirm=NUMBER + "0"))
    with pytest.raises(ValidationError) as caught:  # not a number this bank gives out
        workbench.notify_applicant(step_id, user("bank_clerk"))
    assert "19 位" in caught.value.errors["account_number"]
    fill(bank_sqlite, case, valid_form())
    with pytest.raises(NotFound):  # another branch
        workbench.notify_applicant(step_id, user("bank_clerk2"))
    with pytest.raises(PermissionDenied):  # a colleague, while the holder works it
        workbench.notify_applicant(step_id, user("bank_clerk3"))
    assert texts() == []
    open_account_done = bank_case(bank_sqlite, "绵阳云帆网络科技有限公司")
    open_account(bank_sqlite, open_account_done, at=T0 + dt.timedelta(minutes=60))
    # once the account is open any of the branch's staff may text it again
    workbench.notify_applicant(bank_step(open_account_done).id, user("bank_clerk3"))
    workbench.notify_applicant(bank_step(open_account_done).id, user("bank_chief"))
    assert len(texts()) == 2
