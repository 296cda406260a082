"""Registering the employer and enrolling its employees: the unit number the bureau assigns, the
records written when the step is completed (``StepTypeSpec.on_complete``), and reading them back.

Until completion the step's data is the working copy the form edits; completing writes the
employer (``si_employer``) and its employees (``si_employee``) in the completing transaction, so
the reports count exactly the registrations that were completed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from app.core import audit, notifications
from app.core.cases import mask_id_number, mask_mobile
from app.core.errors import NotFound, ValidationError
from app.core.identifiers import area_known, validate_resident_id
from app.core.models import Case, Organisation, Step, StepState, User, now
from app.core.step_work import WORKABLE, require_editable, require_step
from app.core.users import CurrentUser
from app.i18n import translate
from db.connection import json_text
from plugins.social_insurance.common import STEP_TYPE
from plugins.social_insurance.models import Employee, Employer
from plugins.social_insurance.reference import UNIT_NUMBER_LENGTH, UNIT_SERIAL_DIGITS
from plugins.social_insurance.validation import parse_base, parse_date

#: the area of unit numbers when neither the organisation nor the case names a known one
FALLBACK_AREA = "510700"
SMS_KEY = "social_insurance.registered"


# -- unit numbers -----------------------------------------------------------------------------------

#: how many of the highest numbers are looked at (a form's draft may hold one that is not all digits)
_HIGHEST = 20


def _highest_in_use(prefix: str) -> list[str]:
    """The highest unit numbers with ``prefix`` that are registered, or filled in on a
    registration still being worked (so two clerks are not handed the same number): the few
    highest of each, as the database sorts them (numbers of one length sort as numbers do)."""
    found = [row[0] for row in Employer.select(Employer.unit_number)
             .where(Employer.unit_number.startswith(prefix)
                    & (fn.LENGTH(Employer.unit_number) == UNIT_NUMBER_LENGTH))
             .order_by(Employer.unit_number.desc()).limit(_HIGHEST).tuples()]
    number = json_text(Step.data, "unit_number")
    open_steps = (Step.select(number).where((Step.step_type == STEP_TYPE)
                                            & Step.state.in_([*WORKABLE, StepState.RETURNED])
                                            & number.startswith(prefix)
                                            & (fn.LENGTH(number) == UNIT_NUMBER_LENGTH))
                  .order_by(number.desc()).limit(_HIGHEST))
    found.extend(row[0] for row in open_steps.tuples() if isinstance(row[0], str))
    return found


def next_unit_number(area_code: str) -> str:
    """The next free unit number of ``area_code``: the area code and the serial after the highest
    one in use."""
    prefix = area_code if area_known(area_code) else FALLBACK_AREA
    serials = [int(n[len(prefix):]) for n in _highest_in_use(prefix) if n[len(prefix):].isdigit()]
    serial = max(serials, default=0) + 1
    if serial >= 10 ** UNIT_SERIAL_DIGITS:
        raise ValidationError({"unit_number": translate("social_insurance", "本地区单位编号已用完，请联系系统管理员")})
    return f"{prefix}{serial:0{UNIT_SERIAL_DIGITS}d}"


def suggest_unit_number(step_id: int, user: CurrentUser) -> str:
    """A unit number for the employer of the step: the bureau's area (else the case's), next
    serial. Only for the holder of the step (or a supervisor)."""
    step = require_editable(step_id, user)
    org = Organisation.get_or_none(Organisation.id == step.organisation_id) if step.organisation_id else None
    area = org.area_code if org is not None and area_known(org.area_code or "") else Case.get_by_id(
        step.case_id).area_code
    return next_unit_number(area or FALLBACK_AREA)


# -- completing -------------------------------------------------------------------------------------

def _employee_rows(employer: Employer, employees: list[dict]) -> list[dict]:
    return [{"employer": employer.id, "name": e["name"].strip(), "id_number": validate_resident_id(e["id_number"]),
             "mobile": (e.get("mobile") or "").strip(), "start_date": parse_date(e["start_date"]),
             "contribution_base": parse_base(e["base"])} for e in employees]


def record_registration(step: Step) -> Employer:
    """``on_complete`` of the step type: write the employer and its employees from the step's
    final data, inside the completing transaction (the core checked ``check_completion``).
    A unit number another employer already has refuses the completion at its field."""
    data = step.data or {}
    number = data["unit_number"].strip()
    other = Employer.get_or_none((Employer.unit_number == number) & (Employer.step != step.id))
    if other is not None:
        raise ValidationError({"unit_number": translate("social_insurance", "单位编号 {number} 已登记给办件 {case}，请重新生成").format(
            number=number, case=Case.get_by_id(other.case_id).number)})
    Employer.delete().where(Employer.step == step.id).execute()  # a step completes once; never twice
    fund = data.get("housing_fund") is True
    employer = Employer.create(
        step=step.id, case=step.case_id, unit_number=number, insurance_types=list(data["insurance_types"]),
        housing_fund=fund, fund_account=(data.get("fund_account") or "").strip() if fund else "",
        fund_ratio=data.get("fund_ratio") if fund else None, registered_at=step.completed_at or now(),
        registered_by=step.claimed_by_id)
    rows = _employee_rows(employer, list(data.get("employees") or []))
    if rows:
        Employee.insert_many(rows).execute()
    audit.record("change", "si_employer", user=step.claimed_by_id, entity_id=employer.id, case_id=step.case_id,
                 field="registration", detail=f"unit_number={number} employees={len(rows)}")
    case = Case.get_by_id(step.case_id)
    text = translate("social_insurance", "【社保登记】{enterprise}的社会保险登记已办结，单位编号 {number}，参保职工 {count} 人。"
                              "请按月申报缴纳社会保险费。").format(enterprise=case.enterprise.name, number=number,
                                                         count=len(rows))
    notifications.queue_text(step.case_id, SMS_KEY, text, at=step.completed_at)
    return employer


# -- reading ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EmployeeRecord:
    name: str
    id_number: str  # masked
    mobile: str  # masked
    start_date: dt.date
    base: object  # Decimal


@dataclass(frozen=True)
class Registration:
    """A completed registration as the bureau's staff and the notice see it (IDs masked)."""
    step_id: int
    case_id: int
    case_number: str
    enterprise_name: str
    uscc: str
    unit_number: str
    insurance_types: tuple[str, ...]
    housing_fund: bool
    fund_account: str
    fund_ratio: int | None
    registered_at: dt.datetime
    registered_by: str
    organisation_name: str
    organisation_address: str
    organisation_phone: str
    employees: tuple[EmployeeRecord, ...]


