"""The hosted firms as an intake source (``kaiban_intake_sources``): the window finds a firm and
starts its case with the incubator's address, its seat and the hosting agreement as address proof."""
from __future__ import annotations

from app.core.models import Case, CaseState, Organisation
from app.core.users import CurrentUser
from app.i18n import translate
from app.plugin_api import IntakePrefill, IntakeSourceSpec
from plugins.incubator.access import readable_incubators
from plugins.incubator.common import INTAKE_SOURCE, FirmState, agreement_note, seat_address
from plugins.incubator.links import link_intake_cases
from plugins.incubator.models import HostedFirm, Seat

MAX_RESULTS = 50
ADDRESS_PROOF = "address_proof"  # the material code the window's checklist uses for 住所使用证明


def search_hosted_firms(text: str, user: CurrentUser | None, *, limit: int = MAX_RESULTS) -> list[IntakePrefill]:
    """Hosted firms (of every incubator the user may search) matching ``text`` — company, legal
    representative, seat or incubator — that have no case under way yet."""
    allowed = readable_incubators(user, for_intake=True)
    link_intake_cases()
    live = Case.select(Case.id).where(Case.state != CaseState.CANCELLED)
    query = (HostedFirm.select(HostedFirm, Organisation, Seat)
             .join(Organisation, on=(HostedFirm.organisation == Organisation.id)).switch(HostedFirm)
             .join(Seat, on=(HostedFirm.seat == Seat.id))
             .where((HostedFirm.state == FirmState.HOSTED)
                    & (HostedFirm.case.is_null() | HostedFirm.case.not_in(live))))
    if allowed is not None:
        query = query.where(HostedFirm.organisation.in_(allowed))
    text = (text or "").strip()
    if text:
        query = query.where(HostedFirm.company_name.contains(text) | HostedFirm.legal_rep_name.contains(text)
                            | Organisation.name.contains(text) | (Seat.number == text.upper()))
    rows = query.order_by(HostedFirm.company_name, HostedFirm.id).limit(limit)
    return [prefill(firm) for firm in rows]


def prefill(firm: HostedFirm) -> IntakePrefill:
    org, seat = firm.organisation, firm.seat.number
    return IntakePrefill(
        source=INTAKE_SOURCE, ref=str(firm.id),
        label=translate("incubator", "{company}（{incubator} · 工位号 {seat}）").format(
            company=firm.company_name, incubator=org.name, seat=seat),
        enterprise_name=firm.company_name, legal_representative_name=firm.legal_rep_name,
        legal_representative_id=firm.legal_rep_id, legal_representative_mobile=firm.legal_rep_mobile,
        address=seat_address(org.address, seat), area_code=org.area_code, address_type="incubator",
        materials=((ADDRESS_PROOF, agreement_note(org.name, seat)),),
        data={"incubator": org.name, "seat": seat, "hosted_from": firm.hosted_from.isoformat()})


def intake_source() -> IntakeSourceSpec:
    return IntakeSourceSpec(key=INTAKE_SOURCE, title=translate("incubator", "入驻企业（集群托管）"),
                            search=search_hosted_firms)
