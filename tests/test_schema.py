"""The claims table contract: columns, dtypes, and that real extraction output validates."""

from __future__ import annotations

from pathlib import Path

from factcheck import extract_claims
from factcheck.corpus import load_corpus
from factcheck.extract import corpus_claims
from factcheck.schema import CLAIM_COLUMNS, claims_frame, validate_claims

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ["start", "end", "text", "kind", "value", "unit", "low", "high"]


def test_empty_table_has_every_column() -> None:
    table = validate_claims(claims_frame([]))
    assert list(table.columns) == list(CLAIM_COLUMNS)


def test_extract_claims_contract_columns_and_spans() -> None:
    text = "Japan agreed on Thursday to invest $550bn (£407bn); Takaichi, 64, won 310 seats."
    table = validate_claims(extract_claims(text, "2026-02-09"))
    assert set(CONTRACT) <= set(table.columns)
    for row in table.itertuples():
        assert text[row.start : row.end] == row.text
    money = table[table.kind == "money"]
    assert sorted(money.unit) == ["GBP", "USD"]
    assert money.value.tolist() == [550e9, 407e9]


def test_seed_claims_validate() -> None:
    corpus = load_corpus(ROOT / "seeds")
    table = validate_claims(corpus_claims(corpus.articles))
    assert set(table.doc) == {a.id for a in corpus.articles}
    numeric = table[table.kind.isin(["number", "percent", "money", "quantity", "age", "duration"])]
    assert all(isinstance(v, float) for v in numeric.value)
    dated = table[table.kind == "date"]
    assert dated.low.notna().all() and (dated.low <= dated.high).all()


def test_schema_rejects_a_bad_table() -> None:
    import pandera.errors
    import pytest

    bad = claims_frame([{"doc": "a", "start": 0, "end": 1, "text": "x", "kind": "rumour"}])
    with pytest.raises(pandera.errors.SchemaError):
        validate_claims(bad)
    bad = claims_frame([{"doc": "a", "start": 0, "end": 1, "text": "x", "kind": "date", "unit": 3}])
    with pytest.raises(pandera.errors.SchemaError):
        validate_claims(bad)


def test_overlap_resolution_keeps_longest_then_priority() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from factcheck.extract.base import Claim, Extractor, resolve_overlaps

    low = Extractor("low", "value", 10, lambda t, c: [])
    high = Extractor("high", "value", 90, lambda t, c: [])
    spans = st.tuples(st.integers(0, 60), st.integers(1, 15), st.booleans())

    @given(st.lists(spans, max_size=40))
    def check(items: list[tuple[int, int, bool]]) -> None:
        found = [(Claim(s, s + n, "x" * n, "number", 1.0), low if p else high) for s, n, p in items]
        kept = resolve_overlaps([(extractor, [claim]) for claim, extractor in found])
        for a, b in zip(kept, kept[1:], strict=False):
            assert a.end <= b.start  # no overlaps survive
        for claim, _ in found:  # every dropped claim overlaps a kept one at least as long
            if claim in kept:
                continue
            assert any(k.start < claim.end and claim.start < k.end
                       and k.end - k.start >= claim.end - claim.start for k in kept)

    check()
