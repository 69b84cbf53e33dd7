"""Rates: what a figure is given per, and converting between calendar periods."""

from __future__ import annotations

import pytest

from factcheck.periods import per_after, per_factor, per_family


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("$600 a month, the union said", "month"),
        ("$15 an hour in wages", "hour"),
        ("$80 a barrel on Monday", "barrel"),
        ("$2 per share", "share"),
        ("$12,000 per capita", "person"),
        ("$10/hr", "hour"),
        ("4% annually", "year"),
        ("£1,200 per annum", "year"),
        ("$3 per widget", "widget"),
        # no rate: a time after the figure, the "per" of a percentage, no rate word
        ("3% a year earlier", ""),
        ("60 seats a year ago", ""),
        ("50,000 a year or so ago", ""),
        ("5 per cent", ""),
        ("310 seats in the lower house", ""),
        ("5 a piece of the action", ""),
    ],
)
def test_what_a_figure_is_given_per(text: str, per: str) -> None:
    end = next(i for i, c in enumerate(text) if c in " /")
    assert per_after(text, end) == per


def test_calendar_periods_from_a_week_up_convert() -> None:
    assert per_factor("month", "year") == 12
    assert per_factor("week", "year") == 52
    assert per_factor("year", "quarter") == 0.25
    assert per_factor("day", "year") is None and per_factor("hour", "day") is None
    assert per_family("month") == per_family("week") == "year"
    assert per_family("day") == "day" and per_family("share") == "share"
