"""The core tables. Departments extend them with their own tables in their plugins."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from db.base import BaseModel, JSONField


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Role:
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    INCUBATOR_MANAGER = "incubator_manager"
    ALL = (CLERK, SUPERVISOR, ADMIN, INCUBATOR_MANAGER)


class CaseState:
    INTAKE = "intake"            # being collected at the window
    IN_PROGRESS = "in_progress"  # steps under way
    RETURNED = "returned"        # back at the window for correction
    COMPLETE = "complete"
    CANCELLED = "cancelled"
    ALL = (INTAKE, IN_PROGRESS, RETURNED, COMPLETE, CANCELLED)


class StepState:
    WAITING = "waiting"      # prerequisites not yet done
    READY = "ready"          # in the queue, unclaimed
    CLAIMED = "claimed"      # someone holds the lease
    ON_HOLD = "on_hold"      # clock paused
    RETURNED = "returned"    # sent back to the window for correction
    DONE = "done"
    CANCELLED = "cancelled"
    ALL = (WAITING, READY, CLAIMED, ON_HOLD, RETURNED, DONE, CANCELLED)
    ACTIVE = (READY, CLAIMED, ON_HOLD, RETURNED)


class MaterialState:
    REQUIRED = "required"
    RECEIVED = "received"
    PROMISED = "promised"  # accept_with_promise
    ALL = (REQUIRED, RECEIVED, PROMISED)


class Department(BaseModel):
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=100)


class Organisation(BaseModel):
    department = ForeignKeyField(Department, backref="organisations", on_delete="RESTRICT")
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=200)
    address = CharField(max_length=300, default="")
    phone = CharField(max_length=40, default="")
    area_code = CharField(max_length=6, default="")
    active = BooleanField(default=True)


class User(BaseModel):
    username = CharField(max_length=60, unique=True)
    display_name = CharField(max_length=100)
    password_hash = CharField(max_length=200)
    role = CharField(max_length=30)
    organisation = ForeignKeyField(Organisation, backref="users", null=True, on_delete="RESTRICT")
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField(default=now)


class Enterprise(BaseModel):
    name = CharField(max_length=200)
    uscc = CharField(max_length=18, null=True, unique=True)
    company_type = CharField(max_length=40, default="")
    registered_capital = DecimalField(max_digits=16, decimal_places=2, null=True)
    address = CharField(max_length=300, default="")
    area_code = CharField(max_length=6, default="")
    business_scope = TextField(default="")


class Person(BaseModel):
    name = CharField(max_length=100)
    id_number = CharField(max_length=18, default="", index=True)
    mobile = CharField(max_length=20, default="")


class Case(BaseModel):
    number = CharField(max_length=30, unique=True)
    enterprise = ForeignKeyField(Enterprise, backref="cases", on_delete="RESTRICT")
    case_type = CharField(max_length=40, default="")
    channel = CharField(max_length=20, default="window")
    external_id = CharField(max_length=80, null=True, unique=True)
    state = CharField(max_length=20, default=CaseState.INTAKE, index=True)
    legal_representative = ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    contact = ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    area_code = CharField(max_length=6, default="")
    created_at = DateTimeField(default=now, index=True)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    completed_at = DateTimeField(null=True)
    data = JSONField(default=dict)
    version = IntegerField(default=1)


class Material(BaseModel):
    case = ForeignKeyField(Case, backref="materials", on_delete="CASCADE")
    code = CharField(max_length=60)
    name = CharField(max_length=200)
    state = CharField(max_length=20, default=MaterialState.REQUIRED)
    promised_by = DateField(null=True)
    received_at = DateTimeField(null=True)
    sha256 = CharField(max_length=64, null=True)

    class Meta:
        indexes = ((("case", "code"), True),)


class Step(BaseModel):
    case = ForeignKeyField(Case, backref="steps", on_delete="CASCADE")
    step_type = CharField(max_length=60)
    department = ForeignKeyField(Department, on_delete="RESTRICT", backref="+")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="RESTRICT", backref="+")
    state = CharField(max_length=20, default=StepState.WAITING)
    claimed_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    lease_until = DateTimeField(null=True)
    ready_at = DateTimeField(null=True)
    due_at = DateTimeField(null=True)
    time_limit = IntegerField(null=True)  # working minutes from ready_at to due_at, pauses aside
    paused_at = DateTimeField(null=True)  # the deadline clock stopped then (on hold, returned)
    completed_at = DateTimeField(null=True)
    data = JSONField(default=dict)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            (("step_type", "state", "due_at"), False),
            (("organisation", "state"), False),
            (("case", "step_type"), True),
        )


def steps_from_cursor(cursor) -> list[Step]:
    """Steps built from a cursor over whole ``step`` rows (``SELECT step.*``, ``RETURNING step.*``),
    without the ORM's per-query column resolution, which costs more than a short query itself
    (the claim and completion statements run thousands of times). A column that is not a field
    becomes an attribute of the step, as in the ORM's own queries."""
    names, typed = _column_names(cursor)
    columns = _step_columns(names, typed)
    steps = []
    for row in cursor.fetchall():
        step = Step(__no_default__=1)
        data = step.__data__
        for (name, convert), value in zip(columns, row):
            if convert is _EXTRA:
                setattr(step, name, value)
            else:
                data[name] = convert(value) if convert is not None and value is not None else value
        step._dirty.clear()
        steps.append(step)
    return steps


