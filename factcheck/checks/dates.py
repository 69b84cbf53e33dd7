"""date-agreement: do aligned dates of one event have a day in common (intervals and calendar)?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from factcheck import align
from factcheck.checks import Option, clocks, register
from factcheck.checks.base import CheckContext, cited, comparable, make_finding, scope
from factcheck.rules import Rule
from factcheck.schema import Finding

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIMEX = re.compile(r"^(?P<y>[\dX]{4})(?:-(?P<m>[\dX]{2})(?:-(?P<d>[\dX]{2}))?"
                    r"|-W(?P<w>[\dX]{2})-(?P<wd>[1-7X]))?(?P<rest>.*)$", re.DOTALL)
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
    #: a range's first and last end, as days ("from March 3 to 5": {Mar 3}, {Mar 5})
    ends: tuple[frozenset[date], frozenset[date]] | None = None

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
    if not match or match["rest"].startswith("/"):  # an interval pins nothing: low/high bound it
        return None, None, None, None

    def num(group: str | None) -> int | None:
        return int(group) if group and "X" not in group else None

    # The first four characters are the calendar year only in YYYY, YYYY-MM, YYYY-MM-DD (and
    # a time after it): a season (2025-WI runs into 2026) or an ISO week (2026-W01 may start
    # in December) is bounded by low/high instead.
    plain = match["w"] is None and (not match["rest"] or match["rest"].startswith("T"))
    year = num(match["y"]) if plain else None
    return year, num(match["m"]), num(match["d"]), num(match["wd"])


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


def readings(ctx: CheckContext, labels: tuple[int, ...], tolerance: int) -> list[Reading]:
    """Readings of the claims at ``labels`` with an interval, one per article and meaning."""
    out: dict[tuple[str, date, date, str], Reading] = {}
    for label in labels:
        row = ctx.row(label)
        low, high = _iso(row["low"]), _iso(row["high"])
        if low is None or high is None or high < low:
            continue
        timex = row["timex"] if isinstance(row["timex"], str) else ""
        days = days_of(low, high, timex, tolerance)
        if not days:
            continue
        ends = _range_ends(row["value"], tolerance) if row["qualifier"] == "range" else None
        key = (str(row["doc"]), min(days), max(days), timex)
        out.setdefault(key, Reading(int(label), str(row["doc"]), str(row["text"]), low, high,
                                    days, timex, "" if pd.isna(row["granularity"])
                                    else str(row["granularity"]), ends))
    return sorted(out.values(), key=lambda r: (len(r.days), r.low, r.doc, r.label))


def _range_ends(value: object, tolerance: int) -> tuple[frozenset[date], frozenset[date]] | None:
    """The days of each end of a range value ("2014/2018", "2026-03-03/2026-03-05")."""
    if not isinstance(value, str) or value.count("/") != 1:
        return None
    head, tail = (_interval(part) for part in value.split("/"))
    if head is None or tail is None:
        return None
    first, last = days_of(*head, "", tolerance), days_of(*tail, "", tolerance)
    return (first, last) if first and last else None


def _interval(value: str) -> tuple[date, date] | None:
    """The days a year, month or day names: "2014", "2025-03", "2026-03-03"."""
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not match:
        return None
    year, month, day_ = (int(g) if g else None for g in match.groups())
    assert year is not None
    if day_ is not None and month is not None:
        return date(year, month, day_), date(year, month, day_)
    if month is not None:
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), nxt - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


@dataclass
class _Side:
    """Readings that share days: the days common to all, and for ranges the days common to
    their first ends and to their last ends."""

    common: set[date]
    members: list[Reading]
    ends: tuple[set[date], set[date]] | None = None

    def fits(self, item: Reading) -> bool:
        """Whether ``item`` shares a day with the side and, if both have ranges, can start
        and end where they do (a single date inside a range always can)."""
        if not self.common & item.days:
            return False
        return self.ends is None or item.ends is None or bool(
            self.ends[0] & item.ends[0] and self.ends[1] & item.ends[1])

    def add(self, item: Reading) -> None:
        self.common &= item.days
        self.members.append(item)
        if item.ends is not None:
            first, last = item.ends
            self.ends = (set(first), set(last)) if self.ends is None else (
                self.ends[0] & first, self.ends[1] & last)


def sides_of(items: list[Reading]) -> tuple[list[list[Reading]], list[Reading]]:
    """Split readings into sides that each share a day; readings fitting several sides aside.

    Most specific readings first: a reading joins the first side whose common days it
    shares (and, for ranges, whose ranges start and end on days it can), otherwise it opens a
    new side.
    """
    sides: list[_Side] = []
    for item in items:
        for side in sides:
            if side.fits(item):
                side.add(item)
                break
        else:
            opened = _Side(set(item.days), [])
            opened.add(item)
            sides.append(opened)
    if len(sides) < 2:
        return [s.members for s in sides], []
    kept: list[list[Reading]] = []
    loose: list[Reading] = []
    for s in sides:
        alone = []
        for m in s.members:
            if sum(1 for other in sides if other.fits(m)) > 1:
                loose.append(m)
            else:
                alone.append(m)
        if alone:
            kept.append(alone)
    return kept, loose


def day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def span(days: set[date] | frozenset[date], timex: str = "") -> str:
    """A set of days in words: "5 Feb 2026", "a Sunday: 1 or 8 Feb 2026", "July 2025"."""
    ordered = sorted(days)
    first, last = ordered[0], ordered[-1]
    if len(ordered) == 1:
        return day(first)
    weekday = _pattern(timex)[3]
    if len(ordered) <= 3 and "/" not in timex:  # candidates; a range's days run from to
        listed = " or ".join(day(d) for d in ordered)
        return f"a {_WEEKDAYS[weekday - 1]}: {listed}" if weekday else listed
    contiguous = (last - first).days + 1 == len(ordered)
    if contiguous and first.day == 1 and (last + timedelta(days=1)).day == 1:
        if first.month == last.month and first.year == last.year:
            return f"{first:%B %Y}"
        return f"{first:%B}" + (f" {first.year}" if first.year != last.year else "") + \
            f" to {last:%B %Y}"
    return f"{day(first)} to {day(last)}" + ("" if contiguous else " (some days)")


def _common_days(side: list[Reading]) -> set[date]:
    return set.intersection(*(set(r.days) for r in side))


def _value(side: list[Reading]) -> str:
    common = sorted(_common_days(side))
    if len(common) == 1:
        return common[0].isoformat()
    return f"{common[0].isoformat()}..{common[-1].isoformat()}"


def _texts(side: list[Reading]) -> str:
    return cited((r.text, r.doc) for r in side)


def _side_words(side: list[Reading]) -> str:
    timex = side[0].timex if len({r.timex for r in side}) == 1 else ""
    return f"{_texts(side)}: {span(_common_days(side), timex)}"


def _calendar_reason(forms: list[list[Reading]]) -> str:
    """Why differently written dates agree, in an editor's words."""
    side = [r for g in forms for r in g]
    common = sorted(_common_days(side))
    texts = " and ".join(_texts(g) for g in forms)
    weekdays = [r for r in side if _pattern(r.timex)[3]]
    if weekdays and len(common) <= 3:
        d = common[-1]
        return f"{day(d)} was a {_WEEKDAYS[d.weekday()]}, so {texts} can be the same day"
    if len(common) == 1:
        return f"{texts} all give {day(common[0])}"
    narrow = min(forms, key=lambda g: len(g[0].days))
    wide = max(forms, key=lambda g: len(g[0].days))
    if narrow[0].days <= wide[0].days:
        return (f"{_texts(narrow)} means {span(narrow[0].days, narrow[0].timex)}, which falls "
                f"within {_texts(wide)}: {span(wide[0].days, wide[0].timex)}")
    return f"{texts} overlap on {span(set(common))}"




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
        Option("tolerance_minutes", "int", 0,
               "minutes two clock times may differ and still agree (30 more when one is "
               "approximate: 'around 3 p.m.')"),
        Option("zoneless_times", "bool", False,
               "also compare clock times that name no zone ('at 16:53') with each other; "
               "times with a zone are always compared through their UTC offsets, and local "
               "times ('16:53 local time') with each other"),
    ],
)
def date_agreement(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """Dates given for one event must be able to fall on the same day, at the same time."""
    tolerance = int(rule.option("tolerance_days"))
    for group in ctx.groups(rule, "temporal"):
        for items in _by_tense(ctx, readings(ctx, group.rows, tolerance)):
            yield from _compare(ctx, rule, group, items, tolerance)
        yield from clocks.compare(ctx, rule, group)


def _by_tense(ctx: CheckContext, items: list[Reading]) -> list[list[Reading]]:
    """Readings split into past and future occurrences (relative to each article's date).

    "Trump visited China in May 2019" and "Trump's planned April visit to China" are two
    visits, not two dates for one. Readings spanning the article's date go with both.
    """
    past, future, now = [], [], []
    for r in items:
        article = ctx.articles.get(r.doc)
        ref = article.reference_date if article else None
        if ref is not None and r.high < ref:
            past.append(r)
        elif ref is not None and r.low > ref:
            future.append(r)
        else:
            now.append(r)
    if past and future:
        return [past + now, future + now]
    return [items]




def _estimated(ctx: CheckContext, items: list[Reading]) -> str:
    """A note on articles whose relative dates were read against an estimated date."""
    docs = sorted({r.doc for r in items if r.doc in ctx.articles
                   and not ctx.articles[r.doc].reference_certain
                   and ctx.articles[r.doc].reference_date is not None})
    if not docs:
        return ""
    refs = sorted({ctx.articles[d].reference_date for d in docs})  # type: ignore[type-var]
    when = " or ".join(day(r) for r in refs if r is not None)
    verb = "gives" if len(docs) == 1 else "give"
    return (f" ({', '.join(docs)} {verb} no date of {'its' if len(docs) == 1 else 'their'} own: "
            f"read against {when}, estimated from the other articles, so a weekday may fall "
            "in the week before.)")


def _compare(ctx: CheckContext, rule: Rule, group: align.Group, items: list[Reading],
             tolerance: int) -> Iterator[Finding]:
    if len(items) < 2:
        return  # one article gives one date: nothing to compare
    sides, loose = sides_of(items)
    sides.sort(key=lambda s: (-len({r.doc for r in s}), min(_common_days(s)), s[0].doc))
    min_context = float(rule.option("min_context"))
    if len(sides) >= 2 and comparable(ctx, sides, min_context, vocabulary_free=True):
        ranged = any(r.ends for s in sides for r in s)
        reasoning = "; ".join(_side_words(s) for s in sides) + (
            ". These cannot be the same days" if ranged else ". These cannot be the same day")
        if tolerance:
            reasoning += f" (even allowing {tolerance} days)"
        reasoning += "."
        if loose:
            reasoning += f" Left aside as fitting either: {_texts(loose)}."
        reasoning += _estimated(ctx, [r for s in sides for r in s])
        yield make_finding(ctx, rule, "contradiction", [[r.label for r in s] for s in sides],
                           [_value(s) for s in sides], subject=group.subject,
                           reasoning=reasoning, values=" vs ".join(_texts(s) for s in sides),
                           extra=scope(group.how, items))
    for side in sides:
        yield from _consistent(ctx, rule, side, group)


def _day_form(r: Reading) -> str:
    """How a reading writes its day: its timex without the clock time (clocks.py compares
    those), else its words."""
    return r.timex.split("T", 1)[0] or r.text.lower()


def _consistent(ctx: CheckContext, rule: Rule, side: list[Reading],
                group: align.Group) -> Iterator[Finding]:
    """A side whose members are written differently (other timex) yet agree."""
    if not bool(rule.option("report_consistent")):
        return
    if len({r.doc for r in side}) < 2:
        return
    by_form: dict[str, list[Reading]] = {}
    for r in side:
        by_form.setdefault(_day_form(r), []).append(r)
    if len(by_form) < 2:
        return
    groups = sorted(by_form.values(), key=lambda rs: (rs[0].timex, rs[0].doc))
    # Only forms from different articles, about the same thing, look like a conflict.
    if not comparable(ctx, groups, float(rule.option("min_context")), cross_only=True,
                      vocabulary_free=True):
        return
    yield make_finding(
        ctx, rule, "consistent", [[r.label for r in g] for g in groups],
        [_value(side)], subject=group.subject, reasoning=_calendar_reason(groups) + ".",
        values=" and ".join(_texts(g) for g in groups), extra={"aligned_by": group.how})


