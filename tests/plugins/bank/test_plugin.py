"""The plugin's hooks as the core calls them, its demo data, and the rest of the application
without it."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

import plugins.bank as bank_plugin
from app.core.users import CurrentUser
from plugins.bank.demo import demo_form
from plugins.bank.validation import check_completion, validate_account

ROOT = Path(__file__).resolve().parents[3]


def person(role: str = "clerk", department: str | None = "bank") -> CurrentUser:
    return CurrentUser(id=1, username="u", display_name="u", role=role, organisation_id=7 if department else None,
                       organisation_name="", department_code=department)


def test_the_step_type_declares_what_the_branch_needs():
    [spec] = bank_plugin.kaiban_step_types()
    assert (spec.name, spec.department, spec.waits_for, spec.time_limit_minutes, spec.routing) == (
        "bank_account", "bank", ("business_licence",), 75, "chosen")
    assert set(spec.case_fields) == {"enterprise.name", "enterprise.uscc", "enterprise.address",
                                     "legal_representative"}
    assert set(spec.materials) == {"business_licence_copy", "legal_rep_id"}
    assert spec.validate_data is validate_account and spec.check_completion is check_completion
    assert spec.demo_data is not None and spec.on_complete is not None


def test_queue_panel_menu_and_reports_by_user():
    clerk, chief, admin, seal = person(), person("supervisor"), person("admin", None), person(department="seal")
    [queue] = bank_plugin.kaiban_queues(user=clerk)
    assert queue.key == "bank.todo" and queue.step_types == ("bank_account",)
    assert [c.key for c in queue.columns] == ["case_number", "enterprise_name", "state", "claimed_by", "ready_at",
                                              "due_at", "time_left"]
    assert "organisation" in [c.key for c in bank_plugin.kaiban_queues(user=admin)[0].columns]
    assert bank_plugin.kaiban_queues(user=seal) == []
    assert [p.key for p in bank_plugin.kaiban_case_panels(case_id=1, user=clerk)] == ["bank.account"]
    assert bank_plugin.kaiban_case_panels(case_id=1, user=seal) == []
    assert bank_plugin.kaiban_menu_actions(user=clerk) == [] and bank_plugin.kaiban_menu_actions(user=seal) == []
    assert [a.key for a in bank_plugin.kaiban_menu_actions(user=chief)] == ["bank.branch"]
    assert [a.key for a in bank_plugin.kaiban_menu_actions(user=admin)] == ["bank.branch"]
    names = ["bank.accounts_opened", "bank.licence_to_account"]
    for who in (clerk, admin, None):
        specs = bank_plugin.kaiban_reports(user=who)
        assert [s.name for s in specs] == names
        assert all(s.formats == ("pdf", "xlsx") and s.organisations == "bank" for s in specs)
    assert bank_plugin.kaiban_reports(user=seal) == []


@pytest.mark.parametrize("seed", range(20))
def test_the_demo_form_passes_the_steps_own_checks(seed):
    form = demo_form(random.Random(seed))
    assert validate_account(form) == {} and check_completion(form) == {}


def test_every_demo_account_is_recorded(demo_ctx):
    from app.core.models import Step, StepState
    from plugins.bank.models import BankAccountRecord

    done = {s.id for s in Step.select().where((Step.step_type == "bank_account") & (Step.state == StepState.DONE))}
    assert done, "the demo opens some accounts"
    assert {r.step_id for r in BankAccountRecord.select()} == done
    assert {len(r.account_number) for r in BankAccountRecord.select()} == {19}


def test_the_services_import_without_qt():
    modules = sorted(p.stem for p in (ROOT / "plugins" / "bank").glob("*.py") if p.stem != "__init__")
    assert {"accounts", "branches", "workbench", "notice", "figures", "reports", "demo", "validation"} <= set(modules)
    code = ("import sys\nimport plugins.bank\n" + "".join(f"import plugins.bank.{name}\n" for name in modules)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\nassert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
