"""Appointments: time slots per organisation with a capacity, booked for a case at the window.

In-person steps (portrait capture for the seals, signing at the bank) are booked into an
organisation's slots. A booking takes a place with one conditional update of the slot's counter
(``booked < capacity``), the same atomic pattern as a claim: on PostgreSQL a second booking of the
same slot waits for the first to commit and re-checks the condition; on SQLite writers are
serialised. A CHECK constraint (``booked <= capacity``) and a unique index (one booked appointment
per case and organisation) back this up in the schema. The applicant is texted on booking, and the
day before (:func:`remind_due`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import IntegrityError

from app.core import audit, notifications
from app.core.access import can_see_case, step_visibility
from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.fields import FULL_ACCESS, field_access
from app.core.models import (Appointment, AppointmentSlot, AppointmentState, Case, CaseState, Organisation, Step,
                             now)
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database


@dataclass(frozen=True)
class SlotInfo:
    id: int
    organisation_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


@dataclass(frozen=True)
class Booking:
    id: int
    case_id: int
    slot_id: int
    organisation_id: int
    organisation_name: str
    address: str
    phone: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    state: str


@dataclass(frozen=True)
class BookingOption:
    """One organisation a case can be booked at, with its current booking and free slots."""
    organisation_id: int
    organisation_name: str
    address: str
    phone: str
    booking: Booking | None
    free_slots: tuple[SlotInfo, ...]


def _slot_info(slot: AppointmentSlot) -> SlotInfo:
    return SlotInfo(slot.id, slot.organisation_id, slot.starts_at, slot.ends_at, slot.capacity, slot.booked)


def _may_manage(user: CurrentUser | None, organisation_id: int) -> bool:
    if user is None or user.is_admin:  # None: the command line and the demo seeder
        return True
    return user.is_supervisor and user.organisation_id == organisation_id


def add_slot(organisation_id: int, starts_at: dt.datetime, ends_at: dt.datetime, capacity: int = 1, *,
             user: CurrentUser | None = None) -> SlotInfo:
    """Open a slot at an organisation (its supervisors, or an administrator)."""
    if not _may_manage(user, organisation_id):
        raise PermissionDenied(translate("appointments", "只有本机构的主管或系统管理员可以设置预约时段"))
    errors = {}
    if ends_at <= starts_at:
        errors["ends_at"] = translate("appointments", "结束时间须晚于开始时间")
    if capacity < 1:
        errors["capacity"] = translate("appointments", "每个时段至少可约 1 人")
    if Organisation.get_or_none(Organisation.id == organisation_id) is None:
        errors["organisation"] = translate("appointments", "机构不存在")
    if errors:
        raise ValidationError(errors)
    try:
        with database.atomic():
            slot = AppointmentSlot.create(organisation=organisation_id, starts_at=starts_at, ends_at=ends_at,
                                          capacity=capacity, booked=0)
    except IntegrityError:
        raise ServiceError(translate("appointments", "该机构在 {time} 已有预约时段").format(
            time=starts_at.strftime("%Y-%m-%d %H:%M"))) from None
    return _slot_info(slot)


def add_day_slots(organisation_id: int, day: dt.date, *, minutes: int = 30, capacity: int = 2,
                  hours: tuple[tuple[dt.time, dt.time], ...] = ((dt.time(9), dt.time(12)),
                                                                (dt.time(13), dt.time(17))),
                  user: CurrentUser | None = None) -> int:
    """Open a day of slots of ``minutes`` each within ``hours``; existing slots are kept.
    Returns how many were added."""
    added = 0
    for start, end in hours:
        at = dt.datetime.combine(day, start)
        while at + dt.timedelta(minutes=minutes) <= dt.datetime.combine(day, end):
            exists = AppointmentSlot.select().where((AppointmentSlot.organisation == organisation_id)
                                                    & (AppointmentSlot.starts_at == at)).exists()
            if not exists:
                add_slot(organisation_id, at, at + dt.timedelta(minutes=minutes), capacity, user=user)
                added += 1
            at += dt.timedelta(minutes=minutes)
    return added


def free_slots(organisation_id: int, *, at: dt.datetime | None = None, until: dt.datetime | None = None,
               limit: int = 200) -> list[SlotInfo]:
    """Slots of the organisation that start after ``at`` and still have a place, earliest first."""
    at = at or now()
    query = AppointmentSlot.select().where((AppointmentSlot.organisation == organisation_id)
                                           & (AppointmentSlot.starts_at > at)
                                           & (AppointmentSlot.booked < AppointmentSlot.capacity))
    if until is not None:
        query = query.where(AppointmentSlot.starts_at < until)
    return [_slot_info(s) for s in query.order_by(AppointmentSlot.starts_at).limit(limit)]


def _bookable_organisations(case_id: int, user: CurrentUser, graph=None) -> list[int]:
    """Organisations the user may book the case at: those routed on the case's steps — every one
    for whoever reads the whole case (the window, administrators), else those of the user's own
    visible steps (point to point: a bank branch learns nothing of the chosen seal company)."""
    query = Step.select(Step.organisation).where((Step.case == case_id) & Step.organisation.is_null(False))
    access = field_access(case_id, user, graph)
    if not (access.fields == FULL_ACCESS.fields and access.materials is None):
        query = query.where(step_visibility(user))
    return sorted({row[0] for row in query.tuples()})


def _check_case(case_id: int, user: CurrentUser) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("cases", "办件不存在"))
    if not can_see_case(user, case_id):
        raise PermissionDenied(translate("cases", "无权查看该办件"))
    return case


def _booking(appointment: Appointment) -> Booking:
    slot, org = appointment.slot, appointment.organisation
    return Booking(appointment.id, appointment.case_id, slot.id, org.id, org.name, org.address, org.phone,
                   slot.starts_at, slot.ends_at, appointment.state)


def book(case_id: int, organisation_id: int, slot_id: int, user: CurrentUser, *, at: dt.datetime | None = None,
         graph=None) -> Booking:
    """Book the case into a slot of an organisation routed on it; the applicant is texted.
    Never more bookings than the slot's capacity, however many workstations book at once."""
    at = at or now()
    case = _check_case(case_id, user)
    if case.state in (CaseState.COMPLETE, CaseState.CANCELLED):
        raise ServiceError(translate("appointments", "办件已办结或已撤销，不能预约"))
    if organisation_id not in _bookable_organisations(case_id, user, graph):
        raise PermissionDenied(translate("appointments", "该办件不由该机构办理，不能预约"))
    with database.atomic():
        # The conditional update comes first: it takes the write lock (SQLite) or the row lock
        # (PostgreSQL) before anything is read.
        taken = (AppointmentSlot.update(booked=AppointmentSlot.booked + 1)
                 .where((AppointmentSlot.id == slot_id) & (AppointmentSlot.organisation == organisation_id)
                        & (AppointmentSlot.booked < AppointmentSlot.capacity) & (AppointmentSlot.starts_at > at))
                 .execute())
        if not taken:
            slot = AppointmentSlot.get_or_none(AppointmentSlot.id == slot_id)
            if slot is None or slot.organisation_id != organisation_id:
                raise NotFound(translate("appointments", "预约时段不存在"))
            if slot.starts_at <= at:
                raise ServiceError(translate("appointments", "该时段已过，请选择其他时段"))
            raise Conflict(translate("appointments", "该时段已约满，请选择其他时段"))
        if Appointment.select().where((Appointment.case == case_id) & (Appointment.organisation == organisation_id)
                                      & (Appointment.state == AppointmentState.BOOKED)).exists():
            raise ServiceError(translate("appointments", "该办件已在该机构预约，请先取消原预约"))
        try:
            with database.atomic():
                appointment = Appointment.create(slot=slot_id, case=case_id, organisation=organisation_id,
                                                 state=AppointmentState.BOOKED, created_at=at, created_by=user.id)
        except IntegrityError:  # a booking of the same case at the same place committed meanwhile
            raise ServiceError(translate("appointments", "该办件已在该机构预约，请先取消原预约")) from None
        booking = _booking(Appointment.get_by_id(appointment.id))
        notifications.queue_sms(case_id, notifications.APPOINTMENT_BOOKED, at=at,
                                organisation=booking.organisation_name, address=booking.address or "—",
                                phone=booking.phone or "—", time=notifications.format_time(booking.starts_at))
        audit.record("book", "appointment", user=user.id, entity_id=appointment.id, case_id=case_id,
                     detail=f"{booking.organisation_name} {booking.starts_at:%Y-%m-%d %H:%M}")
    return booking


