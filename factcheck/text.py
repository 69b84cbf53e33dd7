"""Plain-text helpers shared by extraction and alignment: sentence spans and word tokens."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? (and closing quotes or brackets after them) followed by white space
# and an upper-case letter, digit or opening quote; or at a blank line / line break.
_BOUNDARY = re.compile(r"""[.!?]['"”’)\]]*\s+(?=["“‘'(\[]?[A-Z0-9])|\n\s*""")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen gov sen rep col lt sgt capt mt ft no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx est""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, covering every non-blank character once."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0)[0] == ".":
            before = text[max(start, match.start() - 6):match.start()]
            last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            if last.rstrip(".") in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        end = match.start() + len(match.group(0).rstrip())
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (or the nearest one before it)."""
    if not spans:
        return 0, 0
    starts = [s for s, _ in spans]
    i = max(0, bisect.bisect_right(starts, offset) - 1)
    return spans[i]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters with inner apostrophes/hyphens, or numbers)."""
    return [w.lower() for w in _WORD.findall(text)]
