"""Dates read through the text's other dates: phrases that point back to an earlier date ("the
next day", "the day before", "the following week", "the next Tuesday", "the same year", "that
day", "earlier in the week", "two days later", "four years earlier"), and weekdays the tense
leaves open that another mention of the same weekday pins.

News narrates events relative to one another ("The quake struck on March 11 and the tsunami
warning was lifted the next day"), so such a phrase is resolved against the nearest earlier
date of the text, not against the article's reference date. Without one it falls back to
the reference, the reading a reader takes of "the day after" in a text about today; "two
days later" without one stays a length of time.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.extract._calendar.arithmetic import Found, add_months, month_span, week_value
from factcheck.extract._calendar.words import _WEEKDAY_NAMES
from factcheck.extract.base import Context

# Each pattern opens with a literal, so the regex engine skips fast to where it may match; the
# letter before it ("t"/"T" of the/that, "earlier"/"later") is checked after. "The ..." and
# "that ..." share one pass (a pass over the text costs more than the stops at "h" it adds).
_WEEKDAYS = tuple(name.title() for name in _WEEKDAY_NAMES)  # Monday first, as date.weekday()
_THE_THAT = re.compile(r"h(?:e\s+(?:(?P<mod>next|following|previous|preceding|same)\s+"
                       r"(?P<unit>day|week|weekend|month|year|" + "|".join(_WEEKDAYS) + r")"
                       r"|(?P<unit2>day|week|month|year)\s+"
                       r"(?P<side>after|before))|at\s+(?P<that>day|week|weekend|month|year))"
                       r"(?![\w-])")
_IN_THE = re.compile(r" in the (?P<unit>week|month|year)(?![\w-])")
_STEP = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0,
         "after": 1, "before": -1}
# What may follow "the day after" for it to point back: not a noun phrase of its own ("the day
# after the election" is counted from the election, which is no date here).
_POINTS_BACK = re.compile(r"\s*(?:[.,;:!?)\"”’]|$|\n)|\s+(?:and|or|but|when|as|at|he|she|it|"
                          r"they|we|i|police|officials|[a-z]+ed|was|were|is|are|will|would)\b")
_NOT_AFTER = re.compile(r"\s+(?:of|as)\b")  # "the next day of the trial", "the same day as"
# "two days later", "a year earlier": a count of units before the word (found by str.find).
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?P<n>\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve))\s+(?P<unit>(?i:day|week|month|year|fortnight))"
                           r"s?\s$")
_UNIT_ENDS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight",
              "fortnights")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _phrases(text: str) -> list[tuple[int, int, str, int, str]]:
    """(start, end, unit, step, part) of each phrase pointing back, in text order; ``part`` is
    "earlier"/"later" for "earlier in the week", "count" for "two days later"."""
    out = []
    for word, sign in ((" later", 1), (" earlier", -1)):
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            count = None if (e < len(text) and (text[e].isalnum() or text[e] == "-")
                             or not text[max(0, i - 10):i].lower().endswith(_UNIT_ENDS)) \
                else _COUNT_BEFORE.search(text, max(0, i - 24), i + 1)
            if count is not None:
                raw = count.group("n").lower()
                n = int(raw) if raw.isdigit() else _COUNTS[raw]
                unit = count.group("unit").lower()
                if unit == "fortnight":
                    unit, n = "week", 2 * n
                if n:
                    out.append((count.start(), e, unit, sign * n, "count"))
            i = text.find(word, e)
    for m in _THE_THAT.finditer(text):
        s = m.start() - 1
        if not _the_or_that_at(text, s):
            continue
        if m.group("that"):
            out.append((s, m.end(), m.group("that"), 0, ""))
            continue
        if m.group("side") and not _POINTS_BACK.match(text, m.end()):
            continue
        unit = m.group("unit") or m.group("unit2")
        out.append((s, m.end(), unit, _STEP[m.group("mod") or m.group("side")], ""))
    i = text.find(" in the ")  # (str.find scans far faster than the regex engine)
    while i >= 0:
        at = _IN_THE.match(text, i)
        if at is not None:
            for part in ("earlier", "later"):
                s = i - len(part)
                if text[s:i].lower() == part and not (s and text[s - 1].isalnum()):
                    out.append((s, at.end(), at.group("unit"), 0, part))
        i = text.find(" in the ", i + 1)
    return sorted(out)


def _the_or_that_at(text: str, s: int) -> bool:
    """Whether "the"/"that" starts a word at ``s`` (the patterns matched from its "h")."""
    return s >= 0 and text[s] in "tT" and not (s and (text[s - 1].isalnum() or text[s - 1] == "-"))


def anaphoric_dates(text: str, found: list[Found], context: Context) -> Iterator[Found]:
    """Yield a date for each phrase pointing back to an earlier date (``found`` holds the
    dates and times of ``text`` in order; spans already read are skipped)."""
    phrases = _phrases(text)
    if not phrases:
        return
    # (a clock on one day counts as its day: "from 7pm on 4 November until 7am the next day")
    dated = [f for f in found if f.low is not None and f.high is not None
             and (f.kind == "date" or f.low == f.high)]
    for start, end, unit, step, part in phrases:
        if any(f.start < end and start < f.end for f in found) or _NOT_AFTER.match(text, end):
            continue
        base, label = _antecedent(text, start, dated, context)
        if base is None or part == "count" and label == "ambiguous" and not any(
                f.end <= start for f in dated):
            continue  # "two days later" with no date before it: a length of time
        out = _moved(base, unit, step)
        if out is not None and part and part != "count":
            out = _part_around(out, base, part)
        if out is not None:
            low, high, value = out
            f = Found(start, end, "date", value, value, _GRANULARITY.get(unit, unit), label,
                      low, high)
            bisect.insort(dated, f, key=lambda g: g.start)  # "the next day ... the day after"
            yield f


_GRANULARITY = {"weekend": "week", **{w: "day" for w in _WEEKDAYS}}


def _antecedent(text: str, start: int, dated: list[Found],
                context: Context) -> tuple[tuple[date, date] | None, str]:
    """The nearest earlier date of the text (its low and high) and its reading; else the
    reference day. (Narratives cross paragraphs: the election day named three paragraphs up
    is what "the next day" counts from.)"""
    for f in reversed(dated):
        if f.kind == "time" and not text[f.end:start].strip():
            continue  # "until 7am the next day": the clock is on the day the phrase names
        if f.end <= start and f.low is not None and f.high is not None:
            return (f.low, f.high), f.reading
    ref = context.reference_date
    if ref is None:
        return None, ""
    return (ref, ref), "ambiguous"


def _part_around(period: tuple[date, date, str], base: tuple[date, date],
                 part: str) -> tuple[date, date, str]:
    """"Earlier in the week": the week's days before the antecedent; "later in the year":
    the year's days after it."""
    low, high, _ = period
    # (a Monday's "earlier in the week" can only mean that day itself)
    if part == "earlier":
        high = max(low, base[0] - timedelta(days=1))
    else:
        low = min(high, base[1] + timedelta(days=1))
    return low, high, f"{low.isoformat()}/{high.isoformat()}"


