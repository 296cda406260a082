"""Incubators (集群托管): hosted firms registered at an incubator's address (一址多照).

Hook implementations only; the services live in the sibling modules (incubators, roster,
importer, intake_source, figures, reports), which never import Qt."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plugin_api import DepartmentSpec, MenuActionSpec, MigrationSource, PluginInfo, ReportSpec, ScreenSpec
from plugins.incubator.common import DEPARTMENT

PLUGIN_INFO = PluginInfo(name="incubator", version="0.2.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="孵化机构 · 集群托管")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "孵化机构")]


@hookimpl
def kaiban_migrations():
    return MigrationSource("incubator", Path(__file__).resolve().parent / "migrations")


@hookimpl
def kaiban_demo_data(seeder):
    from plugins.incubator.demo import seed_demo_incubators

    seed_demo_incubators(seeder)
    seeder.user("inc_manager", "陈婷", "incubator_manager", "inc-kjc")


def _open_roster(window):
    from plugins.incubator.ui.window import open_incubator_window  # Qt only when the entry runs

    return open_incubator_window(window)


@hookimpl
def kaiban_menu_actions(user):
    from plugins.incubator.access import is_incubator_staff

    if user is None or not (user.is_admin or is_incubator_staff(user)):
        return []
    return [MenuActionSpec(menu=translate("incubator", "集群托管"), title=translate("incubator", "入驻企业名册…"),
                           run=_open_roster, shortcut="Ctrl+Shift+I", key="incubator.roster")]


def _create_page(parent, ctx):
    from plugins.incubator.ui.window import IncubatorPage  # Qt only when the screen is built

    return IncubatorPage(ctx, parent)


@hookimpl
def kaiban_screens(user):
    from plugins.incubator.access import is_incubator_staff

    if user is None or not (user.is_admin or is_incubator_staff(user)):
        return []
    return [ScreenSpec(key="incubator.roster", title=translate("incubator", "入驻企业名册"),
                       group=translate("incubator", "集群托管"), create=_create_page, order=60,
                       home=is_incubator_staff(user))]


@hookimpl
def kaiban_intake_sources(user):
    from plugins.incubator.access import is_incubator_staff, is_window_staff
    from plugins.incubator.intake_source import intake_source

    if user is None or not (user.is_admin or is_window_staff(user) or is_incubator_staff(user)):
        return []
    return [intake_source()]


#: name -> title of the reports (ReportSpec ``incubator.<name>``)
REPORTS = {
    "roster": QT_TRANSLATE_NOOP("incubator", "入驻企业名册与工位占用"),
    "output": QT_TRANSLATE_NOOP("incubator", "集群托管企业产值同比"),
    "rent_saved": QT_TRANSLATE_NOOP("incubator", "集群托管节约房租测算"),
    "channels": QT_TRANSLATE_NOOP("incubator", "入驻企业来源渠道统计"),
}


def _report_builder(kind: str):
    def build(context, params, out_path, progress):
        from plugins.incubator.reports import build as build_report

        return build_report(kind, context, params, out_path, progress)

    return build


@hookimpl
def kaiban_reports(user):
    from plugins.incubator.access import may_read_reports

    if not may_read_reports(user):
        return []
    return [ReportSpec(name=f"incubator.{kind}", title=translate("incubator", title), department=DEPARTMENT,
                       build=_report_builder(kind), formats=("pdf", "xlsx"), organisations=DEPARTMENT)
            for kind, title in REPORTS.items()]
