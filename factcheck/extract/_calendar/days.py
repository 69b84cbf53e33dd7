"""Named days, weeks and months: "March 19", "the 5th", "19/03", lists and ranges of days
("18-19 June"), weekdays ("Thursday", "Friday, March 20"), "the first week of May", months
and their parts ("early March"), "yesterday", "the end of the day"."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from functools import lru_cache

from factcheck.extract._calendar.arithmetic import (
    Found,
    Occ,
    Reading,
    _iso,
    _nth_weekday,
    _pick,
    add_months,
    day_reading,
    fixed_occ,
    month_occ,
    month_span,
    monthday_occ,
    narrowed,
    nth_occ,
    nth_week,
    relative,
    safe_date,
    week_reading,
    weekday_occ,
    yearly_occ,
)
from factcheck.extract._calendar.clocks import _day_part
from factcheck.extract._calendar.tense import _cue, tense_direction
from factcheck.extract._calendar.words import (
    _ABBR_DOT,
    _AMPM,
    _CLAUSE_END,
    _DATE_PREPS,
    _DAY,
    _EVENT_NOUNS,
    _FROM_AN_EVENT,
    _FUNCTION_WORDS,
    _MONTH,
    _MONTH_NAMES,
    _MONTH_THIRDS,
    _NEWSPAPERS,
    _NOT_YEAR_BEFORE,
    _NTH_ORDINALS,
    _ORD_FOLLOWERS,
    _ORD_PREPS,
    _PART_WORDS,
    _PERIOD_STEPS,
    _STRICT_PREPS,
    _WEEKDAY,
    _YEAR,
    DAY_ORDINALS,
    MONTHS,
    WEEKDAYS,
    _list,
    _set,
    _word_before,
    next_word,
    prev_words,
)
from factcheck.extract.base import Context
from factcheck.text import alternation

_RANGE_STARTS = frozenset(" -–,")
_DAY_RANGE_AFTER = re.compile(
    # more days of a list: "July 17th, 18th and 19th", "March 3, 4 or 5"
    r"(?P<more>(?:,\s?" + _DAY + r"(?![\w.,:/%-]\d|[\w%-]))*(?=,?\s+(?:and|or)\s))?"
    r"(?:\s?[-–]\s?|,?\s+(?P<c>to|through|until|till|and|or)\s+)(?P<d2>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?(?![\w%-]|[.,:/]\d|\s?" + _AMPM + r"|\s+(?:" + _MONTH + r")(?![a-z]))"
    r"(?:,?\s+(?P<y2>" + _YEAR + r")(?![\d.,]\d))?")


_RANGE_ENDS = frozenset(" -–")
_DAY_RANGE_BEFORE = re.compile(
    r"(?<![\w.,:/$£€%-])(?P<d1s>(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    # more days of a list: "22, 23 and 24 March", "the 22nd, 23rd, 30th or 31st of March"
    r"(?P<more>(?:,\s" + _DAY + r")*(?=,?\s(?:and|or)\s))?"
    r"(?:\s?[-–]\s?|,?\s+(?P<c>to|through|until|till|and|or)\s+)$")
_LIST_DAY = re.compile(r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")


def _days_listed(m: re.Match[str], first: str) -> list[tuple[int, int, int]]:
    """(start, end, day) of each day in the list a range match holds, from group ``first``
    through "more"; empty unless they rise ("22, 23 and 24", not "5, 3 and 24")."""
    out = [(m.start(first), m.end(first + "s"), int(m.group(first)))]
    if m.group("more"):
        out += [(k.start(), k.end(), int(k.group("d")))
                for k in _LIST_DAY.finditer(m.string, m.start("more"), m.end("more"))]
    days = [d for _, _, d in out]
    return out if days == sorted(set(days)) else []


def _day_range_before(text: str, s: int, d2: int) -> bool:
    """Whether a smaller day and a dash or "to" come before the day at ``s`` ("18-19 June")."""
    m = _DAY_RANGE_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    days = _days_listed(m, "d1")
    return bool(days) and days[-1][2] < d2


def _day_range_start(text: str, f: Found, ctx: Context) -> list[Found]:
    """The first end of "18-19 June", "3 to 5 March 2025", "between 3 and 12 of Sept" (and
    the days listed before the last, "18 and 19 June", "22, 23 and 24 March")."""
    m = _DAY_RANGE_BEFORE.search(text, max(0, f.start - 40), f.start)
    if m is None or f.month_day is None or f.granularity != "day":
        return []
    month, d2 = f.month_day
    days = _days_listed(m, "d1")
    if not days or days[-1][2] >= d2 or not text[f.start:f.end].startswith(str(d2)):
        return []
    words = prev_words(text, m.start(), 1)
    prev = words[-1][0].lower() if words else ""
    if prev in _NOT_YEAR_BEFORE or prev in ("score", "scored", "won", "lost", "beat"):
        return []
    if f.reading == "absolute" and f.pinned_day is not None:
        year = f.pinned_day.year
        found = [(s1, e1, safe_date(year, month, d1)) for s1, e1, d1 in days]
        return [_absolute_day(s1, e1, d) for s1, e1, d in found if d is not None]
    return _days_of(days, month, ctx, tense_direction(text, days[0][0], f.end, "nearest"))


_DAY_TAIL = re.compile(r"(?<![\d,])\s(\d{1,2})(?:st|nd|rd|th)?$")


_VERB_CUES = frozenset(("past", "fut", "fip", "pres", "mod"))


def _day_range_end(text: str, f: Found, ctx: Context) -> list[Found]:
    """The second end of "March 3 to 5", "March 3-5, 2025", "between June 3 and 6" (and the
    days listed after the first, "July 17th, 18th and 19th")."""
    m = _DAY_RANGE_AFTER.match(text, f.end)
    if m is None or f.granularity != "day" or f.month_day is None:
        return []
    month, d1 = f.month_day
    listed = [(k.start(), k.end(), int(k.group("d")))
              for k in _LIST_DAY.finditer(text, m.start("more"), m.end("more"))
              ] if m.group("more") else []
    listed.append((m.start("d2"), m.end(), int(m.group("d2"))))
    days = [d1] + [d for _, _, d in listed]
    tail = _DAY_TAIL.search(text, max(f.start, f.end - 5), f.end)
    if days != sorted(set(days)) or tail is None or int(tail.group(1)) != d1:
        return []  # the first end must end with its day: not "3 March", "March 3, 2025"
    if (m.group("c") == "and" and not m.group("more") and _word_before(text, f.start) != "between"
            and text[m.end():m.end() + 1] not in (".", ",", ";", ")", "")):
        return []  # two days need "between" or the clause's end: "March 3 and 4 Democrats"
    nxt = next_word(text, m.end()).rstrip(".,")
    if nxt[:1].islower() and nxt not in _FUNCTION_WORDS and _cue(nxt) not in _VERB_CUES:
        return []  # "March 3 to 5 seats" (but "the rally on Nov. 5-6 drew crowds")
    y2 = m.group("y2")
    if y2 or f.reading == "absolute":
        year = int(y2) if y2 else f.pinned_day.year if f.pinned_day else 0
        if any(safe_date(year, month, d) is None for _, _, d in listed):
            return []
        if y2 and f.reading != "absolute":  # the first end takes the second's year
            d0 = safe_date(year, month, d1)
            if d0 is not None:
                f.value = f.timex = _iso(d0)
                f.low = f.high = f.pinned_day = d0
                f.reading = "absolute"
        return [_absolute_day(s2, e2, date(year, month, d)) for s2, e2, d in listed]
    if safe_date(2000, month, days[-1]) is None:
        return []
    if f.low is not None and f.low == f.high:
        # The first end read as one day ("held on March 3-5" in the past): the later days are
        # of its year, not each the nearest in the tense's direction (March 5 a year back).
        later = [safe_date(f.low.year, month, d) for _, _, d in listed]
        if None in later:
            return []
        return [_one_day(s2, e2, day, f.reading, f"XXXX-{month:02d}-{day.day:02d}")
                for (s2, e2, _), day in zip(listed, later, strict=True) if day is not None]
    return _days_of(listed, month, ctx, tense_direction(text, f.start, m.end(), "nearest"))


def _days_of(days: list[tuple[int, int, int]], month: int, ctx: Context,
             direction: str) -> list[Found]:
    """The (start, end, day) of a range or list as days of ``month``, read in one direction."""
    out = []
    for start, end, d in days:
        f = relative(start, end, ctx, direction, monthday_occ(month, d),
                     f"XXXX-{month:02d}-{d:02d}", "day", cycle=365)
        f.month_day = (month, d)
        out.append(f)
    return out


def _part(words: list[tuple[str, int]]) -> tuple[int, int, int] | None:
    """(third, new start) from 'early'/'mid'/'late'/'the end of' right before the expression."""
    if not words:
        return None
    w, pos = words[-1]
    lw = w.lower()
    if lw in ("early", "mid", "late") and lw in _PART_WORDS:
        return _PART_WORDS[lw][0], pos, 0
    if lw == "of" and len(words) >= 2 and words[-2][0].lower() in ("end", "beginning", "start",
                                                                      "middle"):
        third = _PART_WORDS[words[-2][0].lower()][0]
        pos = words[-2][1]
        if len(words) >= 3 and words[-3][0].lower() == "the":
            pos = words[-3][1]
        return third, pos, 0
    return None


_HYPHENED_PARTS = ("end-", "End-", "start-", "Start-")


def _hyphened_part(text: str, s: int) -> tuple[int, int, int] | None:
    """(third, new start) from "end-" or "start-" glued before a month or year (wire style:
    "at end-March", "by end-2016"; "end March" may be the verb)."""
    if text[s - 1:s] != "-" or not text.endswith(_HYPHENED_PARTS, 0, s):
        return None
    word = text[max(0, s - 6):s - 1].split()[-1].lower()
    start = s - len(word) - 1
    if start > 0 and text[start - 1].isalpha():
        return None  # "weekend-"
    return _PART_WORDS[word][0], start, 0


_APOSTROPHE_YEAR_PREPS = _set("in of since from the by until till before after during")


def _apostrophe_year(text: str, s: int, e: int, yy: int, ctx: Context) -> Found | None:
    """"In '62", "the class of '98": a year in its last two digits, after a preposition (a
    quoted number is no year); of this century up to the reference's year, else the last."""
    if _word_before(text, s) not in _APOSTROPHE_YEAR_PREPS:
        return None
    now = ctx.reference_date.year if ctx.reference_date else 2030
    y = 2000 + yy if 2000 + yy <= now else 1900 + yy
    return Found(s, e, "date", str(y), str(y), "year", "absolute", date(y, 1, 1), date(y, 12, 31))


