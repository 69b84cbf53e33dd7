"""What an extractor receives (a Context) and returns (Claims), and the registry that runs them."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from operator import attrgetter
from typing import Any

#: Extractors in one layer compete for characters: where their spans overlap, the longer
#: span wins, then the lower priority number. Layers never compete with each other, so a
#: quote may contain a date and a person's name may sit beside an age.
LAYERS = ("value", "name", "quote")


@dataclass(frozen=True)
class Context:
    """What an extractor may know besides the text."""

    reference_date: date | None = None
    #: False when the reference date is only an estimate (taken from the rest of the corpus):
    #: relative expressions then keep a wider interval instead of one confident reading.
    reference_certain: bool = True
    #: Known names from rule vocabularies: lowercased surface -> kind (place, person, org).
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class Claim:
    """One extracted claim before it becomes a row of the claims table (see schema.py)."""

    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str | None = None
    low: str | None = None
    high: str | None = None
    timex: str | None = None
    granularity: str | None = None
    reading: str | None = None
    qualifier: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    link: str | None = None
    speaker: str | None = None

    def as_row(self) -> dict[str, Any]:
        return self.__dict__.copy()


ExtractFn = Callable[[str, Context], Iterable[Claim]]


@dataclass(frozen=True)
class Extractor:
    name: str
    layer: str
    priority: int
    fn: ExtractFn


REGISTRY: dict[str, Extractor] = {}

_CLAIM_ORDER = attrgetter("start", "end", "kind")


def register(
    name: str, *, layer: str = "value", priority: int = 50
) -> Callable[[ExtractFn], ExtractFn]:
    """Register an extractor function under ``name``.

    ``priority`` breaks ties between equally long overlapping spans in the same layer:
    lower wins (money 10 beats percent 20 beats date 30 beats a bare number 90).
    """
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; layers are {', '.join(LAYERS)}")

    def decorate(fn: ExtractFn) -> ExtractFn:
        REGISTRY[name] = Extractor(name, layer, priority, fn)
        return fn

    return decorate


def resolve_overlaps(found: Iterable[tuple[Extractor, Iterable[Claim]]]) -> list[Claim]:
    """Within each layer keep non-overlapping claims: longest first, then by priority.

    ``found`` holds each extractor with the claims it returned, in the order they ran; among
    equally long claims of the same priority, the one that came first wins.
    """
    groups: dict[str, list[tuple[int, list[Claim]]]] = {layer: [] for layer in LAYERS}
    for extractor, claims in found:
        groups[extractor.layer].append((extractor.priority, list(claims)))
    kept: list[Claim] = []
    for layer in LAYERS:
        group = groups[layer]
        if len(group) == 1 and _disjoint_in_order(group[0][1]):
            # A layer of one extractor (names, quotes) gets its claims in text order, almost
            # never overlapping: all are kept, without a sort.
            kept += group[0][1]
            continue
        # (minus length, priority, start, arrival, claim) tuples sort in C the way a stable
        # sort on (-length, priority, start) would; the arrival number breaks every tie.
        candidates: list[tuple[int, int, int, int, Claim]] = []
        for priority, claims in group:
            for claim in claims:
                start, end = claim.start, claim.end
                if end > start:  # an empty span is never kept
                    candidates.append((start - end, priority, start, len(candidates), claim))
        candidates.sort()
        # Kept spans never overlap, so sorted by start their ends are sorted too: a new span
        # overlaps one only if it overlaps its neighbour on either side.
        starts: list[int] = []
        ends: list[int] = []
        for _, _, start, _, claim in candidates:
            end = claim.end
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and starts[i] < end:
                continue
            if i > 0 and ends[i - 1] > start:
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            kept.append(claim)
    kept.sort(key=_CLAIM_ORDER)
    return kept


def _disjoint_in_order(claims: list[Claim]) -> bool:
    """Whether each of ``claims`` is non-empty and ends before the next starts."""
    return all(a.start < a.end <= b.start for a, b in pairwise(claims)) and (
        not claims or claims[-1].start < claims[-1].end
    )
