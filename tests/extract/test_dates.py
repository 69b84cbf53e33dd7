"""Unit tests for the date extractor and its calendar helpers (factcheck/extract/_calendar/)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from factcheck.extract._calendar.arithmetic import season_of, season_span, weekday_occ
from factcheck.extract._calendar.tense import tense_at
from factcheck.extract.base import Claim, Context
from factcheck.extract.dates import extract_dates

REF = date(2026, 2, 9)  # a Monday


def dates(text: str, ref: date | None = REF, certain: bool = True) -> list[Claim]:
    return list(extract_dates(text, Context(reference_date=ref, reference_certain=certain)))


def one(text: str, ref: date | None = REF, certain: bool = True) -> Claim:
    found = dates(text, ref, certain)
    assert len(found) == 1, [(c.text, c.value) for c in found]
    return found[0]


def _matches(timex: str, day: date) -> bool:
    """Whether ``day`` fits a day-level TIMEX pattern (XXXX-WXX-4, XXXX-XX-05, 2026-02-08)."""
    week = re.fullmatch(r"XXXX-WXX-(\d)", timex)
    if week:
        return day.isoweekday() == int(week.group(1))
    pattern = re.fullmatch(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)", timex)
    assert pattern, timex
    parts = (f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}")
    return all(p.startswith("X") or p == q for p, q in zip(pattern.groups(), parts, strict=True))


def can_coincide(a: Claim, b: Claim) -> bool:
    """The date-agreement question: is there a day in both hulls that fits both timexes?"""
    assert a.low and a.high and b.low and b.high and a.timex and b.timex
    lo = max(date.fromisoformat(a.low), date.fromisoformat(b.low))
    hi = min(date.fromisoformat(a.high), date.fromisoformat(b.high))
    day = lo
    while day <= hi:
        if _matches(a.timex, day) and _matches(b.timex, day):
            return True
        day += timedelta(days=1)
    return False


class TestTense:
    @pytest.mark.parametrize(("text", "target", "want"), [
        ("Trump endorsed her on Thursday.", "Thursday", "past"),
        ("Trump on Sunday congratulated Takaichi.", "Sunday", "past"),
        ("She became PM in October after the race.", "October", "past"),
        ("He will welcome her on 19 March.", "19 March", "future"),
        ("ahead of an election on Sunday", "Sunday", "future"),
        ("Trump also mentioned that he will welcome her on 19 March.", "19 March", "fip"),
        ("He said he was looking forward to welcoming her on March 19.", "March 19", "fip"),
        ("On Sunday, the department said it looks forward to talks.", "Sunday", "past"),
        ("Polls open on Sunday", "Sunday", ""),
    ])
    def test_cues(self, text: str, target: str, want: str) -> None:
        i = text.index(target)
        assert tense_at(text, i, i + len(target)) == want

    def test_abbreviations_do_not_end_the_clause(self) -> None:
        text = "Takaichi posted on X around 12:30 a.m. on the 9th"
        i = text.index("the 9th")
        assert tense_at(text, i, i + 7) == "past"


class TestCalendar:
    def test_weekday_occurrences_count_the_anchor_day(self) -> None:
        sunday = 6
        assert weekday_occ(sunday)(REF, "past").low == date(2026, 2, 8)
        assert weekday_occ(sunday)(REF, "future").low == date(2026, 2, 15)
        monday = 0
        assert weekday_occ(monday)(REF, "past").low == REF
        assert weekday_occ(monday, strict=True)(REF, "past").low == date(2026, 2, 2)

    def test_seasons_are_meteorological_and_winter_is_labelled_by_december(self) -> None:
        assert season_span(2025, "SU") == (date(2025, 6, 1), date(2025, 8, 31))
        assert season_span(2025, "WI") == (date(2025, 12, 1), date(2026, 2, 28))
        assert season_of(date(2026, 2, 9)) == (2025, "WI")
        assert season_of(date(2026, 3, 1)) == (2026, "SP")


class TestUncertainReference:
    def test_thursday_and_the_fifth_can_coincide(self) -> None:
        thursday = one("the US president wrote in a post on Thursday.", certain=False)
        fifth = one("He thanked him for his words on the 5th.", certain=False)
        assert (thursday.low, thursday.high) == ("2026-01-29", "2026-02-05")
        assert thursday.timex == "XXXX-WXX-4" and fifth.timex == "XXXX-XX-05"
        assert can_coincide(thursday, fifth)

    def test_sunday_and_thursday_never_coincide(self) -> None:
        sunday = one("Trump endorsed her on Sunday.", certain=False)
        thursday = one("Trump endorsed her on Thursday.", certain=False)
        assert not can_coincide(sunday, thursday)

    def test_estimate_widens_around_the_certain_reading(self) -> None:
        for text in ("She arrived on Thursday.", "He will come on Sunday.", "They met in July.",
                     "It happened last week.", "He left yesterday.", "It happens this week."):
            sure = one(text)
            loose = one(text, certain=False)
            assert loose.low and sure.low and loose.high and sure.high
            assert loose.low <= sure.low and sure.high <= loose.high

    @pytest.mark.parametrize(("text", "value"), [
        # The estimate (Monday 9 Feb) is the latest day the text can be from: the coming
        # Sunday of the days before it (the 8th) is nearer the estimate than its own (15th).
        ("He will come on Sunday.", "2026-02-08"),
        ("He will come on Wednesday.", "2026-02-11"),
        # A past or present reading nearest the estimate is the estimate's own.
        ("She arrived on Thursday.", "2026-02-05"),
        ("It happens this week.", "2026-W07"),
        ("They met in July.", "2025-07"),
        ("He left yesterday.", "2026-02-08"),
    ])
    def test_estimate_value_is_the_reading_nearest_it(self, text: str, value: str) -> None:
        assert one(text, certain=False).value == value

    def test_a_yearly_date_does_not_jump_a_year(self) -> None:
        claim = one("Japan went to the polls on February 8.", certain=False)
        assert (claim.low, claim.high) == ("2026-02-08", "2026-02-08")


class TestValues:
    @pytest.mark.parametrize(("text", "value", "granularity"), [
        ("in the 1990s", "199X", "decade"),
        ("in the '80s", "198X", "decade"),
        ("in Q1 2026", "2026-Q1", "quarter"),
        ("the first quarter of 2025", "2025-Q1", "quarter"),
        ("the summer of 2019", "2019-SU", "season"),
        ("last weekend", "2026-W06-WE", "week"),
        ("two weeks ago", "2026-01-26", "week"),
        ("a month ago", "2026-01", "month"),
        ("the day before yesterday", "2026-02-07", "day"),
        ("by the end of March", "2026-03", "month"),
    ])
    def test_canonical_values(self, text: str, value: str, granularity: str) -> None:
        claim = one(text)
        assert (claim.value, claim.granularity) == (value, granularity)

    def test_end_of_narrows_the_interval(self) -> None:
        claim = one("by the end of 2026")
        assert claim.text == "the end of 2026"
        assert (claim.low, claim.high) == ("2026-09-01", "2026-12-31")

    def test_spans_slice_back(self) -> None:
        text = "On Sunday’s vote, early March, mid-2025 and Feb. 8 all appear."
        for claim in dates(text):
            assert text[claim.start:claim.end] == claim.text

    def test_impossible_calendar_dates_are_skipped(self) -> None:
        assert dates("on February 30 and 31/2/2026") == []

    def test_duplicate_text_uses_the_memo_consistently(self) -> None:
        first = [c.value for c in dates("on Thursday and on Thursday")]
        assert first == ["2026-02-05"] * 2 or first == [first[0]] * 2
