"""The roster over time: a firm is registered on a free seat, may be edited while hosted, moves
out or is deregistered (its seat freed, its history kept), and reports a yearly output value."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import IntegrityError

from app.core import audit
from app.core.errors import Conflict, NotFound, ServiceError, ValidationError
from app.core.models import Organisation, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.incubator.access import readable_incubators, require_manager, require_reader
from plugins.incubator.common import FirmState
from plugins.incubator.links import case_facts, link_intake_cases
from plugins.incubator.models import FirmOutput, HostedFirm, Seat
from plugins.incubator.validation import FirmEntry, check_past_date, clean_firm, parse_amount, validate_output


@dataclass(frozen=True)
class FirmView:
    id: int
    organisation_id: int
    incubator: str
    seat: str
    company_name: str
    legal_rep_name: str
    legal_rep_id: str
    legal_rep_mobile: str
    source_channel: str
    hosted_from: dt.date
    moved_out_on: dt.date | None
    deregistered_on: dt.date | None
    state: str
    notes: str
    version: int
    case_id: int | None = None
    case_number: str = ""
    uscc: str = ""
    licence_date: dt.date | None = None
    latest_output: tuple[int, Decimal] | None = None  # (year, amount)

    @property
    def left_on(self) -> dt.date | None:
        return self.moved_out_on or self.deregistered_on

    def entry(self) -> FirmEntry:
        return FirmEntry(self.company_name, self.legal_rep_name, self.legal_rep_id, self.legal_rep_mobile, self.seat,
                         self.source_channel, self.hosted_from, self.notes)


def seat_lookup(organisation_id: int) -> dict[str, Seat]:
    """The incubator's seats by number."""
    return {s.number: s for s in Seat.select().where(Seat.organisation == organisation_id)}


def occupied_seats(organisation_id: int) -> dict[int, int]:
    """seat id -> the hosted firm on it."""
    rows = HostedFirm.select(HostedFirm.id, HostedFirm.seat).where(
        (HostedFirm.organisation == organisation_id) & (HostedFirm.state == FirmState.HOSTED))
    return {f.seat_id: f.id for f in rows}


def seat_problem(number: str, seats: dict[str, Seat], occupied: dict[int, int], *,
                 firm_id: int | None = None) -> str | None:
    """Why ``number`` cannot take the firm (``firm_id``, when it is already on it): unknown,
    deactivated, or another firm's."""
    seat = seats.get(number)
    if seat is None:
        return translate("incubator", "本机构没有工位 {seat}，请先在“工位”中添加").format(seat=number)
    if not seat.active:
        return translate("incubator", "工位 {seat} 已停用").format(seat=number)
    holder = occupied.get(seat.id)
    if holder is not None and holder != firm_id:
        return translate("incubator", "工位 {seat} 已有在孵企业").format(seat=number)
    return None


def _views(rows, outputs: dict[int, tuple[int, Decimal]] | None = None) -> list[FirmView]:
    rows = list(rows)
    facts = case_facts(f.case_id for f in rows)
    out = []
    for f in rows:
        fact = facts.get(f.case_id)
        out.append(FirmView(
            id=f.id, organisation_id=f.organisation_id, incubator=f.organisation.name, seat=f.seat.number,
            company_name=f.company_name, legal_rep_name=f.legal_rep_name, legal_rep_id=f.legal_rep_id,
            legal_rep_mobile=f.legal_rep_mobile, source_channel=f.source_channel, hosted_from=f.hosted_from,
            moved_out_on=f.moved_out_on, deregistered_on=f.deregistered_on, state=f.state, notes=f.notes,
            version=f.version, case_id=f.case_id, case_number=fact.number if fact else "",
            uscc=fact.uscc if fact else "", licence_date=fact.licence_date if fact else None,
            latest_output=(outputs or {}).get(f.id)))
    return out


def _firms():
    return (HostedFirm.select(HostedFirm, Organisation, Seat)
            .join(Organisation, on=(HostedFirm.organisation == Organisation.id)).switch(HostedFirm)
            .join(Seat, on=(HostedFirm.seat == Seat.id)))


def _latest_outputs(firm_ids: list[int]) -> dict[int, tuple[int, Decimal]]:
    latest: dict[int, tuple[int, Decimal]] = {}
    if firm_ids:
        for o in FirmOutput.select().where(FirmOutput.firm.in_(firm_ids)).order_by(FirmOutput.year):
            latest[o.firm_id] = (o.year, Decimal(o.amount))
    return latest


