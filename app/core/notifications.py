"""The SMS outbox: text messages to applicants, written in the transaction that causes them and
sent afterwards.

:func:`queue_sms` renders a template (Chinese, :data:`SMS_TEMPLATES`) for a case and stores it in
the ``sms_outbox`` table as *queued* — inside the caller's transaction, so a licence that rolls back
texts nobody. :func:`send_pending` later hands each queued message to the ``kaiban_sms_send`` hook:
a gateway plugin sends it (True) or fails (False); when no plugin takes it the built-in sender
records it as sent in the outbox and writes a log line. Each message is taken by one conditional
update first, so two workstations sending at once never send one message twice.

Templates know no department: the licence text lists whatever organisations the applicant chose
(``case.data["chosen"]``: department code -> organisation id) with name, address and phone.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import NamedTuple

from app.core.errors import NotFound, ServiceError
from app.core.models import (Appointment, AppointmentSlot, AppointmentState, Case, Department, Organisation,
                             SmsOutbox, SmsState, now)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plugin_api import SmsMessage
from db.base import database

log = logging.getLogger("kaiban.sms")

LICENCE_ISSUED = "licence_issued"
APPOINTMENT_BOOKED = "appointment_booked"
APPOINTMENT_REMINDER = "appointment_reminder"
CASE_COMPLETE = "case_complete"

#: template key -> text; placeholders: {case_number}, {enterprise}, {uscc}, {chosen} (the chosen
#: organisations with address and phone) for every case, plus what the caller passes
SMS_TEMPLATES = {
    LICENCE_ISSUED: QT_TRANSLATE_NOOP(
        "sms", "【企业开办】{enterprise}的营业执照已核发，统一社会信用代码{uscc}。您选择的办理机构：{chosen}。"
               "相关信息已推送至上述机构，请按预约时间前往办理。办件编号{case_number}。"),
    APPOINTMENT_BOOKED: QT_TRANSLATE_NOOP(
        "sms", "【企业开办】{enterprise}已预约{organisation}，时间{time}，地址：{address}，电话：{phone}。"
               "请携带法定代表人身份证件准时前往。办件编号{case_number}。"),
    APPOINTMENT_REMINDER: QT_TRANSLATE_NOOP(
        "sms", "【企业开办】温馨提醒：{enterprise}预约于{time}在{organisation}办理，地址：{address}，"
               "电话：{phone}。如需改约请提前联系。办件编号{case_number}。"),
    CASE_COMPLETE: QT_TRANSLATE_NOOP(
        "sms", "【企业开办】{enterprise}的企业开办事项已全部办结（办件编号{case_number}）。"
               "营业执照和印章可按您选择的方式领取或寄递，欢迎对我们的服务进行评价。"),
}
TEMPLATE_TITLES = {
    LICENCE_ISSUED: QT_TRANSLATE_NOOP("sms", "执照核发"),
    APPOINTMENT_BOOKED: QT_TRANSLATE_NOOP("sms", "预约成功"),
    APPOINTMENT_REMINDER: QT_TRANSLATE_NOOP("sms", "预约提醒"),
    CASE_COMPLETE: QT_TRANSLATE_NOOP("sms", "办结通知"),
}
SMS_STATE_TITLES = {
    SmsState.QUEUED: QT_TRANSLATE_NOOP("sms", "待发送"),
    SmsState.SENDING: QT_TRANSLATE_NOOP("sms", "发送中"),
    SmsState.SENT: QT_TRANSLATE_NOOP("sms", "已发送"),
    SmsState.FAILED: QT_TRANSLATE_NOOP("sms", "发送失败"),
}
#: the sender name of messages the built-in sender recorded
BUILTIN_SENDER = "outbox"
#: a message taken for sending longer ago than this (a workstation crashed) is queued again
SENDING_TIMEOUT = dt.timedelta(minutes=10)


class _Blank(dict):
    def __missing__(self, key):  # a missing placeholder must not cost the transaction that texts
        log.warning("SMS template placeholder {%s} has no value", key)
        return ""


def format_time(value: dt.datetime) -> str:
    return translate("sms", "{month}月{day}日 {time}").format(month=value.month, day=value.day,
                                                            time=value.strftime("%H:%M"))


def _appointment_time(case: Case, dept_code: str, org_id: int) -> dt.datetime | None:
    """When the applicant is expected at the organisation: a booked slot, else the time noted
    with the choice (``case.data["appointments"]``)."""
    booked = (Appointment.select(AppointmentSlot.starts_at).join(AppointmentSlot)
              .where((Appointment.case == case.id) & (Appointment.organisation == org_id)
                     & (Appointment.state == AppointmentState.BOOKED)).scalar())
    if booked:
        return booked
    noted = ((case.data or {}).get("appointments") or {}).get(dept_code)
    try:
        return dt.datetime.fromisoformat(noted) if noted else None
    except (TypeError, ValueError):
        return None


def chosen_organisations(case: Case) -> str:
    """The organisations the applicant chose, one per department, with address, phone and the
    appointment time when there is one."""
    parts = []
    for dept_code, org_id in sorted(((case.data or {}).get("chosen") or {}).items()):
        org = Organisation.get_or_none(Organisation.id == org_id)
        if org is None:
            continue
        dept = Department.get_or_none(Department.code == dept_code)
        text = translate("sms", "{department}：{name}（地址：{address}，电话：{phone}）").format(
            department=dept.name if dept else dept_code, name=org.name, address=org.address or "—",
            phone=org.phone or "—")
        when = _appointment_time(case, dept_code, org.id)
        if when is not None:
            text += translate("sms", "，预约时间{time}").format(time=format_time(when))
        parts.append(text)
    return "；".join(parts) or "—"


def recipient(case: Case) -> str:
    """The applicant's mobile: the contact's, else the legal representative's."""
    for person in (case.contact, case.legal_representative):
        if person is not None and person.mobile:
            return person.mobile
    return ""


