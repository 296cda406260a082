"""The park-wide reports reproduce figures computed by hand on a small fixed data set: occupancy,
output growth, rent saved, firms by channel; as PDF (read back as text) and .xlsx (read back with
openpyxl); each user gets the scope they may see."""
from __future__ import annotations

import datetime as dt
import types
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from reports.pdf_inspect import compact, pdf_text

from app.core.errors import PermissionDenied
from plugins.incubator import figures
from plugins.incubator.incubators import get_profile, save_profile
from plugins.incubator.reports import build
from plugins.incubator.roster import deregister, move_out, register_firm, set_output
from plugins.incubator.validation import ProfileEntry

from .helpers import AT, entry

PERIOD = {"date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 2, 28), "organisation": None}
DAY = PERIOD["date_to"]


@pytest.fixture
def data(park_sqlite):
    return fill(park_sqlite)


@pytest.fixture
def data_both(park):
    """The data set on SQLite and PostgreSQL."""
    return fill(park)


def fill(park):
    """甲: F1, F2, F4 hosted, F3 moved out on 15 Jan; 乙 (rent 24,000): F5 hosted, F6 deregistered on 20 Feb."""
    m_a, m_b = park.manager_a, park.manager_b
    save_profile(park.b, m_b, ProfileEntry(address="绵阳市高新区创业路 8 号", operator="乙园运营公司", manager="刘洋",
                                           yearly_rent="24000"), 0, at=AT)

    def firm(org, user, name, seat, channel, since, outputs):
        made = register_firm(org, entry(company_name=name, seat=seat, source_channel=channel, hosted_from=since),
                             user, at=AT)
        for year, amount in outputs.items():
            set_output(made.id, year, amount, user, at=AT)
        return made

    firm(park.a, m_a, "绵阳一号科技有限公司", "A-001", "hall", dt.date(2024, 5, 1), {2025: "1000000", 2026: "2500000"})
    firm(park.a, m_a, "绵阳二号科技有限公司", "A-002", "referral", dt.date(2025, 3, 1), {2025: "500000", 2026: "800000"})
    f3 = firm(park.a, m_a, "绵阳三号科技有限公司", "A-003", "online", dt.date(2024, 1, 10), {2025: "300000"})
    move_out(f3.id, dt.date(2026, 1, 15), f3.version, m_a, at=AT)
    firm(park.a, m_a, "绵阳四号科技有限公司", "A-004", "hall", dt.date(2026, 2, 1), {2026: "200000"})
    firm(park.b, m_b, "绵阳五号科技有限公司", "B-001", "government", dt.date(2025, 6, 1), {2025: "700000", 2026: "650000"})
    f6 = firm(park.b, m_b, "绵阳六号科技有限公司", "B-002", "hall", dt.date(2025, 7, 1), {2025: "100000"})
    deregister(f6.id, dt.date(2026, 2, 20), f6.version, m_b, at=AT)
    # firms outside the period: gone before it, and arrived after it
    f7 = firm(park.a, m_a, "绵阳七号科技有限公司", "A-005", "other", dt.date(2024, 2, 1), {})
    move_out(f7.id, dt.date(2025, 12, 31), f7.version, m_a, at=AT)
    firm(park.a, m_a, "绵阳八号科技有限公司", "A-006", "other", dt.date(2026, 3, 1), {})
    return park


def run(kind, park, tmp_path, suffix, user=None, **params):
    out = tmp_path / f"{kind}.{suffix}"
    progress = []
    build(kind, types.SimpleNamespace(user=user), PERIOD | params, out, lambda d, t: progress.append((d, t)))
    assert progress[-1][0] == progress[-1][1]
    return out


def test_occupancy_and_roster(data_both, tmp_path):
    data = data_both
    rows = {r.incubator: r for r in figures.occupancy(DAY)}
    assert (rows["甲创新孵化器"].seats, rows["甲创新孵化器"].occupied, rows["甲创新孵化器"].free) == (6, 3, 3)
    assert rows["甲创新孵化器"].rate == Decimal("0.5000") and rows["乙创业园"].rate == Decimal("0.2500")
    total = figures.occupancy_total(list(rows.values()))
    assert (total.seats, total.occupied, total.rate) == (10, 4, Decimal("0.4000"))
    names = [r.company_name for r in figures.roster(PERIOD["date_from"], DAY)]
    assert sorted(names) == sorted(f"绵阳{n}号科技有限公司" for n in "一二三四五六")

    sheet = load_workbook(run("roster", data, tmp_path, "xlsx"))["工位占用"]
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_row=7)]
    assert table == [["乙创业园", 4, 1, 3, 0.25], ["甲创新孵化器", 6, 3, 3, 0.5], ["合计", 10, 4, 6, 0.4]]
    assert sheet["E5"].number_format == "0.00%"
    text = compact(pdf_text(run("roster", data, tmp_path, "pdf")))
    assert "已占用4个，占用率40.00%；本期间在孵企业6家" in text
    assert "绵阳三号科技有限公司" in text and "已迁出" in text and "绵阳七号" not in text


