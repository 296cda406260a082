"""What a tax registration's form data must look like: plain functions returning {field: message},
shared by the form (errors under their fields), the step type (``validate_data`` on every save,
``check_completion`` before completing) and the tests.

The step's data (JSON):

``category``          ``small_scale`` | ``general``
``tax_types``         form tax type codes (catalogue.FORM_TAX_TYPES)
``device``            ``none`` | ``tax_ukey``; ``device_number`` the UKey's 12-digit number
``first_invoices``    rows ``{"kind": "vat_ordinary"|"vat_special", "quantity": n, "max_amount": CNY}``
                      or ``{"kind": "digital", "quota": CNY}``, each kind at most once
``officer``           the tax officer who confirmed the registration
``financial_officer`` ``{"name", "id_number", "mobile"}`` (optional, all or nothing)
``checked``           the licence and the legal representative's identity were checked
"""
from __future__ import annotations

import re

from app.core.identifiers import InvalidIdentifier, validate_mobile, validate_resident_id, validate_uscc
from app.i18n import translate
from plugins.tax import catalogue as cat

NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·• ]*[\u4e00-\u9fffA-Za-z]$")
NAME_MIN, NAME_MAX = 2, 20

def invoice_field(kind: str) -> str:
    """The error key of one invoice kind's row of the first grant."""
    return f"first_invoices.{kind}"


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _code_in(value, codes) -> bool:
    """``value`` is one of ``codes`` (a JSON value of any type may come in)."""
    return isinstance(value, str) and value in codes


def _name_error(value, label: str) -> str:
    if not isinstance(value, str):
        return translate("tax", "{label}格式不正确").format(label=label)
    text = value.strip()
    if not (NAME_MIN <= len(text) <= NAME_MAX) or not NAME_RE.match(text):
        return translate("tax", "{label}应为 2–20 个汉字或字母").format(label=label)
    return ""


def _category_errors(data: dict) -> dict[str, str]:
    value = data.get("category")
    if value in (None, "") or _code_in(value, cat.CATEGORIES):
        return {}
    return {"category": translate("tax", "纳税人类型只能是小规模纳税人或一般纳税人")}


def _tax_type_errors(data: dict) -> dict[str, str]:
    value = data.get("tax_types")
    if value is None:
        return {}
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        return {"tax_types": translate("tax", "登记税种格式不正确")}
    unknown = [code for code in value if code not in cat.FORM_TAX_TYPES]
    if unknown:
        return {"tax_types": translate("tax", "不认识的税种：{codes}").format(codes="、".join(unknown))}
    if len(set(value)) != len(value):
        return {"tax_types": translate("tax", "同一税种只能登记一次")}
    return {}


def _device_errors(data: dict) -> dict[str, str]:
    device, number = data.get("device"), data.get("device_number", "")
    errors = {}
    if device not in (None, "") and not _code_in(device, cat.DEVICES):
        errors["device"] = translate("tax", "税控设备只能是不发放或税务UKey")
    if not isinstance(number, str):
        errors["device_number"] = translate("tax", "税务UKey编号格式不正确")
    elif number.strip():
        text = number.strip()
        if device != cat.DEVICE_UKEY:
            errors["device_number"] = translate("tax", "未发放税务UKey时不填写设备编号")
        elif not (text.isdigit() and text.isascii() and len(text) == cat.UKEY_NUMBER_LENGTH):
            errors["device_number"] = translate("tax", "税务UKey编号应为 {n} 位数字").format(n=cat.UKEY_NUMBER_LENGTH)
    return errors


def _paper_row_error(row: dict, kind: cat.InvoiceKind) -> str:
    quantity, limit = row.get("quantity"), row.get("max_amount")
    if not _is_int(quantity) or not 1 <= quantity <= kind.max_quantity:
        return translate("tax", "{kind}的份数应为 1–{max} 份（新办纳税人每月首次领用上限）").format(
            kind=translate("tax", kind.title), max=kind.max_quantity)
    if limit not in cat.PER_INVOICE_LIMITS or not _is_int(limit):
        return translate("tax", "单份最高开票限额只能是 1,000 元、1 万元或 10 万元（新办纳税人首次核定不超过 10 万元）")
    return ""


def _digital_row_error(row: dict) -> str:
    quota = row.get("quota")
    if not _is_int(quota) or not cat.DIGITAL_QUOTA_MIN <= quota <= cat.DIGITAL_QUOTA_MAX:
        return translate("tax", "全电发票月度开票总额度应为 {low} 至 {high} 元的整数").format(
            low=f"{cat.DIGITAL_QUOTA_MIN:,}", high=f"{cat.DIGITAL_QUOTA_MAX:,}")
    return ""