# A day after "the end of the day" names it ("by the end of the day Saturday").
_DAY_FOLLOWS = re.compile(r",?\s(?:on\s)?(?:" + _WEEKDAY + r"|[Tt]oday|[Tt]omorrow|[Yy]esterday)"
                          r"(?![A-Za-z])")


def _end_of_day(text: str, s: int, e: int, ctx: Context) -> Found | None:
    """"By the end of the day", "EOD": the reference day, unless a day follows to name it
    (that day is the claim) or it is the idiom "at the end of the day"."""
    if _DAY_FOLLOWS.match(text, e):
        return None
    if text[s:e].lower().endswith("day") and _word_before(text, s) == "at" \
            and not _CLAUSE_END.match(text, e):
        return None
    return _rel(text, s, e, "today", ctx)


_DATE_BEFORE = re.compile(r"\d[./-]\d{2,4} $")
_MONTH_DAY_BEFORE = re.compile(r"\b(?:" + _MONTH + r")\.?\s(?:[12]\d|3[01]|0?[1-9]),?\s$")
# "March 3 2019 17:20", "3 March 2019 17:20": a written date with its year before a clock.
_DATED_BEFORE = re.compile(
    r"(?:\b(?:" + _MONTH + r")\.?\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?<![\d.,:/-])"
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s(?:" + _MONTH + r")\.?),?\s(?:1[89]|20)\d\d,?\s$")
_CLOCK_RANGE_BEFORE = re.compile(r"(?:(?<![\d.,:/-])(?:[01]?\d|2[0-3])[:.][0-5]\d|\b(?:[Bb]etween|"
                                 r"[Ff]rom)\s(?:[01]?\d|2[0-3]))\s?[-–]\s?$")
_HOUR_RANGE_BEFORE = re.compile(r"(?<![\d.,:/-])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[-–]\s?$")


def _in_url(text: str, s: int) -> bool:
    i = s - 1
    lo = max(0, s - 120)
    while i >= lo and not text[i].isspace():
        if text[i] in "/@#=?&_":
            return True
        i -= 1
    return False


