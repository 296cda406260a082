"""Taking work from a shared queue: claim next, leases, their renewal and expiry, and
supervisor reassignment.

A claim carries a lease (``lease_until``). While a workstation runs it renews the leases of
the steps its user holds; when a workstation crashes its leases run out and the steps can be
claimed again (``claim_next`` and ``workflow.claim_step`` take a step whose lease ran out), and
``release_expired_leases`` puts them back in the queue for everyone to see.

On PostgreSQL ``claim_next`` is a single statement: the candidate is picked with
``FOR UPDATE SKIP LOCKED`` (concurrent claimers skip each other's rows instead of waiting or
failing), updated, and its StepEvent inserted, all in one ``WITH ... UPDATE ... INSERT`` — which,
when it is a transaction of its own, also carries the NOTIFY announcing the step to the other
workstations (app.core.changes). Partial index ``step_queue_head`` (migration 0003) keeps finding
the head of a queue independent of the queue's length and history. On SQLite a transaction
starts with ``BEGIN IMMEDIATE`` (db.connection), so picking and updating cannot interleave with
another writer.

Times are the workstation's clock, as everywhere in the services; a workstation whose clock runs
fast may take over a lease early, but two workstations still never hold one step: the loser's
complete/save is refused (it no longer holds the step).

Renewing a lease is not a change of the step: it bumps neither ``version`` nor ``updated_at``
and records no event, so an open form's version stays valid while its lease is renewed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from peewee import SQL, Select, Value, fn

from app.core import changes
from app.core.access import step_visibility
from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError
from app.core.models import Organisation, Step, StepEvent, StepState, User, now, steps_from_cursor
from app.core.users import CurrentUser, current_user
from app.core.workflow import DEFAULT_LEASE_MINUTES, _event, held_by
from app.i18n import translate
from db.base import database
from db.connection import is_postgres

#: States a supervisor may reassign a step from.
REASSIGNABLE = (StepState.READY, StepState.CLAIMED, StepState.ON_HOLD)

_EVENT_FIELDS = [StepEvent.step, StepEvent.case, StepEvent.event, StepEvent.from_state, StepEvent.to_state,
                 StepEvent.user, StepEvent.at, StepEvent.note]


def _user(user: CurrentUser | int) -> CurrentUser:
    if isinstance(user, CurrentUser):
        return user
    row = User.get_or_none(User.id == user)
    if row is None:
        raise NotFound(translate("claims", "用户不存在"))
    return current_user(row)


def _is_active(user_id: int) -> bool:
    return User.select().where((User.id == user_id) & (User.active == True)).exists()  # noqa: E712


def _claimable(at: dt.datetime):
    """Ready, or claimed by someone whose lease ran out (a crashed workstation)."""
    return (Step.state == StepState.READY) | ((Step.state == StepState.CLAIMED) & (Step.lease_until < at))


def _candidates(user: CurrentUser, step_types: list[str], at: dt.datetime):
    """The claimable steps ``user`` may take, first due first. (The redundant ``state IN``
    term lets both databases use the partial index step_queue_head, migration 0003.)"""
    return (Step.select(Step.id, Step.state)
            .where(step_visibility(user) & Step.step_type.in_(step_types)
                   & Step.state.in_([StepState.READY, StepState.CLAIMED]) & _claimable(at))
            .order_by(Step.due_at.asc(nulls="LAST"), Step.id))


def claim_next(user: CurrentUser | int, step_types: Iterable[str], *, lease_minutes: int = DEFAULT_LEASE_MINUTES,
               at: dt.datetime | None = None) -> Step | None:
    """Claim the first-due step of ``step_types`` that ``user`` may see and nobody holds.

    Returns the claimed step, or None when there is nothing to take. Two workstations never
    get the same step. The ``claimed`` StepEvent is written in the same transaction (on
    PostgreSQL in the same statement)."""
    me = _user(user)
    types = sorted(set(step_types))
    if not types:
        return None
    at = at or now()
    lease = at + dt.timedelta(minutes=lease_minutes)
    step = _claim_next_pg(me, types, lease, at) if is_postgres() else _claim_next_sqlite(me, types, lease, at)
    if step is None and not _is_active(me.id):
        raise PermissionDenied(translate("claims", "账号已停用，不能领取事项"))
    return step


class _Slot:
    """Stands for a value in a cached statement's parameters (the claim's time and lease)."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


