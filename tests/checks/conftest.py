"""Helpers for check tests: a framed claims table built by hand, a rule, a context."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from factcheck.checks import get
from factcheck.checks.base import CheckContext
from factcheck.rules import Rule, Vocabulary, load_rules
from factcheck.schema import Finding, claims_frame

FRAME_DEFAULTS = {"event": "", "event_source": "lexicon", "role": "actual", "head": "",
                  "places": "", "entities": "", "sentence": "", "trigger": "", "context": "",
                  "origin": "", "per": ""}


def framed(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = claims_frame(rows)
    for column, default in FRAME_DEFAULTS.items():
        frame[column] = pd.Series([r.get(column, default) for r in rows], dtype="string")
    return frame


def run(check: str, rows: list[dict[str, Any]], vocabulary: Vocabulary | None = None,
        **options: Any) -> list[Finding]:
    spec = get(check)
    assert spec is not None
    rule = Rule(id=f"test-{check}", check=check, options=options,
                select={"kind": spec.kinds} if spec.kinds else {})
    ctx = CheckContext(claims=framed(rows), vocabulary=vocabulary or Vocabulary())
    return list(spec.fn(ctx, rule))


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    from pathlib import Path

    return load_rules(Path(__file__).resolve().parents[2] / "rules").vocabulary
