"""Tests for factcheck.expectations: parsing line numbers and the in-place update."""

from __future__ import annotations

import tempfile
import textwrap
import types
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.expectations import load_expectations, short_ids, update_file
from factcheck.schema import VERDICTS, ClaimRef, Finding, claims_frame

SUBJECTS = ("vote", "summit", "bridge opening")
DOCS = ("a_1", "b_2", "c_3")


def result_of(findings: list[Finding]) -> Any:
    return types.SimpleNamespace(corpus=None, claims=claims_frame([]), findings=tuple(findings))


findings_st = st.lists(
    st.builds(
        lambda verdict, subject, docs: Finding(
            rule="event-date-agreement", verdict=verdict, severity="error", message="",
            reasoning="", subject=subject,
            claims=tuple(ClaimRef(doc=d, start=0, end=1, text="x", value=d) for d in docs)),
        st.sampled_from(VERDICTS), st.sampled_from(SUBJECTS),
        st.lists(st.sampled_from(DOCS), min_size=2, max_size=3, unique=True)),
    max_size=6,
)
case_st = st.tuples(st.sampled_from(["expect", "expect_not"]), st.sampled_from(VERDICTS),
                    st.sampled_from(SUBJECTS), st.booleans())


def expectation_text(cases: list[tuple[str, str, str, bool]]) -> str:
    lines = ["# expectations\n", "corpus: .\n", "cases:\n"]
    for i, (kind, verdict, subject, comment) in enumerate(cases):
        if comment:
            lines.append(f"  # note on case {i}\n")
        lines.append(f"  - name: case {i}\n")
        lines.append(f"    {kind}:\n      verdict: {verdict}\n      about: {subject}\n")
    return "".join(lines)


@settings(max_examples=60, deadline=None)
@given(findings_st, st.lists(case_st, max_size=5))
def test_update_leaves_every_case_holding_and_every_finding_expected(
        findings: list[Finding], cases: list[tuple[str, str, str, bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "factcheck_story.yaml"
        path.write_text(expectation_text(cases))
        result = result_of(findings)
        update_file(load_expectations(path), result)
        spec = load_expectations(path)
        assert [c.name for c in spec.cases if c.evaluate(result) is not None] == []
        assert spec.uncovered(findings) == []
        # kept cases keep their comments
        for case in spec.cases:
            number = case.name.removeprefix("case ")
            if number.isdigit() and cases[int(number)][3]:
                assert f"  # note on case {number}\n  - name: case {number}\n" in spec.text
        before = path.read_text()
        assert update_file(spec, result) == ([], [])
        assert path.read_text() == before


def test_case_lines_cover_block_mappings_and_their_comments(tmp_path: Path) -> None:
    path = tmp_path / "factcheck_x.yaml"
    path.write_text(textwrap.dedent("""\
        corpus: .
        cases:
          # about the first
          - name: first
            expect:
              verdict: alias
              about: >-
                palace
          -
            name: second
            expect_not: {verdict: contradiction}
        # the end
        """))
    first, second = load_expectations(path).cases
    assert (first.first, first.line, first.last) == (2, 4, 7)
    assert (second.first, second.line, second.last) == (8, 9, 10)
    update_file(load_expectations(path), result_of([]))
    assert path.read_text() == textwrap.dedent("""\
        corpus: .
        cases:
          -
            name: second
            expect_not: {verdict: contradiction}
        # the end
        """)


def test_short_ids_only_when_unambiguous() -> None:
    every = ["000_ab", "001_cd", "01_x", "plain"]
    assert short_ids(["000_ab", "plain"], every) == ["000", "plain"]
    assert short_ids(["01_x"], every + ["01_y"]) == ["01_x"]