_AT, _LEASE = _Slot("at"), _Slot("lease")


@lru_cache(maxsize=256)
def _pg_claim_statement(me: CurrentUser, types: tuple[str, ...], notify: bool) -> tuple[str, tuple]:
    """The claim statement for ``me`` and ``types``, compiled once (compiling it costs more
    than running it): SQL text and parameters, with _AT and _LEASE where the time goes.

        WITH pick AS (SELECT id, state FROM step WHERE <visible to me> AND step_type IN (...)
                        AND (state = 'ready' OR (state = 'claimed' AND lease_until < :at))
                      ORDER BY due_at NULLS LAST, id LIMIT 1 FOR UPDATE SKIP LOCKED),
             claimed AS (UPDATE step SET state = 'claimed', claimed_by_id = :me, lease_until = :lease,
                                version = version + 1, updated_at = :at
                         FROM pick WHERE step.id = pick.id RETURNING step.*, pick.state AS from_state),
             ev AS (INSERT INTO step_event (...) SELECT ... FROM claimed)
        SELECT claimed.* [, pg_notify('kaiban_steps', claimed.id)] FROM claimed

    (UPDATE ... FROM pick rather than WHERE id = (SELECT ...): the same single statement, and it
    hands the state the step was claimed from to the event.) With ``notify`` the statement also
    announces the step to the other workstations (app.core.changes) — when it is a transaction
    of its own, that is its one notification."""
    active = User.select(User.id).where((User.id == me.id) & (User.active == True))  # noqa: E712
    pick = (_candidates(me, list(types), _AT).where(fn.EXISTS(active))
            .limit(1).for_update(skip_locked=True).cte("pick"))
    claimed = (Step.update(state=StepState.CLAIMED, claimed_by=me.id, lease_until=_LEASE,
                           version=Step.version + 1, updated_at=_AT)
               .from_(pick).where(Step.id == pick.c.id)
               .returning(*[getattr(Step, f.name) for f in Step._meta.sorted_fields],
                          pick.c.state.alias("from_state"))
               .cte("claimed"))
    event = (StepEvent.insert_from(
        claimed.select(claimed.c.id, claimed.c.case_id, Value("claimed"), claimed.c.from_state,
                       Value(StepState.CLAIMED), Value(me.id), Value(_AT), Value("")), _EVENT_FIELDS)
             .returning(StepEvent.id).cte("ev"))
    columns = [SQL('"claimed".*')]
    if notify:
        columns.append(fn.pg_notify(changes.CHANNEL, claimed.c.id.cast("text")).alias("notified"))
    query = Select((claimed,), columns).with_cte(pick, claimed, event)
    sql, params = database.get_sql_context().sql(query).query()
    return _inline_constants(sql, params)


def _inline_constants(sql: str, params: list) -> tuple[str, tuple]:
    """The statement with every parameter but the slots written into its text as a literal.

    The claim is a prepared statement, and PostgreSQL plans a prepared statement once for all its
    executions only when that plan is as good as one made for the values at hand. With the
    user's organisation, the step types and the states as parameters it is not (the queue head is
    a partial index on the states, which a plan for any state cannot use), so every claim was
    planned anew, which cost more than running it. With those written in, only the time remains
    a parameter, and the statement is planned once per connection."""
    from psycopg.sql import Literal

    pieces = sql.split("%s")
    if len(pieces) != len(params) + 1:
        raise ValueError("cannot inline the parameters of a statement with a literal %s in it")
    text, kept = [pieces[0]], []
    for value, piece in zip(params, pieces[1:]):
        if isinstance(value, _Slot):
            text.append("%s")
            kept.append(value)
        else:
            text.append(Literal(value).as_string(None))
        text.append(piece)
    return "".join(text), tuple(kept)


