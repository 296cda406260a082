"""The online channel: JSON files checked against the schema and the window's rules, imported whole
or rejected with every error, skipped when imported before; and from import to an issued licence
through the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from stdnum.cn import uscc as stdnum_uscc

from app.cli import main
from app.core.models import Case, CaseState, Enterprise, Step, StepState
from plugins.registration.online_import import (IMPORTED, REJECTED, SKIPPED, import_document, import_file,
                                                import_files, schema)

from .helpers import LEGAL_ID, online_document, row_counts, write_json

ROOT = Path(__file__).resolve().parents[3]
DEPARTMENT_STEPS = {"seal", "bank_account", "tax_registration", "social_insurance"}


def problems(result) -> dict[str, str]:
    return {p.path: p.reason for p in result.problems}


def test_the_documented_schema_is_the_one_in_use():
    documented = json.loads((ROOT / "docs" / "case-import.schema.json").read_text(encoding="utf-8"))
    assert documented == schema()
    Draft202012Validator.check_schema(documented)
    assert "case-import.schema.json" in (ROOT / "docs" / "case-import.md").read_text(encoding="utf-8")


def test_the_example_in_the_docs_is_valid(reg_sqlite, tmp_path):
    text = (ROOT / "docs" / "case-import.md").read_text(encoding="utf-8")
    example = json.loads(text.split("```json", 1)[1].split("```", 1)[0])
    assert list(Draft202012Validator(schema()).iter_errors(example)) == []
    result = import_document(reg_sqlite, example, source="example.json")
    assert result.status == IMPORTED, result.problems


def test_a_valid_file_is_imported(reg, tmp_path):
    path = write_json(tmp_path / "zx-0001.json", online_document(reg))
    result = import_file(reg, path)
    assert (result.status, result.external_id, result.problems) == (IMPORTED, "ZX-2026-0001", ())
    case = Case.get_by_id(result.case_id)
    assert (case.number, case.channel, case.external_id) == (result.case_number, "online", "ZX-2026-0001")
    assert case.created_by_id is None and case.enterprise.name == "绵阳云帆网络科技有限公司"
    assert case.data["online"] == {"submitted_at": "2026-03-02T08:40:00+08:00", "source": "zx-0001.json"}
    assert Step.get((Step.case == case.id) & (Step.step_type == "intake_review")).state == StepState.READY


def test_three_invalid_fields_are_all_reported_and_nothing_is_imported(reg, tmp_path):
    doc = online_document(reg)
    doc["company_type"] = "corporation"  # schema: enum
    doc["legal_representative"]["id_number"] = LEGAL_ID[:-1] + ("1" if LEGAL_ID[-1] != "1" else "2")  # checksum
    doc["shareholders"][1]["share"] = "20"  # shares sum to 90
    before = row_counts()
    result = import_file(reg, write_json(tmp_path / "bad.json", doc))
    assert result.status == REJECTED and result.case_id is None
    found = problems(result)
    assert set(found) == {"company_type", "legal_representative.id_number", "shareholders"}, found
    assert "取值应为" in found["company_type"]
    assert "校验位" in found["legal_representative.id_number"]
    assert "100%" in found["shareholders"]
    assert row_counts() == before


def test_schema_problems_have_paths(reg_sqlite):
    doc = online_document(reg_sqlite)
    del doc["address"]
    doc["nickname"] = "x"
    doc["registered_capital"] = 100000
    doc["contact"]["mobile"] = "12345"
    doc["shareholders"][0]["share"] = "abc"
    doc["materials"][0] = {"code": doc["materials"][0]["code"], "state": "promised"}
    doc["submitted_at"] = "yesterday"
    found = problems(import_document(reg_sqlite, doc))
    assert found["address"] == "缺少必填字段"
    assert found["nickname"] == "不允许的字段"
    assert "文本" in found["registered_capital"]
    assert found["contact.mobile"] == "格式不正确"
    assert found["shareholders[0].share"] == "格式不正确"
    assert found["materials[0].promised_by"] == "缺少必填字段"
    assert "ISO 8601" in found["submitted_at"]
    assert "shareholders" not in found  # the sum is not reported on top of the share's own error


def test_business_rules_on_a_schema_valid_file(reg_sqlite):
    doc = online_document(reg_sqlite, company_name="锦程科技有限公司", area_code="999999")
    doc["materials"] = [m for m in doc["materials"] if m["code"] != "articles"]
    doc["materials"].append({"code": "officer_appointments", "state": "promised", "promised_by": "2020-01-06"})
    doc["materials"] = [m for m in doc["materials"] if not (m["code"] == "officer_appointments"
                                                              and m["state"] == "received")]
    result = import_document(reg_sqlite, doc)
    found = problems(result)
    index = next(i for i, m in enumerate(doc["materials"]) if m["code"] == "officer_appointments")
    assert "行政区划" in found["company_name"] and "不存在" in found["area_code"]
    assert "公司章程" in found["materials"] and "晚于今天" in found[f"materials[{index}]"]


def test_same_external_id_twice_changes_nothing(reg, tmp_path):
    path = write_json(tmp_path / "a.json", online_document(reg))
    assert import_file(reg, path).status == IMPORTED
    before = row_counts()
    again = import_file(reg, path)
    assert (again.status, again.title) == (SKIPPED, "已导入，跳过")
    changed = write_json(tmp_path / "b.json", online_document(reg, company_name="绵阳星河科技有限公司"))
    assert import_file(reg, changed).status == SKIPPED  # the same external id with other data
    assert row_counts() == before


def test_each_file_is_its_own_unit(reg_sqlite, tmp_path):
    good = write_json(tmp_path / "1.json", online_document(reg_sqlite, "ZX-1"))
    bad = write_json(tmp_path / "2.json", online_document(reg_sqlite, "ZX-2", company_name="绵阳星河科技有限公司",
                                                          registered_capital="0"))
    other = write_json(tmp_path / "3.json", online_document(reg_sqlite, "ZX-3", company_name="绵阳启明科技有限公司"))
    broken = tmp_path / "4.json"
    broken.write_text("{\"external_id\": ", encoding="utf-8")
    results = import_files(reg_sqlite, [good, bad, other, broken, tmp_path / "missing.json"])
    assert [r.status for r in results] == [IMPORTED, REJECTED, IMPORTED, REJECTED, REJECTED]
    assert "JSON" in results[3].problems[0].reason and results[3].problems[0].path == ""
    assert "无法读取" in results[4].problems[0].reason
    assert Case.select().count() == 2


def test_from_json_import_to_issued_licence_through_the_cli(reg, db_url, tmp_path, capsys):
    good = write_json(tmp_path / "zx-0001.json", online_document(reg))
    bad = write_json(tmp_path / "zx-0002.json", online_document(reg, "ZX-2026-0002", company_type="corp"))
    assert main(["--db", db_url, "case", "import", str(good), str(bad)]) == 1  # one file rejected
    out = capsys.readouterr().out
    assert "已导入" in out and "已拒绝" in out and "company_type" in out and "拒绝 1" in out
    case = Case.get(Case.external_id == "ZX-2026-0001")
    assert main(["--db", db_url, "case", "import", str(good)]) == 0
    assert "已导入，跳过" in capsys.readouterr().out

    assert main(["--db", db_url, "case", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["review"]) for r in listed] == [(case.number, "ready")]

    assert main(["--db", db_url, "case", "approve", case.number, "--user", "clerk"]) == 0
    assert "1 小时" in capsys.readouterr().out
    pdf = tmp_path / "licence.pdf"
    assert main(["--db", db_url, "case", "issue-licence", case.number, "--user", "clerk",
                 "--choose", "seal=seal-huaxin", "--choose", "bank=bank-mycc-kj",
                 "--mail", "绵阳市涪城区临园路 1 号", "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    ent = Enterprise.get_by_id(case.enterprise_id)
    assert ent.uscc in out and stdnum_uscc.is_valid(ent.uscc)
    assert pdf.read_bytes().startswith(b"%PDF-")
    steps = {s.step_type: s for s in Step.select().where(Step.case == case.id)}
    assert {steps[n].state for n in DEPARTMENT_STEPS} == {StepState.READY}
    assert steps["seal"].organisation.code == "seal-huaxin"
    assert steps["bank_account"].organisation.code == "bank-mycc-kj"
    stored = Case.get_by_id(case.id)
    assert stored.state == CaseState.IN_PROGRESS and stored.data["delivery"]["recipient"] == "李四"


def test_cli_errors(reg_sqlite, sqlite_url, capsys):
    assert main(["--db", sqlite_url, "case", "approve", "KB0", "--user", "clerk"]) == 2
    assert "KB0" in capsys.readouterr().err
    result = import_document(reg_sqlite, online_document(reg_sqlite))
    assert main(["--db", sqlite_url, "case", "issue-licence", result.case_number, "--user", "clerk",
                 "--choose", "seal=nope"]) == 2
    assert "chosen.seal" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "case", "approve", result.case_number, "--user", "seal_clerk"]) == 2
    assert "窗口" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "case", "return", result.case_number, "--user", "clerk",
                 "--reason", "住所证明不清晰"]) == 0
    assert Case.get_by_id(result.case_id).state == CaseState.RETURNED
    assert main(["--db", sqlite_url, "plugins", "disable", "registration"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "case", "list"]) == 2
    assert "registration" in capsys.readouterr().err


@pytest.mark.parametrize("doc", [[], "text", 42])
def test_a_document_that_is_not_an_object(reg_sqlite, doc):
    result = import_document(reg_sqlite, doc)
    assert result.status == REJECTED and problems(result) == {"": "类型应为对象"}
