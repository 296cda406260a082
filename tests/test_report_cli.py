"""``python main.py report``: lists the plugins' reports and writes one by name."""
import textwrap

from app.cli import main

REPORT_PLUGIN = textwrap.dedent('''
    from pathlib import Path
    from app.hookspecs import hookimpl
    from app.plugin_api import PluginInfo, ReportSpec

    PLUGIN_INFO = PluginInfo(name="countrep", version="1.0", api=">=1.0,<2")

    def build(context, params, out_path, progress):
        from app.core.models import Case
        n = Case.select().where(Case.created_at >= params["date_from"]).count()
        progress(1, 1)
        Path(out_path).write_text(f"{params['date_from']}..{params['date_to']} {params['organisation']} {n}",
                                  encoding="utf-8")

    @hookimpl
    def kaiban_reports(user):
        return [ReportSpec(name="cases.count", title="办件计数", department=None, build=build,
                           formats=("txt",))]
''')


def test_report_lists_and_writes_a_plugin_report(sqlite_url, tmp_path, capsys, entrypoint_plugins):
    entrypoint_plugins("countrep", "countrep", "kaiban_countrep_plugin", REPORT_PLUGIN)
    assert main(["--db", sqlite_url, "report"]) == 0
    assert "cases.count" in capsys.readouterr().out
    out = tmp_path / "r.txt"
    assert main(["--db", sqlite_url, "report", "cases.count", "--from", "2026-01-01", "--to", "2026-01-31",
                 "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "2026-01-01..2026-01-31 None 0"
    # --org names an organisation by its code; the report gets its id, as from the report dialog
    from app.core.models import Department, Organisation
    from app.startup import open_app
    from db.connection import close_database

    open_app(sqlite_url, backup=False)
    org = Organisation.create(department=Department.get(Department.code == "tax"), code="tax-test", name="测试税务所")
    close_database()
    assert main(["--db", sqlite_url, "report", "cases.count", "--from", "2026-01-01", "--to", "2026-01-31",
                 "--org", "tax-test", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == f"2026-01-01..2026-01-31 {org.id} 0"
    assert main(["--db", sqlite_url, "report", "cases.count", "--from", "2026-01-01", "--to", "2026-01-31",
                 "--org", "tax-nowhere", "--out", str(out)]) == 2
    assert "没有代码为 tax-nowhere 的机构" in capsys.readouterr().err


def test_report_refuses_unknown_names_and_bad_ranges(sqlite_url, tmp_path, capsys, entrypoint_plugins):
    entrypoint_plugins("countrep", "countrep", "kaiban_countrep_plugin", REPORT_PLUGIN)
    out = tmp_path / "r.txt"
    assert main(["--db", sqlite_url, "report", "nope", "--from", "2026-01-01", "--to", "2026-01-31",
                 "--out", str(out)]) == 2
    assert "没有名为 nope 的报表" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "report", "cases.count", "--from", "2026-02-01", "--to", "2026-01-01",
                 "--out", str(out)]) == 2
    assert "开始日期不能晚于结束日期" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "report", "cases.count", "--from", "2026-02-01"]) == 2
    assert "--to" in capsys.readouterr().err
    assert not out.exists()
