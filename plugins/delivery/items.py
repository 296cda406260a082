"""Delivery records (免费寄递): one per item mailed to the applicant, with its carrier, waybill and
the state it is in — prepared -> sent -> delivered | returned, a returned item sent again with a new
waybill. Every change is checked, versioned and logged as a DeliveryEvent (Qt-free).

Only a complete case gets records; the licence may be mailed as soon as it is issued (the
enterprise has its USCC). The window's staff (and administrators) work deliveries."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import IntegrityError, Value

from app.core import audit
from app.core.errors import Conflict, NotFound, ServiceError, ValidationError
from app.core.models import Case, CaseState, Enterprise, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.delivery.common import (DELIVERED, KINDS, LICENCE, OTHER, PREPARED, RETURNED, SEAL_SET, SENT,
                                     SINGLE_KINDS, TRANSITIONS, require_window_user, state_title)
from plugins.delivery.models import DeliveryEvent, DeliveryItem
from plugins.delivery.validation import (normalise_waybill, validate_event_time, validate_note, validate_recipient,
                                         validate_waybill)


#: a coarse filter on the case's JSON text (checked in Python after): the applicant chose mail
MAIL_PATTERN = '%"method": "mail"%'


@dataclass(frozen=True)
class ItemRow:
    id: int
    case_id: int
    case_number: str
    enterprise: str
    kind: str
    description: str
    recipient: str
    mobile: str
    address: str
    carrier: str
    waybill_no: str
    state: str
    prepared_at: dt.datetime
    sent_at: dt.datetime | None
    delivered_at: dt.datetime | None
    returned_at: dt.datetime | None
    note: str
    version: int


@dataclass(frozen=True)
class PendingCase:
    """A case whose applicant chose mail and that has items still to prepare."""
    case_id: int
    case_number: str
    enterprise: str
    missing: tuple[str, ...]  # kinds
    recipient: str
    mobile: str
    address: str


def licence_issued(case: Case) -> bool:
    return bool((case.data or {}).get("licence")) or bool(case.enterprise.uscc)


def eligible_kinds(case: Case) -> tuple[str, ...]:
    """What the case may have mailed now: everything once complete, the licence once issued."""
    if case.state == CaseState.COMPLETE:
        return tuple(KINDS)
    if case.state == CaseState.IN_PROGRESS and licence_issued(case):
        return (LICENCE,)
    return ()


def mail_choice(case: Case) -> dict:
    """The delivery the applicant chose at the window (``case.data["delivery"]``), if by mail."""
    choice = (case.data or {}).get("delivery") or {}
    return choice if choice.get("method") == "mail" else {}


def as_row(item: DeliveryItem) -> ItemRow:
    return ItemRow(id=item.id, case_id=item.case_id, case_number=item.case.number,
                   enterprise=item.case.enterprise.name, kind=item.kind, description=item.description,
                   recipient=item.recipient, mobile=item.mobile, address=item.address, carrier=item.carrier,
                   waybill_no=item.waybill_no, state=item.state, prepared_at=item.prepared_at, sent_at=item.sent_at,
                   delivered_at=item.delivered_at, returned_at=item.returned_at, note=item.note,
                   version=item.version)


def _items():
    return DeliveryItem.select(DeliveryItem, Case, Enterprise).join(Case).join(Enterprise)


def case_items(case_id: int, user: CurrentUser) -> list[ItemRow]:
    require_window_user(user)
    return [as_row(i) for i in _items().where(DeliveryItem.case == case_id).order_by(DeliveryItem.id)]


def list_items(user: CurrentUser, states: tuple[str, ...] | None = None, *, limit: int = 500) -> list[ItemRow]:
    """Items in ``states`` (all when None), the oldest waiting first."""
    require_window_user(user)
    query = _items()
    if states:
        query = query.where(DeliveryItem.state.in_(list(states)))
    return [as_row(i) for i in query.order_by(DeliveryItem.prepared_at, DeliveryItem.id).limit(limit)]


def get_item(item_id: int, user: CurrentUser) -> ItemRow:
    require_window_user(user)
    item = _items().where(DeliveryItem.id == item_id).first()
    if item is None:
        raise NotFound(translate("delivery", "寄递记录不存在"))
    return as_row(item)


def pending_cases(user: CurrentUser, *, limit: int = 200) -> list[PendingCase]:
    """Cases that chose mail and lack a record of the licence (once issued) or the seal set (once
    complete), oldest first."""
    require_window_user(user)
    candidates = (Case.select(Case, Enterprise).join(Enterprise)
                  .where(Case.state.in_([CaseState.IN_PROGRESS, CaseState.COMPLETE])
                         & (Case.data ** Value(MAIL_PATTERN, converter=False)))
                  .order_by(Case.created_at, Case.id))
    out = []
    for case in candidates:
        choice = mail_choice(case)
        if not choice:
            continue
        have = {k for (k,) in DeliveryItem.select(DeliveryItem.kind).where(DeliveryItem.case == case.id).tuples()}
        missing = tuple(k for k in (LICENCE, SEAL_SET) if k in eligible_kinds(case) and k not in have)
        if missing:
            out.append(PendingCase(case.id, case.number, case.enterprise.name, missing, choice.get("recipient", ""),
                                   choice.get("mobile", ""), choice.get("address", "")))
            if len(out) >= limit:
                break
    return out


def prefill(case_id: int, user: CurrentUser) -> dict:
    """A new record's fields as the applicant gave them at the window, and the kinds allowed."""
    require_window_user(user)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("cases", "办件不存在"))
    choice = mail_choice(case)
    have = {k for (k,) in DeliveryItem.select(DeliveryItem.kind).where(DeliveryItem.case == case.id).tuples()}
    kinds = tuple(k for k in eligible_kinds(case) if k == OTHER or k not in have)
    return {"recipient": choice.get("recipient", ""), "mobile": choice.get("mobile", ""),
            "address": choice.get("address", ""), "kinds": kinds}


