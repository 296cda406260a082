"""A branch's master data: the demo's, and who may change it (validated field by field)."""
from __future__ import annotations

import dataclasses

import pytest
from case_helpers import user

from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.models import AuditLog, Organisation
from app.core.users import add_user
from plugins.bank import branches
from plugins.bank.models import BankBranch

from .helpers import org_id


def test_the_demo_branches_have_their_master_data(bank_sqlite):
    profiles = {p.organisation_name: p for p in branches.all_branches()}
    assert set(profiles) == {"工商银行绵阳高新支行", "建设银行绵阳涪城支行", "绵阳市商业银行科技城支行"}
    icbc = profiles["工商银行绵阳高新支行"]
    assert (icbc.bank_name, icbc.branch_name, icbc.bank_code, icbc.account_lengths) == (
        "中国工商银行", "绵阳高新支行", "102659000236", (19,))
    assert (icbc.address, icbc.phone, icbc.configured) == ("高新区绵兴东路 36 号", "0816-2539000", True)
    assert profiles["建设银行绵阳涪城支行"].lengths_text == "19 或 20 位"
    assert branches.branch_profile(Organisation.get(Organisation.code == "seal-huaxin").id) is None


def test_a_supervisor_edits_their_branch(bank_sqlite):
    icbc = org_id("bank-icbc-gx")
    chief = user("bank_chief")
    assert [p.organisation_id for p in branches.editable_branches(chief)] == [icbc]
    form = dataclasses.replace(branches.branch_profile(icbc).form(), account_lengths="19、20",
                               phone="0816-2539001", address="高新区绵兴东路 38 号")
    saved = branches.save_branch(chief, icbc, form)
    assert saved.account_lengths == (19, 20) and saved.updated_by == "陈静"
    org = Organisation.get_by_id(icbc)
    assert (org.phone, org.address) == ("0816-2539001", "高新区绵兴东路 38 号")  # what applicants are texted
    assert AuditLog.select().where((AuditLog.entity == "bank_branch") & (AuditLog.entity_id == icbc)).exists()


def test_invalid_master_data_changes_nothing(bank_sqlite):
    icbc = org_id("bank-icbc-gx")
    before = BankBranch.get(BankBranch.organisation == icbc)
    form = dataclasses.replace(branches.branch_profile(icbc).form(), bank_code="105659000236", account_lengths="7")
    with pytest.raises(ValidationError) as caught:
        branches.save_branch(user("bank_chief"), icbc, form)
    assert set(caught.value.errors) == {"bank_code", "account_lengths"}
    after = BankBranch.get(BankBranch.organisation == icbc)
    assert (after.bank_code, after.account_lengths, after.updated_at) == (
        before.bank_code, before.account_lengths, before.updated_at)


def test_who_may_edit_which_branch(bank_sqlite):
    icbc, ccb = org_id("bank-icbc-gx"), org_id("bank-ccb-fc")
    form = branches.branch_profile(ccb).form()
    with pytest.raises(PermissionDenied):  # a clerk
        branches.editable_branches(user("bank_clerk2"))
    with pytest.raises(PermissionDenied):
        branches.save_branch(user("bank_clerk2"), ccb, form)
    with pytest.raises(PermissionDenied):  # another branch's supervisor
        branches.save_branch(user("bank_chief"), ccb, form)
    add_user("ccb_chief", "刘洋", "kaiban2026", "supervisor", "bank-ccb-fc")
    assert branches.save_branch(user("ccb_chief"), ccb, form).organisation_id == ccb
    admin = user("admin")
    assert {p.organisation_id for p in branches.editable_branches(admin)} >= {icbc, ccb}
    with pytest.raises(NotFound):
        branches.save_branch(admin, Organisation.get(Organisation.code == "seal-huaxin").id, form)
