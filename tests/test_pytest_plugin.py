"""Tests for the pytest plugin: options, fixtures, factcheck_*.yaml files and --factcheck-update."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import hypothesis  # noqa: F401
import pytest

# Imported here, not first in a pytester run: an in-process run forgets the modules it imported,
# and these are slow to import again (pytest rewrites the asserts of every plugin's package).
import factcheck.engine  # noqa: F401
import factcheck.expectations  # noqa: F401
from factcheck.schema import ClaimRef, Finding, claims_frame

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent

# --- a stand-in engine, so these tests pin the plugin and not the engine's judgement ----------
# Articles state facts as "the <subject> was on YYYY-MM-DD"; one subject with two dates is a
# contradiction, with one date in several articles it is consistent.
FACT = re.compile(r"[Tt]he (?P<subject>[a-z ]+?) was on (?P<date>\d{4}-\d{2}-\d{2})")


def fake_check(corpus: Any, ruleset: Any, **_: Any) -> Any:
    rows, by_subject = [], {}
    for article in corpus.articles:
        for m in FACT.finditer(article.text):
            rows.append({"doc": article.id, "start": m.start("date"), "end": m.end("date"),
                         "text": m.group("date"), "kind": "date", "value": m.group("date")})
            ref = ClaimRef(doc=article.id, start=m.start("date"), end=m.end("date"),
                           text=m.group("date"), value=m.group("date"), kind="date",
                           sentence=m.group(0))
            by_subject.setdefault(m.group("subject"), []).append(ref)
    findings = []
    for subject, refs in sorted(by_subject.items()):
        if len({r.doc for r in refs}) < 2:
            continue
        clash = len({r.value for r in refs}) > 1
        findings.append(Finding(
            rule="event-date-agreement", verdict="contradiction" if clash else "consistent",
            severity="error" if clash else "info",
            message=f"different dates for the {subject}" if clash else f"same {subject} date",
            reasoning="compared the dates", claims=tuple(refs), subject=subject))
    return types.SimpleNamespace(corpus=corpus, claims=claims_frame(rows),
                                 findings=tuple(findings), ruleset=ruleset)


@pytest.fixture
def story(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A folder with two agreeing articles, an empty rules/ and the stand-in engine."""
    engine = types.ModuleType("factcheck.engine")
    engine.check = fake_check  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.engine", engine)
    pytester.mkdir("rules")
    story = pytester.mkdir("story")
    (story / "alpha.txt").write_text("The vote was on 2026-02-08. The summit was on 2026-03-01.\n")
    (story / "beta.txt").write_text("Officials said the vote was on 2026-02-08.\n")
    return pytester


EXPECTATIONS = """\
# Hand-written expectations for the story.
corpus: .
cases:
  # the two articles agree on the vote
  - name: vote date agrees
    expect: {verdict: consistent, about: vote}
  - name: no contradiction at all
    expect_not: {verdict: contradiction}
  - name: the vote date is there
    claim: {kind: date, value: 2026-02-08, doc: beta}
"""


def write_expectations(pytester: pytest.Pytester, text: str = EXPECTATIONS) -> Path:
    path = pytester.path / "story" / "factcheck_story.yaml"
    path.write_text(textwrap.dedent(text))
    return path


# --- import cost and options ----------------------------------------------------------


