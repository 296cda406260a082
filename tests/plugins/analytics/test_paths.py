"""The critical path with known step durations reproduces the hand-computed value, on both
databases; the serial variant is longer by what parallel running saves."""
from __future__ import annotations

import datetime as dt

from history import generate_history

from app.core.graph_config import use_variant
from plugins.analytics.paths import LIMIT, MEDIAN, weighted_path
from plugins.analytics.process import process_analysis

#: every step takes exactly this many working minutes
KNOWN = {"intake_review": 20, "business_licence": 40, "seal": 50, "bank_account": 90, "tax_registration": 10,
         "social_insurance": 25}
PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 4, 30))


def test_known_durations_give_the_hand_computed_paths(people):
    generate_history(people, cases=12, days=5, seed=3, open_share=0.0,
                     durations={name: (minutes, 0) for name, minutes in KNOWN.items()})
    analysis = process_analysis(people, *PERIOD)
    assert analysis.medians == KNOWN and all(s.count == 12 and s.p90 == KNOWN[s.step_type] for s in analysis.steps)
    configured, serial = analysis.paths.configured, analysis.paths.serial
    # window 20 + 40, then the four departments side by side: the bank's 90 is the longest
    assert configured.minutes == 150
    assert [s.step_type for s in configured.steps] == ["intake_review", "business_licence", "bank_account"]
    assert [s.finish for s in configured.steps] == [20, 60, 150]
    # the old chain: seal 50, then the bank 90, then tax 10 and social insurance 25 side by side
    assert serial.minutes == 20 + 40 + 50 + 90 + 25 == 225
    assert [s.step_type for s in serial.steps] == ["intake_review", "business_licence", "seal", "bank_account",
                                                   "social_insurance"]
    assert analysis.paths.saved_minutes == 75 and abs(analysis.paths.saved_share - 1 / 3) < 1e-9


def test_a_step_without_completions_weighs_its_time_limit(people_sqlite):
    medians = {name: minutes for name, minutes in KNOWN.items() if name != "bank_account"}
    path = weighted_path(people_sqlite.graph, medians)
    bank_limit = people_sqlite.graph.steps["bank_account"].time_limit_minutes
    assert path.minutes == 20 + 40 + max(bank_limit, 50)
    sources = {s.step_type: s.source for s in path.steps}
    assert sources["intake_review"] == MEDIAN and sources.get("bank_account", LIMIT) == LIMIT


def test_when_the_serial_variant_is_in_use_nothing_is_saved(people_sqlite):
    use_variant("serial")
    from app.startup import open_app

    ctx = open_app(people_sqlite.url, backup=False)
    assert ctx.graph.variant == "serial"
    analysis = process_analysis(ctx, *PERIOD)
    assert analysis.paths.serial is not None and analysis.paths.saved_minutes == 0
