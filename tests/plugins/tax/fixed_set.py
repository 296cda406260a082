"""A small fixed set of tax registrations whose figures are worked out by hand.

Monday 2 March 2026, working hours 09:00–12:00 and 13:00–17:00; the tax step's limit is 15 minutes.

case  office  ready   done          handling (working minutes)            category     first grant
A     高新区  09:00   09:10         10                                     small_scale  普票 25×1万, 全电 10万
B     高新区  09:00   09:30         30                                     general      专票 25×10万, 普票 50×1千, 全电 100万
C     高新区  11:50   13:05         10 + 5 (lunch does not count) = 15     small_scale  全电 10万
D     高新区  10:00   14:15         195 - 180 on hold (10:05–14:05) = 15  general      none
E     游仙区  Tue 09:00  09:40      40                                     small_scale  全电 20万
F     高新区  Wed 09:00  09:05      outside the period (2–3 March)
"""
from __future__ import annotations

import datetime as dt

from app.core import workflow
from case_helpers import user_id

from .helpers import T0, claim, confirm, licensed_case, tax_step, valid_data

MON, TUE, WED = T0.date(), T0.date() + dt.timedelta(days=1), T0.date() + dt.timedelta(days=2)
NO_FINANCE = {"name": "", "id_number": "", "mobile": ""}


def at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def seed(ctx) -> None:
    small = dict(category="small_scale", financial_officer=NO_FINANCE)
    a = licensed_case(ctx, "绵阳甲科技有限公司", at=at(MON, "09:00"))
    confirm(ctx, a, valid_data(**small, device_number="537100000001", first_invoices=[
        {"kind": "vat_ordinary", "quantity": 25, "max_amount": 10000}, {"kind": "digital", "quota": 100000}]),
        claimed_at=at(MON, "09:02"), done_at=at(MON, "09:10"))
    b = licensed_case(ctx, "绵阳乙商贸有限公司", at=at(MON, "09:00"))
    confirm(ctx, b, valid_data(category="general", device_number="537100000002", first_invoices=[
        {"kind": "vat_special", "quantity": 25, "max_amount": 100000},
        {"kind": "vat_ordinary", "quantity": 50, "max_amount": 1000}, {"kind": "digital", "quota": 1000000}]),
        done_at=at(MON, "09:30"))
    c = licensed_case(ctx, "绵阳丙餐饮管理有限公司", at=at(MON, "11:50"))
    confirm(ctx, c, valid_data(**small, device="none", device_number="",
                               first_invoices=[{"kind": "digital", "quota": 100000}]),
            claimed_at=at(MON, "11:55"), done_at=at(MON, "13:05"))
    d = licensed_case(ctx, "绵阳丁建筑工程有限公司", at=at(MON, "10:00"))
    claim(ctx, d, at=at(MON, "10:02"))
    workflow.hold_step(tax_step(d).id, user_id("tax_clerk"), "等待财务负责人到场", at=at(MON, "10:05"))
    workflow.resume_step(tax_step(d).id, user_id("tax_clerk"), at=at(MON, "14:05"))
    workflow.release_step(tax_step(d).id, user_id("tax_clerk"), at=at(MON, "14:06"))
    confirm(ctx, d, valid_data(category="general", device="none", device_number="", first_invoices=[]),
            claimed_at=at(MON, "14:07"), done_at=at(MON, "14:15"))
    e = licensed_case(ctx, "绵阳戊农业开发有限公司", at=at(TUE, "09:00"), area_code="510704")
    confirm(ctx, e, valid_data(**small, device="none", device_number="",
                               first_invoices=[{"kind": "digital", "quota": 200000}]),
            username="tax_clerk_yx", done_at=at(TUE, "09:40"))
    f = licensed_case(ctx, "绵阳己文化传媒有限公司", at=at(WED, "09:00"))
    confirm(ctx, f, valid_data(device_number="537100000006"), done_at=at(WED, "09:05"))
