"""Holidays: fixed ones by their day, movable ones computed (Easter, Thanksgiving, Labor Day,
...), a holiday of a named or stepped year ("Easter last year"), and holiday weekends
("Labor Day weekend")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from factcheck.extract._calendar.arithmetic import (
    Found,
    Reading,
    _nth_weekday,
    _pick,
    day_reading,
    fixed_occ,
    monthday_occ,
    relative,
    week_value,
    yearly_occ,
)
from factcheck.extract._calendar.days import _absolute_day, _after_a_name
from factcheck.extract._calendar.tense import tense_direction
from factcheck.extract._calendar.words import _PERIOD_STEPS, ONE_DAY, prev_words
from factcheck.extract.base import Context

# Fixed-date holidays; Independence Day is the US one (the usual reading in English news).
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new years day": (1, 1), "new years eve": (12, 31),
             "valentines day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "independence day": (7, 4), "juneteenth": (6, 19), "veterans day": (11, 11),
             "armistice day": (11, 11), "bastille day": (7, 14),
             "international workers day": (5, 1), "earth day": (4, 22),
             "st patricks day": (3, 17), "canada day": (7, 1), "australia day": (1, 26),
             "anzac day": (4, 25), "remembrance day": (11, 11)}


def _easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month, day = divmod(h + j - 7 * m + 114, 31)
    return date(y, month, day + 1)


# Movable holidays: the day in a given year, and the month the timex can pin (0: none).
_MOVABLE: dict[str, tuple[Callable[[int], date], int]] = {
    "thanksgiving": (lambda y: _nth_weekday(y, 11, 3, 4), 11),
    "labor day": (lambda y: _nth_weekday(y, 9, 0, 1), 9),
    "memorial day": (lambda y: _nth_weekday(y, 5, 0, -1), 5),
    "martin luther king day": (lambda y: _nth_weekday(y, 1, 0, 3), 1),
    # Mother's and Father's Day as the US, Canada, India, Japan and others keep them
    "mothers day": (lambda y: _nth_weekday(y, 5, 6, 2), 5),
    "fathers day": (lambda y: _nth_weekday(y, 6, 6, 3), 6),
    "easter": (_easter, 0),
    "easter monday": (lambda y: _easter(y) + ONE_DAY, 0),
    "good friday": (lambda y: _easter(y) - timedelta(days=2), 0),
    "maundy thursday": (lambda y: _easter(y) - timedelta(days=3), 0),
    "palm sunday": (lambda y: _easter(y) - timedelta(days=7), 0),
    "ash wednesday": (lambda y: _easter(y) - timedelta(days=46), 0),
    "shrove tuesday": (lambda y: _easter(y) - timedelta(days=47), 0),
    "black friday": (lambda y: _nth_weekday(y, 11, 3, 4) + ONE_DAY, 11),
    "cyber monday": (lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4), 0),
    "presidents day": (lambda y: _nth_weekday(y, 2, 0, 3), 2),
    "columbus day": (lambda y: _nth_weekday(y, 10, 0, 2), 10),
}
_HOLIDAY_ALIASES = {"thanksgiving day": "thanksgiving", "labour day": "labor day",
                    "easter sunday": "easter", "mlk day": "martin luther king day",
                    "martin luther king jr day": "martin luther king day",
                    "saint patricks day": "st patricks day"}


def _holiday_name(raw: str) -> str:
    name = re.sub(r"[.,'’]", "", " ".join(raw.lower().split()))
    return _HOLIDAY_ALIASES.get(name, name)


def _weekend_occ(a: date, how: str) -> Reading:
    """The weekend before the anchor (the anchor's own on a Saturday or Sunday) or after it."""
    if how == "future":
        sat = a + timedelta(days=(5 - a.weekday()) % 7) if a.weekday() < 6 else a - ONE_DAY
    else:
        sat = a - timedelta(days=(a.weekday() - 5) % 7)
    return Reading(week_value(sat) + "-WE", sat, sat + ONE_DAY)


def weekend_of(d: date, thursday: bool = False) -> Reading | None:
    """The long weekend a holiday falls in: Sat-Mon for a Monday, Fri-Sun for a Friday,
    Thu-Sun for Thanksgiving, Fri-Mon for Easter; None for a day in mid-week."""
    wd = d.weekday()
    if wd == 0:
        lo, hi = d - timedelta(days=2), d
    elif wd == 3 and thursday:
        lo, hi = d, d + timedelta(days=3)
    elif wd == 4:
        lo, hi = d, d + timedelta(days=2)
    elif wd == 5:
        lo, hi = d, d + ONE_DAY
    elif wd == 6:
        lo, hi = d - timedelta(days=1), d
    else:
        return None
    sat = lo + timedelta(days=(5 - lo.weekday()) % 7) if lo.weekday() < 5 else lo
    return Reading(week_value(sat) + "-WE", lo, hi)


def _holiday_weekend(text: str, s: int, e: int, ctx: Context, raw: str,
                     yraw: str | None) -> Found | None:
    """"Labor Day weekend", "Easter weekend 2025": the long weekend holding the holiday."""
    name = _holiday_name(raw)
    day_in: Callable[[int], date]
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        day_in = lambda y: date(y, month, day)  # noqa: E731
    else:
        day_in = _MOVABLE[name][0]
    if name == "easter":
        def weekend(y: int) -> Reading | None:
            d = _easter(y)
            return Reading(week_value(d) + "-WE", d - timedelta(days=2), d + ONE_DAY)
    else:
        def weekend(y: int) -> Reading | None:
            return weekend_of(day_in(y), thursday=name == "thanksgiving")
    if yraw:
        r = weekend(int(yraw))
        if r is None:
            return None
        return Found(s, e, "date", r.value, r.value, "week", "absolute", r.low, r.high)
    ref = ctx.reference_date or date(2000, 1, 1)
    if weekend(ref.year) is None or weekend(ref.year - 1) is None or weekend(ref.year + 1) is None:
        return None  # a fixed holiday in mid-week: no weekend of its own

    def occ(a: date, how: str) -> Reading:
        here = weekend(a.year)
        before, after = weekend(a.year - 1), weekend(a.year + 1)
        assert here is not None and before is not None and after is not None
        past = here if here.low <= a else before
        future = here if here.high >= a else after
        return _pick(past, future, a, how)

    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, occ, "XXXX-WXX-WE", "week", cycle=365,
                    key=("weekend", name))


