"""Planted changes: a changed shared figure or date gets a contradiction; plants repeat."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not installed

from benchmarks.plants import (  # noqa: E402
    RULES_DIR,
    SEEDS_DIR,
    STORIES_DIR,
    Plant,
    apply_plant,
    choose_plants,
    cites,
    contradictions,
    extract,
    generic_ruleset,
    int_to_words,
    perturb,
    perturb_value,
    real_entries,
    run_check,
    shared_claims,
    words_to_int,
)
from factcheck.corpus import Corpus, load_corpus  # noqa: E402

SEED_ENDORSEMENT = "004_0dbb406c481d96af"  # "his warm words of encouragement on the 5th"
SEED_DATELINE = "001_3e5224c92dbf37e7"  # "Tokyo, February 9", "310 seats", "February 8"


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_corpus(SEEDS_DIR)


def plant_at(corpus: Corpus, story: str, doc: str, old: str, new: str) -> Plant:
    start = corpus.article(doc).text.index(old)
    return Plant(story, doc, start, start + len(old), old, new, "test", "test")


def cited_contradictions(corpus: Corpus, plant: Plant, vocabulary: str) -> list[str]:
    result = run_check(apply_plant(corpus, plant), generic_ruleset(RULES_DIR, vocabulary))
    return [f.message for f in contradictions(result.findings)
            if cites(f, plant.doc, plant.start, plant.new_end)]


@pytest.mark.parametrize(
    ("doc", "old", "new"),
    [
        # Thursday the 5th (003: "a Truth Social post on Thursday") becomes Saturday the 7th.
        (SEED_ENDORSEMENT, "on the 5th", "on the 7th"),
        # 002 still says 310 seats.
        (SEED_DATELINE, "310 seats", "300 seats"),
        # The other articles say the vote was on Sunday, 8 February.
        (SEED_DATELINE, "February 8", "February 6"),
    ],
)
def test_a_changed_seed_value_is_cited_by_a_contradiction(seeds: Corpus, doc: str, old: str,
                                                           new: str) -> None:
    plant = plant_at(seeds, "seeds", doc, old, new)
    assert cited_contradictions(seeds, plant, "all"), f"{old!r} -> {new!r} in {doc} went unseen"


def test_the_unchanged_span_is_not_cited_for_a_figure_nobody_disputes(seeds: Corpus) -> None:
    plant = plant_at(seeds, "seeds", SEED_DATELINE, "310 seats", "310 seats")
    assert cited_contradictions(seeds, plant, "all") == []


def test_a_changed_figure_in_a_story_never_seen_is_cited_with_generic_rules() -> None:
    corpus = load_corpus(STORIES_DIR / "mh370-2014")
    plant = plant_at(corpus, "mh370-2014", "simple-wikipedia", "227 passengers", "250 passengers")
    messages = cited_contradictions(corpus, plant, "generic")
    assert messages and any("250" in m for m in messages)


def test_a_changed_clock_time_in_a_story_never_seen_is_cited() -> None:
    corpus = load_corpus(STORIES_DIR / "tohoku-earthquake-2011")
    # the other revisions say 14:46 JST (05:46 UTC)
    plant = plant_at(corpus, "tohoku-earthquake-2011", "wikipedia-2015", "14:46 JST", "12:46 JST")
    messages = cited_contradictions(corpus, plant, "generic")
    assert messages and all("earthquake" in m for m in messages)


def test_apply_plant_changes_one_span_of_one_article(seeds: Corpus) -> None:
    plant = plant_at(seeds, "seeds", SEED_DATELINE, "310 seats", "300 seats")
    changed = apply_plant(seeds, plant)
    before, after = seeds.article(SEED_DATELINE).text, changed.article(SEED_DATELINE).text
    assert after == before.replace("310 seats", "300 seats", 1)
    assert [a.text for a in changed.articles if a.id != SEED_DATELINE] == [
        a.text for a in seeds.articles if a.id != SEED_DATELINE]
    with pytest.raises(ValueError, match="is not"):
        apply_plant(seeds, Plant("seeds", SEED_DATELINE, 0, 5, "Xyzzy", "Plugh", "x", "x"))


def test_plants_are_deterministic_and_change_values_two_articles_share(seeds: Corpus) -> None:
    ruleset = generic_ruleset(RULES_DIR, "generic")
    claims = extract(seeds, ruleset)
    first = choose_plants("seeds", seeds, claims, 8, seed=3)
    assert first == choose_plants("seeds", seeds, claims, 8, seed=3)
    assert first != choose_plants("seeds", seeds, claims, 8, seed=4)
    shared = {(r.doc, r.start, r.end) for r in shared_claims(claims).itertuples()}
    for plant in first:
        assert (plant.doc, plant.start, plant.end) in shared
        assert plant.planted != plant.original
        assert seeds.article(plant.doc).text[plant.start:plant.end] == plant.original


@pytest.mark.parametrize(
    ("surface", "kind", "changes"),
    [
        ("on Sunday", "date", {"weekday"}),
        ("on the 5th", "date", {"day"}),
        ("February 8", "date", {"day"}),
        ("in 2018", "date", {"year"}),
        ("last October", "date", {"month"}),
        ("this spring", "date", {"season"}),
        ("12:30 a.m.", "time", {"time"}),
        ("310 seats", "quantity", {"number"}),
        ("eleven workers", "quantity", {"word-number"}),
        ("two-thirds", "number", {"fraction"}),
    ],
)
def test_perturb_changes_the_part_it_says(surface: str, kind: str, changes: set[str]) -> None:
    for seed in range(20):
        result = perturb(surface, kind, random.Random(seed))
        assert result is not None
        new, change = result
        assert new != surface and change in changes


def test_perturb_keeps_ordinals_right_and_leaves_unplantable_text_alone() -> None:
    for seed in range(30):
        new, _ = perturb("on the 21st", "date", random.Random(seed)) or ("", "")
        day = int(new.split()[-1][:-2])
        assert new.endswith({1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13)
                                                          else 0, "th"))
    assert perturb("yesterday", "date", random.Random(0)) is None
    assert perturb("a few", "number", random.Random(0)) is None


@given(st.integers(min_value=1, max_value=10_000_000), st.integers(min_value=0, max_value=10**6))
def test_perturbed_figures_move_by_a_realistic_amount(value: int, seed: int) -> None:
    new = perturb_value(float(value), random.Random(seed))
    assert new > 0 and new != value
    # 10-50% before rounding; rounding as coarsely as the figure was written can stretch that.
    assert 0.3 <= new / value <= 2.0 or abs(new - value) <= 10 ** (len(str(value)) - 2)


@given(st.integers(min_value=0, max_value=99))
def test_number_words_round_trip(n: int) -> None:
    assert words_to_int(int_to_words(n)) == n


def test_a_contradiction_is_real_only_when_it_cites_two_labelled_sides() -> None:
    from factcheck.schema import ClaimRef, Finding

    entries = [{"what": "the injured", "sides": [
        {"docs": ["a", "b"], "texts": ["16", "sixteen"]}, {"docs": ["c"], "texts": ["17"]}]}]

    def finding(*claims: tuple[str, str]) -> Finding:
        refs = tuple(ClaimRef(doc, 0, len(text), text, text) for doc, text in claims)
        return Finding("figure-agreement", "contradiction", "error", "m", "r", refs)

    assert real_entries(finding(("a", "16 others"), ("c", "17")), entries) == {0}
    assert real_entries(finding(("b", "sixteen"), ("c", "17 others")), entries) == {0}
    assert real_entries(finding(("a", "16"), ("b", "sixteen")), entries) == set()  # one side
    assert real_entries(finding(("a", "40 miles"), ("c", "250 miles")), entries) == set()
    assert real_entries(finding(("c", "17"), ("c", "16")), entries) == set()  # one article
