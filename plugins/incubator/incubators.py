"""An incubator's profile (what it offers, the rent its firms save) and its seats (工位)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from app.core.errors import Conflict, NotFound, ServiceError, ValidationError
from app.core.models import Department, Organisation, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.incubator.access import readable_incubators, require_manager, require_reader
from plugins.incubator.common import DEFAULT_YEARLY_RENT, DEPARTMENT, FirmState
from plugins.incubator.models import HostedFirm, IncubatorProfile, Seat
from plugins.incubator.validation import ProfileEntry, parse_amount, validate_profile, validate_seat

MAX_SEATS_AT_ONCE = 500


@dataclass(frozen=True)
class IncubatorView:
    id: int
    name: str
    address: str
    phone: str
    area_code: str
    operator: str
    manager: str
    manager_phone: str
    services: str
    fees: tuple[tuple[str, str], ...]
    yearly_rent: Decimal
    version: int  # 0 while the incubator has no profile yet


@dataclass(frozen=True)
class SeatView:
    id: int
    number: str
    note: str
    active: bool
    firm_id: int | None  # the hosted firm on it, if any
    firm_name: str


def list_incubators(user: CurrentUser | None, *, for_intake: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the incubators ``user`` may read, by name."""
    allowed = readable_incubators(user, for_intake=for_intake)
    query = (Organisation.select(Organisation.id, Organisation.name).join(Department)
             .where((Department.code == DEPARTMENT) & (Organisation.active == True)))  # noqa: E712
    if allowed is not None:
        query = query.where(Organisation.id.in_(allowed))
    return [(o.id, o.name) for o in query.order_by(Organisation.name)]


def _view(org: Organisation, profile: IncubatorProfile | None) -> IncubatorView:
    fees = tuple((str(f.get("service", "")), str(f.get("fee", ""))) for f in (profile.fees or [])) if profile else ()
    return IncubatorView(
        id=org.id, name=org.name, address=org.address, phone=org.phone, area_code=org.area_code,
        operator=profile.operator if profile else "", manager=profile.manager if profile else "",
        manager_phone=profile.manager_phone if profile else "", services=profile.services if profile else "",
        fees=fees, yearly_rent=Decimal(profile.yearly_rent) if profile else DEFAULT_YEARLY_RENT,
        version=profile.version if profile else 0)


def get_profile(organisation_id: int, user: CurrentUser | None) -> IncubatorView:
    org = require_reader(user, organisation_id)
    return _view(org, IncubatorProfile.get_or_none(IncubatorProfile.organisation == org.id))


def yearly_rents() -> dict[int, Decimal]:
    """Each incubator's yearly rent per firm (the default for those without a profile)."""
    return {p.organisation_id: Decimal(p.yearly_rent) for p in IncubatorProfile.select()}


def save_profile(organisation_id: int, user: CurrentUser | None, entry: ProfileEntry, version: int, *,
                 at: dt.datetime | None = None) -> IncubatorView:
    """Store the profile (and the incubator's address) if nobody changed it since ``version``."""
    at = at or now()
    org = require_manager(user, organisation_id)
    errors = validate_profile(entry)
    if errors:
        raise ValidationError(errors)
    rent, _problem = parse_amount(entry.yearly_rent)
    values = {"operator": entry.operator.strip(), "manager": entry.manager.strip(),
              "manager_phone": entry.manager_phone.strip(), "services": entry.services.strip(),
              "fees": [{"service": s.strip(), "fee": f.strip()} for s, f in entry.fees], "yearly_rent": rent,
              "updated_at": at}
    stale = Conflict(translate("incubator", "机构信息已被他人修改，请重新打开后再改"))
    with database.atomic():
        if version == 0:
            if IncubatorProfile.select().where(IncubatorProfile.organisation == org.id).exists():
                raise stale
            IncubatorProfile.create(organisation=org.id, version=1, **values)
        else:
            changed = (IncubatorProfile.update(version=IncubatorProfile.version + 1, **values)
                       .where((IncubatorProfile.organisation == org.id) & (IncubatorProfile.version == version))
                       .execute())
            if not changed:
                raise stale
        Organisation.update(address=entry.address.strip()).where(Organisation.id == org.id).execute()
    return get_profile(org.id, user)


