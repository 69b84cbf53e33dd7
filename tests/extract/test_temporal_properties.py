"""Property tests: a date rendered in any common format comes back with the same value, and
extraction never raises on arbitrary text."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.base import Context
from factcheck.extract.dates import extract_dates
from factcheck.extract.times import extract_times

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _abbr(d: date) -> str:
    name = MONTHS[d.month - 1]
    return name if len(name) <= 4 else name[:3] + "."


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FULL_FORMATS = [
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{_abbr(d)} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
]
YEARLESS_FORMATS = [
    lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    lambda d: f"{_abbr(d)} {d.day}",
    lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}",
]
CONTEXTS = ["The meeting is on {}.", "It happened on {}, officials said.", "{}: talks open",
            "(updated {})"]

dates_st = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


def _values(text: str, ref: date | None, certain: bool = True) -> list[str]:
    ctx = Context(reference_date=ref, reference_certain=certain)
    return [c.value for c in extract_dates(text, ctx)]


@settings(max_examples=150, deadline=None)
@given(d=dates_st, fmt=st.sampled_from(FULL_FORMATS), frame=st.sampled_from(CONTEXTS),
       ref=st.one_of(st.none(), dates_st))
def test_full_dates_round_trip(d: date, fmt, frame: str, ref: date | None) -> None:
    assert _values(frame.format(fmt(d)), ref) == [d.isoformat()]


@settings(max_examples=150, deadline=None)
@given(d=dates_st, fmt=st.sampled_from(YEARLESS_FORMATS), offset=st.integers(-150, 150),
       certain=st.booleans())
def test_yearless_dates_resolve_to_the_nearest_year(d: date, fmt, offset: int,
                                                     certain: bool) -> None:
    # Without a tense cue a month and day is the occurrence nearest the reference.
    ref = d + timedelta(days=offset)
    assert _values(f"Talks: {fmt(d)}", ref, certain) == [d.isoformat()]


PIECES = list("0123456789 ,.:/-'’aApPmM\n") + [
    "May ", "Sunday", "the ", "5th", "last ", "week", "2019", "summer", "ago", "3pm", "on ",
    "Feb. ", "around ", "12:30 a.m.", "1990s", "mid-", "Q3 ", "yesterday",
]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       ref=st.one_of(st.none(), dates_st), certain=st.booleans())
def test_never_raises_and_spans_slice_back(text: str, ref: date | None, certain: bool) -> None:
    ctx = Context(reference_date=ref, reference_certain=certain)
    for claim in [*extract_dates(text, ctx), *extract_times(text, ctx)]:
        assert text[claim.start:claim.end] == claim.text
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200), ref=st.one_of(st.none(), dates_st))
def test_arbitrary_unicode_never_raises(text: str, ref: date | None) -> None:
    ctx = Context(reference_date=ref, reference_certain=False)
    for claim in [*extract_dates(text, ctx), *extract_times(text, ctx)]:
        assert text[claim.start:claim.end] == claim.text
