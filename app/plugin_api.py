"""What plugins build with: their metadata and the specs their hooks return.

Kept free of Qt so that the command line can read every plugin without a GUI; a
plugin's widgets are created only through the ``create`` callables of its specs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from db.migrate import MigrationSource

__all__ = [
    "PluginInfo", "DepartmentSpec", "StepTypeSpec", "QueueSpec", "QueueColumn", "CasePanelSpec",
    "ReportSpec", "MenuActionSpec", "MigrationSource", "Routing", "IntakeAnswers", "MaterialSpec",
    "CliCommandSpec", "SmsMessage", "IntakeSourceSpec", "IntakePrefill", "ScreenSpec", "PeriodFigure",
    "OpenItem", "BackgroundTaskSpec",
]


@dataclass(frozen=True)
class PluginInfo:
    """Module-level ``PLUGIN_INFO`` of every plugin."""
    name: str
    version: str
    api: str  # PEP 440 specifier on the core's plugin API version, e.g. ">=1.0,<2"
    department: str | None = None  # department code, None for cross-cutting plugins
    title: str = ""  # human-readable name shown in the Plugins dialog


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str


class Routing:
    #: to the organisation the applicant chose (seal company, bank branch)
    CHOSEN = "chosen"
    #: to the department's unit for the case's area
    AREA = "area"


@dataclass(frozen=True)
class StepTypeSpec:
    name: str
    department: str
    title: str
    waits_for: tuple[str, ...] = ()
    time_limit_minutes: int = 60
    routing: str = Routing.AREA
    case_fields: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    order: int = 100  # display order in timelines
    #: ``validate_data(data) -> {field: message}``: what is wrong with the step's form data
    #: (formats, ranges); a save with errors is refused and changes nothing
    validate_data: Callable[[dict], dict[str, str]] | None = None
    #: ``check_completion(data) -> {field: message}``: what must still be filled in (or is wrong)
    #: before the step can be completed; completing with errors is refused
    check_completion: Callable[[dict], dict[str, str]] | None = None
    #: ``demo_data(rng) -> dict``: form data a demo worker fills in before completing the step
    demo_data: Callable[[Any], dict] | None = None
    #: ``on_complete(step)``: called inside the completing transaction, after ``check_completion``
    #: passed (``step.data`` is the final form data): the plugin writes its own records (what its
    #: reports count). Raising refuses the completion and rolls everything back.
    on_complete: Callable[[Any], None] | None = None


@dataclass(frozen=True)
class QueueColumn:
    key: str  # a column the queue service knows (see app.core.queues.QUEUE_COLUMNS)
    title: str


@dataclass(frozen=True)
class QueueSpec:
    """A queue in the navigation: steps of some types, optionally in some states."""
    key: str
    title: str
    department: str
    step_types: tuple[str, ...]
    states: tuple[str, ...] = ("ready", "claimed", "on_hold", "returned")
    columns: tuple[QueueColumn, ...] = ()
    order: int = 100


@dataclass(frozen=True)
class CasePanelSpec:
    """A tab in the case view; ``create(parent, case_id, context)`` returns a QWidget."""
    key: str
    title: str
    create: Callable[..., Any]
    order: int = 100


@dataclass(frozen=True)
class ReportSpec:
    """A report: ``build(context, params, out_path, progress)`` writes ``out_path``.

    ``progress(done, total)`` may be called to report progress; ``params`` carries
    ``date_from``, ``date_to`` and ``organisation`` (an organisation id, or None for all). The
    format follows ``out_path``'s suffix (``.pdf``, ``.xlsx``).

    ``organisations``: the department whose organisations the report can be narrowed to (the
    report dialog offers them; a user of one of them gets only their own), None for no filter.
    """
    name: str
    title: str
    department: str | None
    build: Callable[..., Any]
    formats: tuple[str, ...] = ("pdf",)
    organisations: str | None = None


@dataclass(frozen=True)
class MenuActionSpec:
    """An entry in a menu of the main window; ``run(window)`` is called on the GUI thread."""
    menu: str
    title: str
    run: Callable[[Any], Any]
    shortcut: str = ""
    key: str = field(default="")


@dataclass(frozen=True)
class IntakeAnswers:
    """The guided intake's answers: what decides which materials a case needs."""
    company_type: str  # limited_company, sole_proprietorship, partnership, individual_business, cooperative
    has_employees: bool = False
    needs_invoices: bool = False
    industry_codes: tuple[str, ...] = ()  # GB/T 4754 codes from the industry catalogue
    address_type: str = "leased"  # owned, leased, incubator


