"""The bank reports' figures, from the account records (Qt-free, no drawing): the accounts opened
per branch in a period, and the working time from the licence to the account per case with the
median and 90th percentile per branch."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import JOIN

from app.core.calendar import WorkingCalendar, working_minutes_between
from app.core.models import Case, Enterprise, Organisation, Step, User
from app.core.step_work import period_bounds
from plugins.bank.common import PASSED_WITH_NOTES
from plugins.bank.models import BankAccountRecord
from plugins.bank.validation import mask_account


@dataclass(frozen=True)
class AccountLine:
    """One account opened in the period."""
    case_number: str
    enterprise: str
    organisation_id: int
    branch: str
    account_masked: str
    opened_on: dt.date
    opened_at: dt.datetime
    due_diligence: str
    handler: str
    licence_at: dt.datetime | None
    due_at: dt.datetime | None


def account_lines(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> list[AccountLine]:
    """The accounts whose bank step was completed from ``date_from`` to ``date_to`` (inclusive),
    of one branch or of all, in the order they were opened."""
    start, end = period_bounds(date_from, date_to)
    query = (BankAccountRecord
             .select(BankAccountRecord.organisation, BankAccountRecord.account_number, BankAccountRecord.opened_on,
                     BankAccountRecord.due_diligence, BankAccountRecord.licence_at, BankAccountRecord.opened_at,
                     Step.due_at, Case.number, Enterprise.name, Organisation.name, User.display_name)
             .join(Step, on=(BankAccountRecord.step == Step.id)).switch(BankAccountRecord)
             .join(Case, on=(BankAccountRecord.case == Case.id)).join(Enterprise).switch(BankAccountRecord)
             .join(Organisation, on=(BankAccountRecord.organisation == Organisation.id)).switch(BankAccountRecord)
             .join(User, JOIN.LEFT_OUTER, on=(BankAccountRecord.opened_by == User.id))
             .where((BankAccountRecord.opened_at >= start) & (BankAccountRecord.opened_at < end)))
    if organisation_id is not None:
        query = query.where(BankAccountRecord.organisation == organisation_id)
    lines = []
    for (org_id, number, opened_on, result, licence_at, opened_at, due_at, case_number, enterprise, branch,
         handler) in query.order_by(BankAccountRecord.opened_at, BankAccountRecord.id).tuples():
        lines.append(AccountLine(case_number=case_number, enterprise=enterprise, organisation_id=org_id,
                                 branch=branch, account_masked=mask_account(number), opened_on=_as_date(opened_on),
                                 opened_at=_as_datetime(opened_at), due_diligence=result, handler=handler or "",
                                 licence_at=_as_datetime(licence_at), due_at=_as_datetime(due_at)))
    return lines


def _as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# -- accounts opened per branch --------------------------------------------------------------------

@dataclass(frozen=True)
class BranchCount:
    organisation_id: int
    branch: str
    accounts: int
    with_notes: int  # due diligence passed with notes


def accounts_per_branch(lines: Sequence[AccountLine], branches: Sequence[tuple[int, str]]) -> list[BranchCount]:
    """One row per branch of ``branches`` (id, name), those without accounts included, then any
    branch of ``lines`` not among them."""
    rows = {org_id: [name, 0, 0] for org_id, name in branches}
    for line in lines:
        row = rows.setdefault(line.organisation_id, [line.branch, 0, 0])
        row[1] += 1
        row[2] += line.due_diligence == PASSED_WITH_NOTES
    return [BranchCount(org_id, name, count, notes) for org_id, (name, count, notes) in rows.items()]


# -- licence to account ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Duration:
    line: AccountLine
    minutes: int  # working minutes from the licence to the account
    on_time: bool  # the step was completed by its deadline

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


def durations(lines: Sequence[AccountLine], calendar: WorkingCalendar | None = None) -> list[Duration]:
    """The working time of each account whose licence time is known."""
    out = []
    for line in lines:
        if line.licence_at is None:
            continue
        minutes = max(0, working_minutes_between(line.licence_at, line.opened_at, calendar))
        out.append(Duration(line, minutes, line.due_at is None or line.opened_at <= line.due_at))
    return out


def median(values: Sequence[float]) -> float | None:
    """The middle value; the mean of the two middle ones for an even count; None for none."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: Sequence[float], pct: float) -> float | None:
    """The nearest-rank percentile: the smallest value with at least ``pct`` % of the values at or
    below it (for 90 and ten values, the ninth smallest)."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


@dataclass(frozen=True)
class DurationSummary:
    organisation_id: int | None  # None: every branch together
    branch: str
    cases: int
    median_minutes: float | None
    p90_minutes: float | None
    longest_minutes: int | None
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.cases if self.cases else None


def summarise(items: Sequence[Duration], organisation_id: int | None, branch: str) -> DurationSummary:
    minutes = [d.minutes for d in items]
    return DurationSummary(organisation_id, branch, len(items), median(minutes), percentile(minutes, 90),
                           max(minutes) if minutes else None, sum(1 for d in items if d.on_time))


def durations_per_branch(items: Sequence[Duration], branches: Sequence[tuple[int, str]]) -> list[DurationSummary]:
    """One summary per branch of ``branches`` (those without accounts too), then any other."""
    grouped: dict[int, tuple[str, list[Duration]]] = {org_id: (name, []) for org_id, name in branches}
    for item in items:
        grouped.setdefault(item.line.organisation_id, (item.line.branch, []))[1].append(item)
    return [summarise(rows, org_id, name) for org_id, (name, rows) in grouped.items()]


__all__ = ["AccountLine", "account_lines", "BranchCount", "accounts_per_branch", "Duration", "durations", "median",
           "percentile", "DurationSummary", "summarise", "durations_per_branch"]
