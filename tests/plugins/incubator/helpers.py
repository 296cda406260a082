"""A small fixed park for the incubator tests: two incubators with seats, their managers, the
window's clerk and supervisor, a seal company's clerk and an administrator."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.demo import DemoSeeder
from app.core.identifiers import make_resident_id
from app.core.models import Role
from app.core.users import CurrentUser, add_user, current_user
from plugins.incubator.incubators import add_seats
from plugins.incubator.validation import FirmEntry

TODAY = dt.date(2026, 3, 2)
AT = dt.datetime(2026, 3, 2, 10, 0)
LEGAL_ID = make_resident_id("510703", dt.date(1985, 5, 17), 123)
OTHER_ID = make_resident_id("510722", dt.date(1992, 11, 3), 58)


@dataclass
class Park:
    a: int  # 甲 incubator's organisation id
    b: int
    manager_a: CurrentUser
    manager_b: CurrentUser
    clerk: CurrentUser  # the registration window's
    chief: CurrentUser  # the window's supervisor
    seal_clerk: CurrentUser
    admin: CurrentUser


def make_park(ctx) -> Park:
    """Needs fast_hash. The incubators have seats A-001..A-006 and B-001..B-004."""
    seeder = DemoSeeder()
    a = seeder.organisation("incubator", "inc-a", "甲创新孵化器", address="绵阳市高新区火炬路 1 号 5 楼",
                            area_code="510703")
    b = seeder.organisation("incubator", "inc-b", "乙创业园", address="绵阳市高新区创业路 8 号", area_code="510703")
    seeder.organisation("market_supervision", "msa-test", "市场监管局窗口", area_code="510703")
    seeder.organisation("seal", "seal-test", "某印章公司", area_code="510703")

    def user(name: str, role: str, org: str | None) -> CurrentUser:
        return current_user(add_user(name, name, "kaiban2026", role, org))

    park = Park(a.id, b.id, user("mgr_a", Role.INCUBATOR_MANAGER, "inc-a"),
                user("mgr_b", Role.INCUBATOR_MANAGER, "inc-b"), user("w_clerk", Role.CLERK, "msa-test"),
                user("w_chief", Role.SUPERVISOR, "msa-test"), user("s_clerk", Role.CLERK, "seal-test"),
                user("root", Role.ADMIN, None))
    add_seats(a.id, park.manager_a, [f"A-{n:03d}" for n in range(1, 7)], "独立工位")
    add_seats(b.id, park.manager_b, [f"B-{n:03d}" for n in range(1, 5)])
    return park


def entry(**changes) -> FirmEntry:
    values = dict(company_name="绵阳青禾智联科技有限公司", legal_rep_name="张三", legal_rep_id=LEGAL_ID,
                  legal_rep_mobile="13812345678", seat="A-001", source_channel="hall",
                  hosted_from=dt.date(2025, 6, 1), notes="")
    values.update(changes)
    return FirmEntry(**values)