@dataclass(frozen=True)
class MaterialSpec:
    """A material a department needs for a case. ``code`` identifies the material across
    departments: two departments naming the same code need the same paper, collected once."""
    code: str
    name: str
    department: str
    note: str = ""
    deferrable: bool = False  # may be accepted on the applicant's promise (容缺受理)
    order: int = 100


@dataclass(frozen=True)
class CliCommandSpec:
    """A ``python main.py <name> ...`` sub-command. ``add_arguments(parser)`` fills its argparse
    parser; ``run(context, args)`` runs it on the opened AppContext and returns the exit code."""
    name: str
    help: str
    add_arguments: Callable[[Any], None]
    run: Callable[[Any, Any], int]


@dataclass(frozen=True)
class SmsMessage:
    """A text message from the outbox, handed to ``kaiban_sms_send``: ``id`` is the outbox row,
    ``template`` the template key it was written from (e.g. ``licence_issued``)."""
    id: int
    case_id: int | None
    mobile: str
    template: str
    text: str
    created_at: Any = None  # datetime.datetime


@dataclass(frozen=True)
class IntakePrefill:
    """One record a new case's intake can start from (``IntakeSourceSpec.search`` returns them):
    the applicant's data as the source knows it, and the materials the source vouches for.

    ``source`` is the spec's ``key`` and ``ref`` the record's id in the source: the case created
    from it keeps both in ``case.data["intake_source"]`` (``{"source": ..., "ref": ...}``), so the
    source can find its case later. ``materials`` are ``(material code, note)`` pairs the window
    marks as received with that note (``case.data["material_notes"]``); ``label`` is the line the
    search list shows; ``data`` is anything else worth showing."""
    source: str
    ref: str
    label: str
    enterprise_name: str
    legal_representative_name: str
    legal_representative_id: str
    legal_representative_mobile: str
    address: str
    area_code: str
    address_type: str = "incubator"  # an IntakeAnswers.address_type
    materials: tuple[tuple[str, str], ...] = ()
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class IntakeSourceSpec:
    """Somewhere the intake can bring a new case's data in from (an incubator's hosted firms).
    ``search(text, user)`` runs off the GUI thread and returns the matching ``IntakePrefill``
    records ``user`` may use (raising ``PermissionDenied`` when they may use none)."""
    key: str
    title: str
    search: Callable[[str, Any], list[IntakePrefill]]


@dataclass(frozen=True)
class ScreenSpec:
    """A page of the main window: ``create(parent, ctx)`` returns the QWidget (built on first
    show). A widget with an ``open_case_requested(int)`` signal opens cases in the case page; one
    with a ``steps_changed(ids)`` method is told of live changes like the queues."""
    key: str
    title: str
    group: str  # the navigation group it is listed under, e.g. 电子监察
    create: Callable[..., Any]
    order: int = 100
    home: bool = False  # shown first when the window opens


@dataclass(frozen=True)
class PeriodFigure:
    """A figure over a period. ``details()`` -> (headers, rows): the list behind the figure,
    for a click on the dashboard or an annex of a report (None when there is no list)."""
    key: str
    title: str
    value: Any  # int, float or Decimal
    unit: str = ""  # 件, %, 分钟...
    section: str = ""  # heading it belongs under in the monthly report (e.g. 免费寄递)
    department: str | None = None
    details: Callable[[], tuple[list[str], list[list[Any]]]] | None = None


@dataclass(frozen=True)
class OpenItem:
    """Something past its deadline the weekly report names until it is dealt with."""
    kind: str  # e.g. 差评整改
    title: str
    department: str | None
    organisation: str
    person: str
    case_number: str
    due_at: Any  # datetime.datetime
    late_minutes: int  # working minutes past the deadline, at the end of the week
    note: str = ""


@dataclass(frozen=True)
class BackgroundTaskSpec:
    """Periodic work of a running workstation (see ``kaiban_background_tasks``)."""
    key: str
    interval_seconds: int
    run: Callable[[Any], Any]

