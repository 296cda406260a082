"""Statutory time per step type: what the law allows, against which the promise and the practice
are measured (the compression ratio of the monthly statistics).

The defaults are the usual statutory periods in working days, from the national rules the
platform's promise compresses:

- ``intake_review`` 5 — deciding whether to accept a registration application (行政许可法 art. 32);
- ``business_licence`` 15 — deciding on a company registration (公司登记管理条例 art. 54);
- ``seal`` 3 — seal engraving and filing with the public security organ;
- ``bank_account`` 2 — opening a basic deposit account (人民币银行结算账户管理办法, review and filing);
- ``tax_registration`` 30 — tax registration after the licence (税收征收管理法 art. 15);
- ``social_insurance`` 30 — employer social-insurance registration (社会保险法 art. 57);
- any other step type: 5.

An administrator replaces them per step type as data in the core ``setting`` table
(``supervision.statutory_days`` = ``{step_type: working days}``, ``supervision statutory`` on
the command line). A working day counts the calendar's working minutes of a day
(``WorkingCalendar.day_minutes``, 480 with the default hours).
"""
from __future__ import annotations

from app.core.errors import ValidationError
from app.core.settings import get_setting, set_setting
from app.i18n import translate

STATUTORY_KEY = "supervision.statutory_days"
DEFAULT_STATUTORY_DAYS = {
    "intake_review": 5,
    "business_licence": 15,
    "seal": 3,
    "bank_account": 2,
    "tax_registration": 30,
    "social_insurance": 30,
}
FALLBACK_DAYS = 5
MAX_DAYS = 365


def statutory_days() -> dict[str, float]:
    """{step type: statutory working days}: the defaults, with the administrator's entries."""
    days: dict[str, float] = dict(DEFAULT_STATUTORY_DAYS)
    days.update({k: float(v) for k, v in (get_setting(STATUTORY_KEY, {}) or {}).items()})
    return days


def days_for(step_type: str, table: dict[str, float] | None = None) -> float:
    return (table if table is not None else statutory_days()).get(step_type, FALLBACK_DAYS)


def validate_days(value) -> dict[str, str]:
    """{field: message} for a statutory period entered by an administrator."""
    try:
        days = float(value)
    except (TypeError, ValueError):
        return {"days": translate("supervision", "法定时限应为工作日数")}
    if not 0 < days <= MAX_DAYS:
        return {"days": translate("supervision", "法定时限应在 0 到 {max} 个工作日之间").format(max=MAX_DAYS)}
    return {}


def set_statutory_days(step_type: str, days: float | None) -> None:
    """Set (or with None, reset to the default) the statutory period of ``step_type``."""
    table = dict(get_setting(STATUTORY_KEY, {}) or {})
    if days is None:
        table.pop(step_type, None)
    else:
        errors = validate_days(days)
        if errors:
            raise ValidationError(errors)
        table[step_type] = float(days)
    set_setting(STATUTORY_KEY, table)


__all__ = ["statutory_days", "days_for", "set_statutory_days", "validate_days", "DEFAULT_STATUTORY_DAYS",
           "STATUTORY_KEY"]
