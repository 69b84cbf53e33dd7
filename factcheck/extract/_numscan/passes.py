"""Passes over the claims of a whole text, after each number is classified: shares of a count
("411 of the 650 seats"), percentage points, an amount given in two currencies, vague counts
("thousands of soldiers"), rankings ("the first party ... to"), and durations in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from factcheck.extract._numscan.classify import _SHARE_OF_GAP, _subunit_tail
from factcheck.extract._numscan.context import (
    _A_DURATION,
    _A_DURATION_BAD_BEFORE,
    _ANOTHER_IDIOM,
    _COUPLE,
    _DUR_HALF_TAIL,
    _FREQUENCY_BEFORE,
    _FULL_BEFORE,
    _HALF_PERIOD_BEFORE,
    _HYPHEN_LEADS,
    _LEAD_OF_PATTERN,
    _NOUN_AFTER,
    _OR_TWO,
    _ORDINAL,
    _ORDINAL_BAD_NOUNS,
    _SOME_AFTER,
    _SOME_BEFORE,
    _VAGUE_UNITS,
    _VAGUE_UNITS_COUNT,
    _WORD_DURATIONS,
    _WORD_DURATIONS_AFTER,
    CURRENCY_WORDS,
    DURATION_UNITS,
    _comparison_base,
    _modifier_ok,
    _noun_ok,
    singular,
)
from factcheck.extract._numscan.hits import _inside, _interval, _qualified, _scale_of
from factcheck.extract._numscan.words import NAN, ORDINALS, SMALL, TENS
from factcheck.extract.base import Claim


def _count_shares(text: str, claims: list[Claim]) -> None:
    """A bare number that is a share of the count after it counts the same noun: "won 412 of
    the 650 seats" (412 seats)."""
    for share, whole in zip(claims, claims[1:], strict=False):
        if (
            share.kind == "number"
            and share.unit is None
            and whole.kind == "quantity"
            and 1 <= share.value <= whole.value  # (not "half of the 1,000 respondents")
            and whole.start - share.end <= 24
            and _SHARE_OF_GAP.fullmatch(text, share.end, whole.start) is not None
        ):
            share.kind, share.unit = "quantity", whole.unit


#: "from 3 to 5 percent": the start of a change said without the unit its end has.
_FROM_BEFORE = re.compile(r"\b[Ff]rom\s$")
_TO_GAP = re.compile(r"\s+to\s+")
_UNIT_KINDS = frozenset(("percent", "duration", "quantity", "money", "age"))


#: "rose to 4.1%, up from 3.9": the level a change left, said without the unit of the one it
#: reached.
_UP_FROM_GAP = re.compile(r",?\s+(?:up|down)\s+from\s+")
#: A level reached and the one left, wire style: "rose to 12.3 billion euros from 11.8 billion".
_FROM_GAP = re.compile(r"\s+from\s+")
#: An index's change in points and percent before the level it reached.
_POINTS_OR_TO = re.compile(r",?\s+or\s+[^,;]{2,20},?\s+to\s+")
#: A term said without its unit after a length of time: "a non-parole period of eight".
_TERM_OF = re.compile(r"\b(?:period|term|minimum|maximum)\s+of\s+$")
_SENTENCE_GAP = re.compile(r"[.;!?]\s")
#: A rival's share after a count: "51 seats to the Republicans' 49", "to Trump's 232".
_TO_RIVAL_GAP = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s?)\s+")
_TO_BEFORE = re.compile(r"\bto\s(?:a\s)?(?:record\s)?$")


