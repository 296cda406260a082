"""Records to mail, for the delivery tests."""
from __future__ import annotations

import datetime as dt

from case_helpers import user

from app.core.models import Case
from plugins.delivery.items import create_item

T0 = dt.datetime(2026, 3, 2, 9, 0)


def mail_to(case: Case, address: str = "绵阳市高新区火炬路 18 号 3 栋 2 单元") -> Case:
    """Record that the applicant chose mail at the window, as issuing the licence does."""
    data = dict(case.data or {})
    data["delivery"] = {"method": "mail", "address": address, "recipient": "李四", "mobile": "13912345678"}
    Case.update(data=data).where(Case.id == case.id).execute()
    return Case.get_by_id(case.id)


def item_data(kind: str = "licence", **kw) -> dict:
    return {"kind": kind, "recipient": "李四", "mobile": "13912345678", "address": "绵阳市高新区火炬路 18 号", **kw}


def prepared(case: Case, kind: str = "licence", at: dt.datetime = T0, **kw):
    return create_item(case.id, item_data(kind, **kw), user("clerk"), at=at)
