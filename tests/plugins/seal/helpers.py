"""Cases at the seal step and valid seal forms, for the seal plugin's tests."""
from __future__ import annotations

import datetime as dt

from case_helpers import new_case, step, user, user_id, walk_to_departments

from app.core import versioning, workflow
from app.core.models import Case, Step
from plugins.seal.catalogue import LEGAL_REP, default_seal, default_set

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day


def filing(serial: int, area: str = "510703") -> str:
    return f"{area}{serial:07d}"


def valid_data(first_serial: int = 1, *, method: str = "pickup", legal_rep: bool = False) -> dict:
    """A complete seal form: the free set (and the legal representative's seal, 80 yuan), filing
    numbers ``first_serial``, ``first_serial + 1``..., the portrait captured, and a hand-over."""
    seals = default_set() + ([dict(default_seal(LEGAL_REP), price="80.00")] if legal_rep else [])
    for i, seal in enumerate(seals):
        seal["filing_no"] = filing(first_serial + i)
    handover = ({"method": "pickup", "recipient_name": "张三", "recipient_id_last4": "123X"} if method == "pickup"
                else {"method": "mail", "carrier": "ems", "waybill_no": "1100123456789", "recipient_name": "李四",
                      "recipient_mobile": "13912345678", "address": "绵阳市高新区火炬路 18 号"})
    return {"seals": seals, "portrait_captured": True, "handover": handover}


def case_at_seal(ctx, name: str = "绵阳锦程科技有限公司", *, seal: str = "seal-huaxin",
                 at: dt.datetime = T0) -> Case:
    """A case whose licence is issued: its seal step is ready at ``seal``."""
    case = new_case(ctx, name, seal=seal, at=at)
    walk_to_departments(ctx, case, at=at)
    return case


def complete_seal(ctx, case: Case, data: dict, *, username: str = "seal_clerk",
                  at: dt.datetime | None = None) -> Step:
    """Claim the case's seal step, save ``data`` through the validated save and complete it."""
    target = step(case, "seal")
    uid = user_id(username)
    claimed = workflow.claim_step(target.id, uid, at=at)
    saved = versioning.save_step_data(target.id, user(username), claimed.version, data, graph=ctx.graph, at=at)
    return workflow.complete_step(target.id, uid, ctx.graph, expected_version=saved.version, at=at)
