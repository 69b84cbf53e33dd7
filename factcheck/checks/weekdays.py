"""weekday-of-date: a weekday written with a full date must be the day of the week it falls on.

"Friday, August 23, 2015" is a slip an editor wants to see: 23 August 2015 was a Sunday, so
either the weekday or the day of the month is wrong. Only dates whose year is written are
checked: without one, the extractor may have chosen the year by the weekday itself.
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
#: Granularities of a claim that names one day.
_ONE_DAY = frozenset(("day", "daypart", "hour", "minute"))


@register("weekday-of-date", kinds=("date", "time"))
def weekday_of_date(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """A date written with its weekday and its year must fall on that weekday."""
    frame = ctx.select(rule)
    for label, row in zip((int(x) for x in frame.index), records_of(frame), strict=True):
        day = _written_date(row)
        if day is None:
            continue
        written = {_WEEKDAYS[m.group()] for m in _WEEKDAY.finditer(str(row.text))}
        if len(written) != 1:
            continue  # none, or a range of weekdays
        said = written.pop()
        if said == day.weekday():
            continue
        actual = _NAMES[day.weekday()]
        reasoning = (f"{quoted(str(row.text))} ({row.doc}): {day.day} {day:%B %Y} is a "
                     f"{actual}, not a {_NAMES[said]}; the weekday or the day is wrong.")
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