def _event(item_id: int, from_state, to_state: str, at: dt.datetime, user_id: int | None, *, carrier: str = "",
           waybill: str = "", note: str = "") -> None:
    DeliveryEvent.create(item=item_id, from_state=from_state, to_state=to_state, at=at, user=user_id,
                         carrier=carrier, waybill_no=waybill, note=note)


def create_item(case_id: int, data: dict, user: CurrentUser, *, at: dt.datetime | None = None) -> ItemRow:
    """A prepared record of ``data`` (kind, description, recipient, mobile, address)."""
    user_id = require_window_user(user)
    at = at or now()
    errors = validate_recipient(data)
    if errors:
        raise ValidationError(errors)
    kind = data["kind"]
    with database.atomic():
        case = Case.select(Case, Enterprise).join(Enterprise).where(Case.id == case_id).first()
        if case is None:
            raise NotFound(translate("cases", "办件不存在"))
        if kind not in eligible_kinds(case):
            raise ValidationError({"kind": translate("delivery", "办件办结后才能寄递（营业执照核发后即可寄递执照）")})
        if kind in SINGLE_KINDS and DeliveryItem.select().where(
                (DeliveryItem.case == case_id) & (DeliveryItem.kind == kind)).exists():
            raise ValidationError({"kind": translate("delivery", "该办件已有此物品的寄递记录")})
        try:
            with database.atomic():
                item = DeliveryItem.create(
                    case=case_id, kind=kind, description=(data.get("description") or "").strip(),
                    recipient=data["recipient"].strip(), mobile=data["mobile"].strip(),
                    address=data["address"].strip(), state=PREPARED, prepared_at=at, created_by=user_id)
        except IntegrityError as exc:  # another workstation recorded it a moment ago
            raise ValidationError({"kind": translate("delivery", "该办件已有此物品的寄递记录")}) from exc
        _event(item.id, None, PREPARED, at, user_id)
        audit.record("change", "delivery_item", user=user_id, entity_id=item.id, case_id=case_id, field="state",
                     detail=PREPARED)
    return get_item(item.id, user)


