"""SMS replies imported from a text file: whole-case and per-department lines, malformed lines
reported with their number and reason, the valid ones applied together."""
from __future__ import annotations

import pytest
from case_helpers import new_case, user

from app.core.errors import PermissionDenied, ServiceError
from plugins.ratings.models import Rating, Rectification
from plugins.ratings.ratings import rated_departments
from plugins.ratings.sms_import import decode, import_file, import_replies
from tests.plugins.ratings.helpers import T0, completed_case


def test_whole_case_and_department_lines(world):
    a = completed_case(world, "绵阳甲科技有限公司")
    b = completed_case(world, "绵阳乙科技有限公司")
    departments = len(rated_departments(a.id))
    text = (f"# 短信回复 2026-03-02\n{a.number} 1 办事效率高\n\n"
            f"{b.number} seal 不满意 取章排队太久\n{b.number} 税务局 ５\n"
            f"{b.number} 市场监督管理局 满意\n")
    result = import_replies(text, user("clerk"), at=T0)
    assert result.errors == [], result.errors
    assert (result.lines, result.created, result.rectifications) == (4, departments + 3, 2)
    assert Rating.select().where(Rating.case == a.id).count() == departments
    assert {r.level for r in Rating.select().where(Rating.case == a.id)} == {1}
    assert {r.comment for r in Rating.select().where(Rating.case == a.id)} == {"办事效率高"}
    by_dept = {r.department.code: r for r in Rating.select().where(Rating.case == b.id)}
    assert (by_dept["seal"].level, by_dept["seal"].comment, by_dept["seal"].channel) == (4, "取章排队太久", "sms")
    assert by_dept["tax"].level == 5 and by_dept["market_supervision"].level == 2
    assert Rectification.select().count() == 2


def test_malformed_lines_are_reported_and_change_nothing(world_sqlite):
    a = completed_case(world_sqlite, "绵阳甲科技有限公司")
    unfinished = new_case(world_sqlite, "绵阳丙科技有限公司", at=T0)
    lines = [
        f"{a.number} seal 2",               # 1 valid
        "KB0000000000 1 很好",               # 2 unknown case
        f"{unfinished.number} 1",            # 3 not complete
        f"{a.number} 六",                    # 4 unknown level
        f"{a.number}",                       # 5 no level
        f"{a.number} incubator 1",           # 6 department did not work on it
        f"{a.number} seal 1",                # 7 same department twice
        f"{a.number} bank 很满意",            # 8 unknown level after a department
        f"{a.number} bank",                  # 9 department without level
    ]
    result = import_replies("\n".join(lines), user("clerk"), at=T0)
    assert [e.line_no for e in result.errors] == [2, 3, 4, 5, 6, 7, 8, 9]
    reasons = [e.reason for e in result.errors]
    assert "不存在" in reasons[0] and "尚未办结" in reasons[1] and "六" in reasons[2] and "缺少" in reasons[3]
    assert "没有办理" in reasons[4] and "第 1 行" in reasons[5] and "很满意" in reasons[6] and "缺少" in reasons[7]
    assert result.created == 1 and Rating.select().count() == 1


def test_dry_run_writes_nothing_and_an_sms_corrects_a_window_rating(world_sqlite):
    a = completed_case(world_sqlite)
    assert import_replies(f"{a.number} 3", user("clerk"), at=T0, dry_run=True).valid_lines == 1
    assert Rating.select().count() == 0
    import_replies(f"{a.number} seal 1", user("clerk"), at=T0)
    result = import_replies(f"{a.number} seal 5 印章有错字", user("clerk"), at=T0)
    assert (result.created, result.corrected, result.rectifications) == (0, 1, 1)
    assert Rating.get().level == 5 and Rating.get().version == 2


def test_files_must_be_utf8_and_importers_window_staff(world_sqlite, tmp_path):
    a = completed_case(world_sqlite)
    path = tmp_path / "replies.txt"
    path.write_bytes(f"\ufeff{a.number} 2 不错\n".encode("utf-8"))
    assert import_file(path, user("clerk"), at=T0).created >= 4
    with pytest.raises(ServiceError, match="UTF-8"):
        decode(f"{a.number} 2 不错".encode("gbk"))
    with pytest.raises(PermissionDenied):
        import_replies(f"{a.number} 2", user("tax_clerk"), at=T0)
