"""Deferred materials (容缺受理): the applicant's promise to supply a material by a date, its
receipt later, and the list of promises that are overdue."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core import audit
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import Case, Enterprise, Material, MaterialState, Person, now
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.registration.common import require_window_user
from plugins.registration.intake import check_promise
from db.base import database


@dataclass(frozen=True)
class PromiseRow:
    case_id: int
    case_number: str
    enterprise_name: str
    material_code: str
    material_name: str
    promised_by: dt.date
    days_overdue: int  # 0 when not yet due
    contact_name: str
    contact_mobile: str


def _material(case_id: int, code: str) -> Material:
    material = Material.get_or_none((Material.case == case_id) & (Material.code == code))
    if material is None:
        raise NotFound(translate("registration", "办件没有材料“{code}”").format(code=code))
    return material


def promise_material(case_id: int, code: str, promised_by: dt.date, *, user: CurrentUser,
                     at: dt.datetime | None = None) -> Material:
    """Record (or move) the applicant's promise to supply a deferrable material by ``promised_by``."""
    at = at or now()
    user_id = require_window_user(user)
    material = _material(case_id, code)
    deferrable = (Case.get_by_id(case_id).data or {}).get("deferrable_materials", [])
    if code not in deferrable:
        raise ValidationError({f"materials.{code}": translate("registration", "“{name}”是必须当场收取的材料，不能容缺受理")
                               .format(name=material.name)})
    if material.state == MaterialState.RECEIVED:
        raise ServiceError(translate("registration", "“{name}”已收取，无需承诺").format(name=material.name))
    problem = check_promise(promised_by, at.date())
    if problem:
        raise ValidationError({f"materials.{code}": problem})
    with database.atomic():
        Material.update(state=MaterialState.PROMISED, promised_by=promised_by).where(
            Material.id == material.id).execute()
        audit.record("change", "material", user=user_id, entity_id=material.id, case_id=case_id,
                     field="promised_by", detail=promised_by.isoformat())
    return Material.get_by_id(material.id)


def receive_material(case_id: int, code: str, *, user: CurrentUser, at: dt.datetime | None = None,
                     sha256: str | None = None) -> Material:
    """Tick a material as received (a promised one is thereby fulfilled)."""
    at = at or now()
    user_id = require_window_user(user)
    material = _material(case_id, code)
    updates = {"state": MaterialState.RECEIVED, "received_at": at}
    if sha256:
        updates["sha256"] = sha256
    with database.atomic():
        Material.update(**updates).where(Material.id == material.id).execute()
        audit.record("change", "material", user=user_id, entity_id=material.id, case_id=case_id,
                     field="state", detail=MaterialState.RECEIVED)
    return Material.get_by_id(material.id)


def _rows(query, today: dt.date) -> list[PromiseRow]:
    return [PromiseRow(case_id=m.case.id, case_number=m.case.number, enterprise_name=m.case.enterprise.name,
                       material_code=m.code, material_name=m.name, promised_by=m.promised_by,
                       days_overdue=max(0, (today - m.promised_by).days),
                       contact_name=m.case.contact.name if m.case.contact else "",
                       contact_mobile=m.case.contact.mobile if m.case.contact else "")
            for m in query]


def _promises():
    return (Material.select(Material, Case, Enterprise, Person)
            .join(Case, on=(Material.case == Case.id))
            .join(Enterprise, on=(Case.enterprise == Enterprise.id))
            .switch(Case).join(Person, JOIN.LEFT_OUTER, on=(Case.contact == Person.id), attr="contact")
            .where(Material.state == MaterialState.PROMISED)
            .order_by(Material.promised_by, Case.number, Material.code))


def overdue_promises(today: dt.date | None = None) -> list[PromiseRow]:
    """Promises across all cases whose date has passed without the material being received."""
    today = today or dt.date.today()
    return _rows(_promises().where(Material.promised_by < today), today)


def open_promises(case_id: int | None = None, today: dt.date | None = None) -> list[PromiseRow]:
    """Promises not yet fulfilled, of one case or of all."""
    query = _promises()
    if case_id is not None:
        query = query.where(Material.case == case_id)
    return _rows(query, today or dt.date.today())
