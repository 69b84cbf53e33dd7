"""Plain numbers: digits, number words, fractions, ranges and qualifiers; shared number parsing."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of, parse_number, parse_words
from factcheck.extract.base import Claim, Context, register

__all__ = ["extract_numbers", "parse_number", "parse_words"]


@register("number", layer="value", priority=90)
def extract_numbers(text: str, context: Context) -> Iterator[Claim]:
    """Numbers that carry no unit of their own ("two-thirds", "20-25", "the first party")."""
    return claims_of(text, "number")
