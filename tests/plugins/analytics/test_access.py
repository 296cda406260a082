"""A department supervisor sees their own organisation's figures only; clerks get no dashboard."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from case_helpers import new_case, user, walk_to_departments, work

from app.core.models import Organisation, Step, StepState
from plugins import analytics
from plugins.analytics.dashboard import FigureRef, dashboard
from plugins.analytics.eventlog import XES_NAMESPACE, export_xes
from plugins.analytics.lists import figure_list
from plugins.analytics.process import process_analysis

AT = dt.datetime(2026, 3, 3, 9, 0)


def _cases(ctx):
    """Two cases at 华信 (one sealed), one at 金城, all with the departments' steps ready."""
    huaxin = [new_case(ctx, f"绵阳华信客户{i}科技有限公司", seal="seal-huaxin", at=AT) for i in range(2)]
    jincheng = new_case(ctx, "绵阳金城客户科技有限公司", seal="seal-jincheng", at=AT)
    for case in (*huaxin, jincheng):
        walk_to_departments(ctx, case, at=AT)
    work(ctx, huaxin[0], "seal", "seal_clerk", at=AT + dt.timedelta(minutes=40))
    return huaxin, jincheng


def test_screens_and_reports_are_for_supervisors_and_admins(people_sqlite):
    assert [s.key for s in analytics.kaiban_screens(user=user("seal_chief"))] == ["analytics.dashboard",
                                                                                   "analytics.process"]
    assert analytics.kaiban_screens(user=user("admin"))[0].home
    assert analytics.kaiban_screens(user=user("seal_clerk")) == []
    assert analytics.kaiban_reports(user=user("seal_clerk")) == []
    assert [r.name for r in analytics.kaiban_reports(user=None)] == ["analytics.process"]


def test_a_department_supervisor_sees_their_organisation_only(people, tmp_path):
    huaxin, jincheng = _cases(people)
    chief = user("seal_chief")
    at = AT + dt.timedelta(hours=3)
    mine = dashboard(people, chief, at=at)
    assert [b.ref.arg for b in mine.in_progress] == ["seal"]
    huaxin_org = Organisation.get(Organisation.code == "seal-huaxin").id
    open_seal = Step.select().where((Step.step_type == "seal") & (Step.organisation == huaxin_org)
                                    & Step.state.in_(list(StepState.ACTIVE))).count()
    assert mine.in_progress[0].value == open_seal == 1
    assert sum(mine.received) == 2  # 金城's case has no step of theirs
    everyone = dashboard(people, user("admin"), at=at)
    assert sum(everyone.received) == 3 and len(everyone.in_progress) > 1
    assert {b.ref.arg for b in everyone.step_medians} > {b.ref.arg for b in mine.step_medians} == {"seal"}

    # the lists behind the figures are scoped the same way
    bank = figure_list(people, FigureRef("in_progress", "bank"), chief, date_from=mine.date_from,
                       date_to=mine.date_to, at=at)
    assert bank.rows == []
    seal = figure_list(people, FigureRef("in_progress", "seal"), chief, date_from=mine.date_from,
                       date_to=mine.date_to, at=at)
    assert seal.case_ids == [huaxin[1].id]
    received = figure_list(people, mine.day_ref("received", len(mine.days) - 1), chief,
                           date_from=mine.date_from, date_to=mine.date_to, at=at)
    assert sorted(received.case_ids) == sorted(c.id for c in huaxin)

    analysis = process_analysis(people, AT.date(), AT.date(), chief)
    assert [(s.step_type, s.count) for s in analysis.steps] == [("seal", 1)]

    path = export_xes(people.graph, AT.date(), AT.date(), tmp_path / "chief.xes", chief).path
    root = ET.parse(path).getroot()
    ns = {"x": XES_NAMESPACE}
    names = [t.find("x:string[@key='concept:name']", ns).get("value") for t in root.findall("x:trace", ns)]
    assert names == [c.number for c in huaxin]
    activities = {e.find("x:string[@key='concept:name']", ns).get("value")
                  for e in root.iter(f"{{{XES_NAMESPACE}}}event")}
    assert activities == {people.graph.title("seal")}