def _nth_weekday_of(text: str, s: int, e: int, ctx: Context, nth: str, wday: str, mname: str,
                    yraw: str | None) -> Found | None:
    """"The second Sunday of March": that day of the year written, or else of the year the
    tense or the nearest occurrence decides (as a movable holiday). "The first Thursday of
    each month" recurs: no date."""
    n = _NTH_ORDINALS.get(nth.lower()) or int(nth[0])
    weekday = WEEKDAYS[wday.lower().rstrip(".")]
    if mname.endswith("month"):
        step = _PERIOD_STEPS.get(mname.split()[0])
        return None if step is None else _nth_weekday_of_month(s, e, ctx, n, weekday, step)
    month = MONTHS[mname.lower().rstrip(".")]

    def day_in(y: int) -> date:  # (a month without a fifth such weekday: its last)
        d = _nth_weekday(y, month, weekday, n)
        return d if d.month == month else _nth_weekday(y, month, weekday, -1)

    if yraw:
        return _absolute_day(s, e, day_in(int(yraw)))
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, yearly_occ(day_in), f"XXXX-{month:02d}", "day",
                    cycle=365, key=("nth weekday", n, weekday, month))


def _nth_weekday_of_month(s: int, e: int, ctx: Context, n: int, weekday: int,
                          step: int) -> Found:
    """"The first Friday of next month": that day of the month ``step`` months from the
    reference's."""

    def day_in(a: date) -> Reading:
        y, month = add_months(a.year, a.month, step)
        d = _nth_weekday(y, month, weekday, n)
        return day_reading(d if d.month == month else _nth_weekday(y, month, weekday, -1))

    return relative(s, e, ctx, "fixed", fixed_occ(day_in), "XXXX-XX-XX", "day", pinned=True,
                    key=("nth weekday of month", n, weekday, step))


def _absolute_day(s: int, e: int, d: date) -> Found:
    return _one_day(s, e, d, "absolute")


def _one_day(s: int, e: int, d: date, reading: str, timex: str | None = None) -> Found:
    """The day ``d`` as one date read so (its timex the day itself unless given)."""
    day = _iso(d)
    return Found(s, e, "date", day, timex or day, "day", reading, d, d, pinned_day=d,
                 month_day=(d.month, d.day))


# Words before dotted numbers that make them a version, not a date ("version 1.2.2016").
_VERSION_WORDS = _set("version v release build firmware update patch")


def _numeric(text: str, s: int, e: int, m: re.Match[str]) -> Found | None:
    a, b, y = int(m.group("n1")), int(m.group("n2")), m.group("n3")
    if len(y) == 2:
        if m.group("nsep") == ".":
            return None  # 1.2.26 is a version more often than a date
        year = 2000 + int(y) if int(y) < 70 else 1900 + int(y)
    else:
        year = int(y)
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a or a == b:
        day, month = b, a
    elif m.group("nsep") == "." and _word_before(text, s).lower() not in _VERSION_WORDS:
        day, month = a, b  # 03.11.2016: dotted dates are written day first (no US style dots)
    else:
        return None  # 8/2/2026: day-month or month-day, the text does not say
    d = safe_date(year, month, day)
    return _absolute_day(s, e, d) if d else None


_SLASH_PREPS = _set("on until till since before after from through by dated")
_SLASH_LIST_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_SLASH_PREPS)) + r")\s\d{1,2}/\d{1,2}"
                                r"(?:,\s\d{1,2}/\d{1,2})*,?\s(?:(?:or|and)\s)?$")


def _slash_day(text: str, s: int, e: int, ctx: Context, a: str, b: str) -> Found | None:
    """A month and day without a year: "on 11/20" (US order, the day above 12) or "on 22/04"
    (day first, the month with two digits). Only after a preposition or in a list after one:
    3/4, 24/7, scores and ratios are not dates."""
    n1, n2 = int(a), int(b)
    if 1 <= n1 <= 12 and 13 <= n2 <= 31:
        month, day = n1, n2
    elif 13 <= n1 <= 31 and 1 <= n2 <= 12 and len(b) == 2:
        month, day = n2, n1
    else:
        return None  # 3/4, 9/11: a fraction, or day and month in either order
    if (_word_before(text, s) not in _SLASH_PREPS
            and _SLASH_LIST_BEFORE.search(text, max(0, s - 48), s) is None):
        return None
    nxt = next_word(text, e).rstrip(".,")
    if nxt[:1].islower() and nxt not in _FUNCTION_WORDS or text[e:e + 2] in ("th", "st", "nd"):
        return None  # "on 1/16 inch", "on 1/20th of"
    if safe_date(2000, month, day) is None:
        return None
    direction = tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, monthday_occ(month, day),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
    f.month_day = (month, day)
    return f


def _day_number(raw: str) -> int:
    if raw[:1].isdigit():
        return int(raw.rstrip("stndrh"))
    return DAY_ORDINALS[" ".join(raw.lower().split())]


_WEEK_OF = re.compile(r"(?:\b[Tt]he\s+)?(?:\b(?P<n>first|second|third|fourth|fifth|last|final|"
                      r"1st|2nd|3rd|4th|5th)\s+)?\b[Ww]eek\s+of\s+(?:the\s+)?$")
_WEEK_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
             "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _week_of(text: str, s: int) -> tuple[int, int] | None:
    """(n, start) when "the first week of" (n = 1; -1 for last; 0 for "the week of") ends at s."""
    if text[s - 3:s] != "of " and text[s - 7:s] != "of the ":
        return None
    m = _WEEK_OF.search(text, max(0, s - 32), s)
    if m is None:
        return None
    return _WEEK_NTH[m.group("n").lower()] if m.group("n") else 0, m.start()


_NTH_WEEK_BEFORE = re.compile(r"\b[Tt]he\s+(?P<n>first|second|third|fourth|fifth|last|final|"
                              r"1st|2nd|3rd|4th|5th)\s+week\s+$")


def _nth_week_before(text: str, s: int) -> tuple[int, int] | None:
    """(n, start) when "the third week " ends at s, before "next year" (no "of")."""
    if text[s - 5:s] != "week ":
        return None
    m = _NTH_WEEK_BEFORE.search(text, max(0, s - 20), s)
    return None if m is None else (_WEEK_NTH[m.group("n").lower()], m.start())


def _week_in(text: str, week: tuple[int, int], e: int, ctx: Context, unit: str,
             occ: Occ, key: tuple) -> Found:
    """The n-th week of a month or year that ``occ`` resolves ("the first week of May")."""
    n, s = week

    def pick(r: Reading) -> Reading:
        return nth_week(r, unit, n) or r

    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, narrowed(occ, pick), "XXXX-WXX", "week",
                    cycle=365, key=("week-in", n, unit, *key))


def _absolute_week(s: int, e: int, r: Reading | None) -> Found | None:
    if r is None:
        return None
    return Found(s, e, "date", r.value, r.value, "week", "absolute", r.low, r.high)


