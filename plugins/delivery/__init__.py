"""免费寄递: licences, seal sets and other papers mailed to the applicant free of charge — a record
per item with carrier, waybill and state, the delivery slip, the delivery report and its figures.

Hook implementations only; the services live in the sibling modules (items, slip, figures,
reports), which never import Qt."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import translate
from app.plugin_api import CasePanelSpec, MigrationSource, PluginInfo, ReportSpec, ScreenSpec

PLUGIN_INFO = PluginInfo(name="delivery", version="0.1.0", api=">=1.0,<2", department=None, title="免费寄递")


@hookimpl
def kaiban_migrations():
    return MigrationSource("delivery", Path(__file__).resolve().parent / "migrations")


def _create_panel(parent, case_id, context):
    from plugins.delivery.ui.actions import create_delivery_panel

    return create_delivery_panel(parent, case_id, context)


def _create_screen(parent, context):
    from plugins.delivery.ui.actions import create_delivery_screen

    return create_delivery_screen(parent, context)


@hookimpl
def kaiban_case_panels(case_id, user):
    from plugins.delivery.common import is_window_user

    if not is_window_user(user):
        return []
    return [CasePanelSpec(key="delivery.case", title=translate("delivery", "免费寄递"), create=_create_panel,
                          order=85)]


@hookimpl
def kaiban_screens(user):
    from plugins.delivery.common import is_window_user

    if not is_window_user(user):
        return []
    return [ScreenSpec(key="delivery.items", title=translate("delivery", "寄递工作台"),
                       group=translate("delivery", "免费寄递"), create=_create_screen, order=70)]


def _build_items_report(context, params, out_path, progress):
    from plugins.delivery.reports import build_delivery_report

    return build_delivery_report(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    from plugins.delivery.common import is_window_user

    if user is not None and not is_window_user(user):
        return []
    return [ReportSpec(name="delivery.items", title=translate("delivery", "免费寄递统计"), department=None,
                       build=_build_items_report, formats=("pdf", "xlsx"))]


@hookimpl
def kaiban_period_figures(date_from, date_to, user):
    from plugins.delivery.figures import period_figures

    return period_figures(date_from, date_to, user)
