"""Property tests: a date rendered in any common format comes back with the same value, and
extraction never raises on arbitrary text."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract._calendar import anchors, words
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


# Years, months and weekdays, a gap, and what may follow them, including the forms SCAN's
# earlier alternatives read from the same digits or letters ("2016-11", "1930 GMT", "2019 Q3").
_SOLE_PIECES = st.tuples(
    st.sampled_from(["2016", "1930", "2019", "1500", "5", "May", "March", "Sept", "Dec",
                     "Thursday", "Sundays", "the", "x"]),
    st.sampled_from(["", " ", "  ", "\n", "-", "–", "/", ",", ".", " of "]),
    st.sampled_from(["GMT", "hours", "local", "lunch", "Q3", "H1", "11", "19", "s", "'s", "%",
                     "am", "the", "to", ")", '"', "’", "2015", "May", ".5"]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_SOLE_PIECES, max_size=6).map(" ".join))
def test_alternatives_matched_alone_read_what_scan_reads(text: str) -> None:
    # Where _starts sees that no earlier alternative of SCAN can match, it hands the start to
    # that alternative's own pattern: a new alternative of SCAN must keep this true.
    _, _, sole = anchors._starts(text)
    for at, alone in sole.items():
        whole, part = words.SCAN.match(text, at), alone.match(text, at)
        assert (whole is None) == (part is None), (text, at)
        if whole is not None and part is not None:
            assert whole.span() == part.span(), (text, at)
            assert whole.lastgroup == part.lastgroup, (text, at)
            for name in part.groupdict():
                assert whole.group(name) == part.group(name), (text, at, name)
