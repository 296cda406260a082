"""The columns of the delivery lists (title, text of a row)."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication

from app.core.carriers import carrier_title
from app.ui.formatting import format_datetime
from plugins.delivery.common import kind_title, state_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("delivery", text)


def item_columns(with_case: bool = True) -> list:
    columns = [(_tr("状态"), lambda r: state_title(r.state))]
    if with_case:
        columns += [(_tr("办件编号"), lambda r: r.case_number), (_tr("企业名称"), lambda r: r.enterprise)]
    return columns + [
        (_tr("物品"), lambda r: kind_title(r.kind) + (f"（{r.description}）" if r.description else "")),
        (_tr("收件人"), lambda r: r.recipient),
        (_tr("寄递地址"), lambda r: r.address),
        (_tr("快递"), lambda r: carrier_title(r.carrier) if r.carrier else ""),
        (_tr("运单号"), lambda r: r.waybill_no),
        (_tr("制单"), lambda r: format_datetime(r.prepared_at)),
        (_tr("寄出"), lambda r: format_datetime(r.sent_at)),
        (_tr("签收/退回"), lambda r: format_datetime(r.delivered_at or r.returned_at)),
        (_tr("说明"), lambda r: r.note),
    ]


def pending_columns() -> list:
    return [
        (_tr("办件编号"), lambda p: p.case_number),
        (_tr("企业名称"), lambda p: p.enterprise),
        (_tr("待制单物品"), lambda p: "、".join(kind_title(k) for k in p.missing)),
        (_tr("收件人"), lambda p: p.recipient),
        (_tr("寄递地址"), lambda p: p.address),
    ]
