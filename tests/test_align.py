"""Alignment: frame-key blocking, wire copy, compatibility, and cost that grows near-linearly."""

from __future__ import annotations

import random
from typing import Any

import pandas as pd
import pytest

from factcheck import align, extract_claims
from factcheck.frames import add_frames
from factcheck.places import places_meet
from factcheck.schema import claims_frame


def table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = claims_frame(rows)
    for column in ("event", "event_source", "role", "head", "places", "sentence", "trigger",
                   "context"):
        frame[column] = pd.Series([r.get(column, "") for r in rows], dtype="string")
    return frame


def date_row(doc: str, event: str, role: str = "actual", **more: Any) -> dict[str, Any]:
    return {"doc": doc, "kind": "date", "text": "x", "start": 0, "end": 1, "event": event,
            "event_source": "lexicon", "role": role, "trigger": event, **more}


def test_claims_with_one_frame_key_form_a_group_across_articles() -> None:
    frame = table([date_row("a", "election"), date_row("b", "election"),
                   date_row("c", "visit"), date_row("a", "visit")])
    groups = align.align(frame, "temporal", wire=False)
    assert [g.rows for g in groups] == [(0, 1), (2, 3)]
    assert groups[0].subject == "election"


def test_a_bare_count_of_people_meets_a_quantity_of_people() -> None:
    killed = {"start": 0, "end": 3, "text": "107", "value": 107.0, "head": "person",
              "event": "death", "event_source": "lexicon", "role": "actual"}
    rows = [dict(killed, doc="a", kind="number"),
            dict(killed, doc="b", kind="quantity", unit="person", text="107 people"),
            dict(killed, doc="c", kind="number", event="injury")]
    keys = [align.frame_key(r) for r in table(rows).to_dict("records")]
    assert keys[0] == keys[1] == ("numeric", "count", "person", "person", "actual", "death")
    assert keys[2] != keys[0]  # the injured are not the dead


def test_durations_of_one_event_meet_whatever_word_is_next_to_them() -> None:
    after = {"start": 0, "end": 3, "kind": "duration", "unit": "day", "event": "accident",
             "event_source": "lexicon", "role": "actual"}
    rows = [dict(after, doc="a", text="seventeen days", value=17.0, head=""),
            dict(after, doc="b", text="Seventeen days", value=17.0, head="note"),
            dict(after, doc="c", text="69 days", value=69.0, head="record", event="")]
    keys = [align.frame_key(r) for r in table(rows).to_dict("records")]
    assert keys[0] == keys[1] == ("numeric", "duration", "day", "", "actual", "accident")
    assert keys[2] == ("numeric", "duration", "day", "record", "actual", "")  # no event: its word


def test_roles_and_reporting_verbs_keep_claims_apart() -> None:
    frame = table([date_row("a", "tariff", "threat"), date_row("b", "tariff", "actual"),
                   date_row("a", "say", event_source="reporting"),
                   date_row("b", "say", event_source="reporting")])
    assert align.align(frame, "temporal", wire=False) == []


def test_one_article_alone_forms_no_group() -> None:
    frame = table([date_row("a", "election"), date_row("a", "election")])
    assert align.align(frame, "temporal") == []


def test_places_keep_lexicon_events_apart_but_not_vocabulary_events() -> None:
    a = pd.Series({"doc": "a", "role": "plan", "places": "China", "event_source": "lexicon"})
    b = pd.Series({"doc": "b", "role": "plan", "places": "Japan", "event_source": "lexicon"})
    assert not align.compatible(a, b)
    a["event_source"] = b["event_source"] = "vocabulary"
    assert align.compatible(a, b)
    assert not align.compatible(a, a)  # same article


