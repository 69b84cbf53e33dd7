"""Runs the extraction case files under tests/cases/: text in, expected claims out."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import extract_claims

CASES_DIR = Path(__file__).parent / "cases"
VALUE_KINDS = {"date", "time", "duration", "number", "percent", "money", "quantity", "age"}


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for i, case in enumerate(data.get("cases", [])):
            name = case.get("name") or case["text"][:40]
            params.append(pytest.param(case, id=f"{path.stem}:{i}:{name}"))
    return params


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        try:
            actual_f = float(actual)
        except (TypeError, ValueError):
            return False
        if math.isnan(actual_f):
            return False
        return math.isclose(float(expected), actual_f, rel_tol=1e-3, abs_tol=1e-9)
    if expected is None:
        return (
            actual is None
            or (isinstance(actual, float) and math.isnan(actual))
            or actual is pd_na()
        )
    return str(expected) == str(actual)


def pd_na() -> Any:
    import pandas as pd

    return pd.NA


@pytest.mark.parametrize("case", _load_cases())
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    claims = extract_claims(
        text, case.get("reference_date"), reference_certain=case.get("reference_certain", True)
    )
    rows = claims.to_dict("records")
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
    kinds = set(case.get("kinds") or VALUE_KINDS)
    expected = case.get("expect") or []
    matched: set[int] = set()
    for exp in expected:
        candidates = [
            (i, r)
            for i, r in enumerate(rows)
            if r["text"] == exp["text"]
            and ("start" not in exp or r["start"] == exp["start"])
            and i not in matched
        ]
        shown = [{k: r[k] for k in ("text", "kind", "value", "unit", "low", "high")} for r in rows]
        assert candidates, f"no claim with surface {exp['text']!r}; got {shown}"
        i, row = candidates[0]
        for key, want in exp.items():
            if key in ("text", "start"):
                continue
            assert _same(want, row[key]), f"{exp['text']!r}: {key} is {row[key]!r}, want {want!r}"
        matched.add(i)
    if case.get("exhaustive", not expected):
        extra = [
            r["text"] + f" ({r['kind']})"
            for i, r in enumerate(rows)
            if i not in matched and r["kind"] in kinds
        ]
        assert not extra, f"unexpected claims: {extra}"
