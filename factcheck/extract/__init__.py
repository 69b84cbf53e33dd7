"""Claim extraction: one module per claim kind, run together by `extract_claims`."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any

import pandas as pd

from factcheck.corpus import Article
from factcheck.extract.base import REGISTRY, Claim, Context, register, resolve_overlaps
from factcheck.schema import CLAIM_COLUMNS, columns_frame
from factcheck.text import fold_lookalikes, sentence_spans, sentences_of, unwrap

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
    view = fold_lookalikes(unwrap(text))  # same length: hard-wrapped lines read as one
    # A generator: each extractor runs when its turn comes, as in a plain loop.
    claims = resolve_overlaps(
        (extractor, extractor.fn(view, context)) for extractor in REGISTRY.values()
    )
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
    columns = _empty_columns()
    _add_columns(columns, text, ref, doc, reference_certain, names)
    return columns_frame(columns)


#: Claim attributes that are claims-table columns, in table order.
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim) if f.name in CLAIM_COLUMNS)
_claim_fields = attrgetter(*_CLAIM_FIELDS)


def _empty_columns() -> dict[str, list[Any]]:
    return {name: [] for name in CLAIM_COLUMNS}


def _add_columns(
    columns: dict[str, list[Any]],
    text: str,
    ref: date | None,
    doc: str,
    certain: bool,
    names: dict[str, str] | None,
) -> None:
    """Append the claims of ``text`` to the table ``columns`` (one list per column)."""
    context = Context(reference_date=ref, reference_certain=certain, names=names or {})
    claims = extract_list(text, context)
    if not claims:
        return
    # One tuple of fields per claim, transposed by zip: C loops instead of a getattr each.
    rows = map(_claim_fields, claims)
    table = dict(zip(_CLAIM_FIELDS, zip(*rows, strict=True), strict=True))
    for name, column in table.items():
        columns[name].extend(column)
    columns["doc"].extend([doc] * len(claims))
    sentences = sentences_of(sentence_spans(text), table["start"])
    sent_starts, sent_ends = zip(*sentences, strict=True)
    columns["sent_start"].extend(sent_starts)
    columns["sent_end"].extend(sent_ends)


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
    columns = _empty_columns()
    for article in sorted(articles, key=lambda a: a.id):
        _add_columns(
            columns,
            article.text,
            article.reference_date,
            article.id,
            article.reference_certain,
            names,
        )
        if progress is not None:
            progress(article)
    # extract_list returns claims in (start, end, kind) order within an article already.
    return columns_frame(columns)


def clear_caches() -> None:
    """Forget everything the extractors memoise between texts (names' runs of capitals, the
    last scan of each extractor, resolved dates, tense cues of words, name keys). Results never
    depend on it; benchmarks call it so that timing a text twice measures the work of a fresh
    process, not the memo."""
    from factcheck.extract import names as names_module
    from factcheck.extract import quotes
    from factcheck.extract._calendar import arithmetic, scanner, tense
    from factcheck.extract._numscan import scanner as numbers_scanner

    names_module._RUN_CACHE.clear()
    names_module._cache = None
    for memoised in (names_module._key, names_module.normalize_name, names_module._doc_keys,
                     names_module._first_words, names_module._vocab_regex, quotes._keys):
        memoised.cache_clear()
    scanner._cache = None
    arithmetic._RESOLVED.clear()
    arithmetic._ISO.clear()
    tense._CUE_MEMO.clear()
    numbers_scanner._cache = ("", [])
