"""The working calendar: official holidays and make-up days, working hours, overrides, coverage."""
from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from app.cli import main
from app.core import calendar as cal
from app.core.calendar import CalendarError, WorkingCalendar, library_covers

D = dt.datetime
CAL = WorkingCalendar()  # 09:00-12:00 and 13:00-17:00, the library's holidays, no overrides


def first_uncovered_year() -> int:
    """The first year the installed chinesecalendar does not know (2027 with version 1.11)."""
    return next(year for year in range(2025, 2100) if not library_covers(year))


def test_2025_national_day_and_its_make_up_working_days():
    for day in range(1, 9):
        assert not CAL.is_workday(dt.date(2025, 10, day)), day
    assert CAL.is_workday(dt.date(2025, 9, 28))  # a Sunday worked
    assert CAL.is_workday(dt.date(2025, 10, 11))  # a Saturday worked
    assert CAL.is_workday(dt.date(2025, 10, 9)) and CAL.is_workday(dt.date(2025, 9, 30))
    info = CAL.day_info(dt.date(2025, 10, 2))
    assert (info.working, info.source, info.name) == (False, "library", "国庆节")


def test_2026_spring_festival():
    # The installed library: 15-23 February off, Saturday 14 and Saturday 28 February worked.
    assert [CAL.is_workday(dt.date(2026, 2, d)) for d in range(14, 25)] == [True] + [False] * 9 + [True]
    assert CAL.is_workday(dt.date(2026, 2, 28))
    assert CAL.day_info(dt.date(2026, 2, 17)).name == "春节"


def test_adding_working_minutes_skips_lunch_evenings_and_weekends():
    monday = D(2026, 3, 2, 9, 0)
    assert CAL.add_working_minutes(monday, 30) == D(2026, 3, 2, 9, 30)
    assert CAL.add_working_minutes(D(2026, 3, 2, 11, 30), 60) == D(2026, 3, 2, 13, 30)  # lunch does not count
    assert CAL.add_working_minutes(D(2026, 3, 2, 11, 0), 60) == D(2026, 3, 2, 12, 0)  # due at the period's end
    assert CAL.add_working_minutes(D(2026, 3, 2, 12, 20), 10) == D(2026, 3, 2, 13, 10)  # ready during lunch
    assert CAL.add_working_minutes(D(2026, 3, 2, 16, 50), 30) == D(2026, 3, 3, 9, 20)  # overnight
    assert CAL.add_working_minutes(D(2026, 3, 2, 18, 30), 10) == D(2026, 3, 3, 9, 10)  # ready in the evening
    assert CAL.add_working_minutes(D(2026, 3, 2, 7, 0), 10) == D(2026, 3, 2, 9, 10)  # ready before opening
    assert CAL.add_working_minutes(D(2026, 3, 6, 16, 30), 60) == D(2026, 3, 9, 9, 30)  # Friday to Monday
    assert CAL.add_working_minutes(D(2026, 3, 2, 9, 0), 7 * 60) == D(2026, 3, 2, 17, 0)  # one working day
    assert CAL.add_working_minutes(D(2026, 3, 2, 9, 0), 7 * 60 + 1) == D(2026, 3, 3, 9, 1)
    assert CAL.add_working_minutes(D(2026, 3, 2, 9, 0, 30), 1) == D(2026, 3, 2, 9, 1, 30)  # seconds kept


def test_adding_working_minutes_across_holidays_and_make_up_days():
    assert CAL.add_working_minutes(D(2025, 9, 30, 16, 30), 60) == D(2025, 10, 9, 9, 30)  # over National Day
    assert CAL.add_working_minutes(D(2025, 9, 27, 10, 0), 30) == D(2025, 9, 28, 9, 30)  # Sunday 28th is worked
    assert CAL.add_working_minutes(D(2026, 2, 13, 16, 0), 120) == D(2026, 2, 14, 10, 0)  # Saturday 14th worked
    assert CAL.add_working_minutes(D(2026, 2, 14, 16, 0), 120) == D(2026, 2, 24, 10, 0)  # after Spring Festival


