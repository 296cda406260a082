"""Every hook a Kaiban plugin can implement.

Hooks are called with keyword arguments only. Unless a docstring says otherwise a hook
returns a list (or None), and the results of all plugins are concatenated in plugin
registration order. Each plugin implementation is called on its own: an implementation
that raises marks its plugin failed and is skipped, the other plugins' results stand.
"""
from __future__ import annotations

import pluggy

PROJECT_NAME = "kaiban"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def kaiban_departments():
    """Called when the database is initialised or seeded; returns a list of DepartmentSpec.
    Results are concatenated; a department code declared twice keeps its first name."""


@hookspec
def kaiban_migrations():
    """Called before the schema is upgraded; returns the plugin's MigrationSource (or None).
    Each source is a component with its own numbered migrations and schema-version row."""


@hookspec
def kaiban_step_types():
    """Called when the workflow graph is built; returns a list of StepTypeSpec the plugin owns.
    Results are concatenated; step type names must be unique across plugins."""


@hookspec
def kaiban_queues(user):
    """Called when the navigation is built for ``user``; returns the QueueSpec list that user may
    work. Results are concatenated and sorted by ``order``."""


@hookspec
def kaiban_case_panels(case_id, user):
    """Called when the case view opens case ``case_id`` for ``user``; returns CasePanelSpec tabs.
    Results are concatenated and sorted by ``order``; an empty list adds no tab."""


@hookspec
def kaiban_reports(user):
    """Called when the report list is built (menu and ``report`` command; ``user`` is None on
    the command line); returns ReportSpec entries. Results are concatenated."""


@hookspec
def kaiban_menu_actions(user):
    """Called when the main window builds its menus for ``user``; returns MenuActionSpec entries.
    Results are concatenated, grouped by menu in the order they arrive."""


@hookspec
def kaiban_required_materials(answers):
    """Called by the guided intake with the applicant's IntakeAnswers; returns the MaterialSpec
    list the plugin's department needs for such a case. Results are merged by material code into
    one checklist: each material once, with every department that reuses it."""


@hookspec
def kaiban_intake_sources(user):
    """Called when a new case's intake form opens for ``user``; returns IntakeSourceSpec entries,
    the places the case's data can be brought in from (IntakePrefill records). Results are
    concatenated in plugin order; return [] for a user who may not search the plugin's records."""


@hookspec
def kaiban_cli_commands():
    """Called when the command line builds its parser, before any database is opened; returns
    CliCommandSpec entries. Results are concatenated; a name the core or an earlier plugin already
    uses is ignored. A command runs only while its plugin is active in the opened installation."""


@hookspec
def kaiban_demo_data(seeder):
    """Called by ``main.py demo`` after the core's reference data exists; the plugin adds its
    organisations, users and own records through ``seeder`` (app.core.demo.DemoSeeder).
    Return values are ignored."""


@hookspec(firstresult=True)
def kaiban_sms_send(message):
    """Called for each queued text message when the outbox is sent (``app.core.notifications
    .send_pending``); ``message`` is an SmsMessage. Return True when the plugin's gateway sent it,
    False when the gateway tried and failed (the message is marked failed), None to leave it to the
    next plugin. Implementations are tried in plugin order until one returns True or False; when
    none does, the built-in sender records the message as sent in the outbox and writes a log line."""


@hookspec
def kaiban_screens(user):
    """Called when the main window is built for ``user``; returns ScreenSpec entries: whole pages
    of the plugin (a supervisor's dashboard, a roster) listed in the navigation under their
    ``group``. A screen with ``home`` is shown first. Return [] for users who may not use it."""


@hookspec
def kaiban_period_figures(date_from, date_to, user):
    """Called by statistics (the monthly report, the dashboard) for the period ``date_from`` ..
    ``date_to`` (dates, inclusive); returns PeriodFigure entries the plugin can vouch for
    (deliveries sent, satisfaction rate...), each with the list behind it when it has one.
    ``user`` is the reader (None for the command line): return only what they may see."""


@hookspec
def kaiban_open_items(date_from, date_to, user):
    """Called by the weekly late-items report (晾晒) for the week ``date_from`` .. ``date_to``;
    returns OpenItem entries: things past their deadline that must be named until they are dealt
    with (an unanswered rectification...), besides the late steps the core knows itself."""


@hookspec
def kaiban_background_tasks():
    """Called once when a workstation's main window starts; returns BackgroundTaskSpec entries:
    ``run(ctx)`` is called off the GUI thread every ``interval_seconds`` while the window is open
    (escalating overdue steps, sending reminders). Tasks must be safe to run on many workstations
    at once; a task that raises is logged and tried again at its next interval."""

