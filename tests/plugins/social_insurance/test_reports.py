"""The reports' figures on a small fixed data set, checked against numbers worked out by hand, and
the reports themselves as PDF (text read back), .xlsx (read back) and from the command line."""
from __future__ import annotations

import datetime as dt
import types
from decimal import Decimal

import pytest
from case_helpers import user
from openpyxl import load_workbook
from reports.pdf_inspect import assert_contains, compact, pdf_text

from app.cli import main
from app.core.errors import ServiceError
from app.core.models import Organisation
from plugins.social_insurance.figures import buckets_of, employee_figures, employer_figures, resolve_organisation

from .helpers import ID_A, ID_B, ID_C, employee, register, valid_data

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
FIVE = ["pension", "medical", "unemployment", "work_injury", "maternity"]


@pytest.fixture
def registered(si_sqlite):
    """A: 2 employees, fund 12%; B: 1 employee, three insurances, no fund (same week);
    C: nobody yet, fund 5% (next week); D: April, 1 employee."""
    ctx = si_sqlite
    register(ctx, valid_data(unit_number="510703000001", employees=[employee("张伟", ID_A, "5000.00"),
                                                                    employee("李娜", ID_B, "6200.50")]),
             name="绵阳甲科技有限公司", at=dt.datetime(2026, 3, 2, 10, 0))
    register(ctx, valid_data(unit_number="510703000002", insurance_types=["pension", "medical", "work_injury"],
                             employees=[employee("王芳", ID_C, "4000.00")], housing_fund=False, fund_account=None,
                             fund_ratio=None), name="绵阳乙商贸有限公司", at=dt.datetime(2026, 3, 4, 11, 0))
    register(ctx, valid_data(unit_number="510703000003", employees=[], no_employees=True, fund_ratio=5),
             name="绵阳丙餐饮管理有限公司", at=dt.datetime(2026, 3, 10, 9, 30))
    register(ctx, valid_data(unit_number="510703000004", employees=[employee("赵强", ID_A, "7000.00")]),
             name="绵阳丁建筑工程有限公司", at=dt.datetime(2026, 4, 1, 9, 0))
    return ctx


def test_employer_figures_by_hand(registered):
    figures = employer_figures(*MARCH)
    assert [r.unit_number for r in figures.rows] == ["510703000001", "510703000002", "510703000003"]
    assert (figures.employers, figures.employees, figures.with_fund) == (3, 3, 2)
    assert dict(figures.by_type) == {"pension": 3, "medical": 3, "unemployment": 2, "work_injury": 3,
                                     "maternity": 2}
    assert figures.fund_share == pytest.approx(2 / 3) and figures.average_fund_ratio == pytest.approx(8.5)
    assert figures.rows[0].base_total == Decimal("11200.50") and figures.rows[0].enterprise_name == "绵阳甲科技有限公司"
    assert figures.rows[0].organisation == "绵阳高新区社会保险事业管理局"


def test_employee_figures_week_by_week_and_month_by_month(registered):
    weekly = employee_figures(*MARCH)
    assert weekly.granularity == "week"
    assert [(b.first.day, b.last.day, b.employers, b.employees, b.base_total) for b in weekly.buckets] == [
        (1, 1, 0, 0, 0), (2, 8, 2, 3, Decimal("15200.50")), (9, 15, 0, 0, 0), (16, 22, 0, 0, 0),
        (23, 29, 0, 0, 0), (30, 31, 0, 0, 0)]
    assert weekly.average_base == Decimal("5066.83")
    assert [r.unit_number for r in weekly.per_employer] == ["510703000001", "510703000002"]
    year = employee_figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert year.granularity == "month" and len(year.buckets) == 12
    assert [b.employees for b in year.buckets[:5]] == [0, 0, 3, 1, 0]


def test_periods_are_clipped_to_the_range():
    assert buckets_of(dt.date(2026, 1, 30), dt.date(2026, 3, 2), "month") == [
        (dt.date(2026, 1, 30), dt.date(2026, 1, 31)), (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 2))]
    assert buckets_of(dt.date(2026, 12, 31), dt.date(2027, 1, 1), "month")[1] == (dt.date(2027, 1, 1),
                                                                               dt.date(2027, 1, 1))


