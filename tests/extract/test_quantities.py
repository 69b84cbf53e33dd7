"""Quantity, age and duration claims from the shared numeric scan."""

from __future__ import annotations

import math

from factcheck.extract import Context
from factcheck.extract.ages import extract_ages
from factcheck.extract.durations import extract_durations
from factcheck.extract.quantities import extract_quantities


def test_counts_have_singular_units() -> None:
    text = "310 seats in the 465-member house; two countries; 12 votes; 3 buses"
    got = [(c.text, c.value, c.unit) for c in extract_quantities(text, Context())]
    assert got == [
        ("310 seats", 310.0, "seat"),
        ("465-member", 465.0, "member"),
        ("two countries", 2.0, "country"),
        ("12 votes", 12.0, "vote"),
        ("3 buses", 3.0, "bus"),
    ]


def test_a_verb_or_function_word_is_no_counted_noun() -> None:
    text = "The two were there and three of them said 5 is enough."
    assert list(extract_quantities(text, Context())) == []


def test_vague_quantity_has_bounds_and_no_value() -> None:
    (claim,) = extract_quantities("hundreds of protesters", Context())
    assert claim.qualifier == "vague"
    assert math.isnan(claim.value)
    assert (claim.value_low, claim.value_high) == (200.0, 10_000.0)
    assert claim.unit == "protester"


def test_ages() -> None:
    text = "Takaichi, 64, met Smith, 70, who is a 58-year-old; aged 12; 9 years old."
    got = [(c.text, c.value) for c in extract_ages(text, Context())]
    assert got == [("64", 64.0), ("70", 70.0), ("58-year-old", 58.0), ("aged 12", 12.0),
                   ("9 years old", 9.0)]


def test_name_comma_number_needs_a_following_comma_or_verb() -> None:
    assert list(extract_ages("In Osaka, 64 people voted.", Context())) == []


def test_durations() -> None:
    text = "71 years later, after one week, a decade and a half-hour, two-day talks"
    got = [(c.text, c.value, c.unit) for c in extract_durations(text, Context())]
    assert got == [
        ("71 years", 71.0, "year"),
        ("one week", 1.0, "week"),
        ("a decade", 10.0, "year"),
        ("two-day", 2.0, "day"),
    ]
