"""Checks of a delivery record's fields, as plain functions returning ``{field: message}`` so the
dialogs, the services and the tests share them (Qt-free)."""
from __future__ import annotations

import datetime as dt

from app.core.carriers import normalise_waybill, waybill_error
from app.core.identifiers import InvalidIdentifier, validate_mobile
from app.i18n import translate
from plugins.delivery.common import ADDRESS_MAX, ADDRESS_MIN, CARRIERS, KINDS, NAME_MAX, NOTE_MAX, OTHER


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def validate_waybill(carrier, waybill) -> dict[str, str]:
    """The carrier (one of the list) and its waybill number's format."""
    if carrier not in CARRIERS:
        return {"carrier": translate("delivery", "请选择承运快递公司")}
    number = normalise_waybill(waybill)
    if not number:
        return {"waybill_no": translate("delivery", "请填写运单号")}
    error = waybill_error(carrier, number)
    return {"waybill_no": error} if error else {}


def validate_recipient(data: dict) -> dict[str, str]:
    """Kind, description (for other items), recipient, mobile and address of a new record."""
    errors: dict[str, str] = {}
    if data.get("kind") not in KINDS:
        errors["kind"] = translate("delivery", "请选择寄递物品")
    description = _text(data.get("description"))
    if data.get("kind") == OTHER and not description:
        errors["description"] = translate("delivery", "请写明寄递的材料")
    elif len(description) > NAME_MAX * 2:
        errors["description"] = translate("delivery", "物品说明不能超过 {n} 字").format(n=NAME_MAX * 2)
    recipient = _text(data.get("recipient"))
    if not recipient:
        errors["recipient"] = translate("delivery", "请填写收件人")
    elif len(recipient) > NAME_MAX:
        errors["recipient"] = translate("delivery", "收件人不能超过 {n} 字").format(n=NAME_MAX)
    try:
        validate_mobile(_text(data.get("mobile")))
    except InvalidIdentifier as exc:
        errors["mobile"] = str(exc)
    address = _text(data.get("address"))
    if len(address) < ADDRESS_MIN:
        errors["address"] = translate("delivery", "请填写完整的寄递地址（至少 {n} 个字）").format(n=ADDRESS_MIN)
    elif len(address) > ADDRESS_MAX:
        errors["address"] = translate("delivery", "寄递地址不能超过 {n} 字").format(n=ADDRESS_MAX)
    return errors


def validate_event_time(at, not_before: dt.datetime | None, now_: dt.datetime) -> dict[str, str]:
    """A transition's time: not in the future, not before the record's previous step."""
    if not isinstance(at, dt.datetime):
        return {"at": translate("delivery", "请填写时间")}
    if at > now_ + dt.timedelta(minutes=5):
        return {"at": translate("delivery", "时间不能晚于当前时间")}
    if not_before is not None and at < not_before:
        return {"at": translate("delivery", "时间不能早于上一环节（{time}）").format(
            time=not_before.strftime("%Y-%m-%d %H:%M"))}
    return {}


def validate_note(note, required: bool) -> dict[str, str]:
    text = _text(note)
    if required and not text:
        return {"note": translate("delivery", "请填写退回原因")}
    if len(text) > NOTE_MAX:
        return {"note": translate("delivery", "说明不能超过 {n} 字").format(n=NOTE_MAX)}
    return {}