def _change_starts(text: str, claims: list[Claim]) -> None:
    """The bare start of a change takes the kind, unit and scale of its end: "rose from 3 to 5
    percent" (3 %), "cut from five to three years", "grew from 2 to 3 million tonnes", "rose
    to 4.1%, up from 3.9", "fell to 2.9% from 3.2"; so does a bare figure that leaves out the
    unit of one before it (`_lender`)."""
    for i in range(len(claims) - 1):
        first, second = claims[i], claims[i + 1]
        if _bare(second):
            lender = _lender(text, claims, i + 1)
            if lender is not None:
                _take_unit(second, lender)
                continue
        if second.start - first.end > 12 or not (_bare(first) or _bare(second)):
            continue
        if (_bare(first) and second.kind in _UNIT_KINDS and second.unit is not None
                and _TO_GAP.fullmatch(text, first.end, second.start) is not None
                and _FROM_BEFORE.search(text, max(0, first.start - 5), first.start) is not None):
            _take_unit(first, second)
        elif (_bare(second) and first.kind in _UNIT_KINDS and first.unit is not None
              and (_UP_FROM_GAP.fullmatch(text, first.end, second.start) is not None
                   or _FROM_GAP.fullmatch(text, first.end, second.start) is not None
                   and _TO_BEFORE.search(text, max(0, first.start - 12), first.start))):
            _take_unit(second, first)


def _lender(text: str, claims: list[Claim], i: int) -> Claim | None:
    """The claim before the bare ``claims[i]`` whose unit it leaves out: "fell 500 points, or
    1.2%, to 38,500" (points), "won 51 seats to the Republicans' 49", "jailed for 12 years,
    with a non-parole period of eight"."""
    bare, first = claims[i], claims[i - 1]
    if i > 1 and first.kind == "percent":
        change = claims[i - 2]
        if (change.unit == "point" and bare.value > change.value  # (a level above its change)
                and _POINTS_OR_TO.fullmatch(text, change.end, bare.start) is not None):
            return change
    if first.kind not in _UNIT_KINDS or first.unit is None:
        return None
    gap = bare.start - first.end
    if gap <= 40 and _TO_RIVAL_GAP.fullmatch(text, first.end, bare.start) is not None:
        return first
    if (first.kind == "duration" and gap <= 60
            and _TERM_OF.search(text, max(0, bare.start - 24), bare.start) is not None
            and not _SENTENCE_GAP.search(text, first.end, bare.start)):
        return first
    return None


def _bare(claim: Claim) -> bool:
    return claim.kind == "number" and claim.unit is None and claim.qualifier == "exact"


def _take_unit(bare: Claim, said: Claim) -> None:
    """``bare`` in the kind, unit and scale of ``said``, the other end of its change."""
    scale = 1.0 if _scale_of(bare.text.lower(), "") > 1 else _scale_of(said.text.lower(), "")
    if scale > 1 and not said.value / 100 <= bare.value * scale <= said.value * 100:
        return  # "from 2,000 to 3 million": the start is no count of millions
    value = float(bare.value) * scale
    bare.kind, bare.unit = said.kind, said.unit
    bare.value = bare.value_low = bare.value_high = value


#: What leads from a change in points to the percentage it reached ("fell six points to 38%"),
#: and from a percentage to its change in points ("41.2 per cent of the vote, up 4 points").
_POINTS_TO = re.compile(r"\s+to\s+(?:a\s+)?(?:record\s+)?")
_POINTS_AFTER = re.compile(r"[^.;%\d]{0,30}?,\s+(?:up|down)\s+(?:by\s+)?")


def _percentage_points(text: str, claims: list[Claim]) -> None:
    """Points next to the percentage they changed are percentage points: "approval fell six
    points to 38%", "polled 41.2 per cent, up 4 points" (an index's "500 points, or 1.3%" are
    its own)."""
    for first, second in zip(claims, claims[1:], strict=False):
        if first.unit == "point" and second.kind == "percent" and second.unit == "%":
            points, gap = first, _POINTS_TO
        elif second.unit == "point" and first.kind == "percent" and first.unit == "%":
            points, gap = second, _POINTS_AFTER
        else:
            continue
        if second.start - first.end <= 40 and gap.fullmatch(text, first.end, second.start):
            points.kind, points.unit = "percent", "pp"


#: Currencies whose minor unit is the cent: "45 cents" after an amount in one of them is in it.
_CENT_CURRENCIES = frozenset(("AUD", "CAD", "NZD", "HKD", "SGD", "EUR", "ZAR", "KES", "TWD"))
_BARE_CENTS = re.compile(r"[\d.,]+\s?cents?")