def list_firms(user: CurrentUser | None, organisation_id: int | None = None, *, state: str | None = None,
               text: str = "") -> list[FirmView]:
    """The roster ``user`` may read (one incubator, or all they may read), newest first; ``text``
    matches the company, the legal representative or the seat."""
    allowed = readable_incubators(user)
    if organisation_id is not None:
        require_reader(user, organisation_id)
    link_intake_cases()
    query = _firms()
    if organisation_id is not None:
        query = query.where(HostedFirm.organisation == organisation_id)
    elif allowed is not None:
        query = query.where(HostedFirm.organisation.in_(allowed))
    if state:
        query = query.where(HostedFirm.state == state)
    text = (text or "").strip()
    if text:
        query = query.where(HostedFirm.company_name.contains(text) | HostedFirm.legal_rep_name.contains(text)
                            | (Seat.number == text.upper()))
    rows = list(query.order_by(HostedFirm.hosted_from.desc(), HostedFirm.id.desc()))
    return _views(rows, _latest_outputs([f.id for f in rows]))


def _firm(firm_id: int) -> HostedFirm:
    firm = _firms().where(HostedFirm.id == firm_id).first()
    if firm is None:
        raise NotFound(translate("incubator", "入驻企业不存在"))
    return firm


def get_firm(firm_id: int, user: CurrentUser | None) -> FirmView:
    firm = _firm(firm_id)
    require_reader(user, firm.organisation_id)
    return _views([firm], _latest_outputs([firm.id]))[0]


def _editable(firm_id: int, user: CurrentUser | None, version: int | None = None) -> HostedFirm:
    firm = _firm(firm_id)
    require_reader(user, firm.organisation_id)  # another incubator's firm does not exist for its staff
    require_manager(user, firm.organisation_id)
    if version is not None and firm.version != version:
        raise Conflict(translate("incubator", "该企业的记录已被他人修改，请刷新后再改"))
    if firm.state != FirmState.HOSTED:
        message = (translate("incubator", "“{name}”已迁出，记录不能再修改") if firm.state == FirmState.MOVED_OUT
                   else translate("incubator", "“{name}”已注销，记录不能再修改"))
        raise ServiceError(message.format(name=firm.company_name))
    return firm


def _name_taken(organisation_id: int, name: str, except_firm: int | None = None) -> bool:
    query = HostedFirm.select().where((HostedFirm.organisation == organisation_id) & (HostedFirm.company_name == name)
                                      & (HostedFirm.state == FirmState.HOSTED))
    if except_firm is not None:
        query = query.where(HostedFirm.id != except_firm)
    return query.exists()


def _checked(organisation_id: int, entry: FirmEntry, today: dt.date, firm_id: int | None = None):
    cleaned = clean_firm(entry, today=today)
    errors = dict(cleaned.errors)
    clean: FirmEntry = cleaned.value
    if "seat" not in errors:
        problem = seat_problem(clean.seat, seat_lookup(organisation_id), occupied_seats(organisation_id),
                               firm_id=firm_id)
        if problem:
            errors["seat"] = problem
    if "company_name" not in errors and _name_taken(organisation_id, clean.company_name, firm_id):
        errors["company_name"] = translate("incubator", "“{name}”已在本机构名册中").format(name=clean.company_name)
    if errors:
        raise ValidationError(errors)
    return clean


def _seat_race() -> ValidationError:
    return ValidationError({"seat": translate("incubator", "该工位刚被其他企业占用，请另选工位")})


def register_firm(organisation_id: int, entry: FirmEntry, user: CurrentUser | None, *,
                  at: dt.datetime | None = None) -> FirmView:
    """Register a hosted firm on a free seat of the incubator."""
    at = at or now()
    require_manager(user, organisation_id)
    clean = _checked(organisation_id, entry, at.date())
    seat = seat_lookup(organisation_id)[clean.seat]
    try:
        with database.atomic():
            firm = HostedFirm.create(
                organisation=organisation_id, seat=seat.id, company_name=clean.company_name,
                legal_rep_name=clean.legal_rep_name, legal_rep_id=clean.legal_rep_id,
                legal_rep_mobile=clean.legal_rep_mobile, source_channel=clean.source_channel,
                hosted_from=clean.hosted_from, notes=clean.notes, state=FirmState.HOSTED, created_at=at, updated_at=at)
            audit.record("create", "hosted_firm", user=user.id, entity_id=firm.id, detail=clean.company_name)
    except IntegrityError:
        raise _seat_race() from None
    return get_firm(firm.id, user)


