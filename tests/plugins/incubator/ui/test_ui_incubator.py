"""The incubator manager's screen: the roster of their own incubator, registering a firm through the
form (errors at the fields, nothing saved), moving it out, its output values, importing a roster
(a refused file lists its rows), the template, seats and profile."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PyQt6 import sip

from app.core.identifiers import make_resident_id
from app.core.models import Organisation
from app.ui.shell import MainWindow
from plugins.incubator.models import FirmOutput, HostedFirm
from plugins.incubator.ui import import_dialog
from plugins.incubator.ui.firm_dialog import FirmDialog, LeaveDialog
from plugins.incubator.ui.import_dialog import ImportProblemsDialog
from plugins.incubator.ui.output_dialog import OutputDialog
from plugins.incubator.ui.window import IncubatorPage, IncubatorWindow

LEGAL_ID = make_resident_id("510703", dt.date(1985, 5, 17), 123)


def open_screen(qtbot, ctx, wait_ops) -> tuple[MainWindow, IncubatorPage]:
    """The roster page in the main window (the manager's home screen)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    screen = window.show_screen("incubator.roster")
    assert isinstance(screen, IncubatorPage) and screen.isVisible()
    wait_ops()
    return window, screen


def test_the_roster_is_the_managers_home_screen_and_a_menu_window_too(qtbot, sign_in, wait_ops):
    window = MainWindow(sign_in("inc_manager"))
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    assert isinstance(window.stack.currentWidget(), IncubatorPage)  # not "没有可办理的队列"
    action = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                  if a.text() == "入驻企业名册…")
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    dialog = window.findChild(IncubatorWindow)
    assert dialog is not None and dialog.isVisible() and isinstance(dialog.page, IncubatorPage)
    wait_ops()


def rows_of(page) -> list[str]:
    return [firm.company_name for firm in page.model.rows]


def test_the_manager_sees_their_own_roster_and_registers_a_firm(qtbot, sign_in, wait_ops):
    ctx = sign_in("inc_manager")
    _window, screen = open_screen(qtbot, ctx, wait_ops)
    own = Organisation.get(Organisation.code == "inc-kjc")
    assert screen.incubator.currentText() == own.name and not screen.incubator.isEnabled()
    page = screen.roster
    hosted = HostedFirm.select().where((HostedFirm.organisation == own.id) & (HostedFirm.state == "hosted")).count()
    assert len(rows_of(page)) == hosted > 0 and page.count_label.text() == f"共 {hosted} 家"
    page.state.setCurrentIndex(page.state.findData(None))  # 全部
    wait_ops()
    assert len(rows_of(page)) == HostedFirm.select().where(HostedFirm.organisation == own.id).count() > hosted
    page.state.setCurrentIndex(page.state.findData("hosted"))
    wait_ops()

    dialog = page.register()
    wait_ops()  # the free seats
    assert isinstance(dialog, FirmDialog) and dialog.seat.count() > 0 and dialog.save_button.isEnabled()
    dialog.company_name.setText("绵阳青禾智联科技有限公司")
    dialog.legal_rep_name.setText("张三")
    dialog.legal_rep_id.setText(LEGAL_ID[:17] + ("0" if LEGAL_ID[17] != "0" else "1"))
    qtbot.keyClicks(dialog.legal_rep_mobile, "1381234567")
    before = HostedFirm.select().count()
    dialog.save_button.click()
    wait_ops()
    assert dialog.isVisible() and HostedFirm.select().count() == before
    assert "校验位" in dialog.errors.label("legal_rep_id").text() and dialog.errors.label("legal_rep_id").isVisible()
    assert dialog.errors.label("legal_rep_mobile").text() == "手机号码应为 11 位数字，以 13–19 开头"
    assert dialog.legal_rep_id.property("invalid") is True
    dialog.legal_rep_id.setText(LEGAL_ID)
    qtbot.keyClicks(dialog.legal_rep_mobile, "8")
    seat = dialog.seat.currentText()
    dialog.save_button.click()
    wait_ops()
    assert sip.isdeleted(dialog)  # accepted and closed
    wait_ops()
    firm = HostedFirm.get(HostedFirm.company_name == "绵阳青禾智联科技有限公司")
    assert (firm.organisation_id, firm.seat.number, firm.legal_rep_mobile) == (own.id, seat, "13812345678")
    assert "绵阳青禾智联科技有限公司" in rows_of(page)

    # output value, then the move-out frees the seat
    page.table.selectRow(rows_of(page).index("绵阳青禾智联科技有限公司"))
    outputs = page.outputs()
    wait_ops()
    assert isinstance(outputs, OutputDialog)
    outputs.amount.setText("-1")
    outputs.save_button.click()
    assert outputs.errors.label("amount").text() == "金额不能为负数"
    outputs.amount.setText("1200000")
    outputs.save_button.click()
    wait_ops()
    assert outputs.table.rowCount() == 1 and outputs.table.item(0, 1).text() == "1,200,000.00"
    assert FirmOutput.get(FirmOutput.firm == firm.id).amount == 1200000
    outputs.accept()
    leave = page.leave("moved_out")
    assert isinstance(leave, LeaveDialog)
    leave.ok_button.click()
    wait_ops()
    assert HostedFirm.get_by_id(firm.id).state == "moved_out"
    wait_ops()
    assert "绵阳青禾智联科技有限公司" not in rows_of(page)


