"""The base of the department forms: reading the step, field errors, save with conflict, complete."""
from __future__ import annotations

import dataclasses

import pytest
from case_helpers import new_case, walk_to_departments
from PyQt6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.core import versioning, workflow
from app.core.models import Step, StepState
from app.core.workflow import WorkflowGraph
from app.ui.step_panel import StepPanel


def _validate(data: dict) -> dict:
    number = data.get("filing_no", "")
    return {"filing_no": "备案号应为 8 位数字"} if number and not (number.isdigit() and len(number) == 8) else {}


def _check(data: dict) -> dict:
    return _validate(data) or ({} if data.get("filing_no") else {"filing_no": "请填写备案号"})


class FilingPanel(StepPanel):
    STEP_TYPE = "seal"

    def build_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.filing = self.add_field(form, "filing_no", "备案号", QLineEdit())
        return box

    def load(self, view) -> None:
        self.filing.setText(view.data.get("filing_no", ""))

    def collect(self) -> dict:
        return {"filing_no": self.filing.text().strip()}


@pytest.fixture
def seal_ctx(sign_in):
    ctx = sign_in("seal_clerk")
    graph = ctx.graph
    steps = dict(graph.steps)
    # a form of its own on the seal step (the seal plugin's checks and records set aside)
    steps["seal"] = dataclasses.replace(steps["seal"], validate_data=_validate, check_completion=_check,
                                        on_complete=None, demo_data=None)
    ctx.graph = WorkflowGraph(steps, required=graph.required, variant=graph.variant)
    return ctx


def _ready_seal_step(ctx) -> Step:
    """A seal step ready at the seal clerk's company: a new case walked past its licence."""
    case = new_case(ctx, "绵阳表单测试有限公司", seal="seal-huaxin")
    walk_to_departments(ctx, case)
    step = Step.get((Step.case == case.id) & (Step.step_type == "seal"))
    assert step.state == StepState.READY and step.organisation_id == ctx.user.organisation_id
    return step


def test_panel_claims_validates_saves_and_completes(qtbot, seal_ctx, wait_ops):
    step = _ready_seal_step(seal_ctx)
    panel = FilingPanel(seal_ctx, step.case_id)
    qtbot.addWidget(panel)
    wait_ops()
    assert panel.view.id == step.id
    assert not panel.filing.isEnabled()  # ready: claim first
    panel.claim_button.click()
    wait_ops()
    assert panel.view.state == StepState.CLAIMED and panel.filing.isEnabled()

    panel.complete_button.click()  # nothing filled in: refused at the field, nothing done
    wait_ops()
    assert not panel._field_errors["filing_no"].isHidden()
    assert "请填写备案号" in panel._field_errors["filing_no"].text()
    assert Step.get_by_id(step.id).state == StepState.CLAIMED

    panel.filing.setText("12ab")
    panel.save_button.click()
    wait_ops()
    assert "8 位数字" in panel._field_errors["filing_no"].text()
    assert "filing_no" not in (Step.get_by_id(step.id).data or {})

    panel.filing.setText("51070012")
    panel.complete_button.click()
    wait_ops()
    saved = Step.get_by_id(step.id)
    assert saved.state == StepState.DONE and saved.data["filing_no"] == "51070012"
    assert panel.view.state == StepState.DONE and not panel.filing.isEnabled()


def test_service_refuses_invalid_data_and_incomplete_completion(seal_ctx):
    from app.core.errors import ValidationError

    step = _ready_seal_step(seal_ctx)
    me = seal_ctx.user
    claimed = workflow.claim_step(step.id, me.id)
    with pytest.raises(ValidationError) as caught:
        versioning.save_step_data(step.id, me, claimed.version, {"filing_no": "x"}, graph=seal_ctx.graph)
    assert "filing_no" in caught.value.errors
    assert Step.get_by_id(step.id).version == claimed.version
    with pytest.raises(ValidationError):
        workflow.complete_step(step.id, me.id, seal_ctx.graph)
    assert Step.get_by_id(step.id).state == StepState.CLAIMED


def test_stale_save_opens_the_conflict_dialog(qtbot, seal_ctx, wait_ops, monkeypatch):
    from app.ui.dialogs import conflict

    step = _ready_seal_step(seal_ctx)
    workflow.claim_step(step.id, seal_ctx.user.id)
    panel = FilingPanel(seal_ctx, step.case_id)
    qtbot.addWidget(panel)
    wait_ops()
    # meanwhile a supervisor corrects the same step from another workstation
    from app.core.models import User
    from app.core.users import current_user

    other = current_user(User.get(User.username == "seal_clerk"))
    versioning.save_step_data(step.id, other, panel.view.version, {"filing_no": "51070099"})
    opened = []
    monkeypatch.setattr(conflict.ConflictDialog, "open", lambda self: opened.append(self))
    panel.filing.setText("51070012")
    panel.save_button.click()
    wait_ops()
    assert opened, "the conflict dialog was shown"
    assert Step.get_by_id(step.id).data["filing_no"] == "51070099"  # nothing overwritten silently


def test_on_complete_runs_in_the_completing_transaction(seal_ctx):
    from app.core.models import StepEvent

    seen = []

    def record(step):
        seen.append((step.id, dict(step.data)))
        if step.data.get("filing_no") == "00000000":
            raise RuntimeError("refused by the plugin")

    graph = seal_ctx.graph
    steps = dict(graph.steps)
    steps["seal"] = dataclasses.replace(steps["seal"], on_complete=record)
    graph = WorkflowGraph(steps, required=graph.required, variant=graph.variant)
    step = _ready_seal_step(seal_ctx)
    me = seal_ctx.user
    claimed = workflow.claim_step(step.id, me.id)
    saved = versioning.save_step_data(step.id, me, claimed.version, {"filing_no": "00000000"}, graph=graph)
    with pytest.raises(RuntimeError):
        workflow.complete_step(step.id, me.id, graph)
    assert Step.get_by_id(step.id).state == StepState.CLAIMED
    assert not StepEvent.select().where((StepEvent.step == step.id) & (StepEvent.event == "completed")).exists()
    saved = versioning.save_step_data(step.id, me, saved.version, {"filing_no": "51070012"}, graph=graph)
    workflow.complete_step(step.id, me.id, graph)
    assert seen[-1] == (step.id, {"filing_no": "51070012"})
    assert Step.get_by_id(step.id).state == StepState.DONE


def test_unsaved_edits_survive_other_operations_and_a_real_change_is_flagged(qtbot, seal_ctx, wait_ops):
    from app.ui import operations

    step = _ready_seal_step(seal_ctx)
    workflow.claim_step(step.id, seal_ctx.user.id)
    panel = FilingPanel(seal_ctx, step.case_id)
    qtbot.addWidget(panel)
    panel.show()
    wait_ops()
    panel.filing.setText("51070012")  # typed, not saved
    operations.hooks.operation_did_execute.emit(None)  # something else happened on this workstation
    wait_ops()
    assert panel.filing.text() == "51070012" and "已被修改" not in panel.status_label.text()
    versioning.save_step_data(step.id, seal_ctx.user, panel.view.version, {"filing_no": "51070099"})
    operations.hooks.operation_did_execute.emit(None)
    wait_ops()
    assert panel.filing.text() == "51070012"  # still what the user typed
    assert "已被修改" in panel.status_label.text()
    panel.revert()  # Esc
    wait_ops()
    assert panel.filing.text() == "51070099" and "已被修改" not in panel.status_label.text()
