"""What the bank step's form reads besides the step, and the services behind its own buttons:
booking the on-site signing at the branch, texting the applicant the opened account. Each checks
the user may see (reading) or work (changing) the step first."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core import appointments, audit, notifications
from app.core.appointments import SlotInfo
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import (Appointment, AppointmentSlot, AppointmentState, Case, SmsOutbox, Step, StepState,
                             now)
from app.core.step_work import WORKABLE, require_editable, require_step
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.bank.accounts import OpenedAccount, licence_time, opened_account, opening_errors
from plugins.bank.branches import BranchProfile, branch_profile
from plugins.bank.common import REFUSED, SMS_KEY
from plugins.bank.validation import mask_account, parse_date, validate_account

#: how far ahead the form offers free signing slots
BOOKING_DAYS = 7


@dataclass(frozen=True)
class SigningBooking:
    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class SentText:
    created_at: dt.datetime
    state: str
    text: str


@dataclass(frozen=True)
class BankDesk:
    """Everything the form shows next to the step's own data."""
    step_id: int
    branch: BranchProfile | None
    licence_at: dt.datetime | None
    booking: SigningBooking | None
    free_slots: tuple[SlotInfo, ...]
    texts: tuple[SentText, ...]
    account: OpenedAccount | None


def _booking(case_id: int, organisation_id: int | None) -> SigningBooking | None:
    if organisation_id is None:
        return None
    row = (Appointment.select(Appointment.id, AppointmentSlot.starts_at, AppointmentSlot.ends_at)
           .join(AppointmentSlot)
           .where((Appointment.case == case_id) & (Appointment.organisation == organisation_id)
                  & (Appointment.state == AppointmentState.BOOKED))
           .order_by(AppointmentSlot.starts_at).tuples().first())
    return SigningBooking(*row) if row else None


def sent_texts(case_id: int) -> tuple[SentText, ...]:
    rows = (SmsOutbox.select(SmsOutbox.created_at, SmsOutbox.state, SmsOutbox.text)
            .where((SmsOutbox.case == case_id) & (SmsOutbox.template == SMS_KEY))
            .order_by(SmsOutbox.id.desc()).tuples())
    return tuple(SentText(*row) for row in rows)


def desk(step_id: int, user: CurrentUser, *, at: dt.datetime | None = None) -> BankDesk:
    """The branch's master data, the licence time, the signing booking and the free slots of the
    coming week, the texts sent, the opened account."""
    at = at or now()
    step = require_step(step_id, user)
    org = step.organisation_id
    workable = org is not None and step.state in WORKABLE
    free = tuple(appointments.free_slots(org, at=at, until=at + dt.timedelta(days=BOOKING_DAYS))) if workable else ()
    return BankDesk(step_id=step.id, branch=branch_profile(org), licence_at=licence_time(step.case_id),
                    booking=_booking(step.case_id, org), free_slots=free, texts=sent_texts(step.case_id),
                    account=opened_account(step.id) if step.state == StepState.DONE else None)


def _routed(step: Step) -> int:
    if step.organisation_id is None:
        raise ServiceError(translate("bank", "该事项尚未确定开户网点"))
    return step.organisation_id


def book_signing(step_id: int, slot_id: int, user: CurrentUser, *, graph=None,
                 at: dt.datetime | None = None) -> SigningBooking:
    """Book the applicant's on-site signing into a slot of the step's branch (they are texted)."""
    step = require_editable(step_id, user)
    booking = appointments.book(step.case_id, _routed(step), slot_id, user, at=at, graph=graph)
    return SigningBooking(booking.id, booking.starts_at, booking.ends_at)


def cancel_signing(step_id: int, user: CurrentUser, *, at: dt.datetime | None = None) -> None:
    """Cancel the signing booked at the step's branch; its place is free again."""
    step = require_editable(step_id, user)
    booking = _booking(step.case_id, _routed(step))
    if booking is None:
        raise NotFound(translate("bank", "该办件在本网点没有预约"))
    appointments.cancel(booking.appointment_id, user, at=at)


def account_text(case: Case, branch: BranchProfile | None, number: str, opened_on: dt.date) -> str:
    """The text telling the applicant the account is open (the number masked)."""
    where = branch.title if branch is not None else ""
    phone = (branch.phone if branch is not None else "") or "—"
    return translate("bank", "【企业开办】{enterprise}的基本存款账户已在{branch}开立，账号{number}，开户日期{date}。"
                             "请法定代表人携带本人身份证件到网点领取开户资料，办理预留印鉴和网上银行等手续。"
                             "网点电话：{phone}。办件编号{case_number}。").format(
        enterprise=case.enterprise.name, branch=where, number=mask_account(number),
        date=translate("bank", "{year}年{month}月{day}日").format(year=opened_on.year, month=opened_on.month,
                                                                 day=opened_on.day),
        phone=phone, case_number=case.number)


def notify_applicant(step_id: int, user: CurrentUser, *, at: dt.datetime | None = None) -> SmsOutbox:
    """Text the applicant the opened account from the step's saved data: by the holder (or a
    supervisor) while the step is worked, by any of the branch's staff once it is done."""
    step = require_step(step_id, user)
    if step.state != StepState.DONE:
        step = require_editable(step_id, user)
    data = step.data or {}
    number = (data.get("account_number") or "").strip()
    errors = validate_account(data)
    if not number or not data.get("opened_on") or errors.get("account_number") or errors.get("opened_on"):
        raise ServiceError(translate("bank", "请先填写并保存账号和开户日期，再通知申请人"))
    if data.get("due_diligence") == REFUSED:
        raise ServiceError(translate("bank", "尽职调查未通过，不能通知开户"))
    branch = branch_profile(step.organisation_id)
    if step.state != StepState.DONE:
        blocking = opening_errors(data, step.organisation_id, step.case_id, step.id, branch=branch)
        if blocking:
            raise ValidationError(blocking)
    case = Case.get_by_id(step.case_id)
    text = account_text(case, branch, number, parse_date(data["opened_on"]))
    with database.atomic():
        message = notifications.queue_text(case.id, SMS_KEY, text, at=at)
        audit.record("notify", "bank_account", user=user.id, entity_id=step.id, case_id=case.id,
                     detail=mask_account(number))
    return message


__all__ = ["BankDesk", "SigningBooking", "SentText", "desk", "book_signing", "cancel_signing", "notify_applicant",
           "account_text", "sent_texts", "BOOKING_DAYS"]
