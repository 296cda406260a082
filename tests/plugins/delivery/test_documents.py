"""The delivery slip by its extracted text, the period figures and the report against hand counts."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import user
from openpyxl import load_workbook
from pypdf import PdfReader

from plugins.delivery.figures import period_figures
from plugins.delivery.items import mark_delivered, mark_returned, send_item
from plugins.delivery.reports import build_delivery_report
from plugins.delivery.slip import write_slip
from tests.plugins.delivery.helpers import T0, prepared
from tests.plugins.ratings.helpers import completed_case

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_slip_lists_the_parcel_and_its_waybill(world_sqlite, tmp_path):
    clerk = user("clerk")
    case = completed_case(world_sqlite, "绵阳寄递样本科技有限公司")
    licence, seals = prepared(case), prepared(case, "seal_set")
    blank = _text(write_slip(licence.id, clerk, tmp_path / "blank.pdf"))
    assert "免费寄递交接单" in blank and "寄出时填写" in blank and "营业执照" in blank
    for item in (licence, seals):
        send_item(item.id, "sf", "SF1234567890123", clerk, at=T0 + dt.timedelta(hours=1))
    text = _text(write_slip(licence.id, clerk, tmp_path / "slip.pdf"))
    for expected in (case.number, "绵阳寄递样本科技有限公司", "李四", "13912345678", "绵阳市高新区火炬路 18 号",
                     "顺丰速运", "SF1234567890123", "营业执照（正本、副本）", "印章（全套）", "快递揽收员"):
        assert expected in text, expected
    with pytest.raises(Exception):
        write_slip(licence.id, user("seal_clerk"), tmp_path / "no.pdf")


@pytest.fixture
def moved(world):
    """Three cases. March: 5 items prepared, 4 sent (one of them twice, after a return), 2 delivered,
    1 returned; April: 1 more delivered."""
    clerk = user("clerk")
    cases = [completed_case(world, f"绵阳寄递{i}科技有限公司") for i in range(3)]
    a, b, c = [prepared(case) for case in cases]
    d, e = prepared(cases[0], "seal_set"), prepared(cases[1], "seal_set")
    day = dt.datetime(2026, 3, 3, 10, 0)
    send_item(a.id, "ems", "1100000000001", clerk, at=day)
    send_item(d.id, "ems", "1100000000001", clerk, at=day)
    send_item(b.id, "sf", "SF0000000000002", clerk, at=day)
    send_item(c.id, "jd", "JDVA00000000003", clerk, at=day)
    mark_delivered(a.id, clerk, at=day + dt.timedelta(days=1))
    mark_delivered(d.id, clerk, at=day + dt.timedelta(days=1))
    mark_returned(b.id, "查无此人", clerk, at=day + dt.timedelta(days=2))
    send_item(b.id, "sf", "SF0000000000004", clerk, at=day + dt.timedelta(days=3))
    mark_delivered(c.id, clerk, at=dt.datetime(2026, 4, 1, 10, 0))
    return world, e


def test_figures_against_hand_counts(moved):
    figures = {f.key: f for f in period_figures(*MARCH, None)}
    assert (figures["delivery.sent"].value, figures["delivery.delivered"].value,
            figures["delivery.returned"].value) == (5, 2, 1)
    headers, rows = figures["delivery.returned"].details()
    assert rows[0][2].startswith("KB") and rows[0][-1] == "查无此人" and headers[-1] == "说明"
    april = {f.key: f.value for f in period_figures(dt.date(2026, 4, 1), dt.date(2026, 4, 30), None)}
    assert april == {"delivery.sent": 0, "delivery.delivered": 1, "delivery.returned": 0}
    # other departments' supervisors get the counts without the list; their clerks nothing
    tax_chief = {f.key: f for f in period_figures(*MARCH, user("tax_chief"))}
    assert tax_chief["delivery.sent"].value == 5 and tax_chief["delivery.sent"].details is None
    assert period_figures(*MARCH, user("tax_clerk")) == []


def test_the_report_as_pdf_and_xlsx(moved, tmp_path):
    world, _waiting = moved
    params = {"date_from": MARCH[0], "date_to": MARCH[1], "organisation": None}
    text = _text(build_delivery_report(world, params, tmp_path / "d.pdf"))
    assert "免费寄递统计" in text and "寄出 5 件，签收 2 件，退回 1 件" in text and "查无此人" in text
    book = load_workbook(build_delivery_report(world, params, tmp_path / "d.xlsx"))
    rows = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    licence = next(r for r in rows if r and r[0] == "营业执照（正本、副本）")
    seals = next(r for r in rows if r and r[0] == "印章（全套）")
    assert licence[1:5] == [3, 4, 1, 1] and seals[1:5] == [2, 1, 1, 0]
    waiting = {r[0]: r[1] for r in ([c.value for c in row] for row in book.worksheets[1].iter_rows()) if r and r[1]
               is not None}
    assert waiting["待寄出"] == 1 and waiting["运输中"] == 1  # now: e prepared, b travelling again (c delivered)