def test_plugin_import_does_not_load_pandas_or_the_engine() -> None:
    code = ("import sys, factcheck.pytest_plugin\n"
            "print(sorted(m for m in ('pandas', 'factcheck.engine', 'factcheck.extract')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_pytest_run_without_expectation_files_loads_no_factcheck_internals(
        tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text("def test_x():\n    pass\n")
    code = ("import sys, pytest\n"
            f"pytest.main(['-q', '-p', 'no:cacheprovider', {str(tmp_path)!r}])\n"
            "print(sorted(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    loaded = set(eval(out.stdout.splitlines()[-1]))
    assert "factcheck.pytest_plugin" in loaded
    heavy = {"pandas", "pandera", "factcheck.schema", "factcheck.engine", "factcheck.extract",
             "factcheck.assertions", "factcheck.expectations"}
    assert loaded & heavy == set()


def test_plugin_reexports_the_assertions() -> None:
    import factcheck.assertions
    import factcheck.pytest_plugin as plugin

    assert plugin.assert_no_contradictions is factcheck.assertions.assert_no_contradictions
    with pytest.raises(AttributeError):
        plugin.assert_everything  # noqa: B018


def test_options_are_in_one_group(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines([
        "factcheck: do news articles about one event agree:",
        "*--factcheck-corpus=PATH*",
        "*--factcheck-rules=DIR*",
        "*--factcheck-update*",
    ])
    result.stdout.fnmatch_lines(["*factcheck_corpus (string)*", "*factcheck_rules (string)*"])


# --- expectation files ----------------------------------------------------------------


def test_expectation_file_runs_with_plain_pytest(story: pytest.Pytester) -> None:
    write_expectations(story)
    result = story.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*factcheck_story.yaml::vote date agrees PASSED*"])


def test_an_edited_article_fails_with_the_sources(story: pytest.Pytester) -> None:
    write_expectations(story)
    (story.path / "story" / "beta.txt").write_text("Officials said the vote was on 2026-02-09.\n")
    result = story.runpytest()
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines([
        "*_ factcheck: no contradiction at all _*",
        "expected no finding with verdict=contradiction, found 1:",
        "contradiction (error) event-date-agreement about “vote”",
        "  - alpha: “2026-02-08” = 2026-02-08",
        "  - beta: “2026-02-09” = 2026-02-09",
        "(case “no contradiction at all” at story/factcheck_story.yaml:7)",
    ])
    # expected against actual, misses marked
    result.stdout.fnmatch_lines([
        "expected a finding with verdict=consistent about=vote; none of 1 matches",
        "*expected*finding 1*",
        "verdict*consistent*✗ contradiction*",
        "about*vote*vote*",
    ])


def test_missing_claim_shows_the_nearest_claims(story: pytest.Pytester) -> None:
    write_expectations(story, """\
        corpus: .
        cases:
          - claim: {kind: date, value: 2026-02-07}
        """)
    result = story.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*factcheck: claim: kind=date value=2026-02-07*",
        "expected a claim with kind=date value=2026-02-07; none of 3 matches",
        "value*2026-02-07*✗ 2026-02-08*",
    ])


@pytest.mark.parametrize(("text", "line", "message"), [
    ("corpus: .\ncases:\n  - name: x\n    expcet: {verdict: alias}\n", 4,
     "unknown key 'expcet' in a case (did you mean 'expect'?)"),
    ("corpus: .\ncases:\n  - expect: {verdict: agrees}\n", 3, "unknown verdict 'agrees'"),
    ("corpus: ./nowhere\ncases: []\n", 1, "corpus './nowhere' does not exist"),
    ("corpus: .\ncases:\n  - expect: {verdict: alias\n", 4, "invalid YAML"),
    ("corpus: .\ncases:\n  - expect: {verdict: alias}\n    claim: {kind: date}\n", 3,
     "a case needs exactly one of expect, expect_not, claim, no_claim (found expect, claim)"),
    ("corpus: .\ncases:\n  - name: a\n    expect: {}\n  - name: a\n    expect: {}\n", 5,
     "case name 'a' is used twice (also line 3)"),
    ("corpus: .\ncases:\n  - claim: {kind: money, tolerance: lots}\n", 3,
     "tolerance must be a number >= 0"),
    ("corpus: .\nrecord: [contradiction, agreement]\n", 2, "unknown verdict 'agreement'"),
    ("- corpus: .\n", 1, "an expectation file must be a mapping"),
])
def test_malformed_file_is_a_collection_error_with_file_and_line(
        story: pytest.Pytester, text: str, line: int, message: str) -> None:
    write_expectations(story, text)
    result = story.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*story/factcheck_story.yaml:{line}: {message}*"])
    assert "Traceback" not in result.stdout.str()


def test_other_yaml_files_are_not_collected(story: pytest.Pytester) -> None:
    (story.path / "story" / "notes.yaml").write_text("cases: 3\n")
    (story.path / "story" / "factcheck.review.yaml").write_text("decisions: {}\n")
    result = story.runpytest()
    result.assert_outcomes()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_rules_come_from_the_nearest_rules_folder_or_the_file(story: pytest.Pytester) -> None:
    (story.path / "rules").rmdir()
    write_expectations(story)
    result = story.runpytest()
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["cannot check: no rules folder *rules; name one with `rules:`*"])
    story.mkdir("elsewhere")
    write_expectations(story, "rules: ../elsewhere\n" + EXPECTATIONS)
    story.runpytest().assert_outcomes(passed=3)


