"""Done means: a hosted firm goes from the incubator's roster to an issued licence at its incubator's
address. The firm is found through the ``kaiban_intake_sources`` hook, the case is accepted, reviewed
and licensed through the registration window's services (the way its wizard and panel do), and the
roster then shows the firm linked to its case, with the USCC and the licence date."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import seed_people, user

from app.core.identifiers import validate_uscc
from app.core.models import Case, Enterprise, Material, MaterialState, Step
from app.plugin_api import IntakeSourceSpec
from plugins.incubator.common import INTAKE_SOURCE
from plugins.incubator.incubators import add_seats
from plugins.incubator.roster import list_firms, register_firm
from plugins.registration.intake import MaterialEntry, accept_case
from plugins.registration.licence import LicenceChoice, choice_options, issue_licence
from plugins.registration.materials import collected_items
from plugins.registration.prefill import intake_sources, prefill_data, search_sources
from plugins.registration.review import approve
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry

from .helpers import LEGAL_ID, entry

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday


@pytest.fixture
def city(ctx, fast_hash):
    seed_people(ctx)  # the window, the seal companies, banks, tax, social insurance and the demo incubators
    return ctx


@pytest.fixture
def city_sqlite(sqlite_ctx, fast_hash):
    seed_people(sqlite_ctx)
    return sqlite_ctx


def intake_form(prefill) -> IntakeForm:
    """The form as the wizard fills it from the prefill; the clerk adds type, capital, scope and holders."""
    legal = PersonEntry(prefill.legal_representative_name, prefill.legal_representative_id,
                        prefill.legal_representative_mobile)
    return IntakeForm(company_name=prefill.enterprise_name, company_type="limited_company", registered_capital="100000",
                      industry_codes=("6513",), business_scope="软件开发", address=prefill.address,
                      area_code=prefill.area_code, address_type=prefill.address_type, legal_representative=legal,
                      contact=PersonEntry(legal.name, "", legal.mobile),
                      shareholders=[ShareholderEntry(legal.name, legal.id_number, "100")], has_employees=False,
                      needs_invoices=False)


def test_a_hosted_firm_from_roster_to_licence(city):
    manager, clerk = user("inc_manager"), user("clerk")
    add_seats(manager.organisation_id, manager, ["A-101"])
    firm = register_firm(manager.organisation_id, entry(seat="A-101", hosted_from=dt.date(2026, 2, 2)), manager, at=T0)

    sources = intake_sources(city.host, clerk)
    assert [s.key for s in sources] == [INTAKE_SOURCE] and isinstance(sources[0], IntakeSourceSpec)
    [prefill] = search_sources(sources, "青禾", clerk)
    assert (prefill.ref, prefill.address_type, prefill.legal_representative_id) == (str(firm.id), "incubator", LEGAL_ID)
    address = "绵阳市高新区科技城大道 1 号创新中心 3 楼（工位号 A-101）"
    assert prefill.address == address
    note = "托管协议（科技城创新孵化中心，工位号 A-101）"
    assert prefill.materials == (("address_proof", note),)

    form = intake_form(prefill)
    items = collected_items(city.host, form.answers())
    case = accept_case(city, form, [MaterialEntry(item.code) for item in items], user=clerk, at=T0,
                       extra_data=prefill_data(prefill, [item.code for item in items]))
    assert case.data["intake_source"] == {"source": INTAKE_SOURCE, "ref": str(firm.id)}
    assert case.data["material_notes"] == {"address_proof": note}
    proof = Material.get((Material.case == case.id) & (Material.code == "address_proof"))
    assert proof.state == MaterialState.RECEIVED and "托管协议" in proof.name
    assert search_sources(sources, "青禾", clerk) == []  # a firm with a case under way is not offered again
    linked = list_firms(manager, manager.organisation_id, text="青禾")[0]
    assert (linked.case_id, linked.case_number, linked.uscc) == (case.id, case.number, "")

    review = Step.get((Step.case == case.id) & (Step.step_type == "intake_review"))
    approve(review.id, clerk, graph=city.graph, at=T0 + dt.timedelta(minutes=10))
    licence = Step.get((Step.case == case.id) & (Step.step_type == "business_licence"))
    chosen = {group.department: group.options[0].id for group in choice_options(city.graph)}
    issued_at = T0 + dt.timedelta(minutes=40)
    issue_licence(licence.id, clerk, LicenceChoice(organisations=chosen), graph=city.graph, at=issued_at)

    enterprise = Enterprise.get_by_id(Case.get_by_id(case.id).enterprise_id)
    assert enterprise.address == address and enterprise.name == "绵阳青禾智联科技有限公司"
    assert validate_uscc(enterprise.uscc) == enterprise.uscc
    shown = list_firms(manager, manager.organisation_id, text="青禾")[0]
    assert (shown.case_id, shown.uscc, shown.licence_date) == (case.id, enterprise.uscc, issued_at.date())


def test_the_window_searches_every_incubator_and_others_get_no_source(city_sqlite):
    city = city_sqlite
    clerk, manager = user("clerk"), user("inc_manager")
    [spec] = [s for s in city.host.call("kaiban_intake_sources", user=clerk) if s.key == INTAKE_SOURCE]
    incubators = {p.data["incubator"] for p in spec.search("", clerk)}
    assert incubators == {"科技城创新孵化中心", "绵阳创业园", "绵阳网谷科技产业园"}  # the demo's, hosted firms only
    assert {p.data["incubator"] for p in spec.search("", manager)} == {"科技城创新孵化中心"}
    assert city.host.call("kaiban_intake_sources", user=user("seal_clerk")) == []
