"""Calendar arithmetic: the days of months, seasons and ISO weeks, the occurrences of a
yearly, monthly or weekly cycle around a reference day (`Reading`, `resolve`), and `Found`,
a date or time as the scan reads it before it becomes a claim."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from factcheck.extract._calendar.words import _SEASON_START, ONE_DAY
from factcheck.extract.base import Claim, Context

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    if 1 <= month <= 11 and 1 <= year <= 9999:  # (otherwise date() raises, as it must)
        if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            return 29
        return _MONTH_LENGTHS[month]
    return (date(year, month + 1, 1) - ONE_DAY).day


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last_day(year, month))


def season_span(year: int, code: str) -> tuple[date, date]:
    m = _SEASON_START[code]
    if code == "WI":
        return date(year, 12, 1), date(year + 1, 3, 1) - ONE_DAY
    return date(year, m, 1), date(year, m + 2, last_day(year, m + 2))


def season_of(d: date) -> tuple[int, str]:
    """The (labelling year, code) of the season holding ``d``; winter is labelled by December."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


def week_value(d: date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy}-W{iw:02d}"


def safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= d <= last_day(y, m)) or not (1 <= y <= 9998):
        return None
    return date(y, m, d)


# The ISO form of each date, memoized: claims and readings name the same days again and again
# (a day's low and high, the reference day). Cleared by clear_caches. A new one is the year's
# digits and "-MM-DD" from a table: date.isoformat goes through a printf, some 4,000
# instructions a call (ten times the table's).
_ISO: dict[date, str] = {}
_MONTH_DAY_ISO = [[f"-{m:02d}-{d:02d}" for d in range(32)] for m in range(13)]


def _iso(d: date) -> str:
    """``d.isoformat()``, memoized."""
    text = _ISO.get(d)
    if text is None:
        if len(_ISO) > 4096:
            _ISO.clear()
        y = d.year
        text = _ISO[d] = (str(y) if y > 999 else f"{y:04d}") + _MONTH_DAY_ISO[d.month][d.day]
    return text


# A NamedTuple, not a frozen dataclass: built ~140 times a benchmark run, at half the cost.
class Reading(NamedTuple):
    """One admissible reading: canonical value and its inclusive day interval."""

    value: str
    low: date
    high: date


Occ = Callable[[date, str], Reading]  # (anchor day, 'past'|'future'|'nearest') -> reading


def anchors(ctx: Context) -> list[date]:
    """Reference days to resolve against: the reference, or the 7 days up to an estimate."""
    ref = ctx.reference_date
    if ref is None:
        return []
    if ctx.reference_certain:
        return [ref]
    return [ref - timedelta(days=k) for k in range(6, -1, -1)]


def _nearer(ref: date, a: Reading, b: Reading) -> Reading:
    da = 0 if a.low <= ref <= a.high else min(abs((ref - a.high).days), abs((a.low - ref).days))
    db = 0 if b.low <= ref <= b.high else min(abs((ref - b.high).days), abs((b.low - ref).days))
    return b if db < da else a


def resolve(ctx: Context, direction: str, occ: Occ,
            cycle: int = 0) -> tuple[Reading, date, date, str] | None:
    """Resolve over every anchor: (reading for the reference, low, high, reading label).

    ``direction`` is past, future, fip (future from a past act up to a week earlier),
    ambiguous (both nearest readings), nearest, or fixed (the expression carries its own).
    """
    ref = ctx.reference_date
    if ref is None:
        return None
    days = anchors(ctx)
    readings: list[Reading] = []
    if direction == "fip":
        days = [days[0] - timedelta(days=k) for k in range(7, 0, -1)] + days
        readings = [occ(a, "future") for a in days]
        value = readings[0]
        for r in readings[1:]:
            value = _nearer(ref, value, r)
        label = "future" if all(r.low >= ref for r in readings) else "ambiguous"
    # (The last anchor is the reference itself: its readings are the value's.)
    elif direction == "ambiguous":
        for a in days:
            readings.append(occ(a, "past"))
            readings.append(occ(a, "future"))
        value = _nearer(ref, readings[-2], readings[-1])
        label = "ambiguous"
    else:
        how = "nearest" if direction == "fixed" else direction
        label = direction if direction in ("past", "future", "present") else "ambiguous"
        if len(days) == 1:  # (a certain reference: its one reading, as below, without a list)
            value = occ(days[0], how)
            return value, value.low, value.high, label
        readings = [occ(a, how) for a in days]
        value = readings[-1]
    if cycle and len(days) > 1:
        # An estimated reference spans a week. For a yearly or monthly cycle, a reading a whole
        # cycle away from the estimate's only means the text's own date falls inside that
        # week: drop it (a weekday, whose cycle is the week, keeps every reading).
        readings = [r for r in readings if abs((r.low - value.low).days) * 2 < cycle] or [value]
    if direction == "future" and len(days) > 1:
        # The estimate is the latest date the corpus establishes; the article is from that
        # week. A past reading nearest the estimate is the estimate's own; a future one may
        # be an earlier day's: "will come on Sunday" against a Monday estimate is the Sunday
        # just before it (a day off), not the next (six days off), as for a future in the past.
        for r in readings:
            value = _nearer(ref, value, r)
    if len(readings) == 1:
        return value, readings[0].low, readings[0].high, label
    low = min([r.low for r in readings])
    high = max([r.high for r in readings])
    return value, low, high, label


