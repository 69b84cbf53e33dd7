"""weekday-of-date: a weekday written with a full date must be the day of the week it falls on.

"Friday, August 23, 2015" is a slip an editor wants to see: 23 August 2015 was a Sunday, so
either the weekday or the day of the month is wrong. Without a year ("Friday, August 23" in a
story of 25 August 2015) the extractor lets the weekday choose between this year's day and
last or next year's; where none of them fits, it keeps the day the story's date and tense
give, and that day is checked here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from factcheck.checks import register
from factcheck.checks.base import CheckContext, make_finding, quoted
from factcheck.frames import records_of
from factcheck.rules import Rule
from factcheck.schema import Finding

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A weekday as written -> its number (Monday 0, as date.weekday()): names and the usual
#: abbreviations, capitalised or in capitals.
_WEEKDAYS = {
    written: number
    for number, name in enumerate(_NAMES)
    for form in (name, name[:3], *{"Tuesday": ("Tues",), "Thursday": ("Thur", "Thurs")}.get(
        name, ()))
    for written in (form, form.upper())
}
_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b")
_YEAR = re.compile(r"(?<![\d,.])(1[6-9]\d\d|2[01]\d\d)(?![\d,.]\d)")
_MONTH_DAY = re.compile(r"XXXX-\d\d-\d\d(?:T|$)")
#: Granularities of a claim that names one day.
_ONE_DAY = frozenset(("day", "daypart", "hour", "minute"))


@register("weekday-of-date", kinds=("date", "time"))
def weekday_of_date(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """A date written with its weekday and its year must fall on that weekday."""
    frame = ctx.select(rule)
    for label, row in zip((int(x) for x in frame.index), records_of(frame), strict=True):
        day = _written_date(row)
        nearest = day is None
        if day is None:
            day = _unpinned_day(row)
        if day is None:
            continue
        written = {_WEEKDAYS[m.group()] for m in _WEEKDAY.finditer(str(row.text))}
        if len(written) != 1:
            continue  # none, or a range of weekdays
        said = written.pop()
        if said == day.weekday():
            continue
        actual = _NAMES[day.weekday()]
        besides = (f", nor was {day.day} {day:%B} a {_NAMES[said]} the year before or after"
                   if nearest else "")
        reasoning = (f"{quoted(str(row.text))} ({row.doc}): {day.day} {day:%B %Y} is a "
                     f"{actual}, not a {_NAMES[said]}{besides}; the weekday or the day is "
                     "wrong.")
        yield make_finding(ctx, rule, "contradiction", [[label]], [_NAMES[said], actual],
                           subject=str(row.text), reasoning=reasoning, values=actual,
                           extra={"scope": "within-article"})


def _written_date(row: object) -> date | None:
    """The one day a claim names, if its text writes that day's year; else None."""
    low, high = getattr(row, "low", None), getattr(row, "high", None)
    if (not isinstance(low, str) or low != high or getattr(row, "granularity", "") not in _ONE_DAY
            or len(low) != 10):
        return None
    try:
        day = date.fromisoformat(low)
    except ValueError:
        return None
    years = {int(m.group(1)) for m in _YEAR.finditer(str(getattr(row, "text", "")))}
    return day if day.year in years else None


def _unpinned_day(row: object) -> date | None:
    """The one day a claim names by month and day alone, the year the story's own (the
    weekday written beside it fitted no year near it); else None."""
    timex, low = getattr(row, "timex", None), getattr(row, "low", None)
    if not (isinstance(timex, str) and _MONTH_DAY.match(timex) and isinstance(low, str)
            and low == getattr(row, "high", None)):
        return None
    try:
        return date.fromisoformat(low)
    except ValueError:
        return None