def _claim_next_pg(me: CurrentUser, types: list[str], lease: dt.datetime, at: dt.datetime) -> Step | None:
    in_transaction = database.in_transaction()
    sql, params = _pg_claim_statement(me, tuple(types), not in_transaction)
    values = [at if p is _AT else lease if p is _LEASE else p for p in params]
    rows = steps_from_cursor(database.execute_sql(sql, values))
    if not rows:
        return None
    if in_transaction:
        changes.touch(rows[0].id)  # announced once, when the caller's transaction commits
    return rows[0]


def _claim_next_sqlite(me: CurrentUser, types: list[str], lease: dt.datetime, at: dt.datetime) -> Step | None:
    with database.atomic():  # BEGIN IMMEDIATE: no other writer between the pick and the update
        if not _is_active(me.id):
            return None
        pick = _candidates(me, types, at).limit(1).first()
        if pick is None:
            return None
        changed = (Step.update(state=StepState.CLAIMED, claimed_by=me.id, lease_until=lease,
                               version=Step.version + 1, updated_at=at)
                   .where((Step.id == pick.id) & _claimable(at)).execute())
        if not changed:  # cannot happen under the write lock; never hand out a step twice anyway
            return None
        step = Step.get_by_id(pick.id)
        _event(step, "claimed", pick.state, StepState.CLAIMED, me.id, at=at)
    return step


def renew_lease(step_id: int, user: CurrentUser | int, *, lease_minutes: int = DEFAULT_LEASE_MINUTES,
                at: dt.datetime | None = None) -> Step:
    """Extend the lease of a step ``user`` holds. Refused when someone else holds it now
    (the lease ran out and it was claimed again, or a supervisor reassigned it)."""
    uid = user.id if isinstance(user, CurrentUser) else user
    at = at or now()
    changed = (Step.update(lease_until=at + dt.timedelta(minutes=lease_minutes))
               .where((Step.id == step_id) & (Step.state == StepState.CLAIMED) & held_by(uid))
               .execute())
    if not changed:
        if not Step.select().where(Step.id == step_id).exists():
            raise NotFound(translate("workflow", "事项不存在"))
        raise Conflict(translate("claims", "您已不再持有该事项（领取已超时或已被改派），请刷新后重试"))
    return Step.get_by_id(step_id)


def renew_leases(user: CurrentUser | int, step_types: Iterable[str] | None = None, *,
                 lease_minutes: int = DEFAULT_LEASE_MINUTES, at: dt.datetime | None = None) -> int:
    """Extend the leases of every step ``user`` holds (of ``step_types``, when given); the
    number of steps renewed. A running workstation calls this every few minutes."""
    uid = user.id if isinstance(user, CurrentUser) else user
    at = at or now()
    cond = (Step.state == StepState.CLAIMED) & (Step.claimed_by == uid)
    if step_types is not None:
        cond &= Step.step_type.in_(sorted(set(step_types)))
    return Step.update(lease_until=at + dt.timedelta(minutes=lease_minutes)).where(cond).execute()


def release_expired_leases(*, step_types: Iterable[str] | None = None, at: dt.datetime | None = None) -> list[int]:
    """Put every claimed step whose lease ran out back in the queue (ready, unclaimed), with a
    ``lease_expired`` event; returns their ids. Safe to call from many workstations at once."""
    at = at or now()
    cond = (Step.state == StepState.CLAIMED) & (Step.lease_until < at)
    if step_types is not None:
        cond &= Step.step_type.in_(sorted(set(step_types)))
    note = translate("claims", "领取已超时，事项自动回到队列")
    with database.atomic():
        query = Step.select(Step.id, Step.case).where(cond).order_by(Step.id)
        if is_postgres():
            query = query.for_update(skip_locked=True)  # another workstation is releasing those
        expired = list(query)
        if not expired:
            return []
        ids = [s.id for s in expired]
        (Step.update(state=StepState.READY, claimed_by=None, lease_until=None, version=Step.version + 1,
                     updated_at=at).where(Step.id.in_(ids) & cond).execute())
        StepEvent.insert_many([(s.id, s.case_id, "lease_expired", StepState.CLAIMED, StepState.READY, None, at, note)
                               for s in expired], fields=_EVENT_FIELDS).execute()
        changes.touch(*ids)
    return ids


# -- supervisor reassignment ------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """Someone a step can be reassigned to."""
    id: int
    display_name: str
    role: str
    holds_it: bool  # the step's current holder


