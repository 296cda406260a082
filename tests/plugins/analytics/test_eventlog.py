"""The step event log as XES (IEEE 1849-2016 structure) and CSV: one trace per case, one event per
step transition with the four standard attributes, the lifecycle mapping of real transitions."""
from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET

from case_helpers import finish, new_case, step, user, user_id, walk_to_departments

from app.core import workflow
from app.core.models import Case, StepEvent
from plugins.analytics.eventlog import SYSTEM_RESOURCE, TRANSITIONS, XES_NAMESPACE, export_csv, export_xes

NS = {"x": XES_NAMESPACE}
#: the transitions of the XES standard lifecycle model
STANDARD_LIFECYCLE = {"schedule", "assign", "withdraw", "reassign", "start", "suspend", "resume", "pi_abort",
                      "ate_abort", "complete", "autoskip", "manualskip", "unknown"}
EXTENSIONS = {("Concept", "concept", "http://www.xes-standard.org/concept.xesext"),
              ("Time", "time", "http://www.xes-standard.org/time.xesext"),
              ("Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"),
              ("Organizational", "org", "http://www.xes-standard.org/org.xesext")}
PERIOD = (dt.date(2026, 3, 9), dt.date(2026, 3, 11))


def _attributes(element) -> dict[str, tuple[str, str]]:
    """key -> (type tag, value) of an element's direct attribute children."""
    return {child.get("key"): (child.tag.split("}")[1], child.get("value")) for child in element
            if child.get("key") is not None}


def _period_cases(date_from: dt.date, date_to: dt.date) -> list[Case]:
    start = dt.datetime.combine(date_from, dt.time())
    end = dt.datetime.combine(date_to, dt.time()) + dt.timedelta(days=1)
    return list(Case.select().where((Case.created_at >= start) & (Case.created_at < end)).order_by(Case.id))