class _Addressee(NamedTuple):
    """What a text needs of its case (``id`` and ``data`` also serve chosen_organisations)."""
    id: int
    number: str
    enterprise: str
    uscc: str
    data: dict
    mobile: str  # the contact's, else the legal representative's


#: the case, its enterprise and the two mobiles, in one fixed statement (a text is queued in the
#: transaction of every completed case: compiling the ORM's join each time cost more than running it)
_ADDRESSEE = ('SELECT c.id, c.number, e.name, e.uscc, c.data, pc.mobile, pl.mobile FROM "case" c '
              "JOIN enterprise e ON e.id = c.enterprise_id "
              "LEFT JOIN person pc ON pc.id = c.contact_id "
              "LEFT JOIN person pl ON pl.id = c.legal_representative_id WHERE c.id = {p}")
_QUEUE = ("INSERT INTO sms_outbox (case_id, mobile, template, text, state, created_at, sent_by, attempts, error) "
          "VALUES ({p}, {p}, {p}, {p}, {p}, {p}, '', 0, {p}) RETURNING id")


def _addressee(case_id: int) -> _Addressee | None:
    row = database.execute_sql(_ADDRESSEE.format(p=database.param), (case_id,)).fetchone()
    if row is None:
        return None
    data = json.loads(row[4]) if isinstance(row[4], str) and row[4] else (row[4] or {})
    return _Addressee(row[0], row[1], row[2], row[3] or "", data, next((m for m in row[5:] if m), ""))


def _render(template: str, addressee: _Addressee, params: dict) -> str:
    if template not in SMS_TEMPLATES:
        raise ServiceError(translate("sms", "没有名为 {key} 的短信模板").format(key=template))
    text = translate("sms", SMS_TEMPLATES[template])
    values = _Blank(case_number=addressee.number, enterprise=addressee.enterprise, uscc=addressee.uscc)
    if "{chosen}" in text:  # reads the organisations: only for the texts that list them
        values["chosen"] = chosen_organisations(addressee)
    values.update(params)
    return text.format_map(values)


def render(template: str, case: Case, params: dict) -> str:
    """The text of ``template`` for ``case`` (with ``params`` for the template's own placeholders)."""
    ent = case.enterprise
    return _render(template, _Addressee(case.id, case.number, ent.name, ent.uscc or "", case.data or {},
                                        recipient(case)), params)


def _store(case_id: int, mobile: str, template: str, text: str, at: dt.datetime | None) -> SmsOutbox:
    """Write the message to the outbox: queued, or failed when there is no number to send it to."""
    to = mobile.strip()
    state, error = SmsState.QUEUED, ""
    if not to:
        state, error = SmsState.FAILED, translate("sms", "办件没有联系手机号码")
    created = at or now()
    cursor = database.execute_sql(_QUEUE.format(p=database.param), (case_id, to, template, text, state, created, error))
    return SmsOutbox(id=cursor.fetchone()[0], case=case_id, mobile=to, template=template, text=text, state=state,
                     created_at=created, sent_by="", attempts=0, error=error)


def queue_sms(case_id: int, template: str, *, at: dt.datetime | None = None, mobile: str | None = None,
              **params) -> SmsOutbox:
    """Queue the text of ``template`` for the case's applicant (inside the caller's transaction).
    Without a mobile number the message is stored as failed, so the outbox shows it."""
    addressee = _addressee(case_id)
    if addressee is None:
        raise NotFound(translate("cases", "办件不存在"))
    return _store(case_id, mobile or addressee.mobile, template, _render(template, addressee, params), at)


