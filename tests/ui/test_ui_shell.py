"""The main window: navigation from the plugins' hooks, pages, menus and the status bar."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from app.core.queues import QueueQuery, queue_page
from app.plugin_api import MenuActionSpec, ReportSpec
from app.ui.case_view import CaseView
from app.ui.queue_view import QueueView
from app.ui.shell import MainWindow


def make_window(qtbot, ctx, wait_ops) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_ops()
    return window


def nav_tree(window) -> dict[str, list[str]]:
    tree = {}
    for i in range(window.nav.topLevelItemCount()):
        group = window.nav.topLevelItem(i)
        tree[group.text(0)] = [group.child(j).data(0, Qt.ItemDataRole.UserRole + 2) for j in range(group.childCount())]
    return tree


def test_navigation_depends_on_the_users_plugins(qtbot, sign_in, wait_ops):
    clerk = make_window(qtbot, sign_in("clerk"), wait_ops)
    assert nav_tree(clerk) == {"市场监督管理局": ["registration.review", "registration.licence"],
                               "报表": ["registration.daily_intake"]}  # the registration plugin's report
    assert isinstance(clerk.stack.currentWidget(), QueueView)
    assert clerk.current_queue_view().spec.key == "registration.review"

    seal = make_window(qtbot, sign_in("seal_clerk"), wait_ops)
    assert nav_tree(seal) == {"印章刻制": ["seal.todo"]}


def test_a_seal_clerk_sees_only_their_companys_cases(qtbot, sign_in, wait_ops):
    ctx = sign_in("seal_clerk")
    window = make_window(qtbot, ctx, wait_ops)
    model = window.current_queue_view().model
    assert model.rowCount() > 0
    organisations = {model.row_at(i).organisation for i in range(model.rowCount())}
    assert organisations == {ctx.user.organisation_name}
    # the admin's seal queue holds other companies' cases too, which the seal clerk does not get
    admin = sign_in("admin")
    spec = next(q for q in admin.host.call("kaiban_queues", user=admin.user) if q.key == "seal.todo")
    everyone = queue_page(QueueQuery(spec=spec), admin.user, limit=1000)
    assert {r.organisation for r in everyone} - organisations
    assert model.total == sum(1 for r in everyone if r.organisation == window.user.organisation_name)


def test_admin_sees_every_department_and_counts(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("admin"), wait_ops)
    groups = nav_tree(window)
    assert len(groups) == 6
    assert groups["报表"] == ["registration.daily_intake"]  # the one report of the built-in plugins
    first = window.queue_items["registration.review"].text(0)
    assert first.startswith("待受理审核  (") and first.endswith(")")


def test_user_without_queues_gets_a_friendly_page(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("inc_manager"), wait_ops)
    assert window.stack.currentWidget() is window.empty_page
    assert "没有可办理的队列" in " ".join(w.text() for w in window.empty_page.findChildren(type(window.user_label)))


def test_status_bar_and_title(qtbot, sign_in, wait_ops):
    ctx = sign_in("seal_clerk")
    window = make_window(qtbot, ctx, wait_ops)
    assert window.windowTitle() == "开办 · 企业开办协同服务平台"
    assert window.connection_label.text().startswith("SQLite 本机数据库：")
    assert window.user_label.text() == "赵师傅（经办人员）"
    assert window.organisation_label.text() == "绵阳华信印章有限公司"


def test_open_case_and_go_back(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("admin"), wait_ops)
    queue = window.show_queue("seal.todo")
    wait_ops()
    case_id = queue.model.row_at(0).case_id
    case = window.open_case(case_id)
    wait_ops()
    assert isinstance(case, CaseView) and window.stack.currentWidget() is window.case_page
    assert case.detail.id == case_id
    window.back_action.trigger()
    assert window.current_queue_view() is queue


def test_shortcuts(qtbot, sign_in, wait_ops):
    window = make_window(qtbot, sign_in("admin"), wait_ops)
    window.activateWindow()
    shortcuts = {a.text(): a.shortcut().toString() for menu in (window.file_menu, window.view_menu)
                 for a in menu.actions() if not a.isSeparator()}
    assert shortcuts["退出"] == "Ctrl+Q" and shortcuts["刷新"] == "F5" and shortcuts["搜索"] == "Ctrl+F"
    window.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.current_queue_view().search, timeout=2000)


def test_plugin_reports_and_menu_actions(qtbot, sign_in, wait_ops, plugin_module, tmp_path):
    ctx = sign_in("admin")
    ran = []

    def build(context, params, out_path, progress):
        out_path.write_text(f"{params['date_from']}..{params['date_to']}")

    module = plugin_module(
        "extras",
        kaiban_reports=lambda user: [ReportSpec(name="weekly", title="周报", department=None, build=build)],
        kaiban_menu_actions=lambda user: [MenuActionSpec(menu="工具", title="整理数据", run=ran.append,
                                                         shortcut="Ctrl+Shift+D"),
                                          MenuActionSpec(menu="督办", title="超期清单", run=ran.append)])
    ctx.host.register_module(module)
    window = make_window(qtbot, ctx, wait_ops)
    assert nav_tree(window)["报表"] == ["registration.daily_intake", "weekly"]
    tools = {a.text(): a for a in window.tools_menu.actions()}
    assert tools["整理数据"].shortcut().toString() == "Ctrl+Shift+D"
    tools["整理数据"].trigger()
    assert ran == [window]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("督办") == menus.index("帮助(&H)") - 1

    dialog = window.open_report(next(r for r in window.reports if r.name == "weekly"))
    out = tmp_path / "weekly.pdf"
    dialog.generate(out)
    wait_ops()
    assert out.read_text().count("..") == 1
    assert dialog.output == out


def test_failed_plugins_are_announced(qtbot, sign_in, wait_ops, plugin_module):
    ctx = sign_in("clerk")
    ctx.host.register_module(plugin_module("future", api=">=9"))
    window = make_window(qtbot, ctx, wait_ops)
    assert window.statusBar().currentMessage() == "1 个插件加载失败，详见 工具 > 插件管理"
