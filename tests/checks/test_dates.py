"""date-agreement: calendar reasoning, sides, symmetry."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.dates import days_of
from tests.checks.conftest import run


def d(doc: str, text: str, low: str, high: str, timex: str, event: str = "endorsement",
      **more: Any) -> dict[str, Any]:
    return {"doc": doc, "kind": "date", "text": text, "low": low, "high": high, "timex": timex,
            "granularity": "day", "event": event, "event_source": "vocabulary",
            "start": 0, "end": len(text), **more}


SUNDAY_A = d("000", "Sunday", "2026-02-01", "2026-02-08", "XXXX-WXX-7")
SUNDAY_B = d("002", "Sunday", "2026-02-01", "2026-02-08", "XXXX-WXX-7")
THURSDAY = d("003", "Thursday", "2026-01-29", "2026-02-05", "XXXX-WXX-4")
FIFTH = d("004", "the 5th", "2026-01-05", "2026-02-05", "XXXX-XX-05")


def test_days_of_a_weekday_and_a_day_of_month() -> None:
    assert days_of(date(2026, 1, 29), date(2026, 2, 12), "XXXX-WXX-4") == {
        date(2026, 1, 29), date(2026, 2, 5), date(2026, 2, 12)}
    assert days_of(date(2026, 1, 1), date(2026, 3, 31), "XXXX-XX-05") == {
        date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5)}
    assert days_of(date(2026, 2, 5), date(2026, 2, 5), "XXXX-WXX-7") == frozenset()
    assert len(days_of(date(2026, 2, 5), date(2026, 2, 5), "XXXX-WXX-7", tolerance=3)) == 7


def test_endorsement_sides_in_one_finding_and_calendar_consistency() -> None:
    findings = run("date-agreement", [SUNDAY_A, SUNDAY_B, THURSDAY, FIFTH])
    contradictions = [f for f in findings if f.verdict == "contradiction"]
    assert len(contradictions) == 1
    found = contradictions[0]
    assert found.extra["sides"] == [["000", "002"], ["003", "004"]]
    assert found.severity == "error"
    assert "cannot be the same day" in found.reasoning
    consistent = [f for f in findings if f.verdict == "consistent"]
    assert len(consistent) == 1 and consistent[0].severity == "info"
    assert consistent[0].reasoning.startswith("5 Feb 2026 was a Thursday, so “Thursday” (003)")
    assert consistent[0].docs == ("003", "004")


def test_sentence_is_cited_and_fingerprint_ignores_offsets() -> None:
    moved = dict(THURSDAY, start=40, end=48, sentence="He wrote on Thursday.")
    first = run("date-agreement", [SUNDAY_A, THURSDAY])[0]
    second = run("date-agreement", [SUNDAY_A, moved])[0]
    assert first.id == second.id
    assert any(c.sentence == "He wrote on Thursday." for c in second.claims)
    changed = dict(THURSDAY, text="Friday", timex="XXXX-WXX-5", low="2026-01-30",
                   high="2026-02-06")
    assert run("date-agreement", [SUNDAY_A, changed])[0].id != first.id


def test_tolerance_and_no_consistent_when_asked() -> None:
    near = [d("a", "February 8", "2026-02-08", "2026-02-08", "XXXX-02-08"),
            d("b", "February 9", "2026-02-09", "2026-02-09", "XXXX-02-09")]
    assert [f.verdict for f in run("date-agreement", near)] == ["contradiction"]
    assert [f.verdict for f in run("date-agreement", near, tolerance_days=1)] == ["consistent"]
    assert run("date-agreement", near, tolerance_days=1, report_consistent=False) == []


def test_different_events_or_roles_are_not_compared() -> None:
    election = d("001", "February 8", "2026-02-08", "2026-02-08", "XXXX-02-08", event="election")
    assert run("date-agreement", [election, THURSDAY]) == []
    assert run("date-agreement", [SUNDAY_A, dict(THURSDAY, role="threat")]) == []
    assert run("date-agreement", [SUNDAY_A, dict(THURSDAY, role="call")]) == []
    # a planned date and the date it happened are one event's dates
    found = run("date-agreement", [SUNDAY_A, dict(THURSDAY, role="plan")])
    assert [f.verdict for f in found] == ["contradiction"]


def test_one_article_alone_gives_no_finding() -> None:
    assert run("date-agreement", [SUNDAY_A, dict(THURSDAY, doc="000")]) == []


_DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31))


@st.composite
def readings(draw: st.DrawFn, doc: str) -> dict[str, Any]:
    low = draw(_DAYS)
    width = draw(st.integers(0, 20))
    high = date.fromordinal(low.toordinal() + width)
    timex = draw(st.sampled_from(["", f"XXXX-WXX-{draw(st.integers(1, 7))}",
                                  f"XXXX-XX-{draw(st.integers(1, 28)):02d}"]))
    return d(doc, f"t{doc}", low.isoformat(), high.isoformat(), timex)


@settings(deadline=None, max_examples=60)
@given(readings("a"), readings("b"))
def test_symmetric(a: dict[str, Any], b: dict[str, Any]) -> None:
    one = sorted((f.verdict, f.id) for f in run("date-agreement", [a, b]))
    other = sorted((f.verdict, f.id) for f in run("date-agreement", [b, a]))
    assert one == other