def _month_day(text: str, s: int, e: int, ctx: Context, mname: str, draw: str,
               yraw: str | None) -> Found | None:
    month = MONTHS[mname.lower().rstrip(".")]
    day = _day_number(draw)
    if yraw:
        d = safe_date(int(yraw), month, day)
        if d is None:
            return None
        week = _week_of(text, s)
        if week is not None and week[0] == 0:
            return _absolute_week(week[1], e, week_reading(d - timedelta(days=d.weekday())))
        return _absolute_day(s, e, d)
    if safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 is allowed
        return None
    week = _week_of(text, s)
    if week is not None and week[0] == 0:  # "the week of April 10": the week holding it
        return _week_in(text, week, e, ctx, "day", monthday_occ(month, day), (month, day))
    words = prev_words(text, s, 1)
    if words and words[-1][0] == "the" and not draw.isdigit():
        s = words[-1][1]
    direction = tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, monthday_occ(month, day),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
    f.month_day = (month, day)
    return f


def _month(text: str, s: int, e: int, ctx: Context, mname: str, yraw: str | None) -> Found | None:
    key = mname.lower().rstrip(".")
    month = MONTHS[key]
    week = _week_of(text, s)
    if week is not None and week[0]:  # "the first week of May"
        if yraw:
            span = Reading("", *month_span(int(yraw), month))
            return _absolute_week(week[1], e, nth_week(span, "month", week[0]))
        return _week_in(text, week, e, ctx, "month", month_occ(month), (month,))
    if (not yraw and month % 3 == 0 and _QUARTER_AFTER.match(text, e)
            and text[s - 1:s] not in ("-", "–")):  # (not "the July-September quarter")
        return _quarter_ending(text, s, e + 8, ctx, month // 3)
    words = prev_words(text, s, 3)
    part = _part(words) or _hyphened_part(text, s)
    if part is not None:
        s = part[1]
        words = words[:-1]
    bounds = _MONTH_THIRDS[part[0]] if part else None
    in_range = None
    if not yraw and part is None:
        in_range = _month_range(text, s, e, month, words)
        if in_range:
            yraw = in_range if in_range.isdigit() else None
    if yraw:
        y = int(yraw)
        lo, hi = month_span(y, month)
        if bounds:
            lo, hi = lo.replace(day=bounds[0]), lo.replace(day=min(bounds[1], hi.day))
        v = f"{y:04d}-{month:02d}"
        return Found(s, e, "date", v, v, "month", "absolute", lo, hi)
    prev = words[-1][0].lower() if words else ""
    if prev in _THIS_SIDE and part is None and len(words) > 1 and words[-2][0].lower() == "this":
        prev, words = _THIS_SIDE[prev], words[:-1]  # "this past March" is last March
    nxt = next_word(text, e)
    # "the month of March", "the month of Apr": named as a month
    named = prev == "of" and len(words) > 1 and words[-2][0].lower() == "month"
    if (len(key) <= 4 and key not in ("may", "june", "july") or mname.isupper()) and not (
            in_range or named or _abbreviated_month(mname, prev, nxt,
                                                    text.startswith(("'s", "’s"), e))):
        return None  # "Jan", "Sept." or "MAY" alone are too often something else
    if part is None and not in_range:
        ok = named or prev in (_STRICT_PREPS if key == "may" or key == "march" and not (
            mname == "March" and prev == "to" and len(words) > 1 and words[-2][0].islower())
            else _DATE_PREPS)  # "the year to March": a month ("May to March" stays out)
        ok = (ok or nxt in _EVENT_NOUNS or _month_as_subject(text, e, key, mname, words, nxt)
              or not nxt[:1].isupper()
              and _LISTED_AFTER_MONTH.search(text, max(0, s - 16), s) is not None)
        if not ok:
            return None
    timex = f"XXXX-{month:02d}"
    occ = month_occ(month, bounds)
    if prev in ("last", "next", "this") and part is None:
        s = words[-1][1]
        if prev == "this":
            occ2 = fixed_occ(lambda a: month_occ(month, bounds)(date(a.year, 1, 1), "future"))
            return relative(s, e, ctx, "fixed", occ2, timex, "month", pinned=True,
                            key=("this", bounds))
        fixed = fixed_occ(lambda a: _last_next_month(a, month, prev, bounds))
        return relative(s, e, ctx, "fixed", fixed, timex, "month", pinned=True,
                        key=(prev, bounds))
    direction = tense_direction(text, s, e, "nearest")
    if direction == "fip" and _HAD_BEFORE.search(text, max(0, s - 60), s):
        direction = "nearest"  # "had planned to travel in February": a plan made long before
    return relative(s, e, ctx, direction, occ, timex, "month", cycle=365, key=(bounds,))


# A month listed after another: "in January, February and March", "in April or May".
_LISTED_AFTER_MONTH = re.compile(r"(?<![\w-])(?:" + alternation([m.title() for m in _MONTH_NAMES])
                                 + r")(?:,\s|,?\s(?:and|or)\s)$")
_QUARTER_AFTER = re.compile(r" quarter(?![\w-])")


def _quarter_ending(text: str, s: int, e: int, ctx: Context, n: int) -> Found:
    """"The June quarter" (Australian, Indian and company usage): the calendar quarter ending
    in the month, by tense (2016-Q2)."""
    def reading(y: int) -> Reading:
        return Reading(f"{y}-Q{n}", date(y, 3 * n - 2, 1), month_span(y, 3 * n)[1])

    def occ(a: date, how: str) -> Reading:
        here = reading(a.year)
        past = here if here.low <= a else reading(a.year - 1)
        future = here if here.high >= a else reading(a.year + 1)
        return _pick(past, future, a, how)

    return relative(s, e, ctx, tense_direction(text, s, e, "nearest"), occ, f"XXXX-Q{n}",
                    "quarter", cycle=365)


# A past perfect before a month under a future-in-past ("had planned to travel in February"):
# the plan was made at no known time, maybe months before, so the month may be either side of
# the reference (a future seen from "said Tuesday" is ahead of it, from "had planned" not).
_HAD_BEFORE = re.compile(r"\b[Hh]ad\s[^.;:!?]*$")


_THIS_SIDE = {"past": "last", "coming": "next"}  # after "this"

# Months that are hardly ever a name or another word (not April, May, June, March): alone
# they may be a clause's subject ("September was the wettest month") or own a noun
# ("October's jobs report").
_SUBJECT_MONTHS = _set("january february july august september october november december")
# Words that open a clause before a month as its subject ("while November saw a rebound").
_CLAUSE_OPENERS = _set("and but while as because although though when whereas since so if "
                       "after before until")
_MONTH_AFTER_AND = re.compile(r" (?:and|or) (?:" + alternation(
    [m.title() for m in _MONTH_NAMES]) + r")(?![\w-]) [a-z]")
# Present verbs (and adverbs before one) a month as subject may take; past ones and "will"
# are read by their tense cue.
_SUBJECT_VERBS = frozenset(w + end for w in _list(
    "is also marks sees brings looks remains tends typically traditionally usually often "
    "could may might should would can") for end in ("", ","))


def _month_as_subject(text: str, e: int, key: str, mname: str, words: list[tuple[str, int]],
                      nxt: str) -> bool:
    """Whether a full month name alone is a clause's subject or owns a noun: "September was
    the wettest month", "October's figures showed", "while November saw" (not "Black September
    was", "August Wilson")."""
    if key not in _SUBJECT_MONTHS or not mname.istitle() or (
            words and words[-1][0].lower() not in _CLAUSE_OPENERS):
        return False  # (not "Black September was", "the album October was")
    if not words and text[:e - len(mname)].rstrip()[-1:].isdigit():
        return False  # "says:30 December is OK": a day before it, not a subject
    if text.startswith(("'s ", "’s "), e):
        return next_word(text, e + 3)[:1].islower()
    if nxt in ("and", "or"):  # "September and October were the driest"
        return _MONTH_AFTER_AND.match(text, e) is not None
    return nxt[:1].islower() and (nxt in _SUBJECT_VERBS or _cue(nxt.rstrip(",")) in _VERB_CUES)


# Words before a bare month abbreviation that make it a month: "in Aug", "this Sept"
_ABBR_PREPS = _set("in since until till during this last next")  # not "from Jan", "by Jan"


def _abbreviated_month(mname: str, prev: str, nxt: str, owned: bool) -> bool:
    """"In Aug", "since Jan.": a capitalised abbreviation after a date preposition, unless a
    name follows ("Jan Jones") or it is owned ("Jan's")."""
    return (mname[:1].isupper() and not mname.isupper() and prev in _ABBR_PREPS
            and not nxt[:1].isupper() and not owned)


_RANGE_GAP = r"(?:\s?[-–]\s?|\s+(?:to|through|thru|until|till|and)\s+)"
_MONTH_RANGE_AFTER = re.compile(r"\.?" + _RANGE_GAP + r"(?P<m2>" + _MONTH + r")(?![a-z])"
                                + _ABBR_DOT + r"(?:,?\s+(?P<y2>" + _YEAR + r")(?![\d.,]\d))?"
                                r"(?![A-Za-z])")
_MONTH_RANGE_BEFORE = re.compile(r"\b(?:(?:[Ff]rom|[Bb]etween)\s+(?:" + _MONTH + r")(?![a-z])"
                                 + _ABBR_DOT + _RANGE_GAP + r"|(?P<bare>" + alternation(
                                     [m.title() for m in _MONTH_NAMES]) + r")[-–])$")
# (or "the July-September quarter": full names only)


def _month_range(text: str, s: int, e: int, month: int,
                 words: list[tuple[str, int]]) -> str | None:
    """An end of a range of months: "from Sep to Nov", "Sept.-Nov. 2025", "between May and
    July". The year of the first end when the second names one ("2025"), "-" when the range
    has none, None when the month is not an end of such a range."""
    if text[e:e + 1] in "-–. ":
        after = _MONTH_RANGE_AFTER.match(text, e)
        if after is not None:
            y2 = after.group("y2")
            if y2:
                second = MONTHS[after.group("m2").lower()]
                return str(int(y2) - (month > second))
            if words and words[-1][0].lower() in ("from", "between") or (
                    after.group().startswith(("-", "–"))  # "the July-September quarter"
                    and _FULL_MONTHS.issuperset((text[s:e].lower(), after.group("m2").lower()))
                    and not _DAY_NEXT.match(text, after.end())):  # (not "Nov-Feb 5th")
                return "-"
    if s >= 4 and text[s - 1] in " -–":
        before = _MONTH_RANGE_BEFORE.search(text, max(0, s - 30), s)
        if before is not None and (not before.group("bare") or text[s:e].lower() in _FULL_MONTHS):
            return "-"
    return None


_DAY_NEXT = re.compile(r"\s+\d")
_FULL_MONTHS = frozenset(_MONTH_NAMES)  # (abbreviated ends are too often something else)


def _last_next_month(a: date, month: int, which: str, bounds: tuple[int, int] | None) -> Reading:
    if which == "last":
        y = a.year if month < a.month else a.year - 1
    else:
        y = a.year if month > a.month else a.year + 1
    return month_occ(month, bounds)(date(y, month, 1), "past")


def _ordinal(text: str, s: int, e: int, ctx: Context, day: int) -> Found | None:
    words = prev_words(text, s, 2)
    of_month = _OF_REL_MONTH.match(text, e) if text.startswith(" ", e) else None
    the = bool(words) and words[-1][0].lower() == "the"
    # "(the) 20th of next month", "the 21st this month" (not "came 3rd last month"): a day
    if of_month is not None and (the or of_month.group().startswith(" of")):
        found = _day_of_rel_month(words[-1][1] if the else s, of_month, ctx, day)
        if found is not None:
            return found
    if words and words[-1][0] in ("on", "On"):  # "on 29th": the day, not "on 29th place"
        nxt = next_word(text, e)
        if nxt[:1].isalpha() and nxt.rstrip(".,").lower() not in _ORD_FOLLOWERS \
                or _ranks_of_a_noun(text, e):
            return None
        return _day_of_month(text, s, e, ctx, day)
    if not words or words[-1][0] != "the":
        return None
    prevprev = words[0][0].lower() if len(words) == 2 else ""
    nxt = next_word(text, e)
    if nxt:
        if (nxt[0].isalpha() and nxt.rstrip(".,").lower() not in _ORD_FOLLOWERS
                and (nxt[0].islower() or prevprev not in _ORD_PREPS)):
            return None
    elif e < len(text) and text[e] not in " ,.;:!?)\"'”’\n—–-":
        return None
    if _ranks_of_a_noun(text, e):
        return None
    return _day_of_month(text, words[-1][1], e, ctx, day)


# The last of a list of ordinals and the noun after it: "the 23rd and 67th minutes".
_LISTED_ORDINAL = re.compile(r"(?:,\s*\d{1,3}(?:st|nd|rd|th))*,?\s+(?:and|or|&)\s+(?:the\s+)?"
                             r"\d{1,3}(?:st|nd|rd|th)\s+(?P<n>[a-z]+)")


def _ranks_of_a_noun(text: str, e: int) -> bool:
    """Whether the ordinal ending at ``e`` opens a list of ranks of a noun ("the 23rd and 67th
    minutes", "the 21st and 22nd centuries"), not of days ("the 5th and 6th of March")."""
    m = _LISTED_ORDINAL.match(text, e) if text[e:e + 1] in (" ", ",") else None
    return m is not None and m.group("n") not in _ORD_FOLLOWERS


def _day_of_month(text: str, s: int, e: int, ctx: Context, day: int) -> Found:
    """text[s:e] as a day of the month, by tense ("on the 5th", "the twenty-second")."""
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, nth_occ(day), f"XXXX-XX-{day:02d}", "day", cycle=30)


