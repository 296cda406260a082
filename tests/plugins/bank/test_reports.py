"""The two reports, as PDF (read back as text) and .xlsx (read back with openpyxl), narrowed to a
branch, and from the command line."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from case_helpers import user
from openpyxl import load_workbook
from reports.pdf_inspect import assert_contains, compact, pdf_text

from app.cli import main
from app.core.errors import ServiceError
from plugins.bank.reports import build_accounts_opened, build_licence_to_account, licence_to_account_report

from .helpers import NUMBER, T0, bank_case, open_account

PARAMS = {"date_from": dt.date(2026, 3, 1), "date_to": dt.date(2026, 3, 31), "organisation": None}


@pytest.fixture
def two_accounts(bank_sqlite):
    icbc = bank_case(bank_sqlite, "绵阳锦程科技有限公司")
    open_account(bank_sqlite, icbc, at=T0 + dt.timedelta(minutes=50))
    ccb = bank_case(bank_sqlite, "绵阳云帆网络科技有限公司", branch="bank-ccb-fc")
    open_account(bank_sqlite, ccb, username="bank_clerk2", at=T0 + dt.timedelta(hours=3),  # 09:00 -> 12:00
                 due_diligence="passed_with_notes", due_diligence_notes="委托经办人面签", account_number=NUMBER + "1",
                 account_number_confirm=NUMBER + "1")
    return bank_sqlite


def as_user(ctx, username: str | None):
    return types.SimpleNamespace(**{**vars(ctx), "user": user(username) if username else None})


def table(sheet) -> list[list]:
    """The rows under the header (row 4), up to the first empty one (notes follow)."""
    rows = []
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if all(value is None for value in row):
            break
        rows.append(list(row))
    return rows


def _progress():
    seen = []
    return seen, lambda done, total: seen.append((done, total))


def test_accounts_opened_as_pdf(two_accounts, tmp_path):
    seen, progress = _progress()
    out = build_accounts_opened(as_user(two_accounts, "admin"), PARAMS, tmp_path / "opened.pdf", progress)
    assert_contains(out, "基本存款账户开户统计", "2026年3月1日至2026年3月31日", "全部机构", "各网点开立基本存款账户数",
                    "工商银行绵阳高新支行", "建设银行绵阳涪城支行", "绵阳市商业银行科技城支行", "合计",
                    "本期间共开立基本存款账户2户，其中尽职调查附说明通过1户",
                    "绵阳锦程科技有限公司", "2308***********2345", "2308************3451", "通过（附说明）", "周强")
    assert NUMBER not in compact(pdf_text(out))  # full numbers never leave the branch in a report
    assert seen[-1] == (2, 2)


def test_accounts_opened_as_xlsx(two_accounts, tmp_path):
    out = build_accounts_opened(as_user(two_accounts, None), PARAMS, tmp_path / "opened.xlsx", lambda *_: None)
    book = load_workbook(out)
    assert book.sheetnames == ["各网点开户数", "开户明细"]
    counts = table(book["各网点开户数"])
    assert counts == [["工商银行绵阳高新支行", 1, 0], ["建设银行绵阳涪城支行", 1, 1], ["绵阳市商业银行科技城支行", 0, 0],
                      ["合计", 2, 1]]
    listing = table(book["开户明细"])
    assert [row[1] for row in listing] == ["绵阳锦程科技有限公司", "绵阳云帆网络科技有限公司"]
    assert listing[0][4] == dt.datetime(2026, 3, 2)  # a real date cell
    assert listing[1][3] == "2308************3451"


def test_licence_to_account_as_pdf_and_xlsx(two_accounts, tmp_path):
    pdf = build_licence_to_account(as_user(two_accounts, None), PARAMS, tmp_path / "time.pdf", lambda *_: None)
    assert_contains(pdf, "执照核发至银行开户用时统计", "各网点从执照核发到账户开立的用时（工作小时）", "中位数", "90%分位",
                    "2026-03-0209:00", "2026-03-0212:00", "超时", "全部网点", "按时率")
    book = load_workbook(build_licence_to_account(as_user(two_accounts, None), PARAMS, tmp_path / "time.xlsx",
                                                  lambda *_: None))
    rows = {row[0]: row for row in table(book["各网点用时"])}
    assert rows["工商银行绵阳高新支行"][1:4] == [1, 50, 0.8] and rows["工商银行绵阳高新支行"][7:] == [1, 1]
    assert rows["建设银行绵阳涪城支行"][1:3] == [1, 180] and rows["建设银行绵阳涪城支行"][7:] == [0, 0]
    assert rows["全部网点"][1:3] == [2, 115]
    per_case = table(book["逐件用时"])
    assert [(r[5], r[7]) for r in per_case] == [(50, "按时"), (180, "超时")]
    chart = licence_to_account_report(PARAMS["date_from"], PARAMS["date_to"]).chart.chart
    assert chart.data == [[0.8, 3.0], [0.8, 3.0]]  # median and 90th percentile per branch, in hours


def test_a_branchs_staff_get_only_their_branch(two_accounts, tmp_path):
    out = build_accounts_opened(as_user(two_accounts, "bank_clerk2"), PARAMS, tmp_path / "own.xlsx", lambda *_: None)
    listing = table(load_workbook(out)["开户明细"])
    assert [row[2] for row in listing] == ["建设银行绵阳涪城支行"]
    assert "建设银行绵阳涪城支行" in load_workbook(out)["开户明细"]["A2"].value  # the scope under the title


def test_the_reports_from_the_command_line(two_accounts, sqlite_url, tmp_path, capsys):
    for name in ("bank.accounts_opened", "bank.licence_to_account"):
        for suffix in ("pdf", "xlsx"):
            out = tmp_path / f"{name}.{suffix}"
            assert main(["--db", sqlite_url, "report", name, "--from", "2026-03-01", "--to", "2026-03-31",
                         "--org", "bank-icbc-gx", "--out", str(out)]) == 0
            assert out.stat().st_size > 0
    assert_contains(tmp_path / "bank.accounts_opened.pdf", "范围：工商银行绵阳高新支行", "绵阳锦程科技有限公司")
    assert "绵阳云帆网络科技有限公司" not in compact(pdf_text(tmp_path / "bank.accounts_opened.pdf"))
    with pytest.raises(ServiceError):
        build_accounts_opened(as_user(two_accounts, None), PARAMS, tmp_path / "opened.csv", lambda *_: None)
