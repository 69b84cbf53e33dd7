"""Plain-text helpers shared by extraction and alignment: sentence spans and word tokens."""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Sequence

# A sentence ends at . ! ? (and closing quotes or brackets after them) followed by white space
# and an upper-case letter, digit or opening quote; or at a line break that is not a hard wrap
# (see _line_ends_sentence).
# A pass per mark a text holds finds them (see _boundaries), each pattern opening with its
# literal character, to which the regex engine skips ahead several times faster than to any
# of a class. Group 1 ends where the sentence does: after the closing quotes or brackets.
_SENTENCE_ENDS = {
    mark: re.compile(re.escape(mark) + r"""(['"”’)\]]*)\s+(?=["“‘'(\[]?[A-Z0-9])""")
    for mark in ".!?"
}
_LINE_BREAK = re.compile(r"\n\s*")
#: Abbreviations whose full stop does not end a sentence (quotes reads them too).
ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof st jr sr gen gov sen rep col lt sgt capt maj adm brig cpl pvt cmdr "
        "supt insp det rev hon fr mt ft no vs etc inc ltd co "
        "corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m "
        "approx est"
    ).split()
)
# Three lower-case letters no abbreviation ends with: a full stop after them ends a sentence
# (the usual case, settled by one set lookup instead of a call to _abbreviation_before).
_PLAIN_WORD_ENDS = frozenset(
    a + b + c
    for a in string.ascii_lowercase
    for b in string.ascii_lowercase
    for c in string.ascii_lowercase
) - {word[-3:] for word in ABBREVIATIONS if len(word) >= 3}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, covering every non-blank character once."""
    spans: list[tuple[int, int]] = []
    start = 0
    covered = 0
    for match in _boundaries(text):
        at = match.start()
        if at < covered:
            continue  # a line break in the white space after a full stop: taken with it
        covered = match.end()
        mark = text[at]
        if mark == "\n":
            if not _line_ends_sentence(text, at, match.group()):
                continue
            end = at
        else:
            if (
                mark == "."
                and (at - start < 3 or text[at - 3 : at] not in _PLAIN_WORD_ENDS)
                and _abbreviation_before(text, max(start, at - 6), at)
                and not _clock_ends_sentence(text, at, match.end())
            ):
                continue
            end = match.end(1)
        # The usual sentence needs no trimming: tested here, without a call.
        if start < end and not text[start].isspace() and not text[end - 1].isspace():
            spans.append((start, end))
        else:
            span = _trim(text, start, end)
            if span[0] < span[1]:
                spans.append(span)
        start = covered
    span = _trim(text, start, len(text))
    if span[0] < span[1]:
        spans.append(span)
    return spans


def _boundaries(text: str) -> list[re.Match[str]]:
    """The sentence ends and the line breaks in ``text``, in order of start.

    A full stop's match may take in line breaks (its white space), which one pass of both
    patterns would not match again: the caller skips a match that starts inside the one before.
    """
    found = [m for mark, end in _SENTENCE_ENDS.items() if mark in text for m in end.finditer(text)]
    if "\n" in text:
        found += _LINE_BREAK.finditer(text)
    found.sort(key=re.Match.start)
    return found


def _abbreviation_before(text: str, start: int, at: int) -> bool:
    """Whether the full stop at ``at`` ends an abbreviation or an initial (in text[start:at])."""
    words = text[start:at].split()
    if not words:
        return False
    last = words[-1].lower()
    return last.rstrip(".") in ABBREVIATIONS or (len(last) == 1 and last.isalpha())


_MERIDIEMS = ("a.m", "p.m")
# What may follow "5 p.m." in the same sentence, capitalised: a day, a month, a zone (EST).
_AFTER_A_CLOCK = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december local".split())


def _clock_ends_sentence(text: str, at: int, after: int) -> bool:
    """Whether the full stop of "a.m."/"p.m." at ``at`` also ends a sentence: "at 5 p.m.
    Officials then left" does, "at 5 p.m. Monday" and "at 1:05 p.m. EST" do not."""
    if text[at - 3:at].lower() not in _MERIDIEMS:
        return False
    word = text[after:after + 12].split(None, 1)[0] if text[after:after + 12].strip() else ""
    word = word.strip("\"“‘'(,.;:")
    return bool(word) and not word.isupper() and word.lower() not in _AFTER_A_CLOCK


