"""Claim extraction: one module per claim kind, run together by `extract_claims`."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import pandas as pd

from factcheck.corpus import Article
from factcheck.extract.base import REGISTRY, Claim, Context, Extractor, register, resolve_overlaps
from factcheck.schema import claims_frame
from factcheck.text import sentence_of, sentence_spans, unwrap

# Importing a module registers its extractors (one module per claim kind).
EXTRACTOR_MODULES = (
    "ages",
    "dates",
    "durations",
    "money",
    "names",
    "numbers",
    "percent",
    "quantities",
    "quotes",
    "times",
)
for _module in EXTRACTOR_MODULES:
    importlib.import_module(f"factcheck.extract.{_module}")

__all__ = ["Claim", "Context", "corpus_claims", "extract_claims", "extract_list", "register"]


def extract_list(text: str, context: Context) -> list[Claim]:
    """All claims in ``text`` as Claim objects, overlaps resolved, in text order."""
    view = unwrap(text)  # same length: hard-wrapped lines read as one
    found: list[tuple[Claim, Extractor]] = []
    for extractor in REGISTRY.values():
        for claim in extractor.fn(view, context):
            found.append((claim, extractor))
    claims = resolve_overlaps(found)
    if view is not text:
        for claim in claims:
            claim.text = text[claim.start : claim.end]
    return claims


def extract_claims(
    text: str,
    reference_date: date | datetime | str | None = None,
    *,
    doc: str = "",
    reference_certain: bool = True,
    names: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Extract every claim in ``text`` into a claims table (columns in `schema.CLAIM_COLUMNS`).

    ``reference_date`` anchors relative expressions ("on Sunday", "last summer"); without
    one they keep only what the text pins (a weekday, a month) and no interval.
    """
    ref = _as_date(reference_date)
    return claims_frame(_rows(text, ref, doc, reference_certain, names))


def _rows(
    text: str, ref: date | None, doc: str, certain: bool, names: dict[str, str] | None
) -> list[dict[str, Any]]:
    context = Context(reference_date=ref, reference_certain=certain, names=names or {})
    spans = sentence_spans(text)
    rows = []
    for claim in extract_list(text, context):
        row = claim.as_row()
        row["doc"] = doc
        row["sent_start"], row["sent_end"] = sentence_of(spans, claim.start)
        rows.append(row)
    return rows


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def corpus_claims(
    articles: Iterable[Article],
    names: dict[str, str] | None = None,
    progress: Callable[[Article], None] | None = None,
) -> pd.DataFrame:
    """The claims table of a whole corpus: every article's claims, tagged with its id in ``doc``.

    Rows are ordered by article id, then offset. The table is built once for the corpus:
    a DataFrame per article cost as much as extracting it.
    """
    rows: list[dict[str, Any]] = []
    for article in sorted(articles, key=lambda a: a.id):
        rows.extend(
            _rows(
                article.text, article.reference_date, article.id, article.reference_certain, names
            )
        )
        if progress is not None:
            progress(article)
    # extract_list returns claims in (start, end, kind) order within an article already.
    return claims_frame(rows)


def clear_caches() -> None:
    """Forget what the extractors memoise between texts (names' runs of capitals, the last
    scan of each extractor). Results never depend on it; benchmarks call it so that timing a
    text twice measures the work, not the memo."""
    from factcheck.extract import _calendar, _numscan
    from factcheck.extract import names as names_module

    names_module._RUN_CACHE.clear()
    names_module._key.cache_clear()
    names_module.normalize_name.cache_clear()
    _calendar._cache = None
    _numscan._cache = ("", [])