def weekday_occ(weekday: int, strict: bool = False) -> Occ:
    """The weekday's occurrence before/after the anchor; the anchor day itself counts unless
    ``strict`` (news names even today's weekday: "Trump said on Monday" in Monday's paper)."""
    step = 1 if strict else 0

    def occ(a: date, how: str) -> Reading:
        if how == "future":
            d = a + timedelta(days=(weekday - a.weekday() - step) % 7 + step)
        else:
            d = a - timedelta(days=(a.weekday() - weekday - step) % 7 + step)
        return Reading(_iso(d), d, d)

    return occ


def _pick(past: Reading | None, future: Reading | None, a: date, how: str) -> Reading:
    if past is None or how == "future" and future is not None:
        assert future is not None
        return future
    if future is None or how == "past":
        return past
    return _nearer(a, past, future)


def monthday_occ(month: int, day: int, weekday: int | None = None) -> Occ:
    def occ(a: date, how: str) -> Reading:
        past = future = None
        for y in range(a.year, a.year - 60, -1):
            d = safe_date(y, month, day)
            if d is not None and d <= a and (weekday is None or d.weekday() == weekday):
                past = Reading(_iso(d), d, d)
                break
        for y in range(a.year, a.year + 60):
            d = safe_date(y, month, day)
            if d is not None and d >= a and (weekday is None or d.weekday() == weekday):
                future = Reading(_iso(d), d, d)
                break
        return _pick(past, future, a, how)

    return occ


def nth_occ(day: int) -> Occ:
    def occ(a: date, how: str) -> Reading:
        past = future = None
        y, m = a.year, a.month
        for _ in range(14):
            d = safe_date(y, m, day)
            if d is not None and d <= a:
                past = Reading(_iso(d), d, d)
                break
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        y, m = a.year, a.month
        for _ in range(14):
            d = safe_date(y, m, day)
            if d is not None and d >= a:
                future = Reading(_iso(d), d, d)
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return _pick(past, future, a, how)

    return occ


def month_occ(month: int, part: tuple[int, int] | None = None) -> Occ:
    def reading(y: int) -> Reading:
        lo, hi = month_span(y, month)
        if part:
            lo, hi = lo.replace(day=part[0]), lo.replace(day=min(part[1], hi.day))
        return Reading(f"{y:04d}-{month:02d}", lo, hi)

    def occ(a: date, how: str) -> Reading:
        past = reading(a.year if month <= a.month else a.year - 1)
        future = reading(a.year if month >= a.month else a.year + 1)
        return _pick(past, future, a, how)

    return occ


def season_occ(code: str) -> Occ:
    def reading(y: int) -> Reading:
        lo, hi = season_span(y, code)
        return Reading(f"{y}-{code}", lo, hi)

    def occ(a: date, how: str) -> Reading:
        y, cur = season_of(a)
        here = reading(y) if cur == code else None
        if here is not None:
            return here
        past = reading(y if reading(y).high < a else y - 1)
        future = reading(y if reading(y).low > a else y + 1)
        return _pick(past, future, a, how)

    return occ


def fixed_occ(fn: Callable[[date], Reading]) -> Occ:
    return lambda a, how: fn(a)


def day_reading(d: date) -> Reading:
    return Reading(_iso(d), d, d)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def week_reading(monday: date) -> Reading:
    return Reading(week_value(monday), monday, monday + timedelta(days=6))


def nth_week(period: Reading, unit: str, n: int) -> Reading | None:
    """The n-th week (-1: the last) of a month or year: the Monday-weeks whose Thursday falls
    in it (ISO weeks for a year, the same rule for a month); for a day, the week holding it."""
    y, mo = period.low.year, period.low.month
    if unit == "day":
        return week_reading(period.low - timedelta(days=period.low.weekday()))
    if unit == "year":
        last = date(y, 12, 28).isocalendar()[1]
        k = last if n < 0 else n
        return week_reading(date.fromisocalendar(y, k, 1)) if 1 <= k <= last else None
    thursday = date(y, mo, 1) + timedelta(days=(3 - date(y, mo, 1).weekday()) % 7)
    mondays = []
    monday = thursday - timedelta(days=3)
    while (monday + timedelta(days=3)).month == mo:
        mondays.append(monday)
        monday += timedelta(weeks=1)
    k = len(mondays) if n < 0 else n
    return week_reading(mondays[k - 1]) if 1 <= k <= len(mondays) else None