def _cents_currency(text: str, money: list[Claim]) -> None:
    """"A$1.3 billion, or 45 cents a share": bare cents shortly after an amount in another
    currency that has cents are that currency's (they are read as US cents alone)."""
    for before, cents in zip(money, money[1:], strict=False):
        if (cents.unit == "USD" and before.unit in _CENT_CURRENCIES
                and cents.start - before.end < 120 and _BARE_CENTS.fullmatch(cents.text)):
            cents.unit = before.unit


def _link_money(text: str, money: list[Claim]) -> None:
    for first, second in zip(money, money[1:], strict=False):
        gap = text[first.end : second.start]
        if re.fullmatch(
            r"\s*[(\[]\s*(?:about|around|approximately|roughly|some|c\.)?\s*"
            r"|\s*(?:,|or|/)\s*(?:about|around|roughly|some)?\s*",
            gap,
        ):
            first.link = second.link = first.link or f"m{first.start}"


def _vague_noun(m: re.Match[str]) -> tuple[str, int]:
    """The counted noun of "thousands of ..." and where it ends: the word after a modifier
    ("of US soldiers", "of dedicated men") or the first word ("of people fled"); ("", 0)
    without one."""
    first, second = m.group("m"), m.group("n")
    if second and _noun_ok(second, plural=True) and _modifier_ok(first):
        return second, m.end("n")
    if first and _noun_ok(first, plural=True):
        return first, m.end("m")
    return "", 0


def _vague(matches: list[re.Match[str]]) -> Iterator[Claim]:
    for m in matches:
        text = m.string
        unit_size = _VAGUE_UNITS[m.group("v").lower()]
        if m.group("outer"):
            unit_size *= 10 if m.group("outer").lower() == "tens" else 100
        low, high = 2 * unit_size, 100 * unit_size
        if m.group("outer") and m.group("outer").lower() == "tens":
            low, high = 2 * unit_size / 10 * 10, 10 * unit_size
        noun, noun_end = _vague_noun(m)
        if not m.group("m") and m.group("v").lower() == "scores" and not m.group("outer"):
            continue  # "he scores", "test scores": only "scores of ..." is a number
        if noun:
            currency = _vague_currency(m, noun, noun_end)
            yield Claim(
                m.start(),
                noun_end,
                text[m.start() : noun_end],
                "money" if currency else "quantity",
                NAN,
                currency or singular(noun),
                qualifier="vague",
                value_low=low,
                value_high=high,
            )
        else:
            stop = m.end("v")
            yield Claim(
                m.start(),
                stop,
                text[m.start() : stop],
                "number",
                NAN,
                None,
                qualifier="vague",
                value_low=low,
                value_high=high,
            )


def _vague_currency(m: re.Match[str], noun: str, noun_end: int) -> str | None:
    """The currency that a vague count counts ("tens of millions of dollars", "of Canadian
    dollars"), or None; "hundreds of pounds of explosives" is a weight."""
    modified = f"{m.group('m')} {noun}".lower() if noun == m.group("n") else ""
    currency = CURRENCY_WORDS.get(modified) or CURRENCY_WORDS.get(noun.lower())
    if currency == "GBP" and noun.lower().startswith("pound") and (
            m.string.startswith(" of ", noun_end)):
        return None
    return currency


def _ordinals(text: str, leads: list[int]) -> Iterator[Claim]:
    """"The first ... in": ``leads`` holds where each "the" that may open one starts."""
    last_stop = 0
    for lead in leads:
        if lead + 1 < last_stop or text[lead] not in "tT":
            continue  # (as a search would, no match inside the one before)
        m = _ORDINAL.match(text, lead + 1)
        if m is None:
            continue
        last_stop = m.end()
        the = lead  # where "the" starts
        if the and text[the - 1].isalpha():
            continue
        noun = m.group("n")
        if noun is None and m.group("sup") is None:
            continue  # "the first of", "the second to": no ranking said
        if m.group("tail") is None and (m.group("sup") is None or noun is None):
            continue  # a ranking needs its field ("in", "since") or a superlative's noun
        if _part_of_a_period(noun):
            continue  # "the first half of", "the first days of November": a part, no figure
        rank = float(ORDINALS[m.group("o")])
        yield Claim(
            m.start("o"),
            m.end("o"),
            m.group("o"),
            "number",
            rank,
            "ordinal",
            qualifier="exact",
            value_low=rank,
            value_high=rank,
        )


