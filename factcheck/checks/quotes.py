"""quote-consistency: the same quote given in different words across articles, with a word diff."""

from __future__ import annotations

import difflib
import zlib
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from rapidfuzz import fuzz

from factcheck.align import normalize_sentence
from factcheck.checks import Option, register
from factcheck.checks.base import CheckContext, make_finding, quoted
from factcheck.frames import records_of
from factcheck.rules import Rule
from factcheck.schema import Finding

_SHINGLE = 3
#: A shingle shared by more quotes than this is a stock phrase and proves nothing.
_MAX_BUCKET = 50


def word_diff(a: str, b: str) -> list[dict[str, str]]:
    """The word-level edits from quote ``a`` to quote ``b`` (equal, replace, delete, insert)."""
    wa, wb = a.split(), b.split()
    # words match ignoring case and punctuation ("Asia," = "Asia."); the diff shows them as written
    ka, kb = [normalize_sentence(w) for w in wa], [normalize_sentence(w) for w in wb]
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes():
        ops.append({"op": tag, "a": " ".join(wa[i1:i2]), "b": " ".join(wb[j1:j2])})
    return ops


def render_diff(ops: list[dict[str, str]]) -> str:
    """A diff as text: removed words in [-...-], added words in {+...+}."""
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(op["a"])
            continue
        if op["a"]:
            parts.append(f"[-{op['a']}-]")
        if op["b"]:
            parts.append(f"{{+{op['b']}+}}")
    return " ".join(parts)


def _norm(row: Any) -> str:
    return normalize_sentence(str(row.text))


def _speaker(row: Any) -> str:
    value = row.speaker if isinstance(getattr(row, "speaker", None), str) else ""
    return value.split()[-1] if value.strip() else ""


@register(
    "quote-consistency",
    kinds=("quote",),
    options=[
        Option("min_similarity", "float", 70.0,
               "how alike (0-100) two quotes must be to be taken as one quote"),
        Option("min_words", "int", 5, "shorter quotes are not compared"),
    ],
)
def quote_consistency(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """The same remark quoted in different words in different articles."""
    frame = ctx.select(rule)
    rows = records_of(frame)
    labels = [int(x) for x in frame.index]
    min_words = int(rule.option("min_words"))
    threshold = float(rule.option("min_similarity"))
    norm = {lb: _norm(r) for lb, r in zip(labels, rows, strict=True)}
    by_label = dict(zip(labels, rows, strict=True))
    # Distinct wordings, each with the quotes that use it.
    by_text: dict[str, list[int]] = defaultdict(list)
    for lb in labels:
        if len(norm[lb].split()) >= min_words:
            by_text[norm[lb]].append(lb)
    texts = sorted(by_text)
    # Inverted index on word shingles: only wordings sharing a phrase are scored.
    index: dict[int, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        words = text.split()
        for k in range(max(1, len(words) - _SHINGLE + 1)):
            index[zlib.crc32(" ".join(words[k:k + _SHINGLE]).encode())].append(i)
    pairs: set[tuple[int, int]] = set()
    for bucket in index.values():
        if len(bucket) > _MAX_BUCKET:
            continue
        for n, i in enumerate(bucket):
            for j in bucket[n + 1:]:
                pairs.add((i, j))
    # One finding per pair of wordings, naming every article that uses each.
    wordings: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(pairs):
        na, nb = texts[i], texts[j]
        if na in nb or nb in na:
            continue  # one article quotes more of it
        score = max(fuzz.ratio(na, nb), fuzz.token_set_ratio(na, nb) - 10)
        if score < threshold:
            continue
        speakers_a = {_speaker(by_label[x]).lower() for x in by_text[na]} - {""}
        speakers_b = {_speaker(by_label[x]).lower() for x in by_text[nb]} - {""}
        if speakers_a and speakers_b and not speakers_a & speakers_b:
            continue  # two people said similar things
        in_a = {by_label[x].doc for x in by_text[na]}
        in_b = {by_label[x].doc for x in by_text[nb]}
        if in_a == in_b and len(in_a) == 1:
            continue  # one article wording it two ways is not a cross-source finding
        wordings[(na, nb)] = [(a, by_text[nb][0]) for a in by_text[na]] + [
            (by_text[na][0], b) for b in by_text[nb]]
    for (na, nb), found in sorted(wordings.items()):
        side_a = sorted({a for a, _ in found})
        side_b = sorted({b for _, b in found})
        if min(by_label[x].doc for x in side_b) < min(by_label[x].doc for x in side_a):
            side_a, side_b = side_b, side_a  # the first article's wording first
            na, nb = nb, na
        first_a, first_b = by_label[side_a[0]], by_label[side_b[0]]
        ops = word_diff(quoted(str(first_a.text))[1:-1], quoted(str(first_b.text))[1:-1])
        changed = [op for op in ops if op["op"] != "equal"]
        docs_a = ", ".join(sorted({str(by_label[x].doc) for x in side_a}))
        docs_b = ", ".join(sorted({str(by_label[x].doc) for x in side_b}))
        reasoning = (f"{quoted(str(first_a.text))} ({docs_a}) and "
                     f"{quoted(str(first_b.text))} ({docs_b}) "
                     f"look like one quote ({fuzz.ratio(na, nb):.0f}% alike) worded differently: "
                     f"{len(changed)} change{'s' if len(changed) != 1 else ''}. "
                     "Check which wording the source used.")
        speaker = _speaker(first_a) or _speaker(first_b)
        yield make_finding(
            ctx, rule, "variant", [side_a, side_b], [na, nb],
            subject=speaker or "a remark", reasoning=reasoning,
            values=f"{quoted(str(first_a.text))} vs {quoted(str(first_b.text))}",
            extra={"diff": ops, "diff_text": render_diff(ops)})