def _moved(base: tuple[date, date], unit: str, step: int) -> tuple[date, date, str] | None:
    """The unit ``step`` units from the antecedent (which must fit in one such unit); for a
    weekday ("the next Tuesday") the first one after (before) the antecedent's day."""
    low, high = base
    if unit in _WEEKDAYS:
        if low != high or step == 0:
            return None
        gap = (_WEEKDAYS.index(unit) - low.weekday()) * step % 7 or 7
        d = low + timedelta(days=gap * step)
        return d, d, d.isoformat()
    if unit == "day":
        if low != high:
            return None
        d = low + timedelta(days=step)
        return d, d, d.isoformat()
    if unit in ("week", "weekend"):
        monday = low - timedelta(days=low.weekday())
        if high > monday + timedelta(days=6):
            return None
        monday += timedelta(weeks=step)
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            return sat, sat + timedelta(days=1), week_value(monday) + "-WE"
        return monday, monday + timedelta(days=6), week_value(monday)
    if unit == "month":
        if (low.year, low.month) != (high.year, high.month):
            return None
        y, m = add_months(low.year, low.month, step)
        lo, hi = month_span(y, m)
        return lo, hi, f"{y:04d}-{m:02d}"
    if low.year != high.year:
        return None
    y = low.year + step
    return date(y, 1, 1), date(y, 12, 31), str(y)


def one_day_per_weekday(dates: list[Found]) -> list[Found]:
    """A weekday whose tense leaves two readings ("wished voters luck ahead of their Sunday
    vote": last Sunday or the next) takes the one another mention of that weekday in the text
    pins ("Sunday's election", past): an article means one day by one weekday's name."""
    pinned = {(f.weekday, f.low): f.reading for f in dates
              if f.weekday is not None and f.low is not None and f.low == f.high}
    if not pinned:
        return dates
    out = []
    for f in dates:
        if f.weekday is not None and f.low is not None and f.high is not None and f.low < f.high:
            days = [(d, reading) for (w, d), reading in pinned.items()
                    if w == f.weekday and d is not None and f.low <= d <= f.high]
            if len(days) == 1:
                day, reading = days[0]
                f = dataclasses.replace(f, value=day.isoformat(), low=day, high=day,
                                        reading=reading)
        out.append(f)
    return out
