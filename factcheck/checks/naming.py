"""naming: one entity under different names (aliases) or names that drift (variants)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from factcheck import align
from factcheck.checks import Option, register
from factcheck.checks.base import CheckContext, cited, make_finding, quoted
from factcheck.frames import records_of
from factcheck.rules import Rule
from factcheck.schema import Finding

_PUNCT = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)  # names repeat across articles and pairs; folding is pure
def fold(name: str) -> str:
    """A name without case, accents, punctuation or spaces: "Orbán" -> "orban", "U.S." -> "us"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PUNCT.sub("", plain.lower())


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    return frozenset(f for f in map(fold, name.split()) if len(f) > 1)


def _surface(row: Any) -> str:
    value = row.value if isinstance(row.value, str) and row.value else row.text
    return " ".join(str(value).split())


def _docs_text(rows: list[Any]) -> str:
    return cited((_surface(r), str(r.doc)) for r in rows)


@register(
    "naming",
    kinds=("place", "person", "org"),
    options=[
        Option("aliases", "bool", True, "report names the vocabulary knows as one entity"),
        Option("variants", "bool", True,
               "report unknown names that differ in spelling or take one another's place "
               "in copies of one sentence"),
        Option("min_similarity", "float", 88.0,
               "how alike (0-100) two spellings must be to count as variants of one name"),
    ],
)
def naming(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """Articles naming one thing differently: known aliases, spelling variants, swapped names."""
    frame = ctx.select(rule)
    rows = records_of(frame)
    labels = [int(x) for x in frame.index]
    by_label = dict(zip(labels, rows, strict=True))
    vocab = ctx.vocabulary
    if bool(rule.option("aliases")):
        yield from _aliases(ctx, rule, by_label)
    if bool(rule.option("variants")):
        unknown = {lb: r for lb, r in by_label.items() if vocab.canonical(_surface(r)) is None}
        yield from _spellings(ctx, rule, unknown, float(rule.option("min_similarity")))
        yield from _swapped(ctx, rule, frame, unknown)


def _aliases(ctx: CheckContext, rule: Rule, by_label: dict[int, Any]) -> Iterator[Finding]:
    entities: dict[str, list[int]] = defaultdict(list)
    for label, row in by_label.items():
        canonical = ctx.vocabulary.canonical(_surface(row))
        if canonical:
            entities[canonical].append(label)
    for canonical, members in sorted(entities.items()):
        # surfaces per article, spelled alike counted as one
        used: dict[str, set[str]] = defaultdict(set)
        for label in members:
            used[str(by_label[label].doc)].add(fold(_surface(by_label[label])))
        # distinct sets of names in use (few, however many articles)
        sets = sorted({frozenset(s) for s in used.values()}, key=sorted)
        differs = any(a - b and b - a for i, a in enumerate(sets) for b in sets[i + 1:])
        if not differs:
            continue
        forms: dict[str, list[int]] = defaultdict(list)
        for label in members:
            forms[fold(_surface(by_label[label]))].append(label)
        sides = sorted(forms.values(), key=lambda ls: (_surface(by_label[ls[0]]).lower()))
        names = [_surface(by_label[s[0]]) for s in sides]
        texts = "; ".join(_docs_text([by_label[lb] for lb in s]) for s in sides)
        reasoning = (f"The vocabulary ({rule_vocab_file()}) lists these as names of one "
                     f"{by_label[members[0]].kind}, {canonical}: {texts}.")
        yield make_finding(ctx, rule, "alias", sides, [fold(n) for n in names],
                           subject=canonical, reasoning=reasoning,
                           values=", ".join(quoted(n) for n in names),
                           extra={"canonical": canonical})


def rule_vocab_file() -> str:
    return "vocabulary/aliases.yaml"


def _spellings(ctx: CheckContext, rule: Rule, rows: dict[int, Any],
               threshold: float) -> Iterator[Finding]:
    """Names spelled differently across articles: accents, transliterations, typos."""
    forms: dict[tuple[str, str], list[int]] = defaultdict(list)  # (kind, surface) -> labels
    for label, row in rows.items():
        forms[(str(row.kind), _surface(row))].append(label)
    # Block on kind + first three and last three letters so only likely pairs are scored.
    index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for kind, surface in sorted(forms):
        key = fold(surface)
        if len(key) < 4:
            continue
        index[(kind, "^" + key[:3])].append((kind, surface))
        index[(kind, key[-3:] + "$")].append((kind, surface))
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for bucket in index.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                if not _variant_pair(a[1], b[1], threshold):
                    continue
                docs_a = {str(rows[lb].doc) for lb in forms[a]}
                docs_b = {str(rows[lb].doc) for lb in forms[b]}
                if not (docs_a - docs_b and docs_b - docs_a):
                    continue  # every article using one spelling also uses the other
                # the spelling more articles use first: the likely right one
                if (len(docs_b), b[1]) > (len(docs_a), a[1]) and len(docs_b) > len(docs_a):
                    a, b = b, a
                sides = [forms[a], forms[b]]
                texts = "; ".join(_docs_text([rows[lb] for lb in s]) for s in sides)
                same = fold(a[1]) == fold(b[1])
                why = ("differ only in accents or punctuation" if same else
                       f"are {fuzz.ratio(fold(a[1]), fold(b[1])):.0f}% alike")
                reasoning = (f"{quoted(a[1])} and {quoted(b[1])} {why}: probably one {a[0]} "
                             f"spelled two ways ({texts}). Add them to "
                             f"{rule_vocab_file()} if they are the same.")
                yield make_finding(ctx, rule, "variant", sides, [fold(a[1]), fold(b[1])],
                                   subject=a[1], reasoning=reasoning, values=texts)


def _variant_pair(a: str, b: str, threshold: float) -> bool:
    fa, fb = fold(a), fold(b)
    if a == b:
        return False
    if fa == fb:
        # Case, spacing or punctuation alone (US / U.S.) is house style; accents are not.
        return _strip_accents(a) != a or _strip_accents(b) != b
    wa, wb = _words(a), _words(b)
    if wa <= wb or wb <= wa:
        return False  # "Trump" / "Donald Trump": a shorter form of one name
    return fuzz.ratio(fa, fb) >= threshold and abs(len(fa) - len(fb)) <= 3


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swapped(ctx: CheckContext, rule: Rule, frame: Any, rows: dict[int, Any]) -> Iterator[Finding]:
    """Different names at the same place in copies of one sentence (wire copy)."""
    if not rows:
        return
    sub = frame.loc[sorted(rows)]
    for group in align.align(sub, "name", key=lambda _row: None):
        members = [lb for lb in group.rows if lb in rows]
        by_name: dict[str, list[int]] = defaultdict(list)
        for lb in members:
            by_name[fold(_surface(rows[lb]))].append(lb)
        if len(by_name) < 2:
            continue
        names = sorted(by_name, key=lambda n: _surface(rows[by_name[n][0]]))
        surfaces = [_surface(rows[by_name[n][0]]) for n in names]
        words = [_words(x) for x in surfaces]
        if any(wx <= wy for i, wx in enumerate(words) for j, wy in enumerate(words) if i != j):
            continue  # a fuller or shorter form of the same name
        sides = [by_name[n] for n in names]
        texts = "; ".join(_docs_text([rows[lb] for lb in s]) for s in sides)
        sentence = rows[members[0]].sentence if hasattr(rows[members[0]], "sentence") else ""
        reasoning = (f"Copies of one sentence name different {rows[members[0]].kind}s at the "
                     f"same place: {texts}. Sentence: {quoted(str(sentence))}")
        yield make_finding(ctx, rule, "variant", sides, names, subject=surfaces[0],
                           reasoning=reasoning, values=texts, extra={"aligned_by": "wire"})
