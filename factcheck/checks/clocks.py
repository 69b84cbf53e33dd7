"""Clock times of one event: do "14:46 JST" and "05:46 UTC" name the same moment?

Part of ``date-agreement``: the day comparison there cannot tell 14:46 from 12:46. Times are
compared only where their zones allow it: both zones known (converted through their UTC
offsets; a zone with several offsets, such as ET or IST, agrees if any of them does), or the
same label on both. "16:53 local time" is in the zone of where the event happened, compared
with other local times of that event; a time with no zone is compared only with another
without one, and only when the ``zoneless`` option says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factcheck import align
from factcheck.checks.base import CheckContext, cited, comparable, make_finding, scope
from factcheck.rules import Rule
from factcheck.schema import Finding

#: UTC offsets in minutes of the zone labels the extractor reads (TIME_ZONES).
OFFSETS: dict[str, tuple[int, ...]] = {
    "GMT": (0,), "UTC": (0,), "WET": (0,), "BST": (60,), "CET": (60,), "WEST": (60,),
    "CEST": (120,), "EET": (120,), "EEST": (180,), "MSK": (180,),
    "EST": (-300,), "EDT": (-240,), "CST": (-360, 480), "CDT": (-300,), "MST": (-420,),
    "MDT": (-360,), "PST": (-480,), "PDT": (-420,), "AKST": (-540,), "HST": (-600,),
    "ET": (-300, -240), "CT": (-360, -300), "MT": (-420, -360), "PT": (-480, -420),
    "JST": (540,), "KST": (540,), "IST": (330, 60, 120), "AEST": (600,), "AEDT": (660,),
    "ACST": (570,), "AWST": (480,), "NZST": (720,), "NZDT": (780,), "HKT": (480,),
    "SGT": (480,), "PHT": (480,), "WIB": (420,), "ICT": (420,), "MYT": (480,), "PKT": (300,),
    "NPT": (345,), "WITA": (480,), "AST": (-240, 180), "GST": (240,), "IRST": (210,),
    "TRT": (180,), "SAST": (120,), "BRT": (-180,), "ADT": (-180,), "AKDT": (-480,),
    "IDT": (180,),
}
#: The zone of a time written "local time": the one of the place the event happened, which
#: articles on one event share (a label of its own: no offset, compared with its like only).
LOCAL = "local"
_LOCAL = (" local time", " local")
_UTC_OFFSET = re.compile(r"UTC([+-])(\d\d):(\d\d)")


def zone_offsets(zone: str) -> tuple[int, ...]:
    """The UTC offsets in minutes a zone label may mean: a name's ("CST": US or China), or
    the one an offset label states ("UTC+09:00", as the extractor writes "GMT+9")."""
    named = OFFSETS.get(zone)
    if named is not None:
        return named
    m = _UTC_OFFSET.fullmatch(zone)
    if m is None:
        return ()
    minutes = int(m[2]) * 60 + int(m[3])
    return (minutes if m[1] == "+" else -minutes,)


_CLOCK = re.compile(r"T(?P<h>\d\d)(?::(?P<m>\d\d))?$")
#: What joins the two ends of a range of times ("10:00 to 11:30", "2-4 p.m.").
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*", re.IGNORECASE)
_DAY = 24 * 60


@dataclass(frozen=True)
class Clock:
    """One clock time of an article: minutes after midnight, in its zone."""

    label: int
    doc: str
    text: str
    minutes: int
    zone: str
    approximate: bool
    sentence: int

    def utc(self) -> tuple[int, ...]:
        """The minutes after midnight UTC it can mean (one per offset of its zone)."""
        return tuple((self.minutes - off) % _DAY for off in zone_offsets(self.zone))

    def words(self) -> str:
        hours, mins = divmod(self.minutes, 60)
        zone = "local time" if self.zone == LOCAL else self.zone
        return f"{hours:02d}:{mins:02d}" + (f" {zone}" if zone else "")


def clocks(ctx: CheckContext, labels: tuple[int, ...]) -> list[Clock]:
    """The single clock times among ``labels``: not ends of a range, one per text and article."""
    rows = [(label, ctx.row(label)) for label in labels]
    times = [(label, row) for label, row in rows if row["kind"] == "time"]
    out: dict[tuple[str, int, str], Clock] = {}
    for label, row in times:
        match = _CLOCK.search(str(row["timex"])) if isinstance(row["timex"], str) else None
        if match is None or _range_end(ctx, row, times):
            continue
        minutes = int(match["h"]) * 60 + int(match["m"] or 0)
        unit = row["unit"]
        zone = unit.upper() if isinstance(unit, str) else ""
        if not zone and str(row["text"]).lower().endswith(_LOCAL):
            zone = LOCAL  # "16:53 local time": where the event happened, in every article
        qualifier = row.get("qualifier")
        approximate = isinstance(qualifier, str) and qualifier not in ("", "exactly")
        clock = Clock(label, str(row["doc"]), str(row["text"]), minutes, zone, approximate,
                      _int(row.get("sent_start")))
        out.setdefault((clock.doc, minutes, zone), clock)
    return sorted(out.values(), key=lambda c: (c.doc, c.minutes, c.zone, c.label))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1  # a table built by hand may give no sentence


def _range_end(ctx: CheckContext, row: Any, times: list[tuple[int, Any]]) -> bool:
    """Whether a time is one end of a range written in its article ("from 10:00 to 11:30")."""
    article = ctx.articles.get(str(row["doc"]))
    if article is None:
        return False
    start, end = int(row["start"]), int(row["end"])
    for _label, other in times:
        if other is row or other["doc"] != row["doc"]:
            continue
        o_start, o_end = int(other["start"]), int(other["end"])
        if 0 <= start - o_end <= 12 and _RANGE_JOIN.fullmatch(article.text, o_end, start):
            return True
        if 0 <= o_start - end <= 12 and _RANGE_JOIN.fullmatch(article.text, end, o_start):
            return True
    return False


def _gap(a: int, b: int) -> int:
    """Minutes between two times of day, the short way round the clock."""
    d = abs(a - b) % _DAY
    return min(d, _DAY - d)


def agree(a: Clock, b: Clock, tolerance: int, zoneless: bool) -> bool | None:
    """Whether two clock times can be one moment; None when their zones cannot be compared."""
    tol = tolerance + (30 if a.approximate or b.approximate else 0)
    if zone_offsets(a.zone) and zone_offsets(b.zone):
        return any(_gap(x, y) <= tol for x in a.utc() for y in b.utc())
    if a.zone == b.zone and (a.zone or zoneless):
        return _gap(a.minutes, b.minutes) <= tol
    return None


def sides_of(items: list[Clock], tolerance: int, zoneless: bool) -> list[list[Clock]]:
    """Clock times split into sides that agree, exact times first.

    An article whose own times fall on several sides is left out: it gives more than one
    time for what the alignment took as one event, so which is meant cannot be told. Unless
    they are one sentence's conversion between zones ("14:46 JST (05:46 UTC)"), which says
    they are one moment: then each side keeps its time, and the mismatch shows.
    """
    sides: list[list[Clock]] = []
    for item in sorted(items, key=lambda c: (c.approximate, c.doc, c.minutes, c.zone)):
        for side in sides:
            verdicts = [agree(item, m, tolerance, zoneless) for m in side]
            if any(v is True for v in verdicts) and not any(v is False for v in verdicts):
                side.append(item)
                break
        else:
            sides.append([item])
    split = {c.doc for side in sides for c in side
             if sum(1 for s in sides if any(m.doc == c.doc for m in s)) > 1}
    for doc in sorted(split):
        own = [c for c in items if c.doc == doc]
        if len({c.sentence for c in own}) == 1 and len({c.zone for c in own}) == len(own):
            split.discard(doc)
    kept = [[c for c in side if c.doc not in split] for side in sides]
    return [side for side in kept if side]


def _conflicts(sides: list[list[Clock]], tolerance: int, zoneless: bool) -> list[list[Clock]]:
    """The sides holding a time that another article's comparable time contradicts."""
    out = []
    for i, side in enumerate(sides):
        if any(agree(a, b, tolerance, zoneless) is False
               for j, other in enumerate(sides) if j != i
               for a in side for b in other if a.doc != b.doc):
            out.append(side)
    return out


