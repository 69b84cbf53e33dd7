"""Rates: what a figure is given per ("$600 a month", "5,000 barrels a day", "$2 per share").

A figure per month and one per year are different facts until converted: "$600 a month" and
"$7,200 a year" agree. Only the calendar periods from a week up convert (a year holds 52 weeks,
12 months, 4 quarters); a day or an hour does not, because a working day and a working week
are not fixed fractions of a year ("$15 an hour" is no fixed amount a year), so figures per
day, per hour or per anything else are compared only with figures per the same thing.
"""

from __future__ import annotations

import re

#: How many of each period make a year.
PERIODS_PER_YEAR = {"week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0}

# The words after "a"/"an"/"each"/"every" that make a figure a rate: periods and the usual
# denominators of prices and counts. ("per" makes any noun one: "$2 per share".)
_RATE_NOUNS = {
    **{p: p for p in ("hour", "day", "night", "week", "month", "quarter", "year", "decade")},
    **{w: "person" for w in ("head", "person", "capita", "resident", "passenger", "student")},
    **{w: w for w in ("barrel", "share", "tonne", "ton", "kilogram", "litre", "liter", "gallon",
                      "ounce", "unit", "game", "match", "household", "ticket", "vote")},
    "annum": "year", "hr": "hour", "yr": "year", "kg": "kilogram", "mo": "month",
}
_ADVERBS = {"annually": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month",
            "weekly": "week", "daily": "day", "hourly": "hour", "nightly": "night"}
# "3% a year earlier", "$5 a day after": an article and a period before these words are a
# time, not a rate.
_PER = re.compile(
    r"[ \t]*(?:(?P<adverb>annually|yearly|quarterly|monthly|weekly|daily|hourly|nightly)\b"
    r"|(?P<word>per|an?|each|every)[ \t]+(?P<noun>[a-z]+)\b"
    r"(?![ \t]+(?:ago|earlier|later|before|after|prior|since|from|or[ \t]+(?:two|so))\b)"
    r"|/[ \t]*(?P<slash>[a-z]+)\b)")


def per_after(text: str, end: int) -> str:
    """What the figure ending at ``end`` of ``text`` is given per: a period ("month") or a
    denominator ("share", "person"), or '' for a figure that is no rate."""
    m = _PER.match(text, end)
    if m is None:
        return ""
    if m.group("adverb"):
        return _ADVERBS[m.group("adverb")]
    noun = (m.group("noun") or m.group("slash") or "").lower()
    if noun.endswith("s") and noun[:-1] in _RATE_NOUNS:
        noun = noun[:-1]  # "per barrels" is rare, "/days" a typo: read as the noun
    known = _RATE_NOUNS.get(noun)
    if known is not None:
        return known
    if m.group("word") == "per" and noun not in ("cent", "centum", "se"):
        return noun  # "$2 per share": any noun after "per"
    return ""


def per_family(per: str) -> str:
    """The rates a rate per ``per`` can be compared with: the calendar periods from a week up
    are one family ("year"), anything else is its own."""
    return "year" if per in PERIODS_PER_YEAR else per


def per_factor(per: str, target: str) -> float | None:
    """What a figure per ``per`` is multiplied by to be per ``target`` ("month" to "year":
    12), or None if the two do not convert."""
    if per not in PERIODS_PER_YEAR or target not in PERIODS_PER_YEAR:
        return None
    return PERIODS_PER_YEAR[per] / PERIODS_PER_YEAR[target]
