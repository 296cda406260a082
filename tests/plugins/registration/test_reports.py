"""The daily intake figures and the report the registration plugin offers."""
from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from app.core.models import Organisation, Step
from plugins.registration.intake import accept_case
from plugins.registration.licence import LicenceChoice, issue_licence
from plugins.registration.online_import import import_document
from plugins.registration.reports import daily_intake_data
from plugins.registration.review import approve

from .helpers import T0, all_received, online_document, step, valid_form, window_user


def _choice() -> LicenceChoice:
    return LicenceChoice(organisations={"seal": Organisation.get(Organisation.code == "seal-huaxin").id,
                                        "bank": Organisation.get(Organisation.code == "bank-icbc-gx").id})


def seed_day(ctx):
    """Three cases on 2 March: two at the window (one licensed late), one online; one on 3 March."""
    forms = [valid_form(), valid_form(company_name="绵阳星河餐饮管理有限公司", industry_codes=("6210",))]
    cases = [accept_case(ctx, f, all_received(ctx, f), user=window_user(), at=T0 + dt.timedelta(minutes=i))
             for i, f in enumerate(forms)]
    import_document(ctx, online_document(ctx), at=T0 + dt.timedelta(hours=1))
    later = valid_form(company_name="绵阳启明科技中心", company_type="sole_proprietorship", shareholders=[])
    accept_case(ctx, later, all_received(ctx, later), user=window_user(), at=T0 + dt.timedelta(days=1))
    for case, licensed_after in zip(cases, (dt.timedelta(minutes=40), dt.timedelta(hours=5))):
        approve(step(case, "intake_review").id, window_user(), graph=ctx.graph, at=T0 + dt.timedelta(minutes=10))
        issue_licence(step(case, "business_licence").id, window_user(), _choice(), graph=ctx.graph,
                      at=T0 + dt.timedelta(minutes=10) + licensed_after)
    return cases


def test_daily_intake_figures(reg):
    seed_day(reg)
    data = daily_intake_data(T0.date(), office="绵阳高新区市场监督管理局综合受理窗口")
    assert data.received == 3 and data.day == T0.date() and data.day_to is None
    assert data.by_company_type == (("有限责任公司", 3),)
    assert data.by_channel == (("窗口受理", 2), ("网上申报", 1))
    rows = {r.licence_class: (r.issued, r.on_time) for r in data.by_licence_class}
    assert rows == {"1": (1, 1), "3": (1, 0), "6": (0, 0)}  # the catering licence took 5 h of its 3
    both = daily_intake_data(T0.date(), T0.date() + dt.timedelta(days=1))
    assert both.received == 4 and both.day_to == T0.date() + dt.timedelta(days=1)
    assert dict(both.by_company_type)["个人独资企业"] == 1


def test_the_report_is_offered_and_written(reg_sqlite, tmp_path):
    seed_day(reg_sqlite)
    reports = {r.name: r for r in reg_sqlite.host.call("kaiban_reports", user=None)}
    spec = reports["registration.daily_intake"]
    assert spec.title == "每日受理情况统计" and spec.department == "market_supervision"
    assert not [r for r in reg_sqlite.host.call("kaiban_reports", user=window_user("tax_clerk"))
                if r.name == "registration.daily_intake"]
    out = tmp_path / "daily.pdf"
    progress = []
    spec.build(reg_sqlite, {"date_from": T0.date(), "date_to": T0.date()}, out,
               lambda done, total: progress.append((done, total)))
    assert progress[-1] == (2, 2)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "每日受理" in text or "受理" in text


def test_plugin_migration_created_the_attachment_table(reg_sqlite):
    from db.migrate import applied_versions

    assert applied_versions(reg_sqlite.db)["registration"] == 1
    assert "registration_attachment" in reg_sqlite.db.get_tables()
    assert Step.select().count() == 0
