"""Quotations: spans, normalised words and the speaker each sentence names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_claims
from factcheck.extract import Context
from factcheck.extract.quotes import _QUOTE_RE, _quote_matches, extract_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(c.value, c.speaker) for c in extract_quotes(text, Context())]


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 1)[1].split("\n", 1)[1]
    return text


def test_span_includes_the_marks_and_value_is_straightened() -> None:
    text = "She said: “It’s a ‘big’   day,” and left."
    (claim,) = extract_quotes(text, Context())
    assert claim.text == "“It’s a ‘big’   day,”"
    assert text[claim.start:claim.end] == claim.text
    assert claim.value == "It's a 'big' day"
    assert claim.kind == "quote"


def test_speaker_after_a_participle_clause() -> None:
    text = ("Describing the vote as “a very important election” for the country, "
            "President Donald Trump praised Prime Minister Sanae Takaichi.")
    assert _quotes(text) == [("a very important election", "Donald Trump")]


def test_participle_after_the_subject() -> None:
    text = ("Finance Minister Rachel Reeves welcomed the figures, calling them "
            "\"a turning point for growth.\"")
    assert _quotes(text) == [("a turning point for growth.", "Rachel Reeves")]


def test_possessive_statement_names_the_speaker() -> None:
    text = ("Following President Lula's statement that \"Brazil is back,\" Foreign Minister "
            "Mauro Vieira declared, \"We will lead on climate.\"")
    assert _quotes(text) == [("Brazil is back", "Lula"),
                             ("We will lead on climate.", "Mauro Vieira")]


def test_the_speaker_of_a_pronoun_carries_over_sentences() -> None:
    text = ("Chancellor Olaf Scholz spoke in Berlin. \"We stand together,\" he said. "
            "He concluded, writing in capital letters, \"NEVER AGAIN!\"")
    assert _quotes(text) == [("We stand together", "Olaf Scholz"),
                             ("NEVER AGAIN!", "Olaf Scholz")]


def test_a_later_name_in_the_sentence_is_not_the_speaker() -> None:
    text = ("Treasury Secretary Janet Yellen said on Fox News that Joe Biden has a "
            "\"great relationship\" with the Senate.")
    assert _quotes(text) == [("great relationship", "Janet Yellen")]


def test_unattributed_scare_quotes_have_no_speaker() -> None:
    assert _quotes("The \"Trump–Abe\" bond was called a “treasure” by many.") == [
        ("Trump–Abe", None), ("treasure", None)]


def test_quote_claims_in_the_claims_table() -> None:
    frame = extract_claims("“We won,” Prime Minister Mark Carney said.")
    rows = frame[frame["kind"] == "quote"]
    assert list(rows["value"]) == ["We won"]
    assert list(rows["speaker"]) == ["Mark Carney"]


def test_quote_layer_does_not_hide_names_inside() -> None:
    frame = extract_claims("He said “Japan is strong” today.")
    assert set(frame["kind"]) >= {"quote", "place"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="bundled seeds missing")
def test_seed_quotes_and_speakers() -> None:
    said: dict[str, set[str | None]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for value, speaker in _quotes(_body(path)):
            said.setdefault(value, set()).add(speaker)
    assert said["The potential of our Alliance is limitless"] == {"Sanae Takaichi"}
    assert said["SHE WILL NOT LET THE PEOPLE OF JAPAN DOWN!"] == {"Donald Trump"}
    assert said["great relationship"] == {"Scott Bessent"}
    assert said["impressive win"] == {"George Glass"}
    assert said["has never been stronger"] == {"State Department"}
    assert said["a very important Legislative Election"] == {"Donald Trump"}
    assert said["If Japan is strong, the U.S. also becomes strong in Asia"] == {"Scott Bessent"}
    assert said["We will elevate the U.S.-Japan alliance, the greatest alliance in the world, "
                "to the next level."] == {"Sanae Takaichi"}
    assert said["treasure."] == {"Donald Trump"}
    assert said["big victory"] == {None}  # "congratulated ... on her 'big victory'"


_ALPHABET = st.sampled_from(
    list("abcXYZ .,;:!?'\"“”‘’()-\n\t0123456789")
    + ["said ", "Trump ", "he ", "She ", "according to ", "Kyodo News ", "Mr. ", "'s ",
       "writing ", "Prime Minister Sanae Takaichi", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_valid_quote_spans(text: str) -> None:
    for claim in extract_quotes(text, Context()):
        assert text[claim.start:claim.end] == claim.text
        assert claim.text[0] in "\"“‘'"
        # a quote closes with its mark, or runs to the end of a paragraph that goes on
        assert claim.text[-1] in "\"”’'" or text[claim.end:].lstrip(" \t\u00a0")[:1] == "\n"
        assert claim.value
        assert claim.speaker is None or claim.speaker.strip()


# Quote marks of every style among a few words: texts that quote several ways at once.
_QUOTING = st.sampled_from(['"', "'", "“", "”", "‘", "’", "ab", "cd ", " ", " x", "\n", ".", "'s"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_QUOTING, max_size=40).map("".join))
def test_quote_scan_by_branch_finds_what_the_whole_regex_finds(text: str) -> None:
    # `_quote_matches` merges the scans of the quote regex's branches for speed; the regex of
    # all four branches is the definition it must agree with, match for match.
    expected = [(m.span(), m.group(m.lastindex or 0)) for m in _QUOTE_RE.finditer(text)]
    assert [(m.span(), m.group(m.lastindex or 0)) for m in _quote_matches(text)] == expected