def update_firm(firm_id: int, entry: FirmEntry, version: int, user: CurrentUser | None, *,
                at: dt.datetime | None = None) -> FirmView:
    """Correct a hosted firm's record (or move it to another free seat) if unchanged since ``version``."""
    at = at or now()
    firm = _editable(firm_id, user, version)
    clean = _checked(firm.organisation_id, entry, at.date(), firm_id=firm.id)
    seat = seat_lookup(firm.organisation_id)[clean.seat]
    try:
        with database.atomic():
            changed = (HostedFirm.update(
                seat=seat.id, company_name=clean.company_name, legal_rep_name=clean.legal_rep_name,
                legal_rep_id=clean.legal_rep_id, legal_rep_mobile=clean.legal_rep_mobile,
                source_channel=clean.source_channel, hosted_from=clean.hosted_from, notes=clean.notes,
                version=HostedFirm.version + 1, updated_at=at)
                .where((HostedFirm.id == firm.id) & (HostedFirm.version == version)).execute())
            if not changed:
                raise Conflict(translate("incubator", "该企业的记录已被他人修改，请刷新后再改"))
            audit.record("change", "hosted_firm", user=user.id, entity_id=firm.id, detail=clean.company_name)
    except IntegrityError:
        raise _seat_race() from None
    return get_firm(firm.id, user)


def _leave(firm_id: int, on: dt.date, version: int, user: CurrentUser | None, state: str,
           at: dt.datetime | None) -> FirmView:
    at = at or now()
    firm = _editable(firm_id, user, version)
    problem = check_past_date(on, today=at.date(), missing=translate("incubator", "请填写日期"))
    if problem is None and on < firm.hosted_from:
        problem = translate("incubator", "日期不能早于入驻日期 {day}").format(day=firm.hosted_from.isoformat())
    if problem:
        raise ValidationError({"date": problem})
    field = HostedFirm.moved_out_on if state == FirmState.MOVED_OUT else HostedFirm.deregistered_on
    with database.atomic():
        changed = (HostedFirm.update({field: on, HostedFirm.state: state, HostedFirm.version: HostedFirm.version + 1,
                                      HostedFirm.updated_at: at})
                   .where((HostedFirm.id == firm.id) & (HostedFirm.version == version)).execute())
        if not changed:
            raise Conflict(translate("incubator", "该企业的记录已被他人修改，请刷新后再改"))
        audit.record("change", "hosted_firm", user=user.id, entity_id=firm.id, field="state", detail=state)
    return get_firm(firm.id, user)


def move_out(firm_id: int, on: dt.date, version: int, user: CurrentUser | None, *,
             at: dt.datetime | None = None) -> FirmView:
    """The firm moved out on ``on``: its seat is free again, its history stays."""
    return _leave(firm_id, on, version, user, FirmState.MOVED_OUT, at)


def deregister(firm_id: int, on: dt.date, version: int, user: CurrentUser | None, *,
               at: dt.datetime | None = None) -> FirmView:
    """The firm was deregistered (注销) on ``on``: its seat is free again, its history stays."""
    return _leave(firm_id, on, version, user, FirmState.DEREGISTERED, at)


# -- output value (产值) -------------------------------------------------------------------------------

def outputs_of(firm_id: int, user: CurrentUser | None) -> list[tuple[int, Decimal]]:
    """(year, amount) of the firm, by year."""
    firm = _firm(firm_id)
    require_reader(user, firm.organisation_id)
    return [(o.year, Decimal(o.amount)) for o in
            FirmOutput.select().where(FirmOutput.firm == firm.id).order_by(FirmOutput.year)]


def set_output(firm_id: int, year, amount, user: CurrentUser | None, *, at: dt.datetime | None = None) -> None:
    """Record (or correct) the firm's output value of ``year``. A firm that moved out keeps its
    past years: they may still be reported for the years it was hosted."""
    at = at or now()
    firm = _firm(firm_id)
    require_reader(user, firm.organisation_id)
    require_manager(user, firm.organisation_id)
    errors = validate_output(year, amount, today=at.date())
    if "year" not in errors and year < firm.hosted_from.year:
        errors["year"] = translate("incubator", "年度不能早于入驻年度 {year}").format(year=firm.hosted_from.year)
    left = firm.moved_out_on or firm.deregistered_on
    if "year" not in errors and left is not None and year > left.year:
        errors["year"] = translate("incubator", "年度不能晚于离开年度 {year}").format(year=left.year)
    if errors:
        raise ValidationError(errors)
    value, _problem = parse_amount(amount)
    with database.atomic():
        (FirmOutput.insert(firm=firm.id, year=year, amount=value, updated_at=at)
         .on_conflict(conflict_target=[FirmOutput.firm, FirmOutput.year],
                      update={FirmOutput.amount: value, FirmOutput.updated_at: at})
         .execute())
        audit.record("change", "firm_output", user=user.id, entity_id=firm.id, field=str(year), detail=str(value))


def delete_output(firm_id: int, year: int, user: CurrentUser | None) -> None:
    firm = _firm(firm_id)
    require_reader(user, firm.organisation_id)
    require_manager(user, firm.organisation_id)
    FirmOutput.delete().where((FirmOutput.firm == firm.id) & (FirmOutput.year == year)).execute()
