"""The record a completed seal step leaves: the set as engraved and handed over.

:func:`record_completion` is the step type's ``on_complete``: it runs inside the completing
transaction, refuses a filing number another case's seal already carries (the completion is then
rolled back), writes the ``SealOrder`` with its ``SealItem`` rows, and texts the applicant.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.core import notifications
from app.core.carriers import carrier_title
from app.core.errors import ValidationError
from app.core.models import Case, Organisation
from app.i18n import translate
from plugins.seal.catalogue import GOVERNMENT, MAIL, kind_title
from plugins.seal.models import SealCompany, SealItem, SealOrder
from plugins.seal.validation import parse_price

SMS_KEY = "seal.handed_over"
CENT = Decimal("0.01")


@dataclass(frozen=True)
class SealLine:
    kind: str
    shape: str
    size: str
    material: str
    paid_by: str
    price: Decimal | None
    filing_no: str


def _clean(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _taken_numbers(numbers: list[str], step_id: int) -> list[tuple[str, str]]:
    query = (SealItem.select(SealItem.filing_no, Case.number).join(SealOrder).join(Case)
             .where(SealItem.filing_no.in_(numbers) & (SealOrder.step != step_id)).order_by(SealItem.filing_no))
    return list(query.tuples())


def _handover_text(case: Case, order: SealOrder, seals: list[dict], org: Organisation | None) -> str:
    names = "、".join(kind_title(s.get("kind", "")) for s in seals)
    if order.method == MAIL:
        how = translate("seal", "已通过{carrier}寄出，运单号{waybill}，请注意查收").format(
            carrier=carrier_title(order.carrier), waybill=order.waybill_no)
    else:
        how = translate("seal", "已由{name}现场领取").format(name=order.recipient_name)
    return translate("seal", "【企业开办】{enterprise}的印章（{names}，共{count}枚）已刻制并完成公安备案，{how}。"
                             "刻章企业：{company}，电话：{phone}。办件编号{case_number}。").format(
        enterprise=case.enterprise.name, names=names, count=len(seals), how=how,
        company=org.name if org else "—", phone=(org.phone if org else "") or "—", case_number=case.number)


def record_completion(step) -> SealOrder | None:
    """``StepTypeSpec.on_complete`` of the seal step (``step.data`` passed check_completion).
    A step completed without a seal list (data written before this plugin checked it) leaves no
    record."""
    data = step.data or {}
    seals = [s for s in (data.get("seals") or []) if isinstance(s, dict)]
    if not seals:
        return None
    handover = data.get("handover") or {}
    numbers = [_clean(s.get("filing_no")) for s in seals]
    taken = _taken_numbers(numbers, step.id)
    if taken:
        raise ValidationError({"seals": "；".join(
            translate("seal", "备案号 {number} 已登记在办件 {case} 的印章上，请核对").format(number=n, case=c)
            for n, c in taken)})
    free_set = any(s.get("paid_by") == GOVERNMENT for s in seals)
    company = SealCompany.get_or_none(SealCompany.organisation == step.organisation_id)
    order = SealOrder.create(
        step=step.id, case=step.case_id, organisation=step.organisation_id, completed_at=step.completed_at,
        completed_by=step.claimed_by_id, free_set=free_set,
        unit_price=company.unit_price if free_set and company is not None else None,
        portrait_captured=bool(data.get("portrait_captured")), method=_clean(handover.get("method")),
        recipient_name=_clean(handover.get("recipient_name")),
        recipient_id_last4=_clean(handover.get("recipient_id_last4")),
        recipient_mobile=_clean(handover.get("recipient_mobile")), address=_clean(handover.get("address")),
        carrier=_clean(handover.get("carrier")), waybill_no=_clean(handover.get("waybill_no")))
    SealItem.insert_many([
        {"seal_order": order.id, "position": i, "kind": s.get("kind"), "shape": s.get("shape"),
         "size": s.get("size"), "material": s.get("material"), "paid_by": s.get("paid_by"),
         "price": parse_price(s.get("price", "")) if s.get("paid_by") != GOVERNMENT else None,
         "filing_no": numbers[i]}
        for i, s in enumerate(seals)]).execute()
    case = Case.get_by_id(step.case_id)
    org = Organisation.get_or_none(Organisation.id == step.organisation_id) if step.organisation_id else None
    notifications.queue_text(step.case_id, SMS_KEY, _handover_text(case, order, seals, org), at=step.completed_at)
    return order


def order_of_step(step_id: int) -> SealOrder | None:
    """The completed set of a step (callers check the user may see the step first)."""
    return SealOrder.get_or_none(SealOrder.step == step_id)


def lines_of(order: SealOrder) -> list[SealLine]:
    return [SealLine(i.kind, i.shape, i.size, i.material, i.paid_by,
                     Decimal(i.price).quantize(CENT) if i.price is not None else None, i.filing_no)
            for i in SealItem.select().where(SealItem.seal_order == order.id).order_by(SealItem.position)]


__all__ = ["record_completion", "order_of_step", "lines_of", "SealLine", "SMS_KEY"]
