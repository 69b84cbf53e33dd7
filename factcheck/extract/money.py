"""Amounts of money with currency (ISO 4217) and scale, and amounts stated in two currencies."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._numscan import claims_of
from factcheck.extract.base import Claim, Context, register


@register("money", layer="value", priority=10)
def extract_money(text: str, context: Context) -> Iterator[Claim]:
    """Amounts of money with an ISO 4217 currency ("$550bn", "£407bn", "1.5 billion dollars")."""
    return claims_of(text, "money")
