"""The tax office's three reports, as PDF (read back as text) and .xlsx (read back with openpyxl),
over the fixed set; staff of one tax office get only their own office's figures."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.core.models import Organisation
from case_helpers import user
from reports.pdf_inspect import compact, pdf_text

from .fixed_set import MON, TUE, seed
from .helpers import add_second_office

NAMES = ("tax.registrations", "tax.invoices_granted", "tax.step_times")


def reports(ctx, who=None) -> dict:
    return {spec.name: spec for spec in ctx.host.call("kaiban_reports", user=who) if spec.name.startswith("tax.")}


def build(ctx, name: str, out: Path, organisation: int | None = None) -> Path:
    seen = []
    reports(ctx)[name].build(ctx, {"date_from": MON, "date_to": TUE, "organisation": organisation}, out,
                             lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    return out


def rows(path: Path, sheet: str) -> list[tuple]:
    ws = load_workbook(path)[sheet]
    return [row for row in ws.iter_rows(min_row=5, values_only=True) if any(v is not None for v in row)]


@pytest.fixture(scope="module")
def _seeded_template(tmp_path_factory):
    """The fixed set in a SQLite file, seeded once for this module's tests."""
    from argon2 import PasswordHasher

    from app.core import users
    from app.startup import open_app
    from case_helpers import seed_people
    from db.connection import close_database

    path = tmp_path_factory.mktemp("tax-fixed-set") / "kaiban.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KAIBAN_DATA_DIR", str(path.parent / "data"))
        mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        ctx = open_app(f"sqlite:///{path}", backup=False)
        seed_people(ctx)
        add_second_office()
        seed(ctx)
        ctx.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
    return path


@pytest.fixture
def seeded(_seeded_template, sqlite_url, tmp_path):
    """A copy of the fixed set's database, opened."""
    from app.startup import open_app

    shutil.copyfile(_seeded_template, sqlite_url.removeprefix("sqlite:///"))
    return open_app(sqlite_url, backup_to=tmp_path / "backups")


def test_the_reports_are_offered_to_tax_staff_and_the_command_line(tax_sqlite):
    for who in (None, user("tax_clerk"), user("admin")):
        specs = reports(tax_sqlite, who)
        assert sorted(specs) == sorted(NAMES)
        assert all(s.formats == ("pdf", "xlsx") and s.organisations == "tax" for s in specs.values())
    assert reports(tax_sqlite, user("seal_clerk")) == {}


def test_registrations_report(seeded, tmp_path):
    text = compact(pdf_text(build(seeded, "tax.registrations", tmp_path / "r.pdf")))
    for needle in ("税务登记户数统计", "统计期间：2026年3月2日至2026年3月3日", "范围：全部机构", "每日登记户数",
                   "本期间共办理税务登记5户，其中小规模纳税人3户、一般纳税人2户；发放税务UKey2户，核定首票4户。",
                   "小规模纳税人360.0%13", "一般纳税人240.0%11", "合计5100.0%24", "绵阳戊农业开发有限公司", "国家税务总局绵阳市游仙区税务局"):
        assert needle in text, needle
    assert "绵阳己文化传媒有限公司" not in text  # confirmed after the period
    book = build(seeded, "tax.registrations", tmp_path / "r.xlsx")
    assert load_workbook(book).sheetnames == ["按纳税人类型", "登记明细"]
    assert rows(book, "按纳税人类型")[:3] == [("小规模纳税人", 3, 0.6, 1, 3), ("一般纳税人", 2, 0.4, 1, 1),
                                             ("合计", 5, 1, 2, 4)]
    assert load_workbook(book)["按纳税人类型"]["C5"].number_format == "0.0%"
    listing = rows(book, "登记明细")
    assert listing[0][0] == dt.datetime(2026, 3, 2, 9, 10) and listing[0][2] == "绵阳甲科技有限公司"
    assert len([r for r in listing if isinstance(r[0], dt.datetime)]) == 5


