"""Periods counted from the reference or from a named date: "last/next/this" periods, stretches
("the past two weeks", "the next 3 days"), "3 days ago", seasons, offsets from a date ("two
weeks before Christmas") and parts of periods ("the first six months of 2025")."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from factcheck.extract._calendar.arithmetic import (
    Found,
    Reading,
    _iso,
    add_months,
    day_reading,
    fixed_occ,
    last_day,
    month_span,
    nth_week,
    relative,
    season_occ,
    season_of,
    season_span,
    shifted,
    week_value,
)
from factcheck.extract._calendar.clocks import _PART_CODES, _day_part, _part_of_the_story
from factcheck.extract._calendar.days import (
    _THIS_SIDE,
    _YEARS_PART,
    _nth_week_before,
    _part,
    _week_of,
)
from factcheck.extract._calendar.tense import _cue, tense_at, tense_direction
from factcheck.extract._calendar.words import (
    _DAY_ORD_WORD,
    _DECADE_THIRDS,
    _FALL_MODS,
    _FUNCTION_WORDS,
    _NUMWORD,
    _ONES_WORDS,
    _PERIOD_STEPS,
    _SEASON_MODS,
    _TENS_WORDS,
    _YEAR_THIRDS,
    DAY_ORDINALS,
    NUMBER_WORDS,
    ONE_DAY,
    ORDINAL_WORDS,
    SEASONS,
    _set,
    next_word,
    prev_words,
)
from factcheck.extract._calendar.years import part_of_year
from factcheck.extract.base import Context

_CALENDAR_PERIODS = frozenset(("week", "weekend", "month", "quarter", "year", "decade"))
_PERIOD_STRETCH = {"last": "before", "past": "before", "previous": "before", "next": "after"}
_PERIOD_STRETCH_UNITS = frozenset(("week", "month", "year", "decade"))


def _period(text: str, s: int, e: int, mod: str, unit: str, ctx: Context,
            third: int | None = None, lean: str = "") -> Found | None:
    if third is not None:  # "the end of the month": this month's last third
        return _period_of(s, e, 0, unit, ctx, "", third, lean)
    step = _PERIOD_STEPS[mod]
    if mod in ("past", "coming", "upcoming", "current") and unit not in _CALENDAR_PERIODS:
        return None  # "past midnight", "coming night"
    if unit == "year" and text.startswith(_POSSESSIVE, e):
        owned = _YEARS_PART.match(text, e)
        if owned is not None:  # "last year's fourth quarter"
            return _part_of_year_step(s, owned.end(), ctx, step, owned.group("u"),
                                      ORDINAL_WORDS[owned.group("n")])
    week = (_week_of(text, s) or _nth_week_before(text, s)) if unit in ("month", "year") \
        else None
    if week is not None and week[0]:  # "the last week of this month"
        n = week[0]

        def nth(a: date) -> Reading:
            whole = _month_or_year(a, step, unit)
            return nth_week(whole, unit, n) or whole

        return relative(week[1], e, ctx, "fixed", fixed_occ(nth), "XXXX-WXX", "week",
                        pinned=True, key=("week-in", n, unit, step))
    words = prev_words(text, s, 1)
    prev = words[-1][0].lower() if words else ""
    if prev == "the" and mod in ("coming", "upcoming", "current"):
        s = words[-1][1]  # "the coming week" is next week
    elif prev == "this" and mod in _THIS_SIDE:
        s = words[-1][1]  # "this past weekend" is last weekend
    elif prev == "the" and mod in _PERIOD_STRETCH and unit in _PERIOD_STRETCH_UNITS and \
            not text.startswith(" of", e):
        # "over the past week", "in the next month": seven days, a month, counted from today
        return stretch(words[-1][1], e, ctx, 1, unit, _PERIOD_STRETCH[mod])
    elif prev == "the" and unit in _PART_CODES:
        return _part_of_the_story(text, words[-1][1], e, unit)  # "at 8 the next morning"
    elif (prev == "the" and unit != "quarter") or (prev in ("earlier", "later") and mod != "this"):
        return None  # "the last week of the campaign"; "later next week" is fine but rare
    side = prev if prev in ("earlier", "later") else ""
    if side:
        s = words[-1][1]
    part = None if side else _part(prev_words(text, s, 3))
    third = -1
    if part is not None and unit in ("week", "month", "quarter", "year"):
        third, s = part[0], part[1]  # "late last week", "the end of this year"
    if unit in ("night", "morning", "afternoon", "evening"):
        if step == 1 or (step == 0 and unit == "night"):
            return None
        back = 1 if step == -1 else 0

        def part_of_day(a: date) -> Reading:
            d = a - timedelta(days=back)
            return Reading(_iso(d), d, d)

        return _day_part(relative(s, e, ctx, "fixed", fixed_occ(part_of_day), "XXXX-XX-XX",
                                  "day", key=(unit, back), pinned=True), unit)
    if unit == "weekend" and mod == "this" and not side and third < 0 \
            and tense_at(text, s, e) == "past":
        return _past_weekend(s, e, ctx)
    return _period_of(s, e, step, unit, ctx, side, third)


def _past_weekend(s: int, e: int, ctx: Context) -> Found:
    """ "this weekend" under a past verb ("took place this weekend" in Wednesday's paper): the
    latest weekend begun by the reference day."""

    def latest(a: date) -> Reading:
        saturday = a - timedelta(days=(a.weekday() - 5) % 7)
        return Reading(week_value(saturday - timedelta(days=5)) + "-WE", saturday,
                       saturday + ONE_DAY)

    return relative(s, e, ctx, "fixed", fixed_occ(latest), "XXXX-WXX-WE", "week", pinned=True,
                    key=("weekend", "past"))


def _part_of_year_step(s: int, e: int, ctx: Context, step: int, unit: str, n: int) -> Found | None:
    """Quarter or half ``n`` of the year ``step`` years from the reference's."""
    if part_of_year(2000, unit, n) is None:
        return None  # "the fourth half"

    def of_year(a: date) -> Reading:
        r = part_of_year(a.year + step, unit, n)
        assert r is not None
        return r

    timex = f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n}"
    return relative(s, e, ctx, "fixed", fixed_occ(of_year), timex, unit, pinned=True,
                    key=("year's part", step))


