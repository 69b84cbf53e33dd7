"""Percentages and percentage points."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of
from factcheck.extract.base import Claim, Context, register


@register("percent", layer="value", priority=20)
def extract_percent(text: str, context: Context) -> Iterator[Claim]:
    """Percentages and percentage points ("25%", "15 per cent", "2 percentage points")."""
    return claims_of(text, "percent")
