"""The roster over time: register on a free seat, correct, move out or deregister (seat freed),
output values per year; one hosted firm per seat, in the service and in the database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from peewee import IntegrityError

from app.core.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationError
from db.base import database
from plugins.incubator.common import FirmState
from plugins.incubator.incubators import add_seats, free_seat_numbers, list_seats, remove_seat, update_seat
from plugins.incubator.models import FirmOutput, HostedFirm
from plugins.incubator.roster import (deregister, get_firm, list_firms, move_out, outputs_of, register_firm,
                                      set_output, update_firm)

from .helpers import AT, OTHER_ID, entry


def test_register_move_out_and_take_the_seat_again(park):
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    assert (firm.seat, firm.state, firm.incubator, firm.version) == ("A-001", FirmState.HOSTED, "甲创新孵化器", 1)
    assert "A-001" not in free_seat_numbers(park.a, park.manager_a)
    with pytest.raises(ValidationError) as refused:
        register_firm(park.a, entry(company_name="绵阳云帆网络科技有限公司"), park.manager_a, at=AT)
    assert refused.value.errors == {"seat": "工位 A-001 已有在孵企业"}

    gone = move_out(firm.id, dt.date(2026, 2, 27), firm.version, park.manager_a, at=AT)
    assert (gone.state, gone.moved_out_on, gone.seat) == (FirmState.MOVED_OUT, dt.date(2026, 2, 27), "A-001")
    assert "A-001" in free_seat_numbers(park.a, park.manager_a)
    second = register_firm(park.a, entry(company_name="绵阳云帆网络科技有限公司"), park.manager_a, at=AT)
    assert second.seat == "A-001"
    assert [f.company_name for f in list_firms(park.manager_a, park.a, state=FirmState.HOSTED)] == [
        "绵阳云帆网络科技有限公司"]
    assert len(list_firms(park.manager_a, park.a)) == 2  # the history stays


def test_the_database_holds_one_hosted_firm_per_seat(park):
    """The partial unique index refuses a second hosted firm on a seat, whatever the service does."""
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    row = HostedFirm.get_by_id(firm.id)
    values = {f: getattr(row, f) for f in ("company_name", "legal_rep_name", "legal_rep_id", "legal_rep_mobile",
                                           "hosted_from")}
    with pytest.raises(IntegrityError):
        with database.atomic():
            HostedFirm.create(organisation=park.a, seat=row.seat_id, state=FirmState.HOSTED,
                              **(values | {"company_name": "绵阳另一家科技有限公司"}))
    # a firm that left the seat does not count
    HostedFirm.create(organisation=park.a, seat=row.seat_id, state=FirmState.MOVED_OUT,
                      moved_out_on=dt.date(2026, 1, 1), **(values | {"company_name": "绵阳老住户科技有限公司"}))
    with pytest.raises(IntegrityError):
        with database.atomic():
            HostedFirm.update(state="gone").where(HostedFirm.id == firm.id).execute()  # not a known state


def test_edit_with_version_and_change_seat(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    changed = update_firm(firm.id, entry(seat="A-002", legal_rep_id=OTHER_ID, notes="改为独立工位"), firm.version,
                          park.manager_a, at=AT)
    assert (changed.seat, changed.legal_rep_id, changed.version, changed.notes) == ("A-002", OTHER_ID, 2, "改为独立工位")
    assert "A-001" in free_seat_numbers(park.a, park.manager_a)
    with pytest.raises(Conflict):
        update_firm(firm.id, entry(seat="A-003"), firm.version, park.manager_a, at=AT)
    assert get_firm(firm.id, park.manager_a).seat == "A-002"


def test_bad_edits_change_nothing(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    register_firm(park.a, entry(company_name="绵阳云帆网络科技有限公司", seat="A-002"), park.manager_a, at=AT)
    with pytest.raises(ValidationError) as refused:
        update_firm(firm.id, entry(company_name="绵阳云帆网络科技有限公司", seat="A-002", legal_rep_mobile="1"),
                    firm.version, park.manager_a, at=AT)
    assert set(refused.value.errors) == {"company_name", "seat", "legal_rep_mobile"}
    assert refused.value.errors["seat"] == "工位 A-002 已有在孵企业"
    with pytest.raises(ValidationError) as unknown:
        register_firm(park.a, entry(company_name="绵阳星河科技有限公司", seat="B-001"), park.manager_a, at=AT)
    assert unknown.value.errors == {"seat": "本机构没有工位 B-001，请先在“工位”中添加"}
    assert HostedFirm.get_by_id(firm.id).version == 1 and HostedFirm.select().count() == 2


def test_leaving_dates_and_no_edits_afterwards(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    with pytest.raises(ValidationError) as early:
        deregister(firm.id, dt.date(2025, 5, 31), firm.version, park.manager_a, at=AT)
    assert early.value.errors == {"date": "日期不能早于入驻日期 2025-06-01"}
    with pytest.raises(ValidationError):
        deregister(firm.id, dt.date(2026, 3, 3), firm.version, park.manager_a, at=AT)  # the future
    done = deregister(firm.id, dt.date(2026, 3, 1), firm.version, park.manager_a, at=AT)
    assert (done.state, done.deregistered_on, done.left_on) == (FirmState.DEREGISTERED, dt.date(2026, 3, 1),
                                                                dt.date(2026, 3, 1))
    with pytest.raises(ServiceError, match="已注销"):
        update_firm(firm.id, entry(), done.version, park.manager_a, at=AT)
    with pytest.raises(ServiceError):
        move_out(firm.id, dt.date(2026, 3, 1), done.version, park.manager_a, at=AT)


def test_output_per_year(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    set_output(firm.id, 2025, "1200000", park.manager_a, at=AT)
    set_output(firm.id, 2026, "350000.50", park.manager_a, at=AT)
    set_output(firm.id, 2025, "1250000", park.manager_a, at=AT)  # a correction replaces the figure
    assert outputs_of(firm.id, park.manager_a) == [(2025, Decimal("1250000.00")), (2026, Decimal("350000.50"))]
    assert get_firm(firm.id, park.manager_a).latest_output == (2026, Decimal("350000.50"))
    with pytest.raises(ValidationError) as refused:
        set_output(firm.id, 2024, "-5", park.manager_a, at=AT)
    assert refused.value.errors == {"year": "年度不能早于入驻年度 2025", "amount": "金额不能为负数"}
    assert FirmOutput.select().count() == 2


def test_seats(park_sqlite):
    park = park_sqlite
    assert add_seats(park.a, park.manager_a, ["A-101", "A-102"], "4 人间") == 2
    with pytest.raises(ValidationError, match="A-101"):
        add_seats(park.a, park.manager_a, ["A-101", "A-103"])
    with pytest.raises(ValidationError):
        add_seats(park.a, park.manager_a, ["A 9"])
    assert len(list_seats(park.a, park.manager_a)) == 8
    firm = register_firm(park.a, entry(seat="A-101"), park.manager_a, at=AT)
    seat = next(s for s in list_seats(park.a, park.manager_a) if s.number == "A-101")
    assert (seat.firm_id, seat.firm_name, seat.note) == (firm.id, "绵阳青禾智联科技有限公司", "4 人间")
    with pytest.raises(ServiceError, match="不能停用"):
        update_seat(seat.id, park.manager_a, note="", active=False)
    with pytest.raises(ServiceError, match="不能删除"):
        remove_seat(seat.id, park.manager_a)
    spare = next(s for s in list_seats(park.a, park.manager_a) if s.number == "A-102")
    update_seat(spare.id, park.manager_a, note="停用", active=False)
    assert "A-102" not in free_seat_numbers(park.a, park.manager_a)
    with pytest.raises(ValidationError, match="已停用"):
        register_firm(park.a, entry(company_name="绵阳星河科技有限公司", seat="A-102"), park.manager_a, at=AT)
    remove_seat(spare.id, park.manager_a)
    assert len(list_seats(park.a, park.manager_a)) == 7


# -- access ---------------------------------------------------------------------------------------------

def test_each_manager_keeps_to_their_own_incubator(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    with pytest.raises(PermissionDenied):
        register_firm(park.a, entry(company_name="绵阳星河科技有限公司", seat="A-002"), park.manager_b, at=AT)
    with pytest.raises(NotFound):
        get_firm(firm.id, park.manager_b)
    with pytest.raises(NotFound):
        update_firm(firm.id, entry(), firm.version, park.manager_b, at=AT)
    with pytest.raises(NotFound):
        move_out(firm.id, dt.date(2026, 3, 1), firm.version, park.manager_b, at=AT)
    with pytest.raises(NotFound):
        set_output(firm.id, 2025, "1", park.manager_b, at=AT)
    with pytest.raises(NotFound):
        list_firms(park.manager_b, park.a)
    with pytest.raises(PermissionDenied):
        add_seats(park.a, park.manager_b, ["A-200"])
    assert list_firms(park.manager_b) == []  # their own incubator has nobody yet
    assert [f.id for f in list_firms(park.admin)] == [firm.id]


def test_the_window_reads_but_never_writes(park_sqlite):
    park = park_sqlite
    firm = register_firm(park.a, entry(), park.manager_a, at=AT)
    with pytest.raises(PermissionDenied):
        list_firms(park.clerk)  # the clerk searches for intake only (intake_source)
    assert [f.id for f in list_firms(park.chief)] == [firm.id]  # the supervisor reads the park's roster
    for user in (park.clerk, park.chief):
        with pytest.raises(PermissionDenied):
            update_firm(firm.id, entry(), firm.version, user, at=AT)
        with pytest.raises(PermissionDenied):
            register_firm(park.a, entry(seat="A-002", company_name="绵阳星河科技有限公司"), user, at=AT)
    with pytest.raises(PermissionDenied):
        set_output(firm.id, 2025, "1", park.chief, at=AT)
    for user in (park.seal_clerk, None):
        with pytest.raises(PermissionDenied):
            list_firms(user)
        with pytest.raises(PermissionDenied):
            get_firm(firm.id, user)
    admin_edit = update_firm(firm.id, entry(notes="管理员更正"), firm.version, park.admin, at=AT)
    assert admin_edit.notes == "管理员更正"
