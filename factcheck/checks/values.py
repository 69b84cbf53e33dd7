"""value-agreement: aligned amounts must agree, within tolerance, rounding and currency rates."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import align
from factcheck.checks import Option, register
from factcheck.checks.base import (
    CheckContext,
    cited,
    comparable,
    fmt_number,
    make_finding,
    scope,
)
from factcheck.periods import PERIODS_PER_YEAR, per_factor
from factcheck.rules import Rule, Vocabulary
from factcheck.schema import Finding
from factcheck.units import convert, dimension

#: Qualifiers that make a figure approximate, and how far (relative) it may stray.
_APPROX = {"about": 0.1, "vague": 0.25, "nearly": 0.1}
#: Qualifiers that make a figure a minimum, with no top, and a maximum.
_LOWER_BOUNDS = ("more than", "at least")
_UPPER_BOUNDS = ("less than", "at most")


@dataclass(frozen=True)
class Amount:
    """One numeric claim as the interval of values it allows, in comparable units."""

    label: int
    doc: str
    text: str
    low: float
    high: float
    value: float
    unit: str
    note: str  # how it was converted, for the reasoning
    qualifier: str = ""


def _float(value: object) -> float:
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return out


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def amounts(ctx: CheckContext, labels: tuple[int, ...], rule: Rule,
            vocabulary: Vocabulary, bare_per: str = "") -> list[Amount]:
    """Amounts of the claims at ``labels``, money converted to the rates' base currency.

    ``bare_per``: the calendar period a figure given per nothing is read per, where others are
    rates ("$7,200" as "$7,200 a year"; see `_bare_figures_as_rates`)."""
    rel = float(rule.option("rel_tolerance"))
    absolute = float(rule.option("abs_tolerance"))
    fx = float(rule.option("currency_tolerance"))
    out: dict[tuple[str, float, float], Amount] = {}
    common = _common_units(ctx, labels)
    period = _common_period(ctx, labels)
    for label in labels:
        row = ctx.row(label)
        value = _float(row["value"])
        if math.isnan(value):
            continue
        low, high = _float(row["value_low"]), _float(row["value_high"])
        low = value if math.isnan(low) else low
        high = value if math.isnan(high) else high
        qualifier = _str(row["qualifier"])
        if row["kind"] == "number" and align.is_share(row):
            value, low, high = value * 100, low * 100, high * 100  # a fraction as a percent
            unit_override = "%"
        else:
            unit_override = ""
        slack = rel
        if qualifier in _APPROX and low == high:
            slack = max(slack, _APPROX[qualifier])
        unit, note = unit_override or _str(row["unit"]), ""
        if row["kind"] == "money" and unit and unit != vocabulary.rates_base:
            rate = vocabulary.rates.get(unit)
            if rate is None:
                continue  # cannot compare without a rate
            note = (f"{fmt_number(value)} {unit} at {rate:g} {vocabulary.rates_base}/{unit} = "
                    f"{fmt_number(value * rate)} {vocabulary.rates_base}")
            value, low, high = value * rate, low * rate, high * rate
            slack = max(slack, fx)
            unit = vocabulary.rates_base
        target = common.get(dimension(unit) or "")
        converted_pad = 0.0
        if target and unit != target:
            # A figure given in another unit is most often itself a rounded conversion
            # ("2,300 ft" for 700 m): its round figure may be off by half its last nonzero digit.
            coarse = _rounding(str(row["text"]), value, coarse=True)
            moved = [convert(v, unit, target) for v in (value, low, high, value + coarse)]
            if any(m is None for m in moved):
                continue
            note = f"{fmt_number(value)} {unit} = {fmt_number(moved[0] or 0.0)} {target}"
            value, low, high, edge = (float(m or 0.0) for m in moved)
            converted_pad = abs(edge - value)
            unit = target
        per = _str(row.get("per"))
        read_as = ""
        if not per and bare_per and row["kind"] != "percent":
            per = bare_per
            read_as = f"“{' '.join(str(row['text']).split())}” gives no period, read as a {per}'s: "
        factor = per_factor(per, period) if row["kind"] != "percent" else None
        if factor is not None and (factor != 1.0 or read_as):
            # "$600 a month" against "$7,200 a year": one rate, per the period most give
            said, made = (" ".join(filter(None, (fmt_number(v), unit, "a", p)))
                          for v, p in ((value, per), (value * factor, period)))
            note = (f"{note}; " if note else "") + f"{read_as}{said} = {made}"
            value, low, high = value * factor, low * factor, high * factor
        if qualifier in _LOWER_BOUNDS:
            high = math.inf
        elif qualifier in _UPPER_BOUNDS:
            low = -math.inf if value < 0 else 0.0
        pad = max(absolute, slack * abs(value))
        if bool(rule.option("rounding")) and qualifier in ("exact", "") and not (
                row["kind"] == "money" and _to_the_cent(str(row["text"]), _float(row["value"]))):
            pad = max(pad, _rounding(str(row["text"]), value), converted_pad)
        key = (str(row["doc"]), low - pad, high + pad)
        out.setdefault(key, Amount(int(label), str(row["doc"]), str(row["text"]), low - pad,
                                   high + pad, value, unit, note, qualifier))
    return sorted(out.values(), key=lambda a: (a.high - a.low, a.low, a.doc, a.label))


def _common_units(ctx: CheckContext, labels: tuple[int, ...]) -> dict[str, str]:
    """The unit measures of each dimension are compared in: the one most of them use."""
    counts: dict[str, Counter[str]] = {}
    for label in labels:
        unit = _str(ctx.row(label)["unit"])
        dim = dimension(unit)
        if dim:
            counts.setdefault(dim, Counter())[unit] += 1
    return {dim: min(units, key=lambda u: (-units[u], u)) for dim, units in counts.items()}


def _diverging_bounds(ctx: CheckContext, rule: Rule, side: list[Amount],
                      group: align.Group) -> Iterator[Finding]:
    """Bounds of one direction that set different limits: a variant, not a contradiction.

    "At least 107 killed" and "at least 144 killed" can both be true, but a toll reported as
    "at least" is the count confirmed so far: two of them tell an editor that one source is
    out of date or counts something else; likewise "up to 50" and "up to 80", two ceilings
    of one estimate. Limits within the allowed difference are one. Exact figures beside them
    ("15,898 deaths") are left out: they fit every limit they agree with.
    """
    for limits, qualifiers in (("minimums", _LOWER_BOUNDS), ("maximums", _UPPER_BOUNDS)):
        bounds = sorted((a for a in side if a.qualifier in qualifiers),
                        key=lambda a: (a.value, a.doc, a.label))
        if len({a.doc for a in bounds}) < 2:
            continue
        groups: list[list[Amount]] = [[bounds[0]]]
        for a in bounds[1:]:
            slack = a.value - a.low if limits == "minimums" else a.high - a.value
            if a.value - slack > groups[-1][-1].value:  # beyond the slack of the limit before
                groups.append([a])
            else:
                groups[-1].append(a)
        if len(groups) < 2 or not comparable(ctx, groups, float(rule.option("min_context")),
                                             cross_only=True):
            continue
        said = "at least" if limits == "minimums" else "up to"
        reasoning = (" and ".join(f"{_texts(g)}: {_value(g)}" for g in groups)
                     + f". Both can be true, but they give different {limits}: a figure "
                       f"reported as \"{said}\" is usually "
                     + ("the count confirmed so far" if limits == "minimums" else "an "
                        "estimate's ceiling")
                     + ", so one source may be out of date or count something else.")
        yield make_finding(ctx, rule, "variant", [[a.label for a in g] for g in groups],
                           [_value(g) for g in groups], subject=group.subject,
                           reasoning=reasoning, values=" vs ".join(_texts(g) for g in groups),
                           extra={"aligned_by": group.how})


def _limits(side: list[Amount]) -> str | None:
    """"minimums" when every amount of ``side`` is a lower bound, "maximums" when every one is
    an upper bound, else None."""
    if all(a.qualifier in _LOWER_BOUNDS for a in side):
        return "minimums"
    if all(a.qualifier in _UPPER_BOUNDS for a in side):
        return "maximums"
    return None


def _bare_figures_as_rates(ctx: CheckContext, rule: Rule, group: align.Group,
                           sides: list[list[Amount]], loose: list[Amount],
                           ) -> tuple[list[list[Amount]], list[Amount]]:
    """The sides of ``group`` with its figures given per no period read per one, where that
    makes them all agree: "$7,200" beside "$600 a month" is most likely a year's pay, its
    period left out, and the two only look like a conflict. Else ``sides`` as they are."""
    rows = [ctx.row(label) for label in group.rows]
    if not _common_period(ctx, group.rows) or all(
            _str(row.get("per")) or row["kind"] == "percent" for row in rows):
        return sides, loose
    # The year first: the period a salary, a budget or an output is most often given per.
    for period in sorted(PERIODS_PER_YEAR, key=lambda p: PERIODS_PER_YEAR[p]):
        read, aside = interval_sides(amounts(ctx, group.rows, rule, ctx.vocabulary, period))
        if len(read) == 1 and not aside:
            return read, aside
    return sides, loose


def _common_period(ctx: CheckContext, labels: tuple[int, ...]) -> str:
    """The calendar period rates are compared per: the one most of them give."""
    counts = Counter(per for label in labels
                     if (per := _str(ctx.row(label).get("per"))) in PERIODS_PER_YEAR)
    return min(counts, key=lambda p: (-counts[p], PERIODS_PER_YEAR[p])) if counts else ""


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _to_the_cent(text: str, value: float) -> bool:
    """Whether an amount of money is written to the cent with no scale ("$2.50", not "$2.50bn"):
    an exact price, not a figure rounded to it ("$2" is not "$2.50")."""
    match = _DIGITS.search(text)
    if not match or len(match.group(1) or "") != 2:
        return False
    try:
        return float(match.group(0).replace(",", "")) == value
    except ValueError:
        return False


def _rounding(text: str, value: float, coarse: bool = False) -> float:
    """Just under half a unit of the last digit written: "66.7%" may be 66.65 to 66.75.

    Just under, so that 310 and 311 still differ. ``coarse``: of the last nonzero digit of a
    whole number ("2,300" may be 2,250 to 2,350).
    """
    match = _DIGITS.search(text)
    if not match:
        return 0.0  # "two-thirds" is exact
    try:
        written = float(match.group(0).replace(",", ""))
    except ValueError:
        return 0.0
    if written == 0:
        return 0.0
    decimals = len(match.group(1) or "")
    if coarse and not decimals and written.is_integer():
        whole = str(int(abs(written)))
        decimals = -(len(whole) - len(whole.rstrip("0")))
    return 0.499 * 10 ** -decimals * abs(value / written)


def interval_sides(items: list[Amount]) -> tuple[list[list[Amount]], list[Amount]]:
    """Split amounts into sides sharing a value; amounts fitting several sides set aside."""
    sides: list[tuple[list[float], list[Amount]]] = []
    for item in items:
        for common, members in sides:
            lo, hi = max(common[0], item.low), min(common[1], item.high)
            if lo <= hi:
                common[0], common[1] = lo, hi
                members.append(item)
                break
        else:
            sides.append(([item.low, item.high], [item]))
    if len(sides) < 2:
        return [m for _, m in sides], []
    kept: list[list[Amount]] = []
    loose: list[Amount] = []
    for _common, members in sides:
        side: list[Amount] = []
        for m in members:
            fits = sum(1 for c, _ in sides if max(c[0], m.low) <= min(c[1], m.high))
            (loose if fits > 1 else side).append(m)
        if side:
            kept.append(side)
    return kept, loose


#: How many times larger one figure must be than another to be another fact (see
#: `other_facts`): a misstated figure is rarely off by more.
_ANOTHER_FACT = 2.0


def other_facts(sides: list[list[Amount]]) -> frozenset[tuple[int, int]]:
    """Pairs of figures on two sides that are two facts, not one fact told two ways.

    Two figures of one article, or of two articles that both give one side's figure (and so
    agree on it), are two facts when one is of another order than the other ("fired 36
    shells ... six of them hit"; "227 passengers ... two passengers were named on the
    manifest"). A figure near another may be a misstatement of it and stays compared.
    """
    docs = [{a.doc for a in side} for side in sides]
    pairs: set[tuple[int, int]] = set()
    for i, side in enumerate(sides):
        for j in range(i + 1, len(sides)):
            for a in side:
                for b in sides[j]:
                    if _far(a.value, b.value) and (
                            a.doc == b.doc or a.doc in docs[j] or b.doc in docs[i]):
                        pairs.update(((a.label, b.label), (b.label, a.label)))
    return frozenset(pairs)


def _far(x: float, y: float) -> bool:
    small, large = sorted((abs(x), abs(y)))
    return large > _ANOTHER_FACT * small


def _said(a: Amount) -> str:
    said = " ".join(a.text.split())
    if a.qualifier and a.qualifier not in ("exact", "range") and \
            not said.lower().startswith(a.qualifier):
        said = f"{a.qualifier} {said}"  # the words the extractor read around the figure
    return said


def _texts(side: list[Amount]) -> str:
    return cited(((_said(a), a.doc) for a in side), sep="; ")


def _value(side: list[Amount]) -> str:
    values = sorted({fmt_number(a.value) for a in side})
    unit = side[0].unit
    return "/".join(values) + ("%" if unit == "%" else f" {unit}" if unit else "")




@register(
    "value-agreement",
    kinds=("number", "percent", "money", "quantity", "age", "duration"),
    options=[
        Option("rel_tolerance", "float", 0.0, "relative difference allowed (0.05 = 5%)"),
        Option("abs_tolerance", "float", 0.0, "absolute difference allowed, in the claim's unit"),
        Option("currency_tolerance", "float", 0.05,
               "relative slack when converting currencies with the vocabulary's rates"),
        Option("rounding", "bool", True,
               "allow a figure half a unit of its last written digit (66.7% = two-thirds)"),
        Option("report_consistent", "bool", True,
               "also report figures written differently that agree (as 'consistent')"),
        Option("min_context", "float", 0.0,
               "how similar (0-100) the clauses of two figures must be to compare them"),
    ],
)
def value_agreement(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """Figures given for one thing (same head noun and role) must agree."""
    for group in ctx.groups(rule, "numeric"):
        items = amounts(ctx, group.rows, rule, ctx.vocabulary)
        if len(items) < 2:
            continue
        sides, loose = interval_sides(items)
        if len(sides) >= 2:
            sides, loose = _bare_figures_as_rates(ctx, rule, group, sides, loose)
        if len(sides) >= 2 and comparable(ctx, sides, float(rule.option("min_context")),
                                          apart=other_facts(sides)):
            parts = [f"{_texts(s)}: {_value(s)}" for s in sides]
            notes = sorted({a.note for s in sides for a in s if a.note})
            reasoning = "; ".join(parts) + ". These figures do not agree"
            tol = [f"{rule.option('rel_tolerance'):.0%} relative"] if rule.option(
                "rel_tolerance") else []
            if rule.option("abs_tolerance"):
                tol.append(f"{rule.option('abs_tolerance'):g} absolute")
            reasoning += f" (tolerance: {', '.join(tol)})." if tol else "."
            if notes:
                reasoning += " Converted: " + "; ".join(notes) + "."
            if loose:
                reasoning += f" Left aside as fitting either: {_texts(loose)}."
            yield make_finding(ctx, rule, "contradiction", [[a.label for a in s] for s in sides],
                               [_value(s) for s in sides], subject=group.subject,
                               reasoning=reasoning, values=" vs ".join(_texts(s) for s in sides),
                               extra=scope(group.how, items))
        for side in sides:
            variants = list(_diverging_bounds(ctx, rule, side, group))
            yield from variants
            if not variants and bool(rule.option("report_consistent")):
                yield from _consistent(ctx, rule, side, group)




def _consistent(ctx: CheckContext, rule: Rule, side: list[Amount],
                group: align.Group) -> Iterator[Finding]:
    if len({a.doc for a in side}) < 2:
        return
    by_value: dict[str, list[Amount]] = {}
    for a in side:
        # a converted figure is written differently even where the values meet exactly
        # ("$600 a month" and "$7,200 a year")
        by_value.setdefault(f"{a.value:.6g}|{a.note}", []).append(a)
    if len(by_value) < 2:
        return
    groups = sorted(by_value.values(), key=lambda g: (g[0].value, g[0].doc))
    # "at least 10" and "more than 150" agree only because neither has a top, "up to 50" and
    # "up to 80" because neither has a floor (see _diverging_bounds): no agreement to report.
    if _limits(side) is not None or all(math.isinf(a.high) or math.isinf(a.low) for a in side):
        return
    if not comparable(ctx, groups, float(rule.option("min_context")), cross_only=True):
        return
    notes = sorted({a.note for a in side if a.note})
    if any(a.qualifier in _LOWER_BOUNDS + _UPPER_BOUNDS for a in side):
        every = "both" if len(groups) == 2 else "all"
        reasoning = (" and ".join(_texts(g) for g in groups)
                     + f" can {every} be true: {every} hold for {_common_range(side)}")
    else:
        reasoning = (" and ".join(f"{_texts(g)} = {fmt_number(g[0].value)} {g[0].unit}".rstrip()
                                  for g in groups)
                     + " are within the allowed difference")
    if notes:
        reasoning += " (" + "; ".join(notes) + ")"
    yield make_finding(ctx, rule, "consistent", [[a.label for a in g] for g in groups],
                       [_value(side)], subject=group.subject, reasoning=reasoning + ".",
                       values=" and ".join(_texts(g) for g in groups),
                       extra={"aligned_by": group.how})


def _common_range(side: list[Amount]) -> str:
    """What figures agreeing bounds and exact figures all allow ("at least 40" and "up to 50":
    "any figure between 40 and 50"). ``side`` holds a figure with a floor and one with a ceiling
    (bounds of one direction alone are `_diverging_bounds`' business)."""
    low = max(a.value for a in side if a.qualifier not in _UPPER_BOUNDS)
    high = min(a.value for a in side if a.qualifier not in _LOWER_BOUNDS)
    unit = "%" if side[0].unit == "%" else f" {side[0].unit}" if side[0].unit else ""
    if low >= high:  # (one figure, or two within rounding of each other)
        return f"{fmt_number(high)}{unit}"
    return f"any figure between {fmt_number(low)} and {fmt_number(high)}{unit}"
