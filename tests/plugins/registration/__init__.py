"""Tests of the registration plugin.

pytest puts tests/ on sys.path (for the root conftest), where the directory tests/plugins would be taken for a
namespace package ``plugins`` and hide the real one, which the editable install only offers after the path
finder.  With the project root on sys.path the real, regular package always wins.  (The lasting fix is
``pythonpath = ["."]`` in ``[tool.pytest.ini_options]``.)
"""
import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:
    sys.path.append(_ROOT)
