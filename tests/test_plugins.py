"""The plugin host: built-ins, entry points, and a failing plugin never taking the shell down."""
from __future__ import annotations

import json

import pytest
from plugin_fixtures import make_plugin

from app import PLUGIN_API_VERSION
from app.cli import main
from app.core.users import CurrentUser
from app.plugin_api import DepartmentSpec, PluginInfo, StepTypeSpec
from app.plugins import PluginHost, PluginState, get_plugin_host
from app.startup import open_app
from plugins import BUILTIN_PLUGINS

BUILTIN_NAMES = [m.rsplit(".", 1)[-1] for m in BUILTIN_PLUGINS]
CROSS_CUTTING = {"supervision", "analytics", "ratings", "delivery"}  # no department of their own


def seal_clerk() -> CurrentUser:
    return CurrentUser(id=1, username="seal_clerk", display_name="赵师傅", role="clerk", organisation_id=1,
                       organisation_name="华信", department_code="seal")


def builtin_host(**kwargs) -> PluginHost:
    host = PluginHost(**kwargs)
    host.load_builtins()
    return host


def departments(name: str, code: str | None = None):
    return lambda: [DepartmentSpec(code or name, f"{name} 部门")]


def plugins_json(db_url, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["--db", db_url, "plugins", "list", "--json"]) == 0
    return {r["name"]: r for r in json.loads(capsys.readouterr().out)}


def test_builtins_are_all_active_with_versions(sqlite_url, capsys):
    listed = plugins_json(sqlite_url, capsys)
    assert set(BUILTIN_NAMES) <= set(listed)
    for name in BUILTIN_NAMES:
        record = listed[name]
        assert record["state"] == "active", record
        assert record["version"]
        assert record["source"] == "builtin"
        assert record["error"] == ""
        assert record["department"] or name in CROSS_CUTTING  # a department's plugin names it