def _part_of_a_period(noun: str | None) -> bool:
    """Whether the noun after an ordinal names a part of a period or a series ("half", "days",
    "rounds"): "the first days of November" is no ranking."""
    if noun is None:
        return False
    if noun.endswith("s"):
        noun = noun[:-1]
    return noun in _ORDINAL_BAD_NOUNS or noun in DURATION_UNITS


def _word_durations(
    text: str, taken: list[tuple[int, int]], leads: list[int]
) -> Iterator[Claim]:
    """"All day", "several weeks": ``leads`` holds where each lead word may start."""
    couple_of = _WORD_DURATIONS[_COUPLE]
    found = chain(
        (
            m
            for lead in leads
            for pattern in _WORD_DURATIONS_AFTER.get(text[lead], ())
            if (m := pattern.match(text, lead + 1))
        ),
        # (after the others, as a search of the text for them once was)
        (m for lead in leads if text[lead] in "cC" and (m := couple_of.match(text, lead + 1))),
    )
    for m in found:
        first, lead = _LEAD_OF_PATTERN[m.re]
        start = m.start() - 1
        if start < 0 or text[start] not in first:
            continue
        if (lead in ("half", "couple of", "few") and text.endswith(("a ", "A "), 0, start)
                and not (start > 2 and text[start - 3].isalpha())):  # (not "extra few days")
            start -= 2
            lead = "a " + lead
        if (start and text[start - 1].isalpha()) or m.group("x") or _inside(taken, start, m.end()):
            continue
        counted = _word_duration_count(text, m, lead, start)
        if counted is None:
            continue
        value, qual, low, high = counted
        if qual == "exact":  # "nearly a full year", "less than half hour"
            qual, low, high = _qualified(text, start, value)
        unit, mult = DURATION_UNITS[m.group("u")]
        yield Claim(start, m.end("s"), text[start : m.end("s")], "duration", value * mult, unit,
                    qualifier=qual, value_low=low * mult, value_high=high * mult)


def _word_duration_count(
    text: str, m: re.Match[str], lead: str, start: int
) -> tuple[float, str, float, float] | None:
    """(value, qualifier, low, high) in units of the word duration ``m`` opened by ``lead`` at
    ``start``, or None where it is no length of time."""
    word, plural = m.group("u"), bool(m.group("s"))
    if m.group("sep") == "-" and lead not in _HYPHEN_LEADS:
        return None  # "half-year results", "several-day": only "all-day", "full-week"
    if m.group("biz") and word != "day":
        return None
    if m.group("more") and lead in ("all", "another", "full", "whole", "half", "a half"):
        return None  # ("a few more days", "several more weeks", "a couple more hours")
    if lead in ("all", "another", "full", "whole"):
        if plural or word == "decade" or (lead == "another" and word == "night"):
            return None
        if lead == "all" and word in ("hour", "minute"):
            return None  # "all day", "all year"; "all hour" is not said
        if lead == "another" and (
            (word == "day" and not m.group("biz") and not text.endswith("for ", 0, start))
            or _ANOTHER_IDIOM.match(text, m.end())
        ):
            return None  # "for another day", "wait another month"; "another day, another"
        if lead in ("full", "whole") and not _full_is_length(text, start, word,
                                                             m.group("sep") == "-"):
            return None
        return 1.0, "exact", 1.0, 1.0
    if lead in ("half", "a half"):
        if plural or word in ("night", "decade", "minute"):
            return None  # "half hour", "a half day", "half year"
        if word not in ("hour", "day") and (
            _HALF_PERIOD_BEFORE.search(text, max(0, start - 8), start)
            or _NOUN_AFTER.match(text, m.end())
        ):
            return None  # "the second half year", "half year results": a period
        return 0.5, "exact", 0.5, 0.5
    if not plural or word == "night":
        return None
    if lead == "some" and not (
        _SOME_BEFORE.search(text, max(0, start - 10), start) or _SOME_AFTER.match(text, m.end())
    ):
        return None  # "for some days", "some weeks ago"; not "some days he works"
    if lead.endswith("couple of"):
        return (2.0, *_interval("about", 2.0))
    low, high = _VAGUE_UNITS_COUNT  # "several", "a few", "some": a handful we cannot pin down
    return NAN, "vague", low, high


