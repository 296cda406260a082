"""The configurable graph (required steps per case type, time limits, the serial variant), its
critical path and a case's expected completion."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import finish, new_case, seed_people, step, user_id, work

from app.cli import main
from app.core import graph_config, workflow
from app.core.critical_path import critical_path, expected_completion
from app.core.graph_config import GraphConfig, Variant, build_graph, reference_variants
from app.core.models import Case, CaseState, Step, StepState
from app.core.workflow import WorkflowGraph
from app.plugin_api import StepTypeSpec

D = dt.datetime
MONDAY = D(2026, 3, 2, 9, 0)


def zibo_specs() -> list[StepTypeSpec]:
    """Zibo: licence and seal 45 minutes together, then tax 15, social insurance 15 and bank 75
    side by side."""
    return [
        StepTypeSpec("business_licence", "registration", "核准发照", time_limit_minutes=25),
        StepTypeSpec("seal", "seal", "刻章", waits_for=("business_licence",), time_limit_minutes=20),
        StepTypeSpec("tax_registration", "tax", "税务登记", waits_for=("seal",), time_limit_minutes=15),
        StepTypeSpec("social_insurance", "social_insurance", "社保登记", waits_for=("seal",), time_limit_minutes=15),
        StepTypeSpec("bank_account", "bank", "银行开户", waits_for=("seal",), time_limit_minutes=75),
    ]


def test_zibo_limits_give_120_minutes_and_the_serial_variant_is_longer():
    parallel, notes = build_graph(zibo_specs(), GraphConfig(variants=reference_variants()), variant=None)
    assert notes == []
    assert critical_path(parallel) == (120, ["business_licence", "seal", "bank_account"])

    serial, notes = build_graph(zibo_specs(), GraphConfig(variants=reference_variants()), variant="serial")
    assert notes == [] and serial.variant == "serial"
    assert serial.steps["tax_registration"].waits_for == ("bank_account",)
    minutes, path = critical_path(serial)
    assert minutes == 25 + 20 + 75 + 15 == 135 > 120
    assert path[:3] == ["business_licence", "seal", "bank_account"]


def test_critical_path_with_given_limits():
    graph = WorkflowGraph.from_specs(zibo_specs())
    # tax and social insurance tie: the earlier in the graph's order (by name here) is on the path
    assert critical_path(graph, {"bank_account": 10}) == (60, ["business_licence", "seal", "social_insurance"])
    assert critical_path(graph, {"business_licence": 0, "seal": 0}) == (75, ["business_licence", "seal",
                                                                            "bank_account"])
    assert critical_path(WorkflowGraph({})) == (0, [])


def test_the_installed_graph_and_its_serial_variant(sqlite_ctx):
    graph = sqlite_ctx.graph
    assert graph.variant == ""
    assert critical_path(graph) == (30 + 60 + 75, ["intake_review", "business_licence", "bank_account"])
    serial, _notes = build_graph(sqlite_ctx.host.call("kaiban_step_types"), graph_config.load_config(),
                                 variant=graph_config.SERIAL)
    assert critical_path(serial)[0] == 30 + 60 + 45 + 75 + 15


def test_restricting_a_graph_keeps_the_order_through_steps_left_out():
    serial, _ = build_graph(zibo_specs(), GraphConfig(variants=reference_variants()), variant="serial")
    without_bank = serial.restricted_to(["business_licence", "seal", "tax_registration", "social_insurance"])
    assert without_bank.steps["tax_registration"].waits_for == ("seal",)
    assert without_bank.steps["social_insurance"].waits_for == ("seal",)
    only_tax = serial.restricted_to(["tax_registration"])
    assert only_tax.steps["tax_registration"].waits_for == ()
    assert serial.restricted_to(serial.steps) is serial


def test_configuration_that_cannot_apply_is_noted_not_fatal():
    cyclic = Variant("loop", "loop", {"business_licence": ("bank_account",)})
    config = GraphConfig(time_limits={"seal": 30, "nowhere": 5}, required={"x": ("seal", "nowhere")},
                         variants={"loop": cyclic}, active_variant="loop")
    graph, notes = build_graph(zibo_specs(), config)
    assert graph.variant == "" and graph.steps["business_licence"].waits_for == ()
    assert graph.steps["seal"].time_limit_minutes == 30
    assert graph.required == {"x": ("seal",)}
    assert any("cycle" in n for n in notes) and any("nowhere" in n for n in notes)
    _graph, notes = build_graph(zibo_specs(), config, variant="missing")
    assert any("missing" in n for n in notes)


@pytest.fixture
def wf(ctx, fast_hash):
    seed_people(ctx)
    return ctx


def reopened_graph(ctx) -> WorkflowGraph:
    """The graph as the application builds it when it next opens the database."""
    graph, _notes = graph_config.configured_graph(ctx.host.call("kaiban_step_types"))
    return graph


def test_time_limit_overrides_apply_to_new_steps(wf):
    graph_config.set_time_limit("intake_review", 20)
    graph = reopened_graph(wf)
    assert graph.steps["intake_review"].time_limit_minutes == 20
    case = new_case(wf, at=MONDAY, start=False)
    workflow.start_case(case.id, graph, at=MONDAY)
    assert step(case, "intake_review").due_at == D(2026, 3, 2, 9, 20)
    graph_config.set_time_limit("intake_review", None)
    assert reopened_graph(wf).steps["intake_review"].time_limit_minutes == 30
    with pytest.raises(Exception):
        graph_config.set_time_limit("intake_review", 0)


def test_a_case_type_has_only_its_required_steps_and_completes_when_they_are_done(wf):
    graph_config.set_required_steps("individual_business", ["intake_review", "business_licence", "tax_registration"],
                                    known=wf.graph.steps)
    graph = reopened_graph(wf)
    case = new_case(wf, at=MONDAY, start=False)
    Case.update(case_type="individual_business").where(Case.id == case.id).execute()
    workflow.start_case(case.id, graph, at=MONDAY)
    assert {s.step_type for s in Step.select().where(Step.case == case.id)} == {
        "intake_review", "business_licence", "tax_registration"}
    for step_type, who in (("intake_review", "clerk"), ("business_licence", "clerk")):
        work(wf, case, step_type, who, at=MONDAY)
    assert step(case, "tax_registration").state == StepState.READY
    work(wf, case, "tax_registration", "tax_clerk", at=MONDAY)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
    # Other case types still get every step.
    other = new_case(wf, "绵阳云帆商贸有限公司", at=MONDAY, start=False)
    workflow.start_case(other.id, graph, at=MONDAY)
    assert Step.select().where(Step.case == other.id).count() == 6


def test_the_serial_variant_readies_one_department_after_the_other(wf):
    graph_config.use_variant("serial")
    graph = reopened_graph(wf)
    assert graph.variant == "serial"
    case = new_case(wf, at=MONDAY, start=False)
    workflow.start_case(case.id, graph, at=MONDAY)
    for step_type in ("intake_review", "business_licence"):
        workflow.claim_step(step(case, step_type).id, user_id("clerk"), at=MONDAY)
        workflow.complete_step(step(case, step_type).id, user_id("clerk"), graph, at=MONDAY)
    states = {s.step_type: s.state for s in Step.select().where(Step.case == case.id)}
    assert states["seal"] == StepState.READY
    assert {states[n] for n in ("bank_account", "tax_registration", "social_insurance")} == {StepState.WAITING}
    workflow.claim_step(step(case, "seal").id, user_id("seal_clerk"), at=MONDAY)
    finish(wf, step(case, "seal").id, user_id("seal_clerk"), graph=graph, at=MONDAY)
    assert step(case, "bank_account").state == StepState.READY
    assert step(case, "tax_registration").state == StepState.WAITING
    with pytest.raises(Exception):
        graph_config.use_variant("no_such_variant")


def test_expected_completion_follows_the_critical_path_from_the_cases_state(wf):
    case = new_case(wf, at=MONDAY)
    fresh = expected_completion(case.id, wf.graph, at=MONDAY)
    assert (fresh.minutes_left, fresh.path) == (165, ("intake_review", "business_licence", "bank_account"))
    assert fresh.at == D(2026, 3, 2, 11, 45)
    # Review done at 09:20: the licence has its 60 minutes, then the bank its 75.
    work(wf, case, "intake_review", "clerk", at=D(2026, 3, 2, 9, 20))
    later = expected_completion(case.id, wf.graph, at=D(2026, 3, 2, 9, 50))
    assert (later.minutes_left, later.at) == (30 + 75, D(2026, 3, 2, 11, 35))
    # An overdue licence counts as due now; the case is then the bank's 75 minutes away.
    late = expected_completion(case.id, wf.graph, at=D(2026, 3, 2, 16, 30))
    assert (late.minutes_left, late.at) == (75, D(2026, 3, 3, 9, 45))
    work(wf, case, "business_licence", "clerk", at=D(2026, 3, 2, 10, 0))
    for step_type, who in (("seal", "seal_clerk"), ("bank_account", "bank_clerk"), ("tax_registration", "tax_clerk"),
                           ("social_insurance", "si_clerk")):
        work(wf, case, step_type, who, at=D(2026, 3, 2, 10, 30))
    done = expected_completion(case.id, wf.graph, at=D(2026, 3, 2, 11, 0))
    assert (done.complete, done.at, done.minutes_left) == (True, D(2026, 3, 2, 10, 30), 0)


def test_expected_completion_of_a_case_still_at_intake(wf):
    case = new_case(wf, at=MONDAY, start=False)
    assert expected_completion(case.id, wf.graph, at=D(2026, 3, 6, 16, 0)).at == D(2026, 3, 9, 10, 45)


def test_cli_graph(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "graph", "show"]) == 0
    out = capsys.readouterr().out
    assert "关键路径：受理审核 → 核准发照 → 银行开户，共 165 个工作分钟" in out
    assert main(["--db", sqlite_url, "graph", "show", "--serial"]) == 0
    out = capsys.readouterr().out
    assert "共 225 个工作分钟" in out and "相差 +60" in out

    assert main(["--db", sqlite_url, "graph", "limit", "bank_account", "60"]) == 0
    assert main(["--db", sqlite_url, "graph", "require", "individual_business", "intake_review",
                 "business_licence", "tax_registration"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "graph", "show", "--case-type", "individual_business"]) == 0
    out = capsys.readouterr().out
    assert "银行开户" not in out and "共 105 个工作分钟" in out
    assert main(["--db", sqlite_url, "graph", "show"]) == 0
    assert "共 150 个工作分钟" in capsys.readouterr().out  # 30 + 60 + the bank's 60

    assert main(["--db", sqlite_url, "graph", "limit", "nowhere", "10"]) == 2
    assert "nowhere" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "graph", "waits", "serial", "social_insurance", "seal"]) == 0
    assert main(["--db", sqlite_url, "graph", "use", "serial"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "graph", "show"]) == 0
    out = capsys.readouterr().out
    assert "流程方案：serial" in out and "社保登记（social_insurance）  时限 15 分钟  前置：刻章" in out
    assert main(["--db", sqlite_url, "graph", "use", "--declared"]) == 0