# Prepositions before "the twenty-second" that make it a day ("on the twenty-second").
_SPELLED_DAY_PREPS = _set("on by until till since from before after through")


def _spelled_ordinal(text: str, s: int, e: int, ctx: Context, raw: str) -> Found | None:
    """ "the twenty-second" as a day of the month: only after a preposition of dates and at
    the end of its phrase ("on the twenty-second.", "by the thirty-first and"), not as a rank
    ("finished the twenty-second fastest") or before a noun."""
    day = DAY_ORDINALS.get(raw.lower().replace(" ", "-"), 0)
    if not 21 <= day <= 31 or _word_before(text, s).lower() not in _SPELLED_DAY_PREPS:
        return None
    nxt = next_word(text, e)
    if nxt[:1].isalnum() and nxt.rstrip(".,").lower() not in _ORD_FOLLOWERS \
            or nxt in ("of", "to", "until", "till", "through") or text.startswith("-", e):
        return None  # (the first end of a range takes the month after it: not read alone)
    return _day_of_month(text, s, e, ctx, day)


# "the 15th of next month", "the 3rd of last month", "the 21st this month"
_OF_REL_MONTH = re.compile(r"(?: of)?\s+(?P<w>next|last|this|the\s+following|the\s+previous)"
                           r"\s+month\b")