def _check_supervisor(step: Step, sup: CurrentUser) -> None:
    if not sup.is_supervisor or not _is_active(sup.id):
        raise PermissionDenied(translate("claims", "只有主管或系统管理员可以改派事项"))
    if not sup.is_admin and not Step.select().where((Step.id == step.id) & step_visibility(sup)).exists():
        raise PermissionDenied(translate("claims", "只能改派本机构的事项"))


def reassign_candidates(step_id: int, supervisor: CurrentUser | int) -> list[Candidate]:
    """The active staff of the step's organisation, for the reassignment dialog."""
    sup = _user(supervisor)
    step = Step.get_or_none(Step.id == step_id)
    if step is None:
        raise NotFound(translate("workflow", "事项不存在"))
    _check_supervisor(step, sup)
    if step.organisation_id is None:
        return []
    users = (User.select(User.id, User.display_name, User.role).join(Organisation)
             .where((User.organisation == step.organisation_id) & (User.active == True)  # noqa: E712
                    & (Organisation.department == step.department_id))
             .order_by(User.display_name, User.id))
    holder = step.claimed_by_id if step.state in (StepState.CLAIMED, StepState.ON_HOLD) else None
    return [Candidate(u.id, u.display_name, u.role, u.id == holder) for u in users]


def reassign(step_id: int, supervisor: CurrentUser | int, to_user: int, *, reason: str = "",
             expected_version: int | None = None, lease_minutes: int = DEFAULT_LEASE_MINUTES,
             at: dt.datetime | None = None) -> Step:
    """A supervisor gives a step to another member of the step's organisation.

    Only supervisors of the step's organisation and admins may; the new holder must be able to
    see the step. A ready or claimed step becomes claimed by ``to_user`` with a fresh lease; an
    on-hold step stays on hold, now held by ``to_user``. The event names both people."""
    sup = _user(supervisor)
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        if step is None:
            raise NotFound(translate("workflow", "事项不存在"))
        _check_supervisor(step, sup)
        target = User.get_or_none(User.id == to_user)
        if target is None or not target.active:
            raise ServiceError(translate("claims", "改派对象不存在或已停用"))
        if not Step.select().where((Step.id == step_id) & step_visibility(current_user(target))).exists():
            raise PermissionDenied(translate("claims", "{name}不属于该事项的承办机构，不能改派给他/她")
                                   .format(name=target.display_name))
        if expected_version is not None and step.version != expected_version:
            raise Conflict(translate("claims", "事项已被他人修改，请刷新后重试"))
        if step.state not in REASSIGNABLE:
            raise Conflict(translate("claims", "事项当前状态不能改派"))
        holder = step.claimed_by if step.claimed_by_id and step.state != StepState.READY else None
        if holder is not None and holder.id == target.id:
            raise ServiceError(translate("claims", "该事项已由{name}办理").format(name=target.display_name))
        to_state = StepState.ON_HOLD if step.state == StepState.ON_HOLD else StepState.CLAIMED
        updates = {"state": to_state, "claimed_by": target.id, "version": Step.version + 1, "updated_at": at}
        if to_state == StepState.CLAIMED:
            updates["lease_until"] = at + dt.timedelta(minutes=lease_minutes)
        # The read above and this update must see the same step: on PostgreSQL a claim may land in between.
        changed = (Step.update(**updates)
                   .where((Step.id == step_id) & (Step.version == step.version) & (Step.state == step.state))
                   .execute())
        if not changed:
            raise Conflict(translate("claims", "事项已被他人修改，请刷新后重试"))
        if holder is not None:
            note = translate("claims", "由{old}改派给{new}").format(old=holder.display_name, new=target.display_name)
        else:
            note = translate("claims", "指派给{new}").format(new=target.display_name)
        if reason.strip():
            note += translate("claims", "；原因：{reason}").format(reason=reason.strip())
        _event(step, "reassigned", step.state, to_state, sup.id, note=note, at=at)
    return Step.get_by_id(step_id)


__all__ = ["claim_next", "renew_lease", "renew_leases", "release_expired_leases", "reassign",
           "reassign_candidates", "Candidate", "REASSIGNABLE"]