def write_roster(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["企业名称", "法定代表人", "身份证号码", "手机号码", "工位号", "来源渠道", "入驻日期", "备注"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_lists_the_rows_of_a_refused_file_then_imports(qtbot, sign_in, wait_ops, monkeypatch, tmp_path):
    ctx = sign_in("inc_manager")
    _window, screen = open_screen(qtbot, ctx, wait_ops)
    page = screen.roster
    free = [s.number for s in screen.seats.seats if s.active and s.firm_id is None]
    assert len(free) >= 2
    rows = [["绵阳甲乙软件有限公司", "王伟", LEGAL_ID, "13912345678", free[0], "朋友推荐", "2026-01-05", ""],
            ["绵阳丙丁软件有限公司", "李娜", LEGAL_ID, "13912345679", free[0], "", "", ""]]
    chosen = [write_roster(tmp_path / "bad.xlsx", rows)]
    monkeypatch.setattr(import_dialog, "choose_open_path", lambda *_a: chosen[-1])
    before = HostedFirm.select().count()
    page.import_button.click()
    wait_ops()
    problems = screen.findChild(ImportProblemsDialog)
    assert problems is not None and problems.isVisible() and HostedFirm.select().count() == before
    cells = [[problems.table.item(r, c).text() for c in range(3)] for r in range(problems.table.rowCount())]
    assert cells == [["3", "工位号", f"工位 {free[0]} 与第 2 行重复"]]
    problems.close()

    rows[1][4] = free[1]
    chosen.append(write_roster(tmp_path / "good.xlsx", rows))
    page.import_button.click()
    wait_ops()
    assert HostedFirm.select().count() == before + 2
    wait_ops()
    assert {"绵阳甲乙软件有限公司", "绵阳丙丁软件有限公司"} <= set(rows_of(page))

    saved = tmp_path / "模板.xlsx"
    monkeypatch.setattr(import_dialog, "choose_save_path", lambda *_a: saved)
    page.template_button.click()
    wait_ops()
    assert saved.is_file()


def test_seats_and_profile(qtbot, sign_in, wait_ops):
    ctx = sign_in("inc_manager")
    _window, screen = open_screen(qtbot, ctx, wait_ops)
    seats = screen.seats
    screen.tabs.setCurrentWidget(seats)
    wait_ops()
    count = len(seats.seats)
    seats.prefix.setText("C-")
    seats.first.setValue(1)
    seats.last.setValue(3)
    seats.add_button.click()
    wait_ops()
    wait_ops()
    assert len(seats.seats) == count + 3
    seats.add_button.click()  # the same numbers again
    wait_ops()
    assert "C-001" in seats.errors.label("number").text() and len(seats.seats) == count + 3

    profile = screen.profile
    screen.tabs.setCurrentWidget(profile)
    wait_ops()
    assert profile.view is not None and profile.view.operator
    profile.rent.setText("0")
    profile.save_button.click()
    wait_ops()
    assert profile.errors.label("yearly_rent").text() == "每户每年房租应大于 0"
    profile.rent.setText("36000")
    profile.fees.setPlainText("代理记账：300 元/月\n商标注册：1000 元/件")
    profile.save_button.click()
    wait_ops()
    assert profile.status.text() == "已保存" and profile.view.yearly_rent == 36000
    assert profile.view.fees == (("代理记账", "300 元/月"), ("商标注册", "1000 元/件"))


def test_an_administrator_chooses_the_incubator(qtbot, sign_in, wait_ops):
    ctx = sign_in("admin")
    _window, screen = open_screen(qtbot, ctx, wait_ops)
    assert screen.incubator.isEnabled() and screen.incubator.count() == 3
    screen.incubator.setCurrentIndex(screen.incubator.findText("绵阳网谷科技产业园"))
    wait_ops()
    org = Organisation.get(Organisation.code == "inc-wg").id
    assert rows_of(screen.roster) and all(f.organisation_id == org for f in screen.roster.model.rows)


def test_the_window_clerk_has_no_roster_screen(qtbot, sign_in, wait_ops):
    window = MainWindow(sign_in("clerk"))
    qtbot.addWidget(window)
    wait_ops()
    titles = [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert "入驻企业名册…" not in titles
    assert not [r for r in window.reports if r.name.startswith("incubator.")]
    chief = MainWindow(sign_in("msa_chief"))
    qtbot.addWidget(chief)
    wait_ops()
    assert len([r for r in chief.reports if r.name.startswith("incubator.")]) == 4
