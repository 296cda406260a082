"""The delivery plugin's names: item kinds, the carriers it offers, states and the
transitions between them, and who may work deliveries (Qt-free)."""
from __future__ import annotations

from app.core.carriers import EMS, JD, SF, YTO
from app.core.errors import PermissionDenied
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate

#: the department whose window staff mail the licences and seal sets
WINDOW_DEPARTMENT = "market_supervision"

LICENCE, SEAL_SET, OTHER = "licence", "seal_set", "other"
KINDS = {
    LICENCE: QT_TRANSLATE_NOOP("delivery", "营业执照（正本、副本）"),
    SEAL_SET: QT_TRANSLATE_NOOP("delivery", "印章（全套）"),
    OTHER: QT_TRANSLATE_NOOP("delivery", "其他材料"),
}
#: kinds a case has at most one record of
SINGLE_KINDS = (LICENCE, SEAL_SET)

#: the carriers a delivery may go by (app.core.carriers: titles and waybill formats)
CARRIERS = (EMS, SF, JD, YTO)

PREPARED, SENT, DELIVERED, RETURNED = "prepared", "sent", "delivered", "returned"
STATES = {
    PREPARED: QT_TRANSLATE_NOOP("delivery", "待寄出"),
    SENT: QT_TRANSLATE_NOOP("delivery", "运输中"),
    DELIVERED: QT_TRANSLATE_NOOP("delivery", "已签收"),
    RETURNED: QT_TRANSLATE_NOOP("delivery", "已退回"),
}
#: what reaching a state is called in the reports' counts and lists
EVENTS = {
    PREPARED: QT_TRANSLATE_NOOP("delivery", "制单"),
    SENT: QT_TRANSLATE_NOOP("delivery", "寄出"),
    DELIVERED: QT_TRANSLATE_NOOP("delivery", "签收"),
    RETURNED: QT_TRANSLATE_NOOP("delivery", "退回"),
}
#: the states the reports count, in the order an item reaches them
COUNTED_STATES = (PREPARED, SENT, DELIVERED, RETURNED)
#: state -> the states it may go to; a returned item may be sent again (with a new waybill)
TRANSITIONS = {
    PREPARED: (SENT,),
    SENT: (DELIVERED, RETURNED),
    RETURNED: (SENT,),
    DELIVERED: (),
}

NAME_MAX, ADDRESS_MIN, ADDRESS_MAX, NOTE_MAX = 40, 6, 120, 200


def kind_title(code: str) -> str:
    return translate("delivery", KINDS[code]) if code in KINDS else code


def state_title(code: str) -> str:
    return translate("delivery", STATES[code]) if code in STATES else code


def event_title(code: str) -> str:
    return translate("delivery", EVENTS[code]) if code in EVENTS else code


def is_window_user(user: CurrentUser | None) -> bool:
    return user is not None and (user.is_admin or user.department_code == WINDOW_DEPARTMENT)


def require_window_user(user: CurrentUser | None) -> int:
    """The id of a user who may work deliveries: the window's staff or an administrator."""
    if user is None:
        raise PermissionDenied(translate("delivery", "请先登录"))
    if not is_window_user(user):
        raise PermissionDenied(translate("delivery", "只有综合受理窗口的工作人员可以办理寄递"))
    return user.id
