"""Durations (71 years, one week), with their unit."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of
from factcheck.extract.base import Claim, Context, register


@register("duration", layer="value", priority=45)
def extract_durations(text: str, context: Context) -> Iterator[Claim]:
    """Durations with their unit ("71 years", "one week", "a decade")."""
    return claims_of(text, "duration")