def cancel(appointment_id: int, user: CurrentUser, *, at: dt.datetime | None = None) -> Booking:
    """Cancel a booking; its place is free again."""
    at = at or now()
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise NotFound(translate("appointments", "预约不存在"))
    _check_case(appointment.case_id, user)
    with database.atomic():
        changed = (Appointment.update(state=AppointmentState.CANCELLED, cancelled_at=at)
                   .where((Appointment.id == appointment_id) & (Appointment.state == AppointmentState.BOOKED))
                   .execute())
        if not changed:
            raise Conflict(translate("appointments", "该预约已取消"))
        AppointmentSlot.update(booked=AppointmentSlot.booked - 1).where(
            AppointmentSlot.id == appointment.slot_id).execute()
        audit.record("cancel", "appointment", user=user.id, entity_id=appointment_id, case_id=appointment.case_id)
    return _booking(Appointment.get_by_id(appointment_id))


def case_bookings(case_id: int, user: CurrentUser, *, graph=None) -> list[Booking]:
    """The case's booked appointments at the organisations the user may book it at."""
    _check_case(case_id, user)
    orgs = _bookable_organisations(case_id, user, graph)
    query = (Appointment.select().where((Appointment.case == case_id) & Appointment.organisation.in_(orgs)
                                        & (Appointment.state == AppointmentState.BOOKED))
             .join(AppointmentSlot).order_by(AppointmentSlot.starts_at))
    return [_booking(a) for a in query]


