"""The scan: every numeric claim of a text, from the hits through the classification and the
passes, cached for the last text seen (`scan`, `claims_of`, which the numeric extractors
call)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from factcheck.extract._numscan.classify import _classify
from factcheck.extract._numscan.context import _NEXT_WORD, _noun_ok, singular
from factcheck.extract._numscan.hits import _decade_ages, _inside, _merge_ranges, _raw_hits
from factcheck.extract._numscan.passes import (
    _article_durations,
    _cents_currency,
    _change_starts,
    _count_shares,
    _glued_folds,
    _link_money,
    _ordinals,
    _percentage_points,
    _race_times,
    _unit_long,
    _vague,
    _word_durations,
)
from factcheck.extract._numscan.words import NAN
from factcheck.extract.base import Claim

_cache: tuple[str, list[Claim]] = ("", [])
_SPAN_KEY = attrgetter("start", "end")


def scan(text: str) -> list[Claim]:
    """Every numeric claim in ``text`` (all six kinds), cached for the last text seen.

    ``text`` must have its lookalike letters folded (`factcheck.text.fold_lookalikes`), as
    `extract_list` does before any extractor runs: the case-blind patterns read "ſ", "İ" and
    the Kelvin sign as ASCII letters, which the word tables do not hold ("ſixths" would be a
    KeyError).
    """
    global _cache
    if _cache[0] is text or (_cache[0] == text and text):
        return _cache[1]
    claims = sorted(_scan(text), key=_SPAN_KEY)
    _cache = (text, claims)
    return claims


def claims_of(text: str, kind: str) -> Iterator[Claim]:
    """The cached scan's claims of one kind."""
    return (c for c in scan(text) if c.kind == kind)


def _scan(text: str) -> Iterator[Claim]:
    if not text:
        return
    vague: list[re.Match[str]] = []
    leads: list[int] = []
    hits = _merge_ranges(text, _raw_hits(text, vague, leads))
    money: list[Claim] = []
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    last_stop = 0
    for hit in hits:
        if hit.start < last_stop:
            continue  # already read as the tail of the claim before (2 hours and 30 minutes)
        claim = _classify(text, hit)
        if claim is None:
            continue
        last_stop = claim.end
        if text.startswith(" or ", claim.end) and claim.qualifier == "exact":
            _or_more(text, claim)
        if claim.kind == "money":
            money.append(claim)
        taken.append((claim.start, claim.end))
        claims.append(claim)
    _link_money(text, money)
    if "cent" in text:
        _cents_currency(text, money)
    _count_shares(text, claims)
    if " to " in text or " from " in text:
        _change_starts(text, claims)
    _percentage_points(text, claims)
    leads = sorted(set(leads))  # (a digit before a lead word may add it twice)
    articles = list(_article_durations(text, taken, leads))
    tails = [(a.start, a.end) for a in articles if a.text.count(" ") > 1]
    if tails:  # "a year and six months": "six months" is its tail
        claims = [c for c in claims if not _inside(tails, c.start, c.end)]
    yield from claims
    if "0s" in text:
        yield from _decade_ages(text)
    yield from _vague(vague)
    yield from _ordinals(text, leads)
    yield from articles
    yield from _word_durations(text, taken, leads)
    if ":" in text:
        yield from _race_times(text)
    yield from _unit_long(text)
    if "fold" in text:
        yield from _glued_folds(text)


#: A qualifier said after the number: "107 or more", "two years or less", "a hundred or so".
_OR_MORE = re.compile(r" or (?:(?P<up>more|greater|higher|above|over|longer)"
                      r"|(?P<down>less|fewer|under|below|shorter)|(?P<so>so))\b(?! than)")


def _or_more(text: str, claim: Claim) -> None:
    """Read the qualifier after ``claim`` into it ("killed 107 or more": at least 107); the
    words stay outside the span, as a qualifier before the number does."""
    m = _OR_MORE.match(text, claim.end)
    if m is None:
        return
    value = float(claim.value)
    if claim.kind == "number" and claim.unit is None:
        noun = _NEXT_WORD.match(text, m.end())
        if noun is not None and _noun_ok(noun.group("n"), plural=True):
            claim.kind, claim.unit = "quantity", singular(noun.group("n"))  # "10 or more people"
    if m.group("up"):
        claim.qualifier, claim.value_high = "at least", NAN
    elif m.group("down"):
        claim.qualifier, claim.value_low = "at most", NAN
    else:
        claim.qualifier, claim.value_low, claim.value_high = "about", value * 0.9, value * 1.1
