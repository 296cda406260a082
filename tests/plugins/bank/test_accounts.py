"""Completing the bank step writes the account record from the validated form; what the database
knows (the branch's lengths, the licence day, numbers already given out) can refuse it."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import user, user_id

from app.core import versioning, workflow
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import Step, StepState
from plugins.bank.models import BankAccountRecord

from .helpers import NUMBER, T0, bank_case, bank_step, claim, fill, open_account, org_id, valid_form

LATER = T0 + dt.timedelta(minutes=70)


def test_completing_the_step_records_the_opened_account(bank):
    case = bank_case(bank)
    done = open_account(bank, case, at=LATER, due_diligence="passed_with_notes",
                        due_diligence_notes="委托经办人面签，已电话核实")
    assert done.state == StepState.DONE
    record = BankAccountRecord.get(BankAccountRecord.step == done.id)
    assert (record.case_id, record.organisation_id, record.account_number, record.account_type) == (
        case.id, org_id("bank-icbc-gx"), NUMBER, "basic")
    assert (record.opened_on, record.signing_at) == (dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 9, 40))
    assert (record.licence_at, record.opened_at) == (T0, LATER)
    assert (record.due_diligence, record.due_diligence_notes) == ("passed_with_notes", "委托经办人面签，已电话核实")
    assert record.opened_by_id == user_id("bank_clerk")


def _refused(ctx, case, field: str, message: str) -> None:
    before = BankAccountRecord.select().count()
    with pytest.raises(ValidationError) as caught:
        workflow.complete_step(bank_step(case).id, user_id("bank_clerk"), ctx.graph, at=LATER)
    assert message in caught.value.errors[field], caught.value.errors
    assert bank_step(case).state == StepState.CLAIMED  # rolled back with everything else
    assert BankAccountRecord.select().count() == before


def _claimed_with(ctx, name: str, at: dt.datetime = T0, **changes):
    case = bank_case(ctx, name, at=at)
    claim(case)
    fill(ctx, case, valid_form(**changes))
    return case


def test_what_the_database_knows_refuses_the_completion(bank):
    refused = _claimed_with(bank, "绵阳甲科技有限公司", due_diligence="refused", due_diligence_notes="无法核实经营场所")
    _refused(bank, refused, "due_diligence", "退回补正")
    workflow.return_for_correction(bank_step(refused).id, user_id("bank_clerk"), "请补充经营场所证明")
    assert bank_step(refused).state == StepState.RETURNED

    too_long = _claimed_with(bank, "绵阳乙科技有限公司", account_number=NUMBER + "0", account_number_confirm=NUMBER + "0")
    _refused(bank, too_long, "account_number", "工商银行的账号应为 19 位数字")

    early = _claimed_with(bank, "绵阳丙科技有限公司", at=T0 + dt.timedelta(days=1), signing_at="2026-03-02T10:00",
                          opened_on="2026-03-03")
    _refused(bank, early, "signing_at", "不能早于营业执照核发日期（2026-03-03）")

    open_account(bank, bank_case(bank, "绵阳丁科技有限公司"), at=LATER)
    taken = _claimed_with(bank, "绵阳戊科技有限公司")
    _refused(bank, taken, "account_number", "已登记为其他企业")

    # another bank's branch may give out the same digits
    open_account(bank, bank_case(bank, "绵阳己科技有限公司", branch="bank-ccb-fc"), username="bank_clerk2", at=LATER)
    assert BankAccountRecord.select().where(BankAccountRecord.account_number == NUMBER).count() == 2


def test_invalid_data_is_never_saved(bank_sqlite):
    case = bank_case(bank_sqlite)
    claimed = claim(case)
    with pytest.raises(ValidationError) as caught:
        fill(bank_sqlite, case, valid_form(account_number="2308 4111", account_number_confirm="x"))
    assert set(caught.value.errors) == {"account_number", "account_number_confirm"}
    assert Step.get_by_id(claimed.id).version == claimed.version and not Step.get_by_id(claimed.id).data


def test_only_the_chosen_branchs_holder_fills_the_form(bank_sqlite):
    case = bank_case(bank_sqlite)
    current = bank_step(case)
    with pytest.raises(PermissionDenied):  # another branch's clerk does not even see it
        versioning.save_step_data(current.id, user("bank_clerk2"), current.version, valid_form())
    with pytest.raises(PermissionDenied):  # not claimed yet
        versioning.save_step_data(current.id, user("bank_clerk"), current.version, valid_form())
    assert not Step.get_by_id(current.id).data
