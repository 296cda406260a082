"""The registration form (pytest-qt, offscreen): claim, errors at their fields, the employees table
and its import, completion, the notice, masking, and another bureau's staff."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import user
from openpyxl import Workbook
from PyQt6.QtCore import Qt
from reports.pdf_inspect import assert_contains

from app.core.models import Step, StepState
from plugins.social_insurance.models import Employer
from plugins.social_insurance.ui.panel import SocialInsurancePanel

from .helpers import ID_A, ID_B, TODAY, si_step

BAD_ID = ID_B[:-1] + ("0" if ID_B[-1] != "0" else "1")


@pytest.fixture
def claimed_panel(qtbot, si_sqlite, wait_ops):
    ctx = si_sqlite
    ctx.user = user("si_clerk")
    step = si_step(ctx)
    panel = SocialInsurancePanel(ctx, step.case_id)
    qtbot.addWidget(panel)
    panel.resize(1100, 750)
    wait_ops()
    assert panel.view.id == step.id and not panel.unit_number.isEnabled()
    panel.claim_button.click()
    wait_ops()
    assert panel.view.state == StepState.CLAIMED and panel.unit_number.isEnabled()
    return panel


def _row(name: str, id_number: str) -> dict:
    start = (TODAY - dt.timedelta(days=2)).isoformat()
    return {"name": name, "id_number": id_number, "mobile": "", "start_date": start, "base": "5000"}


def test_the_form_refuses_until_valid_then_completes_and_prints(claimed_panel, wait_ops, tmp_path):
    panel = claimed_panel
    step_id = panel.view.id
    assert all(box.isChecked() for box in panel.insurance_boxes.values())  # all five by default
    panel.complete_button.click()
    wait_ops()
    assert panel._field_errors["unit_number"].text() == "请填写单位编号"
    assert panel._field_errors["employees"].text() == "请录入参保职工，或勾选“暂无雇员”"
    assert Step.get_by_id(step_id).state == StepState.CLAIMED

    panel.suggest_button.click()
    wait_ops()
    assert len(panel.unit_number.text()) == 12 and panel.unit_number.text().startswith("510703")

    panel.employees.model.append([_row("张伟", ID_A), _row("李娜", BAD_ID)])
    bad = panel.employees.model.index(1, 1)
    assert bad.data(Qt.ItemDataRole.ToolTipRole) and "校验位" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert bad.data(Qt.ItemDataRole.DisplayRole) == BAD_ID  # the holder sees the number in full
    panel.save_button.click()
    wait_ops()
    assert panel._field_errors["employees"].text().startswith("第 2 行身份证号码：")
    assert "employees" not in Step.get_by_id(step_id).data

    assert panel.employees.model.setData(bad, ID_B.lower())
    assert panel.employees.model.errors == {}
    panel.housing_fund.setChecked(True)
    panel.fund_account.setText("5107030012345678")
    panel.fund_ratio.setValue(10)
    panel.complete_button.click()
    wait_ops()
    assert Step.get_by_id(step_id).state == StepState.DONE
    employer = Employer.get(Employer.step == step_id)
    assert (employer.fund_ratio, sorted(e.id_number for e in employer.employees)) == (10, sorted([ID_A, ID_B]))

    assert panel.notice_button.isEnabled() and not panel.unit_number.isEnabled()
    shown = panel.employees.model.index(0, 1).data(Qt.ItemDataRole.DisplayRole)
    assert shown == ID_A[:3] + "*" * 11 + ID_A[-4:]  # masked once the step is done
    panel.print_notice_to(tmp_path / "notice.pdf")
    wait_ops()
    assert_contains(tmp_path / "notice.pdf", "社会保险登记办结通知书", employer.unit_number, "缴存比例 10%")


def _roster(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "手机号码", "参保日期", "月缴费基数（元）"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_is_all_or_nothing_with_a_row_by_row_report(claimed_panel, wait_ops, tmp_path):
    editor = claimed_panel.employees
    day = (TODAY - dt.timedelta(days=1)).isoformat()
    editor.import_file(_roster(tmp_path / "bad.xlsx", [["张伟", ID_A, None, day, 5000],
                                                       ["李娜", BAD_ID, None, day, 3000]]))
    wait_ops()
    assert editor.model.rows == []
    assert editor.dialog is not None and editor.dialog.isVisible()
    listed = editor.dialog.model
    reported = [[listed.item(r, c).text() for c in range(2)] for r in range(listed.rowCount())]
    assert reported == [["3", "身份证号码"], ["3", "月缴费基数（元）"]]
    editor.dialog.close()

    editor.import_file(_roster(tmp_path / "good.xlsx", [["张伟", ID_A, None, day, 5000],
                                                        ["李娜", ID_B, "13812345678", day, "6200.5"]]))
    wait_ops()
    assert [r["name"] for r in editor.model.rows] == ["张伟", "李娜"]
    assert "共 2 人，月缴费基数合计 11,200.50 元" == editor.summary.text()
    editor.import_file(_roster(tmp_path / "again.xlsx", [["张伟", ID_A, None, day, 5000]]))
    wait_ops()
    assert len(editor.model.rows) == 2 and "已在参保职工名单中" in editor.dialog.model.item(0, 2).text()


def test_no_employees_locks_the_list_and_another_bureau_sees_nothing(claimed_panel, qtbot, wait_ops):
    panel = claimed_panel
    panel.no_employees.setChecked(True)
    assert not panel.employees.add_button.isEnabled()
    panel.no_employees.setChecked(False)
    assert panel.employees.add_button.isEnabled()
    case_id = panel.case_id
    ctx = claimed_panel.ctx
    ctx.user = user("si_yx_clerk")
    other = SocialInsurancePanel(ctx, case_id)
    qtbot.addWidget(other)
    wait_ops()
    assert other.view is None and other.status_label.text() == "本办件没有由您所在机构办理的该事项"