_REL_MONTH_STEP = {"next": 1, "following": 1, "last": -1, "previous": -1, "this": 0}


def _day_of_rel_month(s: int, m: re.Match[str], ctx: Context, day: int) -> Found | None:
    """The day of the month before, after or of the reference: one day when the reference
    is certain (else None: the day and the month are read apart)."""
    ref = ctx.reference_date
    if ref is None or not ctx.reference_certain:
        return None
    step = _REL_MONTH_STEP[m.group("w").split()[-1]]
    d = safe_date(*add_months(ref.year, ref.month, step), day)
    if d is None:
        return None  # "the 31st of next month" in a month of 30 days
    reading = "future" if step > 0 else "past" if step < 0 else (
        "future" if d > ref else "past" if d < ref else "present")
    return _one_day(s, m.end(), d, reading)


_NAMED_DAY_WORDS = ("Bloody ", "Super ", "Black ")


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* $")


def _weekday(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    raw = m.group("wd") or m.group("wda")
    wd = WEEKDAYS[raw.lower()]
    poss = m.group("wdp") or ""
    if poss == "s":
        return None  # "on Sundays": a habit, not a date
    e = m.end("wd") if m.group("wd") else e  # "Sunday's election": the date is "Sunday"
    nxt = next_word(text, e)
    if nxt[:1].isupper() and nxt.rstrip(".,").lower() in _NEWSPAPERS and not (
            nxt.rstrip(".,") == "Night" and not next_word(text, e + 6)[:1].isupper()):
        return None  # the Sunday Times, Saturday Night Live (but "on Saturday Night, crowds")
    if text[max(0, s - 7):s].endswith(_NAMED_DAY_WORDS):
        return None  # Bloody Sunday, Super Tuesday, Black Monday: a named event, not a date
    timex = f"XXXX-WXX-{wd + 1}"
    words = prev_words(text, s, 1)
    prev = words[-1][0].lower() if words else ""
    if m.lastgroup == "wda":  # (_WEEKDAY_AT has no group "wda")
        if raw == "Sun" and _NAME_BEFORE.search(text, max(0, s - 24), s):
            return None  # "Toronto Sun, Aug. 16", "The Sun, August 16": a newspaper's name
        f = Found(s, e, "date", timex, timex, "day", "ambiguous", weekday=wd)
        f.unit = "abbr"  # kept only when a date follows (see _merge)
        return f
    if prev in ("every", "each", "other", "a") and (prev != "other" or _word_before(
            text, words[-1][1]) == "every"):
        return None  # "every (other) Tuesday", "on a Monday": a habit, or no day in particular
    if prev == "the" and next_word(text, e) in ("before", "after"):
        return None  # "the Monday before the match": counted from an event
    week_on = _WEEK_ON.match(text, e) if prev not in ("last", "next", "this") else None
    if week_on is not None:  # British "on Thursday week": a week after the coming Thursday
        def a_week_on(a: date) -> Reading:
            return day_reading(a + timedelta(days=(wd - a.weekday()) % 7 + 7))
        f = relative(s, week_on.end(), ctx, "fixed", fixed_occ(a_week_on), timex, "day",
                     key=("week-on",))
        f.weekday = wd
        return f
    if (prev == "last" or prev in _FROM_AN_EVENT) and _word_before(text, words[-1][1]) == "the":
        if prev in _FROM_AN_EVENT:
            return None  # "the next Tuesday": counted from an event (see _anaphora)
        prev = ""
    if prev in ("last", "next", "this", "coming", "past", "previous"):
        s = words[-1][1]
        direction = {"last": "past", "past": "past", "next": "future", "coming": "future",
                     "this": "fixed", "previous": "past"}[prev]
        occ = weekday_occ(wd, strict=True)
        key: tuple = (prev,)
        if prev in _THIS_SIDE and _word_before(text, s) == "this":
            s = prev_words(text, s, 1)[-1][1]  # "this coming Friday": the nearest one ahead
            key = ("this", prev)
        elif prev == "this":
            tense = tense_direction(text, s, e, "")
            key = ("this", tense)

            def this_occ(a: date) -> Reading:
                return day_reading(_this_weekday(a, wd, tense))
            occ = fixed_occ(this_occ)
        else:
            # "next Sunday" may be the coming one or the one in the next week, "last Sunday"
            # the latest one or the one in the previous week: keep both.
            sign = 1 if direction == "future" else -1

            def far_occ(a: date, how: str) -> Reading:
                near = weekday_occ(wd, strict=True)(a, direction)
                far = a + timedelta(days=sign * 7 + wd - a.weekday())
                return Reading(near.value, min(near.low, far), max(near.high, far))
            occ = far_occ
        f = relative(s, e, ctx, direction, occ, timex, "day", key=key)
    else:
        # Resolved in _merge, once it is known that no date follows ("Thursday, March 19"
        # takes its day from the date): the tense and the reading would be thrown away.
        f = Found(s, e, "date", None, timex, "day", _UNRESOLVED)
    f.weekday = wd
    return f


def _this_weekday(anchor: date, weekday: int, tense: str) -> date:
    """"this Thursday": the one in the anchor's week, but a day of that week already gone is
    next week's unless the verb is past ("the vote is this Thursday" in Friday's paper), and one
    still to come is last week's under a past verb ("he resigned this Sunday" on a Monday). A
    future seen from a past act ("said he would resign this Friday") keeps the week's day."""
    d = anchor + timedelta(days=weekday - anchor.weekday())
    if d < anchor and tense not in ("past", "fip"):
        return d + timedelta(days=7)
    if d > anchor and tense == "past":
        return d - timedelta(days=7)
    return d


_UNRESOLVED = "unresolved"  # the reading of a bare weekday until _merge resolves it
# " week" after a weekday, ending its phrase ("due on Thursday week."), not a noun's
# ("Monday week two", "Sunday week's vote")
_WEEK_ON = re.compile(r" week(?=[.,;:!?)]|\s+(?:and|or|but|when|as|after|before|in|at|to|"
                      r"the|he|she|they|it|we|is|was|will|would)\b)")


def _resolved_weekday(text: str, f: Found, ctx: Context, before: list[Found]) -> Found:
    """A bare weekday ("on Thursday") read by tense: the last one, the next one or either;
    after a past act dated earlier in its sentence ("said Monday it would vote on Friday"),
    the first one after that act's day."""
    assert f.weekday is not None
    direction = tense_direction(text, f.start, f.end, "ambiguous")
    if direction == "nearest":
        direction = "ambiguous"
    act = _act_day(text, f.start, before, ctx) if direction == "fip" and before else None
    if act is not None:
        d = act + timedelta(days=(f.weekday - act.weekday()) % 7 or 7)
        assert ctx.reference_date is not None
        return _one_day(f.start, f.end, d, "past" if d < ctx.reference_date else "future",
                        f.timex)
    resolved = relative(f.start, f.end, ctx, direction, weekday_occ(f.weekday), f.timex, "day")
    resolved.weekday = f.weekday
    return resolved


def _act_day(text: str, start: int, before: list[Found], ctx: Context) -> date | None:
    """The day of the past act a future-in-past date hangs on: the last date before ``start``
    in its sentence, if one day not after the reference ("said on Monday that ...")."""
    p = before[-1]
    ref = ctx.reference_date
    if (p.granularity != "day" or p.low is None or p.low != p.high or ref is None
            or p.low > ref or start - p.end > 120 or _SENTENCE_END.search(text, p.end, start)):
        return None
    return p.low


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


_CLAUSES_END = re.compile(r"[.!?;]\s|\n")


_MONTH_DAY_TIMEX = re.compile(r"XXXX-\d\d-\d\d(?:/XXXX-\d\d-\d\d)?")


def _years_of_events(text: str, dated: list[Found], ctx: Context) -> list[Found]:
    """A month and day (or a range of them) without a year in a clause that names an event
    by its year ("The 2020 Olympics open on July 24", "the 2018 World Cup ... from 14 June to
    15 July") is in that year, unless the tense says otherwise (a past of a later year)."""
    ref = ctx.reference_date
    if ref is None:
        return dated
    out = list(dated)
    year: Found | None = None
    for i, f in enumerate(out):
        if f.kind != "date":
            continue
        if f.granularity == "year" and f.reading == "absolute" and f.value and \
                f.value.isdigit() and text.endswith(("the ", "The "), 0, f.start) and \
                text[f.end:f.end + 2].strip()[:1].isalpha():
            year = f  # "the 2018 World Cup": a year naming an event
            continue
        if (year is None or f.low is None or f.high is None or f.reading == "absolute"
                or not _MONTH_DAY_TIMEX.fullmatch(f.timex) or f.start - year.end > 200
                or _CLAUSES_END.search(text, year.end, f.start)):
            continue
        y = int(year.value or 0)
        tense = tense_direction(text, f.start, f.end, "")
        if y == f.low.year or (tense == "past" if y > ref.year else
                               y < ref.year and tense != "past"):
            continue  # (an earlier year's event is read so only under a past verb)
        low = safe_date(y, f.low.month, f.low.day)
        high = safe_date(y + f.high.year - f.low.year, f.high.month, f.high.day)
        if low is None or high is None:
            continue
        value = _iso(low) if low == high else f"{_iso(low)}/{_iso(high)}"
        reading = "past" if high < ref else "future" if low > ref else "present"
        out[i] = dataclasses.replace(f, value=value, low=low, high=high, reading=reading)
    return out


def _years_of_sentences(text: str, dated: list[Found], ctx: Context) -> list[Found]:
    """A month and day without a year under a past verb, after a dated day of its sentence,
    is in that day's year or the next ("spilled on April 20, 2010, and was capped
    on July 15": 2010-07-15), not the reference's."""
    ref = ctx.reference_date
    if ref is None:
        return dated
    out = list(dated)
    last: Found | None = None  # the sentence's last day with its year written or read so
    for i, f in enumerate(out):
        if f.kind != "date" or f.granularity != "day" or f.low is None or f.low != f.high:
            continue
        if f.month_day is None or f.reading == "absolute" or f.weekday is not None:
            last = f if f.reading == "absolute" else None
            continue
        if last is None or last.low is None or f.start - last.end > 200 \
                or _CLAUSES_END.search(text, last.end, f.start) or f.reading != "past":
            continue
        month, day = f.month_day
        d = safe_date(last.low.year, month, day)
        if d is not None and d < last.low:
            d = safe_date(last.low.year + 1, month, day)
        if d is None or d >= ref or d.year == f.low.year:
            continue
        out[i] = last = dataclasses.replace(f, value=_iso(d), low=d, high=d, reading="past")
    return out


def weekday_day_occ(weekday: int, day: int) -> Occ:
    """The nearest months before/after the anchor whose ``day`` falls on ``weekday``."""
    def occ(a: date, how: str) -> Reading:
        past = future = None
        for k in range(0, 60):
            y, m = add_months(a.year, a.month, -k)
            d = safe_date(y, m, day)
            if d is not None and d <= a and d.weekday() == weekday:
                past = day_reading(d)
                break
        for k in range(0, 60):
            y, m = add_months(a.year, a.month, k)
            d = safe_date(y, m, day)
            if d is not None and d >= a and d.weekday() == weekday:
                future = day_reading(d)
                break
        return _pick(past, future, a, how)

    return occ


def _weekday_day(text: str, s: int, e: int, ctx: Context, weekday: int, day: int) -> Found:
    """'Monday 21st': the weekday pins the month (and year) the day of month falls in."""
    direction = tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, weekday_day_occ(weekday, day), f"XXXX-XX-{day:02d}",
                 "day", key=(weekday, day), cycle=0)
    f.weekday = weekday
    return f