def test_a_capital_or_another_name_of_a_country_meets_the_country() -> None:
    a = pd.Series({"doc": "a", "role": "actual", "places": "Seoul", "event_source": "lexicon"})
    b = pd.Series({"doc": "b", "role": "actual", "places": "South Korea",
                   "event_source": "lexicon"})
    c = pd.Series({"doc": "b", "role": "actual", "places": "Busan|U.S.",
                   "event_source": "lexicon"})
    assert align.compatible(a, b)  # "Seoul resumed the broadcasts": the government
    assert not align.compatible(a, c)  # another city of the country is not its capital
    assert places_meet(["U.S."], ["US"]) and places_meet(["Washington"], ["United States"])
    assert not places_meet(["Tokyo"], ["China"])
    assert places_meet(["Mecca"], ["Saudi Arabia"]) and not places_meet(["Mecca"], ["Riyadh"])


def test_a_bare_figure_named_by_a_noun_meets_a_quantity_of_it() -> None:
    frame = {"head": "magnitud", "role": "actual", "event": "earthquak",
             "event_source": "lexicon"}
    bare = pd.Series({"kind": "number", "value": 12.8, "unit": None, **frame})
    quantity = pd.Series({"kind": "quantity", "value": 9.0, "unit": "magnitude", **frame})
    assert align.frame_key(bare) == align.frame_key(quantity) is not None


def numeric_groups(a: str, b: str, reference: str) -> list[tuple[str, ...]]:
    """The texts of each numeric group of two articles, framed."""
    claims = pd.concat([extract_claims(a, reference, doc="a"),
                        extract_claims(b, reference, doc="b")], ignore_index=True)
    frame = add_frames(claims, {"a": a, "b": b})
    return sorted(tuple(sorted(frame.loc[list(g.rows), "text"]))
                  for g in align.align(frame, "numeric"))


def test_figures_of_different_holders_are_not_compared() -> None:
    a = ("Portugal's Democratic Alliance won Sunday's election. Prime Minister Luis "
         "Montenegro's alliance took 89 seats. The far-right Chega party won 58 seats.")
    b = ("Montenegro claimed victory. The far-right Chega took 60 seats, and Montenegro's "
         "alliance held 89 seats.")
    assert numeric_groups(a, b, "2025-05-19") == [("58 seats", "60 seats"),
                                                  ("89 seats", "89 seats")]
    one, two = (pd.Series({"doc": d, "role": "actual", "holder": h})
                for d, h in (("a", "chega"), ("b", "montenegro")))
    assert not align.compatible(one, two)
    assert align.compatible(one, pd.Series({"doc": "b", "role": "actual", "holder": ""}))


def test_an_acronym_holds_the_figures_of_the_name_it_stands_for() -> None:
    a = "The Democratic Alliance (AD) is led by Luis Montenegro. AD won 89 seats."
    b = "Montenegro claimed victory. The Democratic Alliance won 91 seats."
    assert numeric_groups(a, b, "2025-05-19") == [("89 seats", "91 seats")]


def test_rates_per_different_things_are_not_compared() -> None:
    a = "The union said nurses earn $40 an hour. Output reached 5,000 barrels a day."
    b = "The union said nurses earn $320 a day. Output reached 1.5 million barrels a year."
    assert numeric_groups(a, b, "2025-05-19") == []


def test_a_visit_takes_its_destination_as_its_place() -> None:
    text = ("Takaichi's visit to Washington will precede Trump's planned April trip to China. "
            "Takaichi looks forward to visiting the White House this spring, "
            "the U.S. envoy said.")
    frame = add_frames(extract_claims(text, "2026-02-09"), {"": text})
    places = dict(zip(frame["text"], frame["places"], strict=False))
    assert places["April"] == "China"
    assert places["this spring"] == "White House"


def test_distances_from_different_places_are_not_compared() -> None:
    a = pd.Series({"doc": "a", "role": "actual", "origin": "capital|copiapó|regional"})
    b = pd.Series({"doc": "b", "role": "actual", "origin": "copiapó"})
    c = pd.Series({"doc": "b", "role": "actual", "origin": "entrance|mine"})
    assert align.compatible(a, b) and not align.compatible(a, c)
    # within one article, only the wording of the clauses may differ
    assert not align.compatible(b, c, same_article=True)
    assert align.compatible(c, c, same_article=True)
    assert align.compatible(b, pd.Series({"doc": "b", "role": "actual"}), same_article=True)


