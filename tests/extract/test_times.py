"""Unit tests for the time extractor (clock times, alone or with a day)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.base import Claim, Context
from factcheck.extract.times import extract_times

REF = date(2026, 2, 9)


def times(text: str, ref: date | None = REF) -> list[Claim]:
    return list(extract_times(text, Context(reference_date=ref)))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("at 3pm", "3pm", "T15:00"),
    ("at 3 p.m.", "3 p.m.", "T15:00"),
    ("at 12:30 a.m.", "12:30 a.m.", "T00:30"),
    ("at 12:05 PM", "12:05 PM", "T12:05"),
    ("at 15:00", "15:00", "T15:00"),
    ("at 7:56:30 pm", "7:56:30 pm", "T19:56:30"),
    ("at 10.30 am", "10.30 am", "T10:30"),
    ("at three o'clock", "three o'clock", "T03:00"),
])
def test_clock_values(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


def test_zone_goes_to_unit() -> None:
    (claim,) = times("at 9:00 JST")
    assert (claim.value, claim.unit) == ("T09:00", "JST")


def test_day_then_time_and_time_then_day_agree() -> None:
    a = times("on Sunday at 3pm")
    b = times("at 3pm on Sunday")
    assert [c.value for c in a] == [c.value for c in b] == ["2026-02-08T15:00"]


def test_around_midnight_widens_to_the_day_before() -> None:
    (claim,) = times("around 12:10 a.m. on the 9th")
    assert (claim.low, claim.high, claim.qualifier) == ("2026-02-08", "2026-02-09", "about")


def test_time_without_reference_keeps_the_day_pattern() -> None:
    (claim,) = times("at 3pm on February 8", ref=None)
    assert (claim.value, claim.timex, claim.low) == ("XXXX-02-08T15:00", "XXXX-02-08T15:00", None)


@pytest.mark.parametrize("text", [
    "a 3:1 ratio", "he won 2:15", "I am here", "25 amendments", "midnight blue", "13 pm",
])
def test_not_times(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    # the reference (9 Feb 2026) is a Monday; a night runs into the next day
    ("Officials met last night.", "2026-02-08TNI", "2026-02-08", "2026-02-09"),
    ("He will speak tonight.", "2026-02-09TNI", "2026-02-09", "2026-02-10"),
    ("The quake struck this morning.", "2026-02-09TMO", "2026-02-09", "2026-02-09"),
    ("It happened on Sunday night.", "2026-02-08TNI", "2026-02-08", "2026-02-09"),
])
def test_parts_of_named_days(text: str, value: str, low: str, high: str) -> None:
    (claim,) = times(text)
    assert (claim.value, claim.low, claim.high, claim.granularity) == (value, low, high, "daypart")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Rebels attacked at 11 p.m. last night.", "11 p.m. last night", "2026-02-08T23:00"),
    ("The blast came at 2 a.m. last night.", "2 a.m. last night", "2026-02-09T02:00"),
    ("He will speak tonight at 10 p.m.", "tonight at 10 p.m.", "2026-02-09T22:00"),
    ("It began yesterday morning at 9 a.m.", "yesterday morning at 9 a.m.", "2026-02-08T09:00"),
])
def test_a_clock_takes_the_day_of_its_part_of_day(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a meridiem written with a space inside: "7 p. m."
    ("The shooting happened at 7 p. m. local time.", "7 p. m. local time", "T19:00"),
    ("Polls closed at seven thirty p. m.", "seven thirty p. m.", "T19:30"),
    ("The alarm went off at 6 a. m. on Friday.", "6 a. m. on Friday", "2026-02-06T06:00"),
])
def test_spaced_meridiems(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "midmorning" and "midafternoon" are parts of day as "mid-morning" is; "mid-day" and
    # "mid night" are noon and midnight
    ("Shares fell in midafternoon trading.", "midafternoon", "TAF"),
    ("By midmorning on Tuesday, crowds had gathered.", "midmorning on Tuesday", "2026-02-03TMO"),
    ("The rally began at mid-day on Sunday.", "mid-day on Sunday", "2026-02-08T12:00"),
    ("Troops withdrew at mid night.", "mid night", "T00:00"),
])
def test_mid_parts_of_day(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "Children get a mid-day meal at school.", "The mid-day meal scheme covers 120 million.",
    "The midnight deadline passed.",
])
def test_mid_nouns_are_not_times(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # minutes to the hour: in words before a part of day or a meridiem, "twenty (-five)" and
    # any count with "minutes"
    ("The blast came at twenty to nine in the evening.", "twenty to nine in the evening",
     "T20:40"),
    ("Polls closed at ten to nine p.m.", "ten to nine p.m.", "T20:50"),
    ("The train left at twenty to nine.", "twenty to nine", "T08:40"),
    ("It struck at twenty-five to nine on Monday.", "twenty-five to nine on Monday",
     "2026-02-09T08:35"),
    ("It's three minutes to eight.", "three minutes to eight", "T07:57"),
    ("The vote was called at three minutes to eight in the evening.",
     "three minutes to eight in the evening", "T19:57"),
    # ranges and counts keep to what they were
    ("Rain is expected three to four in the afternoon.", "four in the afternoon", "T16:00"),
    ("Shops open from nine to five in the evening.", "five in the evening", "T17:00"),
])
def test_minutes_to_the_hour(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "Twenty to ten people were hurt, and twenty to ten more fled.",
    "Thirty to forty people were hurt.",
    "The ship sank in twenty minutes to the surprise of the crew.",
])
def test_counts_before_to_are_not_times(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "it is/was" before an hour of a part of day stands for "at"
    ("It was 8 in the morning when the quake struck.", "8 in the morning", "T08:00"),
    ("It's eight in the evening in Tokyo.", "eight in the evening", "T20:00"),
])
def test_it_was_an_hour_of_the_day(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


def test_it_was_one_in_the_evening_session_is_no_time() -> None:
    assert times("It was one in the evening session that failed.") == []


@pytest.mark.parametrize(("text", "surface"), [
    # noon and midnight after "to" end a clock range before a pause or a function word
    ("She was working from 6:00am to midnight.", "midnight"),
    ("He moved the talks to noon, officials said.", "noon"),
])
def test_to_midnight(text: str, surface: str) -> None:
    assert surface in [c.text for c in times(text)]


@pytest.mark.parametrize("text", ["They walked to midnight mass.", "Eyes turned to noon prayers."])
def test_to_midnight_before_a_noun_is_no_time(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a place's time after a clock is part of it, and the day after it joins it
    ("Contact was lost at 1:21 a.m. Malaysian time on March 8.",
     "1:21 a.m. Malaysian time on March 8", "2025-03-08T01:21"),
    ("The blast hit at 9 a.m. Hong Kong time on Monday.", "9 a.m. Hong Kong time on Monday",
     "2026-02-09T09:00"),
    # a weekday is no place: "time" is the subject
    ("At 10 a.m. Monday time ran out.", "10 a.m. Monday", "2026-02-09T10:00"),
])
def test_a_places_time(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    # British "at 5.30" before "yesterday" or "last night/Friday" as before "today"
    ("The siren went off at 5.30 yesterday.", "5.30 yesterday", "2026-02-08T05:30"),
    ("The crash happened at 10.30 last night.", "10.30 last night", "2026-02-08T22:30"),
    ("The crash happened at 10.30 last Friday.", "10.30 last Friday", "2026-02-06T10:30"),
])
def test_dotted_clock_before_yesterday(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


@pytest.mark.parametrize("text", ["Shares closed at 6.45 yesterday.",
                                  "The index was at 6.45 yesterday."])
def test_prices_before_yesterday_are_no_times(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # Indian English "11 in the night" as "11 at night"
    ("The accident took place at 11 in the night.", "11 in the night", "T23:00"),
    ("Police raided the house at 2 in the night.", "2 in the night", "T02:00"),
    ("He reached home at ten in the night.", "ten in the night", "T22:00"),
])
def test_hour_in_the_night(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


def test_no_one_in_the_night_shift() -> None:
    assert times("There was no one in the night shift.") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "hrs"/"hours" after a 24-hour clock belong to it, and the day after joins it
    ("The collision occurred at 14:00 hrs on Tuesday.", "14:00 hrs on Tuesday",
     "2026-02-03T14:00"),
    ("The meeting began at 09.30 hours on Monday.", "09.30 hours on Monday", "2026-02-09T09:30"),
])
def test_clock_with_hours(text: str, surface: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)] == [(surface, value)]


def test_a_length_in_hours_is_no_clock() -> None:
    assert times("The flight lasted 12:30 hours.") == []


@pytest.mark.parametrize(("text", "first", "value"), [
    # the first end of a range of clock times takes the second end's day
    ("The stampede happened between 3 and 4 a.m. on Sunday.", "3", "2026-02-08T03:00"),
    ("The stampede happened on Sunday between 3 and 4:30.", "Sunday between 3",
     "2026-02-08T03:00"),
    # (not when it comes later in the day: the night before)
    ("The curfew ran from 10 p.m. to 5 a.m. on Sunday.", "10 p.m.", "T22:00"),
])
def test_first_clock_end_takes_the_day(text: str, first: str, value: str) -> None:
    assert [(c.text, c.value) for c in times(text)][0] == (first, value)
