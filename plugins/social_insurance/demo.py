"""Demo data of the social insurance bureau: its offices and staff, and the form a demo clerk
fills in (``StepTypeSpec.demo_data``), valid by the plugin's own rules."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from app.core.demo import DemoSeeder
from app.core.identifiers import random_mobile, random_resident_id
from plugins.social_insurance.common import DEPARTMENT
from plugins.social_insurance.enrolment import next_unit_number
from plugins.social_insurance.reference import FUND_RATIO_MAX, FUND_RATIO_MIN, INSURANCE_CODES
from plugins.social_insurance.validation import validate_employee

DEMO_AREA = "510703"
#: the offices: code, name, address, phone, area (the first serves the demo cases' area)
OFFICES = (
    ("si-gx", "绵阳高新区社会保险事业管理局", "高新区政务服务中心二楼", "0816-12333", "510703"),
    ("si-yx", "绵阳市游仙区社会保险事业管理局", "游仙区政务服务中心三楼", "0816-2212333", "510704"),
)
STAFF = (
    ("si_clerk", "冯静", "clerk", "si-gx"),
    ("si_clerk2", "蒋文斌", "clerk", "si-gx"),
    ("si_chief", "邓丽华", "supervisor", "si-gx"),
    ("si_yx_clerk", "唐晓梅", "clerk", "si-yx"),
)
#: contribution bases of the demo employees, within the year's limits
DEMO_BASES = (Decimal("4000.00"), Decimal("4500.00"), Decimal("5200.00"), Decimal("6000.00"), Decimal("7800.00"),
          Decimal("9500.00"), Decimal("12000.00"))


def seed(seeder: DemoSeeder) -> None:
    for code, name, address, phone, area in OFFICES:
        seeder.organisation(DEPARTMENT, code, name, address=address, phone=phone, area_code=area)
    for username, display_name, role, organisation in STAFF:
        seeder.user(username, display_name, role, organisation)


def demo_employees(rng: random.Random, count: int, *, today: dt.date | None = None) -> list[dict]:
    """``count`` valid, distinct employee rows."""
    today = today or dt.date.today()
    names = DemoSeeder(rng)
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < count:
        row = {"name": names.person_name(), "id_number": random_resident_id(rng),
               "mobile": random_mobile(rng) if rng.random() < 0.7 else "",
               "start_date": (today - dt.timedelta(days=rng.randrange(10, 25))).isoformat(),
               "base": str(rng.choice(DEMO_BASES))}
        if row["id_number"] in seen or validate_employee(row, today=today):
            continue
        seen.add(row["id_number"])
        rows.append(row)
    return rows


def demo_data(rng: random.Random) -> dict:
    """The form as a demo clerk fills it in: the next unit number, usually all five insurances,
    a few employees (or none, stated), the housing fund for about half the employers."""
    types = list(INSURANCE_CODES) if rng.random() < 0.85 else ["pension", "medical", "work_injury"]
    count = rng.choice((0, 1, 2, 3, 3, 5, 8))
    data = {"unit_number": next_unit_number(DEMO_AREA), "insurance_types": types,
            "employees": demo_employees(rng, count), "no_employees": count == 0}
    if rng.random() < 0.5:
        data.update(housing_fund=True, fund_account=f"5107{rng.randrange(10 ** 11, 10 ** 12)}",
                    fund_ratio=rng.randint(FUND_RATIO_MIN, FUND_RATIO_MAX))
    else:
        data["housing_fund"] = False
    return data
