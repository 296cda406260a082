"""The social insurance bureau's reference data: the insurance types an employer registers for,
the contribution base limits and the housing fund's deposit ratios, and the unit number format.

The limits are the bureau's settings for the current contribution year; a form checks a
contribution base against them before anything is saved."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class InsuranceType:
    code: str
    title: str  # marked for translation; show through :func:`insurance_title`


#: the five insurances of an employer's social insurance registration (五险), in the usual order
INSURANCE_TYPES = (
    InsuranceType("pension", QT_TRANSLATE_NOOP("social_insurance", "基本养老保险")),
    InsuranceType("medical", QT_TRANSLATE_NOOP("social_insurance", "基本医疗保险")),
    InsuranceType("unemployment", QT_TRANSLATE_NOOP("social_insurance", "失业保险")),
    InsuranceType("work_injury", QT_TRANSLATE_NOOP("social_insurance", "工伤保险")),
    InsuranceType("maternity", QT_TRANSLATE_NOOP("social_insurance", "生育保险")),
)
INSURANCE_CODES = tuple(t.code for t in INSURANCE_TYPES)

#: monthly contribution base of an employee (缴费基数), yuan: the year's lower and upper limit
CONTRIBUTION_BASE_MIN = Decimal("4000.00")
CONTRIBUTION_BASE_MAX = Decimal("22000.00")

#: the housing fund's deposit ratio (缴存比例), whole per cent
FUND_RATIO_MIN = 5
FUND_RATIO_MAX = 12

#: unit number (单位编号): the six-digit area code of the bureau, then a six-digit serial
UNIT_NUMBER_LENGTH = 12
UNIT_SERIAL_DIGITS = 6

#: housing fund employer account number (公积金单位账号): digits only
FUND_ACCOUNT_MIN_LENGTH = 8
FUND_ACCOUNT_MAX_LENGTH = 20

#: employees enrolled through one registration (larger employers enrol in batches afterwards)
MAX_EMPLOYEES = 500
#: the youngest a person may be employed (劳动法第十五条)
MIN_WORKING_AGE = 16
#: how far back an enrolment may start (earlier months are back payments, another business)
MAX_BACKDATE_DAYS = 366
EMPLOYEE_NAME_MAX = 30


def insurance_title(code: str) -> str:
    for item in INSURANCE_TYPES:
        if item.code == code:
            return translate("social_insurance", item.title)
    return code


def insurance_titles(codes) -> str:
    """The titles of ``codes`` in the usual order, joined with 、."""
    return "、".join(insurance_title(c) for c in INSURANCE_CODES if c in set(codes))


def short_insurance_titles(codes) -> str:
    """养老、医疗... without 基本/保险, for narrow table cells."""
    shorts = {"pension": translate("social_insurance", "养老"), "medical": translate("social_insurance", "医疗"),
              "unemployment": translate("social_insurance", "失业"), "work_injury": translate("social_insurance", "工伤"),
              "maternity": translate("social_insurance", "生育")}
    chosen = set(codes)
    return "、".join(shorts[c] for c in INSURANCE_CODES if c in chosen)