def _full_is_length(text: str, start: int, word: str, glued: bool) -> bool:
    """Whether "full <word>" (or "whole <word>") at ``start`` is a length: "a full week", "for
    a whole day", "the full day", "full-day"; a year only after "a" ("a full year"):
    "full-year profit", "the full year" and "for full year 2025" are a fiscal period."""
    before = _FULL_BEFORE.search(text, max(0, start - 6), start)
    if word == "year":
        return before is not None and before.group(0)[0] in "aA"
    return glued or before is not None


#: After "in a year": a particular one ("in a year when", "in a month of Sundays"), no length.
_A_PARTICULAR_AFTER = re.compile(r"\s+(?:when|where|that|which|in\s+which|of|like)\b",
                                 re.IGNORECASE)


def _in_a_length(text: str, bad: re.Match[str], end: int) -> bool:
    """Whether the "in" of ``bad`` before "a week" (ending at ``end``) reads a length ("rose
    5% in a week", "the worst in a century"), unlike "in a year when" or "once in a decade"."""
    return (
        bad.group(0)[:2].lower() == "in"
        and _FREQUENCY_BEFORE.search(text, max(0, bad.start() - 8), bad.start()) is None
        and _A_PARTICULAR_AFTER.match(text, end) is None
    )


def _article_durations(
    text: str, taken: list[tuple[int, int]], leads: list[int]
) -> Iterator[Claim]:
    """"A year", "an hour": ``leads`` holds where each "a" or "an" that may open one starts."""
    for lead in leads:
        if text[lead] not in "aA":
            continue
        m = _A_DURATION.match(text, lead + 1 if text.startswith(" ", lead + 1) else lead + 2)
        if m is None:
            continue
        start = m.start() - 1  # the "a" of "a year", or the "n" of "an hour"
        if text[start] == "n":
            start -= 1
            if start < 0 or text[start] not in "aA":
                continue  # "in years"
        if start and text[start - 1].isalpha():
            continue
        if _inside(taken, start, m.end()):
            continue
        if any(e in (start - 1, start) for _, e in taken):
            continue  # 800,000 a year, $300m a year: a rate, not a duration
        if _comparison_base(text, start, m.end()):
            continue  # "up 5% from a year earlier"
        word = m.group("u").lower()
        bad = _A_DURATION_BAD_BEFORE.search(text, max(0, start - 10), start)
        if bad and not _in_a_length(text, bad, m.end()):
            continue  # "twice a year", "in a year when"
        unit, mult = DURATION_UNITS[word]
        value, stop = float(mult), m.end()
        tail = _DUR_HALF_TAIL.match(text, stop)
        if tail:  # an hour and a half, a decade and a half
            value += (0.5 if tail.group(1).lower() == "half" else 0.25) * mult
            stop = tail.end()
        elif mult == 1:  # a year and six months, an hour and 20 minutes
            extra, stop = _subunit_tail(text, stop, unit)
            value += extra
        qual, low, high = _qualified(text, start, value)
        more = _OR_TWO.match(text, stop) if stop == m.end() else None
        if more and more.group(1):  # "a day or two": one or two
            qual, low, high, value, stop = "range", value, 2 * value, 1.5 * value, more.end()
        elif more and qual == "exact":  # "a year or so"
            qual, low, high = _interval("about", value)
            stop = more.end()
        yield Claim(start, stop, text[start:stop], "duration", value, unit, qualifier=qual,
                    value_low=low, value_high=high)


