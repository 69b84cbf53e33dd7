"""date-agreement: do aligned dates of one event have a day in common (intervals and calendar)?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from factcheck import align
from factcheck.checks import Option, register
from factcheck.checks.base import CheckContext, make_finding, quoted
from factcheck.rules import Rule
from factcheck.schema import Finding

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIMEX = re.compile(r"^(?P<y>[\dX]{4})(?:-(?P<m>[\dX]{2})(?:-(?P<d>[\dX]{2}))?"
                    r"|-W(?P<w>[\dX]{2})-(?P<wd>[1-7X]))?")
#: Intervals longer than this are not expanded day by day (they agree with nearly anything).
_MAX_DAYS = 800


@dataclass(frozen=True)
class Reading:
    """One date claim read as the set of days it can mean."""

    label: int
    doc: str
    text: str
    low: date
    high: date
    days: frozenset[date]
    timex: str
    granularity: str

    @property
    def exact(self) -> bool:
        return len(self.days) == 1


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _pattern(timex: str) -> tuple[int | None, int | None, int | None, int | None]:
    """(year, month, day, ISO weekday) a TIMEX pins; None where it says X or nothing."""
    match = _TIMEX.match(timex or "")
    if not match:
        return None, None, None, None

    def num(group: str | None) -> int | None:
        return int(group) if group and "X" not in group else None

    return num(match["y"]), num(match["m"]), num(match["d"]), num(match["wd"])


def days_of(low: date, high: date, timex: str, tolerance: int = 0) -> frozenset[date]:
    """The days in [low - tolerance, high + tolerance] that match what the timex pins."""
    year, month, day, weekday = _pattern(timex)
    start, end = low - timedelta(days=tolerance), high + timedelta(days=tolerance)
    if (end - start).days > _MAX_DAYS:
        return frozenset()
    out = set()
    for n in range((end - start).days + 1):
        d = start + timedelta(days=n)
        core = d
        # with a tolerance, a day near a matching day also matches
        if tolerance and not _matches(core, year, month, day, weekday):
            if not any(_matches(core + timedelta(days=k), year, month, day, weekday)
                       for k in range(-tolerance, tolerance + 1)):
                continue
        elif not _matches(core, year, month, day, weekday):
            continue
        out.add(d)
    return frozenset(out)


def _matches(d: date, year: int | None, month: int | None, day: int | None,
             weekday: int | None) -> bool:
    return ((year is None or d.year == year) and (month is None or d.month == month)
            and (day is None or d.day == day) and (weekday is None or d.isoweekday() == weekday))


def readings(frame: pd.DataFrame, labels: tuple[int, ...], tolerance: int) -> list[Reading]:
    """Readings of the claims at ``labels`` with an interval, one per article and meaning."""
    out: dict[tuple[str, date, date, str], Reading] = {}
    for label in labels:
        row = frame.loc[label]
        low, high = _iso(row["low"]), _iso(row["high"])
        if low is None or high is None or high < low:
            continue
        timex = row["timex"] if isinstance(row["timex"], str) else ""
        days = days_of(low, high, timex, tolerance)
        if not days:
            continue
        key = (str(row["doc"]), min(days), max(days), timex)
        out.setdefault(key, Reading(int(label), str(row["doc"]), str(row["text"]), low, high,
                                    days, timex, "" if pd.isna(row["granularity"])
                                    else str(row["granularity"])))
    return sorted(out.values(), key=lambda r: (len(r.days), r.low, r.doc, r.label))


def sides_of(items: list[Reading]) -> tuple[list[list[Reading]], list[Reading]]:
    """Split readings into sides that each share a day; readings fitting several sides aside.

    Most specific readings first: a reading joins the first side whose common days it
    shares, otherwise it opens a new side.
    """
    sides: list[tuple[set[date], list[Reading]]] = []
    for item in items:
        for common, members in sides:
            if common & item.days:
                common &= item.days
                members.append(item)
                break
        else:
            sides.append((set(item.days), [item]))
    if len(sides) < 2:
        return [m for _, m in sides], []
    kept: list[list[Reading]] = []
    loose: list[Reading] = []
    commons = [c for c, _ in sides]
    for _common, members in sides:
        side = []
        for m in members:
            if sum(1 for c in commons if c & m.days) > 1:
                loose.append(m)
            else:
                side.append(m)
        if side:
            kept.append(side)
    return kept, loose


def day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def describe(r: Reading) -> str:
    if r.exact:
        return day(next(iter(r.days)))
    if r.granularity in ("month",) or (r.low.day == 1 and r.high.month == r.low.month
                                       and r.high - r.low > timedelta(days=26)):
        return f"{r.low:%B %Y}"
    return f"{day(r.low)} to {day(r.high)}"


def _value(side: list[Reading]) -> str:
    common = set.intersection(*(set(r.days) for r in side))
    if len(common) == 1:
        return next(iter(common)).isoformat()
    return f"{min(common).isoformat()}..{max(common).isoformat()}"


def _texts(side: list[Reading]) -> str:
    by_text: dict[str, list[str]] = {}
    for r in side:
        by_text.setdefault(" ".join(r.text.split()), []).append(r.doc)
    return "; ".join(f"{quoted(t)} ({', '.join(sorted(set(d)))})"
                     for t, d in sorted(by_text.items()))


def _calendar_reason(side: list[Reading]) -> str:
    common = sorted(set.intersection(*(set(r.days) for r in side)))
    d = common[-1] if len(common) > 1 and all(r.exact is False for r in side) else common[0]
    parts = []
    weekdays = {_pattern(r.timex)[3] for r in side}
    if weekdays - {None}:
        parts.append(f"{day(d)} was a {_WEEKDAYS[d.weekday()]}")
    elif len(common) == 1:
        parts.append(f"both readings give {day(d)}")
    else:
        parts.append(f"the readings share {day(common[0])} to {day(common[-1])}")
    return f"{parts[0]}, so {_texts(side)} can be the same day"


@register(
    "date-agreement",
    kinds=("date", "time"),
    options=[
        Option("tolerance_days", "int", 0, "days two dates may differ and still agree"),
        Option("report_consistent", "bool", True,
               "also report dates written differently that agree (as 'consistent')"),
        Option("min_context", "float", 0.0,
               "for events found by the general word list, how similar (0-100) the clauses "
               "must be; events from the vocabulary need no similarity"),
    ],
)
def date_agreement(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """Dates given for one event must be able to fall on the same day."""
    tolerance = int(rule.option("tolerance_days"))
    frame = ctx.claims
    for group in ctx.groups(rule, "temporal"):
        items = readings(frame, group.rows, tolerance)
        if len({r.doc for r in items}) < 2:
            continue
        sides, loose = sides_of(items)
        if len(sides) >= 2 and _comparable(frame, sides, float(rule.option("min_context"))):
            compared = [_value(s) for s in sides]
            described = [f"{_texts(s)}: {describe(s[0]) if len(s) == 1 else _common(s)}"
                         for s in sides]
            reasoning = "; ".join(described) + ". These cannot be the same day"
            if tolerance:
                reasoning += f" (even allowing {tolerance} days)"
            reasoning += "."
            if loose:
                reasoning += f" Left aside as fitting either: {_texts(loose)}."
            values = " vs ".join(
                f"{_texts(s)}" for s in sides)
            yield make_finding(ctx, rule, "contradiction", [[r.label for r in s] for s in sides],
                               compared, subject=group.subject, reasoning=reasoning,
                               values=values, extra={"aligned_by": group.how})
            for side in sides:
                yield from _consistent(ctx, rule, side, group)
        elif sides and bool(rule.option("report_consistent")):
            for side in sides:
                yield from _consistent(ctx, rule, side, group)


def _common(side: list[Reading]) -> str:
    common = sorted(set.intersection(*(set(r.days) for r in side)))
    return day(common[0]) if len(common) == 1 else f"{day(common[0])} to {day(common[-1])}"


def _consistent(ctx: CheckContext, rule: Rule, side: list[Reading],
                group: align.Group) -> Iterator[Finding]:
    """A side whose members are written differently (other timex) yet agree."""
    if not bool(rule.option("report_consistent")):
        return
    if len({r.doc for r in side}) < 2:
        return
    forms = {r.timex or r.text.lower() for r in side}
    if len(forms) < 2:
        return
    by_form: dict[str, list[Reading]] = {}
    for r in side:
        by_form.setdefault(r.timex or r.text.lower(), []).append(r)
    groups = sorted(by_form.values(), key=lambda rs: (rs[0].timex, rs[0].doc))
    # Only forms from different articles make it look like a conflict.
    if len({frozenset(r.doc for r in g) for g in groups}) < 2 and len(groups) < 2:
        return
    yield make_finding(
        ctx, rule, "consistent", [[r.label for r in g] for g in groups],
        [_value(side)], subject=group.subject, reasoning=_calendar_reason(side) + ".",
        values=" and ".join(_texts(g) for g in groups), extra={"aligned_by": group.how})


def _comparable(frame: pd.DataFrame, sides: list[list[Reading]], min_context: float) -> bool:
    """Whether some claims on different sides are about the same thing (roles, entities)."""
    for i, side in enumerate(sides):
        for other in sides[i + 1:]:
            for a in side:
                for b in other:
                    source = frame.at[a.label, "event_source"] if "event_source" in frame else ""
                    need = 0.0 if source == "vocabulary" else min_context
                    ra, rb = _row(frame, a.label), _row(frame, b.label)
                    if a.doc == b.doc or align.compatible(ra, rb,
                                                          min_context=need):
                        return True
    return False


def _row(frame: pd.DataFrame, label: int) -> pd.Series:
    return frame.loc[label]  # type: ignore[return-value]
