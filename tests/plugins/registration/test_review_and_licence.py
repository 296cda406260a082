"""From intake to an issued licence: approval with the licence class deadline, the applicant's
choice routed point-to-point, a new valid USCC, the department steps ready together; return for
correction and resubmission."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from stdnum.cn import uscc as stdnum_uscc

from app.core import workflow
from app.core.errors import Conflict, PermissionDenied, ServiceError, ValidationError
from app.core.identifiers import validate_uscc
from app.core.models import (Case, CaseState, Enterprise, Material, MaterialState, Organisation, Step, StepEvent,
                             StepState)
from plugins.registration.intake import accept_case
from plugins.registration.licence import Delivery, LicenceChoice, choice_options, chosen_departments, issue_licence
from plugins.registration.licence_classes import class_of_code, licence_class_for
from plugins.registration.printouts import licence_data
from plugins.registration.review import approve, resubmit, return_case

from .helpers import T0, all_received, step, valid_form, window_user

DEPARTMENT_STEPS = {"seal", "bank_account", "tax_registration", "social_insurance"}


def accepted(ctx, **changes) -> Case:
    form = valid_form(**changes)
    return accept_case(ctx, form, all_received(ctx, form), user=window_user(), at=T0)


def org(code: str) -> int:
    return Organisation.get(Organisation.code == code).id


def choice(seal="seal-jincheng", bank="bank-ccb-fc", **kwargs) -> LicenceChoice:
    return LicenceChoice(organisations={"seal": org(seal), "bank": org(bank)}, **kwargs)


def test_licence_classes_come_from_the_rules():
    assert class_of_code("6513") == ("1", "")
    assert class_of_code("6210")[0] == "3" and "食品经营许可" in class_of_code("6210")[1]
    assert class_of_code("5227")[0] == "6"  # longer prefix (5227) beats the shorter one (522)
    assert class_of_code("5221")[0] == "3"
    assert licence_class_for(["6513", "6210"]).hours == 3
    strictest = licence_class_for(["6513", "6210", "7263"])
    assert (strictest.code, strictest.hours) == ("6", 6) and "劳务派遣" in strictest.reasons[0]
    assert licence_class_for([]).code == "1"


def test_from_intake_to_issued_licence(reg):
    case = accepted(reg)
    approved_at = T0 + dt.timedelta(minutes=12)
    approval = approve(step(case, "intake_review").id, window_user(), graph=reg.graph, at=approved_at)
    licence_step = step(case, "business_licence")
    assert approval.licence_class.code == "1" and approval.licence_step_id == licence_step.id
    assert licence_step.state == StepState.READY
    assert licence_step.due_at == approved_at + dt.timedelta(hours=1) == approval.licence_due_at
    assert Case.get_by_id(case.id).data["licence_class"] == "1"

    issued_at = approved_at + dt.timedelta(minutes=35)
    slot = dt.datetime(2026, 3, 3, 10, 0)
    data = issue_licence(licence_step.id, window_user(), choice(
        delivery=Delivery("mail", "绵阳市涪城区临园路 1 号", "李四", "13912345678"), appointments={"bank": slot}),
        graph=reg.graph, at=issued_at)

    ent = Enterprise.get_by_id(case.enterprise_id)
    assert data.uscc == ent.uscc and validate_uscc(ent.uscc) == ent.uscc and stdnum_uscc.is_valid(ent.uscc)
    assert ent.uscc.startswith("91510703")  # enterprise, area code of the address
    assert (data.name, data.legal_representative, data.established_on) == ("绵阳锦程科技有限公司", "张三", T0.date())
    assert data.company_type == "有限责任公司（自然人投资或控股）"
    steps = {s.step_type: s for s in Step.select().where(Step.case == case.id)}
    assert steps["business_licence"].state == StepState.DONE
    assert {steps[name].state for name in DEPARTMENT_STEPS} == {StepState.READY}
    assert {steps[name].ready_at for name in DEPARTMENT_STEPS} == {issued_at}
    assert steps["seal"].organisation.code == "seal-jincheng"
    assert steps["bank_account"].organisation.code == "bank-ccb-fc"
    assert steps["tax_registration"].organisation.code == "tax-gx"
    stored = Case.get_by_id(case.id).data
    assert stored["chosen"] == {"seal": org("seal-jincheng"), "bank": org("bank-ccb-fc")}
    assert stored["delivery"]["method"] == "mail" and stored["appointments"] == {"bank": slot.isoformat()}
    routed = StepEvent.get((StepEvent.step == steps["seal"].id) & (StepEvent.event == "routed"))
    assert routed.note == "金城刻章服务部"
    licence_copy = Material.get((Material.case == case.id) & (Material.code == "business_licence_copy"))
    assert licence_copy.state == MaterialState.RECEIVED
    assert licence_data(case.id) == data
    # Only the chosen seal company sees the case; the others do not.
    from app.core.access import can_see_case

    assert can_see_case(window_user("seal_clerk2"), case.id)  # 金城刻章服务部
    assert not can_see_case(window_user("seal_clerk"), case.id)  # 华信


# The class's hours are working hours: from 09:00 on a Monday, 3 hours end at noon and 6 hours,
# with the lunch break (12:00-13:00) not counting, at 16:00.
@pytest.mark.parametrize("codes,hours,due", [(("6210",), 3, dt.time(12, 0)), (("6513", "7263"), 6, dt.time(16, 0)),
                                             (("5292", "5227"), 6, dt.time(16, 0))])
def test_licence_deadline_by_licence_class(reg_sqlite, codes, hours, due):
    case = accepted(reg_sqlite, industry_codes=codes)
    approval = approve(step(case, "intake_review").id, window_user(), graph=reg_sqlite.graph, at=T0)
    assert approval.licence_class.hours == hours
    licence = step(case, "business_licence")
    assert licence.due_at == dt.datetime.combine(T0.date(), due) == approval.licence_due_at
    assert licence.time_limit == hours * 60


def test_choice_options_are_the_chosen_departments_organisations(reg_sqlite):
    assert chosen_departments(reg_sqlite.graph) == {"seal": ("seal",), "bank": ("bank_account",)}
    groups = {g.department: g for g in choice_options(reg_sqlite.graph)}
    assert set(groups) == {"seal", "bank"}
    assert {o.code for o in groups["seal"].options} == {"seal-huaxin", "seal-jincheng", "seal-anda"}
    assert groups["bank"].step_titles == ("银行开户",)
    huaxin = next(o for o in groups["seal"].options if o.code == "seal-huaxin")
    assert huaxin.address and huaxin.phone


def test_a_bad_choice_changes_nothing(reg_sqlite):
    case = accepted(reg_sqlite)
    approve(step(case, "intake_review").id, window_user(), graph=reg_sqlite.graph, at=T0)
    licence_step = step(case, "business_licence")
    bad = LicenceChoice(organisations={"seal": org("bank-icbc-gx"), "tax": org("tax-gx")},
                        delivery=Delivery("mail", "", "", "123"), appointments={"seal": T0 - dt.timedelta(hours=1)})
    with pytest.raises(ValidationError) as info:
        issue_licence(licence_step.id, window_user(), bad, graph=reg_sqlite.graph, at=T0)
    assert {"chosen.seal", "chosen.bank", "chosen.tax", "delivery.address", "delivery.recipient", "delivery.mobile",
            "appointments.seal"} == set(info.value.errors)
    assert step(case, "business_licence").state == StepState.READY
    assert Enterprise.get_by_id(case.enterprise_id).uscc is None
    Organisation.update(active=False).where(Organisation.code == "seal-anda").execute()
    with pytest.raises(ValidationError) as info:
        issue_licence(licence_step.id, window_user(), choice(seal="seal-anda"), graph=reg_sqlite.graph, at=T0)
    assert set(info.value.errors) == {"chosen.seal"}


def test_licence_only_once_and_only_after_review(reg_sqlite):
    case = accepted(reg_sqlite)
    with pytest.raises(ServiceError):  # still waiting for the review
        issue_licence(step(case, "business_licence").id, window_user(), choice(), graph=reg_sqlite.graph, at=T0)
    approve(step(case, "intake_review").id, window_user(), graph=reg_sqlite.graph, at=T0)
    issue_licence(step(case, "business_licence").id, window_user(), choice(), graph=reg_sqlite.graph, at=T0)
    with pytest.raises(ServiceError):
        issue_licence(step(case, "business_licence").id, window_user(), choice(), graph=reg_sqlite.graph, at=T0)
    with pytest.raises(ServiceError):
        approve(step(case, "business_licence").id, window_user(), graph=reg_sqlite.graph, at=T0)


def test_uscc_collision_is_retried(reg_sqlite, monkeypatch):
    from plugins.registration import licence

    other = accepted(reg_sqlite, company_name="绵阳云帆商贸有限公司", industry_codes=("5211",))
    Enterprise.update(uscc="91510703MA0000000X").where(Enterprise.id == other.enterprise_id).execute()
    taken = Enterprise.get_by_id(other.enterprise_id).uscc
    candidates = iter([taken, "91510703MA62345678"])

    def fake_new_uscc(area_code, *, exists, entity="1", **kwargs):
        return next(candidates)  # the first candidate collides although ``exists`` would have said so

    monkeypatch.setattr(licence, "new_uscc", fake_new_uscc)
    case = accepted(reg_sqlite)
    approve(step(case, "intake_review").id, window_user(), graph=reg_sqlite.graph, at=T0)
    data = issue_licence(step(case, "business_licence").id, window_user(), choice(), graph=reg_sqlite.graph, at=T0)
    assert data.uscc == "91510703MA62345678"


def test_other_departments_cannot_approve(reg_sqlite):
    case = accepted(reg_sqlite)
    with pytest.raises(PermissionDenied):
        approve(step(case, "intake_review").id, window_user("seal_clerk"), graph=reg_sqlite.graph, at=T0)
    workflow.claim_step(step(case, "intake_review").id, window_user("msa_chief").id, at=T0)
    with pytest.raises(Conflict):  # held by the chief
        approve(step(case, "intake_review").id, window_user(), graph=reg_sqlite.graph, at=T0)
    approve(step(case, "intake_review").id, window_user("msa_chief"), graph=reg_sqlite.graph, at=T0)


def test_return_and_resubmit(reg):
    case = accepted(reg)
    review = step(case, "intake_review")
    with pytest.raises(ValidationError):
        return_case(review.id, window_user(), ["  "], at=T0)
    returned_at = T0 + dt.timedelta(minutes=10)
    returned = return_case(review.id, window_user(), ["经营范围表述不规范", "住所证明不清晰"], at=returned_at)
    assert returned.state == StepState.RETURNED and Case.get_by_id(case.id).state == CaseState.RETURNED
    event = StepEvent.select().where(StepEvent.step == review.id).order_by(StepEvent.id.desc()).get()
    assert event.note == "经营范围表述不规范；住所证明不清晰"
    assert Case.get_by_id(case.id).data["corrections"][0]["reasons"] == ["经营范围表述不规范", "住所证明不清晰"]
    with pytest.raises(ServiceError):  # a returned case cannot be approved
        approve(review.id, window_user(), graph=reg.graph, at=returned_at)

    bad = valid_form(business_scope="")
    with pytest.raises(ValidationError) as info:
        resubmit(reg, case.id, bad, user=window_user(), at=returned_at)
    assert set(info.value.errors) == {"business_scope"}
    assert Case.get_by_id(case.id).state == CaseState.RETURNED

    corrected_at = returned_at + dt.timedelta(hours=2)
    form = valid_form(business_scope="软件开发；信息系统集成服务", industry_codes=("6513", "6531"),
                      legal_representative=dataclasses.replace(valid_form().legal_representative, mobile="13712345678"))
    resubmit(reg, case.id, form, user=window_user(), at=corrected_at)
    again = Case.get_by_id(case.id)
    assert again.state == CaseState.IN_PROGRESS
    assert again.enterprise.business_scope == "软件开发；信息系统集成服务"
    assert again.legal_representative.mobile == "13712345678"
    assert again.data["intake"]["industry_codes"] == ["6513", "6531"]
    review = step(case, "intake_review")
    assert (review.state, review.claimed_by_id) == (StepState.READY, None)
    # The two hours at the applicant's do not count against the review's deadline.
    assert review.due_at == T0 + dt.timedelta(minutes=30) + dt.timedelta(hours=2)
    assert StepEvent.select().where((StepEvent.step == review.id) & (StepEvent.event == "resubmitted")).count() == 1
    approve(review.id, window_user(), graph=reg.graph, at=corrected_at)
    assert step(case, "business_licence").state == StepState.READY
    with pytest.raises(ServiceError):  # not returned any more
        resubmit(reg, case.id, form, user=window_user(), at=corrected_at)


def test_resume_after_correction_is_generic(reg_sqlite):
    case = accepted(reg_sqlite)
    review = step(case, "intake_review")
    with pytest.raises(Conflict):
        workflow.resume_after_correction(review.id, None, at=T0)
    clerk = window_user().id
    workflow.claim_step(review.id, clerk, at=T0)
    workflow.return_for_correction(review.id, clerk, "材料不全", at=T0)
    resumed = workflow.resume_after_correction(review.id, clerk, at=T0 + dt.timedelta(minutes=5))
    assert resumed.state == StepState.READY and resumed.due_at == T0 + dt.timedelta(minutes=35)
    assert Case.get_by_id(case.id).state == CaseState.IN_PROGRESS


def test_resubmit_asks_for_materials_the_corrected_answers_add(reg_sqlite):
    case = accepted(reg_sqlite, has_employees=False)
    return_case(step(case, "intake_review").id, window_user(), "漏报招用员工", at=T0)
    corrected = valid_form(has_employees=True, contact=valid_form().legal_representative)
    with pytest.raises(ValidationError) as info:
        resubmit(reg_sqlite, case.id, corrected, user=window_user(), at=T0)
    assert set(info.value.errors) == {"materials.employee_roster"}
    resubmit(reg_sqlite, case.id, corrected, user=window_user(), at=T0,
             materials=all_received(reg_sqlite, corrected))
    roster = Material.get((Material.case == case.id) & (Material.code == "employee_roster"))
    assert roster.state == MaterialState.RECEIVED
    assert Case.get_by_id(case.id).data["intake"]["has_employees"] is True