def test_not_covered_findings_are_summarised(story: pytest.Pytester) -> None:
    write_expectations(story, """\
        corpus: .
        cases:
          - expect_not: {verdict: contradiction}
        """)
    result = story.runpytest()
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([
        "*= factcheck =*",
        "story/factcheck_story.yaml: 1 finding is not expected by any case "
        "(pytest --factcheck-update records them)",
    ])


def test_unreadable_articles_are_named_in_the_summary(story: pytest.Pytester) -> None:
    write_expectations(story)
    (story.path / "story" / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    result = story.runpytest()
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["story: article skipped: *broken.txt:1: not UTF-8 text*"])


def test_strict_fails_on_findings_no_case_expects(story: pytest.Pytester) -> None:
    write_expectations(story, """\
        corpus: .
        strict: true
        record: [contradiction]
        cases: []
        """)
    story.runpytest().assert_outcomes(passed=1)  # the consistent finding is not recorded
    (story.path / "story" / "beta.txt").write_text("The summit was on 2026-03-02.\n")
    result = story.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "1 finding is not expected by any case (add cases, or run pytest "
        "--factcheck-update to record them):",
        "contradiction (error) event-date-agreement about “summit”",
    ])


# --- --factcheck-update ---------------------------------------------------------------


def test_update_removes_stale_cases_adds_new_ones_and_keeps_comments(
        story: pytest.Pytester) -> None:
    path = write_expectations(story, EXPECTATIONS + textwrap.indent(textwrap.dedent("""\
        # an alias that is no longer found
        - name: stale alias
          expect: {verdict: alias, about: palace}
        """), "  "))
    (story.path / "story" / "beta.txt").write_text(
        "Officials said the vote was on 2026-02-08 and the summit was on 2026-03-02.\n")
    result = story.runpytest("--factcheck-update")
    result.assert_outcomes(passed=4)  # in update mode a mismatch is recorded, not failed
    result.stdout.fnmatch_lines([
        "*= factcheck =*",
        "story/factcheck_story.yaml: updated, 1 case added, 2 cases removed",
        "  removed: no contradiction at all (line 7)",
        "  removed: stale alias (line 12)",
        "  added:   contradiction: summit (alpha, beta)",
    ])
    assert path.read_text() == textwrap.dedent("""\
        # Hand-written expectations for the story.
        corpus: .
        cases:
          # the two articles agree on the vote
          - name: vote date agrees
            expect: {verdict: consistent, about: vote}
          - name: the vote date is there
            claim: {kind: date, value: 2026-02-08, doc: beta}
          - name: "contradiction: summit (alpha, beta)"
            expect: {verdict: contradiction, rule: event-date-agreement, about: summit, docs: [alpha, beta]}
        """)  # noqa: E501
    before = path.read_bytes()
    again = story.runpytest("--factcheck-update")
    again.assert_outcomes(passed=3)
    assert "updated" not in again.stdout.str()
    assert path.read_bytes() == before
    story.runpytest().assert_outcomes(passed=3)


def test_update_fills_a_file_with_no_cases(story: pytest.Pytester) -> None:
    path = write_expectations(story, "corpus: .  # the story folder\n")
    story.runpytest("--factcheck-update").assert_outcomes()
    text = path.read_text()
    assert text.startswith("corpus: .  # the story folder\ncases:\n  - name: \"consistent: vote")
    story.runpytest("-v").assert_outcomes(passed=1)
    path.write_text("corpus: .\ncases: []  # filled by --factcheck-update\n")
    story.runpytest("--factcheck-update")
    assert path.read_text().startswith("corpus: .\ncases:\n  - name: \"consistent: vote")


