"""arithmetic: figures within one article that must fit together (part of a whole, conversions)."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from factcheck.checks import Option, register
from factcheck.checks.base import CheckContext, fmt_number, make_finding, quoted
from factcheck.frames import records_of
from factcheck.rules import Rule
from factcheck.schema import Finding

# "310 of 465", "310 out of the 465", "310 seats in the 465-member house"
_OF = re.compile(r"^\s*(?:\w+\s+)?(?:of|out of|in)\s+(?:the\s+|a\s+|an\s+|its\s+)?$", re.I)
_WHOLE_COMPOUND = re.compile(r"^\d[\d,]*-(?:member|seat|strong|person)\b", re.I)


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


@register(
    "arithmetic",
    kinds=("number", "percent", "quantity", "money"),
    options=[
        Option("fraction_tolerance", "float", 0.01,
               "how far (absolute, as a share: 0.01 = one point) a part/whole may be from "
               "the fraction the text states"),
        Option("currency_tolerance", "float", 0.05,
               "how far (relative) a stated conversion may be from the vocabulary's rate"),
        Option("report_consistent", "bool", True, "also report sums that work out"),
    ],
)
def arithmetic(ctx: CheckContext, rule: Rule) -> Iterator[Finding]:
    """Within one article: part/whole against a stated fraction; amounts given in two currencies."""
    frame = ctx.select(rule)
    rows = records_of(frame)
    labels = [int(x) for x in frame.index]
    by_label = dict(zip(labels, rows, strict=True))
    yield from _part_whole(ctx, rule, by_label)
    yield from _conversions(ctx, rule, by_label)


def _fraction(row: Any) -> float:
    value = _num(row.value)
    if row.kind == "percent":
        return value / 100.0
    if row.kind == "number" and 0 < value < 1:
        return value
    return math.nan


def _part_whole(ctx: CheckContext, rule: Rule, rows: dict[int, Any]) -> Iterator[Finding]:
    tol = float(rule.option("fraction_tolerance"))
    by_doc: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for label, row in rows.items():
        by_doc[str(row.doc)].append((label, row))
    for doc, items in sorted(by_doc.items()):
        items.sort(key=lambda it: int(it[1].start))
        text = ctx.articles[doc].text if doc in ctx.articles else ""
        for i, (pl, part) in enumerate(items):
            if part.kind not in ("quantity", "number") or not text:
                continue
            for wl, whole in items[i + 1:i + 3]:
                if whole.kind not in ("quantity", "number") or \
                        int(whole.sent_start) != int(part.sent_start):
                    continue
                between = text[int(part.end):int(whole.start)]
                if not (_OF.match(between) or _WHOLE_COMPOUND.match(str(whole.text))):
                    continue
                p, w = _num(part.value), _num(whole.value)
                if not (1 <= p <= w):
                    continue
                if not (math.isnan(_fraction(part)) and math.isnan(_fraction(whole))):
                    continue
                fractions = [(fl, f) for fl, f in items
                             if not math.isnan(_fraction(f))
                             and _near(f, part, text)]
                if not fractions:
                    continue
                fl, frac = min(fractions, key=lambda it: abs(int(it[1].start) - int(part.start)))
                stated, share = _fraction(frac), p / w
                ok = abs(stated - share) <= tol
                if ok and not bool(rule.option("report_consistent")):
                    continue
                reasoning = (f"{fmt_number(p)} of {fmt_number(w)} is {share:.1%}; "
                             f"{quoted(frac.text)} is {stated:.1%}"
                             + (", so they agree." if ok else
                                f": more than {tol:.0%} apart."))
                yield make_finding(
                    ctx, rule, "consistent" if ok else "contradiction", [[pl, wl], [fl]],
                    [f"{fmt_number(p)}/{fmt_number(w)}", f"{stated:.4g}"],
                    subject=f"{part.text} of {fmt_number(w)}", reasoning=reasoning,
                    template=None if not ok else "{sources}: {subject} fits {values}",
                    values=quoted(frac.text),
                    extra={"scope": "within-article"})


def _near(fraction: Any, part: Any, text: str) -> bool:
    """A fraction in the part's sentence or the sentence just before it."""
    if int(fraction.sent_start) == int(part.sent_start):
        return True
    gap = text[int(fraction.sent_end):int(part.sent_start)]
    return 0 <= int(part.sent_start) - int(fraction.sent_end) <= 3 and not gap.strip()


def _conversions(ctx: CheckContext, rule: Rule, rows: dict[int, Any]) -> Iterator[Finding]:
    tol = float(rule.option("currency_tolerance"))
    vocab = ctx.vocabulary
    links: dict[tuple[str, str], list[int]] = defaultdict(list)
    for label, row in rows.items():
        if row.kind == "money" and isinstance(row.link, str) and row.link:
            links[(str(row.doc), row.link)].append(label)
    for (_doc, _link), members in sorted(links.items()):
        money = [rows[lb] for lb in members]
        units = {str(m.unit) for m in money}
        if len(members) != 2 or len(units) != 2:
            continue
        # in text order: "$550bn (£407bn)"
        a, b = sorted(zip(members, money, strict=True), key=lambda it: int(it[1].start))
        ua, ub = str(a[1].unit), str(b[1].unit)
        ra, rb = vocab.rates.get(ua), vocab.rates.get(ub)
        va, vb = _num(a[1].value), _num(b[1].value)
        if ra is None or rb is None or not (va > 0 and vb > 0):
            continue
        gap = abs(va * ra - vb * rb) / max(va * ra, vb * rb)
        ok = gap <= tol
        if ok and not bool(rule.option("report_consistent")):
            continue
        # say it as "1 GBP = 1.35 USD": one unit of the dearer currency
        (hi, vh, rh), (lo, vl, rl) = sorted([(ua, va, ra), (ub, vb, rb)], key=lambda t: -t[2])
        reasoning = (f"{quoted(a[1].text)} and {quoted(b[1].text)} imply 1 {hi} = "
                     f"{vl / vh:.4g} {lo}; {vocab.rates_source or 'the rates file'} gives "
                     f"{rh / rl:.4g} {lo}, {gap:.1%} apart"
                     + (f", within {tol:.0%}." if ok else f", more than {tol:.0%}."))
        yield make_finding(
            ctx, rule, "consistent" if ok else "contradiction", [[a[0]], [b[0]]],
            [f"{fmt_number(va)} {ua}", f"{fmt_number(vb)} {ub}"],
            subject=f"{a[1].text} ({b[1].text})", reasoning=reasoning,
            template=None if not ok else "{sources}: {values} fits the exchange rate",
            values=f"{quoted(a[1].text)} = {quoted(b[1].text)}",
            extra={"scope": "within-article"})
