"""The account a completed bank step opened: written by the step type's ``on_complete`` inside the
completing transaction from the validated form data, after the checks only the database can make
(the branch's account number lengths, the licence time, a number already given to another firm)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core.errors import ServiceError, ValidationError
from app.core.models import Step, StepState, User
from app.i18n import translate
from plugins.bank.branches import BranchProfile, branch_profile
from plugins.bank.common import ACCOUNT_BASIC, LICENCE_STEP
from plugins.bank.models import BankAccountRecord, BankBranch
from plugins.bank.validation import (account_length_error, check_completion, licence_order_errors, parse_date,
                                     parse_datetime)


def licence_time(case_id: int) -> dt.datetime | None:
    """When the case's licence was issued (its licence step completed), None before."""
    step = (Step.select(Step.completed_at)
            .where((Step.case == case_id) & (Step.step_type == LICENCE_STEP) & (Step.state == StepState.DONE))
            .order_by(Step.completed_at.desc()).first())
    return step.completed_at if step is not None else None


def _number_taken(number: str, step_id: int, organisation_id: int, branch: BranchProfile | None) -> bool:
    """Another case's account at the same bank (any of its branches) has this number."""
    query = BankAccountRecord.select().where((BankAccountRecord.account_number == number)
                                             & (BankAccountRecord.step != step_id))
    if branch is not None and branch.configured:
        query = (query.join(BankBranch, JOIN.LEFT_OUTER,
                            on=(BankBranch.organisation == BankAccountRecord.organisation))
                 .where((BankBranch.bank_name == branch.bank_name)
                        | (BankAccountRecord.organisation == organisation_id)))
    else:
        query = query.where(BankAccountRecord.organisation == organisation_id)
    return query.exists()


def opening_errors(data: dict, organisation_id: int | None, case_id: int, step_id: int | None = None,
                   *, branch: BranchProfile | None = None) -> dict[str, str]:
    """What the database says against opening this account: the bank's account number lengths,
    the licence coming first, the number being free at the bank."""
    branch = branch if branch is not None else branch_profile(organisation_id)
    errors = licence_order_errors(data, licence_time(case_id))
    number = (data.get("account_number") or "").strip()
    if branch is not None and branch.configured:
        message = account_length_error(number, branch.account_lengths, branch.bank_name)
        if message:
            errors["account_number"] = message
    if number and "account_number" not in errors and organisation_id is not None and _number_taken(
            number, step_id or 0, organisation_id, branch):
        errors["account_number"] = translate("bank", "该账号已登记为其他企业的账户，请核对")
    return errors


def record_opened_account(step: Step) -> BankAccountRecord:
    """``StepTypeSpec.on_complete``: the account record of the step being completed. Raising
    ValidationError refuses the completion (and everything it did is rolled back)."""
    data = step.data or {}
    if step.organisation_id is None:
        raise ServiceError(translate("bank", "该事项没有开户网点，不能办结"))
    errors = check_completion(data)
    errors.update(opening_errors(data, step.organisation_id, step.case_id, step.id))
    if errors:
        raise ValidationError(errors)
    values = dict(case=step.case_id, organisation=step.organisation_id,
                  account_number=data["account_number"].strip(),
                  account_type=data.get("account_type") or ACCOUNT_BASIC,
                  opened_on=parse_date(data["opened_on"]), due_diligence=data["due_diligence"],
                  due_diligence_notes=(data.get("due_diligence_notes") or "").strip(),
                  signing_at=parse_datetime(data.get("signing_at")), licence_at=licence_time(step.case_id),
                  opened_at=step.completed_at, opened_by=step.claimed_by_id)
    record = BankAccountRecord.get_or_none(BankAccountRecord.step == step.id)
    if record is None:
        return BankAccountRecord.create(step=step.id, **values)
    BankAccountRecord.update(**values).where(BankAccountRecord.id == record.id).execute()
    return BankAccountRecord.get_by_id(record.id)


@dataclass(frozen=True)
class OpenedAccount:
    """An account record as the form and the notice show it."""
    step_id: int
    case_id: int
    organisation_id: int
    account_number: str
    account_type: str
    opened_on: dt.date
    due_diligence: str
    due_diligence_notes: str
    signing_at: dt.datetime | None
    licence_at: dt.datetime | None
    opened_at: dt.datetime
    opened_by: str


def opened_account(step_id: int) -> OpenedAccount | None:
    """The account of a completed step (the caller has checked the user may see the step)."""
    row = (BankAccountRecord.select(BankAccountRecord, User)
           .join(User, JOIN.LEFT_OUTER, on=(BankAccountRecord.opened_by == User.id), attr="clerk")
           .where(BankAccountRecord.step == step_id).first())
    if row is None:
        return None
    clerk = getattr(row, "clerk", None)
    return OpenedAccount(step_id=row.step_id, case_id=row.case_id, organisation_id=row.organisation_id,
                         account_number=row.account_number, account_type=row.account_type,
                         opened_on=row.opened_on, due_diligence=row.due_diligence,
                         due_diligence_notes=row.due_diligence_notes, signing_at=row.signing_at,
                         licence_at=row.licence_at, opened_at=row.opened_at,
                         opened_by=clerk.display_name if clerk is not None and clerk.id is not None else "")


__all__ = ["licence_time", "opening_errors", "record_opened_account", "OpenedAccount", "opened_account"]
