"""The four registration documents, rendered and read back: key text present, fonts embedded, QR from payload."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader

import app.reports.qr
from plugins.registration import documents
from plugins.registration.document_data import (AcceptanceReceiptData, BusinessLicenceData, ChecklistNoticeData,
                                                DailyIntakeReportData, LicenceClassRow, NoticeItem, ReceiptMaterial)
from reports.pdf_inspect import assert_contains, assert_truetype_subsets_only, compact, pdf_text

OFFICE = "绵阳高新区市场监督管理局综合受理窗口"
ENTERPRISE = "绵阳市云启智能科技有限公司"

NOTICE = ChecklistNoticeData(
    office=OFFICE, issued_at=dt.datetime(2026, 11, 21, 9, 12),
    answers=(("企业类型", "有限责任公司（自然人投资或控股）"), ("是否招用员工", "是，预计5人"),
             ("是否需要发票", "需要增值税普通发票"), ("经营场所", "孵化机构托管地址")),
    items=(NoticeItem("公司登记（备案）申请书", ("市场监管",), "全体股东签字"),
           NoticeItem("法定代表人身份证件", ("市场监管", "税务", "银行"), "原件现场核验"),
           NoticeItem("住所使用证明（托管协议）", ("市场监管", "税务"), "孵化机构出具", deferrable=True),
           NoticeItem("员工名册", ("社保",), deferrable=True)),
    enterprise_name=ENTERPRISE, clerk="王晓燕", phone="0816-2345678")

RECEIPT = AcceptanceReceiptData(
    office=OFFICE, case_number="KB-20261121-0037", enterprise_name=ENTERPRISE, applicant="张明远",
    accepted_at=dt.datetime(2026, 11, 21, 9, 35), licence_deadline=dt.datetime(2026, 11, 21, 12, 35),
    materials=(ReceiptMaterial("公司章程", "received"),
               ReceiptMaterial("住所使用证明（托管协议）", "promised", dt.date(2026, 11, 28))),
    clerk="王晓燕", qr_payload="KB-20261121-0037 https://kaiban.example.gov.cn/q/KB-20261121-0037",
    phone="0816-2345678")

LICENCE = BusinessLicenceData(
    uscc="91510700MA6XYZ1234", name=ENTERPRISE, company_type="有限责任公司（自然人投资或控股）",
    legal_representative="张明远", registered_capital=Decimal("1000000"), established_on=dt.date(2026, 11, 21),
    address="四川省绵阳市高新区火炬西街北段18号科创园孵化大楼3楼A区3-027工位",
    business_scope="一般项目：软件开发；信息技术咨询服务；信息系统集成服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    authority="绵阳高新技术产业开发区市场监督管理局", issued_on=dt.date(2026, 11, 21),
    qr_payload="https://www.gsxt.gov.cn/91510700MA6XYZ1234")

DAILY = DailyIntakeReportData(
    office=OFFICE, day=dt.date(2026, 11, 21), received=47,
    by_company_type=(("有限责任公司（自然人投资或控股）", 21), ("有限责任公司（自然人独资）", 12),
                     ("个人独资企业", 5), ("合伙企业", 9)),
    by_channel=(("窗口受理", 9), ("网上申报", 38)),
    by_licence_class=(LicenceClassRow("1", 28, 28), LicenceClassRow("3", 12, 11), LicenceClassRow("6", 4, 4)),
    generated_at=dt.datetime(2026, 11, 21, 18, 0))


@pytest.fixture
def qr_payloads(monkeypatch):
    """Every text a QR widget was built from while rendering."""
    built = []

    class Spy(app.reports.qr.QrCodeWidget):
        def __init__(self, value, **kw):
            built.append(value)
            super().__init__(value, **kw)

    monkeypatch.setattr(app.reports.qr, "QrCodeWidget", Spy)
    return built


def _pages(path):
    return PdfReader(path).pages


# ------------------------------------------------------------------ 一次性告知单

def test_checklist_notice(tmp_path):
    out = documents.render_checklist_notice(NOTICE, tmp_path / "notice.pdf")
    assert out == tmp_path / "notice.pdf" and out.exists()
    assert_contains(out, "企业开办一次性告知单", OFFICE, "2026年11月21日", ENTERPRISE,
                    "有限责任公司（自然人投资或控股）", "需要增值税普通发票",
                    "序号", "材料名称", "使用部门", "说明",
                    *(item.name for item in NOTICE.items), "市场监管、税务、银行", "原件现场核验",
                    "可容缺，承诺后补", "一次采集、多方复用", "0816-2345678",
                    "告知人：王晓燕", "申请人（签字）", "日期", "第1页共1页")
    assert compact(pdf_text(out)).count("可容缺，承诺后补") >= 2  # both deferrable items (and the explanation)
    assert_truetype_subsets_only(out)


def test_checklist_notice_without_optional_fields(tmp_path):
    bare = dataclasses.replace(NOTICE, enterprise_name="", clerk="", phone="", answers=())
    out = documents.render_checklist_notice(bare, tmp_path / "bare.pdf")
    text = compact(pdf_text(out))
    assert "拟设立企业名称" not in text and "咨询电话" not in text and "告知人" in text


def test_long_checklist_runs_over_pages_with_numbering(tmp_path):
    long = dataclasses.replace(NOTICE, items=NOTICE.items * 15)
    out = documents.render_checklist_notice(long, tmp_path / "long.pdf")
    pages = len(_pages(out))
    assert pages >= 2
    assert_contains(out, f"第{pages}页共{pages}页", "共60项", "申请人（签字）")


# ------------------------------------------------------------------ 受理回执

def test_acceptance_receipt(tmp_path, qr_payloads):
    out = documents.render_acceptance_receipt(RECEIPT, tmp_path / "receipt.pdf")
    assert_contains(out, "企业开办受理回执", "受理编号", "KB-20261121-0037", ENTERPRISE, "张明远",
                    "2026年11月21日 09:35", "承诺办结时限", "2026年11月21日 12:35", "公司章程", "已收取",
                    "住所使用证明（托管协议）", "承诺补交日期", "2026年11月28日", "容缺受理，承诺补交",
                    "王晓燕", OFFICE, "扫码查询办理进度", "（受理专用章）", "0816-2345678")
    assert qr_payloads == [RECEIPT.qr_payload]
    assert len(_pages(out)) == 1
    assert_truetype_subsets_only(out)


def test_receipt_qr_is_built_from_the_payload():
    assert documents.receipt_qr(RECEIPT).widget.value == RECEIPT.qr_payload


def test_receipt_without_deadline_or_promises(tmp_path):
    plain = dataclasses.replace(RECEIPT, licence_deadline=None, phone="",
                                materials=(ReceiptMaterial("公司章程", "received"),))
    out = documents.render_acceptance_receipt(plain, tmp_path / "plain.pdf")
    text = compact(pdf_text(out))
    assert "承诺办结时限—" in text
    assert "逾期未补交" not in text and "咨询电话" not in text


# ------------------------------------------------------------------ 营业执照

def test_business_licence(tmp_path, qr_payloads):
    out = documents.render_business_licence(LICENCE, tmp_path / "licence.pdf")
    assert_contains(out, "营 业 执 照", "（副 本）", "统一社会信用代码", "91510700MA6XYZ1234",
                    "名称", ENTERPRISE, "类型", "有限责任公司（自然人投资或控股）", "法定代表人", "张明远",
                    "经营范围", "凭营业执照依法自主开展经营活动", "注册资本", "人民币壹佰万元整",
                    "成立日期", "2026年11月21日", "营业期限", "长期", "住所", "3-027工位",
                    "登记机关", "绵阳高新技术产业开发区市场监督管理局", "2026 年 11 月 21 日",
                    documents.LICENCE_QR_CAPTION, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn")
    assert qr_payloads == [LICENCE.qr_payload]
    pages = _pages(out)
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)  # landscape
    assert_truetype_subsets_only(out)


def test_licence_qr_is_built_from_the_payload():
    assert documents.licence_qr(LICENCE).widget.value == LICENCE.qr_payload


def test_licence_capital_in_uppercase_and_without_capital(tmp_path):
    odd = dataclasses.replace(LICENCE, registered_capital=Decimal("1234567.89"))
    assert_contains(documents.render_business_licence(odd, tmp_path / "odd.pdf"),
                    "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分")
    none = dataclasses.replace(LICENCE, registered_capital=None)
    text = compact(pdf_text(documents.render_business_licence(none, tmp_path / "none.pdf")))
    assert "注册资本" not in text and "成立日期" in text


def test_long_business_scope_shrinks_to_fit_one_page(tmp_path):
    longer = dataclasses.replace(LICENCE, business_scope=LICENCE.business_scope * 5)
    out = documents.render_business_licence(longer, tmp_path / "longer.pdf")
    assert len(_pages(out)) == 1
    text = compact(pdf_text(out))
    assert text.count("凭营业执照依法自主开展经营活动") == 5  # all of it, in a smaller size
    assert "完整内容详见" not in text


def test_absurd_business_scope_is_cut_with_a_pointer(tmp_path):
    absurd = dataclasses.replace(LICENCE, business_scope="软件开发；" * 600)
    out = documents.render_business_licence(absurd, tmp_path / "absurd.pdf")
    assert len(_pages(out)) == 1
    assert_contains(out, "完整内容详见国家企业信用信息公示系统", "登记机关", "国家企业信用信息公示系统网址")


# ------------------------------------------------------------------ 每日受理情况统计

def test_daily_intake_report(tmp_path):
    out = documents.render_daily_intake_report(DAILY, tmp_path / "daily.pdf")
    assert_contains(out, "每日受理情况统计", OFFICE, "统计日期：2026年11月21日", "受理开办申请（件）", "47",
                    "核准发照（件）", "44", "按时办结（件）", "43", "97.7%",
                    "按受理渠道", "窗口受理", "网上申报", "80.9%",
                    "按发照时限", "1小时", "3小时", "6小时", "91.7%",
                    "按企业类型", "有限责任公司（自然人投资或控股）", "个人独资企业", "44.7%", "合计",
                    "各类型企业受理件数", "打印时间：2026-11-21 18:00")
    assert len(_pages(out)) == 1
    assert_truetype_subsets_only(out)


def test_daily_report_of_a_quiet_day(tmp_path):
    quiet = DailyIntakeReportData(office=OFFICE, day=dt.date(2026, 11, 22), received=0, by_company_type=(),
                                  by_channel=())
    out = documents.render_daily_intake_report(quiet, tmp_path / "quiet.pdf")
    assert_contains(out, "每日受理情况统计", "按时办结率", "—")
    assert "各类型企业受理件数" not in compact(pdf_text(out))


def test_report_over_several_days(tmp_path):
    week = dataclasses.replace(DAILY, day_to=dt.date(2026, 11, 27),
                               by_licence_class=DAILY.by_licence_class + (LicenceClassRow("—", 2, 1),))
    out = documents.render_daily_intake_report(week, tmp_path / "week.pdf")
    text = compact(pdf_text(out))
    assert "统计期间：2026年11月21日至2026年11月27日" in text and "期间共受理企业开办申请47件" in text
    assert "每日受理情况统计" not in text and "受理情况统计" in text
    assert "未分类" in text
