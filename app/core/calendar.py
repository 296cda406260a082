"""The working calendar: which days are working days and which hours count, in working minutes.

Official holidays and make-up working days (调休) come from ``chinesecalendar``; the State Council
publishes them each winter, so the library knows the years up to its release. An administrator
adds local closures and extra working days as settings, and enters a year the library does not
cover yet by hand: until the year is confirmed, its days fall back to Monday–Friday (plus the
overrides) and :func:`coverage_warning` says so.

Settings (core ``setting`` table):

``calendar.hours``
    working periods of a day, ``[["09:00", "12:00"], ["13:00", "17:00"]]`` by default
``calendar.closures``
    ``{"YYYY-MM-DD": reason}``: days closed although the calendar says working
``calendar.workdays``
    ``{"YYYY-MM-DD": reason}``: days worked although the calendar says closed
``calendar.confirmed_years``
    years the library does not cover whose holidays an administrator has entered

Datetimes are naive local times, like everywhere in Kaiban. Day lookups are cached per
calendar, and the calendar read from the settings is cached per database for a minute, so a
queue can compute hundreds of countdowns without touching the database.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Mapping

import chinese_calendar

from app.i18n import translate

HOURS_KEY = "calendar.hours"
CLOSURES_KEY = "calendar.closures"
WORKDAYS_KEY = "calendar.workdays"
CONFIRMED_YEARS_KEY = "calendar.confirmed_years"
SETTING_KEYS = (HOURS_KEY, CLOSURES_KEY, WORKDAYS_KEY, CONFIRMED_YEARS_KEY)

DEFAULT_HOURS: tuple[tuple[str, str], ...] = (("09:00", "12:00"), ("13:00", "17:00"))
#: how long the calendar read from the settings is reused before it is read again
RELOAD_SECONDS = 60.0
#: a search for the next working minute gives up after this many days without one
_MAX_DAYS = 3660


class CalendarError(ValueError):
    """Invalid working hours or an impossible calendar."""


@dataclass(frozen=True)
class DayInfo:
    """What the calendar says about one day and why."""
    day: dt.date
    working: bool
    source: str  # "closure", "workday" (admin overrides), "library", "weekday" (fallback)
    name: str = ""  # the holiday's name, or the override's reason


def _minutes(text: str) -> int:
    try:
        hours, minutes = text.strip().split(":")
        value = int(hours) * 60 + int(minutes)
    except (ValueError, AttributeError):
        raise CalendarError(translate("calendar", "时间应为 HH:MM 格式：{text}").format(text=text)) from None
    if not 0 <= value <= 24 * 60 or not 0 <= int(minutes) < 60:
        raise CalendarError(translate("calendar", "时间应为 HH:MM 格式：{text}").format(text=text))
    return value


def parse_hours(periods: Iterable[Iterable[str]]) -> tuple[tuple[int, int], ...]:
    """Working periods as (start, end) minutes after midnight, checked: each non-empty, in
    order, not overlapping."""
    parsed = []
    for period in periods:
        start, end = (_minutes(p) for p in period)
        if end <= start:
            raise CalendarError(translate("calendar", "工作时段的结束时间应晚于开始时间"))
        parsed.append((start, end))
    if not parsed:
        raise CalendarError(translate("calendar", "至少需要一个工作时段"))
    parsed.sort()
    for (_s1, e1), (s2, _e2) in zip(parsed, parsed[1:]):
        if s2 < e1:
            raise CalendarError(translate("calendar", "工作时段不能重叠"))
    return tuple(parsed)


def format_hours(periods: Iterable[tuple[int, int]]) -> str:
    return "、".join(f"{s // 60:02d}:{s % 60:02d}–{e // 60:02d}:{e % 60:02d}" for s, e in periods)


_library_years: dict[int, bool] = {}


def library_covers(year: int) -> bool:
    """Whether chinesecalendar knows the official holidays of ``year``."""
    known = _library_years.get(year)
    if known is None:
        try:
            chinese_calendar.is_workday(dt.date(year, 6, 1))
            known = True
        except NotImplementedError:
            known = False
        _library_years[year] = known
    return known


def _as_dates(values: Mapping[str, str] | Iterable) -> dict[dt.date, str]:
    items = values.items() if isinstance(values, Mapping) else ((v, "") for v in values)
    out = {}
    for key, reason in items:
        day = key if isinstance(key, dt.date) else dt.date.fromisoformat(str(key))
        out[day] = reason or ""
    return out


class WorkingCalendar:
    """Working days and hours; immutable once built, day lookups cached."""

    def __init__(self, hours: Iterable[Iterable[str]] = DEFAULT_HOURS, *,
                 closures: Mapping[str, str] | Iterable = (), workdays: Mapping[str, str] | Iterable = (),
                 confirmed_years: Iterable[int] = ()):
        self.periods = parse_hours(hours)
        self.day_minutes = sum(e - s for s, e in self.periods)
        self.closures = _as_dates(closures)
        self.workdays = _as_dates(workdays)
        self.confirmed_years = frozenset(int(y) for y in confirmed_years)
        self._days: dict[dt.date, bool] = {}

    # -- days ---------------------------------------------------------------------------------

    def day_info(self, day: dt.date) -> DayInfo:
        if day in self.closures:
            return DayInfo(day, False, "closure", self.closures[day])
        if day in self.workdays:
            return DayInfo(day, True, "workday", self.workdays[day])
        if library_covers(day.year):
            working, holiday = chinese_calendar.get_holiday_detail(day)
            working = not working
            name = ""
            if holiday:
                try:
                    name = chinese_calendar.Holiday(holiday).chinese
                except ValueError:
                    name = holiday
            return DayInfo(day, working, "library", name)
        return DayInfo(day, day.weekday() < 5, "weekday")

    def is_workday(self, day: dt.date) -> bool:
        working = self._days.get(day)
        if working is None:
            working = self._days[day] = self.day_info(day).working
        return working

    def coverage_warning(self, year: int) -> str | None:
        """A warning to show when ``year``'s holidays are unknown (None when they are known)."""
        if library_covers(year) or year in self.confirmed_years:
            return None
        return translate("calendar", "{year} 年的法定节假日和调休安排尚未收录：暂按周一至周五上班计算。"
                                     "请管理员录入该年的放假和调休日期（calendar close / calendar open），"
                                     "录入完毕后执行 calendar confirm {year}。").format(year=year)

    # -- working time -------------------------------------------------------------------------

    def _periods_of(self, day: dt.date):
        """(start, end) datetimes of the working periods of ``day`` (none on a closed day)."""
        if not self.is_workday(day):
            return ()
        midnight = dt.datetime.combine(day, dt.time())
        return tuple((midnight + dt.timedelta(minutes=s), midnight + dt.timedelta(minutes=e))
                     for s, e in self.periods)

    def add_working_minutes(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The moment ``minutes`` working minutes after ``start`` (before it when negative).

        A deadline that uses up a period exactly falls on the period's end (12:00, not 13:00);
        ``start`` outside working hours counts from the next working minute."""
        if minutes == 0:
            return start
        if minutes < 0:
            return self._subtract(start, dt.timedelta(minutes=-minutes))
        left = dt.timedelta(minutes=minutes)
        day = start.date()
        for _ in range(_MAX_DAYS):
            for p_start, p_end in self._periods_of(day):
                begin = max(p_start, start)
                if begin >= p_end:
                    continue
                if left <= p_end - begin:
                    return begin + left
                left -= p_end - begin
            day += dt.timedelta(days=1)
        raise CalendarError(translate("calendar", "日历中找不到足够的工作时间"))

    def _subtract(self, start: dt.datetime, left: dt.timedelta) -> dt.datetime:
        day = start.date()
        for _ in range(_MAX_DAYS):
            for p_start, p_end in reversed(self._periods_of(day)):
                end = min(p_end, start)
                if end <= p_start:
                    continue
                if left <= end - p_start:
                    return end - left
                left -= end - p_start
            day -= dt.timedelta(days=1)
        raise CalendarError(translate("calendar", "日历中找不到足够的工作时间"))

    def working_time_between(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        """Working time from ``a`` to ``b``; negative when ``b`` is before ``a``."""
        if b < a:
            return -self.working_time_between(b, a)
        total = dt.timedelta()
        day, last = a.date(), b.date()
        while day <= last:
            if day != a.date() and day != last and self.is_workday(day):
                total += dt.timedelta(minutes=self.day_minutes)  # a whole day in between
            else:
                for p_start, p_end in self._periods_of(day):
                    begin, end = max(p_start, a), min(p_end, b)
                    if end > begin:
                        total += end - begin
            day += dt.timedelta(days=1)
        return total

    def working_minutes_between(self, a: dt.datetime, b: dt.datetime) -> int:
        """Whole working minutes from ``a`` to ``b`` (negative when ``b`` is before ``a``)."""
        seconds = self.working_time_between(a, b).total_seconds()
        return int(seconds / 60)  # towards zero: 59 seconds are no minute either way

    def year(self, year: int) -> list[DayInfo]:
        """Every day of ``year`` with what the calendar says about it."""
        day, out = dt.date(year, 1, 1), []
        while day.year == year:
            out.append(self.day_info(day))
            day += dt.timedelta(days=1)
        return out


# -- the installation's calendar ----------------------------------------------------------------

_lock = threading.Lock()
_cached: tuple[object, float, WorkingCalendar] | None = None
_DEFAULT = WorkingCalendar()


def load_calendar() -> WorkingCalendar:
    """Read the calendar from the settings (the default one before the first migration)."""
    from app.core.models import Setting
    from app.core.settings import get_setting

    if not Setting._meta.database.table_exists(Setting._meta.table_name):
        return WorkingCalendar()
    try:
        return WorkingCalendar(get_setting(HOURS_KEY, DEFAULT_HOURS), closures=get_setting(CLOSURES_KEY, {}),
                               workdays=get_setting(WORKDAYS_KEY, {}),
                               confirmed_years=get_setting(CONFIRMED_YEARS_KEY, []))
    except (CalendarError, ValueError, TypeError):
        return WorkingCalendar()  # a broken setting must not stop the queues; `calendar show` reports it


def current_calendar() -> WorkingCalendar:
    """The installation's calendar, read from the opened database at most once a minute."""
    global _cached
    from db.base import database

    db = database.obj
    if db is None:
        return _DEFAULT
    with _lock:
        cached = _cached
    if cached is not None and cached[0] is db and time.monotonic() - cached[1] < RELOAD_SECONDS:
        return cached[2]
    calendar = load_calendar()
    with _lock:
        _cached = (db, time.monotonic(), calendar)
    return calendar


def last_calendar() -> WorkingCalendar:
    """The calendar last read from the database, without reading it (for the GUI thread)."""
    cached = _cached
    return cached[2] if cached is not None else _DEFAULT


def invalidate() -> None:
    """Forget the cached calendar (after an administrator changed it)."""
    global _cached
    with _lock:
        _cached = None


def add_working_minutes(start: dt.datetime, minutes: float, calendar: WorkingCalendar | None = None) -> dt.datetime:
    return (calendar or current_calendar()).add_working_minutes(start, minutes)


def working_minutes_between(a: dt.datetime, b: dt.datetime, calendar: WorkingCalendar | None = None) -> int:
    return (calendar or current_calendar()).working_minutes_between(a, b)


def coverage_warning(year: int, calendar: WorkingCalendar | None = None) -> str | None:
    return (calendar or current_calendar()).coverage_warning(year)


# -- administration -----------------------------------------------------------------------------

def set_hours(periods: Iterable[Iterable[str]]) -> WorkingCalendar:
    """Store the working periods of a day, e.g. ``[("09:00", "12:00"), ("13:00", "17:00")]``."""
    from app.core.settings import set_setting

    parsed = parse_hours(periods)
    set_setting(HOURS_KEY, [[f"{s // 60:02d}:{s % 60:02d}", f"{e // 60:02d}:{e % 60:02d}"] for s, e in parsed])
    invalidate()
    return current_calendar()


def _set_override(day: dt.date, working: bool | None, reason: str) -> None:
    from app.core.settings import get_setting, set_setting
    from db.base import database

    with database.atomic():
        closures = dict(get_setting(CLOSURES_KEY, {}))
        workdays = dict(get_setting(WORKDAYS_KEY, {}))
        closures.pop(day.isoformat(), None)
        workdays.pop(day.isoformat(), None)
        if working is False:
            closures[day.isoformat()] = reason
        elif working is True:
            workdays[day.isoformat()] = reason
        set_setting(CLOSURES_KEY, closures)
        set_setting(WORKDAYS_KEY, workdays)
    invalidate()


def close_day(day: dt.date, reason: str) -> None:
    """A day closed although the calendar says working (local closure, or a holiday of a year
    the library does not cover)."""
    if not reason.strip():
        raise CalendarError(translate("calendar", "请填写闭馆或放假的原因"))
    _set_override(day, False, reason.strip())


def open_day(day: dt.date, reason: str = "") -> None:
    """A day worked although the calendar says closed (e.g. a make-up working day)."""
    _set_override(day, True, reason.strip() or translate("calendar", "调休上班"))


def clear_day(day: dt.date) -> None:
    """Remove an administrator's override of ``day``."""
    _set_override(day, None, "")


def confirm_year(year: int, confirmed: bool = True) -> None:
    """Declare that ``year``'s holidays and make-up days have been entered by hand (the coverage
    warning stops), or withdraw that declaration."""
    from app.core.settings import get_setting, set_setting

    years = set(get_setting(CONFIRMED_YEARS_KEY, []))
    if confirmed:
        years.add(int(year))
    else:
        years.discard(int(year))
    set_setting(CONFIRMED_YEARS_KEY, sorted(years))
    invalidate()
