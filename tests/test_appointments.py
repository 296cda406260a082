"""Appointment slots per organisation: booking within capacity (also when many workstations book
at once), cancelling, the free slots, who may book where, and the reminder the day before."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from case_helpers import new_case, seed_people, user

from app.core import appointments, notifications
from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.models import Appointment, AppointmentSlot, AuditLog, Organisation, SmsOutbox

AT = dt.datetime(2026, 3, 2, 9, 0)  # a Monday
TOMORROW_10 = dt.datetime(2026, 3, 3, 10, 0)


@pytest.fixture
def people(ctx, fast_hash):
    seed_people(ctx)
    AppointmentSlot.delete().execute()  # the demo's slots (next week from today): these tests open their own
    return ctx


def org_id(code: str) -> int:
    return Organisation.get(Organisation.code == code).id


def slot(code: str = "bank-icbc-gx", starts_at: dt.datetime = TOMORROW_10, capacity: int = 1) -> int:
    return appointments.add_slot(org_id(code), starts_at, starts_at + dt.timedelta(minutes=30), capacity).id


def test_the_demo_opens_slots_at_the_organisations_the_applicant_chooses(ctx, fast_hash):
    seed_people(ctx)
    chosen = {o.department.code for o in Organisation.select().join(AppointmentSlot).distinct()}
    assert chosen == {"seal", "bank"}  # the CHOSEN departments; the tax office is not booked
    per_org = AppointmentSlot.select().where(AppointmentSlot.organisation == org_id("bank-icbc-gx")).count()
    assert per_org == 5 * 14
    assert all(s.starts_at.weekday() < 5 and s.starts_at > dt.datetime.now() for s in AppointmentSlot.select())


def test_slots_are_validated_and_a_day_of_them_opened(people):
    icbc = org_id("bank-icbc-gx")
    with pytest.raises(ValidationError) as info:
        appointments.add_slot(icbc, TOMORROW_10, TOMORROW_10, 0)
    assert set(info.value.errors) == {"ends_at", "capacity"}
    with pytest.raises(PermissionDenied):  # a clerk does not open slots
        appointments.add_slot(icbc, TOMORROW_10, TOMORROW_10 + dt.timedelta(minutes=30), user=user("bank_clerk"))
    # 09:00-12:00 and 13:00-17:00 in half hours
    assert appointments.add_day_slots(icbc, TOMORROW_10.date(), capacity=2) == 14
    assert appointments.add_day_slots(icbc, TOMORROW_10.date()) == 0  # existing slots are kept
    free = appointments.free_slots(icbc, at=AT)
    assert len(free) == 14 and free[0].starts_at == dt.datetime(2026, 3, 3, 9, 0)
    assert dt.datetime(2026, 3, 3, 12, 0) not in {s.starts_at for s in free}  # lunch
    assert {s.free for s in free} == {2}
    with pytest.raises(ServiceError):
        appointments.add_slot(icbc, dt.datetime(2026, 3, 3, 9, 0), dt.datetime(2026, 3, 3, 9, 20))


def test_booking_takes_a_place_texts_the_applicant_and_is_audited(people):
    case = new_case(people, "绵阳锦程科技有限公司", at=AT)
    slot_id = slot(capacity=2)
    booking = appointments.book(case.id, org_id("bank-icbc-gx"), slot_id, user("clerk"), at=AT)
    assert (booking.case_id, booking.slot_id, booking.state, booking.starts_at) == (case.id, slot_id, "booked",
                                                                                   TOMORROW_10)
    assert booking.organisation_name == "工商银行绵阳高新支行"
    assert AppointmentSlot.get_by_id(slot_id).booked == 1
    [free] = appointments.free_slots(org_id("bank-icbc-gx"), at=AT)
    assert free.free == 1
    [sms] = SmsOutbox.select().where(SmsOutbox.template == notifications.APPOINTMENT_BOOKED)
    assert "工商银行绵阳高新支行" in sms.text and "3月3日 10:00" in sms.text and "绵兴东路 36 号" in sms.text
    assert "0816-2539000" in sms.text and sms.case_id == case.id
    assert AuditLog.get(AuditLog.action == "book").case_id == case.id
    # the licence text mentions the booked time
    assert "预约时间3月3日 10:00" in notifications.chosen_organisations(case)


def test_capacity_one_case_per_place_and_cancelling(people):
    first, second = new_case(people, "绵阳甲公司", at=AT), new_case(people, "绵阳乙公司", at=AT)
    icbc, window = org_id("bank-icbc-gx"), user("clerk")
    only = slot(capacity=1)
    booking = appointments.book(first.id, icbc, only, window, at=AT)
    with pytest.raises(Conflict):
        appointments.book(second.id, icbc, only, window, at=AT)
    later = slot(starts_at=TOMORROW_10 + dt.timedelta(hours=1))
    with pytest.raises(ServiceError):  # one booked appointment per case and organisation
        appointments.book(first.id, icbc, later, window, at=AT)
    assert AppointmentSlot.get_by_id(later).booked == 0  # the refused booking took no place
    appointments.cancel(booking.id, window, at=AT)
    with pytest.raises(Conflict):
        appointments.cancel(booking.id, window, at=AT)
    assert AppointmentSlot.get_by_id(only).booked == 0
    appointments.book(second.id, icbc, only, window, at=AT)
    appointments.book(first.id, icbc, later, window, at=AT)  # rebooked elsewhere after cancelling
    assert Appointment.select().where(Appointment.state == "booked").count() == 2


def test_past_unknown_and_foreign_slots_are_refused(people):
    case = new_case(people, at=AT)
    icbc, window = org_id("bank-icbc-gx"), user("clerk")
    past = slot(starts_at=AT - dt.timedelta(hours=1))
    with pytest.raises(ServiceError):
        appointments.book(case.id, icbc, past, window, at=AT)
    with pytest.raises(NotFound):
        appointments.book(case.id, icbc, 999999, window, at=AT)
    seal_slot = slot("seal-huaxin")
    with pytest.raises(NotFound):  # a slot of another organisation
        appointments.book(case.id, icbc, seal_slot, window, at=AT)
    assert AppointmentSlot.get_by_id(seal_slot).booked == 0


def test_who_may_book_where(people):
    """The window books at every organisation routed on the case; a department only at its own;
    a branch the case was not routed to cannot book it at all."""
    case = new_case(people, seal="seal-huaxin", bank="bank-icbc-gx", at=AT)
    bank_slot, seal_slot, other_slot = slot("bank-icbc-gx"), slot("seal-huaxin"), slot("bank-ccb-fc")
    with pytest.raises(PermissionDenied):
        appointments.book(case.id, org_id("bank-ccb-fc"), other_slot, user("clerk"), at=AT)  # not chosen
    with pytest.raises(PermissionDenied):
        appointments.book(case.id, org_id("bank-ccb-fc"), other_slot, user("bank_clerk2"), at=AT)
    with pytest.raises(PermissionDenied):  # the bank branch cannot book (or see) the seal company
        appointments.book(case.id, org_id("seal-huaxin"), seal_slot, user("bank_clerk"), at=AT)
    appointments.book(case.id, org_id("bank-icbc-gx"), bank_slot, user("bank_clerk"), at=AT)

    window_options = appointments.booking_options(case.id, user("clerk"), at=AT)
    assert [o.organisation_name for o in window_options] == ["工商银行绵阳高新支行", "绵阳华信印章有限公司"]
    assert window_options[0].booking.slot_id == bank_slot and window_options[1].booking is None
    assert [s.id for s in window_options[1].free_slots] == [seal_slot]
    bank_options = appointments.booking_options(case.id, user("bank_clerk"), at=AT)
    assert [o.organisation_name for o in bank_options] == ["工商银行绵阳高新支行"]
    with pytest.raises(PermissionDenied):
        appointments.booking_options(case.id, user("bank_clerk2"), at=AT)


def test_reminders_for_tomorrow_are_queued_once(people):
    window = user("clerk")
    cases = [new_case(people, name, at=AT) for name in ("绵阳甲公司", "绵阳乙公司", "绵阳丙公司")]
    icbc = org_id("bank-icbc-gx")
    tomorrow = appointments.book(cases[0].id, icbc, slot(capacity=3), window, at=AT)
    day_after = slot(starts_at=TOMORROW_10 + dt.timedelta(days=1))
    appointments.book(cases[1].id, icbc, day_after, window, at=AT)
    cancelled = appointments.book(cases[2].id, icbc, tomorrow.slot_id, window, at=AT)
    appointments.cancel(cancelled.id, window, at=AT)

    evening = dt.datetime(2026, 3, 2, 18, 0)
    assert appointments.remind_due(evening) == 1
    assert appointments.remind_due(evening) == 0  # once only
    [reminder] = SmsOutbox.select().where(SmsOutbox.template == notifications.APPOINTMENT_REMINDER)
    assert reminder.case_id == cases[0].id and "3月3日 10:00" in reminder.text
    assert appointments.remind_due(dt.datetime(2026, 3, 3, 18, 0)) == 1  # the next evening: the other one


@pytest.mark.parametrize("capacity", [1, 3])
def test_concurrent_bookings_never_exceed_the_capacity(people, capacity):
    """Twelve workstations book twelve cases into one slot at the same moment (threads, each with its
    own connection): exactly ``capacity`` succeed, the others are told it is full."""
    from db.base import database

    cases = [new_case(people, f"绵阳并发测试{i:02d}有限公司", at=AT).id for i in range(12)]
    icbc, window, target = org_id("bank-icbc-gx"), user("clerk"), slot(capacity=capacity)
    barrier = threading.Barrier(len(cases))
    results: dict[int, str] = {}

    def book(case_id: int) -> None:
        try:
            barrier.wait()
            appointments.book(case_id, icbc, target, window, at=AT)
            results[case_id] = "booked"
        except Conflict:
            results[case_id] = "full"
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[case_id] = repr(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=book, args=(case_id,)) for case_id in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results.values()) == ["booked"] * capacity + ["full"] * (len(cases) - capacity), results
    assert AppointmentSlot.get_by_id(target).booked == capacity
    assert Appointment.select().where(Appointment.slot == target).count() == capacity
    assert SmsOutbox.select().where(SmsOutbox.template == notifications.APPOINTMENT_BOOKED).count() == capacity


def test_the_same_case_booked_from_two_workstations_at_once_is_booked_once(people):
    from db.base import database

    case = new_case(people, at=AT)
    icbc, window = org_id("bank-icbc-gx"), user("clerk")
    slots = [slot(starts_at=TOMORROW_10 + dt.timedelta(hours=h), capacity=2) for h in range(4)]
    barrier = threading.Barrier(len(slots))
    outcomes: list[str] = []

    def book(slot_id: int) -> None:
        try:
            barrier.wait()
            appointments.book(case.id, icbc, slot_id, window, at=AT)
            outcomes.append("booked")
        except ServiceError:
            outcomes.append("refused")
        finally:
            database.close()

    threads = [threading.Thread(target=book, args=(s,)) for s in slots]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["booked"] + ["refused"] * 3
    assert sum(AppointmentSlot.get_by_id(s).booked for s in slots) == 1
