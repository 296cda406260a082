"""The registration window's figures (data only): daily intake by company type, by channel, and
licences by licence class with how many were on time. The PDF is drawn by ``documents``."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from app.core.models import Case, Step, StepState, now
from plugins.registration.common import LICENCE_STEP
from plugins.registration.document_data import DailyIntakeReportData, LicenceClassRow
from plugins.registration.licence_classes import all_classes
from plugins.registration.printouts import office_name
from plugins.registration.reference import CHANNELS, company_types


def _bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(first, dt.time.min), dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)


def daily_intake_data(day: dt.date, day_to: dt.date | None = None, *, office: str = "",
                      at: dt.datetime | None = None) -> DailyIntakeReportData:
    """Figures of the cases received from ``day`` to ``day_to`` (inclusive; one day by default)
    and of the licences issued in that time."""
    last = day_to or day
    start, end = _bounds(day, last)
    received = list(Case.select(Case.case_type, Case.channel)
                    .where((Case.created_at >= start) & (Case.created_at < end)))
    titles = company_types()
    by_type = Counter(titles.get(c.case_type, c.case_type or "未分类") for c in received)
    by_channel = Counter(CHANNELS.get(c.channel, c.channel) for c in received)
    issued = (Step.select(Step, Case).join(Case, on=(Step.case == Case.id))
              .where((Step.step_type == LICENCE_STEP) & (Step.state == StepState.DONE)
                     & (Step.completed_at >= start) & (Step.completed_at < end)))
    per_class: dict[str, list[int]] = {c.code: [0, 0] for c in all_classes()}
    for step in issued:
        code = (step.case.data or {}).get("licence_class", "")
        row = per_class.setdefault(code or "—", [0, 0])
        row[0] += 1
        if step.due_at is None or step.completed_at <= step.due_at:
            row[1] += 1
    ordered_types = [t for t in titles.values() if t in by_type] + sorted(set(by_type) - set(titles.values()))
    return DailyIntakeReportData(
        office=office_name(office), day=day, received=len(received),
        by_company_type=tuple((t, by_type[t]) for t in ordered_types),
        by_channel=tuple((c, by_channel[c]) for c in CHANNELS.values() if by_channel[c])
        + tuple((c, n) for c, n in sorted(by_channel.items()) if c not in CHANNELS.values()),
        by_licence_class=tuple(LicenceClassRow(licence_class=code, issued=n, on_time=ok)
                               for code, (n, ok) in per_class.items()),
        generated_at=at or now(), day_to=day_to if day_to and day_to != day else None)


def build_daily_intake_report(context, params, out_path, progress) -> Path:
    """``ReportSpec.build`` of the daily intake report (``params``: date_from, date_to)."""
    from plugins.registration.documents import render_daily_intake_report  # reportlab only when drawing

    first, last = _as_date(params["date_from"]), _as_date(params.get("date_to") or params["date_from"])
    progress(0, 2)
    data = daily_intake_data(first, last)
    progress(1, 2)
    path = render_daily_intake_report(data, out_path)
    progress(2, 2)
    return Path(path) if path else Path(out_path)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
