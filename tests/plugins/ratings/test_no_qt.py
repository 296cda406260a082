"""The ratings and delivery services never import Qt (the command line runs their reports and the SMS
import without a GUI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("plugin", ["ratings", "delivery"])
def test_services_import_without_qt(plugin):
    modules = sorted(p.stem for p in (ROOT / "plugins" / plugin).glob("*.py") if p.stem != "__init__")
    assert {"common", "models", "figures", "reports"} <= set(modules)
    code = (f"import sys\nimport plugins.{plugin}\n" + "".join(f"import plugins.{plugin}.{m}\n" for m in modules)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\nassert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