# -- seats --------------------------------------------------------------------------------------------

def list_seats(organisation_id: int, user: CurrentUser | None) -> list[SeatView]:
    """Every seat of the incubator with the firm hosted on it, by number."""
    org = require_reader(user, organisation_id)
    query = (Seat.select(Seat, HostedFirm.id.alias("firm_id"), HostedFirm.company_name.alias("firm_name"))
             .join(HostedFirm, JOIN.LEFT_OUTER,
                   on=((HostedFirm.seat == Seat.id) & (HostedFirm.state == FirmState.HOSTED)))
             .where(Seat.organisation == org.id).order_by(Seat.number).objects())
    return [SeatView(s.id, s.number, s.note, s.active, s.firm_id, s.firm_name or "") for s in query]


def free_seat_numbers(organisation_id: int, user: CurrentUser | None) -> list[str]:
    return [s.number for s in list_seats(organisation_id, user) if s.active and s.firm_id is None]


def seat_range(prefix: str, first: int, last: int, width: int = 3) -> list[str]:
    """Seat numbers ``prefix`` + ``first``..``last`` padded to ``width`` digits: ("A-", 1, 3) ->
    A-001, A-002, A-003."""
    if first > last:
        return []
    return [f"{prefix.strip().upper()}{n:0{width}d}" for n in range(first, last + 1)]


def add_seats(organisation_id: int, user: CurrentUser | None, numbers: list[str], note: str = "") -> int:
    """Add seats; refuses (adding none) when a number is invalid, repeated or already there."""
    org = require_manager(user, organisation_id)
    numbers = [n.strip().upper() for n in numbers]
    if not numbers:
        raise ValidationError({"number": translate("incubator", "请填写工位号")})
    if len(numbers) > MAX_SEATS_AT_ONCE:
        raise ValidationError({"number": translate("incubator", "一次最多添加 {n} 个工位").format(n=MAX_SEATS_AT_ONCE)})
    for number in numbers:
        errors = validate_seat(number, note)
        if errors:
            raise ValidationError(errors)
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    existing = [s.number for s in Seat.select(Seat.number).where(
        (Seat.organisation == org.id) & (Seat.number.in_(numbers)))]
    if repeated or existing:
        raise ValidationError({"number": translate("incubator", "工位号已存在：{numbers}").format(
            numbers="、".join(sorted(set(repeated) | set(existing))[:10]))})
    with database.atomic():
        Seat.insert_many([{"organisation": org.id, "number": n, "note": note.strip(), "active": True}
                          for n in numbers]).execute()
    return len(numbers)


def _seat(seat_id: int, user: CurrentUser | None) -> Seat:
    seat = Seat.get_or_none(Seat.id == seat_id)
    if seat is None:
        raise NotFound(translate("incubator", "工位不存在"))
    require_manager(user, seat.organisation_id)
    return seat


def _occupied(seat_id: int) -> bool:
    return HostedFirm.select().where((HostedFirm.seat == seat_id) & (HostedFirm.state == FirmState.HOSTED)).exists()


def update_seat(seat_id: int, user: CurrentUser | None, *, note: str, active: bool) -> None:
    seat = _seat(seat_id, user)
    errors = validate_seat(seat.number, note)
    if errors:
        raise ValidationError(errors)
    if not active and _occupied(seat.id):
        raise ServiceError(translate("incubator", "工位 {seat} 上有在孵企业，不能停用").format(seat=seat.number))
    Seat.update(note=note.strip(), active=active).where(Seat.id == seat.id).execute()


def remove_seat(seat_id: int, user: CurrentUser | None) -> None:
    """Delete a seat no firm was ever registered on (one with a history can only be deactivated)."""
    seat = _seat(seat_id, user)
    used = HostedFirm.select(fn.COUNT(HostedFirm.id)).where(HostedFirm.seat == seat.id).scalar()
    if used:
        raise ServiceError(translate("incubator", "工位 {seat} 已有入驻记录，不能删除，可以停用").format(seat=seat.number))
    Seat.delete().where(Seat.id == seat.id).execute()
