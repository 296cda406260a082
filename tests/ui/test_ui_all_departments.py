"""One case from its licence through all four departments to complete, each department working in
its own queue and its own form in the main window."""
from __future__ import annotations

import random

from case_helpers import new_case, walk_to_departments

from app.core.demo import fill_demo_data
from app.core.models import Case, CaseState, Step, StepState
from app.ui.shell import MainWindow
from app.ui.step_panel import StepPanel

#: step type -> (the clerk who works it, their queue)
DEPARTMENTS = {"seal": ("seal_clerk", "seal.todo"), "bank_account": ("bank_clerk", "bank.todo"),
               "tax_registration": ("tax_clerk", "tax.todo"), "social_insurance": ("si_clerk", "social_insurance.todo")}


def test_a_case_goes_through_every_department_to_complete(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    case = new_case(ctx, "绵阳四部门并联测试有限公司", seal="seal-huaxin", bank="bank-icbc-gx")
    walk_to_departments(ctx, case)
    for step_type, (username, queue_key) in DEPARTMENTS.items():
        ctx = sign_in(username)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        wait_ops()
        queue = window.show_queue(queue_key)
        wait_ops()
        target = Step.get((Step.case == case.id) & (Step.step_type == step_type))
        assert queue.model.row_of_step(target.id) != -1, f"{step_type} is in {username}'s queue"
        view = window.open_case(case.id)
        wait_ops()
        [panel] = [p for p in view.findChildren(StepPanel) if p.STEP_TYPE == step_type]
        view.tabs.setCurrentWidget(panel.parentWidget() if view.tabs.indexOf(panel) < 0 else panel)
        wait_ops()
        assert panel.view is not None and panel.view.id == target.id
        panel.claim_button.click()
        wait_ops()
        assert panel.view.state == StepState.CLAIMED and panel.save_button.isEnabled()
        # the clerk fills the form in (the department's demo entries), and the form shows it
        fill_demo_data(ctx.graph, target.id, ctx.user.id, random.Random(target.id))
        panel.revert()
        wait_ops()
        panel.complete_button.click()
        wait_ops()
        assert Step.get_by_id(target.id).state == StepState.DONE, f"{step_type} completed in its form"
        assert panel.view.state == StepState.DONE
        window.close()
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE
