"""weekday-of-date: a date written with its weekday and year must fall on that weekday."""

from __future__ import annotations

from factcheck import extract_claims
from factcheck.checks import get
from factcheck.checks.base import CheckContext
from factcheck.frames import add_frames
from factcheck.rules import Rule, Vocabulary
from factcheck.schema import Finding


def run(text: str, reference: str = "2015-08-25") -> list[Finding]:
    claims = extract_claims(text, reference, doc="a")
    spec = get("weekday-of-date")
    assert spec is not None
    ctx = CheckContext(claims=add_frames(claims, {"a": text}), vocabulary=Vocabulary())
    return list(spec.fn(ctx, Rule(id="weekdays", check="weekday-of-date",
                                  select={"kind": spec.kinds})))


def test_a_weekday_that_the_date_does_not_fall_on() -> None:
    found = run("Shells fell on Friday, August 23, 2015, near the border.")
    assert [f.verdict for f in found] == ["contradiction"]
    assert found[0].reasoning == ("“Friday, August 23, 2015” (a): 23 August 2015 is a Sunday, "
                                  "not a Friday; the weekday or the day is wrong.")
    assert found[0].extra["scope"] == "within-article"


def test_abbreviations_and_times_of_a_day_are_read() -> None:
    assert [f.compared for f in run("Rioters stormed it on Wed. Jan. 7, 2021.")] == [
        ("Thursday", "Wednesday")]
    timed = run("The quake struck on Monday, 12 January 2010, at 16:53 local time.")
    assert [f.compared for f in timed] == [("Monday", "Tuesday")]


def test_right_weekdays_and_dates_without_a_year_say_nothing() -> None:
    assert run("Shells fell on Friday, August 21, 2015, and on Thursday, 20 August 2015.") == []
    # no year written, and the weekday fits this year's day or last or next year's: it
    # chose the year, so nothing is wrong
    assert run("The summit opened on Thursday, March 19.") == []
    # a range of days with two weekdays is no one day
    assert run("The talks ran from Monday, 3 May, to Friday, 7 May 2021.", "2021-05-10") == []


def test_a_weekday_no_year_near_the_story_fits() -> None:
    # 23 August was a Sunday in 2015, a Saturday in 2014, a Tuesday in 2016: the story means
    # its own August, and the weekday or the day is wrong
    found = run("Shells fell on Friday, August 23, near the border.")
    assert [f.compared for f in found] == [("Friday", "Sunday")]
    assert "nor was 23 August a Friday the year before or after" in found[0].reasoning
