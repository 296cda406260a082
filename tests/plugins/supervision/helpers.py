"""Cases whose steps run late, and small readers, for the supervision tests."""
from __future__ import annotations

import datetime as dt

from app.core.models import AuditLog, SmsOutbox
from app.core.users import CurrentUser
from case_helpers import new_case, step, work
from plugins.supervision.escalation import SMS_KEY

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, a working day
LATER = dt.datetime(2026, 3, 2, 14, 0)  # the intake review (30 working minutes) is overdue by then


def overdue_review(ctx, name: str = "绵阳督办样本有限公司", at: dt.datetime = T0):
    """A case whose intake review became ready at ``at`` and is overdue 30 working minutes later."""
    case = new_case(ctx, name, at=at)
    return case, step(case, "intake_review")


def overdue_seal(ctx, name: str = "绵阳并联超时有限公司", at: dt.datetime = T0):
    """A case through intake and licence at ``at``: its seal, bank, tax and social insurance steps
    are ready then and overdue by the afternoon."""
    case = new_case(ctx, name, at=at)
    work(ctx, case, "intake_review", "clerk", at=at)
    work(ctx, case, "business_licence", "clerk", at=at)
    return case


def escalation_texts() -> list[SmsOutbox]:
    return list(SmsOutbox.select().where(SmsOutbox.template == SMS_KEY).order_by(SmsOutbox.id))


def escalation_log() -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.action == "escalate").order_by(AuditLog.id))


def clerk_like(user: CurrentUser) -> CurrentUser:
    return CurrentUser(id=user.id, username=user.username, display_name=user.display_name, role="clerk",
                       organisation_id=user.organisation_id, organisation_name=user.organisation_name,
                       department_code=user.department_code)
