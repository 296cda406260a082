"""Registering an employer through the step: refused until valid, records written on completion,
unit numbers, access (SQLite and PostgreSQL)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from case_helpers import user

from app.core import versioning, workflow
from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.models import AuditLog, SmsOutbox, Step, StepState
from plugins.social_insurance.enrolment import next_unit_number, registration_of, suggest_unit_number
from plugins.social_insurance.models import Employee, Employer

from .helpers import ID_A, ID_B, employee, register, si_step, valid_data


def test_invalid_data_is_refused_and_changes_nothing(si):
    target = si_step(si)
    me = user("si_clerk")
    claimed = workflow.claim_step(target.id, me.id)
    bad = valid_data(employees=[employee("张伟", ID_A), employee("张伟", ID_A)])
    with pytest.raises(ValidationError) as caught:
        versioning.save_step_data(target.id, me, claimed.version, bad, graph=si.graph)
    assert caught.value.errors == {"employees": "第 2 行身份证号码：身份证号码与第 1 行重复"}
    after = Step.get_by_id(target.id)
    assert (after.version, after.data) == (claimed.version, {})
    saved = versioning.save_step_data(target.id, me, claimed.version, {"unit_number": ""}, graph=si.graph)
    with pytest.raises(ValidationError) as caught:
        workflow.complete_step(target.id, me.id, si.graph, expected_version=saved.version)
    assert set(caught.value.errors) == {"unit_number", "insurance_types", "employees"}
    assert Step.get_by_id(target.id).state == StepState.CLAIMED
    assert not Employer.select().exists()


def test_completing_writes_the_employer_and_its_employees(si):
    done = register(si, valid_data())
    assert done.state == StepState.DONE
    employer = Employer.get(Employer.step == done.id)
    assert (employer.unit_number, employer.housing_fund, employer.fund_account, employer.fund_ratio) == (
        "510703000101", True, "5107030012345678", 12)
    assert employer.insurance_types == ["pension", "medical", "unemployment", "work_injury", "maternity"]
    assert employer.registered_by_id == user("si_clerk").id and employer.registered_at == done.completed_at
    staff = {(e.name, e.id_number, e.contribution_base) for e in employer.employees}
    assert staff == {("张伟", ID_A, Decimal("5000.00")), ("李娜", ID_B, Decimal("6200.50"))}
    [sms] = SmsOutbox.select().where(SmsOutbox.template == "social_insurance.registered")
    assert "510703000101" in sms.text and "参保职工 2 人" in sms.text
    assert AuditLog.select().where((AuditLog.entity == "si_employer") & (AuditLog.entity_id == employer.id)).exists()


def test_no_employees_and_no_fund(si):
    done = register(si, valid_data(employees=[], no_employees=True, housing_fund=False, fund_account=None,
                                   fund_ratio=None))
    employer = Employer.get(Employer.step == done.id)
    assert (employer.housing_fund, employer.fund_account, employer.fund_ratio) == (False, "", None)
    assert Employee.select().count() == 0


def test_a_unit_number_already_registered_refuses_the_completion_at_its_field(si):
    register(si, valid_data(), name="绵阳甲科技有限公司")
    with pytest.raises(ValidationError) as caught:
        register(si, valid_data(), name="绵阳乙科技有限公司")
    assert "已登记给办件" in caught.value.errors["unit_number"]
    assert Employer.select().count() == 1
    second = Step.select().where((Step.step_type == "social_insurance") & (Step.state == StepState.CLAIMED)).get()
    assert not SmsOutbox.select().where(SmsOutbox.case == second.case_id).exists()  # rolled back with it


def test_suggested_unit_numbers_follow_the_highest_in_use_and_open_forms(si):
    register(si, valid_data(unit_number="510703000041"), name="绵阳甲科技有限公司")
    target = si_step(si, "绵阳乙科技有限公司")
    me = user("si_clerk")
    claimed = workflow.claim_step(target.id, me.id)
    assert suggest_unit_number(target.id, me) == "510703000042"  # the bureau's area code, next serial
    versioning.save_step_data(target.id, me, claimed.version, {"unit_number": "510703000042"}, graph=si.graph)
    assert next_unit_number("510703") == "510703000043"  # not handed out twice while still being worked
    assert next_unit_number("510704") == "510704000001"
    with pytest.raises(PermissionDenied):
        suggest_unit_number(target.id, user("si_clerk2"))  # claimed by someone else
    with pytest.raises(NotFound):
        suggest_unit_number(target.id, user("si_yx_clerk"))  # another bureau's step does not exist for them


def test_the_registration_reads_back_masked_and_only_for_the_bureau(si):
    done = register(si, valid_data(employees=[employee("张伟", ID_A, mobile="13812345678")]))
    reg = registration_of(done.id, user("si_chief"))
    assert reg.unit_number == "510703000101" and reg.organisation_name == "绵阳高新区社会保险事业管理局"
    [staff] = reg.employees
    assert staff.id_number == ID_A[:3] + "*" * 11 + ID_A[-4:] and staff.mobile == "138****5678"
    with pytest.raises(NotFound):
        registration_of(done.id, user("si_yx_clerk"))
    with pytest.raises(NotFound):
        registration_of(done.id, user("tax_clerk"))
