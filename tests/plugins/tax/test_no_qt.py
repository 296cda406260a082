"""The tax office's services never import Qt (the command line runs its reports without a GUI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "plugins" / "tax").glob("*.py") if p.stem != "__init__")


def test_services_import_without_qt():
    assert {"catalogue", "validation", "records", "statistics", "reports", "notice", "models"} <= set(MODULES)
    code = ("import sys\n"
            + "import plugins.tax\n"
            + "".join(f"import plugins.tax.{name}\n" for name in MODULES)
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
