"""Demo incubators: profiles, seats, about thirty hosted firms with their channels and two years of
output value, so that ``make run`` shows a roster and the reports have figures."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from app.core.identifiers import random_mobile, random_resident_id
from app.core.models import now
from plugins.incubator.common import DEPARTMENT, FirmState
from plugins.incubator.models import FirmOutput, HostedFirm, IncubatorProfile, Seat

#: code, name, address, operator, manager, seat prefix, seats, firms
INCUBATORS = (
    ("inc-kjc", "科技城创新孵化中心", "绵阳市高新区科技城大道 1 号创新中心 3 楼", "绵阳科技城创新中心运营管理有限公司",
     "陈婷", "A-", 16, 12),
    ("inc-cyy", "绵阳创业园", "绵阳市高新区创业路 18 号", "绵阳创业园管理有限公司", "刘洋", "B-", 12, 8),
    ("inc-wg", "绵阳网谷科技产业园", "绵阳市高新区绵兴东路 99 号网谷大厦 6 楼", "绵阳网谷科技产业园管理有限公司",
     "陈鹏", "W-", 14, 10),
)
SERVICES = "注册地址托管（免费）\n工商、税务政策咨询\n创业辅导与投融资对接"
FEES = [{"service": "代理记账", "fee": "200 元/月"}, {"service": "知识产权代理", "fee": "800 元/件起"}]
_TRADES = ["蜀创", "云启", "星火", "智谷", "涪城", "锦源", "科韵", "博瑞", "新川", "鼎信", "启航", "青禾", "翼联",
           "众拓", "弘毅", "数联", "华拓", "睿思", "优创", "凌云"]
_LINES = ["科技", "信息技术", "软件", "电子科技", "网络科技", "文化传媒", "生物科技", "智能装备"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜敏静磊洋勇艳杰娟涛明超霞平刚丽"
#: the science park's mix: most firms came through the hall's materials
_CHANNEL_WEIGHTS = (("hall", 45), ("referral", 25), ("online", 15), ("government", 10), ("other", 5))


def _channel(rng: random.Random) -> str:
    pick = rng.randrange(100)
    for code, weight in _CHANNEL_WEIGHTS:
        if pick < weight:
            return code
        pick -= weight
    return "other"


def seed_demo_incubators(seeder, *, today: dt.date | None = None) -> int:
    """Create what is missing; returns the number of firms added. Uses its own random numbers so
    the other plugins' demo data stay as they were."""
    rng = random.Random(20190830)
    today = today or now().date()
    at = now()
    used_names: set[str] = set(n for (n,) in HostedFirm.select(HostedFirm.company_name).tuples())
    added = 0
    for code, name, address, operator, manager, prefix, seat_count, firm_count in INCUBATORS:
        org = seeder.organisation(DEPARTMENT, code, name, address=address, phone="0816-2500000", area_code="510703")
        if IncubatorProfile.select().where(IncubatorProfile.organisation == org.id).exists():
            continue
        IncubatorProfile.create(organisation=org.id, operator=operator, manager=manager, manager_phone="0816-2501234",
                                services=SERVICES, fees=FEES, yearly_rent=Decimal("30000.00"), updated_at=at)
        seats = [Seat.create(organisation=org.id, number=f"{prefix}{n:03d}", note=rng.choice(["独立工位", "开放工位"]))
                 for n in range(1, seat_count + 1)]
        for i in range(firm_count):
            company = f"绵阳{rng.choice(_TRADES)}{rng.choice(_LINES)}有限公司"
            while company in used_names:
                company = f"绵阳{rng.choice(_TRADES)}{rng.choice(_TRADES)}{rng.choice(_LINES)}有限公司"
            used_names.add(company)
            hosted_from = today - dt.timedelta(days=rng.randrange(60, 900))
            state, left = FirmState.HOSTED, None
            if i == firm_count - 1:  # one firm a place has moved out, one in the park was deregistered
                state, left = ((FirmState.DEREGISTERED, "deregistered_on") if code == "inc-cyy"
                               else (FirmState.MOVED_OUT, "moved_out_on"))
            firm = HostedFirm.create(
                organisation=org.id, seat=seats[i].id, company_name=company,
                legal_rep_name=rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2)))),
                legal_rep_id=random_resident_id(rng), legal_rep_mobile=random_mobile(rng),
                source_channel=_channel(rng), hosted_from=hosted_from, state=state, created_at=at, updated_at=at,
                **({left: today - dt.timedelta(days=rng.randrange(10, 50))} if left else {}))
            last = Decimal(rng.randrange(40, 320)) * 10000
            years = [(today.year - 1, last), (today.year, (last * Decimal(rng.randrange(110, 200)) / 100)
                                              .quantize(Decimal("1")))]
            for year, amount in years:
                if hosted_from.year <= year and (state == FirmState.HOSTED or year < today.year):
                    FirmOutput.create(firm=firm.id, year=year, amount=amount, updated_at=at)
            added += 1
    return added
