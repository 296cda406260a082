"""The queue view on the shared PostgreSQL database: workers open and release their own connections."""
from __future__ import annotations

import pytest

from app.core import workflow
from app.core.cases import NewCase, case_detail, create_case
from app.core.demo import seed_demo
from app.core.users import current_user, get_user
from app.ui.queue_view import QueueView


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_claim_and_complete_on_postgresql(qtbot, ctx, wait_ops):
    seed_demo(ctx.host, ctx.graph, cases=2)
    case = create_case(NewCase(enterprise_name="绵阳共享库测试科技有限公司", area_code="510703"))
    workflow.start_case(case.id, ctx.graph)
    ctx.user = current_user(get_user("clerk"))
    spec = next(q for q in ctx.host.call("kaiban_queues", user=ctx.user) if q.key == "registration.review")
    view = QueueView(ctx, spec)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    assert view.model.rowCount() == view.model.total > 0
    row = next(view.model.row_at(i) for i in range(view.model.rowCount()) if view.model.row_at(i).case_id == case.id)
    view.select_step(row.step_id)
    view.claim_action.trigger()
    wait_ops()
    assert view.selected_row().state == "claimed"
    view.complete_action.trigger()
    wait_ops()
    assert view.model.row_of_step(row.step_id) == -1
    steps = {s["step_type"]: s["state"] for s in case_detail(row.case_id, ctx.user).steps}
    assert steps["intake_review"] == "done" and steps["business_licence"] == "ready"
