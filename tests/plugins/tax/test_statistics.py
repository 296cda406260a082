"""The tax office's figures on the fixed set (fixed_set.py), against numbers worked out by hand."""
from __future__ import annotations

from app.core.models import Organisation
from plugins.tax import statistics
from plugins.tax.statistics import median, percentile

from .fixed_set import MON, TUE, seed


def test_figures_of_the_fixed_set(tax):
    seed(tax)
    gx = Organisation.get(Organisation.code == "tax-gx").id

    regs = statistics.registration_stats(MON, TUE)
    assert regs.total == 5
    assert [(r.category, r.registrations, r.with_ukey, r.with_invoices) for r in regs.by_category] == [
        ("small_scale", 3, 1, 3), ("general", 2, 1, 1)]
    assert regs.by_day == [(MON, 4), (TUE, 1)]
    assert [r.enterprise_name for r in regs.rows] == ["绵阳甲科技有限公司", "绵阳乙商贸有限公司", "绵阳丙餐饮管理有限公司",
                                                      "绵阳丁建筑工程有限公司", "绵阳戊农业开发有限公司"]
    assert regs.rows[1].invoice_kinds == ("vat_ordinary", "vat_special", "digital")
    assert regs.rows[4].organisation == "国家税务总局绵阳市游仙区税务局"
    assert statistics.registration_stats(MON, TUE, gx).total == 4

    invoices = statistics.invoice_stats(MON, TUE)
    assert [(k.kind, k.registrations, k.quantity, k.total_amount) for k in invoices.by_kind] == [
        ("vat_ordinary", 2, 75, 300_000), ("vat_special", 1, 25, 2_500_000), ("digital", 4, None, 1_400_000)]
    assert (invoices.registrations, invoices.with_invoices, invoices.total_amount) == (5, 4, 4_200_000)
    assert len(invoices.rows) == 7
    assert statistics.invoice_stats(MON, TUE, gx).by_kind[2].total_amount == 1_200_000

    times = statistics.step_time_stats(MON, TUE)
    assert sorted(r.handling_minutes for r in times.rows) == [10, 15, 15, 30, 40]
    held = next(r for r in times.rows if r.enterprise_name == "绵阳丁建筑工程有限公司")
    assert (held.elapsed_minutes, held.paused_minutes, held.on_time) == (195, 180, True)
    overall = times.overall
    assert (overall.count, overall.median, overall.p90, overall.on_time, overall.limit_minutes) == (5, 15, 40, 3, 15)
    assert overall.on_time_share == 0.6
    assert [(s.label, s.count, s.median, s.p90, s.on_time) for s in times.by_organisation] == [
        ("国家税务总局绵阳市游仙区税务局", 1, 40, 40, 0), ("国家税务总局绵阳高新区税务局", 4, 15, 30, 3)]
    assert times.buckets == [(5, 0), (10, 1), (15, 2), (30, 1), (None, 1)]
    only_gx = statistics.step_time_stats(MON, MON, gx)
    assert (only_gx.overall.count, only_gx.overall.on_time) == (4, 3)


def test_an_empty_period_has_no_figures(tax_sqlite):
    regs = statistics.registration_stats(MON, MON)
    assert regs.total == 0 and regs.by_day == [(MON, 0)]
    assert statistics.invoice_stats(MON, MON).total_amount == 0
    times = statistics.step_time_stats(MON, MON, default_limit=15)
    assert (times.overall.count, times.overall.median, times.overall.p90, times.overall.on_time_share) == (
        0, None, None, None)


def test_median_and_nearest_rank_percentile():
    assert median([3, 1, 2]) == 2 and median([4, 1, 2, 3]) == 2.5 and median([]) is None
    values = list(range(1, 11))
    assert percentile(values, 0.9) == 9 and percentile(values, 1.0) == 10 and percentile([7], 0.9) == 7
    assert percentile(list(range(1, 21)), 0.9) == 18 and percentile([], 0.9) is None