def test_subtracting_working_minutes():
    assert CAL.add_working_minutes(D(2026, 3, 9, 9, 30), -60) == D(2026, 3, 6, 16, 30)
    assert CAL.add_working_minutes(D(2026, 3, 2, 13, 30), -60) == D(2026, 3, 2, 11, 30)
    assert CAL.add_working_minutes(D(2026, 3, 2, 20, 0), -30) == D(2026, 3, 2, 16, 30)


def test_working_minutes_between():
    assert CAL.working_minutes_between(D(2026, 3, 6, 16, 30), D(2026, 3, 9, 9, 30)) == 60
    assert CAL.working_minutes_between(D(2026, 3, 2, 11, 30), D(2026, 3, 2, 13, 30)) == 60
    assert CAL.working_minutes_between(D(2026, 3, 2, 12, 10), D(2026, 3, 2, 12, 50)) == 0  # all lunch
    assert CAL.working_minutes_between(D(2026, 3, 2, 17, 30), D(2026, 3, 3, 8, 30)) == 0  # all night
    assert CAL.working_minutes_between(D(2026, 3, 9, 9, 30), D(2026, 3, 6, 16, 30)) == -60  # backwards
    assert CAL.working_minutes_between(D(2025, 9, 30, 16, 0), D(2025, 10, 9, 10, 0)) == 120
    assert CAL.working_minutes_between(D(2026, 3, 2, 0, 0), D(2026, 3, 9, 0, 0)) == 5 * 420  # a week
    assert CAL.working_minutes_between(D(2026, 3, 2, 9, 0), D(2026, 3, 2, 9, 0, 59)) == 0


def test_adding_and_measuring_agree():
    rng = random.Random(4)
    for _ in range(300):
        start = D(2025, 9, 20) + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 200))
        minutes = rng.randrange(1, 5000)
        due = CAL.add_working_minutes(start, minutes)
        assert CAL.working_minutes_between(start, due) == minutes, (start, minutes)
        back = CAL.add_working_minutes(due, -minutes)
        # back at the same working moment (a start outside working hours comes back as the opening)
        assert CAL.working_time_between(start, back) == dt.timedelta(0)
        assert CAL.working_minutes_between(back, due) == minutes


def test_many_countdowns_are_cheap():
    """A queue page recomputes its countdowns on every redraw: hundreds must take milliseconds."""
    calendar = WorkingCalendar()
    now = D(2026, 3, 2, 10, 0)
    dues = [now + dt.timedelta(minutes=37 * i) for i in range(-250, 250)]
    calendar.working_minutes_between(now, dues[-1])  # fill the day cache
    started = time.perf_counter()
    for due in dues:
        calendar.working_minutes_between(now, due)
    assert time.perf_counter() - started < 0.25


def test_configurable_hours():
    calendar = WorkingCalendar([("08:30", "12:00"), ("14:00", "17:30")])
    assert calendar.day_minutes == 420
    assert calendar.add_working_minutes(D(2026, 3, 2, 11, 30), 60) == D(2026, 3, 2, 14, 30)
    assert calendar.add_working_minutes(D(2026, 3, 2, 8, 0), 10) == D(2026, 3, 2, 8, 40)
    for bad in ([("09:00", "12:00"), ("11:00", "17:00")], [("12:00", "09:00")], [("9h", "12:00")],
                [("09:00", "25:00")], []):
        with pytest.raises(CalendarError):
            WorkingCalendar(bad)


def test_overrides_close_and_open_days():
    calendar = WorkingCalendar(closures={"2026-03-04": "政务中心停电"}, workdays={"2026-03-07": "集中办理日"})
    assert not calendar.is_workday(dt.date(2026, 3, 4))
    assert calendar.is_workday(dt.date(2026, 3, 7))  # a Saturday
    assert calendar.day_info(dt.date(2026, 3, 4)).name == "政务中心停电"
    assert calendar.add_working_minutes(D(2026, 3, 3, 16, 30), 60) == D(2026, 3, 5, 9, 30)
    assert calendar.add_working_minutes(D(2026, 3, 6, 16, 30), 60) == D(2026, 3, 7, 9, 30)


