"""The tax office's figures for a period (Qt-free; the reports lay them out): registrations by
taxpayer category, the first invoices granted by kind, and the time the tax step took.

Every function takes the period's first and last day (inclusive) and an organisation id (None:
every tax office); the caller has already narrowed it to what the user may see
(``step_work.report_organisation``).
"""
from __future__ import annotations

import datetime as dt
import math
import statistics as stats
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from peewee import JOIN

from app.core import step_work
from app.core.calendar import WorkingCalendar, current_calendar
from app.core.models import Case, Enterprise, Organisation, StepEvent
from plugins.tax import catalogue as cat
from plugins.tax.models import InvoiceGrant, TaxRegistration

#: events that stop a step's clock, and those that start it again
PAUSE_EVENTS = ("held", "returned")
RESUME_EVENTS = ("resumed", "resubmitted")


# -- registrations ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegistrationRow:
    confirmed_at: dt.datetime
    case_number: str
    enterprise_name: str
    taxpayer_id: str
    category: str
    device: str
    invoice_kinds: tuple[str, ...]
    officer_name: str
    organisation: str


@dataclass(frozen=True)
class CategoryRow:
    category: str
    registrations: int
    with_ukey: int
    with_invoices: int


@dataclass
class RegistrationStats:
    rows: list[RegistrationRow]
    by_category: list[CategoryRow]
    by_day: list[tuple[dt.date, int]]

    @property
    def total(self) -> int:
        return len(self.rows)


def _registrations(date_from: dt.date, date_to: dt.date, organisation_id: int | None):
    start, end = step_work.period_bounds(date_from, date_to)
    query = (TaxRegistration.select(TaxRegistration, Case, Organisation).join(Case).switch(TaxRegistration)
             .join(Organisation, JOIN.LEFT_OUTER, on=(TaxRegistration.organisation == Organisation.id))
             .where((TaxRegistration.confirmed_at >= start) & (TaxRegistration.confirmed_at < end)))
    if organisation_id is not None:
        query = query.where(TaxRegistration.organisation == organisation_id)
    return query.order_by(TaxRegistration.confirmed_at, TaxRegistration.id)


def _grants_of(registration_ids: list[int]) -> dict[int, list[InvoiceGrant]]:
    grants: dict[int, list[InvoiceGrant]] = defaultdict(list)
    if registration_ids:
        for grant in InvoiceGrant.select().where(InvoiceGrant.registration.in_(registration_ids)):
            grants[grant.registration_id].append(grant)
    return grants


def _org_name(registration: TaxRegistration) -> str:
    org = getattr(registration, "organisation", None) if registration.organisation_id else None
    return org.name if org is not None else ""


