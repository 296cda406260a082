"""The applicant's completion notice, rendered and read back."""
from __future__ import annotations

import pytest
from case_helpers import user
from reports.pdf_inspect import assert_contains, compact, pdf_text

from app.core.errors import NotFound
from plugins.social_insurance.notice import print_notice

from .helpers import ID_A, ID_B, employee, register, si_step, valid_data


def test_the_notice_lists_the_registration_with_masked_ids(si_sqlite, tmp_path):
    done = register(si_sqlite, valid_data(employees=[employee("张伟", ID_A, "5000.00"),
                                                     employee("李娜", ID_B, "6200.50")]))
    path = print_notice(done.id, user("si_clerk"), tmp_path / "notice.pdf")
    assert_contains(path, "社会保险登记办结通知书", "绵阳锦程科技有限公司", "社保单位编号", "510703000101",
                    "基本养老保险、基本医疗保险、失业保险、工伤保险、生育保险", "2 人，月缴费基数合计 11,200.50 元",
                    "单位账号 5107030012345678，缴存比例 12%", "参保职工名单", "李娜", "6,200.50",
                    ID_A[:3] + "*" * 11 + ID_A[-4:], "绵阳高新区社会保险事业管理局", "经办人：冯静", "5 日内缴存")
    assert ID_A not in compact(pdf_text(path))


def test_a_registration_without_employees_or_fund_says_so(si_sqlite, tmp_path):
    done = register(si_sqlite, valid_data(employees=[], no_employees=True, housing_fund=False, fund_account=None,
                                          fund_ratio=None))
    path = print_notice(done.id, user("si_clerk"), tmp_path / "notice.pdf")
    assert_contains(path, "暂无雇员", "未办理")
    assert "参保职工名单" not in compact(pdf_text(path))


def test_no_notice_before_completion(si_sqlite, tmp_path):
    target = si_step(si_sqlite)
    with pytest.raises(NotFound):
        print_notice(target.id, user("si_clerk"), tmp_path / "notice.pdf")
    assert not (tmp_path / "notice.pdf").exists()