def _column_names(cursor) -> tuple[tuple, bool]:
    """The result's column names, and whether the driver returned typed values (psycopg: ints,
    datetimes; SQLite returns datetimes as text). From psycopg's result when there is one (its
    ``description`` builds an object per column at every call), else from the DB-API description."""
    result = getattr(cursor, "pgresult", None)
    if result is not None:
        return tuple(result.fname(i) for i in range(result.nfields)), True
    return tuple(d[0] for d in cursor.description or ()), False


_EXTRA = object()  # a column that is not a field of Step


@lru_cache(maxsize=64)
def _step_columns(names: tuple, typed: bool) -> list[tuple[str, object]]:
    """Per column: the Step field's name and what turns the value into the field's Python value
    (None: the value as it came; a typed driver only needs the JSON decoded), or the column's
    name and _EXTRA."""
    columns = Step._meta.columns
    out = []
    for n in names:
        name = n.decode() if isinstance(n, bytes) else n
        field = columns.get(name)
        if field is None:
            out.append((name, _EXTRA))
        else:
            out.append((field.name, field.python_value if not typed or isinstance(field, JSONField) else None))
    return out


class StepEvent(BaseModel):
    step = ForeignKeyField(Step, backref="events", on_delete="CASCADE")
    case = ForeignKeyField(Case, backref="step_events", on_delete="CASCADE")
    event = CharField(max_length=30)
    from_state = CharField(max_length=20, null=True)
    to_state = CharField(max_length=20)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    at = DateTimeField(default=now, index=True)
    note = TextField(default="")


class AuditLog(BaseModel):
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    action = CharField(max_length=30)  # read, reveal, change, login, ...
    entity = CharField(max_length=40)
    entity_id = IntegerField(null=True)
    field = CharField(max_length=60, default="")
    case = ForeignKeyField(Case, null=True, on_delete="SET NULL", backref="+")
    detail = TextField(default="")


class Setting(BaseModel):
    key = CharField(max_length=100, primary_key=True)
    value = JSONField(null=True)
    updated_at = DateTimeField(default=now)


class SmsState:
    QUEUED = "queued"
    SENDING = "sending"  # taken by one workstation's sender
    SENT = "sent"
    FAILED = "failed"
    ALL = (QUEUED, SENDING, SENT, FAILED)


class SmsOutbox(BaseModel):
    """Every text message to an applicant, queued in the transaction that caused it."""
    case = ForeignKeyField(Case, null=True, on_delete="SET NULL", backref="+")
    mobile = CharField(max_length=20)
    template = CharField(max_length=40)
    text = TextField()
    state = CharField(max_length=10, default=SmsState.QUEUED)
    created_at = DateTimeField(default=now, index=True)
    sent_at = DateTimeField(null=True)
    sent_by = CharField(max_length=60, default="")  # the gateway plugin, or "outbox" for the built-in sender
    attempts = IntegerField(default=0)
    error = TextField(default="")

    class Meta:
        table_name = "sms_outbox"
        indexes = ((("state", "id"), False),)


class AppointmentSlot(BaseModel):
    """A time an organisation receives applicants in person (seal portrait, bank signing)."""
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="+")
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    capacity = IntegerField(default=1)
    booked = IntegerField(default=0)  # kept by one conditional update per booking, never above capacity

    class Meta:
        table_name = "appointment_slot"
        indexes = ((("organisation", "starts_at"), True),)
        constraints = [Check("booked >= 0 AND booked <= capacity")]


class AppointmentState:
    BOOKED = "booked"
    CANCELLED = "cancelled"


class Appointment(BaseModel):
    slot = ForeignKeyField(AppointmentSlot, on_delete="CASCADE", backref="appointments")
    case = ForeignKeyField(Case, on_delete="CASCADE", backref="+")
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="+")
    state = CharField(max_length=10, default=AppointmentState.BOOKED)
    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    cancelled_at = DateTimeField(null=True)
    reminded_at = DateTimeField(null=True)
    # plus a partial unique index (migration 0005): one booked appointment per case and organisation


CORE_MODELS = [Department, Organisation, User, Enterprise, Person, Case, Material, Step, StepEvent,
               AuditLog, Setting, SmsOutbox, AppointmentSlot, Appointment]
