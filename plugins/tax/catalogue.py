"""The tax office's master data: taxpayer categories, the tax types a new enterprise is registered
for, the invoice kinds of the first grant (首票) with their ceilings, and invoice devices.

Codes are stored (step data, the plugin's tables); titles are marked for translation and
translated where they are shown. The ceilings follow the rules for newly registered taxpayers'
first invoice grant: a paper/UKey invoice's per-invoice limit of 1,000, 10,000 or 100,000 CNY,
at most 25 special VAT invoices and 50 ordinary VAT invoices a month.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

DEPARTMENT = "tax"
STEP_TYPE = "tax_registration"

# -- taxpayer category ---------------------------------------------------------------------------
SMALL_SCALE = "small_scale"
GENERAL = "general"
CATEGORIES = {
    SMALL_SCALE: QT_TRANSLATE_NOOP("tax", "小规模纳税人"),
    GENERAL: QT_TRANSLATE_NOOP("tax", "一般纳税人"),
}

# -- tax types -----------------------------------------------------------------------------------
VAT = "vat"
#: on the form: the income tax the enterprise's legal form decides (company: 企业所得税;
#: sole proprietorship, partnership, individual business: 个人所得税（经营所得）)
INCOME_TAX = "income_tax"
CIT = "cit"
IIT_BUSINESS = "iit_business"
IIT_WITHHOLDING = "iit_withholding"
URBAN_CONSTRUCTION = "urban_construction"
EDUCATION_SURCHARGE = "education_surcharge"
LOCAL_EDUCATION_SURCHARGE = "local_education_surcharge"
STAMP = "stamp"
PROPERTY = "property"
LAND_USE = "land_use"

#: what the form offers, in this order
FORM_TAX_TYPES = (VAT, INCOME_TAX, IIT_WITHHOLDING, URBAN_CONSTRUCTION, EDUCATION_SURCHARGE,
                  LOCAL_EDUCATION_SURCHARGE, STAMP, PROPERTY, LAND_USE)
#: every enterprise is registered for these
MANDATORY_TAX_TYPES = (VAT, INCOME_TAX)
TAX_TYPE_TITLES = {
    VAT: QT_TRANSLATE_NOOP("tax", "增值税"),
    INCOME_TAX: QT_TRANSLATE_NOOP("tax", "所得税（按企业类型）"),
    CIT: QT_TRANSLATE_NOOP("tax", "企业所得税"),
    IIT_BUSINESS: QT_TRANSLATE_NOOP("tax", "个人所得税（经营所得）"),
    IIT_WITHHOLDING: QT_TRANSLATE_NOOP("tax", "个人所得税（代扣代缴）"),
    URBAN_CONSTRUCTION: QT_TRANSLATE_NOOP("tax", "城市维护建设税"),
    EDUCATION_SURCHARGE: QT_TRANSLATE_NOOP("tax", "教育费附加"),
    LOCAL_EDUCATION_SURCHARGE: QT_TRANSLATE_NOOP("tax", "地方教育附加"),
    STAMP: QT_TRANSLATE_NOOP("tax", "印花税"),
    PROPERTY: QT_TRANSLATE_NOOP("tax", "房产税"),
    LAND_USE: QT_TRANSLATE_NOOP("tax", "城镇土地使用税"),
}
#: a new enterprise's usual registration, whatever its category: VAT and its surcharges, income
#: tax, withholding of its staff's income tax, stamp duty on its account books
DEFAULT_TAX_TYPES = (VAT, INCOME_TAX, IIT_WITHHOLDING, URBAN_CONSTRUCTION, EDUCATION_SURCHARGE,
                     LOCAL_EDUCATION_SURCHARGE, STAMP)
#: legal forms whose income is taxed with the owners' personal income tax (no 企业所得税)
PASS_THROUGH_COMPANY_TYPES = frozenset({"sole_proprietorship", "partnership", "individual_business"})
COMPANY_TYPES = {
    "limited_company": QT_TRANSLATE_NOOP("tax", "有限责任公司"),
    "sole_proprietorship": QT_TRANSLATE_NOOP("tax", "个人独资企业"),
    "partnership": QT_TRANSLATE_NOOP("tax", "合伙企业"),
    "individual_business": QT_TRANSLATE_NOOP("tax", "个体工商户"),
    "cooperative": QT_TRANSLATE_NOOP("tax", "农民专业合作社"),
}

# -- invoices ------------------------------------------------------------------------------------
VAT_ORDINARY = "vat_ordinary"
VAT_SPECIAL = "vat_special"
DIGITAL = "digital"


@dataclass(frozen=True)
class InvoiceKind:
    code: str
    title: str
    paper: bool  # issued with an invoice device (quantity x per-invoice limit); else a monthly quota
    max_quantity: int = 0  # a month's first grant at most (paper kinds)
    general_only: bool = False


INVOICE_KINDS = (
    InvoiceKind(VAT_ORDINARY, QT_TRANSLATE_NOOP("tax", "增值税普通发票"), paper=True, max_quantity=50),
    InvoiceKind(VAT_SPECIAL, QT_TRANSLATE_NOOP("tax", "增值税专用发票"), paper=True, max_quantity=25,
                general_only=True),
    InvoiceKind(DIGITAL, QT_TRANSLATE_NOOP("tax", "全电发票（数电票）"), paper=False),
)
INVOICE_KIND_BY_CODE = {kind.code: kind for kind in INVOICE_KINDS}
#: a paper invoice's per-invoice limit (单份最高开票限额), CNY
PER_INVOICE_LIMITS = (1_000, 10_000, 100_000)
#: a fully digitalised invoice's monthly quota (月度开票总额度), CNY
DIGITAL_QUOTA_MIN = 1_000
DIGITAL_QUOTA_MAX = 10_000_000
DIGITAL_QUOTA_DEFAULTS = {SMALL_SCALE: 100_000, GENERAL: 1_000_000}

# -- invoice devices ---------------------------------------------------------------------------------
DEVICE_NONE = "none"
DEVICE_UKEY = "tax_ukey"
DEVICES = {
    DEVICE_NONE: QT_TRANSLATE_NOOP("tax", "不发放（仅开具全电发票）"),
    DEVICE_UKEY: QT_TRANSLATE_NOOP("tax", "税务UKey"),
}
UKEY_NUMBER_LENGTH = 12


def category_title(code: str) -> str:
    return translate("tax", CATEGORIES[code]) if code in CATEGORIES else code


def tax_type_title(code: str) -> str:
    return translate("tax", TAX_TYPE_TITLES[code]) if code in TAX_TYPE_TITLES else code


def invoice_kind_title(code: str) -> str:
    kind = INVOICE_KIND_BY_CODE.get(code)
    return translate("tax", kind.title) if kind else code


def device_title(code: str) -> str:
    return translate("tax", DEVICES[code]) if code in DEVICES else code


def company_type_title(code: str) -> str:
    return translate("tax", COMPANY_TYPES[code]) if code in COMPANY_TYPES else code


def income_tax_of(company_type: str) -> str:
    """The income tax of an enterprise of ``company_type``: CIT, or the owners' business income tax."""
    return IIT_BUSINESS if company_type in PASS_THROUGH_COMPANY_TYPES else CIT


