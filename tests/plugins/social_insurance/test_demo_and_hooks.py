"""Demo data that passes the plugin's own rules, the hooks' answers, and services free of Qt."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from case_helpers import user

from app.core.models import Organisation, User
from plugins.social_insurance import kaiban_case_panels, kaiban_queues, kaiban_reports, kaiban_step_types
from plugins.social_insurance.demo import DEMO_BASES, demo_data
from plugins.social_insurance.reference import CONTRIBUTION_BASE_MAX, CONTRIBUTION_BASE_MIN
from plugins.social_insurance.validation import check_completion

ROOT = Path(__file__).resolve().parents[3]


def test_demo_forms_pass_the_plugins_own_checks(si_sqlite):
    assert CONTRIBUTION_BASE_MIN <= min(DEMO_BASES) and max(DEMO_BASES) <= CONTRIBUTION_BASE_MAX
    forms = [demo_data(random.Random(seed)) for seed in range(40)]
    assert all(check_completion(form) == {} for form in forms)
    assert any(form["no_employees"] for form in forms) and any(form["housing_fund"] for form in forms)
    assert {o.code for o in Organisation.select()} >= {"si-gx", "si-yx"}
    assert User.get(User.username == "si_chief").role == "supervisor"


def test_hooks_answer_for_the_bureau_only(si_sqlite):
    [spec] = kaiban_step_types()
    assert spec.validate_data({"unit_number": "1"}) and spec.check_completion({})
    assert "data.intake" in spec.case_fields and "employee_roster" in spec.materials
    [queue] = kaiban_queues(user=user("si_clerk"))
    assert queue.key == "social_insurance.todo" and "time_left" in [c.key for c in queue.columns]
    assert kaiban_queues(user=user("tax_clerk")) == []
    assert [p.key for p in kaiban_case_panels(case_id=1, user=user("si_clerk"))] == ["social_insurance.registration"]
    assert kaiban_case_panels(case_id=1, user=user("seal_clerk")) == []
    assert [r.name for r in kaiban_reports(user=None)] == ["social_insurance.employers", "social_insurance.employees"]
    assert kaiban_reports(user=user("bank_clerk")) == []


def test_services_import_without_qt():
    modules = sorted(p.stem for p in (ROOT / "plugins" / "social_insurance").glob("*.py") if p.stem != "__init__")
    assert {"validation", "enrolment", "roster", "figures", "reports", "notice", "demo"} <= set(modules)
    code = ("import sys\nimport plugins.social_insurance\n"
            + "".join(f"import plugins.social_insurance.{name}\n" for name in modules)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\nassert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