def test_distances_from_several_places_split_their_group() -> None:
    a = ("The rig was drilling about 40 miles (60 km) southeast of the Louisiana coast. It "
         "ignited a fireball visible from 40 miles (64 km) away.")
    b = ("The rig was drilling about 40 miles (64 km) southeast off the Louisiana coast. The "
         "field lies 250 miles (400 km) southeast of Houston.")
    groups = numeric_groups(a, b, "2010-04-21")
    # the rig's distance from the coast, alone: not the fireball's, not Houston's
    assert ("40 miles", "40 miles", "60 km", "64 km") in groups
    assert not any("400 km" in g or "250 miles" in g for g in groups)


def test_wire_copy_aligns_claims_at_the_same_place() -> None:
    s1 = "The two leaders will hold their summit in Washington on March 19, officials said."
    s2 = "The two leaders will hold their summit in Washington on March 18, officials said."
    rows = [
        {"doc": "a", "kind": "date", "text": "March 19", "start": s1.index("March"),
         "end": s1.index("March") + 8, "sentence": s1, "sent_start": 0},
        {"doc": "b", "kind": "date", "text": "March 18", "start": s2.index("March"),
         "end": s2.index("March") + 8, "sentence": s2, "sent_start": 0},
    ]
    groups = align.align(table(rows), "temporal", key=lambda _r: None)
    assert len(groups) == 1 and groups[0].how == "wire"


def test_wire_sentences_cluster_copies_only() -> None:
    sentences = {
        ("a", 0): "Japan's ruling party won a two-thirds majority in the lower house on Sunday.",
        ("b", 0): "Japan’s ruling party won a two-thirds majority in the lower house on Sunday!",
        ("c", 0): "Markets rose on Monday as investors welcomed the result in Tokyo trading.",
        ("a", 99): "Short one.",
    }
    assert align.wire_sentences(sentences) == [[("a", 0), ("b", 0)]]


def test_wire_comparisons_grow_near_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    calls = {"n": 0}
    real = align.fuzz.ratio

    def counting(a: str, b: str, **kw: Any) -> float:
        calls["n"] += 1
        return float(real(a, b, **kw))

    monkeypatch.setattr(align.fuzz, "ratio", counting)
    counts = []
    for n in (200, 800):
        calls["n"] = 0
        sentences = {(f"d{i % 20}", i): " ".join(rng.choices(vocabulary, k=15))
                     for i in range(n)}
        align.wire_sentences(sentences)
        counts.append(calls["n"])
    # all pairs would be 19,900 and 319,600; the index scores only sentences sharing shingles
    assert counts[1] < 50 * 800


def test_a_group_subject_is_a_word_not_a_stem() -> None:
    from types import SimpleNamespace

    from factcheck.align import _head_word

    rows = [SimpleNamespace(text="six different prefectures", context="were hit"),
            SimpleNamespace(text="9.0", context="a magnitude quake")]
    assert _head_word(rows, "prefectur") == "prefectures"
    assert _head_word(rows, "magnitud") == "magnitude"
    assert _head_word(rows, "tariff") == "tariff"
    counted = [SimpleNamespace(text="about 5.3 million people", context="watched", unit="person")]
    assert _head_word(counted, "person") == "people"


def test_a_group_of_verb_triggers_is_named_by_its_event_noun() -> None:
    from types import SimpleNamespace

    from factcheck.align import _group_subject

    def r(trigger: str, event: str) -> SimpleNamespace:
        return SimpleNamespace(kind="date", trigger=trigger, event=event, event_source="lexicon",
                               head="")

    assert _group_subject([r("broke out", "start"), r("started", "start")]) == "start"
    assert _group_subject([r("guilty", "conviction"), r("convicted", "conviction")]) == \
        "conviction"
    assert _group_subject([r("election", "election"), r("vote", "election")]) == "election"


def test_dates_aligned_by_a_reporting_verb_alone_are_no_say() -> None:
    from types import SimpleNamespace

    from factcheck.align import REPORTED, _group_subject

    said = SimpleNamespace(kind="date", trigger="said", event="say", event_source="reporting",
                           head="")
    assert _group_subject([said, said]) == REPORTED == "event they report"
