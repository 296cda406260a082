"""Statutory periods are admin-set data with documented defaults; bad entries are refused."""
from __future__ import annotations

import pytest

from app.cli import main
from app.core.errors import ValidationError
from plugins.supervision import statutory


def test_defaults_and_overrides(sup_sqlite, capsys):
    assert statutory.days_for("business_licence") == 15 and statutory.days_for("unknown") == statutory.FALLBACK_DAYS
    for bad in ("abc", 0, -1, 400):
        with pytest.raises(ValidationError) as refused:
            statutory.set_statutory_days("seal", bad)
        assert "days" in refused.value.errors
    assert statutory.days_for("seal") == 3  # nothing stored
    url = sup_sqlite.url.render()
    assert main(["--db", url, "supervision", "statutory", "seal", "5"]) == 0
    assert statutory.days_for("seal") == 5
    assert main(["--db", url, "supervision", "statutory"]) == 0
    listing = capsys.readouterr().out
    assert "seal" in listing and "刻章" in listing
    assert main(["--db", url, "supervision", "statutory", "seal", "--reset"]) == 0
    assert statutory.days_for("seal") == 3


def test_contacts_from_the_command_line(sup_sqlite, capsys):
    from plugins.supervision.models import SupervisorContact

    url = sup_sqlite.url.render()
    assert main(["--db", url, "supervision", "contact", "tax_chief", "13900005555"]) == 0
    assert [c.mobile for c in SupervisorContact.select()] == ["13900005555"]
    assert main(["--db", url, "supervision", "contact"]) == 0
    assert "13900005555" in capsys.readouterr().out
    assert main(["--db", url, "supervision", "contact", "tax_chief", "123"]) != 0
    assert [c.mobile for c in SupervisorContact.select()] == ["13900005555"]
