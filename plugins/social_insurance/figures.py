"""The figures of the social insurance reports (data only, no layout): employers registered in a
period by insurance type and housing fund, and employees enrolled per week or month and per
employer. A registration counts on the day its step was completed (``si_employer.registered_at``
is that moment)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from app.core.errors import ServiceError
from app.core.models import Case, Department, Enterprise, Organisation, Step
from app.core.step_work import completed_steps
from app.i18n import translate
from plugins.social_insurance.common import DEPARTMENT, STEP_TYPE
from plugins.social_insurance.models import Employee, Employer
from plugins.social_insurance.reference import INSURANCE_CODES

#: a period up to this many days is shown week by week, a longer one month by month
WEEKLY_UP_TO_DAYS = 92
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class EmployerRow:
    registered_at: dt.datetime
    case_number: str
    enterprise_name: str
    unit_number: str
    insurance_types: tuple[str, ...]
    employees: int
    base_total: Decimal
    housing_fund: bool
    fund_ratio: int | None
    organisation: str


@dataclass(frozen=True)
class EmployerFigures:
    rows: tuple[EmployerRow, ...]
    by_type: tuple[tuple[str, int], ...]  # (insurance code, employers), every code in the usual order

    @property
    def employers(self) -> int:
        return len(self.rows)

    @property
    def employees(self) -> int:
        return sum(r.employees for r in self.rows)

    @property
    def with_fund(self) -> int:
        return sum(1 for r in self.rows if r.housing_fund)

    @property
    def fund_share(self) -> float:
        return self.with_fund / self.employers if self.employers else 0.0

    @property
    def average_fund_ratio(self) -> float | None:
        ratios = [r.fund_ratio for r in self.rows if r.housing_fund and r.fund_ratio is not None]
        return sum(ratios) / len(ratios) if ratios else None


@dataclass(frozen=True)
class Bucket:
    """A week or month of the period (clipped to it)."""
    first: dt.date
    last: dt.date
    employers: int
    employees: int
    base_total: Decimal


@dataclass(frozen=True)
class EmployeeFigures:
    granularity: str  # "week" or "month"
    buckets: tuple[Bucket, ...]
    per_employer: tuple[EmployerRow, ...]  # employers with at least one employee, by registration

    @property
    def employees(self) -> int:
        return sum(b.employees for b in self.buckets)

    @property
    def base_total(self) -> Decimal:
        return sum((b.base_total for b in self.buckets), ZERO)

    @property
    def average_base(self) -> Decimal | None:
        return (self.base_total / self.employees).quantize(Decimal("0.01")) if self.employees else None


def resolve_organisation(value) -> int | None:
    """The organisation a report is narrowed to: an id (the report dialog), an organisation code or
    id as text (``report --org``), or None for all. An unknown one is refused."""
    if value in (None, ""):
        return None
    if isinstance(value, int) or str(value).isdigit():
        org = Organisation.get_or_none(Organisation.id == int(value))
    else:
        org = Organisation.get_or_none(Organisation.code == str(value))
    if org is None or org.department.code != DEPARTMENT:
        raise ServiceError(translate("social_insurance", "没有编号为 {org} 的社保经办机构").format(org=value))
    return org.id


def office_name(organisation_id: int | None) -> str:
    if organisation_id is not None:
        return Organisation.get_by_id(organisation_id).name
    dept = Department.get_or_none(Department.code == DEPARTMENT)
    return dept.name if dept else ""


def employer_rows(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> list[EmployerRow]:
    """The employers registered in the period (by registration time), with their employees'
    count and contribution base total."""
    query = (completed_steps(STEP_TYPE, date_from, date_to, organisation_id)
             .join_from(Step, Employer, on=(Employer.step == Step.id), attr="employer")
             .join_from(Case, Enterprise, JOIN.INNER, on=(Case.enterprise == Enterprise.id), attr="ent")
             .select_extend(Employer, Enterprise))
    steps = list(query)
    totals: dict[int, list] = defaultdict(lambda: [0, ZERO])
    ids = [s.employer.id for s in steps]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for employer_id, base in (Employee.select(Employee.employer, Employee.contribution_base)
                                  .where(Employee.employer.in_(chunk)).tuples()):
            totals[employer_id][0] += 1
            totals[employer_id][1] += Decimal(base)
    rows = []
    for s in steps:
        e = s.employer
        count, base = totals[e.id] if e.id in totals else (0, ZERO)
        rows.append(EmployerRow(
            registered_at=e.registered_at, case_number=s.case.number, enterprise_name=s.case.ent.name,
            unit_number=e.unit_number,
            insurance_types=tuple(c for c in INSURANCE_CODES if c in (e.insurance_types or ())),
            employees=count, base_total=Decimal(base).quantize(Decimal("0.01")), housing_fund=bool(e.housing_fund),
            fund_ratio=e.fund_ratio, organisation=s.organisation.name if s.organisation and s.organisation.id else ""))
    rows.sort(key=lambda r: (r.registered_at, r.unit_number))
    return rows


def employer_figures(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> EmployerFigures:
    rows = employer_rows(date_from, date_to, organisation_id)
    by_type = tuple((code, sum(1 for r in rows if code in r.insurance_types)) for code in INSURANCE_CODES)
    return EmployerFigures(rows=tuple(rows), by_type=by_type)


def granularity_for(date_from: dt.date, date_to: dt.date) -> str:
    return "week" if (date_to - date_from).days < WEEKLY_UP_TO_DAYS else "month"


def buckets_of(date_from: dt.date, date_to: dt.date, granularity: str) -> list[tuple[dt.date, dt.date]]:
    """The weeks (Monday to Sunday) or calendar months covering the period, clipped to it."""
    spans = []
    day = date_from
    while day <= date_to:
        if granularity == "week":
            end = day + dt.timedelta(days=6 - day.weekday())
        else:
            following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            end = following - dt.timedelta(days=1)
        end = min(end, date_to)
        spans.append((day, end))
        day = end + dt.timedelta(days=1)
    return spans


def employee_figures(date_from: dt.date, date_to: dt.date, organisation_id: int | None = None) -> EmployeeFigures:
    rows = employer_rows(date_from, date_to, organisation_id)
    granularity = granularity_for(date_from, date_to)
    buckets = []
    for first, last in buckets_of(date_from, date_to, granularity):
        inside = [r for r in rows if first <= r.registered_at.date() <= last]
        buckets.append(Bucket(first, last, employers=sum(1 for r in inside if r.employees),
                              employees=sum(r.employees for r in inside),
                              base_total=sum((r.base_total for r in inside), ZERO)))
    return EmployeeFigures(granularity=granularity, buckets=tuple(buckets),
                           per_employer=tuple(r for r in rows if r.employees))


__all__ = ["EmployerRow", "EmployerFigures", "Bucket", "EmployeeFigures", "employer_rows", "employer_figures",
           "employee_figures", "buckets_of", "granularity_for", "resolve_organisation", "office_name"]
