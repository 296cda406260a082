"""Tests of the registration plugin (the project root is on sys.path through pyproject's pytest
``pythonpath``, so ``plugins`` is the real package, not the tests/plugins folder)."""
