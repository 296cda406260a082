"""The seal step's completion notice (印章刻制办结通知书) for the applicant: the seals engraved with
their specifications and filing numbers, how the set was handed over, and what to mind."""
from __future__ import annotations

from pathlib import Path

from app.core.carriers import carrier_title
from app.core.errors import ServiceError
from app.core.models import Case, StepState, User
from app.core.step_work import require_step
from app.core.users import CurrentUser
from app.i18n import translate
from app.reports.notice import CompletionNotice, NoticeTable, render_completion_notice
from plugins.seal.catalogue import (GOVERNMENT, MAIL, kind_title, material_title, method_title,
                                    shape_title, size_title)
from plugins.seal.companies import company_profile
from plugins.seal.models import SealOrder
from plugins.seal.records import SealLine, lines_of, order_of_step


def _payment(line: SealLine) -> str:
    if line.paid_by == GOVERNMENT:
        return translate("seal", "免费（政府购买）")
    return translate("seal", "自费 {price} 元").format(price=line.price) if line.price is not None else "—"


def _handover(order: SealOrder) -> str:
    if order.method == MAIL:
        return translate("seal", "{method}：{carrier}，运单号 {waybill}；收件人 {name}，{address}").format(
            method=method_title(MAIL), carrier=carrier_title(order.carrier), waybill=order.waybill_no,
            name=order.recipient_name, address=order.address)
    return translate("seal", "{method}：{name}（身份证号码后四位 {last4}）").format(
        method=method_title(order.method), name=order.recipient_name, last4=order.recipient_id_last4)


def _count_text(lines: list[SealLine]) -> str:
    free = sum(1 for line in lines if line.paid_by == GOVERNMENT)
    text = translate("seal", "共 {n} 枚").format(n=len(lines))
    if free and free < len(lines):
        text += translate("seal", "（免费套章 {free} 枚，自费 {paid} 枚）").format(free=free, paid=len(lines) - free)
    elif free:
        text += translate("seal", "（均为免费套章）")
    return text


def completion_notice(step_id: int, user: CurrentUser) -> CompletionNotice:
    """The notice of a completed seal step the user may see."""
    step = require_step(step_id, user)
    if step.state != StepState.DONE:
        raise ServiceError(translate("seal", "刻章事项尚未办结，还不能打印办结通知"))
    order = order_of_step(step.id)
    if order is None:
        raise ServiceError(translate("seal", "该事项办结时没有登记印章，无法打印办结通知"))
    case = Case.get_by_id(step.case_id)
    company = company_profile(step.organisation_id) if step.organisation_id else None
    lines = lines_of(order)
    handler = User.get_or_none(User.id == order.completed_by_id) if order.completed_by_id else None
    details = [(translate("seal", "统一社会信用代码"), case.enterprise.uscc or "—"),
               (translate("seal", "刻章企业"), company.name if company else "—")]
    if company and company.licence_no:
        details.append((translate("seal", "特种行业许可证"), company.licence_no))
    details += [(translate("seal", "印章数量"), _count_text(lines)),
                (translate("seal", "交付方式"), _handover(order))]
    rows = [[str(i), kind_title(line.kind), f"{shape_title(line.shape)} {size_title(line.size)}",
             material_title(line.material), line.filing_no, _payment(line)] for i, line in enumerate(lines, start=1)]
    table = NoticeTable(heading=translate("seal", "印章明细"),
                        headers=[translate("seal", "序号"), translate("seal", "印章"), translate("seal", "规格"),
                                 translate("seal", "材质"), translate("seal", "公安备案号"),
                                 translate("seal", "费用")],
                        rows=rows, widths=[0.6, 1.7, 1.7, 0.9, 2.0, 1.6],
                        align=["CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "LEFT"])
    when = order.completed_at
    paragraphs = [translate("seal", "贵单位申请刻制的印章已于 {time} 刻制完成，并已向公安机关办理备案，明细如下。").format(
        time=f"{when:%Y-%m-%d %H:%M}")]
    if order.free_set:
        paragraphs.append(translate("seal", "免费套章的刻制费用由政府购买服务承担，贵单位无需另行支付。"))
    return CompletionNotice(
        title=translate("seal", "印章刻制办结通知书"), office=company.name if company else translate("seal", "印章刻制"),
        case_number=case.number, enterprise_name=case.enterprise.name, completed_at=when,
        details=details, tables=[table],
        paragraphs=paragraphs,
        tips=[translate("seal", "印章自交付之日起即可使用，请指定专人保管，公章与财务专用章分开存放。"),
              translate("seal", "可凭公安备案号在全国印章信息查询平台核验印章的真伪和备案信息。"),
              translate("seal", "印章遗失的，请及时向公安机关报告并登报声明，凭备案号办理补刻。"),
              translate("seal", "企业名称变更或注销后，原印章应交回刻章企业或公安机关封存、销毁。")],
        handler=handler.display_name if handler else "", address=company.address if company else "",
        phone=company.phone if company else "")


def write_completion_notice(step_id: int, user: CurrentUser, out_path: str | Path) -> Path:
    return render_completion_notice(completion_notice(step_id, user), out_path)


__all__ = ["completion_notice", "write_completion_notice"]
