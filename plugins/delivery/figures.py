"""Delivery counts over a period (Qt-free): items sent, delivered and returned in the period, as
their events say (an item sent again after a return counts as sent twice), and the items still
waiting or travelling now."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.core.carriers import carrier_title
from app.core.models import Case, Enterprise
from app.core.step_work import period_bounds
from app.core.users import CurrentUser
from app.i18n import translate
from app.plugin_api import PeriodFigure
from plugins.delivery.common import COUNTED_STATES, DELIVERED, KINDS, PREPARED, RETURNED, SENT, event_title, \
    is_window_user, kind_title
from plugins.delivery.models import DeliveryEvent, DeliveryItem

SECTION = "免费寄递"


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    to_state: str
    case_number: str
    enterprise: str
    kind: str
    recipient: str
    carrier: str
    waybill_no: str
    note: str


def events_in(date_from: dt.date, date_to: dt.date, states: tuple[str, ...] = COUNTED_STATES) -> list[EventRow]:
    start, end = period_bounds(date_from, date_to)
    query = (DeliveryEvent.select(DeliveryEvent, DeliveryItem, Case, Enterprise).join(DeliveryItem).join(Case)
             .join(Enterprise).where((DeliveryEvent.at >= start) & (DeliveryEvent.at < end)
                                     & DeliveryEvent.to_state.in_(list(states)))
             .order_by(DeliveryEvent.at, DeliveryEvent.id))
    return [EventRow(e.at, e.to_state, e.item.case.number, e.item.case.enterprise.name, e.item.kind,
                     e.item.recipient, e.carrier, e.waybill_no, e.note) for e in query]


def counts_by_kind(rows: list[EventRow]) -> dict[str, Counter]:
    """Kind -> Counter of the states reached in the period."""
    out: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for row in rows:
        out.setdefault(row.kind, Counter())[row.to_state] += 1
    return out


def waiting_now() -> Counter:
    """Items prepared but not sent, and items travelling, now."""
    return Counter(state for (state,) in DeliveryItem.select(DeliveryItem.state).where(
        DeliveryItem.state.in_([PREPARED, SENT, RETURNED])).tuples())


def event_headers() -> list[str]:
    return [translate("delivery", h) for h in ("时间", "环节", "办件编号", "企业名称", "物品", "收件人", "快递", "运单号",
                                               "说明")]


def event_cells(r: EventRow) -> list:
    return [r.at, event_title(r.to_state), r.case_number, r.enterprise, kind_title(r.kind), r.recipient,
            carrier_title(r.carrier) if r.carrier else "", r.waybill_no, r.note]


def period_figures(date_from: dt.date, date_to: dt.date, user: CurrentUser | None) -> list[PeriodFigure]:
    """``kaiban_period_figures``: items sent, delivered and returned in the period (section 免费寄递).
    The lists behind them name applicants: the window's staff, administrators and the command line
    get them; other departments' supervisors the counts only; anyone else nothing."""
    if user is not None and not (is_window_user(user) or user.is_supervisor):
        return []
    rows = events_in(date_from, date_to)
    counts = Counter(r.to_state for r in rows)
    section = translate("delivery", SECTION)
    with_lists = user is None or is_window_user(user)

    def listing(state: str):
        if not with_lists:
            return None
        return lambda: (event_headers(), [event_cells(r) for r in rows if r.to_state == state])

    return [
        PeriodFigure(key="delivery.sent", title=translate("delivery", "寄出件数"), value=counts[SENT], unit="件",
                     section=section, details=listing(SENT)),
        PeriodFigure(key="delivery.delivered", title=translate("delivery", "签收件数"), value=counts[DELIVERED],
                     unit="件", section=section, details=listing(DELIVERED)),
        PeriodFigure(key="delivery.returned", title=translate("delivery", "退回件数"), value=counts[RETURNED],
                     unit="件", section=section, details=listing(RETURNED)),
    ]
