"""Tests for the report: JSON contract, deterministic bytes, sections, review states, escaping."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.corpus import Corpus, load_corpus
from factcheck.report import md_escape, render_json, render_markdown, word_diff
from factcheck.review import Decision, ReviewState
from factcheck.schema import ClaimRef, Finding, claims_frame

HOSTILE = ("Officials said <script>alert(1)</script> the *LDP* won __316__ seats | "
           "see [the tally](https://evil.example) and `rm -rf` ~~no~~ <img src=x onerror=y>\n"
           "# not a heading\n> not a quote\n1. not a list &amp; &lt;b&gt;")


@dataclass
class Result:
    """What engine.check returns, as far as the report reads it."""

    corpus: Corpus
    claims: Any
    findings: tuple[Finding, ...]
    ruleset: Any = None


def _ref(doc: str, text: str, surface: str, value: Any, kind: str = "number") -> ClaimRef:
    at = text.index(surface)
    return ClaimRef(doc, at, at + len(surface), surface, value, kind)


@pytest.fixture()
def result(tmp_path: Path) -> Result:
    story = tmp_path / "story"
    story.mkdir()
    (story / "alpha.md").write_text(
        "---\nsource: The *Daily* | Times\ntitle: Vote [live](http://x)\npublished: 2026-02-09\n"
        "---\nThe LDP won 316 seats on Sunday. Takaichi said \"we will be strong and stable\".\n")
    (story / "beta.txt").write_text(
        HOSTILE + "\nThe LDP won 310 seats on Sunday. "
        "Takaichi said \"we will be strong and very stable\".\n")
    (story / "gamma.txt").write_text("Tokyo, February 9: Turnout was 56 percent.\n")
    (story / "broken.txt").write_bytes(b"\xff\xfe\x00oops")
    corpus = load_corpus(story)
    a, b = corpus.article("alpha").text, corpus.article("beta").text
    g = corpus.article("gamma").text
    findings = (
        Finding("quote-wording", "variant", "warning", "Takaichi's quote is worded differently",
                "two words differ", (_ref("alpha", a, "we will be strong and stable", "x", "quote"),
                                     _ref("beta", b, "we will be strong and very stable", "y",
                                          "quote")), subject="Takaichi"),
        Finding("seat-count", "contradiction", "error", "Sources give 316 and 310 seats",
                "316 and 310 cannot both be the count", (_ref("alpha", a, "316", 316.0),
                                                          _ref("beta", b, "310", 310.0)),
                subject="LDP seats"),
        Finding("hostile", "contradiction", "warning", "Rule says *hi* | <b>x</b>",
                "because [x](y)", (_ref("beta", b, "316", 316.0), _ref("gamma", g, "56", 56.0)),
                subject="turnout"),
        Finding("turnout", "consistent", "info", "Turnout agrees", "56 percent twice",
                (_ref("gamma", g, "56 percent", 56.0, "percent"),), subject="turnout"),
    )
    claims = claims_frame([
        {"doc": "alpha", "start": a.index("316"), "end": a.index("316") + 3, "text": "316",
         "kind": "number", "value": 316.0},
        {"doc": "beta", "start": b.index("__316__"), "end": b.index("__316__") + 7,
         "text": "__316__ | <b> &amp;", "kind": "number", "value": 316.0, "unit": "seat|s"},
        {"doc": "gamma", "start": 0, "end": 5, "text": "Tokyo", "kind": "place",
         "value": "Tokyo"},
    ])
    return Result(corpus=corpus, claims=claims, findings=findings)


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def test_json_contract(result: Result) -> None:
    data = json.loads(render_json(result))
    assert {"findings", "articles", "problems", "summary", "stale"} <= set(data)
    for item in data["findings"]:
        assert {"id", "rule", "verdict", "severity", "message", "claims"} <= set(item)
        assert item["verdict"] in ("contradiction", "consistent", "alias", "variant")
        assert item["severity"] in ("error", "warning", "info")
        for claim in item["claims"]:
            assert {"doc", "start", "end", "text", "value"} <= set(claim)
            body = result.corpus.article(claim["doc"]).text
            assert body[claim["start"]:claim["end"]] == claim["text"]
    assert [f["verdict"] for f in data["findings"]] == [
        "contradiction", "contradiction", "variant", "consistent"]
    assert data["summary"]["fails"] is True and data["summary"]["failing"] == 1
    assert data["problems"][0]["path"].endswith("broken.txt")
    alpha = next(a for a in data["articles"] if a["id"] == "alpha")
    assert alpha["reference_date"] == "2026-02-09" and "published" in alpha["reference_reason"]


def test_same_input_same_bytes_whatever_the_finding_order(result: Result) -> None:
    state = ReviewState(decisions={result.findings[0].id: Decision("accepted", "Ann",
                                                                   "2026-02-10T09:00:00Z")})
    md, js = render_markdown(result, state), render_json(result, state)
    shuffled = Result(result.corpus, result.claims, tuple(reversed(result.findings)))
    assert render_markdown(shuffled, state) == md
    assert render_json(shuffled, state) == js
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_sections_and_headline(result: Result) -> None:
    md = render_markdown(result)
    for heading in ("# Fact-check report: story", "## Summary", "## Articles", "### Problems",
                    "## Findings", "### Contradictions: 2", "### Variants",
                    "## Appendix: claims by article"):
        assert re.search(rf"^{re.escape(heading)}", md, re.M), heading
    assert "**Result: FAILS.** 1 new finding at or above `error`" in md
    assert ("3 articles, 4 findings (2 contradictions, 1 variant, 1 consistent). "
            "Review: 3 new to decide, 0 accepted.") in md
    assert "broken.txt" in md and "1 input could not be read" in md
    # Articles: source, reference date and why.
    assert re.search(r"\| `gamma` \|.*\| 2026-02-09 \| its dateline", md)
    # Contradictions come first; the consistent one is folded away.
    assert md.index("Sources give 316 and 310") < md.index("quote is worded")
    assert md.index("<details><summary><strong>Consistent") > md.index("quote is worded")
    # The compared span is bold in its sentence, and the quote drift has a word diff.
    assert "The LDP won **316** seats on Sunday." in md
    assert "<ins>very</ins>" in md
    assert "**Why:** 316 and 310 cannot both be the count" in md
    assert "Review: **new** (fails the run)" in md


def test_review_states_in_the_report(result: Result) -> None:
    seat, hostile = result.findings[1], result.findings[2]
    state = ReviewState(decisions={
        seat.id: Decision("accepted", "Ann Ed", "2026-02-10T09:00:00Z", "desk confirmed"),
        hostile.id: Decision("dismissed", "Bob", "2026-02-10T09:05:00Z"),
        "0123456789ab": Decision("dismissed", summary="an old finding"),
    })
    md = render_markdown(result, state)
    assert "Review: **accepted** by Ann Ed on 2026-02-10: desk confirmed" in md
    assert "Rule says" not in md  # dismissed: hidden ...
    assert "1 finding dismissed as a false alarm and hidden: `" + hostile.id in md  # ... counted
    assert "`0123456789ab` dismissed, an old finding" in md  # stale
    assert "**Result: passes.** No new finding at or above `error`" in md
    warn = render_markdown(result, state, fail_on="warning")
    assert "**Result: FAILS.** 1 new finding at or above `warning`" in warn
    never = render_markdown(result, fail_on="never")
    assert "**Result: passes.** The failing level is `never`" in never
    data = json.loads(render_json(result, state))
    by_id = {f["id"]: f for f in data["findings"]}
    assert by_id[seat.id]["review"] == {"status": "accepted", "by": "Ann Ed",
                                        "at": "2026-02-10T09:00:00Z", "note": "desk confirmed"}
    assert by_id[hostile.id]["review"]["status"] == "dismissed"
    assert data["summary"]["review"] == {"new": 2, "accepted": 1, "dismissed": 1, "stale": 1}


def test_hostile_article_text_cannot_inject(result: Result) -> None:
    md = render_markdown(result)
    html = _md().render(md)
    assert "<script" not in html and "<img" not in html
    assert 'href="https://evil.example"' not in html and 'href="http://x"' not in html
    assert "<h1>not a heading" not in html and "<blockquote>\n<p>not a quote" not in html
    assert "<em>LDP</em>" not in html and "<strong>316</strong> seats |" not in html
    assert "<code>rm -rf</code>" not in html
    assert "&amp;amp;" in html  # the article's own "&amp;" shows as written
    # Every table row keeps its column count: a '|' in the text did not split a cell.
    for table in re.findall(r"<table>.*?</table>", html, re.S):
        widths = {len(re.findall(r"<t[dh][ >]", row)) for row in re.findall(r"<tr>.*?</tr>",
                                                                              table, re.S)}
        assert len(widths) == 1, widths
    assert "The <em>Daily</em>" not in html and "The *Daily* | Times" in html


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1.#*_`[]()<>|~&!\\-+=:\n\t'\"")), max_size=40))
def test_escaped_text_renders_as_itself(text: str) -> None:
    flat = " ".join(text.split())
    html = _md().render(f"x {md_escape(text)}")
    assert html.startswith("<p>") and html.count("<p>") == 1
    inner = html[len("<p>"):-len("</p>\n")]
    assert "<" not in inner.replace("&lt;", "")  # no tag of any kind
    unescaped = (inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                 .replace("&amp;", "&"))
    assert unescaped == f"x {flat}".rstrip()


def test_word_diff_marks_only_what_changed() -> None:
    assert word_diff("we will be strong", "we will be very strong") == (
        "we will be <ins>very</ins> strong")
    assert word_diff("won 316 seats", "won 310 seats") == "won <del>316</del> <ins>310</ins> seats"
    assert word_diff("a *b*", "a <c>") == "a <del>\\*b\\*</del> <ins>&lt;c&gt;</ins>"


def test_one_row_per_cited_sentence_with_every_span_bold(result: Result) -> None:
    a = result.corpus.article("alpha").text
    twice = Finding("names", "alias", "info", "Two names", "same party",
                    (_ref("alpha", a, "LDP", "LDP", "org"), _ref("alpha", a, "LDP", "LDP", "org"),
                     _ref("alpha", a, "Sunday", "x", "date")), subject="LDP")
    md = render_markdown(Result(result.corpus, result.claims, (twice,)))
    rows = [line for line in md.splitlines() if line.startswith("| `alpha`<br>")]
    assert rows == ["| `alpha`<br>The \\*Daily\\* \\| Times | "
                    "The **LDP** won 316 seats on **Sunday**. |"]


@st.composite
def sentence_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    alphabet = st.sampled_from(list("ab 1.#*_`[]()<>|~&!\\-+=:\"'$%"))
    sentence = draw(st.text(alphabet=alphabet, min_size=1, max_size=30))
    lo = draw(st.integers(0, len(sentence) - 1))
    hi = draw(st.integers(lo + 1, len(sentence)))
    return sentence, lo, hi


@settings(max_examples=300, deadline=None)
@given(sentence_and_span())
def test_a_bold_span_in_hostile_text_renders_as_written(case: tuple[str, int, int]) -> None:
    from factcheck.report import _sentence_md

    sentence, lo, hi = case
    span = sentence[lo:hi]
    assume(span.strip() and span == span.strip())  # claims are trimmed spans with text in them
    html = _md().render(f"x {_sentence_md(sentence, [(lo, hi)])}")
    inner = html[len("<p>"):-len("</p>\n")]
    bold = re.findall(r"<strong>(.*?)</strong>", inner)
    assert len(bold) == 1

    def text(fragment: str) -> str:
        return (fragment.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                .replace("&amp;", "&"))

    assert text(bold[0]) == " ".join(span.split())
    assert text(re.sub(r"</?strong>", "", inner)) == " ".join(f"x {sentence}".split())