def narrowed(occ: Occ, fn: Callable[[Reading], Reading]) -> Occ:
    return lambda a, how: fn(occ(a, how))


# --- what the scan finds --------------------------------------------------------------------

@dataclass(slots=True)  # (slots: built and read in every loop of the scan, a third faster)
class Found:
    """A date or time found by the scanner, before it becomes a Claim."""

    start: int
    end: int
    kind: str  # 'date' or 'time'
    value: str | None
    timex: str
    granularity: str
    reading: str
    low: date | None = None
    high: date | None = None
    unit: str | None = None
    qualifier: str | None = None
    # what was resolved, for merging a weekday or a time with an adjacent date
    pinned_day: date | None = None
    weekday: int | None = None
    month_day: tuple[int, int] | None = None
    hour: int | None = None
    minute: int | None = None
    week_step: int | None = None  # "last week" = -1, for "Tuesday last week"

    def claim(self, text: str) -> Claim:
        # (in Claim's field order: passed by keyword, the dozen fields cost a third more; the
        # memo of ISO forms read inline, a call of _iso only for a day not in it yet)
        low, high = self.low, self.high
        return Claim(self.start, self.end, text[self.start:self.end], self.kind, self.value,
                     self.unit, None if low is None else _ISO.get(low) or _iso(low),
                     None if high is None else _ISO.get(high) or _iso(high), self.timex,
                     self.granularity, self.reading, self.qualifier)


_RESOLVED: dict[tuple, tuple[str | None, str, str, date | None, date | None]] = {}


def relative(start: int, end: int, ctx: Context, direction: str, occ: Occ, timex: str,
             granularity: str, *, key: tuple = (), pinned: bool = False,
             cycle: int = 0) -> Found:
    """A Found for a relative expression, resolved against the context's anchors.

    ``key`` with ``timex`` identifies what ``occ`` computes (results are memoized: news text
    repeats its dates). ``pinned``: the text names the period relative to the reference
    ("last summer"), so a single admissible reading becomes the timex too.
    """
    memo = (timex, granularity, key, direction, pinned, cycle, ctx.reference_date,
            ctx.reference_certain)
    hit = _RESOLVED.get(memo)
    if hit is None:
        hit = _relative(ctx, direction, occ, timex, pinned, cycle)
        if len(_RESOLVED) > 4096:
            _RESOLVED.clear()
        _RESOLVED[memo] = hit
    value, out_timex, label, low, high = hit
    return Found(start, end, "date", value, out_timex, granularity, label, low, high)


def _relative(ctx: Context, direction: str, occ: Occ, timex: str, pinned: bool,
              cycle: int) -> tuple[str | None, str, str, date | None, date | None]:
    res = resolve(ctx, direction, occ, cycle)
    if res is None:
        return timex, timex, direction if direction in ("past", "future") else "ambiguous", \
            None, None
    value, low, high, label = res
    ref = ctx.reference_date
    assert ref is not None
    if direction == "fixed":
        label = "past" if value.high < ref else "future" if value.low > ref else "present"
    if pinned and value.low == low and value.high == high:
        timex = value.value
    return value.value, timex, label, low, high


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of the month (n = -1: the last one)."""
    if n < 0:
        d = date(y, month, last_day(y, month))
        return d - timedelta(days=(d.weekday() - weekday) % 7)
    d = date(y, month, 1)
    return d + timedelta(days=(weekday - d.weekday()) % 7 + 7 * (n - 1))


def yearly_occ(day_in: Callable[[int], date]) -> Occ:
    """A day that comes back once a year (``day_in(year)``), before or after the anchor."""
    def occ(a: date, how: str) -> Reading:
        here = day_in(a.year)
        past = here if here <= a else day_in(a.year - 1)
        future = here if here >= a else day_in(a.year + 1)
        return _pick(day_reading(past), day_reading(future), a, how)

    return occ


def shifted(d: date, unit: str, k: int) -> date:
    """``d`` moved by ``k`` days, weeks, months, years or decades (a month end clamps)."""
    if unit == "day":
        return d + timedelta(days=k)
    if unit == "week":
        return d + timedelta(weeks=k)
    months = k if unit == "month" else 12 * k * (10 if unit == "decade" else 1)
    y, mo = add_months(d.year, d.month, months)
    return date(y, mo, min(d.day, last_day(y, mo)))