def _invoice_errors(data: dict) -> dict[str, str]:
    rows = data.get("first_invoices")
    if rows is None:
        return {}
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return {"first_invoices": translate("tax", "首票核定格式不正确")}
    errors: dict[str, str] = {}
    seen = set()
    for row in rows:
        code = row.get("kind")
        kind = cat.INVOICE_KIND_BY_CODE[code] if _code_in(code, cat.INVOICE_KIND_BY_CODE) else None
        if kind is None:
            errors["first_invoices"] = translate("tax", "不认识的发票种类：{kind}").format(kind=row.get("kind"))
            continue
        key = invoice_field(kind.code)
        if kind.code in seen:
            errors[key] = translate("tax", "同一发票种类只能核定一次")
            continue
        seen.add(kind.code)
        message = _paper_row_error(row, kind) if kind.paper else _digital_row_error(row)
        if not message and kind.general_only and data.get("category") != cat.GENERAL:
            message = translate("tax", "增值税专用发票只向一般纳税人核定")
        if message:
            errors[key] = message
    if any(cat.INVOICE_KIND_BY_CODE[code].paper for code in seen) and data.get("device") != cat.DEVICE_UKEY:
        errors.setdefault("device", translate("tax", "核定增值税普通发票或专用发票须发放税务UKey"))
    return errors


def _financial_officer_errors(data: dict) -> dict[str, str]:
    value = data.get("financial_officer")
    if value is None:
        return {}
    if not isinstance(value, dict):
        return {"financial_officer": translate("tax", "财务负责人信息格式不正确")}
    parts = {key: value.get(key, "") for key in ("name", "id_number", "mobile")}
    if any(not isinstance(v, str) for v in parts.values()):
        return {"financial_officer": translate("tax", "财务负责人信息格式不正确")}
    if not any(v.strip() for v in parts.values()):
        return {}  # not given: it is optional
    errors = {}
    name_error = _name_error(parts["name"], translate("tax", "财务负责人姓名"))
    if name_error:
        errors["financial_officer.name"] = name_error
    for key, check in (("id_number", validate_resident_id), ("mobile", validate_mobile)):
        try:
            check(parts[key])
        except InvalidIdentifier as exc:
            errors[f"financial_officer.{key}"] = str(exc)
    return errors


def validate_data(data: dict) -> dict[str, str]:
    """What is wrong with the form data as saved (a field left empty is not wrong yet)."""
    if not isinstance(data, dict):
        return {"category": translate("tax", "表单数据格式不正确")}
    errors: dict[str, str] = {}
    for check in (_category_errors, _tax_type_errors, _device_errors, _invoice_errors, _financial_officer_errors):
        errors.update({k: v for k, v in check(data).items() if k not in errors})
    officer = data.get("officer")
    blank = officer is None or (isinstance(officer, str) and not officer.strip())
    officer_error = "" if blank else _name_error(officer, translate("tax", "经办税务人员姓名"))
    if officer_error:
        errors["officer"] = officer_error
    if "checked" in data and not isinstance(data["checked"], bool):
        errors["checked"] = translate("tax", "核对结果格式不正确")
    return errors


def check_completion(data: dict) -> dict[str, str]:
    """What must still be filled in, or is wrong, before the registration can be confirmed."""
    errors = validate_data(data)
    if not isinstance(data, dict):
        return errors
    if not data.get("category"):
        errors.setdefault("category", translate("tax", "请选择纳税人类型"))
    tax_types = data.get("tax_types") if isinstance(data.get("tax_types"), list) else []
    missing = [cat.tax_type_title(code) for code in cat.MANDATORY_TAX_TYPES if code not in tax_types]
    if missing:
        errors.setdefault("tax_types", translate("tax", "每户纳税人都须登记：{types}").format(types="、".join(missing)))
    if not data.get("device"):
        errors.setdefault("device", translate("tax", "请选择是否发放税务UKey"))
    elif data.get("device") == cat.DEVICE_UKEY and not str(data.get("device_number") or "").strip():
        errors.setdefault("device_number", translate("tax", "请填写发放的税务UKey编号"))
    if not str(data.get("officer") or "").strip():
        errors.setdefault("officer", translate("tax", "请填写经办税务人员"))
    if data.get("checked") is not True:
        errors.setdefault("checked", translate("tax", "请核对营业执照和法定代表人身份信息后勾选"))
    return errors


def taxpayer_id_error(uscc: str | None) -> str:
    """Why the enterprise's USCC cannot serve as its taxpayer id ("" when it can)."""
    if not (uscc or "").strip():
        return translate("tax", "该企业尚无统一社会信用代码（营业执照未核发），不能办理税务登记")
    try:
        validate_uscc(uscc)
    except InvalidIdentifier as exc:
        return translate("tax", "纳税人识别号（统一社会信用代码）无效：{reason}").format(reason=str(exc))
    return ""


__all__ = ["validate_data", "check_completion", "taxpayer_id_error", "invoice_field"]
