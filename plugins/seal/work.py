"""What the seal form reads besides the step itself: the company's master data and the case's
portrait-capture appointment at this company. Qt-free; runs off the GUI thread."""
from __future__ import annotations

from dataclasses import dataclass

from app.core import appointments
from app.core.step_work import StepView, require_step
from app.core.users import CurrentUser
from plugins.seal.companies import CompanyProfile, company_profile


@dataclass(frozen=True)
class SealPanelExtra:
    company: CompanyProfile | None
    #: the case's booked appointments at the step's company (portrait capture), earliest first
    bookings: tuple[appointments.Booking, ...] = ()


def panel_extra(view: StepView, user: CurrentUser, graph=None) -> SealPanelExtra:
    step = require_step(view.id, user)
    if step.organisation_id is None:
        return SealPanelExtra(company=None)
    bookings = tuple(b for b in appointments.case_bookings(view.case_id, user, graph=graph)
                     if b.organisation_id == step.organisation_id)
    return SealPanelExtra(company=company_profile(step.organisation_id), bookings=bookings)


__all__ = ["SealPanelExtra", "panel_extra"]
