"""The services never import Qt; with the plugin disabled the shell and the departments carry on,
and its screens, report and command are gone."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from case_helpers import new_case, seed_people, user, walk_to_departments, work

from app.cli import main
from app.core.models import Case, CaseState
from app.plugins import PluginState
from app.startup import open_app
from app.ui.shell import MainWindow

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "plugins" / "analytics").glob("*.py") if p.stem != "__init__")


def test_services_import_without_qt():
    assert {"stats", "paths", "dashboard", "lists", "eventlog", "reports", "commands", "process"} <= set(MODULES)
    code = ("import sys\n"
            + "".join(f"import plugins.analytics.{name}\n" for name in MODULES)
            + "import plugins.analytics\nimport app.cli\n"
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_application_works_without_the_analytics_plugin(sqlite_url, tmp_path, fast_hash, qtbot, capsys):
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    seed_people(ctx)
    assert main(["--db", sqlite_url, "plugins", "disable", "analytics"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["analytics"].state == PluginState.DISABLED
    assert not any(s.key.startswith("analytics.") for s in ctx.host.call("kaiban_screens", user=user("admin")))
    assert not any(r.name.startswith("analytics.") for r in ctx.host.call("kaiban_reports", user=None))

    case = new_case(ctx)
    walk_to_departments(ctx, case)
    for step_type, holder in (("seal", "seal_clerk"), ("bank_account", "bank_clerk"),
                              ("tax_registration", "tax_clerk"), ("social_insurance", "si_clerk")):
        work(ctx, case, step_type, holder)
    assert Case.get_by_id(case.id).state == CaseState.COMPLETE

    for username, queue in (("admin", "seal.todo"), ("msa_chief", "registration.review")):
        ctx.user = user(username)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        assert queue in window.queue_items
        assert not any(key.startswith("analytics.") for key in window.screen_items)
    with pytest.raises(SystemExit) as exited:  # the command is not offered
        main(["--db", sqlite_url, "analytics", "steps", "--from", "2026-03-01", "--to", "2026-03-31"])
    assert exited.value.code == 2 and "analytics" in capsys.readouterr().err
