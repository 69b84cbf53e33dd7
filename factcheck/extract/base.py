"""What an extractor receives (a Context) and returns (Claims), and the registry that runs them."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
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


def resolve_overlaps(found: list[tuple[Claim, Extractor]]) -> list[Claim]:
    """Within each layer keep non-overlapping claims: longest first, then by priority."""
    kept: list[Claim] = []
    for layer in LAYERS:
        candidates = [(c, e) for c, e in found if e.layer == layer]
        candidates.sort(key=lambda ce: (-(ce[0].end - ce[0].start), ce[1].priority, ce[0].start))
        # Kept spans never overlap, so sorted by start their ends are sorted too: a new span
        # overlaps one only if it overlaps its neighbour on either side.
        starts: list[int] = []
        ends: list[int] = []
        for claim, _ in candidates:
            if claim.end <= claim.start:
                continue
            i = bisect.bisect_left(starts, claim.start)
            if i < len(starts) and starts[i] < claim.end:
                continue
            if i > 0 and ends[i - 1] > claim.start:
                continue
            starts.insert(i, claim.start)
            ends.insert(i, claim.end)
            kept.append(claim)
    kept.sort(key=lambda c: (c.start, c.end, c.kind))
    return kept
