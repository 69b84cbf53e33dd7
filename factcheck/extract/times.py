"""Clock times (12:30 a.m., 15:00 GMT), alone or with a day, resolved against the reference date.

A time with an adjacent day ("12:30 a.m. on the 9th", "Sunday at 3pm") has value
``2026-02-09T00:30`` and the day's low/high; a time alone has value and timex ``T15:00`` and
no interval (the text does not pin the day). ``unit`` holds a stated time zone (``GMT``);
``qualifier`` is ``about`` after "around", "about", "approximately".
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._calendar import scan
from factcheck.extract.base import Claim, Context, register


@register("time", layer="value", priority=25)
def extract_times(text: str, context: Context) -> Iterator[Claim]:
    """Yield a time claim for every clock time in ``text``."""
    for found in scan(text, context):
        if found.kind == "time":
            yield found.claim(text)
