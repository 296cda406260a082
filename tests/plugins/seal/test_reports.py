"""The daily engraving list and the subsidy statement: figures checked against hand-computed numbers
on a small fixed data set, then written as PDF and .xlsx and read back."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from case_helpers import user
from openpyxl import load_workbook
from reports.pdf_inspect import assert_contains, compact, pdf_text

from app.cli import main
from app.core.errors import ServiceError
from app.core.models import Organisation
from plugins.seal.companies import update_company
from plugins.seal.figures import day_summaries, engraving_rows, subsidy_statement

from .helpers import T0, case_at_seal, complete_seal, filing, valid_data

MARCH_1, MARCH_4, APRIL_30 = dt.date(2026, 3, 1), dt.date(2026, 3, 4), dt.date(2026, 4, 30)
HUAXIN, JINCHENG = "绵阳华信印章有限公司", "金城刻章服务部"


def at(day: int, hour: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0)


def seed_sets(ctx) -> dict[str, str]:
    """Six completed cases; 华信 raises its price from 240 to 250 on 10 March. Returns case numbers."""
    def done(name, seal, when, data):
        case = case_at_seal(ctx, name, seal=seal)
        complete_seal(ctx, case, data, username="seal_clerk" if seal == "seal-huaxin" else "seal_clerk2", at=when)
        return case.number

    paid = valid_data(51)
    for seal in paid["seals"]:
        seal.update(paid_by="applicant", price="60.00")
    numbers = {
        "A": done("绵阳锦程科技有限公司", "seal-huaxin", at(2, 10), valid_data(1, legal_rep=True)),
        "B": done("绵阳云帆商贸有限公司", "seal-huaxin", at(3, 11), valid_data(11, method="mail")),
        "D": done("绵阳星河餐饮管理有限公司", "seal-jincheng", at(2, 14), valid_data(21)),
        "F": done("绵阳汇通文化传媒有限公司", "seal-huaxin", at(4, 9), paid),
    }
    huaxin = Organisation.get(Organisation.code == "seal-huaxin").id
    update_company(huaxin, user("seal_chief"), licence_no="川公特（印）字第 5107030012 号",
                   opening_hours="周一至周五 08:30-17:30", unit_price="250.00", at=at(10, 8))
    numbers["C"] = done("绵阳启明科技有限公司", "seal-huaxin", at(16, 15), valid_data(31))
    numbers["E"] = done("绵阳恒信建筑工程有限公司", "seal-jincheng", at(1, 9, month=4), valid_data(41))
    return numbers


def test_the_figures_match_the_hand_computed_ones(seal_world):
    numbers = seed_sets(seal_world)
    statement = subsidy_statement(MARCH_1, APRIL_30)
    assert [(r.month, r.company, r.sets, r.unit_price, r.amount) for r in statement.rows] == [
        ("2026-03", HUAXIN, 2, Decimal("240.00"), Decimal("480.00")),
        ("2026-03", HUAXIN, 1, Decimal("250.00"), Decimal("250.00")),  # after the price change
        ("2026-03", JINCHENG, 1, Decimal("220.00"), Decimal("220.00")),
        ("2026-04", JINCHENG, 1, Decimal("220.00"), Decimal("220.00")),
    ]  # case F paid its seals itself: no subsidy
    assert (statement.total_sets, statement.total_amount, statement.unpriced_sets) == (5, Decimal("1170.00"), 0)
    assert statement.sets_by_company == ((HUAXIN, 3), (JINCHENG, 2))
    jincheng = Organisation.get(Organisation.code == "seal-jincheng").id
    assert subsidy_statement(MARCH_1, APRIL_30, jincheng).total_amount == Decimal("440.00")
    assert subsidy_statement(dt.date(2026, 3, 3), dt.date(2026, 3, 16)).total_sets == 2  # B and C

    rows = engraving_rows(MARCH_1, MARCH_4)
    assert [(r.company, r.day.day, r.case_number) for r in rows] == [
        (HUAXIN, 2, numbers["A"]), (HUAXIN, 3, numbers["B"]), (HUAXIN, 4, numbers["F"]), (JINCHENG, 2, numbers["D"])]
    first = rows[0]
    assert first.seals == ("公章", "财务专用章", "发票专用章", "合同专用章", "法定代表人名章")
    assert first.filing_numbers == tuple(filing(n) for n in range(1, 6))
    assert (first.handover, first.free_seals, first.paid_seals) == ("现场领取 · 张三", 4, 1)
    assert rows[1].handover == "免费寄递 · 中国邮政 EMS 1100123456789"
    assert [(s.company, s.day.day, s.cases, s.seals, s.free_seals, s.paid_seals) for s in day_summaries(rows)] == [
        (HUAXIN, 2, 1, 5, 4, 1), (HUAXIN, 3, 1, 4, 4, 0), (HUAXIN, 4, 1, 4, 0, 4), (JINCHENG, 2, 1, 4, 4, 0)]


def reports(ctx) -> dict:
    return {spec.name: spec for spec in ctx.host.call("kaiban_reports", user=None)}


def test_the_subsidy_statement_as_pdf_and_xlsx(seal_sqlite, tmp_path):
    seed_sets(seal_sqlite)
    spec = reports(seal_sqlite)["seal.subsidy_statement"]
    assert (spec.formats, spec.organisations, spec.department) == (("pdf", "xlsx"), "seal", "seal")
    params = {"date_from": MARCH_1, "date_to": APRIL_30, "organisation": None}
    progress = []
    spec.build(seal_sqlite, params, tmp_path / "s.pdf", lambda done, total: progress.append((done, total)))
    assert progress[-1][0] == progress[-1][1]
    assert_contains(tmp_path / "s.pdf", "免费刻章补贴结算表", "统计期间：2026年3月1日至2026年4月30日", HUAXIN, JINCHENG,
                    "应付补贴合计1,170.00元", "合计金额（大写）：人民币壹仟壹佰柒拾元整", "各刻章企业免费套章数量（套）",
                    "2026-03", "480.00", "250.00", "1,170.00")
    spec.build(seal_sqlite, params, tmp_path / "s.xlsx", lambda done, total: None)
    sheet = load_workbook(tmp_path / "s.xlsx").active
    assert sheet.title == "补贴结算"
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=9)]
    assert table[0] == ["月份", "刻章企业", "免费套章（套）", "单价（元/套）", "金额（元）"]
    assert table[1] == ["2026-03", HUAXIN, 2, 240.0, 480.0]
    assert table[5] == ["合计", None, 5, None, 1170.0]
    assert sheet.cell(row=6, column=5).number_format == "#,##0.00"


def test_the_daily_engraving_list_as_pdf_and_xlsx(seal_sqlite, tmp_path):
    numbers = seed_sets(seal_sqlite)
    spec = reports(seal_sqlite)["seal.daily_engraving"]
    params = {"date_from": MARCH_1, "date_to": MARCH_4, "organisation": None}
    spec.build(seal_sqlite, params, tmp_path / "d.pdf", lambda done, total: None)
    text = compact(pdf_text(tmp_path / "d.pdf"))
    for needle in ("印章刻制日报", "本期办结刻章4件，刻制印章17枚。", "按企业、日期汇总", "刻制明细", numbers["A"],
                   numbers["D"], filing(1), filing(21), "法定代表人名章", "现场领取·张三", "各刻章企业刻制印章数（枚）"):
        assert compact(needle) in text, needle
    spec.build(seal_sqlite, params, tmp_path / "d.xlsx", lambda done, total: None)
    book = load_workbook(tmp_path / "d.xlsx")
    assert book.sheetnames == ["汇总", "明细"]
    detail = [[c.value for c in row] for row in book["明细"].iter_rows(min_row=5, max_row=8)]
    assert [row[2] for row in detail] == [numbers["A"], numbers["B"], numbers["F"], numbers["D"]]
    assert detail[0][4] == "公章；财务专用章；发票专用章；合同专用章；法定代表人名章"
    assert detail[0][5] == "；".join(filing(n) for n in range(1, 6))
    assert detail[0][7] == dt.datetime(2026, 3, 2, 10, 0)


def test_staff_get_their_own_company_and_the_command_line_takes_a_code(seal_sqlite, sqlite_url, tmp_path, capsys):
    seed_sets(seal_sqlite)
    spec = reports(seal_sqlite)["seal.subsidy_statement"]
    seal_sqlite.user = user("seal_clerk2")  # 金城's clerk asks for every company: gets 金城 only
    spec.build(seal_sqlite, {"date_from": MARCH_1, "date_to": APRIL_30, "organisation": None}, tmp_path / "own.pdf",
               lambda done, total: None)
    text = compact(pdf_text(tmp_path / "own.pdf"))
    assert f"范围：{JINCHENG}" in text and HUAXIN not in text and "440.00" in text
    seal_sqlite.user = None
    out = tmp_path / "cli.xlsx"
    assert main(["--db", sqlite_url, "report", "seal.daily_engraving", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--org", "seal-huaxin", "--out", str(out)]) == 0
    rows = [[c.value for c in row] for row in load_workbook(out)["明细"].iter_rows(min_row=5)]
    assert {row[1] for row in rows} == {HUAXIN} and len(rows) == 4  # A, B, F and C
    assert main(["--db", sqlite_url, "report", "seal.daily_engraving", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--org", "bank-icbc-gx", "--out", str(tmp_path / "no.pdf")]) == 2
    assert "的刻章企业" in capsys.readouterr().err  # a bank branch is no seal company


def test_an_empty_period_still_gives_a_report(seal_sqlite, tmp_path):
    for name in ("seal.daily_engraving", "seal.subsidy_statement"):
        reports(seal_sqlite)[name].build(seal_sqlite, {"date_from": T0.date(), "date_to": T0.date()},
                                         tmp_path / f"{name}.pdf", lambda done, total: None)
        assert "本期间没有记录" in compact(pdf_text(tmp_path / f"{name}.pdf"))
    assert "零元整" in compact(pdf_text(tmp_path / "seal.subsidy_statement.pdf"))
    with pytest.raises(ServiceError):
        reports(seal_sqlite)["seal.subsidy_statement"].build(seal_sqlite, {"date_from": T0.date(),
                                                                           "date_to": T0.date()},
                                                             tmp_path / "x.docx", lambda done, total: None)


def test_a_step_completed_without_a_recorded_set_is_still_listed(seal_sqlite, tmp_path):
    """Steps completed before the seal form checked its data (or by a graph without the check)."""
    import dataclasses

    from case_helpers import step, user_id

    from app.core import workflow
    from app.core.workflow import WorkflowGraph
    from plugins.seal.notice import completion_notice

    ctx = seal_sqlite
    steps = dict(ctx.graph.steps)
    steps["seal"] = dataclasses.replace(steps["seal"], check_completion=None)
    graph = WorkflowGraph(steps, required=ctx.graph.required, variant=ctx.graph.variant)
    case = case_at_seal(ctx)
    target = step(case, "seal")
    workflow.claim_step(target.id, user_id("seal_clerk"), at=at(2, 11))
    workflow.complete_step(target.id, user_id("seal_clerk"), graph, at=at(2, 12))
    rows = engraving_rows(MARCH_1, MARCH_4)
    assert [(r.case_number, r.seals, r.filing_numbers, r.handover) for r in rows] == [(case.number, (), (), "—")]
    assert subsidy_statement(MARCH_1, MARCH_4).total_sets == 0
    reports(ctx)["seal.daily_engraving"].build(ctx, {"date_from": MARCH_1, "date_to": MARCH_4}, tmp_path / "d.pdf",
                                               lambda done, total: None)
    assert case.number in compact(pdf_text(tmp_path / "d.pdf"))
    with pytest.raises(ServiceError, match="没有登记印章"):
        completion_notice(target.id, user("seal_clerk"))