def _take(item_id: int, version: int | None, to_state: str) -> DeliveryItem:
    item = DeliveryItem.get_or_none(DeliveryItem.id == item_id)
    if item is None:
        raise NotFound(translate("delivery", "寄递记录不存在"))
    if version is not None and item.version != version:
        raise Conflict(translate("delivery", "该寄递记录已被他人修改，请刷新后再试"))
    if to_state not in TRANSITIONS.get(item.state, ()):
        raise ServiceError(translate("delivery", "“{state}”的物品不能改为“{target}”").format(
            state=state_title(item.state), target=state_title(to_state)))
    return item


def _move(item: DeliveryItem, to_state: str, at: dt.datetime, user_id: int, **fields) -> None:
    changed = (DeliveryItem.update(state=to_state, version=DeliveryItem.version + 1, **fields)
               .where((DeliveryItem.id == item.id) & (DeliveryItem.version == item.version)).execute())
    if not changed:
        raise Conflict(translate("delivery", "该寄递记录已被他人修改，请刷新后再试"))
    _event(item.id, item.state, to_state, at, user_id, carrier=fields.get("carrier", item.carrier),
           waybill=fields.get("waybill_no", item.waybill_no), note=fields.get("note", ""))
    audit.record("change", "delivery_item", user=user_id, entity_id=item.id, case_id=item.case_id, field="state",
                 detail=f"{item.state} -> {to_state}")


def send_item(item_id: int, carrier: str, waybill: str, user: CurrentUser, *, version: int | None = None,
              at: dt.datetime | None = None) -> ItemRow:
    """Hand the item to ``carrier`` under ``waybill`` (prepared, or returned and sent again)."""
    user_id = require_window_user(user)
    at, now_ = at or now(), now()
    errors = validate_waybill(carrier, waybill)
    waybill = normalise_waybill(waybill)
    with database.atomic():
        item = _take(item_id, version, SENT)
        errors.update(validate_event_time(at, item.returned_at if item.state == RETURNED else item.prepared_at, now_))
        if not errors and item.state == RETURNED and waybill == item.waybill_no:
            errors["waybill_no"] = translate("delivery", "重新寄出请填写新的运单号")
        if not errors and DeliveryItem.select().where(
                (DeliveryItem.waybill_no == waybill) & (DeliveryItem.case != item.case_id)
                & (DeliveryItem.state != RETURNED)).exists():
            errors["waybill_no"] = translate("delivery", "该运单号已用于其他办件")
        if errors:
            raise ValidationError(errors)
        _move(item, SENT, at, user_id, carrier=carrier, waybill_no=waybill, sent_at=at)
    return get_item(item_id, user)


def mark_delivered(item_id: int, user: CurrentUser, *, version: int | None = None,
                   at: dt.datetime | None = None) -> ItemRow:
    user_id = require_window_user(user)
    at = at or now()
    with database.atomic():
        item = _take(item_id, version, DELIVERED)
        errors = validate_event_time(at, item.sent_at, now())
        if errors:
            raise ValidationError(errors)
        _move(item, DELIVERED, at, user_id, delivered_at=at)
    return get_item(item_id, user)


def mark_returned(item_id: int, reason: str, user: CurrentUser, *, version: int | None = None,
                  at: dt.datetime | None = None) -> ItemRow:
    user_id = require_window_user(user)
    at = at or now()
    with database.atomic():
        item = _take(item_id, version, RETURNED)
        errors = {**validate_event_time(at, item.sent_at, now()), **validate_note(reason, required=True)}
        if errors:
            raise ValidationError(errors)
        _move(item, RETURNED, at, user_id, returned_at=at, note=reason.strip())
    return get_item(item_id, user)


def parcel(item_id: int, user: CurrentUser) -> list[ItemRow]:
    """The item and the case's other items travelling under the same waybill (one slip for them)."""
    item = get_item(item_id, user)
    if not item.waybill_no:
        return [item]
    return [as_row(i) for i in _items().where((DeliveryItem.case == item.case_id) & (DeliveryItem.waybill_no
                                                                                      == item.waybill_no)
                                               & (DeliveryItem.state == item.state)).order_by(DeliveryItem.id)]
