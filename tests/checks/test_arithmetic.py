"""arithmetic: part and whole against a stated fraction; stated currency conversions."""

from __future__ import annotations

from factcheck import extract_claims
from factcheck.checks import get
from factcheck.checks.base import CheckContext
from factcheck.corpus import make_article
from factcheck.frames import add_frames
from factcheck.rules import Rule, Vocabulary
from factcheck.schema import Finding

RATES = Vocabulary(rates={"USD": 1.0, "GBP": 1.36})


def run(text: str, vocabulary: Vocabulary = RATES) -> list[Finding]:
    claims = extract_claims(text, "2026-02-09", doc="a")
    spec = get("arithmetic")
    assert spec is not None
    ctx = CheckContext(claims=add_frames(claims, {"a": text}), vocabulary=vocabulary,
                       articles={"a": make_article("a", text, "a.txt", {}, 1)})
    return list(spec.fn(ctx, Rule(id="sums", check="arithmetic")))


def test_two_thirds_of_465_is_310() -> None:
    found = run("The LDP won a two-thirds majority. Crossing the threshold of 310 seats in the "
                "465-member lower house lets it revise the constitution.")
    assert [f.verdict for f in found] == ["consistent"]
    assert "310 of 465 is 66.7%" in found[0].reasoning


def test_part_whole_that_does_not_fit() -> None:
    found = run("The party won 250 of the 465 seats, a two-thirds majority.")
    assert [f.verdict for f in found] == ["contradiction"]
    assert found[0].severity == "error"


def test_stated_conversion_against_the_rates_file() -> None:
    assert [f.verdict for f in run("Japan will invest $550bn (£407bn) in the US.")] == [
        "consistent"]
    assert [f.verdict for f in run("Japan will invest $550bn (£300bn) in the US.")] == [
        "contradiction"]
    assert run("Japan will invest $550bn (£407bn) in the US.", Vocabulary()) == []


def test_unrelated_figures_are_left_alone() -> None:
    assert run("About 40% of voters turned out; 12 parties and 1,200 candidates ran.") == []
