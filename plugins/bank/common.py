"""Names and code lists shared by the bank branch's services: the step type, the due diligence
conclusions, the account type, the known banks' category codes (行别代码)."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

DEPARTMENT = "bank"
STEP_TYPE = "bank_account"
#: the step the account waits for: its completion is the moment the licence was issued
LICENCE_STEP = "business_licence"
#: the outbox key of the text telling the applicant the account is open
SMS_KEY = "bank.account_opened"

#: the only account the platform opens: the company's main settlement account
ACCOUNT_BASIC = "basic"
ACCOUNT_TYPES = {ACCOUNT_BASIC: QT_TRANSLATE_NOOP("bank", "基本存款账户")}

PASSED = "passed"
PASSED_WITH_NOTES = "passed_with_notes"
REFUSED = "refused"
DUE_DILIGENCE = {
    PASSED: QT_TRANSLATE_NOOP("bank", "通过"),
    PASSED_WITH_NOTES: QT_TRANSLATE_NOOP("bank", "通过（附说明）"),
    REFUSED: QT_TRANSLATE_NOOP("bank", "不通过"),
}

#: CNAPS bank category codes (the first three digits of a 12-digit 联行号) of the banks with one
#: code of their own; city and rural commercial banks and credit cooperatives share theirs
BANK_CATEGORIES = {
    "102": QT_TRANSLATE_NOOP("bank", "中国工商银行"),
    "103": QT_TRANSLATE_NOOP("bank", "中国农业银行"),
    "104": QT_TRANSLATE_NOOP("bank", "中国银行"),
    "105": QT_TRANSLATE_NOOP("bank", "中国建设银行"),
    "301": QT_TRANSLATE_NOOP("bank", "交通银行"),
    "302": QT_TRANSLATE_NOOP("bank", "中信银行"),
    "303": QT_TRANSLATE_NOOP("bank", "中国光大银行"),
    "304": QT_TRANSLATE_NOOP("bank", "华夏银行"),
    "305": QT_TRANSLATE_NOOP("bank", "中国民生银行"),
    "306": QT_TRANSLATE_NOOP("bank", "广发银行"),
    "307": QT_TRANSLATE_NOOP("bank", "平安银行"),
    "308": QT_TRANSLATE_NOOP("bank", "招商银行"),
    "309": QT_TRANSLATE_NOOP("bank", "兴业银行"),
    "310": QT_TRANSLATE_NOOP("bank", "上海浦东发展银行"),
    "403": QT_TRANSLATE_NOOP("bank", "中国邮政储蓄银行"),
}


def due_diligence_title(code: str) -> str:
    return translate("bank", DUE_DILIGENCE[code]) if code in DUE_DILIGENCE else (code or "")


def account_type_title(code: str) -> str:
    return translate("bank", ACCOUNT_TYPES[code]) if code in ACCOUNT_TYPES else (code or "")


def short_bank_name(name: str) -> str:
    """中国工商银行 -> 工商银行: how people name a bank."""
    name = name.strip()
    return name[2:] if name.startswith("中国") and len(name) > 4 else name