def _texts(side: list[Clock]) -> str:
    return cited((c.text, c.doc) for c in side)


def _moment(side: list[Clock]) -> str:
    """A side's time in words: in UTC where a zone fixes it, else as written."""
    fixed = [c for c in side if len(c.utc()) == 1]
    if fixed:
        hours, mins = divmod(fixed[0].utc()[0], 60)
        return f"{hours:02d}:{mins:02d} UTC"
    return side[0].words()


def _apart(sides: list[list[Clock]]) -> str:
    """How far apart the first two sides' times are, the nearest way their zones allow."""
    first, second = sides[0][0], sides[1][0]
    if first.utc() and second.utc():
        gap = min(_gap(x, y) for x in first.utc() for y in second.utc())
    else:
        gap = _gap(first.minutes, second.minutes)
    hours, mins = divmod(gap, 60)
    parts = ([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []) + (
        [f"{mins} minute{'s' if mins != 1 else ''}"] if mins else [])
    return " and ".join(parts)


def compare(ctx: CheckContext, rule: Rule, group: align.Group) -> Iterator[Finding]:
    """Findings on the clock times of one aligned group: a contradiction, or zones that agree."""
    tolerance = int(rule.option("tolerance_minutes"))
    zoneless = bool(rule.option("zoneless_times"))
    items = clocks(ctx, group.rows)
    if len({c.doc for c in items}) < 2:
        return
    sides = sides_of(items, tolerance, zoneless)
    min_context = float(rule.option("min_context"))
    conflicting = _conflicts(sides, tolerance, zoneless)
    if len(conflicting) >= 2 and comparable(ctx, conflicting, min_context,
                                            vocabulary_free=True):
        reasoning = ("; ".join(f"{_texts(s)}: {_moment(s)}" for s in conflicting)
                     + f". These are {_apart(conflicting)} apart")
        reasoning += f" (even allowing {tolerance} minutes)." if tolerance else "."
        yield make_finding(ctx, rule, "contradiction",
                           [[c.label for c in s] for s in conflicting],
                           [_moment(s) for s in conflicting], subject=group.subject,
                           reasoning=reasoning,
                           values=" vs ".join(_texts(s) for s in conflicting),
                           extra=scope(group.how, [c for s in conflicting for c in s]))
    if bool(rule.option("report_consistent")):
        for side in sides:
            yield from _consistent(ctx, rule, side, group)


def _consistent(ctx: CheckContext, rule: Rule, side: list[Clock],
                group: align.Group) -> Iterator[Finding]:
    """Times of one moment written in different zones by different articles."""
    by_zone: dict[str, list[Clock]] = {}
    for c in side:
        by_zone.setdefault(c.zone, []).append(c)
    if len(by_zone) < 2 or len({c.doc for c in side}) < 2:
        return
    forms = [by_zone[z] for z in sorted(by_zone)]
    if not comparable(ctx, forms, float(rule.option("min_context")), cross_only=True,
                      vocabulary_free=True):
        return
    reasoning = " and ".join(_texts(f) for f in forms) + f" are the same moment, {_moment(side)}."
    yield make_finding(ctx, rule, "consistent", [[c.label for c in f] for f in forms],
                       [_moment(side)], subject=group.subject, reasoning=reasoning,
                       values=" and ".join(_texts(f) for f in forms),
                       extra={"aligned_by": group.how})
