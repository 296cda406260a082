"""Deferred materials (容缺受理): promises recorded, fulfilled, and the overdue ones listed."""
from __future__ import annotations

import datetime as dt

import pytest

from app.core.errors import PermissionDenied, ServiceError, ValidationError
from app.core.models import Material, MaterialState
from plugins.registration.intake import MaterialEntry, accept_case
from plugins.registration.promises import open_promises, overdue_promises, promise_material, receive_material

from .helpers import T0, all_received, valid_form, window_user


def accept_with_promises(ctx, name: str, promises: dict[str, dt.date], at: dt.datetime = T0):
    form = valid_form(company_name=name)
    materials = [MaterialEntry(m.code, "promised", promises[m.code]) if m.code in promises else m
                 for m in all_received(ctx, form)]
    return accept_case(ctx, form, materials, user=window_user(), at=at)


def test_overdue_promises_across_cases(reg):
    first = accept_with_promises(reg, "绵阳锦程科技有限公司", {"officer_appointments": dt.date(2026, 3, 4),
                                                          "seal_filing_form": dt.date(2026, 3, 9)})
    second = accept_with_promises(reg, "绵阳云帆科技有限公司", {"bank_account_application": dt.date(2026, 3, 3)})
    accept_with_promises(reg, "绵阳星河科技有限公司", {})

    assert overdue_promises(dt.date(2026, 3, 3)) == []  # due today is not overdue yet
    rows = overdue_promises(dt.date(2026, 3, 5))
    assert [(r.case_number, r.material_code, r.days_overdue) for r in rows] == [
        (second.number, "bank_account_application", 2), (first.number, "officer_appointments", 1)]
    assert rows[0].enterprise_name == "绵阳云帆科技有限公司" and rows[0].contact_mobile == "13912345678"
    assert rows[1].material_name == "法定代表人、董事、监事和经理的任职文件"

    receive_material(second.id, "bank_account_application", user=window_user(), at=T0 + dt.timedelta(days=2))
    assert [r.case_number for r in overdue_promises(dt.date(2026, 3, 5))] == [first.number]
    fulfilled = Material.get((Material.case == second.id) & (Material.code == "bank_account_application"))
    assert fulfilled.state == MaterialState.RECEIVED and fulfilled.received_at == T0 + dt.timedelta(days=2)
    assert len(overdue_promises(dt.date(2026, 3, 10))) == 2
    assert [r.material_code for r in open_promises(first.id, dt.date(2026, 3, 2))] == [
        "officer_appointments", "seal_filing_form"]


def test_promise_later_and_its_rules(reg_sqlite):
    case = accept_with_promises(reg_sqlite, "绵阳锦程科技有限公司", {})
    # a deferrable material not yet received can be promised ... (all were received at intake here)
    with pytest.raises(ServiceError):
        promise_material(case.id, "officer_appointments", dt.date(2026, 3, 4), user=window_user(), at=T0)
    Material.update(state=MaterialState.REQUIRED).where(Material.case == case.id).execute()
    promised = promise_material(case.id, "officer_appointments", dt.date(2026, 3, 4), user=window_user(), at=T0)
    assert (promised.state, promised.promised_by) == (MaterialState.PROMISED, dt.date(2026, 3, 4))
    with pytest.raises(ValidationError) as info:  # not deferrable
        promise_material(case.id, "articles", dt.date(2026, 3, 4), user=window_user(), at=T0)
    assert "不能容缺" in info.value.errors["materials.articles"]
    with pytest.raises(ValidationError):  # not after today
        promise_material(case.id, "seal_filing_form", dt.date(2026, 3, 2), user=window_user(), at=T0)
    with pytest.raises(ValidationError):  # a Sunday
        promise_material(case.id, "seal_filing_form", dt.date(2026, 3, 8), user=window_user(), at=T0)
    with pytest.raises(PermissionDenied):
        promise_material(case.id, "seal_filing_form", dt.date(2026, 3, 4), user=window_user("tax_clerk"), at=T0)
