"""The applicant's tax registration completion notice (税务登记办结通知书): the core's completion
notice layout with the registration's particulars, its first invoice grant and what to do next."""
from __future__ import annotations

from pathlib import Path

from app.core.cases import mask_id_number, mask_mobile
from app.core.errors import ServiceError
from app.core.users import CurrentUser
from app.i18n import translate
from app.reports.notice import CompletionNotice, NoticeTable, render_completion_notice
from plugins.tax import catalogue as cat
from plugins.tax.records import Registration, registration_of_step


def _device_text(registration: Registration) -> str:
    if registration.device == cat.DEVICE_UKEY:
        return translate("tax", "税务UKey（编号 {number}）").format(number=registration.device_number)
    return cat.device_title(registration.device)


def _financial_officer_text(registration: Registration) -> str:
    if not registration.financial_officer_name:
        return translate("tax", "未登记")
    return translate("tax", "{name}（身份证 {id}，手机 {mobile}）").format(
        name=registration.financial_officer_name, id=mask_id_number(registration.financial_officer_id_number),
        mobile=mask_mobile(registration.financial_officer_mobile))


def _tips(registration: Registration) -> list[str]:
    if registration.category == cat.GENERAL:
        tips = [translate("tax", "一般纳税人增值税按月申报，请于次月 15 日前（遇法定节假日顺延）完成申报；"
                                 "没有应税收入也须按期零申报，逾期申报将影响纳税信用。")]
    else:
        tips = [translate("tax", "小规模纳税人增值税一般按季度申报，请于季度终了后次月 15 日前（遇法定节假日顺延）完成申报；"
                                 "没有应税收入也须按期零申报，逾期申报将影响纳税信用。")]
    if registration.device == cat.DEVICE_UKEY:
        tips.append(translate("tax", "请妥善保管税务UKey，首次使用时修改初始口令；遗失或损坏请立即向主管税务机关报告。"))
    if any(g.kind == cat.DIGITAL for g in registration.grants):
        tips.append(translate("tax", "全电发票通过电子税务局的电子发票服务平台开具，无需税控设备；月度额度不足时可申请调整。"))
    tips.append(translate("tax", "办税咨询请拨打 12366 纳税服务热线，或登录电子税务局办理。"))
    return tips


def _grant_table(registration: Registration) -> list[NoticeTable]:
    if not registration.grants:
        return []
    rows = [[g.title, str(g.quantity) if g.quantity is not None else "—",
             cat.yuan(g.max_amount) if g.max_amount is not None else "—", cat.yuan(g.total_amount)]
            for g in registration.grants]
    return [NoticeTable(heading=translate("tax", "首次核定发票（首票）"),
                        headers=[translate("tax", "发票种类"), translate("tax", "每月领用数量（份）"),
                                 translate("tax", "单份最高开票限额"), translate("tax", "可开票额度")],
                        rows=rows, widths=[3, 2, 2.2, 2.2], align=["LEFT", "CENTER", "RIGHT", "RIGHT"])]


def tax_notice(registration: Registration) -> CompletionNotice:
    """The notice of a confirmed registration."""
    details = [
        (translate("tax", "纳税人识别号"), registration.taxpayer_id),
        (translate("tax", "纳税人类型"), cat.category_title(registration.category)),
        (translate("tax", "登记税种"), "、".join(cat.tax_type_title(code) for code in registration.tax_types)),
        (translate("tax", "税控设备"), _device_text(registration)),
        (translate("tax", "财务负责人"), _financial_officer_text(registration)),
    ]
    paragraphs = [translate("tax", "贵单位的税务登记已办结。纳税人识别号即统一社会信用代码，营业执照已具备税务登记证的功能，"
                                   "无需另行领取税务登记证件。登记信息如下：")]
    if not registration.grants:
        paragraphs.append(translate("tax", "本次未核定发票；需要开具发票时，可通过电子税务局申请票种核定。"))
    return CompletionNotice(
        title=translate("tax", "税务登记办结通知书"), office=registration.organisation_name,
        case_number=registration.case_number, enterprise_name=registration.enterprise_name,
        completed_at=registration.confirmed_at, details=details, tables=_grant_table(registration),
        paragraphs=paragraphs, tips=_tips(registration), handler=registration.officer_name,
        address=registration.organisation_address, phone=registration.organisation_phone,
        stamp_text=translate("tax", "（税务登记专用章）"))


def render_tax_notice(step_id: int, user: CurrentUser, out_path: str | Path) -> Path:
    """Write the notice of the registration of step ``step_id`` (for a user who may see the step)."""
    registration = registration_of_step(step_id, user)
    if registration is None:
        raise ServiceError(translate("tax", "税务登记尚未办结，不能打印办结通知书"))
    return render_completion_notice(tax_notice(registration), out_path)


__all__ = ["tax_notice", "render_tax_notice"]