def test_a_year_the_library_does_not_cover_falls_back_to_weekdays_with_a_warning():
    year = first_uncovered_year()
    calendar = WorkingCalendar()
    monday = dt.date(year, 3, 1) + dt.timedelta(days=(7 - dt.date(year, 3, 1).weekday()) % 7)
    assert calendar.is_workday(monday) and not calendar.is_workday(monday + dt.timedelta(days=5))
    assert calendar.day_info(monday).source == "weekday"
    warning = calendar.coverage_warning(year)
    assert warning and str(year) in warning and "周一至周五" in warning
    assert calendar.coverage_warning(2025) is None
    # The administrator enters the year's holidays by hand and confirms it: no warning any more.
    entered = WorkingCalendar(closures={monday.isoformat(): "春节"}, confirmed_years=[year])
    assert not entered.is_workday(monday)
    assert entered.coverage_warning(year) is None
    # Deadlines still run across the boundary into the uncovered year.
    assert calendar.add_working_minutes(D(year - 1, 12, 31, 16, 30), 60) > D(year - 1, 12, 31, 17, 0)


def test_the_installations_calendar_is_kept_in_the_settings(sqlite_ctx):
    assert cal.current_calendar().periods == ((540, 720), (780, 1020))
    cal.close_day(dt.date(2026, 3, 4), "政务中心停电")
    cal.open_day(dt.date(2026, 3, 7))
    assert not cal.current_calendar().is_workday(dt.date(2026, 3, 4))
    assert cal.current_calendar().day_info(dt.date(2026, 3, 7)) == cal.DayInfo(dt.date(2026, 3, 7), True, "workday",
                                                                              "调休上班")
    assert cal.add_working_minutes(D(2026, 3, 3, 16, 30), 60) == D(2026, 3, 5, 9, 30)
    cal.clear_day(dt.date(2026, 3, 4))
    assert cal.current_calendar().is_workday(dt.date(2026, 3, 4))
    with pytest.raises(CalendarError):
        cal.close_day(dt.date(2026, 3, 5), "  ")
    cal.set_hours([("08:30", "12:00"), ("14:00", "17:30")])
    assert cal.working_minutes_between(D(2026, 3, 2, 8, 0), D(2026, 3, 2, 9, 0)) == 30
    year = first_uncovered_year()
    assert cal.coverage_warning(year)
    cal.confirm_year(year)
    assert cal.coverage_warning(year) is None
    # What the GUI thread reads never queries the database: the last calendar read.
    assert cal.last_calendar() is cal.current_calendar()


def test_a_broken_setting_falls_back_to_the_default_hours(sqlite_ctx):
    from app.core.settings import set_setting

    set_setting(cal.HOURS_KEY, [["17:00", "09:00"]])
    cal.invalidate()
    assert cal.current_calendar().periods == ((540, 720), (780, 1020))


def test_cli_calendar(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "calendar", "show", "2025"]) == 0
    out = capsys.readouterr().out
    assert "2025-09-28 周日" in out and "调休上班" in out
    assert "2025-10-07 周二 – 2025-10-08 周三" in out and "国庆节" in out
    assert "全年工作日 248 天" in out

    assert main(["--db", sqlite_url, "calendar", "close", "2026-03-04", "--reason", "政务中心停电"]) == 0
    assert "2026-03-04 现为休息日" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "calendar", "open", "2026-03-07", "--reason", "集中办理日"]) == 0
    assert main(["--db", sqlite_url, "calendar", "show", "2026"]) == 0
    out = capsys.readouterr().out
    assert "政务中心停电" in out and "集中办理日" in out

    year = first_uncovered_year()
    assert main(["--db", sqlite_url, "calendar", "show", str(year)]) == 0
    assert "警告" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "calendar", "confirm", str(year)]) == 0
    assert main(["--db", sqlite_url, "calendar", "show", str(year)]) == 0
    assert "警告" not in capsys.readouterr().out

    assert main(["--db", sqlite_url, "calendar", "hours", "08:30-12:00", "14:00-17:30"]) == 0
    assert "08:30–12:00、14:00–17:30" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "calendar", "hours", "09:00-12:00", "11:00-17:00"]) == 2
    assert "重叠" in capsys.readouterr().err