def _rel(text: str, s: int, e: int, word: str, ctx: Context) -> Found:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    if offset and text.endswith((" before ", " after "), 0, s):
        offset, s = _day_beyond(text, s, offset)
    f = relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(a + timedelta(days=offset))),
                 "XXXX-XX-XX", "day", pinned=True, key=(offset,))
    return _day_part(f, "night") if word == "tonight" else f


_DAY_BEYOND = {-1: "day before", 1: "day after"}


def _day_beyond(text: str, s: int, offset: int) -> tuple[int, int]:
    """"(the) day before yesterday", "(the) day after tomorrow": two days off, from "the"
    (or "day"); else ``offset`` and ``s`` as they were."""
    words = prev_words(text, s, 3)
    if " ".join(w.lower() for w, _ in words[-2:]) != _DAY_BEYOND[offset]:
        return offset, s
    first = 0 if len(words) == 3 and words[0][0].lower() == "the" else -2
    return 2 * offset, words[first][1]


_YEARS_PART = re.compile(r"['’]s\s+(?P<n>first|second|third|fourth)(?:\s+|-)(?P<u>quarter|half)"
                         r"(?![\w-])")


_GAP_WD_WEEK = re.compile(r",?\s{1,2}(?:of\s+)?")


def _bare_weekday(text: str, f: Found) -> bool:
    return f.weekday is not None and f.unit != "abbr" and text[f.start:f.end].lower() in WEEKDAYS


