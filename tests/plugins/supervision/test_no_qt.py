"""The supervision services never import Qt (the command line and the background task run without a GUI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "plugins" / "supervision").glob("*.py") if p.stem != "__init__")


def test_services_import_without_qt():
    assert {"scope", "watch", "escalation", "alerts", "contacts", "late", "monthly", "statutory", "reports",
            "commands", "models"} <= set(MODULES)
    code = ("import sys\n"
            + "import plugins.supervision\n"
            + "".join(f"import plugins.supervision.{name}\n" for name in MODULES)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
