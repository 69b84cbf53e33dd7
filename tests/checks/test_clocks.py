"""date-agreement on clock times: zones, offsets, tolerance, ranges and glosses."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.clocks import OFFSETS, Clock, agree, zone_offsets
from factcheck.extract._calendar.words import TIME_ZONES
from tests.checks.conftest import run


def t(doc: str, text: str, clock: str, zone: str | None = None, **more: Any) -> dict[str, Any]:
    return {"doc": doc, "kind": "time", "text": text, "value": f"T{clock}", "timex": f"T{clock}",
            "granularity": "minute", "unit": zone, "event": "earthquake",
            "event_source": "vocabulary", "start": 0, "end": len(text), **more}


def verdicts(rows: list[dict[str, Any]], **options: Any) -> list[tuple[str, str]]:
    return [(f.verdict, f.reasoning) for f in run("date-agreement", rows, **options)]


def test_every_zone_the_extractor_reads_has_an_offset() -> None:
    assert set(TIME_ZONES) == set(OFFSETS)


def test_same_zone_different_time_is_a_contradiction() -> None:
    found = verdicts([t("a", "14:46 JST", "14:46", "JST"), t("b", "12:46 JST", "12:46", "JST")])
    assert found == [("contradiction", "“14:46 JST” (a): 05:46 UTC; “12:46 JST” (b): 03:46 UTC. "
                                       "These are 2 hours apart.")]


def test_zones_are_converted_and_agreement_says_why() -> None:
    found = verdicts([t("a", "14:46 JST", "14:46", "JST"), t("b", "05:46 UTC", "05:46", "UTC")])
    assert found == [("consistent", "“14:46 JST” (a) and “05:46 UTC” (b) are the same moment, "
                                    "05:46 UTC.")]
    assert verdicts([t("a", "14:46 JST", "14:46", "JST"), t("b", "05:46 UTC", "05:46", "UTC")],
                    report_consistent=False) == []


def test_a_zone_with_two_offsets_agrees_with_either() -> None:
    # ET is EST or EDT: 9:46 p.m. ET is 01:46 or 02:46 UTC
    for utc in ("01:46", "02:46"):
        rows = [t("a", "9:46 p.m. ET", "21:46", "ET"), t("b", f"{utc} GMT", utc, "GMT")]
        assert [v for v, _ in verdicts(rows)] == ["consistent"]


def test_times_without_a_zone_are_compared_only_when_asked() -> None:
    rows = [t("a", "at 16:53", "16:53"), t("b", "at 14:53", "14:53")]
    assert verdicts(rows) == []
    assert [v for v, _ in verdicts(rows, zoneless_times=True)] == ["contradiction"]
    # a time without a zone never meets one with a zone
    assert verdicts([t("a", "16:53", "16:53"), t("b", "21:53 UTC", "21:53", "UTC")],
                    zoneless_times=True) == []


def test_local_times_of_one_event_share_the_zone_of_where_it_happened() -> None:
    rows = [t("a", "16:53 local time", "16:53"), t("b", "14:53 local time", "14:53")]
    found = verdicts(rows)
    assert [v for v, _ in found] == ["contradiction"]
    assert "14:53 local time" in found[0][1] and "16:53 local time" in found[0][1]
    assert verdicts([rows[0], t("b", "16:53 local", "16:53")]) == []
    # the place's offset is unknown: a local time never meets one in a named zone
    assert verdicts([rows[0], t("b", "21:53 UTC", "21:53", "UTC")], zoneless_times=True) == []


def test_tolerance_and_approximate_times() -> None:
    rows = [t("a", "14:46 JST", "14:46", "JST"), t("b", "14:50 JST", "14:50", "JST")]
    assert [v for v, _ in verdicts(rows)] == ["contradiction"]
    assert verdicts(rows, tolerance_minutes=5) == []  # same zone, same moment: nothing to say
    about = [t("a", "14:46 JST", "14:46", "JST"),
             t("b", "around 3 p.m. JST", "15:00", "JST", qualifier="about")]
    assert verdicts(about) == []


def test_an_article_giving_two_times_for_the_event_is_left_out() -> None:
    rows = [t("a", "14:46 JST", "14:46", "JST", sent_start=0),
            t("a", "15:20 JST", "15:20", "JST", sent_start=100),
            t("b", "15:20 JST", "15:20", "JST")]
    assert verdicts(rows) == []


def test_a_conversion_in_one_sentence_that_does_not_add_up_shows() -> None:
    rows = [t("a", "12:46 JST", "12:46", "JST", sent_start=0),
            t("a", "05:46 UTC", "05:46", "UTC", sent_start=0),
            t("b", "14:46 JST", "14:46", "JST")]
    found = [f for f in run("date-agreement", rows) if f.verdict == "contradiction"]
    assert len(found) == 1
    assert found[0].extra["sides"] == [["a", "b"], ["a"]]


def test_an_offset_from_utc_is_converted_like_a_named_zone() -> None:
    assert zone_offsets("UTC+09:00") == (540,) and zone_offsets("UTC-05:30") == (-330,)
    assert zone_offsets("JST") == (540,) and zone_offsets("Moon") == ()
    found = verdicts([t("a", "3 p.m. (GMT+9)", "15:00", "UTC+09:00"),
                      t("b", "06:00 UTC", "06:00", "UTC")])
    assert [v for v, _ in found] == ["consistent"]
    found = verdicts([t("a", "3 p.m. (GMT+9)", "15:00", "UTC+09:00"),
                      t("b", "15:00 UTC", "15:00", "UTC")])
    assert [v for v, _ in found] == ["contradiction"]


def test_zones_of_asia_and_the_gulf_are_converted() -> None:
    found = verdicts([t("a", "01:20 MYT", "01:20", "MYT"), t("b", "17:20 UTC", "17:20", "UTC")])
    assert [v for v, _ in found] == ["consistent"]
    found = verdicts([t("a", "01:20 MYT", "01:20", "MYT"), t("b", "01:19 MYT", "01:19", "MYT"),
                      t("c", "17:19 UTC", "17:19", "UTC")])
    assert [v for v, _ in found] == ["contradiction", "consistent"]
    # AST is Arabia's (UTC+3) or the Atlantic's (UTC-4): either reading agrees
    assert zone_offsets("AST") == (-240, 180) and zone_offsets("NPT") == (345,)


zones = st.sampled_from(sorted(OFFSETS) + ["", "UTC+09:00", "UTC-05:30"])


@given(st.integers(0, 1439), zones, st.integers(0, 1439), zones, st.integers(0, 60),
       st.booleans())
def test_agree_is_symmetric(m1: int, z1: str, m2: int, z2: str, tol: int, zoneless: bool) -> None:
    a, b = Clock(1, "a", "x", m1, z1, False, 0), Clock(2, "b", "y", m2, z2, False, 0)
    assert agree(a, b, tol, zoneless) == agree(b, a, tol, zoneless)
