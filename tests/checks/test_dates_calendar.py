"""date-agreement: the year of a timex bounds the days only for plain calendar dates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from factcheck.checks.dates import days_of
from tests.checks.conftest import run
from tests.checks.test_dates import d


def test_winter_keeps_its_january_and_february() -> None:
    days = days_of(date(2025, 12, 1), date(2026, 2, 28), "2025-WI")
    assert len(days) == 90
    assert date(2026, 1, 15) in days and date(2026, 2, 28) in days


def test_iso_week_keeps_its_december_days() -> None:
    days = days_of(date(2025, 12, 29), date(2026, 1, 4), "2026-W01")
    assert days == {date(2025, 12, 29) + timedelta(days=k) for k in range(7)}


def test_plain_year_month_and_day_still_bound_the_days() -> None:
    assert days_of(date(2025, 12, 30), date(2026, 1, 2), "2026") == {
        date(2026, 1, 1), date(2026, 1, 2)}
    assert days_of(date(2026, 1, 30), date(2026, 2, 2), "2026-02") == {
        date(2026, 2, 1), date(2026, 2, 2)}
    assert days_of(date(2026, 2, 8), date(2026, 2, 10), "2026-02-09T00:30") == {
        date(2026, 2, 9)}


def test_an_interval_timex_keeps_every_day_between_its_ends() -> None:
    # "the past two weeks", "fiscal 2025": the value's first day must not pin day and month
    days = days_of(date(2026, 1, 25), date(2026, 2, 7), "2026-01-25/2026-02-07")
    assert days == {date(2026, 1, 25) + timedelta(days=k) for k in range(14)}


def test_a_day_inside_a_stretch_agrees_with_it() -> None:
    weeks = d("000", "the past two weeks", "2026-01-25", "2026-02-07", "2026-01-25/2026-02-07")
    day = d("001", "February 3", "2026-02-03", "2026-02-03", "2026-02-03")
    findings = run("date-agreement", [weeks, day])
    assert not [f for f in findings if f.verdict == "contradiction"]


def test_a_january_day_agrees_with_last_winter() -> None:
    winter = d("000", "last winter", "2025-12-01", "2026-02-28", "2025-WI", granularity="season")
    day = d("001", "January 12", "2026-01-12", "2026-01-12", "2026-01-12")
    findings = run("date-agreement", [winter, day])
    assert not [f for f in findings if f.verdict == "contradiction"]


def _range(doc: str, text: str, value: str, low: str, high: str) -> dict[str, Any]:
    return d(doc, text, low, high, value, value=value, qualifier="range")


def test_ranges_agree_only_when_both_ends_can_meet() -> None:
    a = _range("000", "March 3 to 5", "2026-03-03/2026-03-05", "2026-03-03", "2026-03-05")
    b = _range("001", "March 3-6", "2026-03-03/2026-03-06", "2026-03-03", "2026-03-06")
    found = run("date-agreement", [a, b])
    assert [f.verdict for f in found] == ["contradiction"]
    assert "cannot be the same days" in found[0].reasoning
    assert "3 Mar 2026 to 5 Mar 2026" in found[0].reasoning  # a range's days run from, to
    same = _range("001", "3-5 March", "2026-03-03/2026-03-05", "2026-03-03", "2026-03-05")
    assert "contradiction" not in [f.verdict for f in run("date-agreement", [a, same])]


def test_a_day_inside_a_range_agrees_with_it() -> None:
    a = _range("000", "March 3 to 5", "2026-03-03/2026-03-05", "2026-03-03", "2026-03-05")
    day = d("001", "March 4", "2026-03-04", "2026-03-04", "2026-03-04")
    assert "contradiction" not in [f.verdict for f in run("date-agreement", [a, day])]
