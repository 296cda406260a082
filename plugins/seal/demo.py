"""Demo data of the seal companies: the companies with their master data and staff, and the form
a seal clerk fills in for a demo case (``StepTypeSpec.demo_data``)."""
from __future__ import annotations

import itertools
import random
from decimal import Decimal

from app.core.identifiers import random_mobile
from plugins.seal.catalogue import DEPARTMENT, LEGAL_REP, MAIL, PICKUP, default_seal, default_set
from plugins.seal.companies import set_company

#: code, name, address, phone, licence number, opening hours, unit price of the free set
COMPANIES = (
    ("seal-huaxin", "绵阳华信印章有限公司", "高新区火炬广场 12 号", "0816-2531001", "川公特（印）字第 5107030012 号",
     "周一至周五 08:30-12:00、13:30-17:30", Decimal("240.00")),
    ("seal-jincheng", "金城刻章服务部", "涪城区临园路 88 号", "0816-2222333", "川公特（印）字第 5107030027 号",
     "周一至周六 09:00-18:00", Decimal("220.00")),
    ("seal-anda", "安达印章制作有限公司", "游仙区东津路 5 号", "0816-2666777", "川公特（印）字第 5107040009 号",
     "周一至周五 09:00-12:00、14:00-17:00", Decimal("235.00")),
)
#: username, display name, role, company
USERS = (
    ("seal_clerk", "赵师傅", "clerk", "seal-huaxin"),
    ("seal_clerk2", "钱红梅", "clerk", "seal-jincheng"),
    ("seal_chief", "孙国强", "supervisor", "seal-huaxin"),
)
FILING_AREA = "510703"
LEGAL_REP_PRICE = "80.00"
_RECIPIENTS = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "黄敏", "周杰")
_STREETS = ("火炬路", "飞云大道", "绵兴东路", "创业路", "科创园路")


def seed(seeder) -> None:
    """``kaiban_demo_data``: the companies, their master data and their staff."""
    for code, name, address, phone, licence_no, hours, price in COMPANIES:
        org = seeder.organisation(DEPARTMENT, code, name, address=address, phone=phone, area_code="510703")
        set_company(org.id, licence_no=licence_no, opening_hours=hours, unit_price=price)
    for username, display_name, role, company in USERS:
        seeder.user(username, display_name, role, company)


#: consecutive filing-number serials from a random start (not the demo's seeded generator: a second
#: demo run, or thousands of demo forms built at once, must not draw a number twice)
_FILING_SERIALS = itertools.count(random.SystemRandom().randrange(10 ** 7))


def demo_data(rng) -> dict:
    """What a seal clerk records for a demo case: the free set (now and then the legal
    representative's seal as well), filing numbers, the portrait captured, and a hand-over."""
    seals = default_set()
    if rng.random() < 0.4:
        seals.append(dict(default_seal(LEGAL_REP), price=LEGAL_REP_PRICE))
    for seal in seals:  # filing numbers are unique in the whole database, however often the demo is seeded
        seal["filing_no"] = f"{FILING_AREA}{1 + next(_FILING_SERIALS) % (10 ** 7 - 1):07d}"
    recipient = rng.choice(_RECIPIENTS)
    if rng.random() < 0.5:
        handover = {"method": PICKUP, "recipient_name": recipient,
                    "recipient_id_last4": f"{rng.randrange(1000):03d}{rng.choice('0123456789X')}"}
    else:
        handover = {"method": MAIL, "carrier": "ems",  # the free mail service
                    "waybill_no": f"1{rng.randrange(10 ** 12):012d}", "recipient_name": recipient,
                    "recipient_mobile": random_mobile(rng),
                    "address": f"绵阳市高新区{rng.choice(_STREETS)}{rng.randrange(1, 300)}号"}
    return {"seals": seals, "portrait_captured": True, "handover": handover}


__all__ = ["seed", "demo_data", "COMPANIES", "USERS"]
