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
    kept: list[Claim] = []
    # Per layer, (minus length, priority, start, arrival, claim) tuples sort in C the way a
    # stable sort on (-length, priority, start) would; the arrival number breaks every tie.
    layers: dict[str, list[tuple[int, int, int, int, Claim]]] = {layer: [] for layer in LAYERS}
    arrival = 0
    for extractor, claims in found:
        priority = extractor.priority
        candidates = layers[extractor.layer]
        for claim in claims:
            start, end = claim.start, claim.end
            if end > start:  # an empty span is never kept
                candidates.append((start - end, priority, start, arrival, claim))
                arrival += 1
    for layer in LAYERS:
        candidates = layers[layer]
        if _disjoint_in_order(candidates):
            # Names and quotes arrive in text order, almost never overlapping: all are kept.
            kept += [candidate[4] for candidate in candidates]
            continue
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


def _disjoint_in_order(candidates: list[tuple[int, int, int, int, Claim]]) -> bool:
    """Whether each candidate (minus length, priority, start, ...) ends before the next starts."""
    # start - (start - end) is the end: no attribute lookup per claim.
    return all(a[2] - a[0] <= b[2] for a, b in pairwise(candidates))