def registration_stats(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> RegistrationStats:
    """The registrations confirmed in the period: each one, and their count by category and by day."""
    registrations = list(_registrations(date_from, date_to, organisation_id))
    grants = _grants_of([r.id for r in registrations])
    kinds_order = [k.code for k in cat.INVOICE_KINDS]
    rows = [RegistrationRow(
        confirmed_at=r.confirmed_at, case_number=r.case.number, enterprise_name=r.enterprise_name,
        taxpayer_id=r.taxpayer_id, category=r.category, device=r.device,
        invoice_kinds=tuple(sorted((g.kind for g in grants[r.id]), key=kinds_order.index)),
        officer_name=r.officer_name, organisation=_org_name(r)) for r in registrations]
    by_category = []
    for code in cat.CATEGORIES:
        mine = [row for row in rows if row.category == code]
        by_category.append(CategoryRow(code, len(mine), sum(1 for row in mine if row.device == cat.DEVICE_UKEY),
                                       sum(1 for row in mine if row.invoice_kinds)))
    per_day = Counter(row.confirmed_at.date() for row in rows)
    days = [date_from + dt.timedelta(days=i) for i in range((date_to - date_from).days + 1)]
    return RegistrationStats(rows=rows, by_category=by_category, by_day=[(d, per_day.get(d, 0)) for d in days])


# -- first invoices granted ------------------------------------------------------------------------

@dataclass(frozen=True)
class KindRow:
    kind: str
    registrations: int      # taxpayers granted this kind
    quantity: int | None    # invoices a month in all (paper kinds; None for a quota)
    total_amount: int       # what they may invoice in all, CNY


@dataclass(frozen=True)
class GrantRow:
    confirmed_at: dt.datetime
    case_number: str
    enterprise_name: str
    taxpayer_id: str
    category: str
    kind: str
    quantity: int | None
    max_amount: int | None
    total_amount: int


@dataclass
class InvoiceStats:
    by_kind: list[KindRow]
    rows: list[GrantRow]
    registrations: int        # registrations confirmed in the period
    with_invoices: int        # ... of which were granted any invoices

    @property
    def total_amount(self) -> int:
        return sum(row.total_amount for row in self.by_kind)


def invoice_stats(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> InvoiceStats:
    """The first invoices granted with the registrations confirmed in the period, by kind."""
    registrations = list(_registrations(date_from, date_to, organisation_id))
    grants = _grants_of([r.id for r in registrations])
    rows: list[GrantRow] = []
    kinds_order = [k.code for k in cat.INVOICE_KINDS]
    for r in registrations:
        for g in sorted(grants[r.id], key=lambda g: kinds_order.index(g.kind)):
            rows.append(GrantRow(r.confirmed_at, r.case.number, r.enterprise_name, r.taxpayer_id, r.category,
                                 g.kind, g.quantity, g.max_amount, g.total_amount))
    by_kind = []
    for kind in cat.INVOICE_KINDS:
        mine = [row for row in rows if row.kind == kind.code]
        by_kind.append(KindRow(kind.code, len(mine), sum(row.quantity or 0 for row in mine) if kind.paper else None,
                               sum(row.total_amount for row in mine)))
    return InvoiceStats(by_kind=by_kind, rows=rows, registrations=len(registrations),
                        with_invoices=sum(1 for r in registrations if grants[r.id]))


# -- time per step -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class StepTime:
    """One completed step: working minutes from ready to done, less the time its clock was stopped."""
    step_id: int
    case_number: str
    enterprise_name: str
    organisation: str
    ready_at: dt.datetime
    completed_at: dt.datetime
    elapsed_minutes: float
    paused_minutes: float
    limit_minutes: int | None

    @property
    def handling_minutes(self) -> float:
        return max(self.elapsed_minutes - self.paused_minutes, 0.0)

    @property
    def on_time(self) -> bool:
        return self.limit_minutes is None or self.handling_minutes <= self.limit_minutes


@dataclass(frozen=True)
class TimeSummary:
    label: str
    count: int
    median: float | None
    p90: float | None
    on_time: int
    limit_minutes: int | None

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.count if self.count else None


@dataclass
class StepTimeStats:
    step_type: str
    rows: list[StepTime]
    overall: TimeSummary
    by_organisation: list[TimeSummary] = field(default_factory=list)
    buckets: list[tuple[float | None, int]] = field(default_factory=list)


def median(values: list[float]) -> float | None:
    return float(stats.median(values)) if values else None


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile: the smallest value with at least ``share`` of the values at or
    below it (p90 of ten values is the ninth smallest)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


def _paused_minutes(events: list[StepEvent], calendar: WorkingCalendar, until: dt.datetime) -> float:
    """Working minutes the clock stood still: from a hold or a return to the resumption."""
    paused, since = dt.timedelta(), None
    for event in events:
        if event.event in PAUSE_EVENTS and since is None:
            since = event.at
        elif event.event in RESUME_EVENTS and since is not None:
            paused += calendar.working_time_between(since, event.at)
            since = None
    if since is not None:  # completed without a recorded resumption
        paused += calendar.working_time_between(since, until)
    return paused.total_seconds() / 60


def summarise(label: str, rows: list[StepTime], limit_minutes: int | None) -> TimeSummary:
    minutes = [row.handling_minutes for row in rows]
    return TimeSummary(label=label, count=len(rows), median=median(minutes), p90=percentile(minutes, 0.9),
                       on_time=sum(1 for row in rows if row.on_time), limit_minutes=limit_minutes)


def _buckets(rows: list[StepTime], limit: int) -> list[tuple[float | None, int]]:
    """How many steps took up to a third of the limit, two thirds, the whole limit, twice it, and
    more: (upper bound in minutes, None for the last, open bucket; count)."""
    edges: list[float | None] = [limit / 3, limit * 2 / 3, limit, limit * 2, None]
    counts = [0] * len(edges)
    for row in rows:
        counts[next(i for i, edge in enumerate(edges) if edge is None or row.handling_minutes <= edge)] += 1
    return list(zip(edges, counts))


def step_time_stats(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None, *,
                    step_type: str = cat.STEP_TYPE, default_limit: int | None = None,
                    calendar: WorkingCalendar | None = None) -> StepTimeStats:
    """The steps of ``step_type`` completed in the period: each one's handling time in working
    minutes, and count / median / p90 / on time against its time limit, overall and per office."""
    calendar = calendar or current_calendar()
    steps = list(step_work.completed_steps(step_type, date_from, date_to, organisation_id)
                 .select_extend(Enterprise).switch(Case).join(Enterprise))
    events: dict[int, list[StepEvent]] = defaultdict(list)
    if steps:
        for event in (StepEvent.select().where(StepEvent.step.in_([s.id for s in steps])
                                              & StepEvent.event.in_(PAUSE_EVENTS + RESUME_EVENTS))
                      .order_by(StepEvent.at, StepEvent.id)):
            events[event.step_id].append(event)
    rows = []
    for s in steps:
        ready = s.ready_at or s.completed_at
        org = s.organisation if s.organisation_id else None
        rows.append(StepTime(
            step_id=s.id, case_number=s.case.number, enterprise_name=s.case.enterprise.name,
            organisation=org.name if org is not None else "", ready_at=ready, completed_at=s.completed_at,
            elapsed_minutes=calendar.working_time_between(ready, s.completed_at).total_seconds() / 60,
            paused_minutes=_paused_minutes(events[s.id], calendar, s.completed_at),
            limit_minutes=s.time_limit if s.time_limit is not None else default_limit))
    limits = {row.limit_minutes for row in rows if row.limit_minutes is not None}
    limit = max(limits) if limits else default_limit
    by_org: dict[str, list[StepTime]] = defaultdict(list)
    for row in rows:
        by_org[row.organisation].append(row)
    return StepTimeStats(
        step_type=step_type, rows=rows, overall=summarise("", rows, limit),
        by_organisation=[summarise(name, mine, limit) for name, mine in sorted(by_org.items())],
        buckets=_buckets(rows, limit) if limit else [])


__all__ = ["registration_stats", "invoice_stats", "step_time_stats", "median", "percentile", "RegistrationStats",
           "InvoiceStats", "StepTimeStats", "StepTime", "TimeSummary"]