def _month_or_year(a: date, step: int, unit: str) -> Reading:
    if unit == "month":
        y, mo = add_months(a.year, a.month, step)
        return Reading(f"{y:04d}-{mo:02d}", *month_span(y, mo))
    y = a.year + step
    return Reading(str(y), date(y, 1, 1), date(y, 12, 31))


def _period_of(s: int, e: int, step: int, unit: str, ctx: Context, side: str,
               third: int, lean: str = "") -> Found:
    """A week, weekend, month, quarter or year ``step`` units from the reference's; ``lean``
    (past, future) moves it one unit back or on where it lies on the other side of the
    reference ("sales fell at the end of the year" in March: the last one)."""

    def period(a: date) -> Reading:
        r = period_at(a, step)
        if lean == "past" and r.low > a:
            return period_at(a, step - 1)
        if lean == "future" and r.high < a:
            return period_at(a, step + 1)
        return r

    def period_at(a: date, step: int) -> Reading:
        if unit in ("week", "weekend"):
            monday = a - timedelta(days=a.weekday()) + timedelta(weeks=step)
            if unit == "weekend":
                if step == -1 and a.weekday() == 6:
                    monday += timedelta(weeks=1)  # on a Sunday, last weekend was yesterday's
                lo, hi = monday + timedelta(days=5), monday + timedelta(days=6)
                r = Reading(week_value(monday) + "-WE", lo, hi)
            else:
                r = Reading(week_value(monday), monday, monday + timedelta(days=6))
        elif unit == "month":
            y, mo = add_months(a.year, a.month, step)
            lo, hi = month_span(y, mo)
            r = Reading(f"{y:04d}-{mo:02d}", lo, hi)
        elif unit == "quarter":
            q = (a.month - 1) // 3 + 1 + step
            y = a.year + (q - 1) // 4
            q = (q - 1) % 4 + 1
            r = Reading(f"{y}-Q{q}", date(y, 3 * q - 2, 1),
                        date(y, 3 * q, last_day(y, 3 * q)))
        elif unit == "decade":
            y = a.year // 10 * 10 + 10 * step
            r = Reading(f"{y // 10}X", date(y, 1, 1), date(y + 9, 12, 31))
        else:
            y = a.year + step
            r = Reading(str(y), date(y, 1, 1), date(y, 12, 31))
        if third >= 0:
            if unit == "decade":  # "the end of the decade": its last three years
                first, last = _DECADE_THIRDS[third]
                r = Reading(r.value, date(y + first, 1, 1), date(y + last, 12, 31))
            elif unit == "year":
                first, last = _YEAR_THIRDS[third]
                y = int(r.value)
                r = Reading(r.value, date(y, first, 1), date(y, last, last_day(y, last)))
            else:
                n = (r.high - r.low).days + 1
                r = Reading(r.value, r.low + timedelta(days=n * third // 3),
                            r.low + timedelta(days=n * (third + 1) // 3 - 1))
        if side == "earlier":
            r = Reading(r.value, r.low, min(r.high, a))
        elif side == "later":
            r = Reading(r.value, max(r.low, a), r.high)
        return r

    granularity = "week" if unit == "weekend" else unit
    if unit == "week" and not side and third < 0:
        f = relative(s, e, ctx, "fixed", fixed_occ(period), "XXXX-WXX", "week", pinned=True,
                     key=(unit, step, side, third, lean))
        f.week_step = step
        return f
    pattern = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
               "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXXX"}[unit]
    return relative(s, e, ctx, "fixed", fixed_occ(period), pattern, granularity, pinned=True,
                    key=(unit, step, side, third, lean))


def _count(raw: str) -> int | None:
    key = " ".join(raw.lower().split())
    if key.isdigit():
        return int(key)
    tens, _, ones = key.replace("-", " ").partition(" ")
    if ones in _ONES_WORDS and tens in _TENS_WORDS:  # "twenty-five"
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return NUMBER_WORDS.get(key)


def _ago(s: int, e: int, nraw: str, unit: str, ctx: Context, sign: int = -1,
         shift: int = 0) -> Found | None:
    """"5 days ago" (sign -1) or "5 days from now" (sign 1); ``shift`` moves the base day
    ("3 weeks from tomorrow": 1)."""
    n = _count(nraw)
    if n is None:
        return None
    if unit in _MINUTES_IN:
        return _clock_stretch(s, e, ctx, n, unit, before=sign < 0)
    n = -sign * n
    if unit in _UNIT_AS:
        unit, n = _UNIT_AS[unit][0], _UNIT_AS[unit][1] * n

    def back(anchor: date) -> Reading:
        a = anchor + timedelta(days=shift)
        if unit == "day":
            return day_reading(a - timedelta(days=n))
        if unit == "week":
            d = a - timedelta(weeks=n)
            return Reading(_iso(d), d - timedelta(days=3), d + timedelta(days=3))
        if unit == "month":
            y, mo = add_months(a.year, a.month, -n)
            lo, hi = month_span(y, mo)
            return Reading(f"{y:04d}-{mo:02d}", lo, hi)
        y = a.year - n * _YEARS_IN.get(unit, 1)
        return Reading(str(y), date(y, 1, 1), date(y, 12, 31))

    granularity = "year" if unit in _YEARS_IN else unit
    pattern = {"day": "XXXX-XX-XX", "week": "XXXX-XX-XX", "month": "XXXX-XX"}.get(unit, "XXXX")
    return relative(s, e, ctx, "fixed", fixed_occ(back), pattern, granularity, pinned=True,
                    key=(n, unit, shift))


_MINUTES_IN = {"hour": 60, "minute": 1}
_YEARS_IN = {"decade": 10, "century": 100}
_UNIT_NAMES = {"min": "minute", "hr": "hour"}
_UNIT_AS = {"fortnight": ("week", 2), "quarter": ("month", 3)}
_DAY_OFFSETS = {"today": 0, "now": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
_BEFORE = _set("last past previous")
# A vague count before a unit, and the most it is read as: "the past few weeks" is up to six
# weeks back, "the next several days" up to nine days ahead (the interval holds every reading).
_VAGUE_COUNTS = {"few": 6, "several": 9}


#: What makes the "last" after it a verb ("will last", "expected to last", "didn't last").
# ("will begin at midnight and last 48 hours", "strikes which last a week": a verb too)
_LAST_AS_VERB = re.compile(r"(?:\b(?:will|would|could|can|may|might|must|should|shall|to|not"
                           r"|did|does|do|never|and|which)|n['’]t)\s+$")


_TIME_AFTER = ("' time", "’ time", "'s time", "’s time")


def _stretch(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    """A stretch of time counted from the reference day: "the past two weeks" (the days before
    it), "the next 3 days" (the days after), "within 9 months" (from it). Bare "in 2 weeks" is a
    day ("2 weeks from now"). Without last/next, only a future verb makes "in"/"within" count
    from the reference: "the first time in 10 years", "died within a year" are durations."""
    g = m.group
    if text.startswith(" of ", e):
        return None  # "the last two years of his term", "within 24 hours of the attack"
    if g("spm2") == "last" and _LAST_AS_VERB.search(text, max(0, s - 12), s):
        return None  # "the hearing will last three days": a length
    raw = g("spn") or g("sprn") or "a"  # "the past fortnight"
    unit = (g("spu") or g("spru") or "fortnight").lower()
    unit = _UNIT_NAMES.get(unit, unit)
    mod = (g("spm") or g("spm2") or g("sprm") or "").lower()
    vague = _VAGUE_COUNTS.get(raw.lower())
    if vague is not None:
        # "the past few weeks": as many as a few can be, marked "about" (none without a
        # side: "in a few weeks" is a day, "for several days" a length)
        if not mod or unit not in ("day", "week", "month", "year") or g("spb"):
            return None
        f = stretch(s, e, ctx, vague, unit, "before" if mod in _BEFORE else "after")
        f.qualifier = "about"
        return f
    n = _count(raw)
    if n is None or n == 0:
        return None
    if mod in ("next", "following") and text.endswith(("for the ", "For the "), 0, s) \
            and tense_at(text, s, e) == "past":
        return None  # "he sat in a cell for the next 30 hours": counted from the story's event
    if not mod:
        in_time = g("spi").lower() == "in" and text.startswith(_TIME_AFTER, e)
        if not in_time and tense_at(text, s, e) not in ("future", "fip"):
            return None  # ("in two weeks' time" counts from now whatever the tense)
        if g("spi").lower() == "in":
            if in_time:
                e = text.index("time", e) + 4  # the span takes "'s time"
            return _ago(s, e, raw, unit, ctx, 1)
    if unit in _MINUTES_IN:
        return _clock_stretch(s, e, ctx, n, unit, before=mod in _BEFORE)
    if unit == "quarter" and mod:
        return _quarters(s, e, ctx, n if mod not in _BEFORE else -n)
    if g("spb") and mod:
        return _business_days(s, e, ctx, n if mod not in _BEFORE else -n)
    if unit in _UNIT_AS:
        unit, n = _UNIT_AS[unit][0], _UNIT_AS[unit][1] * n
    return stretch(s, e, ctx, n, unit, "before" if mod in _BEFORE else "after" if mod else "within")


def _vague_stretch(text: str, s: int, e: int, mod: str, unit: str,
                   ctx: Context) -> Found | None:
    """"In recent weeks", "over the coming months": as a few of them (up to six) before or
    after the reference, marked "about"; not "in the last days of the war"."""
    if text.startswith(" of ", e):
        return None
    side = "after" if mod in ("coming", "next") else "before"
    f = stretch(s, e, ctx, _VAGUE_COUNTS["few"], unit, side)
    f.qualifier = "about"
    return f


def _business_days(s: int, e: int, ctx: Context, n: int) -> Found:
    """"The next 4 business days": the weekdays after the reference (before it if n < 0)."""

    def reading(a: date) -> Reading:
        step = ONE_DAY if n > 0 else -ONE_DAY
        days: list[date] = []
        d = a
        while len(days) < abs(n):
            d += step
            if d.weekday() < 5:
                days.append(d)
        low, high = min(days), max(days)
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{abs(n)}D", "day", pinned=True,
                    key=("business", n))


def _year_to_date(a: date) -> Reading:
    first = date(a.year, 1, 1)
    return Reading(f"{_iso(first)}/{_iso(a)}", first, a)


def _quarters(s: int, e: int, ctx: Context, n: int) -> Found:
    """"The past two quarters" are the two calendar quarters before the reference's, "the
    next 7 quarters" the seven after it: companies report by calendar (or fiscal) quarter."""

    def reading(a: date) -> Reading:
        current = date(a.year, (a.month - 1) // 3 * 3 + 1, 1)
        if n < 0:
            low, high = shifted(current, "month", 3 * n), current - ONE_DAY
        else:
            nxt = shifted(current, "month", 3)
            low, high = nxt, shifted(nxt, "month", 3 * n) - ONE_DAY
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{abs(n)}Q", "month", pinned=True,
                    key=("quarters", n))


def _clock_stretch(s: int, e: int, ctx: Context, n: int, unit: str, before: bool) -> Found:
    """``n`` hours or minutes from the reference ("the past 24 hours", "3 hours ago"): the days
    they reach, the reference day included (the reference is a day, not a moment)."""
    days = -(-n * _MINUTES_IN[unit] // 1440)
    return stretch(s, e, ctx, days, "day", "upto" if before else "from")


def stretch(s: int, e: int, ctx: Context, n: int, unit: str, side: str) -> Found:
    """``n`` units counted from the reference day: the days ``before`` it, ``after`` it,
    ``within`` them from the day itself, or ``upto`` / ``from`` it with the day itself (hours
    and minutes, rounded up to the days they reach)."""

    def reading(a: date) -> Reading:
        if side == "before":
            low, high = shifted(a, unit, -n), a - ONE_DAY
        elif side == "after":
            low, high = a + ONE_DAY, shifted(a, unit, n)
        elif side == "upto":
            low, high = shifted(a, unit, -n), a
        elif side == "from":
            low, high = a, shifted(a, unit, n)
        else:
            low, high = a, shifted(a, unit, n) - ONE_DAY
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}[unit]
    granularity = {"week": "day", "decade": "year"}.get(unit, unit)
    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{n}{code}", granularity,
                    pinned=True, key=("stretch", n, unit, side))


def _split_year_season(s: int, e: int, code: str, y: int, y2: int,
                       words: list[tuple[str, int]]) -> Found | None:
    """"The winter of 2014-15" (December 2014 to February 2015), "the summer of 2019-20" (the
    southern one, the same months); no other season spans two years."""
    if y2 != (y + 1) % 100 or code not in ("WI", "SU"):
        return None
    lo, hi = date(y, 12, 1), date(y + 1, 2, last_day(y + 1, 2))
    value = f"{y}-WI" if code == "WI" else f"{_iso(lo)}/{_iso(hi)}"
    if words and words[-1][0].lower() in ("last", "this", "next", "early", "late", "mid"):
        s = words[-1][1]
    return Found(s, e, "date", value, value, "season", "absolute", lo, hi)


# Seasons that open a clause as its subject before a verb ("Summer was unusually dry"); not
# "Spring" or "Fall" ("Fall in exports was ...").
_SUBJECT_SEASONS = frozenset(("Summer", "Winter", "Autumn"))
_SEASON_VERBS = frozenset(("past", "fut", "fip", "mod"))


def _season(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    raw = m.group("sea")
    code = SEASONS[raw.lower()]
    words = prev_words(text, s, 2)
    prev = words[-1][0].lower() if words else ""
    yraw = m.group("seay")
    if yraw and m.group("seay2"):
        return _split_year_season(s, e, code, int(yraw), int(m.group("seay2")), words)
    if yraw:
        y = int(yraw)
        lo, hi = season_span(y, code)
        if code == "WI":
            lo = date(y, 1, 1)  # "winter 2025" may be Jan-Feb 2025 or Dec 2025-Feb 2026
        if prev in ("last", "this", "next", "early", "late", "mid"):
            s = words[-1][1]
        return Found(s, e, "date", f"{y}-{code}", f"{y}-{code}", "season", "absolute", lo, hi)
    mods = _FALL_MODS if code == "FA" and raw.lower() == "fall" else _SEASON_MODS
    subject = not words and raw in _SUBJECT_SEASONS and _cue(
        next_word(text, e).rstrip(",")) in _SEASON_VERBS  # "Summer was unusually dry"
    if prev not in mods and not subject:
        return None  # "Arab Spring", "a fall in prices", "hot spring"
    if prev == "the" and len(words) == 2 and words[0][0].lower() not in _SEASON_MODS:
        return None  # "the summer heat" after a verb: too vague to be a date
    nxt = next_word(text, e)
    if (prev not in ("last", "this", "next", "past", "coming") and nxt[:1].islower() and not subject
            and nxt.rstrip(".,") not in _FUNCTION_WORDS and not _NAMED_YEAR_AFTER.match(text, e)):
        return None  # "in winter markets": the season is an adjective, not a date
    timex = f"XXXX-{code}"
    occ = season_occ(code)
    if prev in ("last", "past", "next", "coming", "this"):
        s = words[-1][1]
        if prev == "this":
            def this_season(a: date) -> Reading:
                y, cur = season_of(a)
                y2 = y if cur == code else a.year
                lo, hi = season_span(y2, code)
                return Reading(f"{y2}-{code}", lo, hi)
            return relative(s, e, ctx, "fixed", fixed_occ(this_season), timex, "season",
                            key=("this",), pinned=True)
        direction = "past" if prev in ("last", "past") else "future"

        def strict(a: date, how: str) -> Reading:
            # "last summer" is the most recent summer that is over; "next" one not begun.
            y, cur = season_of(a)
            if how == "past":
                y2 = y - 1 if cur == code else (y if season_span(y, code)[1] < a else y - 1)
            else:
                y2 = y + 1 if cur == code else (y if season_span(y, code)[0] > a else y + 1)
            lo, hi = season_span(y2, code)
            return Reading(f"{y2}-{code}", lo, hi)
        return relative(s, e, ctx, direction, strict, timex, "season", pinned=True,
                        key=(prev,))
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, occ, timex, "season", cycle=365)


# "2 weeks before", "three months after", "10 days from": a day counted from the date after it
_OFFSET_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + _NUMWORD + r"|[Aa]n?|[Tt]he)\s+"
                            r"(?P<u>day|week|month|year)s?\s+(?P<d>before|after|from)\s+$")


_OFFSET_BASES = frozenset(("day", "month", "year"))


def _offset_days(text: str, found: list[Found]) -> list[Found]:
    """A day counted from a named day ("2 weeks before May 13 1999", "three months after
    Easter") is that day moved; the span takes in the offset. "The year before 2015", "the day
    after Christmas": the unit next to the named one."""
    out: list[Found] = []
    for f in found:
        m = None
        if f.kind == "date" and f.granularity in _OFFSET_BASES and f.low is not None and \
                f.high is not None and text.endswith((" before ", " after ", " from "), 0,
                                                     f.start):
            m = _OFFSET_BEFORE.search(text, max(0, f.start - 40, out[-1].end if out else 0),
                                      f.start)
        if m is None:  # (most dates)
            out.append(f)
            continue
        n = 1 if m.group("n").lower() in ("a", "an", "the") else _count(m.group("n"))
        the = m.group("n").lower() == "the"
        if not n or f.low is None or f.high is None or (
                f.granularity != "day" and not (the and f.granularity == m.group("u"))):
            out.append(f)
            continue
        k = -n if m.group("d") == "before" else n
        unit = m.group("u")
        low, high = shifted(f.low, unit, k), shifted(f.high, unit, k)
        if the and unit == "week" and f.granularity == "day":  # the seven days before/after
            low, high = (f.low - timedelta(days=7), f.low - ONE_DAY) if k < 0 else \
                (f.low + ONE_DAY, f.low + timedelta(days=7))
        elif unit != "day" and f.granularity == unit:  # the year before 2015: 2014
            low, high = shifted(f.low, unit, k), shifted(f.high + ONE_DAY, unit, k) - ONE_DAY
        value = span_value(low, high)
        out.append(dataclasses.replace(f, start=m.start(), value=value, timex=value, low=low,
                                       high=high, weekday=None, month_day=None))
    return out


def span_value(low: date, high: date) -> str:
    """The canonical value of the days ``low``..``high``: the year or the month they fill,
    the day, else their ISO interval."""
    if low.day == 1 and high == month_span(high.year, high.month)[1]:
        if (low.month, high.month, low.year) == (1, 12, high.year):
            return str(low.year)
        if (low.year, low.month) == (high.year, high.month):
            return f"{low.year:04d}-{low.month:02d}"
    return _iso(low) if low == high else f"{_iso(low)}/{_iso(high)}"


# What joins a month, quarter, season or day to the year after it: "June next year", "Q3 this
# year", "March of last year" ("next year's budget" is no year of the date before it).
_NAMED_YEAR_AFTER = re.compile(r"(?:\s+of|\s[-–—])?\s+(?:[Tt]his|[Nn]ext|[Ll]ast)\s+year(?![\w'’])")
_POSSESSIVE = ("'", "’")
_IN_YEAR = frozenset(("day", "month", "quarter", "half", "season"))


def _in_named_year(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """"June next year", "in Q3 this year", "early March of last year": the month (quarter,
    season, day) in the year that "this/next/last year" after it names, one date."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and f.granularity == "year" and text.endswith("year", 0, f.end)
                and prev.kind == "date" and f.kind == "date" and prev.granularity in _IN_YEAR
                and prev.weekday is None and prev.reading != "absolute"
                and not text.startswith(_POSSESSIVE, f.end)
                and _NAMED_YEAR_AFTER.fullmatch(text, prev.end, f.end)):
            joined = _moved_to_year(prev, f, ctx)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(f)
    return out


def _side_of(low: date | None, high: date | None, ref: date) -> str:
    """The reading of a date the text pins relative to the reference ``ref``."""
    if low is None or high is None:
        return "ambiguous"
    return "past" if high < ref else "future" if low > ref else "present"


def _moved_to_year(part: Found, year: Found, ctx: Context) -> Found | None:
    """``part`` (read in some year) moved to the year(s) ``year`` resolved to, spanning both."""
    if (part.low is None or part.high is None or year.low is None or year.high is None
            or part.value is None or not part.value[:4].isdigit() or year.value is None
            or (part.high - part.low).days > 190 or ctx.reference_date is None):
        return None  # (a part read over several years: the estimate of the reference is loose)
    base = int(part.value[:4])
    low = shifted(part.low, "year", year.low.year - base)
    high = shifted(part.high, "year", year.high.year - base)
    value = year.value[:4] + part.value[4:]
    reading = _side_of(low, high, ctx.reference_date)
    pinned = None if part.pinned_day is None else shifted(part.pinned_day, "year",
                                                          int(year.value[:4]) - base)
    return dataclasses.replace(part, end=year.end, value=value, timex=value, low=low, high=high,
                               reading=reading, pinned_day=pinned)


# "the first six months of", "the last 3 weeks of", "the ninth month of" a year or month
_SPAN_OF = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?P<fl>[Ff]irst|[Ll]ast|[Ff]inal)\s+"
                      r"(?P<n>\d{1,3}|" + _NUMWORD + r")\s+(?P<u>day|week|month)s\s+of\s+"
                      r"(?:the\s+)?$|(?<![\w-])(?:[Tt]he\s+)?(?P<o>(?i:" + _DAY_ORD_WORD
                      + r")|1[0-2]th|1st|2nd|3rd|[4-9]th)\s+month\s+of\s+(?:the\s+)?$")
_SPANNED = frozenset(("year", "month", "quarter"))


def _parts_of_periods(text: str, found: list[Found]) -> list[Found]:
    """"The first six months of 2025", "the last 3 weeks of this year", "the ninth month of
    next year": the part of the year (or month) the words before it name."""
    out = []
    for f in found:
        m = None
        if (f.kind == "date" and f.granularity in _SPANNED and f.low is not None
                and f.start >= 4 and text[f.start - 3:f.start] in ("of ", "he ")):
            m = _SPAN_OF.search(text, max(0, f.start - 40), f.start)
        if m is None:  # (most dates)
            out.append(f)
            continue
        part = None if f.low is None or f.high is None else _part_of_period(m, f.low, f.high)
        if part is None:
            out.append(f)
            continue
        low, high, unit = part
        value = span_value(low, high)
        out.append(dataclasses.replace(f, start=m.start(), value=value, timex=value, low=low,
                                       high=high, granularity=unit if unit != "week" else "day"))
    return out


def _part_of_period(m: re.Match[str], low: date, high: date) -> tuple[date, date, str] | None:
    if m.group("o"):
        raw = m.group("o").lower()
        k = int(raw[:-2]) if raw[0].isdigit() else DAY_ORDINALS.get(raw)
        if not k:
            return None
        y, mo = add_months(low.year, low.month, k - 1)
        first, last = month_span(y, mo)
        return (first, last, "month") if last <= high else None
    n, unit = _count(m.group("n")), m.group("u")
    if not n:
        return None
    if m.group("fl").lower() == "first":
        a, b = low, shifted(low, unit, n) - ONE_DAY
    else:
        a, b = shifted(high + ONE_DAY, unit, -n), high
    return (a, b, unit) if low <= a <= b <= high else None


# "2 weeks and" before "2 days ago"
_AGO_PART_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + _NUMWORD + r")\s+"
                              r"(?P<u>day|week|month|year|decade)s?(?:\s*,\s*|\s+and\s+|\s+)$")


def _compound_ago(text: str, found: list[Found]) -> list[Found]:
    """"Two years and three months ago", "2 weeks and 2 days ago": the larger units move
    what the last one ("three months ago") reached."""
    out: list[Found] = []
    for f in found:
        start, low, high = f.start, f.low, f.high
        floor = out[-1].end if out else 0
        while (f.kind == "date" and low is not None and high is not None
               and text.endswith(" ago", 0, f.end)):
            m = _AGO_PART_BEFORE.search(text, max(floor, start - 30), start)
            n = None if m is None else _count(m.group("n"))
            if m is None or not n:
                break
            low, high = shifted(low, m.group("u"), -n), shifted(high, m.group("u"), -n)
            start = m.start()
        if start == f.start or low is None or high is None:
            out.append(f)
            continue
        value = {"year": str(low.year), "month": f"{low.year:04d}-{low.month:02d}"}.get(
            f.granularity, _iso(low + (high - low) / 2))
        out.append(dataclasses.replace(f, start=start, value=value, timex=value, low=low,
                                       high=high))
    return out
