"""The park-wide figures (data only, no drawing): seat occupancy and the roster on a day, output
value this year against last year, rent saved, firms by the channel that brought them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from app.core.models import Department, Organisation
from plugins.incubator.common import CHANNELS, DEFAULT_YEARLY_RENT, DEPARTMENT
from plugins.incubator.links import case_facts, link_intake_cases
from plugins.incubator.models import FirmOutput, HostedFirm, Seat


def _incubators(organisation_id: int | None) -> list[Organisation]:
    query = Organisation.select().join(Department).where(Department.code == DEPARTMENT)
    if organisation_id is not None:
        query = query.where(Organisation.id == organisation_id)
    return list(query.order_by(Organisation.name))


def hosted_on(day: dt.date):
    """Firms hosted at the end of ``day``: arrived by then, not yet gone."""
    return ((HostedFirm.hosted_from <= day)
            & (HostedFirm.moved_out_on.is_null() | (HostedFirm.moved_out_on > day))
            & (HostedFirm.deregistered_on.is_null() | (HostedFirm.deregistered_on > day)))


def hosted_during(date_from: dt.date, date_to: dt.date):
    """Firms hosted at some time in the period."""
    return ((HostedFirm.hosted_from <= date_to)
            & (HostedFirm.moved_out_on.is_null() | (HostedFirm.moved_out_on >= date_from))
            & (HostedFirm.deregistered_on.is_null() | (HostedFirm.deregistered_on >= date_from)))


def ratio(part, whole) -> Decimal | None:
    """part / whole rounded to four places (a share: 0.5833 is 58.33 %), None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


# -- occupancy and roster ---------------------------------------------------------------------------

@dataclass(frozen=True)
class OccupancyRow:
    incubator: str
    seats: int  # active seats
    occupied: int
    free: int
    rate: Decimal | None


def occupancy(day: dt.date, organisation_id: int | None = None) -> list[OccupancyRow]:
    """Per incubator: its active seats and how many hold a firm at the end of ``day``."""
    rows = []
    for org in _incubators(organisation_id):
        seats = Seat.select().where((Seat.organisation == org.id) & (Seat.active == True)).count()  # noqa: E712
        occupied = (HostedFirm.select(fn.COUNT(fn.DISTINCT(HostedFirm.seat)))
                    .where((HostedFirm.organisation == org.id) & hosted_on(day)).scalar() or 0)
        rows.append(OccupancyRow(org.name, seats, occupied, max(seats - occupied, 0), ratio(occupied, seats)))
    return rows


def occupancy_total(rows: list[OccupancyRow]) -> OccupancyRow:
    seats, occupied = sum(r.seats for r in rows), sum(r.occupied for r in rows)
    return OccupancyRow("", seats, occupied, sum(r.free for r in rows), ratio(occupied, seats))


@dataclass(frozen=True)
class RosterRow:
    incubator: str
    company_name: str
    legal_rep_name: str
    seat: str
    channel: str
    hosted_from: dt.date
    state: str
    left_on: dt.date | None
    uscc: str
    licence_date: dt.date | None


