"""Ages of people (Takaichi, 64; a 64-year-old)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of
from factcheck.extract.base import Claim, Context, register


@register("age", layer="value", priority=40)
def extract_ages(text: str, context: Context) -> Iterator[Claim]:
    """Ages of people ("Takaichi, 64,", "a 64-year-old", "aged 64")."""
    return claims_of(text, "age")
