"""The shared number parser and the plain-number extractor."""

from __future__ import annotations

import math
import re

import pytest

from factcheck.extract import Context
from factcheck.extract._numscan import parse_number, parse_words, scan, singular
from factcheck.extract.numbers import extract_numbers
from factcheck.units import unit_at


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("1,500", 1500.0),
        ("1.5 million", 1_500_000.0),
        ("3bn", 3e9),
        ("40k", 40_000.0),
        ("twenty-one", 21.0),
        ("one hundred and five", 105.0),
        ("two thousand three hundred", 2300.0),
        ("a dozen", 12.0),
        ("two-thirds", 2 / 3),
        ("three quarters", 0.75),
        ("half a million", 500_000.0),
        ("a million", 1e6),
        ("12,34,567.89", 1234567.89),
        ("40 000", 40_000.0),
        ("1MM", 1e6),
        ("one - fourth", 0.25),
        ("fifty - two", 52.0),
    ],
)
def test_parse_number(surface: str, value: float) -> None:
    parsed = parse_number(surface)
    assert parsed is not None
    assert math.isclose(parsed, value, rel_tol=1e-9)


@pytest.mark.parametrize(("surface", "value"), [
    ("8.3 million", 8_300_000.0), ("4.35 trillion", 4_350_000_000_000.0), ("16.4m", 16_400_000.0),
    ("2.5 lakh crore", 2_500_000_000_000.0), ("1,234.5 crore", 12_345_000_000.0),
])
def test_a_scaled_decimal_is_the_number_written_not_its_binary_product(
        surface: str, value: float) -> None:
    # 8.3 * 1e6 is 8300000.000000001: the claims table would carry (and show) the noise.
    assert parse_number(surface) == value


def test_parse_number_rejects_non_numbers() -> None:
    assert parse_number("element") is None
    assert parse_number("") is None


def test_parse_words_stops_at_an_invalid_sequence() -> None:
    assert parse_words(["one", "two"]) == (1.0, 1)
    assert parse_words(["twenty", "one"]) == (21.0, 2)
    assert parse_words(["nineteen", "twenty"]) == (19.0, 1)
    assert parse_words(["and"]) is None


@pytest.mark.parametrize(
    ("plural", "lemma"),
    [("countries", "country"), ("seats", "seat"), ("people", "person"), ("buses", "bus"),
     ("churches", "church"), ("nations", "nation"), ("children", "child"), ("votes", "vote")],
)
def test_singular(plural: str, lemma: str) -> None:
    assert singular(plural) == lemma


def test_number_extractor_yields_only_numbers() -> None:
    text = "Of 310 seats, two-thirds went to the ruling party, about 20-25 more than in 2018."
    claims = list(extract_numbers(text, Context()))
    assert [(c.text, c.kind) for c in claims] == [("two-thirds", "number"), ("20-25", "number")]
    ranged = claims[1]
    assert ranged.qualifier == "range"
    assert (ranged.value_low, ranged.value_high) == (20.0, 25.0)


def test_spans_slice_back_to_surface() -> None:
    text = "Nearly 1.5 million voters, $3bn (£2.2bn), 25% and Takaichi, 64, in one week."
    for claim in scan(text):
        assert text[claim.start:claim.end] == claim.text


def test_scan_is_cached_per_text_and_recomputed_for_another() -> None:
    first = scan("310 seats")
    assert scan("310 seats") is first
    other = scan("465 seats")
    assert other[0].value == 465.0


@pytest.mark.parametrize("text", ["It lasted an hour and a half.", "He served a year and a half."])
def test_and_a_half_after_a_unit_is_only_the_durations_tail(text: str) -> None:
    assert [c.kind for c in scan(text)] == ["duration"]


def test_every_word_the_after_number_rules_read_is_in_after_runs() -> None:
    # `_classify` skips its currency, percent, unit, age and duration rules after white space
    # and a word outside `_AFTER_RUNS`. Each word those rules' patterns spell (and its plural)
    # is tried after a number: wherever a rule matches, its word must be in the set, or a rule
    # widened without the set would be skipped unseen.
    from factcheck.extract._numscan import context as ns
    from factcheck.units import SURFACES

    sources = [ns._PERCENT.pattern, ns._AGE_AFTER.pattern, ns._DUR_AFTER.pattern,
               ns._CUR_AFTER.pattern, *SURFACES]
    words = {w for source in sources for w in re.findall(r"[A-Za-z]+", source)}
    words |= {w + "s" for w in words}
    checked = 0
    for word in sorted(words):
        for tail in ("", " old", "-old", " of age", " points", " of"):
            text = f"5 {word}{tail} here"
            read = (ns._PERCENT.match(text, 1) or ns._AGE_AFTER.match(text, 1)
                    or ns._DUR_AFTER.match(text, 1) or ns._cur_after(text, 1)
                    or unit_at(text, 1))
            if read:
                checked += 1
                assert word.lower() in ns._AFTER_RUNS, (text, read)
    assert checked > 100  # the patterns were read, not skipped
