from app.core.models import Department, Setting
from db.migrate import applied_versions


def test_open_app_migrates_and_registers_departments(ctx):
    assert applied_versions(ctx.db)["core"] >= 1
    codes = {d.code for d in Department.select()}
    assert {"market_supervision", "seal", "bank", "tax", "social_insurance", "incubator"} <= codes
    assert Setting.select().count() == 0
