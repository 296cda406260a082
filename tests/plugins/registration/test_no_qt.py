"""The registration window's services never import Qt (the command line runs without a GUI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "plugins" / "registration").glob("*.py") if p.stem != "__init__")


def test_services_import_without_qt():
    assert {"intake", "review", "licence", "online_import", "attachments", "promises", "commands"} <= set(MODULES)
    code = ("import sys\n"
            + "".join(f"import plugins.registration.{name}\n" for name in MODULES)
            + "import app.cli\n"
            + "qt = sorted(m for m in sys.modules if m.startswith(('PyQt6', 'PySide')))\n"
            + "assert not qt, qt\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
