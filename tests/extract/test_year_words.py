"""Years and days in words read back as numbers."""

from __future__ import annotations

import pytest

from factcheck.extract._year_words import day_value, year_value


@pytest.mark.parametrize(("words", "year"), [
    ("nineteen ninety six", 1996), ("nineteen hundred ninety three", 1993),
    ("seventeen hundred thirty three", 1733), ("nineteen oh five", 1905),
    ("nineteen hundred", 1900), ("two thousand", 2000), ("two thousand and fifteen", 2015),
    ("two thousand and thirty two", 2032), ("twenty twenty", 2020),
    ("Nineteen Eighty-Four", 1984), ("two thousand five", 2005),
])
def test_year_value(words: str, year: int) -> None:
    assert year_value(words) == year


@pytest.mark.parametrize("words", ["nineteen", "ninety six", "twenty five", "three thousand"])
def test_not_a_year(words: str) -> None:
    assert year_value(words) is None


@pytest.mark.parametrize(("words", "day"), [
    ("twenty five", 25), ("thirty one", 31), ("nine", 9), ("fifteen", 15), ("thirty", 30),
])
def test_day_value(words: str, day: int) -> None:
    assert day_value(words) == day
