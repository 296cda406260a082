"""``report analytics.process`` as PDF (read back as text) and .xlsx (read back with openpyxl): its
figures are the analysis's, which the statistics tests check against the event log; and the
``analytics`` command line."""
from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook
from reports.pdf_inspect import compact, pdf_text

from app.cli import main
from plugins.analytics.process import process_analysis

PERIOD = (dt.date(2026, 3, 9), dt.date(2026, 3, 27))


def _build(ctx, out):
    spec = next(s for s in ctx.host.call("kaiban_reports", user=None) if s.name == "analytics.process")
    seen = []
    spec.build(ctx, {"date_from": PERIOD[0], "date_to": PERIOD[1], "organisation": None}, out,
               lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    return out


def _rows(path, sheet):
    ws = load_workbook(path)[sheet]
    header = next(i for i, row in enumerate(ws.iter_rows(values_only=True), 1) if row[0] in ("事项", "序号"))
    return [row for row in ws.iter_rows(min_row=header + 1, values_only=True) if row[1] is not None]  # no notes


def test_the_pdf_names_the_figures(history_ctx, tmp_path):
    analysis = process_analysis(history_ctx, *PERIOD)
    text = compact(pdf_text(_build(history_ctx, tmp_path / "process.pdf")))
    paths = analysis.paths
    for needle in ("企业开办流程分析", "各事项办理用时", "各事项用时中位数", "2026年3月9日至2026年3月27日",
                   f"关键路径：{paths.configured.title}（{paths.configured.minutes}工作分钟）",
                   f"并联办理节省{paths.saved_minutes}工作分钟"):
        assert compact(needle) in text, needle
    bank = next(s for s in analysis.steps if s.step_type == "bank_account")
    assert compact(f"银行开户{bank.count}{bank.median:g}{bank.p90:g}{bank.limit}") in text


def test_the_workbook_has_real_numbers(history_ctx, tmp_path):
    analysis = process_analysis(history_ctx, *PERIOD)
    path = _build(history_ctx, tmp_path / "process.xlsx")
    assert load_workbook(path).sheetnames == ["事项用时", "关键路径", "串联关键路径"]
    rows = _rows(path, "事项用时")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        (s.title, s.count, s.median, s.p90, s.limit) for s in analysis.steps]
    assert abs(rows[0][5] - analysis.steps[0].on_time_share) < 1e-9
    serial = _rows(path, "串联关键路径")
    assert [r[1] for r in serial] == [s.title for s in analysis.paths.serial.steps]
    assert serial[-1][4] == analysis.paths.serial.steps[-1].finish


def test_the_command_line(_history_db, tmp_path, capsys):
    url, _history = _history_db
    assert main(["--db", url, "analytics", "steps", "--from", "2026-03-09", "--to", "2026-03-27", "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)
    assert [s["step_type"] for s in steps][:2] == ["intake_review", "business_licence"]
    assert all(s["count"] > 500 for s in steps)
    assert main(["--db", url, "analytics", "paths", "--from", "2026-03-09", "--to", "2026-03-27", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [p["variant"] for p in body["paths"]] == ["", "serial"]
    assert body["saved_minutes"] == body["paths"][1]["minutes"] - body["paths"][0]["minutes"] > 0
    out = tmp_path / "log.xes"
    assert main(["--db", url, "analytics", "export-xes", "--from", "2026-03-09", "--to", "2026-03-10",
                 "--out", str(out)]) == 0
    assert "已导出" in capsys.readouterr().err and out.read_text(encoding="utf-8").rstrip().endswith("</log>")
    assert main(["--db", url, "analytics", "export-csv", "--from", "2026-03-10", "--to", "2026-03-09",
                 "--out", str(tmp_path / "x.csv")]) == 2
    assert "开始日期不能晚于结束日期" in capsys.readouterr().err
    pdf = tmp_path / "r.pdf"
    assert main(["--db", url, "report", "analytics.process", "--from", "2026-03-09", "--to", "2026-03-27",
                 "--out", str(pdf)]) == 0
    assert "企业开办流程分析" in compact(pdf_text(pdf))
