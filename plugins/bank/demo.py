"""The bank branches of the demo (organisations, staff, master data) and the form a demo clerk
fills in before completing a bank step (``StepTypeSpec.demo_data``)."""
from __future__ import annotations

import datetime as dt
import random

from app.i18n import QT_TRANSLATE_NOOP, translate
from plugins.bank.branches import seed_branch
from plugins.bank.common import ACCOUNT_BASIC, DEPARTMENT, PASSED, PASSED_WITH_NOTES
from plugins.bank.validation import BranchForm

#: organisation code, organisation name, master data (the organisation's address and phone in it)
BRANCHES = (
    ("bank-icbc-gx", "工商银行绵阳高新支行",
     BranchForm("中国工商银行", "绵阳高新支行", "102659000236", "19", "高新区绵兴东路 36 号", "0816-2539000")),
    ("bank-ccb-fc", "建设银行绵阳涪城支行",
     BranchForm("中国建设银行", "绵阳涪城支行", "105659000518", "19,20", "涪城区长虹大道北段 9 号", "0816-2212345")),
    ("bank-mycc-kj", "绵阳市商业银行科技城支行",
     BranchForm("绵阳市商业银行", "科技城支行", "313659000027", "17", "高新区飞云大道 261 号", "0816-6330000")),
)
#: username, name, role, branch
STAFF = (
    ("bank_clerk", "孙丽", "clerk", "bank-icbc-gx"),
    ("bank_clerk2", "周强", "clerk", "bank-ccb-fc"),
    ("bank_chief", "陈静", "supervisor", "bank-icbc-gx"),
)
#: the first digits of the demo's account numbers (a Mianyang branch's prefix); 15 random digits follow
ACCOUNT_PREFIX = "2308"
NOTES = (
    QT_TRANSLATE_NOOP("bank", "法定代表人委托经办人到场面签，已电话回访核实开户意愿。"),
    QT_TRANSLATE_NOOP("bank", "实际经营地址为孵化园区工位，已现场核实并留存照片。"),
    QT_TRANSLATE_NOOP("bank", "注册资本认缴尚未实缴，已提示按期出资。"),
)


def seed_branches(seeder) -> None:
    """``kaiban_demo_data``: the branches, their staff and their master data."""
    for code, name, form in BRANCHES:
        org = seeder.organisation(DEPARTMENT, code, name, address=form.address, phone=form.phone, area_code="510703")
        seed_branch(org.id, form)
    for username, display_name, role, branch in STAFF:
        seeder.user(username, display_name, role, branch)


_NUMBERS = random.SystemRandom()


def demo_form(rng: random.Random) -> dict:
    """What a clerk enters for an account opened just now: the signing a little earlier, the due
    diligence (now and then with a note), the number twice, today's date."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    # a little earlier, but today: the signing may not be dated before the licence (issued today at the latest)
    signed = max(now - dt.timedelta(minutes=rng.randrange(15, 75)), now.replace(hour=0, minute=0))
    # numbers are unique per bank, however often the demo is seeded: not from the demo's seeded generator
    number = ACCOUNT_PREFIX + "".join(str(_NUMBERS.randrange(10)) for _ in range(15))
    with_notes = rng.random() < 0.2
    return {
        "signing_at": signed.isoformat(timespec="minutes"),
        "due_diligence": PASSED_WITH_NOTES if with_notes else PASSED,
        "due_diligence_notes": translate("bank", rng.choice(NOTES)) if with_notes else "",
        "account_type": ACCOUNT_BASIC,
        "account_number": number,
        "account_number_confirm": number,
        "opened_on": dt.date.today().isoformat(),
    }


__all__ = ["BRANCHES", "STAFF", "seed_branches", "demo_form"]
