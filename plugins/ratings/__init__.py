"""好差评: the applicant's rating of each department after completion, the rectification a bad rating
opens (事事有回音), satisfaction figures and the satisfaction report.

Hook implementations only; the services live in the sibling modules (ratings, sms_import,
rectifications, figures, reports), which never import Qt."""
from pathlib import Path

from app.hookspecs import hookimpl
from app.i18n import translate
from app.plugin_api import CasePanelSpec, MenuActionSpec, MigrationSource, OpenItem, PluginInfo, ReportSpec, ScreenSpec

PLUGIN_INFO = PluginInfo(name="ratings", version="0.1.0", api=">=1.0,<2", department=None, title="好差评")


@hookimpl
def kaiban_migrations():
    return MigrationSource("ratings", Path(__file__).resolve().parent / "migrations")


def _create_panel(parent, case_id, context):
    from plugins.ratings.ui.actions import create_rating_panel

    return create_rating_panel(parent, case_id, context)


def _create_screen(parent, context):
    from plugins.ratings.ui.actions import create_rectification_screen

    return create_rectification_screen(parent, context)


def _import_replies(window):
    from plugins.ratings.ui.actions import open_import_dialog

    return open_import_dialog(window)


@hookimpl
def kaiban_case_panels(case_id, user):
    from plugins.ratings.common import is_window_user

    if not is_window_user(user):
        return []
    return [CasePanelSpec(key="ratings.case", title=translate("ratings", "好差评"), create=_create_panel, order=80)]


@hookimpl
def kaiban_screens(user):
    if user is None or not user.is_supervisor:
        return []
    return [ScreenSpec(key="ratings.rectifications", title=translate("ratings", "差评整改"),
                       group=translate("ratings", "好差评"), create=_create_screen, order=60)]


@hookimpl
def kaiban_menu_actions(user):
    from plugins.ratings.common import is_window_user

    if not is_window_user(user):
        return []
    return [MenuActionSpec(menu=translate("ratings", "好差评"), title=translate("ratings", "导入短信评价…"),
                           run=_import_replies, key="ratings.import")]


def _build_satisfaction(context, params, out_path, progress):
    from plugins.ratings.reports import build_satisfaction_report

    return build_satisfaction_report(context, params, out_path, progress)


@hookimpl
def kaiban_reports(user):
    # the command line, admins and supervisors (each sees their own organisation's ratings), not
    # the clerks of every department nor the incubators, whose work is not rated
    if user is not None and not user.is_supervisor:
        return []
    return [ReportSpec(name="ratings.satisfaction", title=translate("ratings", "好差评满意率统计"), department=None,
                       build=_build_satisfaction, formats=("pdf", "xlsx"))]


@hookimpl
def kaiban_period_figures(date_from, date_to, user):
    from plugins.ratings.figures import period_figures

    return period_figures(date_from, date_to, user)


@hookimpl
def kaiban_open_items(date_from, date_to, user):
    from plugins.ratings.common import level_title
    from plugins.ratings.rectifications import late_minutes, overdue_at_end, supervisors_of

    rows = overdue_at_end(date_from, date_to, user)
    people = supervisors_of({r.organisation_name for r in rows})
    return [OpenItem(kind=translate("ratings", "差评整改"),
                     title=translate("ratings", "{enterprise}：{level}，未按期答复").format(
                         enterprise=r.enterprise, level=level_title(r.level)),
                     department=r.department_code, organisation=r.organisation_name or r.department_name,
                     person=people.get(r.organisation_name, ""), case_number=r.case_number, due_at=r.due_at,
                     late_minutes=late_minutes(r, date_to), note=r.complaint) for r in rows]
