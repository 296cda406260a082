"""The applicant's completion notice, rendered and read back."""
from __future__ import annotations

import pytest
from case_helpers import step, user
from reports.pdf_inspect import assert_contains, assert_truetype_subsets_only, compact, pdf_text

from app.core.errors import NotFound, ServiceError
from plugins.seal.notice import completion_notice, write_completion_notice

from .helpers import T0, case_at_seal, complete_seal, filing, valid_data


def test_the_notice_lists_the_seals_their_filing_numbers_and_the_hand_over(seal_sqlite, tmp_path):
    case = case_at_seal(seal_sqlite)
    done = complete_seal(seal_sqlite, case, valid_data(301, method="mail", legal_rep=True), at=T0.replace(hour=10))
    out = write_completion_notice(done.id, user("seal_clerk"), tmp_path / "notice.pdf")
    assert_contains(out, "印章刻制办结通知书", f"办件编号：{case.number}", "绵阳锦程科技有限公司",
                    "刻章企业", "绵阳华信印章有限公司", "特种行业许可证", "川公特（印）字第5107030012号",
                    "共5枚（免费套章4枚，自费1枚）", "免费寄递：中国邮政EMS，运单号1100123456789",
                    "公章", "法定代表人名章", filing(301), filing(305), "自费80.00元", "免费（政府购买）",
                    "2026-03-0210:00", "经办人：赵师傅", "0816-2531001", "温馨提示", "全国印章信息查询平台")
    text = compact(pdf_text(out))
    assert "13912345678" not in text  # the courier's copy has the mobile, the notice does not need it
    assert_truetype_subsets_only(out)


def test_a_pick_up_notice_names_who_took_the_seals(seal_sqlite):
    case = case_at_seal(seal_sqlite)
    done = complete_seal(seal_sqlite, case, valid_data(401))
    notice = completion_notice(done.id, user("seal_clerk"))
    details = dict(notice.details)
    assert details["交付方式"] == "现场领取：张三（身份证号码后四位 123X）"
    assert details["印章数量"] == "共 4 枚（均为免费套章）"
    assert "免费套章的刻制费用由政府购买服务承担，贵单位无需另行支付。" in notice.paragraphs


def test_no_notice_before_completion_nor_for_another_company(seal_sqlite):
    case = case_at_seal(seal_sqlite)
    with pytest.raises(ServiceError, match="尚未办结"):
        completion_notice(step(case, "seal").id, user("seal_clerk"))
    done = complete_seal(seal_sqlite, case, valid_data(501))
    with pytest.raises(NotFound):  # 金城 does not see 华信's case at all
        completion_notice(done.id, user("seal_clerk2"))
    with pytest.raises(NotFound):
        completion_notice(done.id, user("bank_clerk"))