def test_organisation_filter_and_its_resolution(registered):
    yx = Organisation.get(Organisation.code == "si-yx").id
    assert resolve_organisation("si-yx") == yx and resolve_organisation(str(yx)) == yx
    assert resolve_organisation(None) is None
    assert employer_figures(*MARCH, organisation_id=yx).employers == 0
    for unknown in ("nope", "tax-gx"):
        with pytest.raises(ServiceError):
            resolve_organisation(unknown)


def _spec(ctx, name):
    return next(s for s in ctx.host.call("kaiban_reports", user=None) if s.name == name)


def test_the_reports_as_pdf_and_xlsx(registered, tmp_path):
    ctx = registered
    params = {"date_from": MARCH[0], "date_to": MARCH[1], "organisation": None}
    seen = []
    employers = _spec(ctx, "social_insurance.employers")
    assert employers.formats == ("pdf", "xlsx") and employers.organisations == "social_insurance"
    employers.build(ctx, params, tmp_path / "e.pdf", lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)
    assert_contains(tmp_path / "e.pdf", "社会保险参保单位登记统计", "本期共登记参保单位 3 家，参保职工 3 人", "（占 66.7%）",
                    "平均缴存比例 8.5%", "基本养老保险", "510703000003", "绵阳丙餐饮管理有限公司", "各险种参保单位数")
    assert "510703000004" not in pdf_text(tmp_path / "e.pdf")  # April's
    employers.build(ctx, params, tmp_path / "e.xlsx", lambda d, t: None)
    wb = load_workbook(tmp_path / "e.xlsx")
    by_type = wb.worksheets[0]
    assert [[c.value for c in row] for row in by_type.iter_rows(min_row=5, max_row=10)] == [
        ["基本养老保险", 3, 1], ["基本医疗保险", 3, 1], ["失业保险", 2, pytest.approx(2 / 3)], ["工伤保险", 3, 1],
        ["生育保险", 2, pytest.approx(2 / 3)], ["住房公积金缴存登记", 2, pytest.approx(2 / 3)]]
    assert wb.worksheets[1]["D5"].value == "510703000001" and wb.worksheets[1]["G5"].value == pytest.approx(0.12)

    employees = _spec(ctx, "social_insurance.employees")
    employees.build(ctx, params, tmp_path / "p.pdf", lambda d, t: None)
    text = compact(pdf_text(tmp_path / "p.pdf"))
    assert compact("本期新参保职工 3 人，月缴费基数合计 15,200.50 元") in text
    assert compact("3月2日–3月8日") in text and compact("人均月缴费基数 5,066.83 元") in text
    employees.build(ctx, params, tmp_path / "p.xlsx", lambda d, t: None)
    ws = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert [ws.cell(row=6, column=c).value for c in range(1, 5)] == ["3月2日–3月8日", 2, 3, 15200.5]


def test_staff_of_one_bureau_get_only_their_own(registered, tmp_path):
    ctx = types.SimpleNamespace(user=user("si_yx_clerk"))
    params = {"date_from": MARCH[0], "date_to": MARCH[1], "organisation": None}
    _spec(registered, "social_insurance.employers").build(ctx, params, tmp_path / "yx.pdf", lambda d, t: None)
    assert_contains(tmp_path / "yx.pdf", "范围：绵阳市游仙区社会保险事业管理局", "本期共登记参保单位 0 家")


def test_the_report_command(registered, sqlite_url, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    assert main(["--db", sqlite_url, "report", "social_insurance.employees", "--from", "2026-03-01", "--to",
                 "2026-03-31", "--org", "si-gx", "--out", str(out)]) == 0
    assert load_workbook(out).worksheets[1]["B5"].value == "绵阳甲科技有限公司"
    assert main(["--db", sqlite_url, "report"]) == 0
    listed = capsys.readouterr().out
    assert "social_insurance.employers" in listed and "social_insurance.employees" in listed
