"""统计分析: the supervisors' dashboard and process analytics (step times, critical paths, the
step event log as XES and CSV). Cross-cutting: it owns no step type and no table.

Hook implementations only; the services live in the sibling modules (which never import Qt),
the screens in ``ui/``."""
from app.hookspecs import hookimpl
from app.i18n import translate
from app.plugin_api import CliCommandSpec, PluginInfo, ReportSpec, ScreenSpec

PLUGIN_INFO = PluginInfo(name="analytics", version="0.1.0", api=">=1.0,<2", department=None, title="统计分析")


def _may_use(user) -> bool:
    return user is not None and user.is_supervisor


def _create_dashboard(parent, ctx):
    from plugins.analytics.ui.dashboard import DashboardScreen

    return DashboardScreen(ctx, parent)


def _create_process(parent, ctx):
    from plugins.analytics.ui.process import ProcessScreen

    return ProcessScreen(ctx, parent)


@hookimpl
def kaiban_screens(user):
    if not _may_use(user):
        return []
    group = translate("analytics", "统计分析")
    return [
        ScreenSpec(key="analytics.dashboard", title=translate("analytics", "监察看板"), group=group,
                   create=_create_dashboard, order=10, home=True),
        ScreenSpec(key="analytics.process", title=translate("analytics", "流程分析"), group=group,
                   create=_create_process, order=20),
    ]


def _build_process_report(context, params, out_path, progress):
    from plugins.analytics.reports import build_process_report

    return build_process_report(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    if user is not None and not _may_use(user):
        return []
    return [ReportSpec(name="analytics.process", title=translate("analytics", "企业开办流程分析（用时与关键路径）"),
                       department=None, build=_build_process_report, formats=("pdf", "xlsx"))]


@hookimpl
def kaiban_cli_commands():
    from plugins.analytics import commands

    return [CliCommandSpec(name="analytics", help=commands.HELP, add_arguments=commands.add_arguments,
                           run=commands.run)]