def roster(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> list[RosterRow]:
    """The firms hosted at some time in the period, by incubator and seat; their state as it is now."""
    link_intake_cases()
    query = (HostedFirm.select(HostedFirm, Organisation, Seat)
             .join(Organisation, on=(HostedFirm.organisation == Organisation.id)).switch(HostedFirm)
             .join(Seat, on=(HostedFirm.seat == Seat.id)).where(hosted_during(date_from, date_to)))
    if organisation_id is not None:
        query = query.where(HostedFirm.organisation == organisation_id)
    firms = list(query.order_by(Organisation.name, Seat.number, HostedFirm.hosted_from))
    facts = case_facts(f.case_id for f in firms)
    out = []
    for f in firms:
        fact = facts.get(f.case_id)
        out.append(RosterRow(f.organisation.name, f.company_name, f.legal_rep_name, f.seat.number,
                             f.source_channel, f.hosted_from, f.state, f.moved_out_on or f.deregistered_on,
                             fact.uscc if fact else "", fact.licence_date if fact else None))
    return out


# -- output value -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OutputRow:
    name: str  # the incubator, or the firm
    incubator: str
    firms: int  # firms with a figure for either year
    last_year: Decimal | None  # None: a firm that reported nothing for the year
    this_year: Decimal | None
    growth: Decimal | None  # (this - last) / last, None when either is missing or last year is 0


def _output_row(name: str, incubator: str, firms: int, last: Decimal | None, this: Decimal | None) -> OutputRow:
    growth = ratio(this - last, last) if last and this is not None else None
    return OutputRow(name, incubator, firms, last, this, growth)


def _amounts(year: int, organisation_id: int | None):
    query = (FirmOutput.select(FirmOutput, HostedFirm, Organisation)
             .join(HostedFirm, on=(FirmOutput.firm == HostedFirm.id))
             .join(Organisation, on=(HostedFirm.organisation == Organisation.id))
             .where(FirmOutput.year.in_([year - 1, year])))
    if organisation_id is not None:
        query = query.where(HostedFirm.organisation == organisation_id)
    return query


def output_by_incubator(year: int, organisation_id: int | None = None) -> list[OutputRow]:
    """Per incubator: the output of ``year - 1`` and of ``year`` of its firms, and the growth."""
    sums: dict[str, list] = {org.name: [Decimal(0), Decimal(0), set()] for org in _incubators(organisation_id)}
    for out in _amounts(year, organisation_id):
        entry = sums.setdefault(out.firm.organisation.name, [Decimal(0), Decimal(0), set()])
        entry[0 if out.year == year - 1 else 1] += Decimal(out.amount)
        entry[2].add(out.firm_id)
    return [_output_row(name, name, len(firms), last, this) for name, (last, this, firms) in sums.items()]


def output_total(rows: list[OutputRow]) -> OutputRow:
    return _output_row("", "", sum(r.firms for r in rows), sum((r.last_year or 0 for r in rows), Decimal(0)),
                       sum((r.this_year or 0 for r in rows), Decimal(0)))


def output_by_firm(year: int, organisation_id: int | None = None) -> list[OutputRow]:
    """Per firm with a figure for either year: both years (None where it reported nothing) and the
    growth, by incubator and name."""
    firms: dict[int, dict] = {}
    for out in _amounts(year, organisation_id):
        entry = firms.setdefault(out.firm_id, {"name": out.firm.company_name,
                                               "incubator": out.firm.organisation.name})
        entry[out.year] = Decimal(out.amount)
    rows = [_output_row(f["name"], f["incubator"], 1, f.get(year - 1), f.get(year)) for f in firms.values()]
    return sorted(rows, key=lambda r: (r.incubator, r.name))


# -- rent saved ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RentRow:
    incubator: str
    firms: int  # hosted at the end of the day
    yearly_rent: Decimal  # per firm
    saved: Decimal  # per year


def rent_saved(day: dt.date, organisation_id: int | None = None) -> list[RentRow]:
    """Per incubator: the firms hosted at the end of ``day`` times the yearly rent each would pay
    for premises of its own (the incubator's setting, 30,000 CNY by default)."""
    from plugins.incubator.incubators import yearly_rents

    rents = yearly_rents()
    rows = []
    for org in _incubators(organisation_id):
        firms = HostedFirm.select().where((HostedFirm.organisation == org.id) & hosted_on(day)).count()
        rent = rents.get(org.id, DEFAULT_YEARLY_RENT)
        rows.append(RentRow(org.name, firms, rent, (rent * firms).quantize(Decimal("0.01"))))
    return rows


# -- channels -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChannelRow:
    channel: str  # the code
    firms: int
    share: Decimal | None


def by_channel(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> list[ChannelRow]:
    """How the firms hosted in the period found their incubator, in the fixed channel order."""
    query = HostedFirm.select(HostedFirm.source_channel).where(hosted_during(date_from, date_to))
    if organisation_id is not None:
        query = query.where(HostedFirm.organisation == organisation_id)
    counts = Counter(f.source_channel for f in query)
    total = sum(counts.values())
    return [ChannelRow(code, counts.get(code, 0), ratio(counts.get(code, 0), total)) for code in CHANNELS]


__all__ = ["occupancy", "occupancy_total", "roster", "output_by_incubator", "output_total", "output_by_firm",
           "rent_saved", "by_channel", "hosted_on", "hosted_during", "ratio"]
