"""The seal reports' figures (data only, Qt-free): the daily engraving list per company and day,
and the subsidy statement (free sets x unit price per company per month). Both count completed
work: the seal sets recorded when their steps were completed, by completion time."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN

from app.core.carriers import carrier_title
from app.core.models import Case, Enterprise, Organisation, Step
from app.core.step_work import completed_steps, period_bounds
from app.i18n import translate
from plugins.seal.catalogue import GOVERNMENT, MAIL, STEP_TYPE, kind_title, method_title
from plugins.seal.models import SealItem, SealOrder

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class EngravingRow:
    """One completed case of the daily list."""
    day: dt.date
    company: str
    case_number: str
    enterprise: str
    completed_at: dt.datetime
    seals: tuple[str, ...]  # seal titles, in the set's order
    filing_numbers: tuple[str, ...]  # in the same order
    handover: str
    free_seals: int
    paid_seals: int


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    company: str
    cases: int
    seals: int
    free_seals: int
    paid_seals: int


@dataclass(frozen=True)
class SubsidyRow:
    month: str  # 2026-03
    company: str
    sets: int
    unit_price: Decimal | None  # None: the company had no unit price when these sets were completed
    amount: Decimal


@dataclass(frozen=True)
class SubsidyStatement:
    rows: tuple[SubsidyRow, ...]
    total_sets: int
    total_amount: Decimal
    unpriced_sets: int
    sets_by_company: tuple[tuple[str, int], ...] = field(default_factory=tuple)


def handover_text(order: SealOrder) -> str:
    """``现场领取 · 张伟`` or ``免费寄递 · 中国邮政 EMS 1100123456789``."""
    if order.method == MAIL:
        return f"{method_title(MAIL)} · {carrier_title(order.carrier)} {order.waybill_no}"
    return f"{method_title(order.method)} · {order.recipient_name}"


def _items_by_order(order_ids: list[int]) -> dict[int, list[SealItem]]:
    items: dict[int, list[SealItem]] = defaultdict(list)
    if order_ids:
        for item in (SealItem.select().where(SealItem.seal_order.in_(order_ids))
                     .order_by(SealItem.seal_order, SealItem.position)):
            items[item.seal_order_id].append(item)
    return items


def _order_of(step) -> SealOrder | None:
    order = getattr(step, "seal_order", None)
    return order if order is not None and order.id is not None else None


def engraving_rows(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> list[EngravingRow]:
    """Every seal step completed in the period (at one company or all), by company, day and time.
    A step completed without a recorded set is listed with no seals."""
    query = (completed_steps(STEP_TYPE, date_from, date_to, organisation_id)
             .join_from(Case, Enterprise)
             .join_from(Step, SealOrder, JOIN.LEFT_OUTER, on=(SealOrder.step == Step.id), attr="seal_order")
             .select_extend(Enterprise, SealOrder))
    steps = list(query)
    items = _items_by_order([order.id for order in map(_order_of, steps) if order is not None])
    rows = []
    for step in steps:
        order = _order_of(step)
        seals = items.get(order.id, []) if order is not None else []
        free = sum(1 for item in seals if item.paid_by == GOVERNMENT)
        rows.append(EngravingRow(
            day=step.completed_at.date(), company=step.organisation.name if step.organisation_id else "—",
            case_number=step.case.number, enterprise=step.case.enterprise.name, completed_at=step.completed_at,
            seals=tuple(kind_title(item.kind) for item in seals), filing_numbers=tuple(i.filing_no for i in seals),
            handover=handover_text(order) if order is not None else "—", free_seals=free,
            paid_seals=len(seals) - free))
    rows.sort(key=lambda r: (r.company, r.day, r.completed_at, r.case_number))
    return rows


def day_summaries(rows: list[EngravingRow]) -> list[DaySummary]:
    """The daily list's totals per company and day, in the rows' order."""
    groups: dict[tuple[str, dt.date], list[EngravingRow]] = {}
    for row in rows:
        groups.setdefault((row.company, row.day), []).append(row)
    return [DaySummary(day=day, company=company, cases=len(group), seals=sum(len(r.seals) for r in group),
                       free_seals=sum(r.free_seals for r in group), paid_seals=sum(r.paid_seals for r in group))
            for (company, day), group in groups.items()]


def subsidy_statement(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> SubsidyStatement:
    """Free sets completed in the period, per month, company and unit price (a price changed in
    the middle of a month gives the month two rows): sets x unit price = amount."""
    start, end = period_bounds(date_from, date_to)
    query = (SealOrder.select(SealOrder.completed_at, SealOrder.unit_price, Organisation.name)
             .join(Organisation, JOIN.LEFT_OUTER, on=(SealOrder.organisation == Organisation.id))
             .where((SealOrder.free_set == True) & (SealOrder.completed_at >= start)  # noqa: E712
                    & (SealOrder.completed_at < end)))
    if organisation_id is not None:
        query = query.where(SealOrder.organisation == organisation_id)
    counts: dict[tuple[str, str, Decimal | None], int] = defaultdict(int)
    for completed_at, unit_price, company in query.tuples():
        price = Decimal(unit_price).quantize(Decimal("0.01")) if unit_price is not None else None
        counts[(f"{completed_at:%Y-%m}", company or "—", price)] += 1
    rows = []
    for (month, company, price), sets in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1],
                                                                                kv[0][2] is None, kv[0][2] or ZERO)):
        amount = (price * sets).quantize(Decimal("0.01")) if price is not None else ZERO
        rows.append(SubsidyRow(month=month, company=company, sets=sets, unit_price=price, amount=amount))
    by_company: dict[str, int] = defaultdict(int)
    for row in rows:
        by_company[row.company] += row.sets
    return SubsidyStatement(rows=tuple(rows), total_sets=sum(r.sets for r in rows),
                            total_amount=sum((r.amount for r in rows), ZERO),
                            unpriced_sets=sum(r.sets for r in rows if r.unit_price is None),
                            sets_by_company=tuple(sorted(by_company.items())))


def unpriced_note(statement: SubsidyStatement) -> str:
    if not statement.unpriced_sets:
        return ""
    return translate("seal", "其中 {n} 套办结时该刻章企业尚未设置免费套章单价，金额暂按 0 元计，请核实后另行结算。").format(
        n=statement.unpriced_sets)


__all__ = ["EngravingRow", "DaySummary", "SubsidyRow", "SubsidyStatement", "engraving_rows", "day_summaries",
           "subsidy_statement", "handover_text", "unpriced_note"]