def booking_options(case_id: int, user: CurrentUser, *, at: dt.datetime | None = None, days: int = 7,
                    graph=None) -> list[BookingOption]:
    """What the appointment dialog offers: per bookable organisation that has slots, its current
    booking and its free slots of the next ``days`` days."""
    at = at or now()
    _check_case(case_id, user)
    booked = {b.organisation_id: b for b in case_bookings(case_id, user, graph=graph)}
    options = []
    for org in (Organisation.select().where(Organisation.id.in_(_bookable_organisations(case_id, user, graph)))
                .order_by(Organisation.name)):
        slots = free_slots(org.id, at=at, until=at + dt.timedelta(days=days))
        if slots or org.id in booked:
            options.append(BookingOption(org.id, org.name, org.address, org.phone, booked.get(org.id),
                                         tuple(slots)))
    return options


def remind_due(at: dt.datetime | None = None) -> int:
    """Queue a reminder for every booking of the next day not yet reminded; returns how many.
    Each booking is marked by a conditional update first, so it is reminded once, whoever runs this."""
    at = at or now()
    day = dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time())
    due = (Appointment.select(Appointment.id).join(AppointmentSlot)
           .where((Appointment.state == AppointmentState.BOOKED) & Appointment.reminded_at.is_null()
                  & (AppointmentSlot.starts_at >= day) & (AppointmentSlot.starts_at < day + dt.timedelta(days=1)))
           .order_by(AppointmentSlot.starts_at, Appointment.id))
    count = 0
    for (appointment_id,) in due.tuples():
        with database.atomic():
            marked = Appointment.update(reminded_at=at).where(
                (Appointment.id == appointment_id) & Appointment.reminded_at.is_null()).execute()
            if not marked:
                continue
            booking = _booking(Appointment.get_by_id(appointment_id))
            notifications.queue_sms(booking.case_id, notifications.APPOINTMENT_REMINDER, at=at,
                                    organisation=booking.organisation_name, address=booking.address or "—",
                                    phone=booking.phone or "—", time=notifications.format_time(booking.starts_at))
            count += 1
    return count
