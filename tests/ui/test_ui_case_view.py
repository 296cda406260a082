"""The case view: masked personal data, materials, workflow, and plugin panels that may fail."""
from __future__ import annotations

import re

from PyQt6.QtWidgets import QLabel, QTableView

from app.core.models import Case
from app.plugin_api import CasePanelSpec
from app.ui.case_view import CaseView


def a_case_with_steps(ctx) -> Case:
    from app.core.models import Step

    return Case.select().join(Step, on=(Step.case == Case.id)).where(Step.state == "done").first()


def make_view(qtbot, ctx, case_id, wait_ops) -> CaseView:
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    return view


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def table_text(view: CaseView, name: str) -> list[list[str]]:
    table = view.findChild(QTableView, name)
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_header_tabs_and_masked_id_number(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    case = a_case_with_steps(ctx)
    view = make_view(qtbot, ctx, case.id, wait_ops)
    assert view.number_label.text() == f"办件 {case.number}"
    assert view.enterprise_label.text() == case.enterprise.name
    assert [view.tabs.tabText(i) for i in range(3)] == ["基本信息", "材料", "流程"]

    shown = labels(view.basic_tab)
    raw_id, raw_mobile = case.legal_representative.id_number, case.legal_representative.mobile
    assert raw_id not in " ".join(shown) and raw_mobile not in " ".join(shown)
    assert any(re.fullmatch(r"\d{3}\*{11}[\dX]{4}", text) for text in shown), shown
    assert any(re.fullmatch(r"\d{3}\*{4}\d{4}", text) for text in shown), shown


def test_materials_and_workflow(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    case = a_case_with_steps(ctx)
    view = make_view(qtbot, ctx, case.id, wait_ops)
    materials = table_text(view, "materialsTable")
    assert ["公司章程", "待收取", ""] in materials
    steps = table_text(view, "stepsTable")
    assert [row[0] for row in steps][:2] == ["受理审核", "核准发照"]
    assert "已办结" in {row[1] for row in steps}
    timeline = table_text(view, "timelineTable")
    assert {"领取", "办结"} <= {row[2] for row in timeline}
    assert any(row[3] for row in timeline if row[2] == "领取")  # who claimed it


def test_plugin_panels_and_a_broken_one(qtbot, sign_in, wait_ops, plugin_module):
    ctx = sign_in("admin")

    def good(parent, case_id, context):
        return QLabel(f"寄递信息 {case_id}", parent)

    def broken(parent, case_id, context):
        raise RuntimeError("面板数据缺失")

    ctx.host.register_module(plugin_module("panels", kaiban_case_panels=lambda case_id, user: [
        CasePanelSpec(key="broken", title="测试坏面板", create=broken, order=20),
        CasePanelSpec(key="delivery", title="测试寄递", create=good, order=10)]))
    case = a_case_with_steps(ctx)
    view = make_view(qtbot, ctx, case.id, wait_ops)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[:3] == ["基本信息", "材料", "流程"]
    ours = [t for t in titles if t.startswith("测试")]
    assert ours == ["测试寄递", "测试坏面板"]  # in their order, among the built-ins' panels
    good_tab, broken_tab = titles.index("测试寄递"), titles.index("测试坏面板")
    assert view.tabs.widget(good_tab).text() == f"寄递信息 {case.id}"
    error = view.tabs.widget(broken_tab).findChild(QLabel, "panelError")
    assert error.text() == "面板“测试坏面板”无法显示：面板数据缺失"
    assert "RuntimeError" in view.panel_errors["broken"]
    assert view.detail is not None  # the rest of the view works


def test_a_case_the_user_may_not_see(qtbot, sign_in, wait_ops):
    from app.core.models import Step

    ctx = sign_in("seal_clerk")
    other = Step.select().where((Step.step_type == "seal") & (Step.organisation != ctx.user.organisation_id)).first()
    view = make_view(qtbot, ctx, other.case_id, wait_ops)
    assert view.detail is None
    assert view.error_label.text() == "无法打开办件：无权查看该办件"
