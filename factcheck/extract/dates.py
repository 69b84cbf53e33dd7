"""Dates: absolute, relative and named periods, resolved to intervals against the reference date.

The scanning and resolution live in ``_calendar`` (shared with times.py); see its docstring
for the value, timex, low/high and tense conventions.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._calendar import scan
from factcheck.extract.base import Claim, Context, register


@register("date", layer="value", priority=30)
def extract_dates(text: str, context: Context) -> Iterator[Claim]:
    """Yield a date claim for every date expression in ``text``."""
    for found in scan(text, context):
        if found.kind == "date":
            yield found.claim(text)