def test_invoices_granted_report(seeded, tmp_path):
    text = compact(pdf_text(build(seeded, "tax.invoices_granted", tmp_path / "i.pdf")))
    for needle in ("首票核定统计", "可开票额度（万元）", "本期间办理税务登记5户，其中核定首票4户，可开票额度合计4,200,000元。",
                   "增值税普通发票275300,000", "增值税专用发票1252,500,000", "全电发票（数电票）4—1,400,000",
                   "合计41004,200,000"):
        assert needle in text, needle
    book = build(seeded, "tax.invoices_granted", tmp_path / "i.xlsx")
    assert rows(book, "按发票种类")[:4] == [("增值税普通发票", 2, 75, 300000), ("增值税专用发票", 1, 25, 2500000),
                                          ("全电发票（数电票）", 4, "—", 1400000), ("合计", 4, 100, 4200000)]
    assert len([r for r in rows(book, "核定明细") if isinstance(r[0], dt.datetime)]) == 7


def test_step_times_report(seeded, tmp_path):
    text = compact(pdf_text(build(seeded, "tax.step_times", tmp_path / "t.pdf")))
    for needle in ("税务登记办理用时统计", "办理用时分布（件）", "5分钟以内", "15–30分钟", "超过30分钟",
                   "本期间办结税务登记5件，用时中位数15.0分钟，90%的事项在40.0分钟内办结；按时办结3件，按时率60.0%"
                   "（时限15个工作分钟）。", "国家税务总局绵阳高新区税务局415.030.0375.0%15", "合计515.040.0360.0%15",
                   "绵阳丁建筑工程有限公司2026-03-0210:002026-03-0214:1515.0180.015按时"):
        assert needle in text, needle
    book = build(seeded, "tax.step_times", tmp_path / "t.xlsx")
    assert rows(book, "按主管税务机关")[:3] == [("国家税务总局绵阳市游仙区税务局", 1, 40, 40, 0, 0, 15),
                                           ("国家税务总局绵阳高新区税务局", 4, 15, 30, 3, 0.75, 15),
                                           ("合计", 5, 15, 40, 3, 0.6, 15)]
    late = [r for r in rows(book, "办理明细") if r[-1] == "超时"]
    assert [(r[1], r[4]) for r in late] == [("绵阳乙商贸有限公司", 30), ("绵阳戊农业开发有限公司", 40)]


def test_staff_of_a_tax_office_get_only_their_own(seeded, tmp_path):
    seeded.user = user("tax_clerk_yx")
    text = compact(pdf_text(build(seeded, "tax.registrations", tmp_path / "own.pdf")))  # asked for every office
    assert "范围：国家税务总局绵阳市游仙区税务局" in text and "本期间共办理税务登记1户" in text
    seeded.user = user("admin")
    gx = Organisation.get(Organisation.code == "tax-gx").id
    text = compact(pdf_text(build(seeded, "tax.invoices_granted", tmp_path / "gx.pdf", organisation=gx)))
    assert "范围：国家税务总局绵阳高新区税务局" in text and "可开票额度合计4,000,000元" in text


def test_an_empty_period_still_renders(tax_sqlite, tmp_path):
    for name in NAMES:
        out = build(tax_sqlite, name, tmp_path / f"{name}.pdf")
        assert "本期间" in compact(pdf_text(out))
        assert load_workbook(build(tax_sqlite, name, tmp_path / f"{name}.xlsx")).sheetnames


def test_the_report_command(seeded, sqlite_url, tmp_path, capsys):
    for name, suffix in (("tax.step_times", "pdf"), ("tax.registrations", "xlsx"), ("tax.invoices_granted", "pdf")):
        out = tmp_path / f"{name}.{suffix}"
        assert main(["--db", sqlite_url, "report", name, "--from", "2026-03-02", "--to", "2026-03-03",
                     "--out", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert "本期间办理税务登记5户" in compact(pdf_text(tmp_path / "tax.invoices_granted.pdf"))
    assert "tax.step_times" in (main(["--db", sqlite_url, "report"]) == 0 and capsys.readouterr().out)
