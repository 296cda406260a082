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
    "CliCommandSpec", "SmsMessage",
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
