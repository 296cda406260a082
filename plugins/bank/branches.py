"""A bank branch's master data: its bank, branch name, 联行号 and account number lengths (the
``bank_branch`` table), with the address and phone of its organisation row that applicants are
texted. Read by the form, the notice and the reports; edited by a supervisor of the branch or an
administrator."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.core import audit
from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.models import Department, Organisation, User, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.bank.common import DEPARTMENT, short_bank_name
from plugins.bank.models import BankBranch
from plugins.bank.validation import BranchForm, lengths_text, parse_lengths, validate_branch


@dataclass(frozen=True)
class BranchProfile:
    organisation_id: int
    organisation_name: str
    address: str
    phone: str
    configured: bool  # has master data
    bank_name: str = ""
    branch_name: str = ""
    bank_code: str = ""
    account_lengths: tuple[int, ...] = ()
    updated_at: dt.datetime | None = None
    updated_by: str = ""

    @property
    def title(self) -> str:
        """中国工商银行绵阳高新支行, or the organisation's name before the master data exists."""
        return f"{self.bank_name}{self.branch_name}" if self.configured else self.organisation_name

    @property
    def short_bank(self) -> str:
        return short_bank_name(self.bank_name)

    @property
    def lengths_text(self) -> str:
        return lengths_text(self.account_lengths)

    def form(self) -> BranchForm:
        return BranchForm(bank_name=self.bank_name, branch_name=self.branch_name, bank_code=self.bank_code,
                          account_lengths=",".join(str(n) for n in self.account_lengths), address=self.address,
                          phone=self.phone)


def _bank_organisations():
    return (Organisation.select(Organisation, BankBranch, User).join(Department)
            .switch(Organisation)
            .join(BankBranch, JOIN.LEFT_OUTER, on=(BankBranch.organisation == Organisation.id), attr="branch")
            .join(User, JOIN.LEFT_OUTER, on=(BankBranch.updated_by == User.id), attr="editor")
            .where(Department.code == DEPARTMENT))


def _profile(org: Organisation) -> BranchProfile:
    branch = getattr(org, "branch", None)
    if branch is None or branch.id is None:
        return BranchProfile(org.id, org.name, org.address, org.phone, False)
    who = getattr(branch, "editor", None)
    return BranchProfile(org.id, org.name, org.address, org.phone, True, branch.bank_name, branch.branch_name,
                         branch.bank_code, parse_lengths(branch.account_lengths), branch.updated_at,
                         who.display_name if who is not None and who.id is not None else "")


def branch_profile(organisation_id: int | None) -> BranchProfile | None:
    """The branch's profile; None when the organisation is no bank branch."""
    if organisation_id is None:
        return None
    org = _bank_organisations().where(Organisation.id == organisation_id).first()
    return _profile(org) if org is not None else None


def all_branches() -> list[BranchProfile]:
    """Every bank branch, by name (the reports' rows)."""
    return [_profile(org) for org in _bank_organisations().where(Organisation.active == True)  # noqa: E712
            .order_by(Organisation.name)]


def may_edit_branch(user: CurrentUser | None, organisation_id: int) -> bool:
    """Administrators edit every branch; a supervisor only their own."""
    if user is None:
        return False
    if user.is_admin:
        return True
    return user.is_supervisor and user.department_code == DEPARTMENT and user.organisation_id == organisation_id


def editable_branches(user: CurrentUser) -> list[BranchProfile]:
    """The branches ``user`` may edit (PermissionDenied for a user who may edit none)."""
    rows = [p for p in all_branches() if may_edit_branch(user, p.organisation_id)]
    if not rows:
        raise PermissionDenied(translate("bank", "只有网点主管或系统管理员可以维护网点信息"))
    return rows


def _write(organisation_id: int, form: BranchForm, user_id: int | None, at: dt.datetime) -> None:
    values = dict(bank_name=form.bank_name.strip(), branch_name=form.branch_name.strip(),
                  bank_code=form.bank_code.strip(),
                  account_lengths=",".join(str(n) for n in parse_lengths(form.account_lengths)),
                  updated_at=at, updated_by=user_id)
    if not BankBranch.update(**values).where(BankBranch.organisation == organisation_id).execute():
        BankBranch.create(organisation=organisation_id, **values)
    Organisation.update(address=form.address.strip(), phone=form.phone.strip()).where(
        Organisation.id == organisation_id).execute()


def save_branch(user: CurrentUser, organisation_id: int, form: BranchForm, *,
                at: dt.datetime | None = None) -> BranchProfile:
    """Validate and store a branch's master data (ValidationError field by field, nothing saved)."""
    if branch_profile(organisation_id) is None:
        raise NotFound(translate("bank", "开户网点不存在"))
    if not may_edit_branch(user, organisation_id):
        raise PermissionDenied(translate("bank", "只有本网点的主管或系统管理员可以修改网点信息"))
    errors = validate_branch(form)
    if errors:
        raise ValidationError(errors)
    at = at or now()
    with database.atomic():
        _write(organisation_id, form, user.id, at)
        audit.record("change", "bank_branch", user=user.id, entity_id=organisation_id,
                     detail=f"{form.bank_name.strip()}{form.branch_name.strip()} {form.bank_code.strip()}")
    return branch_profile(organisation_id)


def seed_branch(organisation_id: int, form: BranchForm) -> None:
    """The demo's master data of a branch that has none yet (validated like any other)."""
    if BankBranch.select().where(BankBranch.organisation == organisation_id).exists():
        return
    errors = validate_branch(form)
    if errors:
        raise ValidationError(errors)
    _write(organisation_id, form, None, now())


__all__ = ["BranchProfile", "branch_profile", "all_branches", "may_edit_branch", "editable_branches",
           "save_branch", "seed_branch"]