def registration_of(step_id: int, user: CurrentUser) -> Registration:
    """The completed registration of the step, for a user who may see the step."""
    step = require_step(step_id, user)
    employer = Employer.get_or_none(Employer.step == step.id)
    if step.state != StepState.DONE or employer is None:
        raise NotFound(translate("social_insurance", "该事项尚未办结，没有参保登记记录"))
    case = Case.get_by_id(step.case_id)
    org = Organisation.get_or_none(Organisation.id == step.organisation_id) if step.organisation_id else None
    clerk = User.get_or_none(User.id == employer.registered_by_id) if employer.registered_by_id else None
    employees = tuple(EmployeeRecord(e.name, mask_id_number(e.id_number), mask_mobile(e.mobile), e.start_date,
                                     e.contribution_base)
                      for e in employer.employees.order_by(Employee.id))
    return Registration(
        step_id=step.id, case_id=case.id, case_number=case.number, enterprise_name=case.enterprise.name,
        uscc=case.enterprise.uscc or "", unit_number=employer.unit_number,
        insurance_types=tuple(employer.insurance_types or ()), housing_fund=employer.housing_fund,
        fund_account=employer.fund_account, fund_ratio=employer.fund_ratio, registered_at=employer.registered_at,
        registered_by=clerk.display_name if clerk else "", organisation_name=org.name if org else "",
        organisation_address=org.address if org else "", organisation_phone=org.phone if org else "",
        employees=employees)


__all__ = ["next_unit_number", "suggest_unit_number", "record_registration", "registration_of", "Registration",
           "EmployeeRecord", "SMS_KEY"]