#: A line this short is a headline, caption or label, not a wrapped piece of a sentence.
_SHORT_LINE_WORDS = 8
_LINE_END_PUNCTUATION = frozenset('.!?:;"”’)]')


def _line_ends_sentence(text: str, at: int, gap: str) -> bool:
    """Whether the line break at ``at`` ends a sentence rather than wrapping one.

    Hard-wrapped articles break lines inside sentences; treating every break as an end would
    cut "endorsed\nTakaichi on Thursday" in two and lose what the date is about.
    """
    if gap.count("\n") > 1:
        return True  # a blank line ends a paragraph
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:at].rstrip()
    following = text[at + len(gap) : at + len(gap) + 1]
    if line and following.islower():
        return False  # the sentence goes on (also after "U.S." or "a.m." at a line's end)
    if not line or line[-1] in _LINE_END_PUNCTUATION:
        return True
    if following in ("-", "*", "•", "#", ">", "|"):
        return True  # a list item or other block starts
    # Before a capital, a short line is a headline, caption or label; a long one is wrapped.
    return len(line.split()) < _SHORT_LINE_WORDS


_NEWLINE = re.compile(r"\n[ \t\r]*")


# The only characters Python's case-blind regexes match as ASCII letters (İ, ı, ſ, Kelvin K):
# folded before extraction so that a word matched as "cents" is looked up as "cents".
_ASCII_LOOKALIKES = {0x130: "I", 0x131: "i", 0x17F: "s", 0x212A: "K"}
_LOOKALIKE_CHARS = frozenset(map(chr, _ASCII_LOOKALIKES))


def fold_lookalikes(text: str) -> str:
    """``text`` with the four letters case-blind regexes read as ASCII made ASCII (same
    length, same offsets)."""
    if not any(c in text for c in _LOOKALIKE_CHARS):  # four fast substring scans
        return text
    return text.translate(_ASCII_LOOKALIKES)


def unwrap(text: str) -> str:
    """``text`` with each hard-wrap line break turned into a space: same length, same offsets.

    Extractors then read "last\nsummer" or a quote wrapped over two lines as written on one,
    while headlines, paragraphs and list items keep their breaks.
    """
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    for match in _NEWLINE.finditer(text):
        at, after = match.start(), match.end()
        if text.startswith("\n", after) or (at and text[at - 1] == "\n"):
            continue  # part of a blank line: a paragraph break stays
        if not _line_ends_sentence(text, at, match.group(0)):
            if chars is None:
                chars = list(text)
            chars[match.start()] = " "
    return text if chars is None else "".join(chars)


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


def sentences_of(
    spans: list[tuple[int, int]], offsets: Sequence[int]
) -> list[tuple[int, int]]:
    """`sentence_of` for each of ``offsets`` (bisecting one list of starts)."""
    if not spans:
        return [(0, 0)] * len(offsets)
    starts = [s for s, _ in spans]
    right = bisect.bisect_right
    # The sentence of an offset k sentence starts at or before: by_count[k] (the first one
    # for an offset before them all), without a max() call per offset.
    by_count = [spans[0], *spans]
    return [by_count[right(starts, offset)] for offset in offsets]


def name_key(name: str) -> str:
    """How a name is looked up in a list of names (aliases, places): lower case, each run of
    white space one space."""
    return " ".join(name.lower().split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters with inner apostrophes/hyphens, or numbers)."""
    return [w.lower() for w in _WORD.findall(text)]


def alternation(words: Iterable[str]) -> str:
    """``words`` as one regex alternation, longest first (so "September" wins over "Sep")."""
    return "|".join(sorted(words, key=len, reverse=True))


def regex_trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a prefix tree ("Jan(?:uary)?|..."): the
    engine tries a few branches per position instead of every word, and the longest word
    wins. Spaces come out escaped (``"\\ "``)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return ("(?:" + body + ")" if len(alts) == 1 else body) + "?"
        return body

    return emit(tree)
