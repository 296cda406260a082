"""The applicant's tax registration completion notice, rendered and read back."""
from __future__ import annotations

import pytest

from app.core.errors import NotFound, ServiceError
from app.core.models import Enterprise
from case_helpers import user
from plugins.tax.notice import render_tax_notice
from reports.pdf_inspect import assert_truetype_subsets_only, compact, page_texts

from .helpers import FINANCE_ID, claim, confirm, licensed_case, valid_data


def test_notice_of_a_general_taxpayer_with_a_ukey(tax_sqlite, tmp_path):
    case = licensed_case(tax_sqlite)
    data = valid_data(category="general", first_invoices=[
        {"kind": "vat_special", "quantity": 25, "max_amount": 100000},
        {"kind": "vat_ordinary", "quantity": 10, "max_amount": 10000}, {"kind": "digital", "quota": 1000000}])
    step = confirm(tax_sqlite, case, data)
    out = render_tax_notice(step.id, user("tax_clerk"), tmp_path / "notice.pdf")
    pages = page_texts(out)
    assert len(pages) == 1  # the signature block stays on the page
    text = compact(pages[0])
    uscc = Enterprise.get_by_id(case.enterprise_id).uscc
    masked_id = FINANCE_ID[:3] + "*" * 11 + FINANCE_ID[-4:]
    for needle in ("税务登记办结通知书", f"办件编号：{case.number}", "绵阳锦程科技有限公司：", f"纳税人识别号{uscc}",
                   "纳税人类型一般纳税人", "增值税、企业所得税、个人所得税（代扣代缴）", "税务UKey（编号537100012345）",
                   f"李会计（身份证{masked_id}，手机139****5678）", "首次核定发票（首票）",
                   "增值税普通发票1010,000元100,000元", "增值税专用发票25100,000元2,500,000元",
                   "全电发票（数电票）——1,000,000元", "一般纳税人增值税按月申报", "请妥善保管税务UKey",
                   "国家税务总局绵阳高新区税务局", "地址：高新区政务服务中心二楼", "经办人：吴敏", "（税务登记专用章）"):
        assert needle in text, needle
    assert FINANCE_ID not in text  # the financial officer's ID number is printed masked
    assert_truetype_subsets_only(out)


def test_notice_of_a_partnership_without_invoices(tax_sqlite, tmp_path):
    case = licensed_case(tax_sqlite, "绵阳启明科技合伙企业", company_type="partnership")
    step = confirm(tax_sqlite, case, valid_data(device="none", device_number="", first_invoices=[],
                                                financial_officer={"name": "", "id_number": "", "mobile": ""}))
    text = compact("".join(page_texts(render_tax_notice(step.id, user("tax_chief"), tmp_path / "n.pdf"))))
    for needle in ("个人所得税（经营所得）", "小规模纳税人增值税一般按季度申报", "本次未核定发票", "财务负责人未登记",
                   "不发放（仅开具全电发票）"):
        assert needle in text, needle
    assert "企业所得税" not in text and "首次核定发票" not in text and "税务UKey（编号" not in text


def test_no_notice_before_completion_nor_for_another_office(tax_sqlite, tmp_path):
    case = licensed_case(tax_sqlite)
    claimed = claim(tax_sqlite, case)
    with pytest.raises(ServiceError, match="税务登记尚未办结"):
        render_tax_notice(claimed.id, user("tax_clerk"), tmp_path / "early.pdf")
    with pytest.raises(NotFound):
        render_tax_notice(claimed.id, user("tax_clerk_yx"), tmp_path / "other.pdf")
    assert not (tmp_path / "early.pdf").exists() and not (tmp_path / "other.pdf").exists()
