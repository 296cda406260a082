"""Completing the tax step: the registration and its first grant are written in the completing
transaction, or nothing is (no valid USCC, a UKey or taxpayer id registered already)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.core import versioning, workflow
from app.core.errors import NotFound, ValidationError
from app.core.models import Enterprise, Organisation, SmsOutbox, Step, StepEvent, StepState
from case_helpers import new_case, user, user_id, walk_to_departments, work
from plugins.tax.models import InvoiceGrant, TaxRegistration
from plugins.tax.records import registration_of_step

from .helpers import FINANCE_ID, T0, claim, confirm, licensed_case, tax_step, valid_data


def _counts() -> tuple[int, int, int]:
    return (TaxRegistration.select().count(), InvoiceGrant.select().count(),
            SmsOutbox.select().where(SmsOutbox.template == "tax.registered").count())


def test_confirming_writes_the_registration_and_texts_the_applicant(tax):
    case = licensed_case(tax)
    done_at = T0 + dt.timedelta(minutes=12)
    step = confirm(tax, case, done_at=done_at)
    assert step.state == StepState.DONE
    row = TaxRegistration.get(TaxRegistration.step == step.id)
    uscc = Enterprise.get_by_id(case.enterprise_id).uscc
    assert (row.taxpayer_id, row.case_id, row.enterprise_name, row.category) == (
        uscc, case.id, "绵阳锦程科技有限公司", "small_scale")
    assert row.tax_types == ["vat", "cit", "iit_withholding", "urban_construction", "education_surcharge",
                             "local_education_surcharge", "stamp"]
    assert (row.device, row.device_number, row.officer_name, row.officer_id) == (
        "tax_ukey", "537100012345", "吴敏", user_id("tax_clerk"))
    assert (row.financial_officer_name, row.financial_officer_id_number) == ("李会计", FINANCE_ID)
    assert row.organisation_id == Organisation.get(Organisation.code == "tax-gx").id
    assert row.confirmed_at == done_at
    grants = {g.kind: (g.quantity, g.max_amount, g.total_amount) for g in row.grants}
    assert grants == {"vat_ordinary": (25, 10000, 250000), "digital": (None, None, 100000)}
    text = SmsOutbox.get(SmsOutbox.template == "tax.registered").text
    assert f"纳税人识别号 {uscc}" in text and "小规模纳税人" in text
    assert "增值税普通发票 25 份（单份限额 10,000 元）" in text and "全电发票（数电票）月度额度 100,000 元" in text


def test_without_a_valid_uscc_nothing_is_confirmed(tax):
    case = new_case(tax, at=T0)
    walk_to_departments(tax, case, at=T0)
    Enterprise.update(uscc=None).where(Enterprise.id == case.enterprise_id).execute()  # no licence issued
    claimed = claim(tax, case)
    versioning.save_step_data(claimed.id, user("tax_clerk"), claimed.version, valid_data(), graph=tax.graph)
    before = _counts()
    with pytest.raises(ValidationError) as refused:
        workflow.complete_step(claimed.id, user_id("tax_clerk"), tax.graph)
    assert refused.value.errors == {"taxpayer_id": "该企业尚无统一社会信用代码（营业执照未核发），不能办理税务登记"}
    assert tax_step(case).state == StepState.CLAIMED and _counts() == before
    assert not StepEvent.select().where((StepEvent.step == claimed.id) & (StepEvent.event == "completed")).exists()

    Enterprise.update(uscc="91510703MA6CXXXXX0").where(Enterprise.id == case.enterprise_id).execute()
    with pytest.raises(ValidationError) as refused:
        workflow.complete_step(claimed.id, user_id("tax_clerk"), tax.graph)
    assert refused.value.errors["taxpayer_id"].startswith("纳税人识别号（统一社会信用代码）无效")
    assert tax_step(case).state == StepState.CLAIMED and _counts() == before


def test_a_pass_through_enterprise_is_registered_for_business_income_tax(tax_sqlite):
    case = licensed_case(tax_sqlite, "绵阳启明科技合伙企业", company_type="partnership")
    step = confirm(tax_sqlite, case, valid_data(device="none", device_number="",
                                                first_invoices=[{"kind": "digital", "quota": 50000}],
                                                financial_officer={"name": "", "id_number": "", "mobile": ""}))
    row = TaxRegistration.get(TaxRegistration.step == step.id)
    assert "iit_business" in row.tax_types and "cit" not in row.tax_types
    assert (row.device, row.device_number, row.financial_officer_name) == ("none", "", "")
    assert [(g.kind, g.total_amount) for g in row.grants] == [("digital", 50000)]


def test_a_ukey_and_a_taxpayer_id_are_registered_once(tax_sqlite):
    first = licensed_case(tax_sqlite, "绵阳锦程科技有限公司")
    confirm(tax_sqlite, first)
    second = licensed_case(tax_sqlite, "绵阳云帆网络科技有限公司")
    claimed = claim(tax_sqlite, second)
    versioning.save_step_data(claimed.id, user("tax_clerk"), claimed.version, valid_data(), graph=tax_sqlite.graph)
    before = _counts()
    with pytest.raises(ValidationError) as refused:  # the first enterprise's UKey again
        workflow.complete_step(claimed.id, user_id("tax_clerk"), tax_sqlite.graph)
    assert refused.value.errors == {"device_number": "税务UKey 537100012345 已发放给其他纳税人"}
    assert _counts() == before

    taken = Enterprise.get_by_id(first.enterprise_id).uscc  # the same taxpayer again, on another case
    Enterprise.update(uscc=None).where(Enterprise.id == first.enterprise_id).execute()
    Enterprise.update(uscc=taken).where(Enterprise.id == second.enterprise_id).execute()
    step = Step.get_by_id(claimed.id)
    versioning.save_step_data(step.id, user("tax_clerk"), step.version, {"device_number": "537100054321"},
                              graph=tax_sqlite.graph)
    with pytest.raises(ValidationError) as refused:
        workflow.complete_step(claimed.id, user_id("tax_clerk"), tax_sqlite.graph)
    assert refused.value.errors == {"taxpayer_id": f"纳税人识别号 {taken} 已办理过税务登记"}
    assert tax_step(second).state == StepState.CLAIMED and _counts() == before


def test_invalid_data_is_not_saved(tax_sqlite):
    case = licensed_case(tax_sqlite)
    claimed = claim(tax_sqlite, case)
    with pytest.raises(ValidationError) as refused:
        versioning.save_step_data(claimed.id, user("tax_clerk"), claimed.version,
                                  valid_data(category="general", device_number="12ab"), graph=tax_sqlite.graph)
    assert refused.value.errors == {"device_number": "税务UKey编号应为 12 位数字"}
    assert Step.get_by_id(claimed.id).version == claimed.version and Step.get_by_id(claimed.id).data == {}


def test_only_the_tax_office_of_the_step_reads_its_registration(tax_sqlite):
    case = licensed_case(tax_sqlite)
    step = confirm(tax_sqlite, case)
    mine = registration_of_step(step.id, user("tax_chief"))
    assert mine.taxpayer_id == Enterprise.get_by_id(case.enterprise_id).uscc
    assert mine.organisation_name == "国家税务总局绵阳高新区税务局" and [g.kind for g in mine.grants] == [
        "vat_ordinary", "digital"]
    for outsider in ("tax_clerk_yx", "seal_clerk", "clerk"):  # another tax office, other departments
        with pytest.raises(NotFound):
            registration_of_step(step.id, user(outsider))
    assert registration_of_step(step.id, user("admin")).step_id == step.id


def test_the_demo_worker_completes_the_step(tax_sqlite):
    case = licensed_case(tax_sqlite)
    step = work(tax_sqlite, case, "tax_registration", "tax_clerk", at=T0 + dt.timedelta(minutes=5))
    assert step.state == StepState.DONE
    assert TaxRegistration.get(TaxRegistration.step == step.id).officer_name in ("吴敏", "郑伟")
