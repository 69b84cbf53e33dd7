"""Dates: absolute, relative and named periods, resolved to intervals against the reference date.

The scanning and resolution live in ``_calendar`` (shared with times.py); see its docstring
for the value, timex, low/high and tense conventions. Phrases pointing back to an earlier
date ("the next day", "that year") and weekdays another mention pins are resolved in
``_anaphora``.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._anaphora import anaphoric_dates, one_day_per_weekday
from factcheck.extract._calendar import scan
from factcheck.extract.base import Claim, Context, register


@register("date", layer="value", priority=30)
def extract_dates(text: str, context: Context) -> Iterator[Claim]:
    """Yield a date claim for every date expression in ``text``, in text order."""
    found = scan(text, context)
    dates = one_day_per_weekday([f for f in found if f.kind == "date"])
    pointing_back = list(anaphoric_dates(text, found, context))
    if pointing_back:
        dates = sorted(dates + pointing_back, key=lambda f: f.start)
    for f in dates:
        yield f.claim(text)
