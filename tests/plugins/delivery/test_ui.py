"""The delivery widgets on a SQLite database: the screen's pending cases, a new record with an error at
its field, sending with a waybill refused then accepted, the return and delivery buttons, the case
panel and the slip."""
from __future__ import annotations

import datetime as dt

import pytest

from plugins.delivery.models import DeliveryItem
from plugins.delivery.ui.actions import create_delivery_panel, create_delivery_screen
from tests.plugins.delivery.helpers import mail_to
from tests.plugins.ratings.helpers import completed_case

SIZE = (1100, 750)


@pytest.fixture
def mail_case(world_sqlite):
    at = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=3)
    return mail_to(completed_case(world_sqlite, "绵阳寄递界面科技有限公司", at=at))


def shown(qtbot, widget, wait_ops):
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    wait_ops()
    return widget


def test_prepare_send_and_deliver_from_the_screen(sign_in, mail_case, qtbot, wait_ops, tmp_path):
    ctx = sign_in("clerk")
    screen = shown(qtbot, create_delivery_screen(None, ctx), wait_ops)
    numbers = [p.case_number for p in screen.pending_model.rows]
    assert mail_case.number in numbers
    screen.pending_table.selectRow(numbers.index(mail_case.number))
    screen.prepare()
    wait_ops()
    dialog = screen.dialog
    qtbot.addWidget(dialog)
    assert dialog.recipient.text() == "李四" and dialog.kind.currentData() == "licence"
    dialog.mobile.setText("12345")
    dialog.submit()
    wait_ops()
    assert dialog.isVisible() and not dialog.field_errors["mobile"].isHidden()
    assert not DeliveryItem.select().exists()
    dialog.mobile.setText("13912345678")
    dialog.submit()
    wait_ops()
    assert not dialog.isVisible() and DeliveryItem.get().state == "prepared"
    wait_ops()
    rows = screen.items_model.rows
    assert [r.case_number for r in rows] == [mail_case.number]
    screen.items_table.selectRow(0)
    assert screen.actions.send_button.isEnabled() and not screen.actions.delivered_button.isEnabled()
    send = screen.actions.send()
    qtbot.addWidget(send)
    send.carrier.setCurrentIndex(send.carrier.findData("sf"))
    send.waybill.setText("1100123456789")
    send.submit()
    wait_ops()
    assert "顺丰" in send.field_errors["waybill_no"].text() and DeliveryItem.get().state == "prepared"
    send.waybill.setText("SF1234567890123")
    send.grab().save(str(tmp_path / "send_dialog.png"))
    send.submit()
    wait_ops()
    assert DeliveryItem.get().state == "sent"
    wait_ops()
    screen.items_table.selectRow(0)
    assert screen.actions.delivered_button.isEnabled()
    screen.actions.slip(str(tmp_path / "slip.pdf"))
    wait_ops()
    assert (tmp_path / "slip.pdf").stat().st_size > 1000
    screen.grab().save(str(tmp_path / "delivery_screen.png"))
    screen.actions.delivered_button.click()
    wait_ops()
    assert DeliveryItem.get().state == "delivered"


def test_the_case_panel_records_another_item(sign_in, mail_case, qtbot, wait_ops, tmp_path):
    ctx = sign_in("clerk")
    panel = shown(qtbot, create_delivery_panel(None, mail_case.id, ctx), wait_ops)
    assert panel.new_button.isEnabled() and "李四" in panel.hint.text()
    dialog = panel.new_item()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    dialog.submit()  # other items need a description
    wait_ops()
    assert not dialog.field_errors["description"].isHidden()
    dialog.description.setText("公司章程原件")
    dialog.submit()
    wait_ops()
    wait_ops()
    assert [r.description for r in panel.model.rows] == ["公司章程原件"]
    panel.table.selectRow(0)
    assert panel.actions.send_button.isEnabled() and not panel.actions.returned_button.isEnabled()  # not sent yet
    panel.grab().save(str(tmp_path / "delivery_panel.png"))


def test_the_screen_is_for_the_window_and_admins(sign_in, qtbot):
    from app.ui.shell import MainWindow

    for username, offered in (("clerk", True), ("admin", True), ("seal_chief", False)):
        window = MainWindow(sign_in(username))
        qtbot.addWidget(window)
        assert ("delivery.items" in window.screen_items) is offered, username
