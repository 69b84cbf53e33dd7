"""Re-wrapping articles changes no finding: same verdicts, same fingerprints (so decisions hold)."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.engine import check
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


def wrap_corpus(source: Path, target: Path, width: int) -> None:
    target.mkdir()
    for path in source.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        head, body = "", text
        if text.startswith("---\n"):
            end = text.index("\n---\n", 4) + 5
            head, body = text[:end], text[end:]
        # Wrapped at spaces, as editors' tools do; a compound split at its hyphen is not rejoined.
        lines = [
            textwrap.fill(line, width, break_on_hyphens=False) if line.strip() else line
            for line in body.split("\n")
        ]
        (target / path.name).write_text(head + "\n".join(lines), encoding="utf-8")
    shutil.copy(source / "factcheck_seeds.yaml", target / "factcheck_seeds.yaml")


@pytest.mark.parametrize("width", [60, 72])
def test_hard_wrapped_seeds_give_the_same_findings(tmp_path: Path, width: int) -> None:
    rules = load_rules(ROOT / "rules")
    original = check(load_corpus(ROOT / "seeds"), rules)
    wrap_corpus(ROOT / "seeds", tmp_path / "wrapped", width)
    wrapped = check(load_corpus(tmp_path / "wrapped"), rules)
    assert original.findings, "the seeds have findings to compare"
    assert [(f.id, f.verdict) for f in wrapped.findings] == [
        (f.id, f.verdict) for f in original.findings
    ]