#: A race or match time: "2:01:09" (hours, minutes, seconds) after a word that gives a length
#: ("won in", "clocked", "a time of"), or "1:52.23" (minutes, seconds and hundredths), which
#: no clock writes. The calendar reads neither as a time of day.
_RACE_TIME = re.compile(r"(?<![\w.:/])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)"
                        r"(?:\.\d{1,3})?|(?P<m>\d{1,2}):(?P<ms>[0-5]\d\.\d{1,3}))(?![\w:]|\.\d)")
_RACE_TIME_CUES = frozenset(
    "in lasted lasting took taking within under of clocked timed ran record best".split())
_WORD_BEFORE = re.compile(r"(\w+)\W{1,3}$")


def _race_times(text: str) -> Iterator[Claim]:
    """Durations written as a stopwatch shows them: "in 2:01:09" (2.02 hours), "1:52.23"
    (1.87 minutes)."""
    at = text.find(":", 1)
    while at != -1:
        m = None
        if text[at - 1].isdigit() and text[at + 1:at + 2].isdigit():  # (str.find is far faster)
            start = at - 2 if at > 1 and text[at - 2].isdigit() else at - 1
            m = _RACE_TIME.match(text, start)
        at = text.find(":", m.end() if m else at + 1)
        if m is None:
            continue
        if m.group("h"):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if before is None or before.group(1).lower() not in _RACE_TIME_CUES:
                continue  # "at 10:30:15": a clock
            value = int(m["h"]) + int(m["hm"]) / 60 + float(text[m.end("hm") + 1:m.end()]) / 3600
            unit = "hour"
        else:
            value, unit = int(m["m"]) + float(m["ms"]) / 60, "minute"
        yield Claim(m.start(), m.end(), m.group(), "duration", value, unit,
                    qualifier="exact", value_low=value, value_high=value)


#: "the month-long strike", "a yearlong inquiry": one unit of time before "long" (a count before
#: it, "three-month-long", is read by the scan; "a year-long" by `_article_durations` as "a year").
_UNIT_LONG = re.compile(r"(?<![\w-])(?P<u>day|week|fortnight|month|year|decade|century)-?$",
                        re.IGNORECASE)
_ARTICLE_END = re.compile(r"(?<![\w-])an?\s+$", re.IGNORECASE)
_UNIT_ENDS = frozenset("-ykhrYKHR")  # day, week, month, year, century (decade is "decade-")


def _unit_long(text: str) -> Iterator[Claim]:
    """One unit of time said with "-long" and no count: "the decade-long war" (10 years)."""
    at = text.find("long")
    while at != -1:
        # (the regex only where a unit's last letter or a hyphen is before: not "along")
        m = _UNIT_LONG.search(text, max(0, at - 10), at) if text[at - 1:at] in _UNIT_ENDS \
            else None
        if (m is not None and not text[at + 4:at + 5].isalpha()
                and not (text[at - 1] == "-"  # (not "yearlong", which it does not read)
                         and _ARTICLE_END.search(text, max(0, m.start() - 4), m.start()))):
            unit, mult = DURATION_UNITS[m.group("u").lower()]
            yield Claim(m.start(), at + 4, text[m.start():at + 4], "duration", float(mult), unit,
                        qualifier="exact", value_low=float(mult), value_high=float(mult))
        at = text.find("long", at + 4)


#: A multiplier written as one word: "a fourfold rise", "increased tenfold" ("ten-fold" and
#: "18-fold" are read with the number they follow).
_FOLD_VALUES = {**SMALL, **TENS, "hundred": 100}


def _glued_folds(text: str) -> Iterator[Claim]:
    # (a find of "fold" and a look-up of the letters before it: a regex of every number word
    # would try each position of the text)
    at = text.find("fold")
    while at != -1:
        stop = at + 4
        begin = at
        while begin and text[begin - 1].isalpha():
            begin -= 1
        value = _FOLD_VALUES.get(text[begin:at].lower(), 0)
        if value > 1 and not text[stop : stop + 1].isalpha():
            yield Claim(begin, stop, text[begin:stop], "number", float(value), "fold",
                        qualifier="exact", value_low=float(value), value_high=float(value))
        at = text.find("fold", stop)
