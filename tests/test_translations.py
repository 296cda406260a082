"""Every user-visible string must be extractable by pylupdate6, so an English .ts can be shipped."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _extract(tmp_path) -> dict[str, set[str]]:
    ts = tmp_path / "kaiban_en.ts"
    pylupdate = Path(sys.executable).with_name("pylupdate6")
    subprocess.run([str(pylupdate), "--no-summary", str(ROOT / "app"), str(ROOT / "db"), str(ROOT / "plugins"), "--ts", str(ts)],
                   check=True, capture_output=True)
    contexts: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        contexts.setdefault(name, set()).update(m.findtext("source") for m in context.iter("message"))
    return contexts


def test_service_widget_and_table_strings_are_extracted_with_their_runtime_context(tmp_path):
    contexts = _extract(tmp_path)
    assert "用户名或密码错误" in contexts["users"]  # a Qt-free service message (app.i18n.translate)
    assert "已办结" in contexts["cases"]  # a table entry marked with QT_TRANSLATE_NOOP
    assert "办件编号" in contexts["queues"]  # a core queue column title
    assert "待办" in contexts["steps"]
    assert "迁移 {label} 失败，数据库已保持升级前的状态：{cause}" in contexts["db"]
    assert len(set().union(*contexts.values())) > 400


def test_the_shipped_ts_file_is_current(tmp_path):
    """`make translations` refreshes resources/translations/kaiban_en.ts; a string added without
    refreshing it is reported here."""
    shipped = ET.parse(ROOT / "resources" / "translations" / "kaiban_en.ts").getroot()
    shipped_sources = {(c.findtext("name"), m.findtext("source")) for c in shipped.iter("context")
                       for m in c.iter("message") if m.find("translation") is None
                       or m.find("translation").get("type") != "obsolete"}
    current = {(ctx, src) for ctx, sources in _extract(tmp_path).items() for src in sources}
    missing = sorted(current - shipped_sources)
    assert not missing, f"{len(missing)} strings missing from kaiban_en.ts (run make translations): {missing[:5]}"
