"""Versioned edits of a step's form data (optimistic locking, after peewee's recipe).

A form reads the step's data with its ``version``; saving sends that version back. The save
is one conditional UPDATE ``... WHERE version = <the version read>``: if anyone changed the
step meanwhile (another person's save, a claim, a reassignment — every change bumps the
version), nothing is written and :class:`Conflict` carries the other person's current values,
who changed the step and when, for the form to show. Never a silent overwrite.
"""
from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from peewee import JOIN

from app.core.access import step_visibility
from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationError
from app.core.models import Step, StepEvent, StepState, User, now
from app.core.users import CurrentUser, current_user
from app.core.workflow import _event
from app.i18n import translate
from db.base import database

#: States whose data can still be edited.
EDITABLE = (StepState.READY, StepState.CLAIMED, StepState.ON_HOLD, StepState.RETURNED)


def merge_patch(target: Any, patch: Any) -> Any:
    """JSON merge patch (RFC 7396): objects merge key by key, ``None`` removes a key, anything
    else replaces. ``target`` is not modified."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def last_change(step: Step) -> dict:
    """What a conflict shows: the step's current data and version, and who changed it when
    (the latest event of the step and its ``updated_at``)."""
    event = (StepEvent.select(StepEvent, User).join(User, JOIN.LEFT_OUTER, on=(StepEvent.user == User.id))
             .where(StepEvent.step == step.id).order_by(StepEvent.id.desc()).first())
    who = event.user if event is not None and event.user_id else None
    return {"step_id": step.id, "version": step.version, "state": step.state, "data": step.data or {},
            "changed_by": who.display_name if who else "", "changed_by_id": who.id if who else None,
            "changed_at": step.updated_at, "event": event.event if event else ""}


def conflict_for(step: Step) -> Conflict:
    info = last_change(step)
    when = info["changed_at"].strftime("%Y-%m-%d %H:%M") if info["changed_at"] else ""
    if info["changed_by"]:
        message = translate("versioning", "{name}已于 {time} 修改了该事项，您的修改没有保存。请查看对方的修改后再决定。"
                            ).format(name=info["changed_by"], time=when)
    else:
        message = translate("versioning", "该事项已于 {time} 被修改，您的修改没有保存。请查看当前内容后再决定。"
                            ).format(time=when)
    return Conflict(message, current=info)


def _may_edit(step: Step, user: CurrentUser) -> bool:
    """The holder of the claim, or a supervisor of the step's organisation (or an admin)."""
    if step.state in (StepState.CLAIMED, StepState.ON_HOLD) and step.claimed_by_id == user.id:
        return True
    return user.is_supervisor


def save_step_data(step_id: int, user: CurrentUser | int, expected_version: int, data: dict, *,
                   graph=None, at: dt.datetime | None = None) -> Step:
    """Merge ``data`` into the step's data (JSON merge patch) if the step is still at
    ``expected_version``; bumps the version and records an ``edited`` event.

    Raises Conflict (with ``current``: data, version, who and when) when the step changed since
    the form read it, PermissionDenied when ``user`` may not edit it. With ``graph`` (the
    workflow graph) the merged data must pass its step type's ``validate_data``, else
    ValidationError and nothing is saved."""
    if not isinstance(data, dict):
        raise ValidationError({"data": translate("versioning", "表单数据格式不正确")})
    if isinstance(user, CurrentUser):
        me = user
    else:
        row = User.get_or_none(User.id == user)
        if row is None:
            raise NotFound(translate("claims", "用户不存在"))
        me = current_user(row)
    at = at or now()
    with database.atomic():
        step = Step.get_or_none(Step.id == step_id)
        if step is None:
            raise NotFound(translate("workflow", "事项不存在"))
        if not User.select().where((User.id == me.id) & (User.active == True)).exists() or not (  # noqa: E712
                Step.select().where((Step.id == step_id) & step_visibility(me)).exists()):
            raise PermissionDenied(translate("versioning", "无权修改该事项"))
        if step.version != expected_version:
            raise conflict_for(step)
        if step.state not in EDITABLE:
            raise ServiceError(translate("versioning", "事项已办结或尚未开始，不能修改"))
        if not _may_edit(step, me):
            raise PermissionDenied(translate("versioning", "请先领取该事项再填写；他人领取的事项只有领取人或主管可以修改"))
        merged = merge_patch(step.data or {}, data)
        spec = graph.steps.get(step.step_type) if graph is not None else None
        if spec is not None and spec.validate_data is not None:
            errors = spec.validate_data(merged)
            if errors:
                raise ValidationError(errors)
        if merged == (step.data or {}):
            return step  # nothing changed: no new version
        changed = (Step.update(data=merged, version=Step.version + 1, updated_at=at)
                   .where((Step.id == step_id) & (Step.version == expected_version)).execute())
        if not changed:  # PostgreSQL: someone saved between our read and this update
            raise conflict_for(Step.get_by_id(step_id))
        _event(step, "edited", step.state, step.state, me.id, note=", ".join(sorted(data)), at=at)
    return Step.get_by_id(step_id)


__all__ = ["save_step_data", "merge_patch", "last_change", "conflict_for", "EDITABLE"]