def test_output_growth(data_both, tmp_path):
    data = data_both
    rows = {r.name: r for r in figures.output_by_incubator(2026)}
    a, b = rows["甲创新孵化器"], rows["乙创业园"]
    assert (a.firms, a.last_year, a.this_year) == (4, Decimal("1800000"), Decimal("3500000"))
    assert a.growth == Decimal("0.9444")  # 1,700,000 / 1,800,000
    assert (b.last_year, b.this_year, b.growth) == (Decimal("800000"), Decimal("650000"), Decimal("-0.1875"))
    total = figures.output_total(list(rows.values()))
    assert (total.last_year, total.this_year, total.growth) == (Decimal("2600000"), Decimal("4150000"),
                                                                 Decimal("0.5962"))
    firm = {r.name: r for r in figures.output_by_firm(2026)}
    assert firm["绵阳四号科技有限公司"].last_year is None and firm["绵阳四号科技有限公司"].growth is None
    assert firm["绵阳一号科技有限公司"].growth == Decimal("1.5000")

    text = compact(pdf_text(run("output", data, tmp_path, "pdf")))
    assert "2026年托管企业产值4,150,000.00元，2025年2,600,000.00元，同比增长+59.62%" in text
    assert "+94.44%" in text and "-18.75%" in text
    book = load_workbook(run("output", data, tmp_path, "xlsx"))
    totals = [c.value for c in book["按孵化机构"][7]]
    assert totals[:4] == ["合计", 6, 2600000, 4150000] and totals[4] == pytest.approx(0.5962)


def test_rent_saved(data, tmp_path):
    rows = {r.incubator: r for r in figures.rent_saved(DAY)}
    assert (rows["甲创新孵化器"].firms, rows["甲创新孵化器"].yearly_rent, rows["甲创新孵化器"].saved) == (
        3, Decimal("30000.00"), Decimal("90000.00"))
    assert (rows["乙创业园"].firms, rows["乙创业园"].saved) == (1, Decimal("24000.00"))
    text = compact(pdf_text(run("rent_saved", data, tmp_path, "pdf")))
    assert "集群托管企业4户" in text and "每年可节约房租114,000.00元（约11.4万元）" in text
    sheet = load_workbook(run("rent_saved", data, tmp_path, "xlsx")).worksheets[0]
    assert [c.value for c in sheet[7]] == ["合计", 4, None, 114000]


def test_channels(data, tmp_path):
    rows = {r.channel: (r.firms, r.share) for r in figures.by_channel(PERIOD["date_from"], DAY)}
    assert rows == {"hall": (3, Decimal("0.5000")), "referral": (1, Decimal("0.1667")),
                    "online": (1, Decimal("0.1667")), "government": (1, Decimal("0.1667")), "other": (0, Decimal(0))}
    sheet = load_workbook(run("channels", data, tmp_path, "xlsx")).worksheets[0]
    assert [c.value for c in sheet[5]][:2] == ["大厅宣传资料", 3] and [c.value for c in sheet[10]][:2] == ["合计", 6]
    assert "大厅宣传资料350.00%" in compact(pdf_text(run("channels", data, tmp_path, "pdf")))


def test_who_gets_which_figures(data, tmp_path):
    park = data
    # a manager asking for the other incubator still gets their own
    sheet = load_workbook(run("rent_saved", park, tmp_path, "xlsx", user=park.manager_b, organisation=park.a))
    rows = [[c.value for c in row][:2] for row in sheet.worksheets[0].iter_rows(min_row=5)]
    assert rows[0] == ["乙创业园", 1] and all(r[0] != "甲创新孵化器" for r in rows)
    run("rent_saved", park, tmp_path, "pdf", user=park.chief)
    run("rent_saved", park, tmp_path, "pdf", user=park.admin, organisation=park.a)
    for user in (park.clerk, park.seal_clerk):
        with pytest.raises(PermissionDenied):
            run("rent_saved", park, tmp_path, "pdf", user=user)
    assert get_profile(park.b, park.manager_b).yearly_rent == Decimal("24000.00")


def test_reports_are_offered_to_those_who_may_read_them(park_sqlite, sqlite_ctx):
    park, host = park_sqlite, sqlite_ctx.host

    def names(user):
        return sorted(r.name for r in host.call("kaiban_reports", user=user) if r.name.startswith("incubator."))

    every = ["incubator.channels", "incubator.output", "incubator.rent_saved", "incubator.roster"]
    assert names(None) == names(park.admin) == names(park.chief) == names(park.manager_a) == every
    assert names(park.clerk) == names(park.seal_clerk) == []
    spec = next(r for r in host.call("kaiban_reports", user=None) if r.name == "incubator.output")
    assert spec.formats == ("pdf", "xlsx") and spec.organisations == "incubator"
