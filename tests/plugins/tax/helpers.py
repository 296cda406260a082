"""Licensed cases, valid tax forms and confirmed registrations, for the tax office's tests."""
from __future__ import annotations

import datetime as dt

from app.core import versioning, workflow
from app.core.identifiers import make_resident_id, make_uscc
from app.core.models import Case, Enterprise, Step
from case_helpers import new_case, user, user_id, walk_to_departments

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day
FINANCE_ID = make_resident_id("510703", dt.date(1988, 8, 8), 246)


def add_second_office() -> None:
    """A second tax office (another district) with a clerk: the demo has one office only."""
    from app.core.demo import DemoSeeder

    seeder = DemoSeeder()
    seeder.organisation("tax", "tax-yx", "国家税务总局绵阳市游仙区税务局", address="游仙区政务服务中心一楼",
                        phone="0816-2212366", area_code="510704")
    seeder.user("tax_clerk_yx", "何静", "clerk", "tax-yx")


def valid_data(**changes) -> dict:
    data = {"category": "small_scale",
            "tax_types": ["vat", "income_tax", "iit_withholding", "urban_construction", "education_surcharge",
                          "local_education_surcharge", "stamp"],
            "device": "tax_ukey", "device_number": "537100012345",
            "first_invoices": [{"kind": "vat_ordinary", "quantity": 25, "max_amount": 10000},
                               {"kind": "digital", "quota": 100000}],
            "officer": "吴敏", "checked": True,
            "financial_officer": {"name": "李会计", "id_number": FINANCE_ID, "mobile": "13912345678"}}
    data.update(changes)
    return data


def licensed_case(ctx, name: str = "绵阳锦程科技有限公司", *, at: dt.datetime = T0, serial: int | None = None,
                  company_type: str = "limited_company", area_code: str = "510703") -> Case:
    """A case of ``area_code`` through intake and licence (its tax step ready at ``at``, at the tax
    office of that area), its enterprise with a USCC."""
    case = new_case(ctx, name, at=at, start=False)
    Case.update(area_code=area_code).where(Case.id == case.id).execute()
    workflow.start_case(case.id, ctx.graph, at=at)
    walk_to_departments(ctx, case, at=at)
    ent = case.enterprise
    Enterprise.update(uscc=make_uscc("510703", serial or 52000000 + ent.id), company_type=company_type).where(
        Enterprise.id == ent.id).execute()
    return Case.get_by_id(case.id)


def tax_step(case) -> Step:
    return Step.get((Step.case == case.id) & (Step.step_type == "tax_registration"))


def claim(ctx, case, username: str = "tax_clerk", at: dt.datetime | None = None) -> Step:
    return workflow.claim_step(tax_step(case).id, user_id(username), at=at)


def confirm(ctx, case, data: dict | None = None, *, username: str = "tax_clerk", claimed_at: dt.datetime | None = None,
            done_at: dt.datetime | None = None) -> Step:
    """Claim the tax step, save ``data`` through the validated save and complete it."""
    claimed = claim(ctx, case, username, at=claimed_at or done_at)
    saved = versioning.save_step_data(claimed.id, user(username), claimed.version, data or valid_data(),
                                      graph=ctx.graph, at=done_at)
    return workflow.complete_step(saved.id, user_id(username), ctx.graph, at=done_at)
