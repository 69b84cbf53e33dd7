"""Span matching and value comparison shared by every text set: P/R/F1 per kind, value accuracy.

Rules (also in BENCHMARKS.md):

* A gold span is *recalled* when some system span of the same kind family overlaps it by at
  least one character; a system span is *precise* when it overlaps some gold span of its
  family. Splitting or merging is not punished ("12:30 a.m. on the 9th" as one span recalls
  both the time and the date inside it).
* Families: date and time are one family (temporal); number and quantity are one (count);
  percent, money, age and duration are each their own.
* System spans overlapping an *ignored* region (ordinals, URLs, vague "thousands", set
  expressions such as "weekly") are dropped before scoring: neither right nor wrong.
* Value accuracy is counted over recalled gold spans that carry a value: the system span of
  the family that overlaps most is compared with the gold value (rules in `value_matches`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

SCORED_KINDS = ("date", "time", "number", "percent", "money", "quantity", "age", "duration")
FAMILY = {
    "date": "temporal", "time": "temporal",
    "number": "count", "quantity": "count",
    "percent": "percent", "money": "money", "age": "age", "duration": "duration",
}
REL_TOL = 1e-6

#: Seconds per duration unit, for comparing "two weeks" with P14D or 1209600 s.
SECONDS = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "fortnight": 1209600.0, "month": 2592000.0, "quarter": 7776000.0, "year": 31536000.0,
    "decade": 315360000.0, "century": 3153600000.0,
    # a stay counts its nights as days and a weekend as two, as RT's resolutions do
    "night": 86400.0, "weekend": 172800.0,
}


@dataclass
class Span:
    """One extracted or expected item in the common form every system is mapped to.

    ``value`` is a float for numeric kinds (durations in ``unit``), an ISO interval
    (``low``, ``high``) for dates, and ``hhmm`` (plus an optional day in ``low``) for times.
    ``alternatives`` lets a gold time accept several readings (RT's 7:30 vs 19:30).
    """

    start: int
    end: int
    kind: str
    value: float | None = None
    unit: str | None = None
    low: str | None = None
    high: str | None = None
    hhmm: str | None = None
    text: str = ""
    tol: float | None = None
    alternatives: list[Span] = field(default_factory=list)
    #: a quantity with a unit of measurement (10 km), not a counted noun (310 seats)
    measure: bool = True

    @property
    def has_value(self) -> bool:
        if self.kind == "date":
            return self.low is not None and self.high is not None
        if self.kind == "time":
            return self.hhmm is not None or bool(self.alternatives)
        return self.value is not None


@dataclass
class KindScore:
    """Counts for one kind; the ratios are derived."""

    gold: int = 0
    system: int = 0
    recalled: int = 0
    precise: int = 0
    valued: int = 0
    value_ok: int = 0

    def add(self, other: KindScore) -> None:
        for name in ("gold", "system", "recalled", "precise", "valued", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float | None:
        return self.precise / self.system if self.system else None

    @property
    def recall(self) -> float | None:
        return self.recalled / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def value_accuracy(self) -> float | None:
        return self.value_ok / self.valued if self.valued else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "system": self.system, "recalled": self.recalled,
            "precise": self.precise, "valued": self.valued, "value_ok": self.value_ok,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "value_accuracy": self.value_accuracy,
        }


def overlaps(a: Span | tuple[int, int], b: Span | tuple[int, int]) -> bool:
    a0, a1 = (a.start, a.end) if isinstance(a, Span) else a
    b0, b1 = (b.start, b.end) if isinstance(b, Span) else b
    return a0 < b1 and b0 < a1


def _overlap_len(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_document(gold: list[Span], system: list[Span], kinds: Iterable[str],
                   ignore: Iterable[tuple[int, int]] = ()) -> dict[str, KindScore]:
    """Score one text: per kind in ``kinds`` (the kinds the system claims to produce)."""
    kinds = tuple(kinds)
    ignore = list(ignore)
    system = [s for s in system if s.kind in kinds and not any(overlaps(s, r) for r in ignore)]
    scores = {k: KindScore() for k in kinds}
    for g in gold:
        if g.kind not in scores:
            continue
        sc = scores[g.kind]
        sc.gold += 1
        fam = [s for s in system if FAMILY[s.kind] == FAMILY[g.kind] and overlaps(s, g)]
        if not fam:
            continue
        sc.recalled += 1
        if g.has_value:
            sc.valued += 1
            best = max(fam, key=lambda s: (s.kind == g.kind, _overlap_len(s, g)))
            # Another overlapping span of the family may carry the right value (a date and a
            # time both covering "12:30 a.m. on the 9th"): any of them counts.
            if value_matches(g, best) or any(value_matches(g, s) for s in fam if s is not best):
                sc.value_ok += 1
    for s in system:
        hits = [g for g in gold if FAMILY[g.kind] == FAMILY[s.kind] and overlaps(s, g)
                and g.kind in scores]
        if hits:
            # A right span is counted under the kind it found (a bare "two" that finds a
            # counted quantity is a quantity found), so per-kind P and R speak of one thing.
            best = max(hits, key=lambda g: (g.kind == s.kind, _overlap_len(s, g)))
            scores[best.kind].system += 1
            scores[best.kind].precise += 1
        else:
            scores[s.kind].system += 1
    return scores


def total(scores: Iterable[dict[str, KindScore]]) -> dict[str, KindScore]:
    """Sum per-kind scores over documents, plus an ``all`` row (micro-average)."""
    out: dict[str, KindScore] = {}
    for doc in scores:
        for kind, sc in doc.items():
            out.setdefault(kind, KindScore()).add(sc)
    everything = KindScore()
    for sc in out.values():
        everything.add(sc)
    out["all"] = everything
    return out


# --- values ---------------------------------------------------------------------------------


def close(a: float, b: float, tol: float | None = None) -> bool:
    """Relative tolerance 1e-6 (or the gold item's own ``tol``), absolute near zero."""
    if tol is not None:
        return abs(a - b) <= tol * max(1.0, abs(b))
    return abs(a - b) <= REL_TOL * max(1.0, abs(b))


def value_matches(gold: Span, sys: Span) -> bool:
    """Does the system span carry the gold value? Kind-specific, see the module docstring."""
    if gold.alternatives:
        return any(value_matches(alt, sys) for alt in gold.alternatives)
    kind = gold.kind
    if kind == "date":
        return _date_matches(gold, sys)
    if kind == "time":
        if sys.hhmm is None or gold.hhmm is None or not _same_time(gold.hhmm, sys.hhmm):
            return False
        # The day counts only when both sides name one.
        if gold.low and sys.low and (gold.low, gold.high) != (sys.low, sys.high):
            if sys.hhmm == "TNI" and sys.high:  # a night runs into the next day
                return gold.low == (sys.high if int(gold.hhmm[:2]) < 12 else sys.low)
            return sys.low == sys.high == gold.low
        return True
    if sys.value is None or gold.value is None:
        return False
    if kind == "duration":
        gs, ss = seconds(gold.value, gold.unit), seconds(sys.value, sys.unit)
        if gs is not None and ss is not None:
            return close(ss, gs, gold.tol)
        return close(sys.value, gold.value, gold.tol) and (gold.unit or "") == (sys.unit or "")
    if kind == "money":
        if not close(sys.value, gold.value, gold.tol):
            return False
        return not is_iso_currency(gold.unit) or (sys.unit or "").upper() == gold.unit
    return close(sys.value, gold.value, gold.tol)


# The hours a TIMEX part of day (a value such as "2026-02-08TMO") spans, start inclusive.
PARTS_OF_DAY = {"TMO": (5, 12), "TAF": (12, 18), "TEV": (16, 22), "TNI": (20, 29),
                # meals and the daytime (factcheck's codes; see _calendar's docstring)
                "TBF": (6, 10), "TLU": (11, 14), "TDI": (17, 21), "TDT": (6, 18)}


def _same_time(gold: str, sys: str) -> bool:
    """Same "HH:MM", or a part of day on the system side holding the gold hour."""
    if sys in PARTS_OF_DAY and gold[:2].isdigit():
        lo, hi = PARTS_OF_DAY[sys]
        hour = int(gold[:2])
        return lo <= hour < hi or lo <= hour + 24 < hi
    return gold == sys


def _date_matches(gold: Span, sys: Span) -> bool:
    if sys.low is None or sys.high is None or gold.low is None or gold.high is None:
        return False
    if (sys.low, sys.high) == (gold.low, gold.high):
        return True
    # A system that can only name a day (dateparser, datefinder) gets credit when that day
    # lies inside the gold interval ("July" -> 2025-07-09 for July 2025).
    return sys.low == sys.high and gold.low <= sys.low <= gold.high


def is_iso_currency(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isalpha() and code.isupper()


def seconds(value: float, unit: str | None) -> float | None:
    if unit is None:
        return None
    u = unit.lower().rstrip("s") if unit.lower() not in ("s",) else "second"
    aliases = {"sec": "second", "min": "minute", "hr": "hour", "h": "hour", "d": "day",
               "wk": "week", "mo": "month", "yr": "year", "y": "year", "centurie": "century"}
    u = aliases.get(u, u)
    factor = SECONDS.get(u)
    return None if factor is None else value * factor


# --- ISO date helpers ------------------------------------------------------------------------

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}


def month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def interval_of(value: str | None) -> tuple[str, str] | None:
    """The ISO interval a canonical date string names: 2026-02-08, 2026-02, 2025, 2025-SU."""
    if not value:
        return None
    v = value.strip()
    try:
        if len(v) >= 10 and v[4] == "-" and v[7] == "-":
            d = date.fromisoformat(v[:10])
            return d.isoformat(), d.isoformat()
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            y, m = int(v[:4]), int(v[5:])
            return date(y, m, 1).isoformat(), month_end(y, m).isoformat()
        if len(v) == 4 and v.isdigit():
            return f"{v}-01-01", f"{v}-12-31"
        if len(v) == 7 and v[4] == "-" and v[5:] in SEASONS:
            y = int(v[:4])
            m0, m1 = SEASONS[v[5:]]
            end_year = y + 1 if m1 < m0 else y
            return date(y, m0, 1).isoformat(), month_end(end_year, m1).isoformat()
        if len(v) == 7 and v[4] == "-" and v[5] == "Q" and v[6] in "1234":
            y, q = int(v[:4]), int(v[6])
            return date(y, 3 * q - 2, 1).isoformat(), month_end(y, 3 * q).isoformat()
        if len(v) == 8 and v[4:6] == "-W" and v[6:].isdigit():
            d = date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
            return d.isoformat(), (d + timedelta(days=6)).isoformat()
    except ValueError:
        return None
    return None


def finite(x: Any) -> float | None:
    """A float, or None for missing/NaN/non-numeric values."""
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) or math.isinf(f) else f
