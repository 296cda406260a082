"""The dashboard and the process screen with pytest-qt (offscreen): readable charts, a click on a
figure shows the list behind it, a double-click opens the case, live changes reload it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QColor

from app.core.models import Case, Step, now
from app.ui.shell import MainWindow
from plugins.analytics.dashboard import RUNNING
from plugins.analytics.ui.dashboard import DashboardScreen
from plugins.analytics.ui.process import ProcessScreen

#: where the screenshots are kept for looking at (the test's tmp dir otherwise)
SHOTS = Path("/tmp/analytics-shots")


def _screen(qtbot, ctx, wait_ops, **kw) -> DashboardScreen:
    screen = DashboardScreen(ctx, **kw)
    qtbot.addWidget(screen)
    screen.resize(1100, 750)
    screen.show()
    wait_ops()
    assert screen.data is not None
    return screen


def _save(widget, name: str, tmp_path: Path) -> Path:
    target = SHOTS if SHOTS.parent.is_dir() else tmp_path
    target.mkdir(exist_ok=True)
    path = target / name
    image = widget.grab().toImage()
    assert image.save(str(path))
    # the charts draw something besides the background: dark text and the bars' colour
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert QColor("#3b6e9e").name() in colours and len(colours) > 20
    return path


def test_the_dashboard_renders_and_its_figures_open_their_lists(sign_in, qtbot, wait_ops, tmp_path):
    ctx = sign_in("admin")
    at = now()
    screen = _screen(qtbot, ctx, wait_ops, at=at)
    _save(screen, "dashboard.png", tmp_path)
    data = screen.data
    overdue = Step.select().where(Step.state.in_(list(RUNNING)) & (Step.due_at < at)).count()
    assert screen.overdue_button.text() == str(overdue)
    assert screen.days_chart.chart().title() == "每日受理与办结办件数"
    categories = screen.departments_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert list(reversed(categories)) == [b.label for b in data.in_progress]  # first department on top
    assert screen.figures_list.count() == len(data.figures)
    assert screen.no_figures_label.isHidden() == bool(data.figures)

    day = data.received.index(max(data.received))
    screen.days_chart.click_bar(day, 0)  # the cases received that day
    wait_ops()
    dialog = screen.dialogs[-1]
    assert dialog.isVisible() and data.days[day].isoformat() in dialog.windowTitle()
    assert dialog.model.rowCount() == data.received[day] > 0
    number = dialog.model.index(0, 0).data()
    qtbot.waitExposed(dialog)
    rect = dialog.table.visualRect(dialog.model.index(0, 0))
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert Case.get_by_id(opened.args[0]).number == number
    dialog.close()

    screen.overdue_button.click()
    wait_ops()
    assert screen.dialogs[-1].model.rowCount() == overdue
    busiest = max(range(len(data.in_progress)), key=lambda i: data.in_progress[i].value)
    screen.departments_chart.click_bar(busiest)
    wait_ops()
    assert screen.dialogs[-1].model.rowCount() == data.in_progress[busiest].value
    assert data.in_progress[busiest].label in screen.dialogs[-1].windowTitle()


def test_live_changes_reload_the_dashboard_once_they_settle(sign_in, qtbot, wait_ops):
    screen = _screen(qtbot, sign_in("admin"), wait_ops)
    first = screen.data
    screen._debounce.setInterval(20)
    screen.steps_changed({1})
    screen.steps_changed({2})
    assert screen._debounce.isActive()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass
    assert screen.data is not first
    screen.hide()
    screen.steps_changed({3})  # hidden: only remembered, read again when shown
    assert not screen._debounce.isActive()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.show()


def test_a_department_supervisor_sees_their_department(sign_in, qtbot, wait_ops):
    screen = _screen(qtbot, sign_in("seal_chief"), wait_ops)
    assert [b.ref.arg for b in screen.data.in_progress] == ["seal"]
    assert {b.ref.arg for b in screen.data.step_medians} <= {"seal"}


def test_the_shell_lists_the_screens_and_opens_cases_from_them(sign_in, qtbot, wait_ops):
    ctx = sign_in("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    assert {"analytics.dashboard", "analytics.process"} <= set(window.screen_items)
    screen = window.show_screen("analytics.dashboard")
    wait_ops()
    case_id = Case.select(Case.id).order_by(Case.id).first().id
    screen.open_case_requested.emit(case_id)
    wait_ops()
    assert window.stack.currentWidget() is window.case_page
    ctx.user = sign_in("seal_clerk").user
    clerk_window = MainWindow(ctx)
    qtbot.addWidget(clerk_window)
    assert not any(k.startswith("analytics.") for k in clerk_window.screen_items)


def test_the_process_screen_shows_the_paths_and_exports(sign_in, qtbot, wait_ops, tmp_path):
    ctx = sign_in("admin")
    today = dt.date.today()
    screen = ProcessScreen(ctx, today=today)
    qtbot.addWidget(screen)
    screen.resize(1100, 750)
    screen.show()
    wait_ops()
    assert screen.analysis is not None
    assert screen.table.model().rowCount() == len(ctx.graph.steps)
    assert "关键路径" in screen.paths_label.text() and "并联办理节省" in screen.paths_label.text()
    assert screen.grab().save(str((SHOTS if SHOTS.is_dir() else tmp_path) / "process.png"))
    screen.date_from.setDate(screen.date_from.date().addDays(-60))
    screen.export("xes", str(tmp_path / "log.xes"))
    wait_ops()
    text = (tmp_path / "log.xes").read_text(encoding="utf-8")
    assert text.count("<trace>") > 0 and text.rstrip().endswith("</log>")
    screen.date_from.setDate(screen.date_to.date().addDays(1))
    screen.reload()
    assert screen.error_label.isVisible() and "开始日期不能晚于结束日期" in screen.error_label.text()