def test_plugins_list_text_output(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "plugins", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(BUILTIN_NAMES)
    assert all("active" in line and "builtin" in line for line in lines)


def test_results_come_in_registration_order():
    host = builtin_host()
    codes = [spec.code for spec in host.call("kaiban_departments")]
    assert codes == ["market_supervision", "seal", "bank", "tax", "social_insurance", "incubator"]
    host.register_module(make_plugin("late", kaiban_departments=departments("late")))
    assert host.call("kaiban_departments")[-1].code == "late"


def test_incompatible_api_range_fails_the_plugin_without_registering_it():
    host = builtin_host()
    module = make_plugin("future", info=PluginInfo(name="future", version="3.0", api=">=2,<3"),
                         kaiban_departments=departments("future"))
    record = host.register_module(module)
    assert record.state == PluginState.FAILED
    assert ">=2,<3" in record.error and PLUGIN_API_VERSION in record.error
    assert not host.pm.is_registered(module)
    assert "future" not in [s.code for s in host.call("kaiban_departments")]
    assert host.records["future"] is record


def test_invalid_api_range_fails_the_plugin():
    host = PluginHost()
    module = make_plugin("typo", info=PluginInfo(name="typo", version="1", api="one point oh"))
    record = host.register_module(module)
    assert record.state == PluginState.FAILED
    assert "invalid plugin API range" in record.error
    assert not host.pm.is_registered(module)


def test_module_without_plugin_info_fails():
    host = PluginHost()
    module = make_plugin("anonymous", info=None, kaiban_departments=departments("anonymous"))
    record = host.register_module(module)
    assert record.state == PluginState.FAILED
    assert "PLUGIN_INFO" in record.error
    assert record.name == module.__name__  # named after the module when it says nothing
    assert host.call("kaiban_departments") == []


def test_misspelt_hook_fails_the_plugin_and_others_keep_working():
    host = builtin_host()
    misspelt = make_plugin("typo", kaiban_queue=lambda user: [], kaiban_departments=departments("typo"))
    record = host.register_module(misspelt)
    assert record.state == PluginState.FAILED
    assert "kaiban_queue" in record.error
    assert not host.pm.is_registered(misspelt)
    assert "typo" not in [s.code for s in host.call("kaiban_departments")]

    later = host.register_module(make_plugin("later", kaiban_departments=departments("later")))
    assert later.state == PluginState.ACTIVE
    host.pm.check_pending()  # nothing left over from the failed plugin
    assert all(host.records[n].state == PluginState.ACTIVE for n in BUILTIN_NAMES)
    assert [s.code for s in host.call("kaiban_departments")][-1] == "later"


def test_hook_with_an_argument_the_spec_does_not_have_fails_the_plugin():
    host = PluginHost()
    record = host.register_module(make_plugin("wrongargs", kaiban_queues=lambda user, case: []))
    assert record.state == PluginState.FAILED
    assert "case" in record.error


def test_hook_that_raises_fails_its_plugin_and_the_others_results_stand():
    host = builtin_host()
    calls = []

    def explode():
        calls.append(1)
        raise RuntimeError("the lab is on fire")

    host.register_module(make_plugin("exploding", kaiban_step_types=explode, kaiban_departments=departments("x")))
    names = {spec.name for spec in host.call("kaiban_step_types")}
    assert {"intake_review", "business_licence", "seal", "bank_account", "tax_registration",
            "social_insurance"} == names
    record = host.records["exploding"]
    assert record.state == PluginState.FAILED
    assert "Traceback" in record.error
    assert "the lab is on fire" in record.error
    assert "in kaiban_step_types" in record.error
    # Failed means gone: none of its hooks is called again.
    host.call("kaiban_step_types")
    assert calls == [1]
    assert "x" not in [s.code for s in host.call("kaiban_departments")]
    assert all(host.records[n].state == PluginState.ACTIVE for n in BUILTIN_NAMES)


def test_a_second_plugin_with_the_same_name_fails_and_the_first_stays_active():
    host = builtin_host()
    impostor = make_plugin("seal", kaiban_departments=departments("impostor"))
    duplicate = host.register_module(impostor, source="entrypoint")
    assert duplicate.state == PluginState.FAILED
    assert "already registered" in duplicate.error
    assert host.records["seal"].state == PluginState.ACTIVE
    assert host.records["seal"].source == "builtin"
    assert "seal" in [s.name for s in host.call("kaiban_step_types")]
    assert "impostor" not in [s.code for s in host.call("kaiban_departments")]
    assert [(r.name, r.state) for r in host.list() if r.name == "seal"] == [
        ("seal", PluginState.ACTIVE), ("seal", PluginState.FAILED)]


def test_disabled_plugin_is_listed_but_not_registered():
    host = builtin_host(disabled={"tax"})
    assert host.records["tax"].state == PluginState.DISABLED
    assert host.records["tax"].version
    assert not host.pm.is_registered(host.records["tax"].module)
    assert "tax_registration" not in [s.name for s in host.call("kaiban_step_types")]


def test_hooks_are_called_with_keyword_arguments_only():
    host = PluginHost()
    seen = []
    host.register_module(make_plugin("kw", kaiban_queues=lambda user: seen.append(user)))
    host.call("kaiban_queues", user="u")
    assert seen == ["u"]
    with pytest.raises(KeyError):  # the caller forgot an argument: a bug in the caller, not the plugin
        host.call("kaiban_queues")
    assert host.records["kw"].state == PluginState.ACTIVE


BROKEN_MODULE = """
    raise ImportError("kaiban_broken_plugin needs libfoo, which is not installed")
"""

GOOD_MODULE = """
    from app.hookspecs import hookimpl
    from app.plugin_api import DepartmentSpec, PluginInfo

    PLUGIN_INFO = PluginInfo(name="notary", version="2.4.1", api=">=1.0,<2", department="notary", title="公证")


    @hookimpl
    def kaiban_departments():
        return [DepartmentSpec("notary", "公证处")]
"""


def test_entry_point_that_fails_to_import_is_failed_and_builtins_stay_active(entrypoint_plugins, sqlite_url,
                                                                            capsys):
    entrypoint_plugins("fakeplug", "broken", "kaiban_broken_plugin", BROKEN_MODULE)
    host = get_plugin_host(reload=True)
    record = host.records["broken"]
    assert record.state == PluginState.FAILED
    assert record.source == "entrypoint"
    assert "needs libfoo" in record.error and "ImportError" in record.error
    assert all(host.records[n].state == PluginState.ACTIVE for n in BUILTIN_NAMES)
    assert len(host.call("kaiban_step_types")) == 6

    listed = plugins_json(sqlite_url, capsys)
    assert listed["broken"]["state"] == "failed"
    assert "needs libfoo" in listed["broken"]["error"]
    assert all(listed[n]["state"] == "active" for n in BUILTIN_NAMES)


def test_entry_point_plugin_loads_with_source_entrypoint(entrypoint_plugins, sqlite_url, capsys):
    entrypoint_plugins("kaiban-notary", "notary", "kaiban_notary_plugin", GOOD_MODULE)
    host = get_plugin_host(reload=True)
    record = host.records["notary"]
    assert (record.state, record.source, record.version, record.department) == (
        PluginState.ACTIVE, "entrypoint", "2.4.1", "notary")
    assert [s.code for s in host.call("kaiban_departments")][-1] == "notary"
    # Built-ins are listed first, entry points after them.
    assert [r.name for r in host.list()][-1] == "notary"

    listed = plugins_json(sqlite_url, capsys)
    assert listed["notary"]["source"] == "entrypoint" and listed["notary"]["state"] == "active"
    from app.core.models import Department

    assert Department.get(Department.code == "notary").name == "公证处"


def test_disable_and_enable_a_plugin_from_the_command_line(sqlite_url, tmp_path, capsys):
    assert main(["--db", sqlite_url, "plugins", "disable", "seal"]) == 0
    assert "seal" in capsys.readouterr().out

    ctx = open_app(sqlite_url, backup_to=tmp_path / "backups")
    assert ctx.host.records["seal"].state == PluginState.DISABLED
    assert "seal" not in ctx.graph.steps
    assert set(ctx.graph.steps) == {"intake_review", "business_licence", "bank_account", "tax_registration",
                                    "social_insurance"}
    assert ctx.host.call("kaiban_queues", user=seal_clerk()) == []
    assert plugins_json(sqlite_url, capsys)["seal"]["state"] == "disabled"

    assert main(["--db", sqlite_url, "plugins", "enable", "seal"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "backups")
    assert ctx.host.records["seal"].state == PluginState.ACTIVE
    assert "seal" in ctx.graph.steps
    assert [q.key for q in ctx.host.call("kaiban_queues", user=seal_clerk())] == ["seal.todo"]


def test_disabling_an_unknown_plugin_is_an_error(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "plugins", "disable", "nosuchplugin"]) == 2
    assert "nosuchplugin" in capsys.readouterr().err


def test_step_type_specs_from_plugins_build_a_valid_graph():
    from app.core.workflow import WorkflowGraph

    graph = WorkflowGraph.from_specs(builtin_host().call("kaiban_step_types"))
    assert all(isinstance(s, StepTypeSpec) for s in graph.steps.values())
    assert graph.topological_order()[:2] == ["intake_review", "business_licence"]


def test_a_department_declared_twice_keeps_the_first_plugins_name(sqlite_ctx):
    from app.core.models import Department
    from app.startup import sync_departments

    sqlite_ctx.host.register_module(make_plugin("first", kaiban_departments=lambda: [DepartmentSpec("dup", "先来")]))
    sqlite_ctx.host.register_module(make_plugin("second", kaiban_departments=lambda: [DepartmentSpec("dup", "后到")]))
    sync_departments(sqlite_ctx.host)
    assert Department.get(Department.code == "dup").name == "先来"
    assert Department.get(Department.code == "seal").name == "印章刻制"


def test_tryfirst_and_trylast_are_honoured():
    from app.hookspecs import hookimpl

    host = PluginHost()
    host.register_module(make_plugin("plain", kaiban_departments=departments("plain")))
    late = make_plugin("late")
    late.kaiban_departments = hookimpl(trylast=True)(departments("late"))
    early = make_plugin("early")
    early.kaiban_departments = hookimpl(tryfirst=True)(departments("early"))
    host.register_module(late)
    host.register_module(early)
    host.register_module(make_plugin("plain2", kaiban_departments=departments("plain2")))
    assert [s.code for s in host.call("kaiban_departments")] == ["early", "plain", "plain2", "late"]
    assert [p for p, _ in host.call_each("kaiban_departments")] == ["early", "plain", "plain2", "late"]


def test_disabling_the_plugin_others_wait_for_leaves_a_working_shell(sqlite_url, tmp_path):
    """Disabling the plugin whose step every department waits for must not stop the app:
    the steps that can no longer be reached are left out of the graph, with a note."""
    from app.cli import main
    from app.startup import open_app

    open_app(sqlite_url, backup_to=tmp_path / "b")
    assert main(["--db", sqlite_url, "plugins", "disable", "registration"]) == 0
    ctx = open_app(sqlite_url, backup_to=tmp_path / "b")
    assert ctx.host.records["registration"].state == "disabled"
    assert ctx.graph.steps == {}  # every other step waits for the licence
    assert any("business_licence" in note for note in ctx.notes)
