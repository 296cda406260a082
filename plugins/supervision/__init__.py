"""电子监察: the supervisor's watch list and alerts, escalation of overdue steps, the weekly late-items
report (晾晒) and the monthly statistics.

Hook implementations only; the services live in the sibling modules (scope, watch, escalation,
alerts, contacts, late, monthly, statutory, reports, commands), which never import Qt; the
screen lives in ``ui``."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plugin_api import BackgroundTaskSpec, CliCommandSpec, MigrationSource, PluginInfo, ReportSpec, ScreenSpec

PLUGIN_INFO = PluginInfo(name="supervision", version="0.1.0", api=">=1.0,<2", department=None, title="电子监察")

GROUP = QT_TRANSLATE_NOOP("supervision", "电子监察")
ESCALATION_SECONDS = 60


@hookimpl
def kaiban_migrations():
    return MigrationSource("supervision", Path(__file__).resolve().parent / "migrations")


def _create_screen(parent, ctx):
    from plugins.supervision.ui.screen import SupervisionScreen

    return SupervisionScreen(ctx, parent)


@hookimpl
def kaiban_screens(user):
    if user is None or not user.is_supervisor:
        return []
    return [ScreenSpec(key="supervision.watch", title=translate("supervision", "时限监控与督办"),
                       group=translate("supervision", GROUP), create=_create_screen, order=20)]


def _escalate(ctx):
    from plugins.supervision.escalation import escalate

    return escalate(graph=ctx.graph)


@hookimpl
def kaiban_background_tasks():
    return [BackgroundTaskSpec(key="supervision.escalate", interval_seconds=ESCALATION_SECONDS, run=_escalate)]


def _build_weekly(context, params, out_path, progress):
    from plugins.supervision.reports import build_weekly

    return build_weekly(context, params, out_path, progress)


def _build_monthly(context, params, out_path, progress):
    from plugins.supervision.reports import build_monthly

    return build_monthly(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    if user is not None and not user.is_supervisor:
        return []
    return [
        ReportSpec(name="supervision.weekly_late", title=translate("supervision", "超时事项晾晒周报"), department=None,
                   build=_build_weekly, formats=("pdf", "xlsx")),
        ReportSpec(name="supervision.monthly", title=translate("supervision", "电子监察月度统计"), department=None,
                   build=_build_monthly, formats=("pdf", "xlsx")),
    ]


@hookimpl
def kaiban_cli_commands():
    from plugins.supervision import commands

    return [CliCommandSpec(name="supervision", help=commands.HELP, add_arguments=commands.add_arguments,
                           run=commands.run)]