def resolved_tax_types(codes, company_type: str) -> list[str]:
    """The form's tax types with the income tax named for the enterprise's legal form."""
    income = income_tax_of(company_type)
    return [income if code == INCOME_TAX else code for code in codes]


def form_tax_type_title(code: str, company_type: str) -> str:
    """A check box's title on the form: the income tax as the enterprise's legal form names it."""
    if code == INCOME_TAX and company_type:
        return tax_type_title(income_tax_of(company_type))
    return tax_type_title(code)


def default_first_invoices(category: str) -> list[dict]:
    """The first grant offered to a new taxpayer of ``category``: a monthly quota of fully
    digitalised invoices (no device needed), a larger one for a general taxpayer."""
    return [{"kind": DIGITAL, "quota": DIGITAL_QUOTA_DEFAULTS.get(category, DIGITAL_QUOTA_DEFAULTS[SMALL_SCALE])}]


def grant_total(row: dict) -> int:
    """What a row of the first grant allows to invoice: quantity x per-invoice limit, or the quota."""
    kind = INVOICE_KIND_BY_CODE.get(row.get("kind", ""))
    if kind is None:
        return 0
    if kind.paper:
        return int(row.get("quantity") or 0) * int(row.get("max_amount") or 0)
    return int(row.get("quota") or 0)


def yuan(amount: int | float) -> str:
    """An amount in CNY as the documents write it: 1,000,000 元."""
    return translate("tax", "{amount} 元").format(amount=f"{amount:,.0f}")
