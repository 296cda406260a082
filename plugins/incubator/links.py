"""Hosted firms and the cases the window created from them.

A case started from a hosted firm (through the ``kaiban_intake_sources`` hook) carries
``case.data["intake_source"] = {"source": "incubator.hosted_firms", "ref": "<firm id>"}``. The
incubator links the firm to that case, and reads what the licence gave it — the USCC on the core's
enterprise, the issue date the window wrote to ``case.data["licence"]`` — without knowing the
window's code."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.models import Case, CaseState, Enterprise
from db.base import database
from plugins.incubator.common import INTAKE_SOURCE
from plugins.incubator.models import HostedFirm

#: how ``intake_source`` looks inside the JSON text (db.base.JSONField sorts the keys)
_SOURCE_TEXT = f'"source": "{INTAKE_SOURCE}"'


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    number: str
    state: str
    uscc: str
    licence_date: dt.date | None


def _source_ref(data: dict | None) -> int | None:
    source = (data or {}).get("intake_source") or {}
    if source.get("source") != INTAKE_SOURCE:
        return None
    try:
        return int(source.get("ref"))
    except (TypeError, ValueError):
        return None


def link_intake_cases() -> int:
    """Point each firm without a live case at the newest case started from it (a cancelled case
    gives way to a newer one). Idempotent; returns how many firms were linked."""
    candidates = (Case.select(Case.id, Case.data, Case.state)
                  .where(Case.data.contains(_SOURCE_TEXT) & (Case.state != CaseState.CANCELLED))
                  .order_by(Case.id))
    newest: dict[int, int] = {}
    for case in candidates:
        ref = _source_ref(case.data)
        if ref is not None:
            newest[ref] = case.id
    if not newest:
        return 0
    linked = 0
    cancelled = Case.select(Case.id).where(Case.state == CaseState.CANCELLED)
    with database.atomic():
        for firm_id, case_id in newest.items():
            linked += (HostedFirm.update(case=case_id)
                       .where((HostedFirm.id == firm_id)
                              & (HostedFirm.case.is_null() | HostedFirm.case.in_(cancelled)))
                       .execute())
    return linked


def case_facts(case_ids) -> dict[int, CaseFacts]:
    """Number, state, USCC and licence date of the cases ``case_ids``."""
    ids = sorted({i for i in case_ids if i})
    if not ids:
        return {}
    rows = (Case.select(Case.id, Case.number, Case.state, Case.data, Case.enterprise, Enterprise.id, Enterprise.uscc)
            .join(Enterprise, on=(Case.enterprise == Enterprise.id)).where(Case.id.in_(ids)))
    facts = {}
    for case in rows:
        issued = ((case.data or {}).get("licence") or {}).get("issued_at")
        try:
            licence_date = dt.datetime.fromisoformat(issued).date() if issued else None
        except ValueError:
            licence_date = None
        uscc = case.enterprise.uscc or ""
        facts[case.id] = CaseFacts(case.id, case.number, case.state, uscc, licence_date if uscc else None)
    return facts
