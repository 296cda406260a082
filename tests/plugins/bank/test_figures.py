"""The report figures against numbers worked out by hand on a small fixed set of accounts
(working hours 09:00-12:00 and 13:00-17:00; 2 and 3 March 2026 are a Monday and a Tuesday)."""
from __future__ import annotations

import datetime as dt

import pytest

from plugins.bank.figures import (account_lines, accounts_per_branch, durations, durations_per_branch, median,
                                  percentile, summarise)

from .helpers import bank_case, open_account, org_id

MON, TUE = dt.date(2026, 3, 2), dt.date(2026, 3, 3)

# (branch, licence issued, account opened, working minutes worked out by hand, on time: within 75)
ACCOUNTS = [
    ("bank-icbc-gx", (MON, 9, 0), (MON, 10, 15), 75, True),
    ("bank-icbc-gx", (MON, 9, 0), (MON, 11, 30), 150, False),
    ("bank-icbc-gx", (MON, 11, 30), (MON, 14, 0), 90, False),  # 30 before lunch, 60 after
    ("bank-icbc-gx", (MON, 16, 30), (TUE, 9, 45), 75, True),  # 30 on Monday, 45 on Tuesday
    ("bank-ccb-fc", (MON, 9, 0), (MON, 9, 40), 40, True),
    ("bank-ccb-fc", (MON, 14, 0), (TUE, 10, 20), 260, False),  # 180 + 80
    ("bank-ccb-fc", (MON, 10, 0), (MON, 11, 0), 60, True),
]


def _at(moment) -> dt.datetime:
    day, hour, minute = moment
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def opened(bank):
    for n, (branch, licence, account, _minutes, _on_time) in enumerate(ACCOUNTS):
        case = bank_case(bank, f"绵阳测试{n}号科技有限公司", branch=branch, at=_at(licence))
        open_account(bank, case, username="bank_clerk" if branch == "bank-icbc-gx" else "bank_clerk2",
                     at=_at(account), account_number=f"2308000000000000{n:03d}",
                     account_number_confirm=f"2308000000000000{n:03d}")
    return bank


def test_figures_of_a_fixed_set_of_accounts(opened):
    icbc, ccb, mycc = org_id("bank-icbc-gx"), org_id("bank-ccb-fc"), org_id("bank-mycc-kj")
    lines = account_lines(MON, TUE)
    assert len(lines) == 7 and lines[0].account_masked == "2308***********0004"  # the first opened
    items = durations(lines)
    assert sorted((d.line.enterprise, d.minutes, d.on_time) for d in items) == sorted(
        (f"绵阳测试{n}号科技有限公司", minutes, on_time) for n, (*_, minutes, on_time) in enumerate(ACCOUNTS))

    counts = {c.organisation_id: c.accounts for c in accounts_per_branch(lines, [(icbc, "工"), (ccb, "建"),
                                                                                  (mycc, "商")])}
    assert counts == {icbc: 4, ccb: 3, mycc: 0}

    per_branch = {s.organisation_id: s for s in durations_per_branch(items, [(icbc, "工"), (ccb, "建"), (mycc, "商")])}
    # ICBC: 75, 75, 90, 150 -> median (75 + 90) / 2; the 90th percentile is the 4th of 4 (ceil 3.6)
    assert (per_branch[icbc].cases, per_branch[icbc].median_minutes, per_branch[icbc].p90_minutes,
            per_branch[icbc].longest_minutes, per_branch[icbc].on_time) == (4, 82.5, 150, 150, 2)
    # CCB: 40, 60, 260 -> median 60; the 90th percentile is the 3rd of 3 (ceil 2.7)
    assert (per_branch[ccb].median_minutes, per_branch[ccb].p90_minutes, per_branch[ccb].on_time) == (60, 260, 2)
    assert (per_branch[mycc].cases, per_branch[mycc].median_minutes, per_branch[mycc].on_time_rate) == (0, None, None)
    overall = summarise(items, None, "全部")
    # 40, 60, 75, 75, 90, 150, 260 -> median 75, 90th percentile the 7th (ceil 6.3)
    assert (overall.cases, overall.median_minutes, overall.p90_minutes, overall.on_time) == (7, 75, 260, 4)
    assert overall.on_time_rate == pytest.approx(4 / 7)

    assert [line.enterprise for line in account_lines(MON, MON, ccb)] == ["绵阳测试4号科技有限公司",
                                                                           "绵阳测试6号科技有限公司"]
    assert len(account_lines(TUE, TUE)) == 2


@pytest.mark.parametrize("values, middle, p90", [
    ([], None, None), ([5], 5, 5), ([3, 1], 2, 3), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9),
    ([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 60, 100),
])
def test_median_and_nearest_rank_percentile(values, middle, p90):
    assert median(values) == middle and percentile(values, 90) == p90
