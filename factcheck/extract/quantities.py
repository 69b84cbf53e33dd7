"""Counts of things with the counted noun (310 seats, a 465-member house, thousands of soldiers)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of
from factcheck.extract.base import Claim, Context, register


@register("quantity", layer="value", priority=60)
def extract_quantities(text: str, context: Context) -> Iterator[Claim]:
    """Counts with their counted noun ("310 seats", "465-member", "thousands of soldiers")."""
    return claims_of(text, "quantity")