def _holiday(text: str, s: int, e: int, ctx: Context, raw: str,
             yraw: str | None, rel: str | None = None) -> Found | None:
    if _after_a_name(text, s):
        return None  # "illustrator Johnnie Christmas": a family name
    if not yraw and not rel and _NAMED_AFTER.match(text, e):
        return None  # "the Good Friday Agreement", "Christmas Island": a name, not a day
    name = _holiday_name(raw)
    if rel:  # "Easter last year", "Christmas of next year"
        return _holiday_in_year(s, e, ctx, name, _PERIOD_STEPS[rel.lower()])
    words = prev_words(text, s, 1) if not yraw else []
    step = _HOLIDAY_STEPS.get(words[-1][0].lower()) if words else None
    if step is not None:  # "next Easter", "last Christmas", "this Thanksgiving"
        s = words[-1][1]
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        if yraw:
            return _absolute_day(s, e, date(int(yraw), month, day))
        if step is not None:
            return _stepped_holiday(s, e, ctx, lambda y: date(y, month, day), step,
                                    f"XXXX-{month:02d}-{day:02d}")
        direction = tense_direction(text, s, e, "nearest")
        f = relative(s, e, ctx, direction, monthday_occ(month, day),
                     f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
        f.month_day = (month, day)
        return f
    day_in, month = _MOVABLE[name]
    if yraw:
        return _absolute_day(s, e, day_in(int(yraw)))
    timex = f"XXXX-{month:02d}" if month else "XXXX"
    if step is not None:
        return _stepped_holiday(s, e, ctx, day_in, step, timex)
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, yearly_occ(day_in), timex, "day", cycle=365,
                    key=(name,))

_HOLIDAY_STEPS = {"last": -1, "next": 1, "this": 0, "coming": 1}
# Nouns after a holiday that make it part of a name: "the Good Friday Agreement", "Christmas
# Island", "the Easter Rising", "the New Year Honours".
_NAMED_AFTER = re.compile(r"\s(?:Agreement|Accords?|Islands?|Rising|Uprising|Offensive|Massacre"
                          r"|Honours|Truce)\b")


def _named_year(ctx: Context, rel: str | None) -> str | None:
    """The year "this/next/last" names, as digits (None without ``rel`` or a reference)."""
    if not rel or ctx.reference_date is None:
        return None
    return str(ctx.reference_date.year + _PERIOD_STEPS[rel.lower()])


def _holiday_in_year(s: int, e: int, ctx: Context, name: str, step: int) -> Found:
    """The holiday ``name`` in the year ``step`` years from the reference's."""
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        day_in: Callable[[int], date] = lambda y: date(y, month, day)  # noqa: E731
        timex = f"XXXX-{month:02d}-{day:02d}"
    else:
        day_in, month = _MOVABLE[name]
        timex = f"XXXX-{month:02d}" if month else "XXXX"
    f = relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(day_in(a.year + step))),
                 timex, "day", pinned=True, key=("holiday in year", name, step))
    if name in _HOLIDAYS:
        f.month_day = _HOLIDAYS[name]
    return f


def _stepped_holiday(s: int, e: int, ctx: Context, day_in: Callable[[int], date], step: int,
                     timex: str) -> Found:
    """"Next Easter" (the coming one), "last Christmas" (the one before the reference), "this
    Thanksgiving" (the reference year's)."""
    if step == 0:
        return relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(day_in(a.year))),
                        timex, "day", pinned=True, key=("this holiday", day_in(2000)))
    return relative(s, e, ctx, "past" if step < 0 else "future", yearly_occ(day_in), timex,
                    "day", cycle=365, key=("stepped holiday", day_in(2000)))
