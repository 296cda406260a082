"""Who supervises what: admins and market supervision's supervisors watch every department, a
department's supervisor only their own organisation's steps, clerks nothing; the inbox is one's
own; only admins keep the supervisors' mobiles."""
from __future__ import annotations

import datetime as dt

import pytest

from app.core.errors import NotFound, PermissionDenied, ValidationError
from case_helpers import user, user_id
from plugins.supervision import alerts, contacts, late, monthly, watch
from plugins.supervision.escalation import escalate
from plugins.supervision.models import SupervisorContact
from plugins.supervision.scope import OVERSIGHT_KEY, departments_for

from .helpers import LATER, T0, clerk_like, overdue_review, overdue_seal

DAY = T0.date()


def departments(rows) -> set[str]:
    return {r.department_code for r in rows}


def test_the_watch_list_follows_the_core_access_rules(sup):
    overdue_review(sup)
    overdue_seal(sup)
    everything = {"market_supervision", "seal", "bank", "tax", "social_insurance"}
    assert departments(watch.watch_list(user("admin"), at=LATER)) == everything
    assert departments(watch.watch_list(user("msa_chief"), at=LATER)) == everything
    own = watch.watch_list(user("tax_chief"), at=LATER, graph=sup.graph)
    assert departments(own) == {"tax"} and [r.step_title for r in own] == ["税务登记"]
    assert {r.organisation for r in own} == {"国家税务总局绵阳高新区税务局"}
    assert watch.watch_list(user("tax_chief"), department="seal", at=LATER) == []
    assert [c for c, _ in departments_for(user("tax_chief"))] == ["tax"]
    assert len(departments_for(user("msa_chief"))) >= 5


def test_another_organisation_of_the_same_department_sees_nothing(sup_sqlite):
    overdue_seal(sup_sqlite)  # the applicant chose seal-huaxin
    from app.core.demo import DemoSeeder

    DemoSeeder().user("seal_chief2", "周主管", "supervisor", "seal-jincheng")
    assert watch.watch_list(user("seal_chief2"), at=LATER) == []
    assert late.late_steps(user("seal_chief2"), DAY, DAY) == []
    assert len(watch.watch_list(user("seal_chief"), at=LATER)) == 1


def test_clerks_are_refused(sup_sqlite):
    clerk = user("tax_clerk")
    for call in (lambda: watch.watch_list(clerk), lambda: late.late_steps(clerk, DAY, DAY),
                 lambda: monthly.monthly_figures(clerk, DAY, DAY), lambda: alerts.alerts_for(clerk),
                 lambda: alerts.mark_read(clerk), lambda: departments_for(clerk)):
        with pytest.raises(PermissionDenied):
            call()
    assert not [s for s in sup_sqlite.host.call("kaiban_screens", user=clerk) if s.key.startswith("supervision")]
    assert not [r for r in sup_sqlite.host.call("kaiban_reports", user=clerk) if r.name.startswith("supervision")]
    assert [s.group for s in sup_sqlite.host.call("kaiban_screens", user=user("tax_chief"))
            if s.key == "supervision.watch"] == ["电子监察"]


def test_the_oversight_departments_are_data(sup_sqlite):
    from app.core.settings import set_setting

    overdue_seal(sup_sqlite)
    set_setting(OVERSIGHT_KEY, ["tax"])
    assert departments(watch.watch_list(user("msa_chief"), at=LATER)) == set()  # nothing of its own is late
    assert "seal" in departments(watch.watch_list(user("tax_chief"), at=LATER))


def test_warning_and_overdue_filters(sup_sqlite):
    overdue_review(sup_sqlite)
    admin = user("admin")
    # 30 working minutes: in warning from 22.5 minutes, overdue after 30
    assert watch.watch_list(admin, at=T0 + dt.timedelta(minutes=10)) == []
    [warned] = watch.watch_list(admin, at=T0 + dt.timedelta(minutes=25))
    assert (warned.state, warned.minutes_left, warned.late_minutes) == ("warning", 5, 0)
    [late_row] = watch.watch_list(admin, at=T0 + dt.timedelta(minutes=75), state="overdue")
    assert (late_row.state, late_row.late_minutes) == ("overdue", 45)
    assert watch.watch_list(admin, at=T0 + dt.timedelta(minutes=75), state="warning") == []


def test_the_inbox_is_ones_own(sup):
    overdue_seal(sup)
    escalate(graph=sup.graph, at=LATER)
    tax_chief, seal_chief = user("tax_chief"), user("seal_chief")
    assert alerts.unread_count(tax_chief) == 1
    [mine] = alerts.alerts_for(tax_chief, graph=sup.graph)
    assert (mine.step_title, mine.department, mine.read) == ("税务登记", "税务局", False)
    [theirs] = alerts.alerts_for(seal_chief)
    assert alerts.mark_read(tax_chief, [theirs.id]) == 0  # another's alert: untouched
    assert alerts.unread_count(seal_chief) == 1
    assert alerts.mark_read(tax_chief, [mine.id]) == 1
    assert alerts.unread_count(tax_chief) == 0 and alerts.alerts_for(tax_chief)[0].read
    assert alerts.alerts_for(tax_chief, unread_only=True) == []
    assert alerts.mark_read(seal_chief) == 1 and alerts.unread_count(seal_chief) == 0


def test_only_admins_keep_the_supervisors_mobiles(sup_sqlite):
    admin, chief = user("admin"), user("tax_chief")
    with pytest.raises(PermissionDenied):
        contacts.set_contact(chief, chief.id, "13900003333")
    with pytest.raises(PermissionDenied):
        contacts.list_contacts(chief)
    with pytest.raises(ValidationError) as refused:
        contacts.set_contact(admin, chief.id, "1234")
    assert "mobile" in refused.value.errors and "11 位" in refused.value.errors["mobile"]
    assert SupervisorContact.select().count() == 0  # nothing stored
    assert contacts.validate_contact("1390000333") and not contacts.validate_contact("13900003333")
    assert contacts.set_contact(admin, chief.id, " 139 0000 3333 ") == "13900003333"
    rows = {r.username: r.mobile for r in contacts.list_contacts(admin)}
    assert rows["tax_chief"] == "13900003333" and rows["msa_chief"] == "" and "tax_clerk" not in rows
    contacts.set_contact(admin, chief.id, "")
    assert SupervisorContact.select().count() == 0
    with pytest.raises(NotFound):
        contacts.set_contact(admin, user_id("tax_clerk"), "13900003333")  # not a supervisor


def test_a_clerk_posing_as_supervisor_role_is_refused(sup_sqlite):
    with pytest.raises(PermissionDenied):
        watch.watch_list(clerk_like(user("msa_chief")))
