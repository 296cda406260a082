"""Point to point: a department's staff read only the cases routed to their organisation, and of
those only the fields and materials their step types declare; revealing personal data is logged."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from case_helpers import LEGAL_ID, LEGAL_MOBILE, new_case, seed_people, step, user, walk_to_departments

from app.core import workflow
from app.core.cases import case_detail
from app.core.errors import PermissionDenied
from app.core.fields import CASE_FIELDS, expand, field_access, reveal_field
from app.core.identifiers import new_uscc
from app.core.models import AuditLog, Case, Enterprise, Material, Person
from app.core.workflow import WorkflowGraph

AT = dt.datetime(2026, 3, 2, 9, 0)
CONTACT_MOBILE = "13900001111"
SHAREHOLDER_ID = "510703198001010011"
MATERIALS = [("business_licence_copy", "营业执照（副本）"), ("legal_rep_id", "法定代表人身份证件"),
             ("articles", "公司章程"), ("lease", "住所使用证明")]


@pytest.fixture
def case(ctx, fast_hash) -> Case:
    """At the departments; its applicant chose 华信 for the seal and 工行高新支行 for the bank."""
    seed_people(ctx)
    made = new_case(ctx, "绵阳锦程科技有限公司", seal="seal-huaxin", bank="bank-icbc-gx", at=AT)
    contact = Person.create(name="李四", id_number="", mobile=CONTACT_MOBILE)
    data = dict(made.data) | {"shareholders": [{"name": "张三", "id_number": SHAREHOLDER_ID, "kind": "person",
                                                "share": "100"}]}
    Case.update(contact=contact, data=data).where(Case.id == made.id).execute()
    for code, name in MATERIALS:
        Material.create(case=made.id, code=code, name=name)
    Enterprise.update(uscc=new_uscc("510703", exists=lambda code: False)).where(
        Enterprise.id == made.enterprise_id).execute()
    walk_to_departments(ctx, made, at=AT + dt.timedelta(minutes=30))
    return Case.get_by_id(made.id)


def test_declared_paths_expand_to_the_fields_they_cover():
    assert expand(["legal_representative"]) == {"legal_representative.name", "legal_representative.id_number",
                                                "legal_representative.mobile"}
    assert expand(["enterprise.uscc", "enterprise.name"]) == {"enterprise.uscc", "enterprise.name"}
    assert expand(["enterprise.*"]) == {p for p in CASE_FIELDS if p.startswith("enterprise.")}
    assert expand(["*"]) == set(CASE_FIELDS)
    assert expand(["enterprise"]) == expand(["enterprise.*"])
    assert expand(["enterprise.nam", "nonsense"]) == set()  # a prefix must end at a dot


def test_bank_branch_reads_only_what_the_bank_step_declares(ctx, case):
    detail = case_detail(case.id, user("bank_clerk"), graph=ctx.graph)
    # bank_account declares enterprise.name, .uscc, .address and legal_representative
    assert set(detail.enterprise) == {"name", "uscc", "address"}
    assert detail.enterprise["name"] == "绵阳锦程科技有限公司" and len(detail.enterprise["uscc"]) == 18
    assert "business_scope" not in detail.enterprise and "registered_capital" not in detail.enterprise
    assert detail.legal_representative == {"name": "张三", "id_number": LEGAL_ID[:3] + "*" * 11 + LEGAL_ID[-4:],
                                           "mobile": "138****5678"}
    assert detail.shareholders is None and detail.contact is None
    assert SHAREHOLDER_ID not in repr(detail) and CONTACT_MOBILE[-4:] + "'" not in repr(detail)
    assert "shareholders" not in detail.fields and "enterprise.business_scope" not in detail.fields
    # materials: only the codes the bank step declares
    assert [m["code"] for m in detail.materials] == ["business_licence_copy", "legal_rep_id"]


def test_bank_branch_cannot_fetch_a_case_routed_to_another_branch(ctx, case):
    other = user("bank_clerk2")  # 建行涪城支行: the applicant did not choose it
    with pytest.raises(PermissionDenied):
        case_detail(case.id, other, graph=ctx.graph)
    with pytest.raises(PermissionDenied):
        reveal_field(case.id, other, "legal_representative.mobile", graph=ctx.graph)
    assert field_access(case.id, other, ctx.graph).fields == frozenset()
    assert not AuditLog.select().where(AuditLog.user == other.id).exists()


def test_the_window_and_administrators_read_everything(ctx, case):
    for username in ("clerk", "admin"):
        detail = case_detail(case.id, user(username), graph=ctx.graph)
        assert set(detail.enterprise) == {"name", "uscc", "company_type", "registered_capital", "address",
                                          "business_scope"}
        assert detail.contact == {"name": "李四", "id_number": "", "mobile": "139****1111"}
        assert detail.shareholders == [{"name": "张三", "kind": "person", "share": "100",
                                        "id_number": SHAREHOLDER_ID[:3] + "*" * 11 + SHAREHOLDER_ID[-4:]}]
        assert [m["code"] for m in detail.materials] == ["application_form"] + [code for code, _ in MATERIALS]
        assert detail.fields == frozenset(CASE_FIELDS)


def test_a_step_type_declaring_less_gives_less(ctx, case):
    """The declaration decides, not the department: a bank step that no longer asks for the legal
    representative gets neither the name nor the masked numbers."""
    slim = replace(ctx.graph.steps["bank_account"], case_fields=("enterprise.name",), materials=())
    graph = WorkflowGraph(dict(ctx.graph.steps) | {"bank_account": slim})
    detail = case_detail(case.id, user("bank_clerk"), graph=graph)
    assert detail.enterprise == {"name": "绵阳锦程科技有限公司"}
    assert detail.legal_representative is None and detail.materials == []
    with pytest.raises(PermissionDenied):
        reveal_field(case.id, user("bank_clerk"), "legal_representative.id_number", graph=graph)


def test_without_a_graph_the_running_plugins_declarations_count(ctx, case):
    detail = case_detail(case.id, user("seal_clerk"))
    assert set(detail.enterprise) == {"name", "uscc"}  # seal: enterprise.name, .uscc, legal_representative
    assert "name" in detail.legal_representative


def test_revealing_a_declared_field_returns_it_and_is_audited(ctx, case):
    bank = user("bank_clerk")
    assert reveal_field(case.id, bank, "legal_representative.mobile", graph=ctx.graph) == LEGAL_MOBILE
    assert reveal_field(case.id, bank, "legal_representative.id_number", graph=ctx.graph) == LEGAL_ID
    rows = list(AuditLog.select().where(AuditLog.action == "reveal").order_by(AuditLog.id))
    assert [(r.user_id, r.case_id, r.field, r.entity) for r in rows] == [
        (bank.id, case.id, "legal_representative.mobile", "person"),
        (bank.id, case.id, "legal_representative.id_number", "person")]
    assert all(r.at is not None and r.entity_id == case.legal_representative_id for r in rows)
    assert LEGAL_MOBILE not in rows[0].detail  # the log says what was revealed, not the value


def test_revealing_an_undeclared_or_unmaskable_field_is_refused_and_not_logged(ctx, case):
    bank = user("bank_clerk")
    with pytest.raises(PermissionDenied):
        reveal_field(case.id, bank, "contact.mobile", graph=ctx.graph)  # the bank declared no contact
    with pytest.raises(PermissionDenied):
        reveal_field(case.id, bank, "enterprise.business_scope", graph=ctx.graph)  # not masked: nothing to reveal
    assert not AuditLog.select().where(AuditLog.action == "reveal").exists()
    assert reveal_field(case.id, user("clerk"), "contact.mobile", graph=ctx.graph) == CONTACT_MOBILE


def test_notes_of_steps_a_user_cannot_see_are_left_out(ctx, case):
    seal = step(case, "seal")
    seal_clerk = user("seal_clerk")
    workflow.claim_step(seal.id, seal_clerk.id, at=AT + dt.timedelta(hours=1))
    workflow.hold_step(seal.id, seal_clerk.id, "等待申请人确认印模", at=AT + dt.timedelta(hours=1))

    def held_notes(username):
        detail = case_detail(case.id, user(username), graph=ctx.graph)
        return [e.note for e in detail.timeline if e.event == "held"]

    assert held_notes("seal_clerk") == ["等待申请人确认印模"]
    assert held_notes("bank_clerk") == [""]  # the event shows, the seal company's note does not
    detail = case_detail(case.id, user("bank_clerk"), graph=ctx.graph)
    assert {s["step_type"]: s["worked_by"] for s in detail.steps}["seal"] == "赵师傅"
