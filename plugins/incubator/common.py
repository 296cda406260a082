"""Names and small rules shared by the incubator services (集群托管)."""
from __future__ import annotations

from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP, translate

DEPARTMENT = "incubator"
#: the registration window's department: its staff bring hosted firms into a new case's intake,
#: its supervisors read the park-wide reports (a department code, not an import of that plugin)
WINDOW_DEPARTMENT = "market_supervision"
#: the intake source this plugin offers (``IntakePrefill.source``, ``case.data["intake_source"]``)
INTAKE_SOURCE = "incubator.hosted_firms"
#: rent a hosted firm saves per year when the incubator sets none (Mianyang: 30,000 CNY)
DEFAULT_YEARLY_RENT = Decimal("30000.00")


class FirmState:
    HOSTED = "hosted"
    MOVED_OUT = "moved_out"
    DEREGISTERED = "deregistered"
    ALL = (HOSTED, MOVED_OUT, DEREGISTERED)


STATE_TITLES = {
    FirmState.HOSTED: QT_TRANSLATE_NOOP("incubator", "在孵"),
    FirmState.MOVED_OUT: QT_TRANSLATE_NOOP("incubator", "已迁出"),
    FirmState.DEREGISTERED: QT_TRANSLATE_NOOP("incubator", "已注销"),
}

#: how a firm found the incubator (the science park: 120 of 250 through the hall's materials)
CHANNELS = {
    "hall": QT_TRANSLATE_NOOP("incubator", "大厅宣传资料"),
    "referral": QT_TRANSLATE_NOOP("incubator", "朋友推荐"),
    "online": QT_TRANSLATE_NOOP("incubator", "网上搜索"),
    "government": QT_TRANSLATE_NOOP("incubator", "政府部门推荐"),
    "other": QT_TRANSLATE_NOOP("incubator", "其他"),
}


def state_title(state: str) -> str:
    return translate("incubator", STATE_TITLES.get(state, state))


def channel_title(code: str) -> str:
    return translate("incubator", CHANNELS.get(code, code))


def channel_code(text: str) -> str | None:
    """The channel code of a code or its (translated or Chinese) title; None when unknown."""
    text = (text or "").strip()
    for code, title in CHANNELS.items():
        if text in (code, title, translate("incubator", title)):
            return code
    return None


def seat_address(address: str, seat_number: str) -> str:
    """A hosted firm's registered address: the incubator's premises and its seat (一址多照)."""
    return translate("incubator", "{address}（工位号 {seat}）").format(address=address.strip(), seat=seat_number)


def agreement_note(incubator: str, seat_number: str) -> str:
    """The address proof a hosted firm brings to the window: its hosting agreement."""
    return translate("incubator", "托管协议（{incubator}，工位号 {seat}）").format(incubator=incubator, seat=seat_number)
