"""Escalation: an overdue step brings one alert to each supervisor of its organisation, one text
to those with a mobile on file and one audit-log line each — however often, and from however many
workstations at once, it runs."""
from __future__ import annotations

import threading

from app.cli import main
from app.core.models import Step, StepState
from case_helpers import step, user, user_id
from plugins.supervision import contacts
from plugins.supervision.escalation import escalate
from plugins.supervision.models import Alert

from .helpers import LATER, T0, escalation_log, escalation_texts, overdue_review, overdue_seal


def test_an_overdue_step_alerts_texts_and_logs_once(sup):
    contacts.set_contact(user("admin"), user_id("msa_chief"), "13900001111")
    case, review = overdue_review(sup)
    assert escalate(graph=sup.graph, at=T0).alerts == 0  # just ready: nothing late yet

    first = escalate(graph=sup.graph, at=LATER)
    second = escalate(graph=sup.graph, at=LATER)
    assert (first.alerts, first.texts, first.steps) == (1, 1, 1)
    assert (second.alerts, second.texts) == (0, 0)
    alert = Alert.get()
    assert (alert.step_id, alert.user_id, alert.case_id, alert.read_at) == (review.id, user_id("msa_chief"), case.id,
                                                                            None)
    texts = escalation_texts()
    assert [t.mobile for t in texts] == ["13900001111"]
    assert case.number in texts[0].text and "受理审核" in texts[0].text and "超过办理时限" in texts[0].text
    log = escalation_log()
    assert [(a.entity_id, a.case_id, a.field) for a in log] == [(review.id, case.id, "intake_review")]
    assert "李建国" in log[0].detail


def test_each_supervisor_of_the_organisation_is_told_and_only_they(sup):
    case = overdue_seal(sup)
    result = escalate(graph=sup.graph, at=LATER)
    told = {(Step.get_by_id(a.step_id).step_type, a.user.username) for a in Alert.select()}
    # seal, bank, tax and social insurance all ran late; each organisation's own supervisor hears of it
    assert told == {("seal", "seal_chief"), ("bank_account", "bank_chief"), ("tax_registration", "tax_chief"),
                    ("social_insurance", "si_chief")}
    assert result.alerts == 4 and result.texts == 0  # nobody has a mobile on file: no text
    assert not escalation_texts()
    assert step(case, "intake_review").state == StepState.DONE  # done in time: never escalated


def test_steps_done_or_paused_are_not_escalated(sup_sqlite):
    _case, review = overdue_review(sup_sqlite)
    Step.update(state=StepState.ON_HOLD, paused_at=T0).where(Step.id == review.id).execute()
    assert escalate(graph=sup_sqlite.graph, at=LATER).alerts == 0


def test_workstations_escalating_at_once_create_each_alert_once(sup):
    contacts.set_contact(None, user_id("tax_chief"), "13900002222")
    overdue_seal(sup)
    results, errors = [], []
    barrier = threading.Barrier(4)

    def run():
        try:
            barrier.wait(5)
            results.append(escalate(graph=sup.graph, at=LATER))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            sup.db.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert sum(r.alerts for r in results) == 4 == Alert.select().count()
    assert sum(r.texts for r in results) == 1 and len(escalation_texts()) == 1
    assert len(escalation_log()) == 4


def test_the_escalate_command(sup_sqlite, capsys):
    overdue_review(sup_sqlite)
    url = sup_sqlite.url.render(with_password=True)
    assert main(["--db", url, "supervision", "escalate", "--at", LATER.isoformat()]) == 0
    assert "新督办提醒 1 条" in capsys.readouterr().out
    assert main(["--db", url, "supervision", "escalate", "--at", LATER.isoformat()]) == 0
    assert "新督办提醒 0 条" in capsys.readouterr().out


def test_the_background_task_escalates(sup_sqlite):
    overdue_review(sup_sqlite, at=T0.replace(year=2025))  # long overdue by now
    tasks = [t for t in sup_sqlite.host.call("kaiban_background_tasks") if t.key == "supervision.escalate"]
    assert [t.interval_seconds for t in tasks] == [60]
    tasks[0].run(sup_sqlite)
    assert Alert.select().count() == 1


def test_a_step_routed_to_no_organisation_goes_to_its_departments_supervisors(sup):
    case = overdue_seal(sup)
    Step.update(organisation=None).where(Step.id == step(case, "seal").id).execute()
    escalate(graph=sup.graph, at=LATER)
    told = {a.user.username for a in Alert.select().where(Alert.step == step(case, "seal").id)}
    assert told == {"seal_chief"}  # the seal companies' supervisors (one in the demo)
