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
    tree = nav_tree(clerk)
    assert tree["市场监督管理局"] == ["registration.review", "registration.licence"]
    assert tree["报表"][0] == "registration.daily_intake"  # the registration plugin's report first
    assert "seal.todo" not in sum(tree.values(), [])
    assert isinstance(clerk.stack.currentWidget(), QueueView)  # no home screen for a clerk: the first queue
    assert clerk.current_queue_view().spec.key == "registration.review"

    seal = make_window(qtbot, sign_in("seal_clerk"), wait_ops)
    tree = nav_tree(seal)
    assert set(tree) == {"印章刻制", "报表"} and tree["印章刻制"] == ["seal.todo"]
    others = ("registration.", "bank.", "tax.", "social_insurance.", "incubator.")
    assert [n for n in tree["报表"] if n.startswith("seal.")] and not [n for n in tree["报表"] if n.startswith(others)]


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
    departments = {"市场监督管理局", "印章刻制", "开户银行", "税务局"}
    assert departments <= set(groups), groups
    prefixes = {name.split(".")[0] for name in groups["报表"]}
    assert {"registration", "seal", "bank", "tax", "social_insurance", "incubator"} <= prefixes
    home = window.stack.currentWidget()
    assert not isinstance(home, QueueView) and window.screen_views  # an admin starts on the home screen
    first = window.queue_items["registration.review"].text(0)
    assert first.startswith("待受理审核  (") and first.endswith(")")


def test_user_without_queues_gets_a_friendly_page(qtbot, sign_in, wait_ops, fast_hash):
    from app.core.models import Department, Organisation
    from app.core.users import add_user

    archive = Department.create(code="archive", name="档案室")  # a department no plugin works for
    Organisation.create(department=archive, code="archive-1", name="档案室")
    add_user("visitor", "访客", "kaiban2026x", "clerk", "archive-1")  # no queue, no screen
    window = make_window(qtbot, sign_in("visitor"), wait_ops)
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
    window.show_queue("registration.review")
    wait_ops()
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
    assert nav_tree(window)["报表"][-1] == "weekly"  # after the built-ins' reports
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


def test_plugin_screens_in_the_navigation_home_first_and_broken_ones_isolated(qtbot, sign_in, wait_ops):
    from plugin_fixtures import make_plugin
    from PyQt6.QtCore import pyqtSignal
    from PyQt6.QtWidgets import QLabel

    from app.plugin_api import ScreenSpec

    class Board(QLabel):
        open_case_requested = pyqtSignal(int)

        def __init__(self, parent):
            super().__init__("看板", parent)
            self.changed = []

        def steps_changed(self, ids):
            self.changed.append(set(ids))

    def broken(parent, ctx):
        raise RuntimeError("图表库缺失")

    ctx = sign_in("admin")
    ctx.host.register_module(make_plugin("boards", kaiban_screens=lambda user: [
        ScreenSpec(key="boards.home", title="首页看板", group="监察", create=lambda parent, c: Board(parent),
                   order=1, home=True),
        ScreenSpec(key="boards.broken", title="坏页面", group="监察", create=broken, order=2)]))
    window = make_window(qtbot, ctx, wait_ops)
    assert list(nav_tree(window))[0] == "监察"
    assert nav_tree(window)["监察"] == ["boards.home", "boards.broken"]
    board = window.stack.currentWidget()
    assert isinstance(board, Board)  # the home screen is shown first
    window._steps_changed({7, 8})
    assert board.changed == [{7, 8}]
    case_id = window.current_queue_view() is None and 1
    board.open_case_requested.emit(case_id)
    assert isinstance(window.stack.currentWidget(), type(window.case_page))
    window.go_back()
    assert window.stack.currentWidget() is board
    window.nav.setCurrentItem(window.screen_items["boards.broken"])
    page = window.stack.currentWidget()
    assert "图表库缺失" in " ".join(label.text() for label in page.findChildren(QLabel))
    window.show_queue(window.queues[0].key)  # the rest of the window keeps working
    assert window.current_queue_view() is not None
