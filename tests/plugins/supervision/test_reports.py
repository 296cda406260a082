"""The weekly late-items report and the monthly statistics as PDF (read back as text) and .xlsx
(read back with openpyxl): late steps by department, organisation and person, the other plugins'
open items until they are dealt with, their period figures under their sections."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.core.errors import PermissionDenied
from app.hookspecs import hookimpl
from app.plugin_api import OpenItem, PeriodFigure, PluginInfo
from case_helpers import user, work
from plugins.supervision import reports
from reports.pdf_inspect import compact, pdf_text

from .helpers import T0, overdue_seal

WEEK = (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
NEXT_WEEK = (dt.date(2026, 3, 9), dt.date(2026, 3, 15))


def fake_plugin(answered: set[str]):
    """A plugin naming a rectification until it is answered, and vouching for two figures."""
    module = types.ModuleType("supervision_test_peer")
    module.PLUGIN_INFO = PluginInfo(name="peer", version="1.0", api=">=1.0,<2", title="测试伙伴")

    @hookimpl
    def kaiban_open_items(date_from, date_to, user):
        if "R-1" in answered:
            return []
        return [OpenItem(kind="差评整改", title="答复申请人的差评", department="tax", organisation="国家税务总局绵阳高新区税务局",
                         person="郑伟", case_number="KB-R-1", due_at=dt.datetime(2026, 3, 3, 17, 0), late_minutes=1234,
                         note="整改未答复")]

    @hookimpl
    def kaiban_period_figures(date_from, date_to, user):
        return [PeriodFigure(key="peer.sent", title="寄出件数", value=17, unit="件", section="免费寄递"),
                PeriodFigure(key="peer.rate", title="满意率", value=96.5, unit="%", section="好差评")]

    module.kaiban_open_items = kaiban_open_items
    module.kaiban_period_figures = kaiban_period_figures
    return module


def build(ctx, name, period, out):
    spec = {s.name: s for s in ctx.host.call("kaiban_reports", user=ctx.user)}[name]
    seen = []
    spec.build(ctx, {"date_from": period[0], "date_to": period[1], "organisation": None}, out,
               lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    return out


def test_the_weekly_report_names_late_steps_and_open_items_until_answered(sup_sqlite, tmp_path):
    ctx = sup_sqlite
    case = overdue_seal(ctx)
    work(ctx, case, "seal", "seal_clerk", at=dt.datetime(2026, 3, 3, 10, 0))  # done a day late
    answered: set[str] = set()
    ctx.host.register_module(fake_plugin(answered))
    ctx.user = None
    text = compact(pdf_text(build(ctx, "supervision.weekly_late", WEEK, tmp_path / "w.pdf")))
    assert "超时事项晾晒周报" in text and "按部门、机构和经办人" in text
    assert case.number in text and "赵师傅" in text and "超时办结" in text and "超时未办结" in text
    assert "绵阳华信印章有限公司" in text and "差评整改" in text and "KB-R-1" in text and "1234" in text

    book = load_workbook(build(ctx, "supervision.weekly_late", WEEK, tmp_path / "w.xlsx"))
    detail = [r for r in book["超时明细"].iter_rows(values_only=True) if r[3] == case.number]
    by_step = {r[5]: r for r in detail}
    assert set(by_step) == {"刻章", "银行开户", "税务登记", "社保登记"}
    seal = by_step["刻章"]
    assert seal[2] == "赵师傅" and seal[7] == dt.datetime(2026, 3, 3, 10, 0) and seal[8] == 420 + 60 - 45
    assert by_step["税务登记"][7] == "超时未办结"
    others = [r for r in book["其他逾期事项"].iter_rows(values_only=True) if r[5] == "KB-R-1"]
    assert others and others[0][2] == "税务局" and others[0][7] == 1234

    answered.add("R-1")  # answered: no longer named
    text = compact(pdf_text(build(ctx, "supervision.weekly_late", NEXT_WEEK, tmp_path / "w2.pdf")))
    assert "KB-R-1" not in text and "没有逾期未办的其他事项" in text
    book = load_workbook(build(ctx, "supervision.weekly_late", NEXT_WEEK, tmp_path / "w2.xlsx"))
    named = {r[5] for r in book["超时明细"].iter_rows(values_only=True) if r[3] == case.number}
    assert named == {"银行开户", "税务登记", "社保登记"}  # still open: named again; the seal, done, is not


def test_the_monthly_report_shows_every_section(sup_sqlite, tmp_path):
    ctx = sup_sqlite
    case = overdue_seal(ctx)
    work(ctx, case, "seal", "seal_clerk", at=T0 + dt.timedelta(minutes=20))  # on time, on the spot
    ctx.host.register_module(fake_plugin(set()))
    ctx.user = user("admin")
    text = compact(pdf_text(build(ctx, "supervision.monthly", (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
                                  tmp_path / "m.pdf")))
    # intake review, licence and seal done, all on time and on the day they became ready
    assert "办结事项3件，按时办结率100.0%，当场办结率100.0%" in text
    assert "免费寄递" in text and "寄出件数" in text and "好差评" in text and "96.5" in text
    book = load_workbook(build(ctx, "supervision.monthly", (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
                               tmp_path / "m.xlsx"))
    assert {"按时办结", "环节用时", "时限压缩", "免费寄递", "好差评"} <= set(book.sheetnames)
    rows = {r[0]: r for r in book["时限压缩"].iter_rows(values_only=True) if r and r[0]}
    statutory_days = 5 + 15  # intake review, licence (the seal step's 3 days are the seal company's)
    assert rows["市场监督管理局"][1] == statutory_days and rows["印章刻制"][1] == 3
    assert rows["印章刻制"][5] == pytest.approx(1 - 20 / (3 * 420))


def test_a_clerk_cannot_run_them_and_a_chief_gets_their_own(sup_sqlite, tmp_path):
    ctx = sup_sqlite
    overdue_seal(ctx)
    ctx.user = user("tax_clerk")
    with pytest.raises(PermissionDenied):
        reports.weekly_report(ctx, *WEEK)
    ctx.user = user("tax_chief")
    text = compact(pdf_text(build(ctx, "supervision.weekly_late", WEEK, tmp_path / "t.pdf")))
    assert "范围：国家税务总局绵阳高新区税务局" in text and "税务登记" in text
    assert "刻章" not in text and "印章刻制" not in text


def test_the_reports_run_from_the_command_line(sup_sqlite, tmp_path, capsys):
    overdue_seal(sup_sqlite)
    url = sup_sqlite.url.render()
    assert main(["--db", url, "report"]) == 0
    listed = capsys.readouterr().out
    assert "supervision.weekly_late" in listed and "supervision.monthly" in listed
    out = tmp_path / "weekly.xlsx"
    assert main(["--db", url, "report", "supervision.weekly_late", "--from", "2026-03-02", "--to", "2026-03-08",
                 "--out", str(out)]) == 0
    assert load_workbook(out)["超时明细"].max_row > 3