def test_update_keeps_flow_style_files_valid(story: pytest.Pytester) -> None:
    path = write_expectations(
        story, 'corpus: .\ncases: [{name: gone, expect: {verdict: alias}}]\n')
    story.runpytest("--factcheck-update")
    story.runpytest("-v").assert_outcomes(passed=1)
    assert "gone" not in path.read_text()


# --- fixtures -------------------------------------------------------------------------


FIXTURE_TEST = """
from factcheck.pytest_plugin import assert_claim, assert_consistent, assert_no_contradictions

def test_story(factcheck_corpus, factcheck_claims, factcheck_findings, factcheck_result):
    assert [a.id for a in factcheck_corpus.articles] == ["alpha", "beta"]
    assert_claim(factcheck_claims, kind="date", value="2026-03-01", source="alpha")
    assert_no_contradictions(factcheck_findings)
    assert_consistent(factcheck_result, about="vote")
"""


def test_fixtures_with_the_corpus_option(story: pytest.Pytester) -> None:
    story.makepyfile(test_story=FIXTURE_TEST)
    story.runpytest("--factcheck-corpus", "story").assert_outcomes(passed=1)


def test_fixtures_with_the_ini_options(story: pytest.Pytester) -> None:
    story.makeini("[pytest]\nfactcheck_corpus = story\nfactcheck_rules = rules\n")
    story.makepyfile(test_story=FIXTURE_TEST)
    story.runpytest().assert_outcomes(passed=1)


def test_fixture_without_a_corpus_says_how_to_name_one(story: pytest.Pytester) -> None:
    story.makepyfile(test_story="def test_it(factcheck_findings):\n    pass\n")
    result = story.runpytest()
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*the factcheck_corpus fixture needs a corpus: pass "
                                 "--factcheck-corpus PATH*"])


def test_fixtures_share_one_check_with_expectation_files(story: pytest.Pytester,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counting_check(corpus: Any, ruleset: Any, **kw: Any) -> Any:
        calls.append(corpus.name)
        return fake_check(corpus, ruleset, **kw)

    monkeypatch.setattr(sys.modules["factcheck.engine"], "check", counting_check)
    write_expectations(story)
    story.makepyfile(test_story=FIXTURE_TEST)
    story.runpytest("--factcheck-corpus", "story", "-p", "no:randomly").assert_outcomes(passed=4)
    assert calls == ["story"]


# --- with the real engine -------------------------------------------------------------

STORY_A = """\
---
published: 2025-10-10
---
Harbour City, October 10: The regional council approved the new bridge on Tuesday,
after a debate that lasted most of the week.
"""
STORY_B = """\
---
published: 2025-10-11
---
The regional council voted for the bridge on 7 October, council minutes show.
"""


def test_real_engine_on_a_folder_with_no_python(pytester: pytest.Pytester) -> None:
    # The project's date rule, and a vocabulary naming this story's event.
    rules = pytester.mkdir("rules")
    shutil.copy(REPO / "rules" / "event-date-agreement.yaml", rules)
    (rules / "vocabulary").mkdir()
    (rules / "vocabulary" / "events.yaml").write_text(
        "bridge vote:\n  triggers: [approve, voted for]\n")
    story = pytester.mkdir("story")
    (story / "a.txt").write_text(STORY_A)
    (story / "b.txt").write_text(STORY_B)
    (story / "factcheck_story.yaml").write_text(
        "corpus: .\ncases:\n"
        "  - name: Tuesday is the 7th\n"
        "    expect: {verdict: consistent, about: bridge}\n"
        "  - name: the articles do not contradict each other\n"
        "    expect_not: {verdict: contradiction}\n")
    pytester.runpytest().assert_outcomes(passed=2)
    (story / "b.txt").write_text(STORY_B.replace("7 October", "9 October"))
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "expected no finding with verdict=contradiction, found 1:",
        "contradiction (error) *",
        "*a: “Tuesday” = 2025-10-07*",
        "*b: “9 October” = 2025-10-09*",
    ])
