"""Tests for factcheck.assertions: what passes, what fails, and what a failure says."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.assertions import (
    assert_claim,
    assert_consistent,
    assert_finding,
    assert_no_claim,
    assert_no_contradictions,
    assert_no_finding,
    finding_mentions,
)
from factcheck.corpus import Article, Corpus
from factcheck.schema import ClaimRef, Finding, claims_frame


def ref(doc: str, text: str, value: Any, sentence: str = "") -> ClaimRef:
    return ClaimRef(doc=doc, start=0, end=len(text), text=text, value=value, kind="date",
                    sentence=sentence or f"It happened {text}.")


def finding(verdict: str, subject: str, *claims: ClaimRef, severity: str = "error",
            rule: str = "event-date-agreement") -> Finding:
    return Finding(rule=rule, verdict=verdict, severity=severity,
                   message=f"the sources disagree about {subject}", reasoning="because",
                   claims=claims, subject=subject)


DATE_CLASH = finding(
    "contradiction", "endorsed",
    ref("alpha", "on Sunday", "2026-02-08", "Trump on Sunday endorsed the premier."),
    ref("beta", "on Thursday", "2026-02-05", "The president wrote in a post on Thursday."),
)
SAME_DAY = finding(
    "consistent", "thanked", ref("beta", "on Thursday", "2026-02-05"),
    ref("gamma", "on the 5th", "2026-02-05"), severity="info",
)
PALACE = finding(
    "alias", "Akasaka Palace", ref("beta", "Akasaka Palace", "akasaka palace"),
    ref("gamma", "Yeongbingwan", "akasaka palace"), severity="info", rule="naming",
)
FINDINGS = (DATE_CLASH, SAME_DAY, PALACE)

CORPUS = Corpus(name="story", articles=(
    Article(id="alpha", text="", path="alpha.txt", source="Daily Alpha"),
    Article(id="beta", text="", path="beta.txt", source="Beta News"),
    Article(id="gamma", text="", path="gamma.txt"),
))


@dataclass(frozen=True)
class Result:
    """Stands in for engine.CheckResult: the fields the assertions read."""

    corpus: Corpus
    claims: Any
    findings: tuple[Finding, ...]


CLAIMS = claims_frame([
    {"doc": "beta", "start": 10, "end": 16, "text": "$550bn", "kind": "money",
     "value": 550e9, "unit": "USD"},
    {"doc": "beta", "start": 18, "end": 24, "text": "£407bn", "kind": "money",
     "value": 407e9, "unit": "GBP"},
    {"doc": "alpha", "start": 0, "end": 9, "text": "February 8", "kind": "date",
     "value": "2026-02-08", "low": "2026-02-08", "high": "2026-02-08"},
    {"doc": "alpha", "start": 30, "end": 33, "text": "25%", "kind": "percent",
     "value": 25.0, "unit": "%"},
])
RESULT = Result(corpus=CORPUS, claims=CLAIMS, findings=FINDINGS)


# --- findings -------------------------------------------------------------------------


def test_assert_finding_returns_the_matches() -> None:
    assert assert_finding(FINDINGS, verdict="contradiction", about="endorse") == [DATE_CLASH]
    assert assert_finding(RESULT, verdict="alias", docs=["beta", "gam"]) == [PALACE]


def test_about_is_a_word_start_in_subject_or_message() -> None:
    assert finding_mentions(DATE_CLASH, "ENDORSE")
    assert finding_mentions(DATE_CLASH, "sources disagree")  # the message
    assert not finding_mentions(DATE_CLASH, "premier")  # only in a cited sentence
    assert not finding_mentions(DATE_CLASH, "dorsed")  # inside a word
    assert not finding_mentions(PALACE, "tariff")


def test_missing_finding_shows_expected_against_nearest() -> None:
    with pytest.raises(AssertionError) as info:
        assert_finding(RESULT, verdict="contradiction", about="thank")
    message = str(info.value)
    assert "expected a finding with verdict=contradiction about=thank" in message
    table = message.splitlines()[1:4]
    assert table[0].split() == ["expected", "finding", "1", "finding", "2", "finding", "3"]
    # the nearest finding (same verdict or same subject) comes first, misses marked
    assert "✗" in message
    assert "Beta News" in message  # sources named from the corpus
    assert "on Thursday" in message


def test_no_findings_at_all_says_so() -> None:
    with pytest.raises(AssertionError, match="there are no findings at all"):
        assert_finding((), verdict="consistent")


def test_assert_no_finding_lists_what_it_met() -> None:
    assert_no_finding(FINDINGS, verdict="contradiction", about="palace")
    with pytest.raises(AssertionError) as info:
        assert_no_finding(RESULT, verdict="contradiction", about="endorse")
    message = str(info.value)
    assert message.startswith("expected no finding with verdict=contradiction about=endorse, "
                              "found 1")
    assert "alpha (Daily Alpha): “on Sunday” = 2026-02-08" in message
    assert "Trump on Sunday endorsed the premier." in message


def test_assert_no_contradictions_respects_the_level() -> None:
    warning_only = (finding("contradiction", "x", ref("a", "1", 1.0), severity="warning"),)
    assert_no_contradictions(warning_only)  # level error: a warning does not count
    with pytest.raises(AssertionError):
        assert_no_contradictions(warning_only, level="warning")
    assert_no_contradictions(FINDINGS, about="thank")
    with pytest.raises(AssertionError, match="contradiction"):
        assert_no_contradictions(FINDINGS)


def test_unknown_verdict_or_level_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown verdict 'contradicts'"):
        assert_finding(FINDINGS, verdict="contradicts")
    with pytest.raises(ValueError, match="unknown level"):
        assert_no_contradictions(FINDINGS, level="fatal")


def test_assert_consistent_needs_evidence_and_no_contradiction() -> None:
    assert assert_consistent(RESULT, about="thank") == [SAME_DAY]
    assert assert_consistent(RESULT, about="Akasaka") == [PALACE]
    with pytest.raises(AssertionError, match="expected no finding with verdict=contradiction"):
        assert_consistent(RESULT, about="endorse")
    with pytest.raises(AssertionError, match="no finding compares the articles about 'tariff'"):
        assert_consistent(RESULT, about="tariff")


# --- claims ---------------------------------------------------------------------------


def test_assert_claim_matches_with_tolerance() -> None:
    rows = assert_claim(CLAIMS, kind="money", value=550e9, unit="USD", doc="beta")
    assert [r["text"] for r in rows] == ["$550bn"]
    assert_claim(CLAIMS, kind="money", value=551e9, rel=0.01)
    assert_claim(CLAIMS, kind="percent", value=25, text="25")
    assert_claim(RESULT, kind="money", source="beta news", value="550e9")  # YAML-style string


def test_assert_claim_compares_dates_as_text() -> None:
    from datetime import date

    assert_claim(CLAIMS, kind="date", value=date(2026, 2, 8))
    assert_claim(CLAIMS, kind="date", value="2026-02-08", doc="alpha")
    with pytest.raises(AssertionError):
        assert_claim(CLAIMS, kind="date", value="2026-02-09")


def test_missing_claim_shows_nearest_claims() -> None:
    with pytest.raises(AssertionError) as info:
        assert_claim(RESULT, kind="money", value=560e9, unit="USD")
    message = str(info.value)
    assert "expected a claim with kind=money value=5.6e+11 (rel 1e-06) unit=USD" in message
    lines = message.splitlines()
    value_row = next(line for line in lines if line.startswith("value"))
    assert "✗ 5.5e+11" in value_row  # the nearest money claim first, its value marked
    assert "$550bn" in message


def test_assert_no_claim() -> None:
    assert_no_claim(CLAIMS, kind="money", unit="EUR")
    with pytest.raises(AssertionError, match="found 1"):
        assert_no_claim(RESULT, kind="money", unit="GBP")


def test_unknown_claim_kind_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown claim kind 'cash'"):
        assert_claim(CLAIMS, kind="cash")


def test_assertions_do_not_depend_on_assert_statements() -> None:
    # They raise explicitly, so they still fail under `python -O` and outside pytest.
    import subprocess
    import sys

    code = ("from factcheck.assertions import assert_finding\n"
            "try:\n    assert_finding((), verdict='alias')\n"
            "except AssertionError as e:\n    print('failed:', e)\n")
    out = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.startswith("failed: expected a finding with verdict=alias")


@given(st.permutations(FINDINGS))
def test_matching_does_not_depend_on_finding_order(order: list[Finding]) -> None:
    assert assert_finding(order, about="endorse") == [DATE_CLASH]
    assert sorted(f.verdict for f in assert_finding(order, docs="beta")) == [
        "alias", "consistent", "contradiction"]


def test_assert_consistent_checks_a_corpus_itself(tmp_path: Path) -> None:
    import shutil

    from factcheck.corpus import load_corpus

    rules = tmp_path / "rules"
    (rules / "vocabulary").mkdir(parents=True)
    shutil.copy(Path(__file__).parent.parent / "rules" / "event-date-agreement.yaml", rules)
    (rules / "vocabulary" / "events.yaml").write_text("bridge vote:\n  triggers: [approve]\n")
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("---\npublished: 2025-10-10\n---\n"
                                 "The council approved the bridge on Tuesday.\n")
    (story / "b.txt").write_text("---\npublished: 2025-10-11\n---\n"
                                 "The council approved the bridge on 7 October.\n")
    [agreeing] = assert_consistent(load_corpus(story), about="bridge", rules=rules)
    assert agreeing.verdict == "consistent"
    (story / "b.txt").write_text("---\npublished: 2025-10-11\n---\n"
                                 "The council approved the bridge on 8 October.\n")
    with pytest.raises(AssertionError, match="b: “8 October” = 2025-10-08"):
        assert_consistent(story, about="bridge", rules=rules)
