"""The seal plugin's hooks as the core calls them, and the shell without it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from case_helpers import new_case, seed_people, user, walk_to_departments, work

from app.cli import main
from app.core.models import Case, CaseState, Step, StepState, User
from app.plugin_api import IntakeAnswers
from app.startup import open_app

ROOT = Path(__file__).resolve().parents[3]


def seal_keys(specs, attr: str = "key") -> list[str]:
    return [getattr(s, attr) for s in specs if getattr(s, attr).startswith("seal.")]


def test_what_each_user_gets_from_the_plugin(seal_sqlite):
    host = seal_sqlite.host
    queues = [q for q in host.call("kaiban_queues", user=user("seal_clerk")) if q.key == "seal.todo"]
    assert [q.key for q in host.call("kaiban_queues", user=user("seal_clerk"))] == ["seal.todo"]
    assert [c.key for c in queues[0].columns][-1] == "time_left"  # the 45-minute countdown
    assert seal_keys(host.call("kaiban_queues", user=user("bank_clerk"))) == []
    assert seal_keys(host.call("kaiban_queues", user=user("admin"))) == ["seal.todo"]
    panels = {name: seal_keys(host.call("kaiban_case_panels", case_id=1, user=user(name)))
              for name in ("seal_clerk", "seal_chief", "admin", "bank_clerk", "clerk")}
    assert panels == {"seal_clerk": ["seal.engraving"], "seal_chief": ["seal.engraving"], "admin": [],
                      "bank_clerk": [], "clerk": []}
    menus = {name: seal_keys(host.call("kaiban_menu_actions", user=user(name)))
             for name in ("seal_clerk", "seal_chief", "admin", "bank_clerk")}
    assert menus == {"seal_clerk": [], "seal_chief": ["seal.company"], "admin": ["seal.company"], "bank_clerk": []}
    both = ["seal.daily_engraving", "seal.subsidy_statement"]
    assert seal_keys(host.call("kaiban_reports", user=None), "name") == both
    assert seal_keys(host.call("kaiban_reports", user=user("seal_clerk2")), "name") == both
    assert seal_keys(host.call("kaiban_reports", user=user("tax_clerk")), "name") == []
    materials = [m for m in host.call("kaiban_required_materials", answers=IntakeAnswers("limited_company"))
                 if m.department == "seal"]
    assert {m.code: m.deferrable for m in materials} == {"business_licence_copy": False, "legal_rep_id": False,
                                                         "seal_filing_form": True}
    spec = seal_sqlite.graph.steps["seal"]
    assert (spec.waits_for, spec.time_limit_minutes, spec.routing) == (("business_licence",), 45, "chosen")
    assert spec.case_fields == ("enterprise.name", "enterprise.uscc", "legal_representative")
    assert {"seal_company", "seal_order", "seal_item"} <= set(seal_sqlite.db.get_tables())


def test_without_the_plugin_the_other_departments_complete_their_cases(sqlite_url, tmp_path, fast_hash):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)  # the seal companies exist; then an administrator switches the plugin off
    assert main(["--db", sqlite_url, "plugins", "disable", "seal"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["seal"].state == "disabled" and "seal" not in ctx.graph.steps
    assert seal_keys(ctx.host.call("kaiban_queues", user=user("seal_clerk"))) == []
    assert seal_keys(ctx.host.call("kaiban_reports", user=None), "name") == []
    case = new_case(ctx)
    walk_to_departments(ctx, case)
    worked = []
    while ready := list(Step.select().where((Step.case == case.id) & (Step.state == StepState.READY))):
        for target in ready:  # each by the first member of staff of the organisation it went to
            worker = User.select().where((User.organisation == target.organisation_id) & User.active).first()
            work(ctx, case, target.step_type, worker.username)
            worked.append(target.step_type)
    assert "seal" not in worked and "bank_account" in worked
    assert not Step.select().where((Step.case == case.id) & (Step.step_type == "seal")).exists()
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE


def test_the_services_import_without_qt():
    modules = sorted(p.stem for p in (ROOT / "plugins" / "seal").glob("*.py") if p.stem != "__init__")
    assert {"validation", "records", "companies", "work", "notice", "figures", "reports", "demo"} <= set(modules)
    code = ("import sys\nimport plugins.seal\n"
            + "".join(f"import plugins.seal.{name}\n" for name in modules)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
