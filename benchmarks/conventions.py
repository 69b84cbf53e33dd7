"""Where the Recognizers-Text suite and factcheck read text differently on purpose.

BENCHMARKS.md lists the deliberate differences of convention. Most are scoring rules applied to
every system (a gold date accepts its past or future reading, a part of day matches clock times
inside it). Four are about *what* is a claim, and these can only be set aside: the gold items
(and the regions) they cover are turned into ignored regions, where no system is right or
wrong, and every system is scored again on the rest, in the same run, next to the full score.

* 8: times and dates counted from now ("now", "in 5 minutes", "30 minutes later", "in 3
  years", "3 weeks later"): the reference is a day, not a moment, and "N units later" counts
  from an event.
* 10: a percentage with no number before it ("percent of 10", "a small percent", "the %").
* 12: a number glued to a unit in RT's number model ("the 180ml liquid", "29km Road"), which
  RT says holds no number and factcheck reads as a measure.
* 14: numbers inside phone numbers, IP addresses, codes, long ids and dates ("+1-222-2222",
  "192.168.1.2", "SCP-173", "5/17/2018"), which the extractor issue rules out as claims.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from benchmarks.datasets import Doc

_SMALL = r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|" \
         r"thirty|forty|fifty|sixty|half\s+an|a\s+few|few|some|several)"
_CLOCK_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|h|seconds?|secs?)"
_CAL_UNIT = r"(?:days?|weeks?|months?|years?|fortnight)"

#: convention -> (gold kinds, pattern the whole gold text matches, case-insensitive)
_GOLD_RULES: list[tuple[int, tuple[str, ...], re.Pattern[str]]] = [
    (8, ("time",), re.compile(
        r"(?:right\s+)?now|at\s+(?:the\s+)?(?:moment|minute|present(?:\s+time)?)|at\s+present"
        r"|at\s+this\s+time|(?:from\s+)?now\s+(?:until|till|to)\s+.+"
        r"|(?:in|within)\s+(?:the\s+next\s+)?" + _SMALL + r"\s*" + _CLOCK_UNIT
        + r"(?:['’]s\s+time)?"
        r"|.*\b" + _CLOCK_UNIT + r"\s+(?:later|from\s+now)|(?:the\s+)?(?:next|last)\s+"
        r"(?:" + _SMALL + r"\s+)?" + _CLOCK_UNIT
        + r"|" + _SMALL + r"\s+(?:last|past|coming|next|previous)\s+" + _CLOCK_UNIT,
        re.IGNORECASE)),
    (8, ("date",), re.compile(
        r"(?:in|within)\s+" + _SMALL + r"\s+" + _CAL_UNIT + r"(?:['’]s\s+time)?"
        r"|.*\b" + _CAL_UNIT + r"\s+later|a\s+fortnight\s+later",
        re.IGNORECASE)),
    (10, ("percent",), re.compile(r"(?:per\s?cents?|percentages?|%)(?:\s+of\s+.+)?",
                                  re.IGNORECASE)),
]
# Convention 12 and 14 are about the text around a gold item (or where there is none).
_GLUED_UNIT = re.compile(r"(?<![\w.])\.?\d[\d.,]*(?:ml|km|kg|cm|mm|m|g|l)\b")
_NOT_A_NUMBER = re.compile(
    r"\+?\d+(?:-\d+){2,}(?:/\d+)?"          # phone numbers
    r"|\d+(?:\.\d+){3}"                      # IP addresses, versions
    r"|\b[A-Z]{2,}-\d+"                      # codes: SCP-173
    r"|\d{1,2}/\d{1,2}/\d{2,4}"              # dates
    r"|(?<![-\d])\d{10,}")                   # long ids


def set_aside(docs: list[Doc]) -> tuple[list[Doc], Counter[str]]:
    """The docs with the gold items (and regions) of conventions 8, 10, 12 and 14 ignored, and
    how many gold items were set aside per "convention kind"."""
    out = []
    counts: Counter[str] = Counter()
    for doc in docs:
        regions = _regions(doc)
        kept = []
        for g in doc.gold:
            rule = _gold_rule(doc, g.kind, g.text, g.start, g.end, regions)
            if rule is None:
                kept.append(g)
            else:
                counts[f"{rule} {g.kind}"] += 1
                regions.append((g.start, g.end))
        if len(kept) == len(doc.gold) and not regions:
            out.append(doc)
        else:
            out.append(dataclasses.replace(doc, gold=kept, ignore=doc.ignore + regions))
    return out, counts


def _regions(doc: Doc) -> list[tuple[int, int]]:
    if doc.spec.endswith("NumberModel"):
        return [m.span() for m in _GLUED_UNIT.finditer(doc.text)]
    return []


def _gold_rule(doc: Doc, kind: str, text: str, start: int, end: int,
               regions: list[tuple[int, int]]) -> int | None:
    for number, kinds, pattern in _GOLD_RULES:
        if kind in kinds and pattern.fullmatch(text.strip()):
            return number
    if kind == "number":
        for m in _NOT_A_NUMBER.finditer(doc.text):
            if m.start() <= start and end <= m.end():
                return 14
    return None
