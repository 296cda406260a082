"""The step event log for process-mining tools: XES (IEEE 1849-2016) and CSV. Qt-free.

One trace per case (``concept:name`` = the case number) created in the period, one event per
step transition the case's ``StepEvent`` rows record, oldest first. Each event carries
``concept:name`` (the step's title), ``time:timestamp`` (ISO 8601 with the workstation's UTC
offset: Kaiban stores naive local times), ``lifecycle:transition`` and ``org:resource`` (the
user's display name, or ``system`` for what nobody did by hand), plus ``org:group`` (the
organisation the step is routed to), ``step_type`` and ``kaiban_event`` (the raw event name).

Lifecycle mapping (the XES standard lifecycle model):

=============  ==========  ============================================================
StepEvent      XES         meaning
=============  ==========  ============================================================
ready          schedule    prerequisites done, the step is in its queue
claimed        start       a clerk took it up
released       withdraw    the claim was given back, the step is in the queue again
reassigned     reassign    a supervisor gave it to someone else
held           suspend     on hold for the applicant (the clock pauses)
resumed        resume      taken up again after the hold
returned       ate_abort   sent back to the window for correction (this attempt ends)
resubmitted    schedule    corrected, the step is in its queue again (a new attempt)
completed      complete    done
cancelled      pi_abort    the step was cancelled with its case
=============  ==========  ============================================================

``created`` (the step exists and waits for its prerequisites) and ``edited`` (form data saved,
the state unchanged) are not transitions of the step's lifecycle and are not exported.

Both formats are written streaming, a batch of cases at a time, so thousands of cases never sit
in memory at once.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from xml.sax.saxutils import quoteattr

from peewee import JOIN

from app.core.models import Case, Organisation, Step, StepEvent, User
from app.core.users import CurrentUser
from plugins.analytics.scope import case_scope, period_bounds, step_scope

__all__ = ["TRANSITIONS", "XES_NAMESPACE", "LogEvent", "ExportResult", "export_xes", "export_csv", "trace_events",
           "CSV_HEADERS", "SYSTEM_RESOURCE"]

TRANSITIONS = {
    "ready": "schedule",
    "claimed": "start",
    "released": "withdraw",
    "reassigned": "reassign",
    "held": "suspend",
    "resumed": "resume",
    "returned": "ate_abort",
    "resubmitted": "schedule",
    "completed": "complete",
    "cancelled": "pi_abort",
}
XES_NAMESPACE = "http://www.xes-standard.org/"
SYSTEM_RESOURCE = "system"
CSV_HEADERS = ("case", "activity", "transition", "timestamp", "resource")
#: cases read per query
BATCH = 400

_EXTENSIONS = (
    ("Concept", "concept", "http://www.xes-standard.org/concept.xesext"),
    ("Time", "time", "http://www.xes-standard.org/time.xesext"),
    ("Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"),
    ("Organizational", "org", "http://www.xes-standard.org/org.xesext"),
)


@dataclass(frozen=True)
class LogEvent:
    case_number: str
    activity: str
    step_type: str
    transition: str
    timestamp: dt.datetime  # naive local time
    resource: str
    group: str
    event: str

    @property
    def iso_timestamp(self) -> str:
        """ISO 8601 with the UTC offset of the local time it was stored as."""
        return self.timestamp.astimezone().isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    traces: int
    events: int


def _case_ids(date_from: dt.date, date_to: dt.date, user: CurrentUser | None) -> list[int]:
    start, end = period_bounds(date_from, date_to)
    query = (Case.select(Case.id).where((Case.created_at >= start) & (Case.created_at < end) & case_scope(user))
             .order_by(Case.id))
    return [cid for (cid,) in query.tuples()]


def _events_of(case_ids: list[int], user: CurrentUser | None):
    return (StepEvent.select(StepEvent.case, Case.number, Step.step_type, StepEvent.event, StepEvent.at,
                             User.display_name, Organisation.name)
            .join(Step, on=(StepEvent.step == Step.id))
            .join(Case, on=(StepEvent.case == Case.id))
            .switch(StepEvent).join(User, JOIN.LEFT_OUTER, on=(StepEvent.user == User.id))
            .switch(Step).join(Organisation, JOIN.LEFT_OUTER, on=(Step.organisation == Organisation.id))
            .where(StepEvent.case.in_(case_ids) & StepEvent.event.in_(list(TRANSITIONS)) & step_scope(user))
            .order_by(StepEvent.case, StepEvent.at, StepEvent.id))


def trace_events(graph, date_from: dt.date, date_to: dt.date, user: CurrentUser | None = None, *,
                 progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[str, list[LogEvent]]]:
    """(case number, its events) for each case created in the period that ``user`` may see, in case
    order; a case without exportable events (nothing ready yet) gives an empty list."""
    ids = _case_ids(date_from, date_to, user)
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        numbers = {cid: number for cid, number in Case.select(Case.id, Case.number).where(Case.id.in_(batch)).tuples()}
        grouped: dict[int, list[LogEvent]] = {cid: [] for cid in batch}
        for case_id, number, step_type, event, at, person, org in _events_of(batch, user).tuples().iterator():
            grouped[case_id].append(LogEvent(case_number=number, activity=graph.title(step_type), step_type=step_type,
                                             transition=TRANSITIONS[event], timestamp=at,
                                             resource=person or SYSTEM_RESOURCE, group=org or "", event=event))
        for cid in batch:
            yield numbers[cid], grouped[cid]
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def _string(key: str, value: str) -> str:
    return f'<string key={quoteattr(key)} value={quoteattr(value)}/>'


def _xes_event(e: LogEvent) -> str:
    return ("\t\t<event>\n"
            f"\t\t\t{_string('concept:name', e.activity)}\n"
            f"\t\t\t{_string('lifecycle:transition', e.transition)}\n"
            f"\t\t\t<date key=\"time:timestamp\" value={quoteattr(e.iso_timestamp)}/>\n"
            f"\t\t\t{_string('org:resource', e.resource)}\n"
            f"\t\t\t{_string('org:group', e.group)}\n"
            f"\t\t\t{_string('kaiban_event', e.event)}\n"
            f"\t\t\t{_string('step_type', e.step_type)}\n"
            "\t\t</event>\n")


def _xes_header(title: str) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<log xes.version="1849-2016" xes.features="" xmlns="{XES_NAMESPACE}">']
    lines += [f'\t<extension name="{name}" prefix="{prefix}" uri="{uri}"/>' for name, prefix, uri in _EXTENSIONS]
    lines += ['\t<global scope="trace">', '\t\t' + _string("concept:name", "UNKNOWN"), '\t</global>',
              '\t<global scope="event">',
              '\t\t' + _string("concept:name", "UNKNOWN"),
              '\t\t<date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>',
              '\t\t' + _string("lifecycle:transition", "complete"),
              '\t\t' + _string("org:resource", SYSTEM_RESOURCE),
              '\t</global>',
              '\t<classifier name="Activity" keys="concept:name"/>',
              '\t<classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>',
              '\t<classifier name="Resource" keys="org:resource"/>',
              '\t' + _string("concept:name", title),
              '\t' + _string("lifecycle:model", "standard")]
    return "\n".join(lines) + "\n"


def export_xes(graph, date_from: dt.date, date_to: dt.date, out_path: str | Path, user: CurrentUser | None = None,
               *, progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the XES log of the cases created in the period (see the module docstring)."""
    out = Path(out_path)
    traces = events = 0
    title = f"Kaiban step log {date_from.isoformat()}..{date_to.isoformat()}"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_xes_header(title))
        for number, case_events in trace_events(graph, date_from, date_to, user, progress=progress):
            fh.write(f"\t<trace>\n\t\t{_string('concept:name', number)}\n")
            for event in case_events:
                fh.write(_xes_event(event))
            fh.write("\t</trace>\n")
            traces += 1
            events += len(case_events)
        fh.write("</log>\n")
    return ExportResult(out, traces, events)


def export_csv(graph, date_from: dt.date, date_to: dt.date, out_path: str | Path, user: CurrentUser | None = None,
               *, progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the same events as CSV: case, activity, transition, timestamp, resource (UTF-8)."""
    out = Path(out_path)
    traces = events = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADERS)
        for number, case_events in trace_events(graph, date_from, date_to, user, progress=progress):
            writer.writerows((e.case_number, e.activity, e.transition, e.iso_timestamp, e.resource)
                             for e in case_events)
            traces += 1
            events += len(case_events)
    return ExportResult(out, traces, events)