def validate_xes(path) -> list[tuple[str, list[dict]]]:
    """Check the IEEE 1849 structure; return (trace name, [event attributes]) per trace."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{XES_NAMESPACE}}}log"
    assert root.get("xes.version") == "1849-2016"
    assert {(e.get("name"), e.get("prefix"), e.get("uri")) for e in root.findall("x:extension", NS)} == EXTENSIONS
    globals_ = {g.get("scope"): _attributes(g) for g in root.findall("x:global", NS)}
    assert set(globals_["trace"]) == {"concept:name"}
    assert {"concept:name", "time:timestamp", "lifecycle:transition", "org:resource"} <= set(globals_["event"])
    assert globals_["event"]["time:timestamp"][0] == "date"
    assert root.findall("x:classifier", NS)
    traces = []
    for trace in root.findall("x:trace", NS):
        attrs = _attributes(trace)
        assert attrs["concept:name"][0] == "string" and attrs["concept:name"][1]
        events = []
        for event in trace.findall("x:event", NS):
            values = _attributes(event)
            assert values["concept:name"][0] == "string" and values["concept:name"][1]
            assert values["time:timestamp"][0] == "date"
            stamp = dt.datetime.fromisoformat(values["time:timestamp"][1])
            assert stamp.tzinfo is not None  # ISO 8601 with an offset
            assert values["lifecycle:transition"][0] == "string"
            assert values["lifecycle:transition"][1] in STANDARD_LIFECYCLE
            assert values["org:resource"][0] == "string" and values["org:resource"][1]
            events.append({k: v for k, (_t, v) in values.items()} | {"_at": stamp})
        assert [e["_at"] for e in events] == sorted(e["_at"] for e in events)  # oldest first
        traces.append((attrs["concept:name"][1], events))
    return traces


def test_xes_of_the_history_validates_and_counts_every_transition(history_ctx, tmp_path):
    cases = _period_cases(*PERIOD)
    assert len(cases) > 100
    result = export_xes(history_ctx.graph, *PERIOD, tmp_path / "log.xes")
    traces = validate_xes(tmp_path / "log.xes")
    assert [name for name, _ in traces] == [c.number for c in cases]  # one trace per case
    transitions = (StepEvent.select().where(StepEvent.case.in_([c.id for c in cases])
                                            & StepEvent.event.in_(list(TRANSITIONS))).count())
    assert sum(len(events) for _, events in traces) == transitions == result.events
    assert result.traces == len(cases)
    created = StepEvent.select().where(StepEvent.case.in_([c.id for c in cases]) & (StepEvent.event == "created"))
    assert created.count() > 0  # ... which are not lifecycle transitions and not exported
    titles = {history_ctx.graph.title(n) for n in history_ctx.graph.steps}
    first = traces[0][1]
    assert {e["concept:name"] for _, events in traces for e in events} <= titles
    assert first[0]["lifecycle:transition"] == "schedule" and first[0]["org:resource"] == SYSTEM_RESOURCE
    assert any(e["lifecycle:transition"] == "complete" and e["org:resource"] != SYSTEM_RESOURCE for e in first)


def test_csv_has_a_row_per_transition(history_ctx, tmp_path):
    cases = _period_cases(*PERIOD)
    result = export_csv(history_ctx.graph, *PERIOD, tmp_path / "log.csv")
    with open(tmp_path / "log.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["case", "activity", "transition", "timestamp", "resource"]
    transitions = (StepEvent.select().where(StepEvent.case.in_([c.id for c in cases])
                                            & StepEvent.event.in_(list(TRANSITIONS))).count())
    assert len(rows) - 1 == transitions == result.events
    assert {r[0] for r in rows[1:]} <= {c.number for c in cases}
    assert all(r[2] in STANDARD_LIFECYCLE and dt.datetime.fromisoformat(r[3]).tzinfo and r[4] for r in rows[1:])


def test_hold_resume_and_return_map_to_the_lifecycle(people, tmp_path):
    at = dt.datetime(2026, 3, 2, 9, 0)
    case = new_case(people, "绵阳日志映射科技有限公司", at=at)
    walk_to_departments(people, case, at=at)
    seal = step(case, "seal")
    clerk = user_id("seal_clerk")
    workflow.claim_step(seal.id, clerk, at=at + dt.timedelta(minutes=5))
    workflow.hold_step(seal.id, clerk, "等待申请人补充印模", at=at + dt.timedelta(minutes=10))
    workflow.resume_step(seal.id, clerk, at=at + dt.timedelta(minutes=20))
    finish(people, seal.id, clerk, at=at + dt.timedelta(minutes=30))
    tax = step(case, "tax_registration")
    workflow.claim_step(tax.id, user_id("tax_clerk"), at=at + dt.timedelta(minutes=6))
    workflow.return_for_correction(tax.id, user_id("tax_clerk"), "经营范围需补正", at=at + dt.timedelta(minutes=7))
    workflow.resume_after_correction(tax.id, user_id("clerk"), at=at + dt.timedelta(minutes=40))

    traces = validate_xes(export_xes(people.graph, at.date(), at.date(), tmp_path / "one.xes").path)
    assert [name for name, _ in traces] == [case.number]
    events = traces[0][1]
    seal_title, tax_title = people.graph.title("seal"), people.graph.title("tax_registration")
    assert [e["lifecycle:transition"] for e in events if e["concept:name"] == seal_title] == [
        "schedule", "start", "suspend", "resume", "complete"]
    assert [e["lifecycle:transition"] for e in events if e["concept:name"] == tax_title] == [
        "schedule", "start", "ate_abort", "schedule"]
    # the step became ready when the window's clerk issued the licence; the seal clerk did the rest
    seal_events = [e["org:resource"] for e in events if e["concept:name"] == seal_title]
    assert seal_events == [user("clerk").display_name] + [user("seal_clerk").display_name] * 4
    # the same events, one CSV row each
    export_csv(people.graph, at.date(), at.date(), tmp_path / "one.csv")
    with open(tmp_path / "one.csv", encoding="utf-8") as fh:
        assert len(fh.read().strip().splitlines()) - 1 == len(events)
