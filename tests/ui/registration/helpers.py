"""Driving the registration window's widgets in tests: the wizard's pages, message boxes, PDFs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QMessageBox, QWizard

from app.core.identifiers import make_resident_id
from app.core.models import Case, Enterprise, Material, Person, Step
from app.ui import messages
from app.ui.shell import MainWindow

LEGAL_ID = make_resident_id("510703", dt.date(1985, 5, 17), 123)
PARTNER_ID = make_resident_id("500105", dt.date(1990, 1, 2), 222)
NAME = "绵阳青禾智联科技有限公司"


def make_window(qtbot, ctx, wait_ops) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    return window


def menu_action(window, title: str):
    for menu_action_ in window.menuBar().actions():
        menu = menu_action_.menu()
        for action in (menu.actions() if menu else []):
            if action.text() == title:
                return action
    return None


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def answer_questions(wizard, *, company_type="limited_company", industries=("6513",)) -> None:
    q = wizard.questions_page.questions
    q.company_type.setCurrentIndex(q.company_type.findData(company_type))
    q.employees.yes.setChecked(True)
    q.invoices.no.setChecked(True)
    q.address_buttons["leased"].setChecked(True)
    q.industries.search.setText("软件")
    q.industries.refresh_results()
    for code in industries:
        q.industries.add(code)


def fill_form(qtbot, wizard, *, name: str = NAME, legal_id: str = LEGAL_ID) -> None:
    form = wizard.form_page.form
    form.company_name.setText(name)  # QTest types ASCII only
    qtbot.keyClicks(form.capital, "500000")
    form.address.setText("绵阳市高新区火炬路 18 号")
    form.area_code.setText("510703")
    form.legal_name.setText("张三")
    form.legal_id.setText(legal_id)
    form.legal_mobile.setText("13812345678")
    click(qtbot, form.same_as_legal)
    holders = form.shareholders
    first = holders.rows[0]
    first.name.setText("张三")
    first.id_number.setText(LEGAL_ID)
    first.share.setText("60")
    click(qtbot, holders.add_button)
    second = holders.rows[1]
    second.name.setText("王五")
    second.id_number.setText(PARTNER_ID)
    second.share.setText("40")


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in (Case, Enterprise, Person, Material, Step)}


def message_box(text_part: str) -> QMessageBox:
    boxes = [b for b in messages.open_boxes() if text_part in b.text()]
    assert boxes, [b.text() for b in messages.open_boxes()]
    return boxes[-1]


def press(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def save_to(monkeypatch, folder: Path) -> list[Path]:
    """Make every "save PDF" answer a file in ``folder``; returns the paths asked for."""
    from plugins.registration.ui import printing

    asked: list[Path] = []

    def choose(_parent, _title, default_name):
        path = folder / default_name
        asked.append(path)
        return path

    monkeypatch.setattr(printing, "choose_save_path", choose)
    return asked
