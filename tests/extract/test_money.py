"""Money claims: ISO 4217 units, scales, prefixes, and amounts stated in two currencies."""

from __future__ import annotations

import pytest

from factcheck.extract import Context
from factcheck.extract.money import extract_money


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_money(text, Context())]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("a $550bn deal", "$550bn", 550e9, "USD"),
        ("worth £407bn", "£407bn", 407e9, "GBP"),
        ("some C$12m", "C$12m", 12e6, "CAD"),
        ("only NZ$4.5 billion", "NZ$4.5 billion", 4.5e9, "NZD"),
        ("a ¥1 trillion package", "¥1 trillion", 1e12, "JPY"),
        ("costs 3 million euros", "3 million euros", 3e6, "EUR"),
        ("EUR 20m raised", "EUR 20m", 20e6, "EUR"),
        ("a 500 yuan fine", "500 yuan", 500.0, "CNY"),
        ("paid Rs 400 crore", "Rs 400 crore", 4e9, "INR"),
        ("it cost 10 €", "10 €", 10.0, "EUR"),
        ("revenue of USD115", "USD115", 115.0, "USD"),
    ],
)
def test_amounts(text: str, surface: str, value: float, unit: str) -> None:
    assert _money(text) == [(surface, pytest.approx(value), unit)]


def test_two_currencies_share_a_link() -> None:
    text = "to invest $550bn (£407bn) in the US and $1m later"
    claims = list(extract_money(text, Context()))
    assert [c.unit for c in claims] == ["USD", "GBP", "USD"]
    assert claims[0].link == claims[1].link == f"m{claims[0].start}"
    assert claims[2].link is None


def test_qualifier_is_kept_outside_the_span() -> None:
    (claim,) = extract_money("more than $2bn was pledged", Context())
    assert claim.text == "$2bn"
    assert claim.qualifier == "more than"
    assert claim.value_low == 2e9


def test_won_as_a_verb_is_no_currency() -> None:
    assert _money("the two won seats") == []