def queue_text(case_id: int, key: str, text: str, *, at: dt.datetime | None = None,
               mobile: str | None = None) -> SmsOutbox:
    """Queue a text a plugin composed itself (``key`` names it in the outbox, e.g.
    ``bank.account_opened``), for the case's applicant, inside the caller's transaction."""
    if not text.strip():
        raise ServiceError(translate("sms", "短信内容不能为空"))
    addressee = _addressee(case_id)
    if addressee is None:
        raise NotFound(translate("cases", "办件不存在"))
    return _store(case_id, mobile or addressee.mobile, key, text, at)


def _take(message_id: int, at: dt.datetime) -> bool:
    return bool(SmsOutbox.update(state=SmsState.SENDING, attempts=SmsOutbox.attempts + 1, sent_at=at)
                .where((SmsOutbox.id == message_id) & (SmsOutbox.state == SmsState.QUEUED)).execute())


def _failed_plugins(host) -> set[str]:
    if host is None:
        return set()
    return {name for name, record in host.records.items() if record.state == "failed"}


def send_pending(host, *, at: dt.datetime | None = None, limit: int = 100) -> list[SmsOutbox]:
    """Send up to ``limit`` queued messages, oldest first; returns them as they ended (sent or
    failed). Must not run inside a transaction: each message is taken, then finished, on its own."""
    at = at or now()
    # a message taken by a workstation that never finished it goes back to the queue
    SmsOutbox.update(state=SmsState.QUEUED).where(
        (SmsOutbox.state == SmsState.SENDING) & (SmsOutbox.sent_at < at - SENDING_TIMEOUT)).execute()
    ids = [row[0] for row in SmsOutbox.select(SmsOutbox.id).where(SmsOutbox.state == SmsState.QUEUED)
           .order_by(SmsOutbox.id).limit(limit).tuples()]
    done = []
    for message_id in ids:
        if not _take(message_id, at):
            continue  # another workstation took it
        row = SmsOutbox.get_by_id(message_id)
        message = SmsMessage(id=row.id, case_id=row.case_id, mobile=row.mobile, template=row.template,
                             text=row.text, created_at=row.created_at)
        failed_before = _failed_plugins(host)
        answer = host.call_first("kaiban_sms_send", message=message) if host is not None else None
        broken = sorted(_failed_plugins(host) - failed_before)
        if answer is None and broken:  # a gateway raised: the message was not sent, whatever else ran
            log.warning("SMS %s to %s: gateway %s raised", row.id, row.mobile, ", ".join(broken))
            updates = {"state": SmsState.FAILED, "sent_by": broken[0],
                       "error": translate("sms", "短信网关“{gateway}”出错").format(gateway=", ".join(broken))}
        elif answer is None:
            log.info("SMS %s to %s (%s): %s", row.id, row.mobile, row.template, row.text)
            updates = {"state": SmsState.SENT, "sent_by": BUILTIN_SENDER, "error": ""}
        elif answer[1] is True:
            updates = {"state": SmsState.SENT, "sent_by": answer[0], "error": ""}
        else:
            log.warning("SMS %s to %s: gateway %s failed", row.id, row.mobile, answer[0])
            updates = {"state": SmsState.FAILED, "sent_by": answer[0],
                       "error": translate("sms", "短信网关“{gateway}”未能发送").format(gateway=answer[0])}
        SmsOutbox.update(sent_at=now() if updates["state"] == SmsState.SENT else None, **updates).where(
            (SmsOutbox.id == message_id) & (SmsOutbox.state == SmsState.SENDING)).execute()
        done.append(SmsOutbox.get_by_id(message_id))
    return done


def retry_failed(*, case_id: int | None = None) -> int:
    """Queue failed messages (that have a mobile number) again; returns how many."""
    cond = (SmsOutbox.state == SmsState.FAILED) & (SmsOutbox.mobile != "")
    if case_id is not None:
        cond &= SmsOutbox.case == case_id
    return SmsOutbox.update(state=SmsState.QUEUED, error="").where(cond).execute()


def outbox(*, state: str | None = None, case_id: int | None = None, limit: int = 100) -> list[SmsOutbox]:
    """The newest messages first."""
    query = SmsOutbox.select()
    if state:
        query = query.where(SmsOutbox.state == state)
    if case_id is not None:
        query = query.where(SmsOutbox.case == case_id)
    return list(query.order_by(SmsOutbox.id.desc()).limit(limit))


def template_title(template: str) -> str:
    return translate("sms", TEMPLATE_TITLES.get(template, template))


def state_title(state: str) -> str:
    return translate("sms", SMS_STATE_TITLES.get(state, state))
