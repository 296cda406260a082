"""The ratings widgets on a SQLite database: the case panel at the window, the rectifications screen with
its answer dialog, and the main window offering them to the right people."""
from __future__ import annotations

import datetime as dt

import pytest

from case_helpers import new_case

from app.core.models import CaseState
from plugins.ratings.models import Rating, Rectification
from plugins.ratings.ratings import rate
from plugins.ratings.ui.actions import create_rating_panel, create_rectification_screen
from tests.plugins.ratings.helpers import completed_case

SCREEN_SIZE = (1100, 750)


@pytest.fixture
def complete_case(world_sqlite):
    return completed_case(world_sqlite, "绵阳评价界面科技有限公司", at=dt.datetime.now().replace(microsecond=0)
                          - dt.timedelta(hours=2))


def shown(qtbot, widget, wait_ops):
    qtbot.addWidget(widget)
    widget.resize(*SCREEN_SIZE)
    widget.show()
    wait_ops()
    return widget


def test_the_window_rates_each_department_and_errors_show_at_the_field(sign_in, complete_case, qtbot, wait_ops,
                                                                        tmp_path):
    ctx = sign_in("clerk")
    panel = shown(qtbot, create_rating_panel(None, complete_case.id, ctx), wait_ops)
    codes = [r.department_code for r in panel.rows]
    assert "seal" in codes and panel.form_box.isEnabled()
    panel.department.setCurrentIndex(codes.index("seal"))
    panel.save_button.click()  # no level chosen
    wait_ops()
    assert not panel.errors["level"].isHidden() and "评价等级" in panel.errors["level"].text()
    assert not Rating.select().exists()
    panel.level.setCurrentIndex(panel.level.findData(4))
    panel.comment.setText("取章等候时间较长")
    panel.save_button.click()
    wait_ops()
    assert panel.errors["level"].isHidden()
    rating = Rating.get()
    assert (rating.department.code, rating.level, rating.comment) == ("seal", 4, "取章等候时间较长")
    assert Rectification.get().state == "open"
    row = next(r for r in panel.rows if r.department_code == "seal")
    assert row.level == 4 and row.rectification_state == "open"
    assert panel.save_button.text() == "更正评价"
    panel.grab().save(str(tmp_path / "ratings_panel.png"))


def test_the_panel_of_an_unfinished_case_asks_to_wait(sign_in, qtbot, wait_ops):
    ctx = sign_in("clerk")
    case = new_case(ctx, "绵阳办理中科技有限公司")
    assert case.state == CaseState.IN_PROGRESS
    panel = shown(qtbot, create_rating_panel(None, case.id, ctx), wait_ops)
    assert panel.rows == [] and not panel.form_box.isEnabled() and "办结后" in panel.hint.text()


def test_a_supervisor_answers_a_bad_rating_from_the_screen(sign_in, complete_case, qtbot, wait_ops, tmp_path):
    rate(complete_case.id, "seal", 5, "印章名称刻错", sign_in("clerk").user)
    ctx = sign_in("seal_chief")
    screen = shown(qtbot, create_rectification_screen(None, ctx), wait_ops)
    assert [r.case_number for r in screen.model.rows] == [complete_case.number]
    screen.table.selectRow(0)
    assert screen.answer_button.isEnabled()
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        screen.open_button.click()
    assert opened.args == [complete_case.id]
    dialog = screen.answer()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("已重刻")  # too short
    dialog.submit()
    wait_ops()
    assert dialog.isVisible() and "至少" in dialog.error.text()
    assert Rectification.get().state == "open"
    dialog.text.setPlainText("已为您免费重新刻制印章并当面交付，同时加强了刻制前的核对。")
    dialog.grab().save(str(tmp_path / "answer_dialog.png"))
    dialog.submit()
    wait_ops()
    assert not dialog.isVisible() and Rectification.get().state == "closed"
    wait_ops()
    assert screen.model.rows == []  # the open list reloaded after the answer
    screen.filter.setCurrentIndex(screen.filter.findData("closed"))
    wait_ops()
    assert len(screen.model.rows) == 1 and not screen.answer_button.isEnabled()
    screen.grab().save(str(tmp_path / "rectifications.png"))


def test_the_main_window_offers_the_screen_and_the_import(sign_in, qtbot):
    from app.ui.shell import MainWindow

    window = MainWindow(sign_in("admin"))
    qtbot.addWidget(window)
    assert "ratings.rectifications" in window.screen_items
    clerk_window = MainWindow(sign_in("seal_clerk"))
    qtbot.addWidget(clerk_window)
    assert "ratings.rectifications" not in clerk_window.screen_items
    specs = sign_in("seal_clerk").host.call("kaiban_menu_actions", user=sign_in("seal_clerk").user)
    assert not any(s.key == "ratings.import" for s in specs)
    specs = sign_in("clerk").host.call("kaiban_menu_actions", user=sign_in("clerk").user)
    assert any(s.key == "ratings.import" for s in specs)
