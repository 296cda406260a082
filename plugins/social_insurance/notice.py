"""The applicant's completion notice of the social insurance registration (参保登记办结通知书):
the unit number, the insurances, the housing fund and the enrolled employees (IDs masked)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.notice import CompletionNotice, NoticeTable, render_completion_notice
from plugins.social_insurance.enrolment import Registration, registration_of
from plugins.social_insurance.reference import insurance_titles


#: the employees table of the notice: (title, relative width, alignment)
EMPLOYEE_TABLE = (
    (QT_TRANSLATE_NOOP("social_insurance", "序号"), 0.6, "CENTER"),
    (QT_TRANSLATE_NOOP("social_insurance", "姓名"), 1.4, "LEFT"),
    (QT_TRANSLATE_NOOP("social_insurance", "身份证号码"), 2.4, "LEFT"),
    (QT_TRANSLATE_NOOP("social_insurance", "参保日期"), 1.4, "CENTER"),
    (QT_TRANSLATE_NOOP("social_insurance", "月缴费基数（元）"), 1.6, "RIGHT"),
)
TIPS = (
    QT_TRANSLATE_NOOP("social_insurance", "请妥善保管社保单位编号，办理申报缴费、增减员和查询时均需使用。"),
    QT_TRANSLATE_NOOP("social_insurance", "用人单位应当自用工之日起 30 日内为新招用的职工办理社会保险登记（增员）。"),
    QT_TRANSLATE_NOOP("social_insurance", "单位名称、住所、法定代表人等登记事项发生变更的，应当自变更之日起 30 日内"
                                          "办理变更登记。"),
    QT_TRANSLATE_NOOP("social_insurance", "请按月如实申报缴费基数，按时足额缴纳社会保险费；逾期将按日加收滞纳金。"),
)
FUND_TIP = QT_TRANSLATE_NOOP("social_insurance", "住房公积金应于每月发放职工工资之日起 5 日内缴存至单位住房公积金账户。")


def _tr(text: str) -> str:
    """A text marked above, translated."""
    return translate("social_insurance", text)


def _yuan(value) -> str:
    return f"{Decimal(value):,.2f}"


def _fund_text(reg: Registration) -> str:
    if reg.housing_fund:
        return translate("social_insurance", "已办理单位缴存登记，单位账号 {account}，缴存比例 {ratio}%").format(
            account=reg.fund_account, ratio=reg.fund_ratio)
    return translate("social_insurance", "未办理（如需办理，请持营业执照到住房公积金管理中心或线上办理）")


def _employees_text(reg: Registration) -> str:
    if not reg.employees:
        return translate("social_insurance", "暂无雇员（招用职工后 30 日内办理参保增员）")
    total = sum((Decimal(e.base) for e in reg.employees), Decimal("0"))
    return translate("social_insurance", "{count} 人，月缴费基数合计 {total} 元").format(
        count=len(reg.employees), total=_yuan(total))


def completion_notice(reg: Registration) -> CompletionNotice:
    """The notice's content for a completed registration."""
    details = [(translate("social_insurance", "统一社会信用代码"), reg.uscc or "—"),
               (translate("social_insurance", "社保单位编号"), reg.unit_number),
               (translate("social_insurance", "参保险种"), insurance_titles(reg.insurance_types)),
               (translate("social_insurance", "参保职工"), _employees_text(reg)),
               (translate("social_insurance", "住房公积金"), _fund_text(reg))]
    tables = []
    if reg.employees:
        tables.append(NoticeTable(
            heading=translate("social_insurance", "参保职工名单"), headers=[_tr(t) for t, _w, _a in EMPLOYEE_TABLE],
            rows=[[str(i), e.name, e.id_number, e.start_date.isoformat(), _yuan(e.base)]
                  for i, e in enumerate(reg.employees, start=1)],
            widths=[w for _t, w, _a in EMPLOYEE_TABLE], align=[a for _t, _w, a in EMPLOYEE_TABLE]))
    tips = [_tr(tip) for tip in TIPS] + ([_tr(FUND_TIP)] if reg.housing_fund else [])
    paragraph = translate("social_insurance", "你单位申请的社会保险登记已办理完毕，登记信息如下。"
                                              "参保职工自参保日期起享受相应社会保险待遇。")
    return CompletionNotice(
        title=translate("social_insurance", "社会保险登记办结通知书"), office=reg.organisation_name,
        case_number=reg.case_number, enterprise_name=reg.enterprise_name, completed_at=reg.registered_at,
        details=details, tables=tables, paragraphs=[paragraph], tips=tips, handler=reg.registered_by,
        address=reg.organisation_address, phone=reg.organisation_phone,
        stamp_text=translate("social_insurance", "（社会保险业务专用章）"))


def print_notice(step_id: int, user: CurrentUser, out_path: str | Path) -> Path:
    """Off the GUI thread: read the completed registration and write its notice to ``out_path``."""
    return render_completion_notice(completion_notice(registration_of(step_id, user)), out_path)


__all__ = ["completion_notice", "print_notice"]
