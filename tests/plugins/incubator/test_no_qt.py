"""The incubator's services never import Qt (the command line and the reports run without a GUI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "plugins" / "incubator").glob("*.py"))


def test_services_import_without_qt():
    assert {"__init__", "roster", "importer", "incubators", "figures", "reports", "intake_source"} <= set(MODULES)
    code = ("import sys\n"
            + "".join(f"import plugins.incubator.{name}\n" for name in MODULES if name != "__init__")
            + "import plugins.incubator, plugins.registration.prefill\n"
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
