"""Guided intake and acceptance: the one-time checklist, materials received or promised, the case
stored with its workflow started — or nothing stored at all."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from app.core.errors import PermissionDenied, ValidationError
from app.core.models import Case, CaseState, Material, MaterialState, Person, StepState
from app.plugin_api import IntakeAnswers
from plugins.registration.intake import MaterialEntry, accept_case, load_form
from plugins.registration.materials import checklist_for, collected_items
from plugins.registration.printouts import acceptance_receipt_data, checklist_notice_data

from .helpers import T0, all_received, row_counts, step, valid_form, window_user


def codes(items) -> list[str]:
    return [item.code for item in items]


def test_checklist_is_the_union_of_every_department_each_material_once(reg_sqlite):
    items = checklist_for(reg_sqlite.host, IntakeAnswers(company_type="limited_company", has_employees=True,
                                                         needs_invoices=True))
    assert len(codes(items)) == len(set(codes(items)))
    by_code = {item.code: item for item in items}
    assert {"application_form", "articles", "shareholder_ids", "address_proof", "legal_rep_id",
            "employee_roster", "invoice_application"} <= set(by_code)
    legal = by_code["legal_rep_id"]
    assert legal.departments[0] == "market_supervision" and len(legal.departments) == 5
    assert legal.name == "法定代表人身份证件" and not legal.deferrable
    assert by_code["officer_appointments"].deferrable and not by_code["articles"].deferrable
    assert "business_licence_copy" in by_code  # declared by the departments ...
    assert "business_licence_copy" not in codes(collected_items(reg_sqlite.host, IntakeAnswers("limited_company")))


@pytest.mark.parametrize("answers,present,absent", [
    (IntakeAnswers("sole_proprietorship"), {"shareholder_ids"}, {"articles", "partnership_agreement"}),
    (IntakeAnswers("individual_business"), set(), {"articles", "shareholder_ids", "officer_appointments"}),
    (IntakeAnswers("partnership"), {"partnership_agreement"}, {"articles"}),
    (IntakeAnswers("cooperative"), {"cooperative_articles"}, {"articles"}),
    (IntakeAnswers("limited_company"), {"articles"}, {"employee_roster", "invoice_application"}),
])
def test_checklist_follows_the_answers(reg_sqlite, answers, present, absent):
    found = set(codes(checklist_for(reg_sqlite.host, answers)))
    assert present <= found and not (absent & found)


def test_incubator_address_asks_for_the_hosting_agreement(reg_sqlite):
    items = {i.code: i for i in checklist_for(reg_sqlite.host, IntakeAnswers("limited_company",
                                                                             address_type="incubator"))}
    assert "托管协议" in items["address_proof"].name and "孵化机构" in items["address_proof"].notes[0]
    leased = {i.code: i for i in checklist_for(reg_sqlite.host, IntakeAnswers("limited_company"))}
    assert "租赁合同" in leased["address_proof"].name


def test_checklist_notice_data_names_the_departments(reg_sqlite):
    answers = IntakeAnswers("limited_company", has_employees=True, industry_codes=("6513",))
    notice = checklist_notice_data(reg_sqlite.host, answers, clerk="王晓燕", at=T0)
    legal = next(item for item in notice.items if item.name == "法定代表人身份证件")
    assert "市场监督管理局" in legal.departments and "税务局" in legal.departments
    assert ("企业类型", "有限责任公司") in notice.answers
    assert ("经营行业", "6513 应用软件开发") in notice.answers
    assert all(item.name != "营业执照（副本）" for item in notice.items)


def test_accept_stores_the_case_and_readies_the_intake_review(reg):
    form = valid_form()
    promise_day = dt.date(2026, 3, 4)
    materials = [m if m.code != "officer_appointments" else MaterialEntry("officer_appointments", "promised",
                                                                          promise_day)
                 for m in all_received(reg, form)]
    case = accept_case(reg, form, materials, user=window_user(), at=T0)
    assert case.number == "KB2026030200001" and case.state == CaseState.IN_PROGRESS
    assert case.channel == "window" and case.case_type == "limited_company" and case.created_at == T0
    ent = case.enterprise
    assert (ent.name, ent.company_type, ent.registered_capital, ent.area_code) == (
        "绵阳锦程科技有限公司", "limited_company", Decimal("500000"), "510703")
    assert (case.legal_representative.name, case.contact.name, case.contact.mobile) == ("张三", "李四", "13912345678")
    assert case.data["intake"]["industry_codes"] == ["6513", "6560"]
    assert [s["share"] for s in case.data["shareholders"]] == ["60.00", "30.00", "10.00"]
    materials = {m.code: m for m in Material.select().where(Material.case == case.id)}
    assert materials["officer_appointments"].state == MaterialState.PROMISED
    assert materials["officer_appointments"].promised_by == promise_day
    assert materials["articles"].state == MaterialState.RECEIVED and materials["articles"].received_at == T0
    assert materials["business_licence_copy"].state == MaterialState.REQUIRED  # produced at the licence
    review = step(case, "intake_review")
    assert review.state == StepState.READY and review.ready_at == T0
    assert step(case, "seal").organisation_id is None  # chosen at the licence
    assert load_form(case.id).company_name == form.company_name


def test_acceptance_receipt_data(reg_sqlite):
    case = accept_case(reg_sqlite, valid_form(), all_received(reg_sqlite, valid_form()), user=window_user(), at=T0)
    receipt = acceptance_receipt_data(case.id, office="绵阳高新区市场监督管理局综合受理窗口", clerk="王晓燕")
    assert receipt.case_number == case.number and receipt.enterprise_name == "绵阳锦程科技有限公司"
    assert receipt.applicant == "张三" and receipt.accepted_at == T0 and case.number in receipt.qr_payload
    assert all(m.state == MaterialState.RECEIVED for m in receipt.materials)
    assert len(receipt.materials) == len(all_received(reg_sqlite, valid_form()))


@pytest.mark.parametrize("change,key,fragment", [
    (lambda ms: [m for m in ms if m.code != "articles"], "materials.articles", "尚未收取"),
    (lambda ms: [MaterialEntry("articles", "promised", dt.date(2026, 3, 4)) if m.code == "articles" else m
                 for m in ms], "materials.articles", "不能容缺"),
    (lambda ms: [MaterialEntry("officer_appointments", "promised", None) if m.code == "officer_appointments" else m
                 for m in ms], "materials.officer_appointments", "承诺补交日期"),
    (lambda ms: [MaterialEntry("officer_appointments", "promised", dt.date(2026, 3, 2))
                 if m.code == "officer_appointments" else m for m in ms], "materials.officer_appointments", "晚于今天"),
    (lambda ms: [MaterialEntry("officer_appointments", "promised", dt.date(2026, 3, 7))  # a Saturday
                 if m.code == "officer_appointments" else m for m in ms], "materials.officer_appointments", "工作日"),
    (lambda ms: ms + [MaterialEntry("passport_photo")], "materials.passport_photo", "不在"),
    (lambda ms: ms + [MaterialEntry("business_licence_copy")], "materials.business_licence_copy", "不在"),
    (lambda ms: [MaterialEntry(m.code, "lost") for m in ms], "materials.articles", "状态"),
])
def test_material_rules(reg_sqlite, change, key, fragment):
    form = valid_form()
    before = row_counts()
    with pytest.raises(ValidationError) as info:
        accept_case(reg_sqlite, form, change(all_received(reg_sqlite, form)), user=window_user(), at=T0)
    assert fragment in info.value.errors[key], info.value.errors
    assert row_counts() == before


def test_form_and_material_errors_come_together_and_nothing_is_written(reg):
    form = valid_form(registered_capital="0")
    before = row_counts()
    with pytest.raises(ValidationError) as info:
        accept_case(reg, form, [m for m in all_received(reg, form) if m.code != "address_proof"],
                    user=window_user(), at=T0)
    assert {"registered_capital", "materials.address_proof"} <= set(info.value.errors)
    assert row_counts() == before


def test_a_name_in_use_is_refused(reg_sqlite):
    form = valid_form()
    accept_case(reg_sqlite, form, all_received(reg_sqlite, form), user=window_user(), at=T0)
    with pytest.raises(ValidationError) as info:
        accept_case(reg_sqlite, form, all_received(reg_sqlite, form), user=window_user(), at=T0)
    assert "已被使用" in info.value.errors["company_name"]
    assert Case.select().count() == 1


def test_a_failure_inside_the_transaction_leaves_nothing(reg, monkeypatch):
    from app.core import workflow

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(workflow, "start_case", broken)
    before = row_counts()
    with pytest.raises(RuntimeError):
        accept_case(reg, valid_form(), all_received(reg, valid_form()), user=window_user(), at=T0)
    assert row_counts() == before


def test_only_the_window_accepts_cases(reg_sqlite):
    with pytest.raises(PermissionDenied):
        accept_case(reg_sqlite, valid_form(), all_received(reg_sqlite, valid_form()), user=window_user("seal_clerk"))
    with pytest.raises(PermissionDenied):
        accept_case(reg_sqlite, valid_form(), all_received(reg_sqlite, valid_form()), user=None)
    case = accept_case(reg_sqlite, valid_form(), all_received(reg_sqlite, valid_form()), user=window_user("admin"))
    assert case.created_by_id == window_user("admin").id


def test_contact_defaults_to_a_separate_person(reg_sqlite):
    form = dataclasses.replace(valid_form(), contact=dataclasses.replace(valid_form().contact, name="王小明"))
    case = accept_case(reg_sqlite, form, all_received(reg_sqlite, form), user=window_user(), at=T0)
    assert case.contact_id != case.legal_representative_id
    assert Person.get_by_id(case.contact_id).name == "王小明"
