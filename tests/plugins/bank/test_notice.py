"""The account opening notice the applicant is handed: its PDF read back, and when it is refused."""
from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import user
from reports.pdf_inspect import assert_contains, assert_truetype_subsets_only

from app.core.errors import NotFound, ServiceError
from plugins.bank.notice import account_notice, grouped, render_account_notice

from .helpers import T0, bank_case, claim, open_account


def test_the_notice_of_an_opened_account(bank_sqlite, tmp_path):
    case = bank_case(bank_sqlite)
    open_account(bank_sqlite, case, at=T0 + dt.timedelta(minutes=70))
    out = render_account_notice(case.id, user("bank_clerk"), tmp_path / "notice.pdf")
    assert_contains(out, "基本存款账户开户通知书", f"办件编号：{case.number}", "绵阳锦程科技有限公司：",
                    "贵单位申请开立的基本存款账户已于2026年3月2日在我行绵阳高新支行开立",
                    "账户性质基本存款账户", "账号2308411109100012345", "开户银行中国工商银行绵阳高新支行",
                    "开户行行号102659000236", "开户日期2026年3月2日", "面签时间2026-03-0209:40",
                    "一个单位只能开立一个基本存款账户", "地址：高新区绵兴东路36号", "电话：0816-2539000",
                    "经办人：孙丽", "（开户银行业务专用章）")
    assert_truetype_subsets_only(out)
    assert grouped("2308411109100012345") == "2308 4111 0910 0012 345"


def test_no_notice_before_the_account_is_open_nor_for_another_branch(bank_sqlite):
    case = bank_case(bank_sqlite)
    claim(case)
    with pytest.raises(ServiceError, match="尚未办结"):
        account_notice(case.id, user("bank_clerk"))
    with pytest.raises(NotFound):
        account_notice(case.id, user("bank_clerk2"))
