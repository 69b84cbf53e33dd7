"""The benchmark's scoring on hand-made examples: matching, families, values, RT conventions."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not installed

from benchmarks.datasets import SEEDS_DIR, gold_span, load_seeds, rt_gold  # noqa: E402
from benchmarks.scoring import Span, score_document, total, value_matches  # noqa: E402
from benchmarks.systems import rt_convert  # noqa: E402

TEXT = "Around 12:30 a.m. on the 9th, two leaders met; 64 people paid $5bn, not 7%."


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def test_merged_span_recalls_both_parts_and_misses_are_counted() -> None:
    gold = [
        gold_span("time", *at("12:30 a.m."), "12:30 a.m.", "2026-02-09T00:30"),
        gold_span("date", *at("the 9th"), "the 9th", "2026-02-09"),
        gold_span("quantity", *at("two"), "two", 2, unit="leader"),
        gold_span("money", *at("$5bn"), "$5bn", 5e9, unit="USD"),
        gold_span("percent", *at("7%"), "7%", 7),
    ]
    merged = Span(*at("12:30 a.m. on the 9th"), "time", hhmm="00:30", low="2026-02-09",
                  high="2026-02-09")
    bare_two = Span(*at("two"), "number", value=2.0)
    stray = Span(*at("64"), "number", value=64.0)  # not a claim in the gold: a false positive
    wrong_currency = Span(*at("$5bn"), "money", value=5e9, unit="GBP")
    scores = score_document(gold, [merged, bare_two, stray, wrong_currency],
                            kinds=("date", "time", "number", "quantity", "money", "percent"))
    assert (scores["time"].recalled, scores["date"].recalled) == (1, 1)
    assert (scores["time"].value_ok, scores["date"].value_ok) == (1, 1)
    # The bare number that finds a counted quantity is counted as a quantity found.
    assert (scores["quantity"].system, scores["quantity"].precise) == (1, 1)
    assert (scores["number"].system, scores["number"].precise) == (1, 0)
    assert (scores["money"].recalled, scores["money"].value_ok) == (1, 0)
    assert scores["percent"].recalled == 0
    everything = total([scores])["all"]
    assert (everything.gold, everything.recalled, everything.system, everything.precise) == (
        5, 4, 4, 3)
    assert everything.precision == pytest.approx(0.75)
    assert everything.recall == pytest.approx(0.8)


def test_ignored_regions_and_unsupported_kinds_do_not_count() -> None:
    gold = [gold_span("age", *at("64"), "64", 64)]
    stray = Span(*at("two"), "number", value=2.0)
    scores = score_document(gold, [stray], kinds=("number",), ignore=[at("two")])
    assert scores["number"].system == 0
    assert "age" not in scores  # a date-only peer is not charged for ages


def test_value_rules() -> None:
    july = gold_span("date", 0, 4, "July", "2025-07")
    assert value_matches(july, Span(0, 4, "date", low="2025-07-09", high="2025-07-09"))
    assert value_matches(july, Span(0, 4, "date", low="2025-07-01", high="2025-07-31"))
    assert not value_matches(july, Span(0, 4, "date", low="2025-07-01", high="2025-08-31"))
    summer = gold_span("date", 0, 11, "last summer", "2025-SU")
    assert (summer.low, summer.high) == ("2025-06-01", "2025-08-31")
    weeks = gold_span("duration", 0, 9, "two weeks", 2, unit="week")
    assert value_matches(weeks, Span(0, 9, "duration", value=1209600.0, unit="second"))
    assert not value_matches(weeks, Span(0, 9, "duration", value=2.0, unit="day"))
    third = gold_span("number", 0, 10, "two-thirds", "2/3", tol=0.001)
    assert value_matches(third, Span(0, 10, "number", value=0.6667))
    exact = gold_span("number", 0, 3, "310", 310)
    assert not value_matches(exact, Span(0, 3, "number", value=310.001))


def test_recognizers_text_conventions() -> None:
    ref = date(2016, 11, 7)
    ambiguous = {"level": "model", "spec": "DateTime/English/DateTimeModel"}
    item = {"text": "Oct/2", "start": 0, "end": 5, "type": "date", "values": [
        {"timex": "XXXX-10-02", "type": "date", "value": "2016-10-02"},
        {"timex": "XXXX-10-02", "type": "date", "value": "2017-10-02"}]}
    g = rt_gold(ambiguous, item, ref)
    assert g is not None and (g.low, g.high) == ("2016-10-02", "2016-10-02")  # the past reading
    future = Span(0, 5, "date", low="2017-10-02", high="2017-10-02")
    assert value_matches(g, future)  # a reading chosen by tense is right either way
    # The parser level keeps RT's raw resolutions: both readings count there too.
    parser = {"level": "parser", "spec": "DateTime/English/DateParser"}
    raw = {"text": "Oct/2", "start": 0, "end": 5, "type": "date", "raw_value": {
        "Timex": "XXXX-10-02", "FutureResolution": {"date": "2017-10-02"},
        "PastResolution": {"date": "2016-10-02"}}}
    g = rt_gold(parser, raw, ref)
    assert g is not None and (g.low, g.high) == ("2016-10-02", "2016-10-02")
    assert value_matches(g, future)
    month = {"text": "Jan", "start": 0, "end": 3, "type": "daterange", "values": [
        {"timex": "2017-01", "type": "daterange", "start": "2017-01-01", "end": "2017-02-01"}]}
    g = rt_gold(ambiguous, month, ref)
    assert g is not None and (g.low, g.high) == ("2017-01-01", "2017-01-31")  # end exclusive
    money = rt_gold({"level": "model", "spec": "NumberWithUnit/English/CurrencyModel"},
                    {"text": "5 cents", "start": 0, "end": 7, "type": "currency", "value": "5",
                     "resolution": {"value": "5", "unit": "Cent"}}, ref)
    assert money is not None and money.value == pytest.approx(0.05) and money.unit == "USD"
    # The worker's spans: the number inside the currency gives way to the currency.
    spans = rt_convert("$550", ref, [
        {"start": 0, "end": 4, "type": "currency", "text": "$550",
         "resolution": {"value": "550", "unit": "Dollar"}},
        {"start": 1, "end": 4, "type": "number", "text": "550", "resolution": {"value": "550"}},
    ])
    assert [(s.kind, s.value, s.unit) for s in spans] == [("money", 550.0, "USD")]


@pytest.mark.skipif(not SEEDS_DIR.exists(), reason="shared/seeds is not beside the repository")
def test_seed_gold_points_at_its_own_words() -> None:
    docs = load_seeds()
    assert len(docs) == 5
    for doc in docs:
        for g in doc.gold:
            assert doc.text[g.start:g.end] == g.text
            assert g.has_value, (doc.id, g.text)


def test_conventions_set_aside_what_is_no_claim_by_design() -> None:
    from benchmarks.conventions import set_aside
    from benchmarks.datasets import Doc

    text = "Call +1-222-2222 at 5 percent; percent of 10, right now, 12 items."
    spans = {s: (text.index(s), text.index(s) + len(s))
             for s in ("222", "5 percent", "percent of 10", "right now", "12")}
    gold = [Span(*spans["222"], "number", value=222.0, text="222"),
            Span(*spans["5 percent"], "percent", value=5.0, text="5 percent"),
            Span(*spans["percent of 10"], "percent", value=10.0, text="percent of 10"),
            Span(*spans["right now"], "time", hhmm="10:00", text="right now"),
            Span(*spans["12"], "number", value=12.0, text="12")]
    doc = Doc("d", text, date(2026, 2, 9), gold=gold, spec="Number/English/NumberModel")
    (aside,), counts = set_aside([doc])
    assert [g.text for g in aside.gold] == ["5 percent", "12"]
    assert counts == {"14 number": 1, "10 percent": 1, "8 time": 1}
    assert spans["percent of 10"] in aside.ignore and spans["right now"] in aside.ignore
