"""Satisfaction figures, open items and the report, against figures counted by hand on a small
fixed set of ratings."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import user
from openpyxl import load_workbook
from pypdf import PdfReader

from app.core.models import Case
from plugins.ratings.models import Rectification
from plugins.ratings.figures import period_figures, satisfaction
from plugins.ratings.ratings import rate
from plugins.ratings.rectifications import answer_rectification
from plugins.ratings.reports import build_satisfaction_report
from tests.plugins.ratings.helpers import T0, completed_case

MON, TUE = dt.datetime(2026, 3, 2, 10, 0), dt.datetime(2026, 3, 3, 10, 0)
ANSWER = "已约谈经办人员并优化取号流程，欢迎您再次监督我们的工作。"


@pytest.fixture
def rated(world):
    """Four cases; seal ratings 1, 2, 4, 5 (two bad); tax 3, 3, 3, 4 (one bad); bank 1 in the
    next month (outside March). The seal rating of level 4 is answered on Tuesday."""
    cases = [completed_case(world, f"绵阳样本{i}科技有限公司", at=T0) for i in range(4)]
    clerk = user("clerk")
    outcomes = {}
    for case, seal, tax in zip(cases, (1, 2, 4, 5), (3, 3, 3, 4)):
        outcomes[(case.id, "seal")] = rate(case.id, "seal", seal, "", clerk, at=MON)
        rate(case.id, "tax", tax, "", clerk, at=MON)
    rate(cases[0].id, "bank", 1, "", clerk, at=dt.datetime(2026, 4, 1, 10, 0))
    answer_rectification(outcomes[(cases[2].id, "seal")].rectification_id, ANSWER, user("seal_chief"), at=TUE)
    return world


def test_satisfaction_per_department_and_overall(rated):
    rows = {d.department_code: d for d in satisfaction(dt.date(2026, 3, 1), dt.date(2026, 3, 31))}
    assert set(rows) == {"seal", "tax"}
    assert rows["seal"].counts == (1, 1, 0, 1, 1) and rows["seal"].rate == 50.0
    assert rows["tax"].counts == (0, 0, 3, 1, 0) and rows["tax"].rate == 75.0
    assert (rows["seal"].rectifications_opened, rows["seal"].rectifications_closed) == (2, 1)
    figures = {f.key: f for f in period_figures(dt.date(2026, 3, 1), dt.date(2026, 3, 31), None)}
    assert figures["ratings.satisfaction"].value == 62.5  # 5 of 8
    assert figures["ratings.count"].value == 8 and figures["ratings.bad"].value == 3
    assert figures["ratings.rectifications_opened"].value == 3
    assert figures["ratings.rectifications_closed"].value == 1
    assert figures["ratings.rectifications_open"].value == 2
    assert figures["ratings.satisfaction.tax"].value == 75.0
    headers, rows_ = figures["ratings.bad"].details()
    assert len(rows_) == 3 and headers[1] == "办件编号"
    _h, per_dept = figures["ratings.satisfaction"].details()
    assert per_dept[-1][0] == "合计" and per_dept[-1][8] == 62.5
    empty = {f.key: f.value for f in period_figures(dt.date(2025, 1, 1), dt.date(2025, 1, 31), None)}
    assert empty["ratings.count"] == 0 and empty["ratings.satisfaction"] == "—"  # no rating: no rate, not 0 %
    april = {f.key: f.value for f in period_figures(dt.date(2026, 4, 1), dt.date(2026, 4, 30), None)}
    assert april["ratings.satisfaction"] == 100.0 and april["ratings.count"] == 1
    # a seal company's supervisor sees only their own company's figures
    own = {f.key: f.value for f in period_figures(dt.date(2026, 3, 1), dt.date(2026, 3, 31), user("seal_chief"))}
    assert own["ratings.count"] == 4 and own["ratings.satisfaction"] == 50.0


def test_unanswered_rectifications_are_named_until_answered(rated):
    host = rated.host
    week1 = host.call("kaiban_open_items", date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 8), user=None)
    assert week1 == []  # due on Monday 9 March: not late yet
    week2 = host.call("kaiban_open_items", date_from=dt.date(2026, 3, 9), date_to=dt.date(2026, 3, 15), user=None)
    assert len(week2) == 2 and {i.department for i in week2} == {"seal", "tax"}
    seal = next(i for i in week2 if i.department == "seal")
    assert seal.person == "孙国强" and seal.late_minutes == 6 * 60 + 4 * 7 * 60  # Mon 10:00 .. Fri 17:00
    assert all(i.kind == "差评整改" and i.due_at == dt.datetime(2026, 3, 9, 10, 0) for i in week2)
    # answered in the third week: still named for the second, gone from the fourth
    for item in week2:
        case = Case.get(Case.number == item.case_number)
        rect = Rectification.get((Rectification.case == case.id) & (Rectification.state == "open"))
        answer_rectification(rect.id, ANSWER, user("admin"), at=dt.datetime(2026, 3, 17, 10, 0))
    again = host.call("kaiban_open_items", date_from=dt.date(2026, 3, 9), date_to=dt.date(2026, 3, 15), user=None)
    assert len(again) == 2
    assert host.call("kaiban_open_items", date_from=dt.date(2026, 3, 23), date_to=dt.date(2026, 3, 29),
                     user=None) == []


def test_the_report_as_pdf_and_xlsx(rated, tmp_path):
    params = {"date_from": dt.date(2026, 3, 1), "date_to": dt.date(2026, 3, 31), "organisation": None}
    pdf = build_satisfaction_report(rated, params, tmp_path / "s.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "好差评满意率统计" in text and "满意率 62.5%" in text and ANSWER[:10] in text
    xlsx = build_satisfaction_report(rated, params, tmp_path / "s.xlsx")
    sheet = load_workbook(xlsx).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    total = next(r for r in values if r and r[0] == "合计")
    assert total[6:11] == [8, 5, 62.5, 3, 3]