def _weekdays_in_week(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """Weekdays beside a named week fall in it: "Friday next week", "next week on Tuesday",
    and each weekday of a list ("Tuesday or Thursday next week", "next week, preferably on
    Monday or Wednesday"). The weekday next to the week takes the week into its span."""
    out = list(found)
    k = 0
    while k < len(out):
        week = out[k]
        step = week.week_step
        if step is None or week.weekday is not None:
            k += 1
            continue
        after = _listed(text, out, k, 1)
        before = _listed(text, out, k, -1)
        for j in after[1:] + before[1:]:
            out[j] = _in_week(out[j], step, out[j].start, out[j].end, ctx)
        if before:  # "Friday next week"
            j = before[0]
            out[j] = _in_week(out[j], step, out[j].start, week.end, ctx)
            del out[k]
        elif after:  # "next week on Tuesday"
            j = after[0]
            out[j] = _in_week(out[j], step, week.start, out[j].end, ctx)
            del out[k]
        else:
            k += 1
    return out


# Between a week and a weekday ("next week, preferably on Tuesday"); between listed weekdays.
_GAP_WEEK_WD = re.compile(r",?\s{1,2}(?:(?:how\s+about|maybe|say|preferably|perhaps|ideally"
                          r"|probably)\s*,?\s+)*(?:on\s+|from\s+)?")
_GAP_WD_LIST = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+"
                          r"|\s?[-–]\s?|\s+(?:to|through|thru|till|until)\s+")  # (a range's ends)


def _listed(text: str, found: list[Found], k: int, step: int) -> list[int]:
    """Indices of the bare weekdays listed after (``step`` 1) or before (-1) ``found[k]``,
    nearest first."""
    out: list[int] = []
    j, edge = k + step, found[k]
    while 0 <= j < len(found) and _bare_weekday(text, found[j]):
        f = found[j]
        if step > 0:
            gap = (_GAP_WD_LIST if out else _GAP_WEEK_WD).fullmatch(text, edge.end, f.start)
        else:
            gap = (_GAP_WD_LIST if out else _GAP_WD_WEEK).fullmatch(text, f.end, edge.start)
        if gap is None:
            break
        out.append(j)
        j, edge = j + step, f
    return out


def _in_week(wd: Found, step: int, start: int, end: int, ctx: Context) -> Found:
    weekday = wd.weekday
    assert weekday is not None

    def day(a: date) -> Reading:
        return day_reading(a - timedelta(days=a.weekday()) + timedelta(weeks=step, days=weekday))

    return relative(start, end, ctx, "fixed", fixed_occ(day), f"XXXX-WXX-{weekday + 1}",
                    "day", pinned=True, key=("in-week", step, weekday))


def _with_weekday(text: str, wd: Found, d: Found, ctx: Context) -> Found:
    assert wd.weekday is not None and d.month_day is not None
    if d.reading == "absolute" or ctx.reference_date is None:
        merged = Found(wd.start, d.end, "date", d.value, d.timex, "day", d.reading, d.low,
                       d.high, pinned_day=d.pinned_day, month_day=d.month_day)
        return merged
    month, day = d.month_day
    direction = tense_direction(text, wd.start, d.end, "nearest")
    f = relative(wd.start, d.end, ctx, direction, monthday_occ(month, day, wd.weekday),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365, key=(wd.weekday,))
    if f.low is not None and d.low is not None and abs(f.low.year - d.low.year) > 1:
        # The weekday may choose between this year's day and last or next year's ("Tue May
        # 9"), no further: "Friday, August 23" in a story of 25 August 2015, when the 23rd was
        # a Sunday, fits 2013, but the story means its own August; the text errs in the
        # weekday or the day (the weekday-of-date check says so), not by two years
        return dataclasses.replace(d, start=wd.start)
    if f.low == f.high and f.value:
        f.timex = f.value  # the weekday pins the year
    f.month_day = d.month_day
    return f


# Capitalised words that may stand before a holiday's name without being a first name.
_HOLIDAY_MODIFIERS = _set("merry happy orthodox eastern western catholic coptic lunar last next "
                          "this every since until before after during over through")


@lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    from factcheck.extract.names import lexicon  # the gazetteer's adjectives of nationality

    return frozenset(_HOLIDAY_MODIFIERS | lexicon().demonym)


def _after_a_name(text: str, s: int) -> bool:
    """Whether a capitalised word inside a sentence, not a modifier of holidays, stands right
    before ``s``: "Johnnie Christmas", "Mariah Easter" are people."""
    words = prev_words(text, s, 1)
    if not words:
        return False
    word, at = words[-1]
    if not (len(word) > 2 and word[0].isupper() and word[1:].islower()) or \
            word.lower() in _not_first_names() or at + len(word) + 1 != s:
        return False
    before = text[max(0, at - 3):at].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"“:"
