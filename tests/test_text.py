"""Sentence spans: abbreviations, initials, headlines, and hard-wrapped lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import sentence_of, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "U.S. President Donald J. Trump spoke at 12:30 a.m. on Feb. 9. Then he left."
    assert sentences(text) == [
        "U.S. President Donald J. Trump spoke at 12:30 a.m. on Feb. 9.",
        "Then he left.",
    ]


def test_titles_of_rank_and_office_do_not_end_sentences() -> None:
    text = ("Maj. Gen. Pat Ryder and Rear Adm. John Kirby met Det. Supt. Ann Lee and the Rev. "
            "Al Sharpton. Then they left.")
    assert sentences(text) == [text[:text.index(" Then")], "Then they left."]


def test_a_clock_at_the_end_of_a_sentence_ends_it() -> None:
    assert sentences("The meeting ended at 5 p.m. Officials then left.") == [
        "The meeting ended at 5 p.m.", "Officials then left."]
    assert sentences("They meet at 9 a.m. Monday in Paris, at 1:05 p.m. EST in London.") == [
        "They meet at 9 a.m. Monday in Paris, at 1:05 p.m. EST in London."]


def test_number_before_full_stop_ends_sentence() -> None:
    assert sentences("The vote was on February 8. Describing it, he smiled.") == [
        "The vote was on February 8.",
        "Describing it, he smiled.",
    ]


def test_hard_wrapped_sentence_stays_whole() -> None:
    text = (
        "US President Donald Trump on Sunday endorsed Japanese Prime Minister Sanae\n"
        "Takaichi as Japan went to the polls for a crucial legislative election, and\n"
        "he wished voters luck.\nA second sentence follows here."
    )
    assert sentences(text) == [
        text[: text.index("\nA second")].strip(),
        "A second sentence follows here.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump's Personal Endorsement\nUS President Donald Trump on Sunday endorsed her.",
        "us_japan\nAdvertisements\n\nThe prospect of U.S.-Japan alliance seems high",
        "A long paragraph line that has many words in it without a full stop\n\nNext paragraph.",
        "Key points from the long report that the committee published this week\n- first item",
    ],
)
def test_headlines_labels_paragraphs_and_lists_are_separate(text: str) -> None:
    assert len(sentences(text)) >= 2


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'ACZ19,")), max_size=300))
def test_spans_are_ordered_disjoint_and_cover_all_words(text: str) -> None:
    spans = sentence_spans(text)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2
    covered = "".join(text[s:e] for s, e in spans)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
    for start, _ in spans:
        assert sentence_of(spans, start)[0] == start


def test_unwrap_keeps_length_and_breaks_that_matter() -> None:
    from factcheck.text import unwrap

    text = (
        "Headline Here\n\nA trade deal was reached last\nsummer after long talks with the\n"
        "partners, officials said.\nNext line."
    )
    view = unwrap(text)
    assert len(view) == len(text)
    assert "last summer" in view and "with the partners" in view
    assert view.startswith("Headline Here\n\n") and "said.\nNext" in view


def test_wrapped_claims_keep_their_surface() -> None:
    from factcheck import extract_claims

    text = "The deal, reached last\nsummer after talks that lasted for many long weeks, holds."
    table = extract_claims(text, "2026-02-09")
    row = table[table.kind == "date"].iloc[0]
    assert row.text == "last\nsummer" and row.value == "2025-SU"
