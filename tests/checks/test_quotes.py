"""quote-consistency: one remark in two wordings, with a word diff."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.quotes import render_diff, word_diff
from tests.checks.conftest import run

QUOTES = [
    "“when Japan is strong, the U.S. is strong in Asia.”",
    "“If Japan is strong, the U.S. also becomes strong in Asia,”",
    "“The potential of our Alliance is limitless,”",
    "“The potential of the Alliance is without limit,”",
]


def q(doc: str, text: str, speaker: str = "Bessent") -> dict[str, Any]:
    return {"doc": doc, "kind": "quote", "text": text, "value": text, "speaker": speaker,
            "start": 0, "end": len(text)}


def test_word_diff() -> None:
    ops = word_diff("when Japan is strong", "if Japan is strong")
    assert ops[0] == {"op": "replace", "a": "when", "b": "if"}
    assert render_diff(ops) == "[-when-] {+if+} Japan is strong"


def test_same_quote_in_two_wordings_is_a_variant_with_a_diff() -> None:
    found = run("quote-consistency", [
        q("000", "“when Japan is strong, the U.S. is strong in Asia.”"),
        q("004", "“If Japan is strong, the U.S. also becomes strong in Asia,”")])
    assert [f.verdict for f in found] == ["variant"]
    assert found[0].severity == "warning"
    assert any(op["op"] != "equal" for op in found[0].extra["diff"])
    assert "also becomes" in found[0].extra["diff_text"]


def test_identical_partial_short_or_other_speakers_give_nothing() -> None:
    same = "“The potential of our Alliance is limitless,”"
    assert run("quote-consistency", [q("a", same), q("b", same.replace(",", ""))]) == []
    longer = "“The potential of our Alliance is limitless, and we will work together.”"
    assert run("quote-consistency", [q("a", same), q("b", longer)]) == []
    assert run("quote-consistency", [q("a", "“big victory”"), q("b", "“huge victory”")]) == []
    assert run("quote-consistency", [
        q("a", "“when Japan is strong, the U.S. is strong in Asia.”", "Bessent"),
        q("b", "“If Japan is strong, the U.S. also becomes strong in Asia,”", "Glass")]) == []


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(QUOTES), st.sampled_from(QUOTES))
def test_symmetric(first: str, second: str) -> None:
    one = sorted(f.id for f in run("quote-consistency", [q("a", first), q("b", second)]))
    two = sorted(f.id for f in run("quote-consistency", [q("b", second), q("a", first)]))
    assert one == two
