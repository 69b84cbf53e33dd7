"""One shared scan for every numeric claim kind: number parsing, context reading, and its cache.

The numeric extractors (number, percent, money, quantity, age, duration) all read the same
numbers, so the text is scanned once: a compiled regex finds each number (digits with
separators, number words, fractions, "a dozen"), adjacent numbers are merged into ranges,
and cheap anchored regexes look at the few characters around each number to decide its kind
(a currency before it, "%" after it, a counted noun after it...). Each extractor module then
yields the claims of its own kind from the cached result.

Conventions (documented here once, relied on by tests):

* ``value`` is a float in full units; a range ("20-25", "between 3 and 4") has qualifier
  ``range`` and value = midpoint, ``value_low``/``value_high`` = its ends. "from 3 to 5" is
  a change, not a range: two numbers. A ratio ("one in five", "3 out of 10") is a number
  with unit ``ratio`` and value 0.2. Minor units become major ones ("50 cents" = 0.5 USD).
* The span is the numeric expression itself; qualifier words ("about", "more than",
  "between") stay outside it and are read into ``qualifier`` and the interval.
* A bare "3m"/"2b" is a count in millions/billions only when a counted noun follows
  ("1.2m ballots"), metres before a dimension word ("1.8m tall") or where the sentence
  measures a length ("the outreach is 48m", "1m is equal to 10 dm"); alone it is as likely
  metres or a label, so it is dropped. A capital M or B ("10M"), "b" after a decimal ("1.2b")
  and "MM" are scales even alone; a bare "t" is tonnes only where a weight is measured.
* Measures: a unit of measurement after the number, glued or not ("10km", "120 km/h",
  "240 square metres", "40°C"), is a quantity whose unit is the canonical unit name
  (`factcheck.units`); "5 feet 2 inches" is 5.17 feet; "pounds" weigh only after "weigh"
  or a load word, before "of <noun>", as "a 500-pound bomb" or next to another unit of mass
  ("a metric ton is equal to 2,204.62 pounds"), else they are money.
* Qualifiers: ``about`` (about, around, some, nearly...: value ±10 %, "nearly" only below),
  ``more than``/``at least`` (open upper bound: value_high NaN), ``less than``/``at most``
  (open lower bound), ``vague`` ("thousands of": value NaN, bounds 2x..100x the unit).
* Not claims: URLs, handles, hashtags, dotted versions and IP addresses, phone numbers and
  ISBN-like digit groups, ids (ten digits or more with no group separator and no sign),
  times (12:30, 5 pm), digit ordinals ("the 5th"), numbers glued to letters other than a
  unit (G7, 5G), labels after a capitalised word (Marine One, Windows 10), bare
  four-digit years 1000-2199 and day numbers next to a month name (the dates extractor owns
  those), a bare "one" (a pronoun far more often than a count), "a few", "several", "a"
  and "an" (except "a dozen", "a third of", "a million", "a decade", a fraction ending a
  clause: "fell by a third."; "a fifth term" is a rank), scores' second halves as counts
  ("3-1 win"), "a year" right after an amount (a rate: "800,000 a year").
* Spoken and written forms: "five point five" = 5.5, "three and a fifth" = 3.2, "two million
  and three fifths" = 2,600,000, "twenty-three fifths" = 4.6, "three dozens" = 36, 1e6 and
  1.3e-2, "10 bln", "4 thousand 3 hundred and 21", "40 000" (digits grouped by spaces), "two
  thirds of a million". A slash fraction is a number as "3/4 of", in "2 1/4", signed, or over
  a fraction denominator (2, 3, 4, 5, 8, 10, 16...) with no date word before ("on 3/4", "9/11"
  stay dates). "One over three" is read only ending a clause ("2 over par" is not); powers
  ("1.1^23") are maths notation, not news: not read. Basis points are percentage points
  divided by 100 ("25bp" = 0.25, unit ``pp``).
* Durations: "over three years" is exact (as often "during" as "more than"); "a decade"
  is 10 years; "two hours and 30 minutes" is 2.5 hours; "all day", "all-day", "a full week",
  "another month" and "another business day" are one unit, "half year" half of one, "a couple
  of days" about 2, "several weeks", "a few days" and "for some days" vague (2-9).
  An offset from now or from a calendar day ("3 days from now", "2 weeks before May 13") and
  clock minutes ("20 minutes past eight") name a moment: no duration. Offsets from an event
  ("two days after the vote", "three weeks later") and "in/within/next 3 days" stay lengths.
* Ordinals are claims only in "the first/second/... <noun> in|to|since|ever|of ..." (a
  ranking: "the first party in postwar Japan to ..."), value = rank, unit ``ordinal``;
  "first term", "her first since ..." are not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from itertools import chain
from operator import attrgetter

from factcheck.extract._calendar.words import MONTHS, WEEKDAYS
from factcheck.extract.base import Claim
from factcheck.text import regex_trie
from factcheck.units import UNIT_LEADS, UNIT_OPENERS, mentions, unit_at

NAN = math.nan

def _may_open(text: str, pos: int, initials: frozenset[str]) -> bool:
    """False when a regex that opens with at most one separator (white space or a hyphen) and
    then one of ``initials`` cannot match at ``pos``: most numbers are followed by a word no
    such regex reads, and this test is far cheaper than the regex. More white space and
    non-ASCII characters (which case-blind regexes may fold) go to the regex."""
    first = text[pos : pos + 1]
    if first in initials or not first.isascii():
        return True
    if first.isspace() or first == "-":
        second = text[pos + 1 : pos + 2]
        return second in initials or second.isspace() or not second.isascii()
    return False


def _opening(text: str, pos: int) -> str:
    """What a regex of `_may_open`'s kind reads first at ``pos``: the character there or after
    one separator; "*" where only the regex can tell. (One call serves several such tests.)"""
    first = text[pos : pos + 1]
    if not first.isascii():
        return "*"
    if first.isspace() or first == "-":
        second = text[pos + 1 : pos + 2]
        return "*" if second.isspace() or not second.isascii() else second
    return first


def _both_cases(letters: str) -> frozenset[str]:
    return frozenset(letters.lower() + letters.upper())


# --- number words -------------------------------------------------------------------------

SMALL = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "crore": 1e7}  # (South Asian: "five lakh" 500,000, "two crore" 20m)
SUFFIX_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mm": 1e6,  # "1MM", written in capitals only (finance)
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "tln": 1e12,
}
_DIGIT_SCALES = {"hundred": 100.0, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
                 "dozen": 12.0, "dozens": 12.0}
VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 1e6,
    "millionths": 1e6,
    "billionth": 1e9,
    "billionths": 1e9,
    "trillionth": 1e12,
    "trillionths": 1e12,
}
#: twentieth ... ninetieth, singular and plural.
DENOMINATORS |= {t[:-1] + "ieth" + s: float(v) for t, v in TENS.items() for s in ("", "s")}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Word alternations as prefix trees: the case-blind engine otherwise enters every word in turn.
# (Words matching at one place are prefixes of each other; the tree, like a longest-first
# list, tries the longest first.)
_WORDS = regex_trie([*SMALL, *TENS, "hundred", *SCALES, "dozen"])
_DENOMS = regex_trie(DENOMINATORS)
#: "two millionth" is a rank (the two millionth visitor); only "one millionth" is a fraction.
_SCALE_DENOMS = "hundredth|thousandth|millionth|billionth|trillionth"
_FRAC_DENOMS = regex_trie(d for d in DENOMINATORS if d not in _SCALE_DENOMS.split("|"))
_SMALLS = regex_trie(SMALL)
_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"
#: Fractions read after "a" ("a third of", "fell by a third."; not after "an hour and": a tail).
_A_FRACS = ("third|quarter|half|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth"
            "|thousandth|millionth|billionth|trillionth")
_TENS = "(?:" + "|".join(TENS) + ")"
#: Just after "by" and perhaps a qualifier: "fell by a third", "by almost half".
_AFTER_BY = "(?:" + "|".join(
    rf"(?<=\bby\s{q})" for q in ("", r"almost\s", r"nearly\s", r"about\s", r"around\s",
                                  r"roughly\s", r"more\sthan\s", r"over\s", r"some\s")) + ")"
#: What a fraction after "a" does as a share of people ("a third said", "a quarter were"); not
#: "was" or "is": "a third was arrested" is a third person.
_SHARE_VERBS = ("said|say|says|were|are|have|had|opposed|oppose|supported|support|backed|back"
                "|agreed|agree|disagreed|voted|vote|wanted|want|believe|believed|think|thought"
                "|expect|expected|reported|died|own|owned|favour|favor|favoured|favored")

_CORE = re.compile(
    rf"""
    (?P<dig>(?=\d{{1,3}}[,\x20\u202f\u00a0\u2009]\d)  # each grouped form needs this: one test
        (?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?(?!,?\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
        |\d{{1,3}}(?:[\x20\u202f\u00a0\u2009]\d{{3}})+(?:\.\d+)?(?!\d|\x20\d))
        |\d+(?:\.\d+)?|(?<![\d.])\.\d+)(?P<vf1>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])?
      (?:(?=[\s-]?[htmblcdk])  # one test instead of trying each case-blind word in turn
        (?:(?:\s|-(?=[a-z]))?(?P<dscale>hundred|thousand|million|billion|trillion
            |lakhs?(?:[\s-]crores?)?|crores?|dozens?)\b
        |(?P<sfx>(?-i:MM)|k|mn|mln|mil|m|bn|bln|b|tn|trn|tln)\b
        |\s(?P<sfxs>bn|bln|mln|tln|(?:(?<=\.\d\s)|(?<=\.\d\d\s))k)\b))?
    |(?P<vf>(?<!\w)[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])
    |(?P<frac>\b(?:{_SMALLS})(?:[- ]|\x20-\x20)
        (?:{_FRAC_DENOMS}|(?:(?<=one\x20)|(?<=one-))(?:{_SCALE_DENOMS}))\b
        (?!-(?:final|largest|biggest)))
    |(?P<art>\ban?\s+(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore)\b
        |\ba\s+(?:{_A_FRACS})(?=\s+of\b)
        |(?<!\band\s)\ba\s+(?:{_A_FRACS})(?=\s*[.,;:!?)]|\s*$)
        |\ba\s+(?:{_A_FRACS})(?=\s+(?:{_SHARE_VERBS})\b)  # "a third opposed it"
        |{_AFTER_BY}a\s+(?:{_A_FRACS})\b(?![-\s]+(?:point|percentage|mile|hour|century|of|an?)\b|-)
        |{_AFTER_BY}half\b(?![-\s]+(?:point|percentage|mile|hour|century|time|an?|the|its|their)\b|-)
        |\b(?:an?\s+)?(?:half|quarter)\s+(?:an?\s+)?(?:dozen|hundred|thousand|million|billion|trillion)\b
        |(?<!first\s)(?<!second\s)(?<!latter\s)(?<!1st\s)(?<!2nd\s)  # "the first half of 2025"
         \bhalf(?=\s+(?:of|an?|the|its|their|his|her|our|all|these|those)\b|(?<=than\shalf)\b(?!-)))
    |(?P<wrd>\b(?:{_WORDS})\b(?:(?:-|\s+|(?<=ty)\x20-\x20(?={_UNITS}\b)|(?:(?<=hundred)|(?<=thousand)|(?<=million)
        |(?<=billion))\s+and\s+)(?:{_WORDS})\b)*)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TOKEN = re.compile(r"[A-Za-z]+")
#: The groups of a `_CORE` match that `_raw_hits` reads, in one `group()` call.
_CORE_GROUPS = ("dig", "vf", "vf1", "dscale", "sfx", "sfxs", "wrd", "frac", "art")


#: The words that open the claims `_article_durations`, `_word_durations` and `_ordinals` read
#: ("a year", "an hour", "all day", "another week", "several weeks", "a few hours", "for some
#: days", "a full week", "a whole day", "a couple of days", "the first ... in"; "half" is a
#: number word already), under a placeholder for the look-ahead
#: that must follow them (`_LEAD_TAILS`). The number scan finds them almost for free: its
#: engine visits every position before a word anyway, where `_ORDINAL` would search the whole
#: text for "he", and `_word_durations` for "ouple of".
_LEADS = {
    "\ue000": ("a", "A", "an", "An"),
    "\ue001": ("all", "All", "another", "Another", "several", "Several", "few", "Few", "some",
                "Some", "full", "Full", "whole", "Whole"),
    "\ue002": ("the", "The"),
    "\ue003": ("couple", "Couple"),
}
_LEAD_TAILS = {
    "\ue000": r"(?=\x20(?:year|month|week|day|hour|minute|decade|century|fortnight))",
    "\ue001": r"(?=(?:\s+|-)(?:more\s+)?(?:(?:business|working)\s+)?(?:day|night|week|month|year"
               r"|hour|minute|decade|fortnight))",
    "\ue002": r"(?=\s+(?:[A-Za-z]+['’]s\s+)?(?:first|second|third|fourth|fifth|sixth|seventh"
               r"|eighth|ninth|tenth))",
    "\ue003": r"(?=\x20(?:of\s+)?(?:more\s+)?(?:day|night|week|month|year|hour|minute|decade))",
}
_LEAD_WORDS = frozenset(lead for leads in _LEADS.values() for lead in leads)
#: How a lead word (or "half") opens: one may follow a digit directly, a digit the scan took
#: as a number's start, not as the non-letter before the lead word.
_LEAD_INITIALS = frozenset("aAsShHtTcCfFwW")


def _anchor_variants() -> set[str]:
    """What a number (or a lead word, with its placeholder) may start with, besides the single
    characters of `_SINGLES`: number words lower-case or capitalised, "a dozen", ".5"."""
    words = {
        *SMALL,
        *TENS,
        "hundred",
        *SCALES,
        "dozen",
        "dozens",
        "half",
        "quarter",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "scores",
    }
    variants = {v for w in words for v in (w, w.capitalize())}
    variants |= {
        f"{a} {w}"
        for a in ("a", "A", "an", "An")
        for w in (
            "dozen",
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "lakh",
            "crore",
            "third",
            "quarter",
            "half",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "hundredth",
            "thousandth",
        )
    }
    variants |= {f".{d}" for d in "0123456789"}
    # The lead words of the claims read after the numbers, each with a placeholder for the
    # look-ahead that must follow it. The tree tries branches in character order, placeholders
    # (private-use characters) last: a lead word never matches where a number variant sharing
    # its letters ("a dozen") does.
    variants |= {lead + mark for mark, leads in _LEADS.items() for lead in leads}
    return variants


_SINGLES = "0123456789½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"  # no longer variant starts with one of these


def _anchor_pattern() -> str:
    """What a number may start with, as written: `_anchor_variants` and `_SINGLES`. (Its
    longest match at a place is what the anchor passes take there.)"""
    variants = _anchor_variants()
    firsts = "".join(re.escape(ch) for ch in sorted({v[0] for v in variants} | set(_SINGLES)))
    trie = regex_trie(variants)
    for mark, tail in _LEAD_TAILS.items():
        trie = trie.replace(mark, tail)
    assert trie.startswith("(?:") and trie.endswith(")")
    return f"(?=[{firsts}])(?:[{_SINGLES}]|{trie[3:-1]})"


#: `_anchor_pattern` at one place of the text.
_ANCHOR_AT = re.compile(_anchor_pattern())

# The anchors (where a number or a lead word may start: after a character other than an ASCII
# letter, or at the text's start) are found in the text's shape (`_anchor_shape`): one byte per
# character, letters lower-cased, digits (and the vulgar fractions, single characters as
# digits are) "0", every other character (a space most often) "|". Each pass over it opens with
# a literal byte, the regex engine's fastest search: one pattern opening with "[^A-Za-z]" over
# the text tries every character against the class and enters the engine after each of them,
# several times slower. The passes: number words after a "|", and digit runs ("0"), where a
# ".5" ending in one and a word right after one ("5half") are read.
_SHAPE_TABLE = bytes(
    b if 97 <= b <= 122 else b + 32 if 65 <= b <= 90 else 48 if 48 <= b <= 57
    else 48 if chr(b) in _SINGLES else 124  # "|"
    for b in range(256)
)
#: The vulgar fractions beyond Latin-1 (the shape's encoding reads them as "?").
_WIDE_SINGLES = "".join(ch for ch in _SINGLES if ord(ch) > 255)


def _shape_words() -> bytes:
    """The anchor words as the shape has them: lower-cased, their spaces (and the white space
    a lead word's look-ahead reads) "|", as every other character but a letter or digit: a
    superset, checked on the text where the shape's match is not written as one of
    `_WRITTEN_WORDS`."""
    words = {v.lower() for v in _anchor_variants() if v[0] != "."}
    # Branches in the order of the first letters' frequency at the start of English words:
    # at each space the engine tries them in turn (the letters are distinct: any order matches
    # the same).
    firsts = sorted({w[0] for w in words}, key="tasochwfmdbelnqz".index)
    trie = "(?:" + "|".join(regex_trie(w for w in words if w[0] == f) for f in firsts) + ")"
    for mark, tail in _LEAD_TAILS.items():
        # (an apostrophe is a "|" in the shape, as a space is)
        shaped = tail.replace(r"\s", " ").replace(r"\x20", " ").replace("['’]", " ")
        trie = trie.replace(mark, shaped)
    trie = trie.replace("\\ ", " ")  # (regex_trie's escaped spaces)
    assert "\\" not in trie  # (no other escape: the bytes read as written)
    return trie.replace(" ", r"\|").encode("latin-1")


#: The anchor words as written, but for lead words (their look-ahead is read on the text).
_WRITTEN_WORDS = frozenset(
    v for v in _anchor_variants() if v[0] != "." and not any(m in v for m in _LEADS))
#: Anchor words after a character but a letter or digit, and after a digit (read at the end of
#: each digit run).
_WORDS_AFTER_OTHER, _WORDS_AFTER_DIGIT = (
    re.compile(before + _shape_words()) for before in (b"\\|", b"0"))
_DIGIT_RUNS = re.compile(rb"00*")  # ("0+" would not open with a literal)
_BPS = re.compile(r"bps?\b")
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(thousand|million|billion|trillion)\b(?!-)",
                         re.IGNORECASE)
#: (Not "plus or minus 3 points", a poll's margin of error.)
_NEGATIVE = re.compile(r"\b(?<!plus\sor\s)(?<!plus-or-)(?:minus|negative)\s+$", re.IGNORECASE)
#: How "minus" and "negative" end, lower-cased ("ſ" is an "s" to the case-blind regex).
_NEGATIVE_ENDS = frozenset(("us", "uſ", "ve"))
#: The scale words of a word number ("two million"), to be found in its lower-cased text.
_SCALE_WORD = re.compile("|".join(SCALES))
#: "three and a half", "forty-two and a third", "two million and three fifths", "one and half
#: hour" (a bare "half" only before a time unit).
_AND_A_HALF = re.compile(
    rf"(?:\s+and\s+|-and-)(?:(?P<num>an?|{_SMALLS}|{_TENS}(?:-{_UNITS})?)[- ]+(?P<den>{_DENOMS})\b"
    r"|(?P<bare>half)(?=\s+(?:an?\s+)?(?:hours?|days?|weeks?|months?|years?|minutes?)\b))|\s*½",
    re.IGNORECASE,
)
#: "twenty-three fifths", "one hundred and thirty-two fifths": a word numerator over a
#: plural denominator.
_DENOM_AFTER = re.compile(rf"[- ](?P<den>(?:{_DENOMS}))\b(?![- ](?:final|largest|biggest))",
                          re.IGNORECASE)
_DIGIT_WORDS = "zero|nought|naught|oh|one|two|three|four|five|six|seven|eight|nine"
#: "five point five", "nought point nought three", "two hundred point seventy-one".
_POINT = re.compile(
    rf"\s+point\s+(?P<d>(?:{_DIGIT_WORDS})(?:\s+(?:{_DIGIT_WORDS})\b)*\b(?!-)"
    r"|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\b)",
    re.IGNORECASE,
)
_DIGIT_VALUE = {"oh": 0, "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3,
                "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
#: 1e6, 1.3e6, 12.32e+14: scientific notation right after the digits.
_EXPONENT = re.compile(r"[eE](?P<x>[+-]?\d{1,3})(?![\w.])")
#: "3/4 of", "2 1/4": a slash fraction is a number only then; alone it is as likely a date.
_SLASH_FRAC = re.compile(r"(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_FRACTION_DENOMINATORS = frozenset((2, 3, 4, 5, 8, 10, 16, 32, 64))
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|by|since|until|till|from|before|after|through|dated|to|of|and|or|in|last|next"
    r"|this|every|day)\s$|[a-z]day,?\s$|\d\s$",
    re.IGNORECASE,
)


def parse_words(words: list[str]) -> tuple[float, int] | None:
    """Value of a run of number words and how many of them it used ("twenty one" -> 21, 2)."""
    total = 0.0
    current = 0.0
    last = ""
    used = 0
    seen = False
    for i, raw in enumerate(words):
        word = raw.lower()
        if word == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if word in SMALL:
            value = SMALL[word]
            if last == "small" or (last == "ten" and (value >= 10 or value == 0)):
                break
            current += value
            last = "small"
        elif word in TENS:
            if last in ("small", "ten"):
                break
            current += TENS[word]
            last = "ten"
        elif word == "hundred":
            if last == "hundred" or current % 100 >= 100 or current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif word == "dozen":
            current = (current or 1) * 12
            last = "scale"
        elif word in SCALES:
            if last == "scale" and not current:
                if word == "crore" and words[i - 1].lower() == "lakh":  # "3 lakh crore": 3e12
                    total *= 1e7
                    used = i + 1
                    continue
                break
            total += (current or 1) * SCALES[word]
            current = 0.0
            last = "scale"
        else:
            break
        used = i + 1
        seen = True
    if not seen:
        return None
    return total + current, used


def parse_number(surface: str) -> float | None:
    """Parse one number expression ("1,500", "1.5 million", "twenty-one", "two-thirds", "3bn")."""
    match = _CORE.fullmatch(surface.strip())
    if not match:
        return None
    value = _core_value(match)
    return None if value is None else value[0]


def _digits_value(dig: str, vf1: str | None, dscale: str | None, sfx: str | None) -> float:
    """The value of `_CORE`'s digits with their vulgar fraction, scale word or suffix."""
    # Most numbers are plain digits: float() reads them without the separators' regex.
    digits = dig if dig.isdecimal() else _DIGIT_SEPARATORS.sub("", dig)
    value = float(digits)
    if vf1:
        value += VULGAR[vf1]
    if dscale:
        word = dscale.lower()
        if len(word) > 6 and word.startswith("lakh"):  # "2.5 lakh crore": 2.5 x 10^12
            scale = 1e12
        else:
            scale = _DIGIT_SCALES.get(word) or SCALES[word]
    elif sfx:
        scale = SUFFIX_SCALES[sfx.lower()]
    else:
        return value
    exponent = _POWERS_OF_TEN.get(scale)
    if exponent is not None and not vf1:
        # 8.3 x 10^6 is 8300000.000000001 in binary; the decimal text read at its scale is not
        return float(f"{digits}e{exponent}")
    return value * scale


_POWERS_OF_TEN = {10.0**k: k for k in range(1, 16)}


def _core_value(match: re.Match[str]) -> tuple[float, int] | None:
    """(value, end offset in text) of a core match; the end may shrink for word runs."""
    vf, dig, vf1, dscale, sfx, sfxs = match.group("vf", "dig", "vf1", "dscale", "sfx", "sfxs")
    if vf is not None:
        return VULGAR[vf], match.end()
    if dig is not None:
        return _digits_value(dig, vf1, dscale, sfx or sfxs), match.end()
    if match.group("frac") is not None:
        num, den = match.group("frac").lower().replace("-", " ").split()
        top = 1 if num in ("a", "an") else SMALL[num]
        return top / DENOMINATORS[den], match.end()
    if match.group("art") is not None:
        words = match.group("art").lower().split()
        factor = 1.0
        for w in words[:2]:
            factor *= {"half": 0.5, "quarter": 0.25}.get(w, 1.0)  # half a million
        word = words[-1]
        if word == "dozen":
            return 12.0 * factor, match.end()
        if word == "hundred":
            return 100.0 * factor, match.end()
        if word in SCALES:
            return SCALES[word] * factor, match.end()
        return 1 / DENOMINATORS[word], match.end()
    wrd = match.group("wrd")
    if wrd.isascii() and wrd.isalpha():  # one word ("two", "Million"): most word numbers
        single = _WORD_VALUES.get(wrd.lower())
        return None if single is None else (single, match.end())
    tokens = list(_TOKEN.finditer(wrd))
    parsed = parse_words([t.group() for t in tokens])
    if parsed is None:
        return None
    value, used = parsed
    return value, match.start() + tokens[used - 1].end()


#: The value of each number word alone, as `parse_words` reads it.
_WORD_VALUES = {
    w: parsed[0]
    for w in [*SMALL, *TENS, "hundred", *SCALES, "dozen"]
    if (parsed := parse_words([w])) is not None
}
#: A word number of one word (most of them: "two", "Million") as the scan reads it, written in
#: lower case, capitalised or in capitals: its value, whether it is a scale, its first word.
_ONE_WORDS = {
    form: (value, word in SCALES, word)
    for word, value in _WORD_VALUES.items()
    for form in (word, word.capitalize(), word.upper())
}

# --- context ------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₦": "NGN",
    "₿": "BTC",
}
DOLLAR_PREFIXES = {
    "US": "USD",
    "U.S.": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "CAN": "CAD",
    "HK": "HKD",
    "NZ": "NZD",
    "S": "SGD",
    "SG": "SGD",
    "NT": "TWD",
    "R": "BRL",
    "M": "MXN",
    "Mex": "MXN",
}
ISO_CODES = frozenset(
    [
        "USD",
        "GBP",
        "EUR",
        "JPY",
        "CNY",
        "RMB",
        "AUD",
        "CAD",
        "CHF",
        "INR",
        "KRW",
        "HKD",
        "SGD",
        "NZD",
        "RUB",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "TWD",
        "THB",
        "BTC",
        "IDR",
        "MYR",
        "PHP",
        "VND",
        "SAR",
        "AED",
        "ILS",
        "EGP",
        "NGN",
        "KES",
        "PKR",
        "BDT",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "UAH",
        "CZK",
        "HUF",
    ]
)
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "francs": "CHF",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "peso": "MXN",
    "pesos": "MXN",
    "mexican pesos": "MXN",
    "reais": "BRL",
    "rand": "ZAR",
    "turkish lira": "TRY",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "markka": "FIM",
    "finnish markka": "FIM",
    "pesetas": "ESP",
    "guilders": "NLG",
    "dutch guilders": "NLG",
    "deutsche marks": "DEM",
    "french francs": "FRF",
    "lira": "TRY",
    "shekels": "ILS",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dong": "VND",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "zloty": "PLN",
    "riyals": "SAR",
    "dirhams": "AED",
    "naira": "NGN",
}
#: Minor units: the amount is divided by 100 and stated in the major currency.
MINOR_WORDS = {"cent": "USD", "cents": "USD", "pence": "GBP", "p": "GBP", "penny": "GBP",
               "us cents": "USD", "u.s. cents": "USD", "euro cents": "EUR", "paise": "INR"}

_CUR_WORD_ALT = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted([*CURRENCY_WORDS, *MINOR_WORDS], key=len, reverse=True)
)
_ISO_ALT = "|".join(sorted(ISO_CODES))

# Before the number (searched in a short slice ending at the number).
_PREFIX = re.compile(
    rf"(?:(?P<pre>\b(?:US|U\.S\.?|AU|A|CAN|CA|C|HK|NZ|SG|S|NT|R|Mex|M"
    rf"|(?i:usd|aud|cad|nzd|mxn|hkd|sgd|twd|us|u\.s\.?|au|can|c|hk|nz|sg|nt)))?\s?"
    rf"(?P<sym>[$£€¥₹₩₽₺₪₱₦₿])"
    rf"|\b(?P<iso>{_ISO_ALT})|\b(?P<rs>Rs\.?)|\b(?P<rmb>Rmb)|\b(?P<ksh>K[Ss]hs?\.?))\s?$"
)
_QUALIFIERS = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "circa": "about",
    "an estimated": "about",
    "estimated": "about",
    "an approximate": "about",
    "close to": "about~",
    "nearly": "about~",
    "almost": "about~",
    "just under": "about~",
    "just below": "about~",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "well over": "more than",
    "just over": "more than",
    "just above": "more than",
    "north of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "as few as": "at least",
    "as little as": "at least",
    "up to": "at most",
    "at most": "at most",
    "no more than": "at most",
    "as many as": "at most",
    "as much as": "at most",
    "a maximum of": "at most",
    "fewer than": "less than",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "shy of": "less than",
}
_QUAL_WORDS = [*_QUALIFIERS, "between"]
# Searched at every position of a short head: a prefix tree behind a one-character look-ahead
# rejects most positions at once. (The qualifier must end the head, so the tree's order of
# trying words finds the same one as a longest-first list.)
_QUAL = re.compile(
    r"\b(?=[" + "".join(sorted({q[0] for q in _QUAL_WORDS})) + r"])(?P<q>"
    + regex_trie(_QUAL_WORDS).replace(r"\ ", r"\s+") + r")\s+$",
    re.IGNORECASE,
)
#: How a word before the number must end for _QUAL to match (a cheap test before the regex).
_QUAL_LAST_WORDS = tuple(sorted({q.split()[-1] for q in _QUAL_WORDS}))
_QUAL_ENDS = frozenset(w[-2:] for w in _QUAL_LAST_WORDS)
#: The last character of a _PREFIX match (before at most two white-space characters).
_PREFIX_ENDS = frozenset("$£€¥₹₩₽₺₪₱₦₿ABCDEFGHIJKLMNOPQRSTUVWXYZsbh.")
_DIGIT_SEPARATORS = re.compile(r"[, \u202f\u00a0\u2009]")
_PERCENT = re.compile(
    r"[\s-]?(?:(?P<pp>percentage[- ]points?\b|pp\b|ppt\b)|(?P<bp>basis[- ]points?\b|bps?\b)"
    r"|(?P<pct>%|percents?\b|per[\s-]?cent\b|pct\b|pc\b|percentage\b)(?P<pts>[\s-]points?\b)?)",
    re.IGNORECASE,
)
_PERCENT_OPENS = _both_cases("%pb")
_CUR_AFTER = re.compile(
    rf"(?:\s|-(?=[a-z]))?(?:(?P<word>{_CUR_WORD_ALT})\b|(?P<iso>{_ISO_ALT})\b"
    rf"|(?P<sym>[$£€¥₹₩₽₺₪₱₦₿])(?!\s?\d))",
    re.IGNORECASE,
)
# After "1.8m": metres when a dimension word follows (else millions: "1.8m voters").
_LENGTH_CUE = re.compile(r"(?=\s+(?P<cue>tall|high|long|deep|wide|away|below|above|across"
                         r"|thick|in\s+(?:diameter|length|height|width|depth)|of\s+water)\b)")
_TIMES_SIGN = re.compile(r"\s*[x×]\s*\d")
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weight\s+of|heavier|lighter)\b[^.;]{0,20}$",
                            re.IGNORECASE)
_MASS_OF = re.compile(r"\s+of\s+(?!(?:his|her|their|its|my|your|our|the|public|taxpayers)\b)"
                      r"[a-z]+", re.IGNORECASE)
_INCHES_AFTER = re.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:inches|inch|in\b|\")")
# Every word `_CUR_AFTER` knows opens with a run of ASCII letters ("new" of "new zealand
# dollars"); lower-cased, these runs are all a word after a number may be for it to match.
_CUR_AFTER_RUNS = frozenset(
    re.split("[^a-z]", w.lower(), maxsplit=1)[0]
    for w in [*CURRENCY_WORDS, *MINOR_WORDS, *ISO_CODES]
)
_CUR_AFTER_SYMBOLS = frozenset("$£€¥₹₩₽₺₪₱₦₿")
_ASCII_LETTERS = re.compile(r"[A-Za-z]*")
#: Punctuation after which `_classify`'s rules that read on from the number all fail.
_QUIET_AFTER = frozenset(",.;:!?)]}") - UNIT_OPENERS


def _cur_after(text: str, end: int) -> re.Match[str] | None:
    """`_CUR_AFTER` matched at ``end``, without trying its hundred-odd case-blind alternatives
    where the next word cannot be one of them (most numbers: "5 people", "3 million")."""
    j = end + 1 if text[end:end + 1].isspace() or text[end:end + 1] == "-" else end
    first = text[j:j + 1]
    if first.isascii() and first not in _CUR_AFTER_SYMBOLS:
        if not first.isalpha():
            return None  # a digit, punctuation, the end: no currency word or symbol opens so
        letters = _ASCII_LETTERS.match(text, j)
        run = letters.end() if letters else j
        if text[run:run + 1].isascii() and text[j:run].lower() not in _CUR_AFTER_RUNS:
            return None  # (a non-ASCII letter next might case-fold into a word: ask the regex)
    return _CUR_AFTER.match(text, end)


_AGE_AFTER = re.compile(
    r"(?:[- ](?P<u>year|month|week|day)s?[- ]old\b|\s+(?P<u2>year|month|week|day)s?\s+of\s+age\b"
    r"|\s?y\.?o\b\.?)",
    re.IGNORECASE,
)
DURATION_UNITS = {
    "year": ("year", 1),
    "yr": ("year", 1),
    "month": ("month", 1),
    "week": ("week", 1),
    "day": ("day", 1),
    "hour": ("hour", 1),
    "hr": ("hour", 1),
    "minute": ("minute", 1),
    "min": ("minute", 1),
    "second": ("second", 1),
    "sec": ("second", 1),
    "decade": ("year", 10),
    "century": ("year", 100),
    "centurie": ("year", 100),
    "fortnight": ("week", 2),
    "millennium": ("year", 1000),
    "millennia": ("year", 1000),
    "h": ("hour", 1),
    "night": ("night", 1),
    "weekend": ("weekend", 1),
}
_AGE_AFTER_OPENS = _both_cases("ymwd")  # the units' and "y.o."'s first letters
_DUR_AFTER = re.compile(
    r"(?:\s(?:more|further|extra|straight|consecutive|full|whole)(?=\s))?"
    r"[- ]?(?:(?:business|working)\s(?=days?\b))?"
    r"(?P<u>years?|yrs?|months?|weeks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?"
    r"|decades?|century|centuries|fortnights?|millennium|millennia|nights?|weekends?)\b"
    r"(?!-old)",
    re.IGNORECASE,
)
# ("b": "three business days"; "e": "three extra days")
_DUR_AFTER_OPENS = _both_cases("ymwdhscfnbe")
#: Every run of ASCII letters (lower-cased) that the currency, percent, unit, age and duration
#: rules of `_classify` may read after a number and white space: after any other word (most
#: counted nouns) they all fail. (Only the age's "5 years of age" reads more than one space.)
_SPACED_WORD = re.compile(r"\s+([A-Za-z]+)")
_AFTER_RUNS = _CUR_AFTER_RUNS | UNIT_LEADS | frozenset(
    "m t"  # _context_unit
    " percentage percent percents per pp ppt pc pct basis bp bps"  # _PERCENT
    " year years month months week weeks day days y yo"  # _AGE_AFTER
    " yr yrs hour hours hr hrs h minute minutes min mins second seconds sec secs decade decades"
    " century centuries fortnight fortnights millennium millennia night nights weekend weekends"
    " business working more further extra straight consecutive full whole"
    .split()  # _DUR_AFTER
)
#: "two hours and a half", "one hour and 30 minutes": the tail adds to the first unit (not
#: "a decade and a half-hour").
_DUR_HALF_TAIL = re.compile(r"\s+and\s+(?:a\s+)?(half|quarter)\b(?!-)", re.IGNORECASE)
#: A smaller unit after a duration's own ("two years and six months", "3 hours, 20 minutes
#: and 5 seconds"); without "and", not a rate ("for 2 years, 3 days a week").
_DUR_SUBUNIT_TAIL = re.compile(
    r",?\s+(?:(and\s+)|(?!\S+\s+\S+\s+(?:a|an|per|each|every)\b))"
    r"(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
    r"(?!\s+ago\b)",  # "for the last 3 months and 2 days ago they found": a date of its own
    re.IGNORECASE,
)
#: How many of the smaller unit make one of the larger (a month is 30 days, a year 365).
_SUBUNITS = {
    ("year", "month"): 12, ("year", "week"): 52, ("year", "day"): 365,
    ("month", "week"): 30 / 7, ("month", "day"): 30, ("week", "day"): 7, ("week", "hour"): 168,
    ("day", "hour"): 24, ("day", "minute"): 1440, ("day", "second"): 86400,
    ("hour", "minute"): 60, ("hour", "second"): 3600, ("minute", "second"): 60,
}
_SUBUNIT_NAMES = {"min": "minute", "hr": "hour", "sec": "second"}
_GLUED_DUR = re.compile(r"(?:years?|yrs?|days?|hrs?|h|mins?|weeks)\b")
# "a year", "an hour": the match opens at the space after an "a" or "n", where the number scan
# found one (`_LEADS`); `_article_durations` finds where "a"/"an" starts.
_A_DURATION = re.compile(
    r" (?<=[aAn] )(?P<u>year|month|week|day|hour|minute|decade|century|fortnight)\b"
    r"(?![- ]old\b)"
)
#: "a day or two", "a year or so" after an article duration.
_OR_TWO = re.compile(
    r"\s+or\s+(?:(two|2)|so)\b(?![-\s]*(?:%|hours?|days?|weeks?|months?|years?|minutes?|decades?"
    r"|nights?|more|three)\b)",
    re.IGNORECASE,
)
_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s+$", re.IGNORECASE)
_A_DURATION_BAD_BEFORE = re.compile(
    r"\b(?:once|twice|thrice|times|per|every|each|(?<!more\s)(?<!less\s)(?<!fewer\s)than|half"
    r"|such|quarter|of|in)\s+$",  # ("rather than a week"; "more than an hour" is a length)
    re.IGNORECASE,
)
#: "all day", "all-day", "for another week", "another business day", "a full week", "a couple
#: of days", "several weeks", "a few hours", "for some days".
_DUR_WORD_TAIL = (
    r"(?P<sep>\s+|-)(?P<more>more\s+)?(?P<biz>(?:business|working)\s+)?"
    r"(?P<u>day|night|week|month|year|hour|minute|decade|fortnight)(?P<s>s?)\b"
    r"(?P<x>[-'’]|\s+round\b)?"
)
# Each lead word's pattern lacks its first letter ("several" is matched by "everal"): it is
# tried after that letter where the number scan found the word (`_LEADS`), and the letter is
# checked after.
_COUPLE = "ouple(?: of)?"  # ("a couple days", as US news may write)
_CLIPPED = {"ll": ("aA", "all"), "nother": ("aA", "another"), "everal": ("sS", "several"),
            "alf": ("hH", "half"), _COUPLE: ("cC", "couple of"), "ew": ("fF", "few"),
            "ome": ("sS", "some"), "ull": ("fF", "full"), "hole": ("wW", "whole")}
_WORD_DURATIONS = {w: re.compile(f"(?P<w>{w})" + _DUR_WORD_TAIL) for w in _CLIPPED}
#: The first letters and lead word of each pattern.
_LEAD_OF_PATTERN = {p: _CLIPPED[w] for w, p in _WORD_DURATIONS.items()}
#: The patterns to try after each lead word's first letter.
_WORD_DURATIONS_AFTER = {
    first: [p for w, p in _WORD_DURATIONS.items() if first in _CLIPPED[w][0] and w != _COUPLE]
    for first in "aAsShHfFwW"
}
#: The lead words that may open a glued word duration ("all-day", "full-week").
_HYPHEN_LEADS = frozenset(("all", "full"))
#: What makes "full <unit>" a length ("a full week", "for full day"; `_full_is_length`).
_FULL_BEFORE = re.compile(r"\b(?:an?|for|the)\s+$", re.IGNORECASE)
#: A word that a "half year" modifies ("half year results"): any but these.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|for|to|and|or|but|ago|later|earlier|after|before|since|until|when|as"
    r"|from|with|without|into|the|a|an|he|she|it|they|we|i|was|is|has|had|will|would)\b)[a-z]"
)
#: "the first half year", "the half year to June": a period, not a length.
_HALF_PERIOD_BEFORE = re.compile(r"\b(?:the|first|second|latter|1st|2nd)\s+$", re.IGNORECASE)
#: "some days" is a length after these ("for some days", "lasted some weeks") or before
#: "ago"/"later"; alone it is mostly "on some days" ("Some days he works from home").
_SOME_BEFORE = re.compile(
    r"\b(?:for|after|within|over|took|take|takes|taking|lasted|last|lasts|lasting|spent|spend"
    r"|spends|waited|wait)\s+$",
    re.IGNORECASE,
)
_SOME_AFTER = re.compile(r"\s+(?:ago|later|earlier)\b")
#: "Another day, another record": an idiom, not a length.
_ANOTHER_IDIOM = re.compile(r",\s+another\b", re.IGNORECASE)
#: The bounds of a vague count of units ("several weeks", "a few hours"): 2 to 9.
_VAGUE_UNITS_COUNT = (2.0, 9.0)
_HALF_DURATION = re.compile(
    r"\s+an?\s+(?P<u>year|month|week|day|hour|minute|decade|century)\b", re.IGNORECASE
)
#: "20 minutes past eight", "ten to nine": a clock time.
_DUR_CLOCK = re.compile(
    r"\s+(?:past|to)\s+(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\b(?![.,:]?\d)(?!\s*(?:%|per|minutes?|mins?|hours?|hrs?|[a-z]+s\b))|noon|midnight)",
    re.IGNORECASE,
)
_HYPHEN_NOUN = re.compile(r"-(?P<n>[a-z]+)\b(?!-)")
_NEXT_WORD = re.compile(r"\s+(?P<n>[A-Za-z]+)\b(?![-'’])")
_NEXT_TWO = re.compile(r"\s+(?P<m>[A-Za-z]+(?:-[a-z]+)?)\s+(?P<n>[A-Za-z]+)\b(?![-'’])")
# The ages listed after the first: "aged 15 and 16", "aged 15, 16 or 17"
_AGE_LIST = re.compile(r"\b(?:aged|ages)\s+\d{1,3}(?:,\s*\d{1,3})*(?:,?\s+(?:and|or)|,)\s+$")
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age\s+of|turned|turns|turning|turn|(?:died|dies|dead)\s+at)\s+$"
    r"|(?:^|[.!?]\s+|\n)(?-i:At)\s$",
    re.IGNORECASE,
)
_AGE_UNIT_AFTER = re.compile(r"\s(?P<u>years?|months?|weeks?|days?)\b(?:\sold\b)?",
                             re.IGNORECASE)
#: A person's age said with "was"/"is" and ending a clause: "when she was six.", "He was 17
#: when he joined", "the girl, who is 12, ..."
_PERSON_IS = re.compile(r"\b(?:he|she|who|I)\s+(?:was|is)\s$", re.IGNORECASE)
_AGE_CLAUSE_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:when|so|and|but|at\s+the\s+time)\b")
_AGE_BETWEEN = re.compile(r"\b(?:aged|ages)\s+between\s+$", re.IGNORECASE)
_COMMA = frozenset(",")
_NAME_COMMA = re.compile(r"\b[A-Z][\w'’.-]*,\s$")
_NAME_PAREN = re.compile(r"\b[A-Z][\w'’.-]*\s\($")
#: "The suspect, 34,", "her brother, 9,": a person named by a noun, with a determiner before.
_PERSON_COMMA = re.compile(
    r"\b(?:the|a|an|his|her|their|our|its)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|boy|girl|child"
    r"|suspect|victim|driver|passenger|pilot|brother|sister|son|daughter|mother|father|wife"
    r"|husband|girlfriend|boyfriend|partner|teenager|teen|student|teacher|officer|soldier"
    r"|worker|player|striker|defender|goalkeeper|actor|actress|singer|rapper|mayor|senator"
    r"|lawmaker|minister|leader|founder|owner|resident|patient|nurse|doctor|gunman|attacker"
    r"|survivor|widow|widower|grandmother|grandfather|climber|tourist|hiker|fisherman|farmer"
    r"|journalist|reporter|photographer|defendant|accused|inmate|prisoner|hostage|athlete"
    r"|champion|veteran|pensioner|mum|dad|baby|toddler|infant),\s$",
    re.IGNORECASE,
)
_AGE_NAME_AFTER = re.compile(
    r",|\)|\.(?:\s|$)|\s+(?:is|was|has|had|who|said|says|became|becomes|died|dies|will|would|and|remains"
    r"|joined|won|lost|took|told|added|wrote|did|does)\b"
)
_VAGUE = re.compile(
    r"\b(?:(?P<outer>tens|hundreds)\s+of\s+)?(?P<v>dozens|scores|hundreds|thousands|millions"
    # (the first word after "of" is a modifier or the noun: "of US soldiers", "of people fled")
    r"|billions)\b(?:\s+of\s+(?P<m>[a-z]+(?:-[a-z]+)?)\b(?!-)(?:\s+(?P<n>[a-z]+)\b)?)?",
    re.IGNORECASE,
)
_VAGUE_UNITS = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
# "the first ... in": matched after the "t" of each "the" the number scan found (`_LEADS`);
# the "t" is checked behind it.
_ORDINAL = re.compile(
    r"he(?<=[Tt]he)\s+(?P<pos>[A-Za-z]+['’]s\s+)?"  # "the world's fourth-largest economy"
    r"(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:-(?P<sup>largest|biggest|smallest|highest|lowest|most|least|oldest|longest|best|worst"
    r"|richest|poorest))?"
    r"(?:\s+(?:[a-z]+-)?(?P<n>(?!(?:in|to|since|ever|of|among|with)\b)[a-z]+))?"
    r"(?P<tail>\s+(?:in|to|since|ever|of|among|with)\b)?"
)
_ORDINAL_BAD_NOUNS = frozenset(
    ["half", "quarter", "day", "week", "month", "year", "term", "time", "round", "of", "and", "or"]
)
# URLs, e-mail addresses, handles and hashtags: searched only when the text has a marker.
# One character class first, so that the regex engine skips ahead to those characters
# (alternatives opening with a class and literals would make it try every position).
_SKIP = re.compile(r"[hw@#](?:(?<=h)ttps?://\S+|(?<=w)ww\.\S+|(?<=[@#])[\w.-]+)")
#: `_SKIP` in a text with no "://" nor "www.": handles and hashtags only.
_SKIP_HANDLES = re.compile(r"[@#][\w.-]+")
_EMAIL_LOCAL = re.compile(r"[\w.+-]+$")
# Phone numbers, ISBNs, dotted versions: tried where a digit run starts.
_DIGIT_GROUPS = re.compile(
    r"\+?\(?\d{1,4}\)?[ .-]\d{2,4}[ .-]\d{2,5}(?:[ .-]\d{1,5})*"
    r"|\d+(?:\.\d+){2,}|\d+(?:[-–]\d+){2,}"
)
_TIME_AFTER = re.compile(
    r"\s?(?:[ap]\.?m\b\.?|o['’]clock\b|(?:GMT|UTC|BST|EST|JST)\b)", re.IGNORECASE
)
#: What `_TIME_AFTER` reads first after its optional white space ("am", "o'clock", the zones).
_TIME_OPENS = _both_cases("apogubej")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
#: An offset from now or from a calendar day places an event ("3 days from now", "2 weeks
#: before May 13"): that is a date or time claim, not a length. Offsets from an event ("two
#: days after the vote", "three weeks later") stay durations: no calendar day to resolve.
_DUR_OFFSET = re.compile(
    r"\s+(?:from\s+now|hence"
    r"|(?:after|before|from)\s+(?:today|tonight|tomorrow|tmrw|yesterday|now"
    r"|(?:next|last|this)\s+(?:week|month|year|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|{_MONTHS})(?![\w'’])|christmas|easter|new\s+year|thanksgiving"
    rf"|{_MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{{1,2}}/\d))\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s$")
_MONTH_WORDS = frozenset(re.findall(r"[A-Z][a-z]+", _MONTHS)) | {"Sep"}
# A month after a date preposition: the number after it is its day, whatever follows ("on June
# 23 protesters marched"); after "in" it may be a count ("In March 30 people died").
_PREP_MONTH_BEFORE = re.compile(
    rf"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough)\s+"
    rf"{_MONTHS}\s$")
_MONTH_COMMA = re.compile(rf"\b{_MONTHS},\s$")
_MONTH_AFTER = re.compile(rf"\s(?:of\s)?{_MONTHS}\b")
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd"
    r"|Drive|Dr|Way|Place|Square|Court|Terrace|Crescent)\b"
)
#: Words after which a number is a label (Windows 10, Flight 370), not a count.
_LABEL_WORD_LIST = (
    "version Version Python Java iOS Android Windows macOS OS ISBN No. no. Nos. Number number"
    " Flight flight Room room Route Highway Interstate Channel Article Section Chapter Page page"
    " pp. p. Vol. Model Gen Level level Phase phase Day Episode Season Part Act Rule Resolution"
    " Apollo Boeing Airbus Covid COVID Category Grade Class Figure figure Fig. fig. Table table"
    " Chart chart Exhibit Appendix Schedule Clause Paragraph Amendment Gate Terminal Platform"
    " Stage Round Game Week Precinct Ward District Lot Unit Suite Apartment Apt. Block Pier"
).split() + [  # plurals before a list of labels: "posts 542 and 543", "Rooms 101 and 102"
    form for word in ("posts rooms flights gates routes platforms terminals sections articles "
                      "chapters pages reactors wards lanes").split()
    for form in (word, word.capitalize())]
#: A subject after "one day": the idiom ("one day she will"), not a day's length.
_SUBJECT_AFTER = re.compile(r",?\s+(?:he|she|they|we|i|you|it|the|this|that|there)\b",
                            re.IGNORECASE)
_LABEL_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, _LABEL_WORD_LIST)) + r")\s$")
#: A number later in a list of labels: "posts 542 and 543", "Articles 5, 6 and 7".
_LABEL_LIST = re.compile(r"\b(?:" + "|".join(map(re.escape, _LABEL_WORD_LIST))
                         + r")\s\d+(?:,\s\d+)*(?:,?\s(?:and|or|&)\s|,\s)$")
_LIST_JOINS = (" and ", " or ", " & ", ", ")
#: How a label word ends: `_LABEL_WORDS` is searched only where one does, before a space.
_LABEL_ENDS = frozenset(w[-2:] for w in _LABEL_WORD_LIST)
#: An age given as a length of years after "age ... is": "the median age is 44.5 years",
#: "the average age of the crew was 38 years".
_AGE_IS = re.compile(
    r"\bage(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+(?:is|was|are|were|stands\s+at|stood\s+at"
    r"|reached|rose\s+to|fell\s+to|hit|(?:will\s+)?(?:rise|be\s+raised|increase)\s+to"
    r"|raised\s+to|increased\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE)
#: How `_AGE_BEFORE`'s cue words end, lower-cased (aged, age, ages, age of, turned, turns,
#: turning, turn, At).
_AGE_CUE_ENDS = frozenset(("ed", "ge", "es", "of", "ns", "ng", "rn", "at"))
_PREV_WORD = re.compile(r"([A-Za-z][\w'’]*)\s$")

#: Lowercase words that begin a sentence without being a name (so "In 310 seats" is no label).
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "for",
        "of",
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "around",
        "after",
        "before",
        "since",
        "until",
        "during",
        "between",
        "among",
        "than",
        "then",
        "as",
        "if",
        "when",
        "while",
        "because",
        "although",
        "though",
        "some",
        "only",
        "just",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "more",
        "less",
        "fewer",
        "most",
        "least",
        "at",
        "up",
        "down",
        "off",
        "out",
        "all",
        "both",
        "each",
        "every",
        "no",
        "not",
        "another",
        "other",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "who",
        "which",
        "what",
        "where",
        "why",
        "how",
        "also",
        "even",
        "still",
        "again",
        "already",
        "once",
        "twice",
        "said",
        "says",
        "say",
        "told",
        "added",
        "including",
        "include",
        "includes",
        "plus",
        "minus",
        "per",
        "via",
        "against",
        "toward",
        "towards",
        "across",
        "within",
        "beyond",
        "despite",
        "above",
        "below",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "won",
        "lost",
        "got",
        "gave",
        "took",
        "made",
        "saw",
        "see",
        "sees",
        "around",
        "roughly",
    ]
)
#: Words that are never the counted noun right after a number.
NOT_NOUNS = (
    FUNCTION_WORDS
    | frozenset(
        [
            "percent",
            "cent",
            "pct",
            "times",
            "time",
            "ago",
            "later",
            "earlier",
            "after",
            "before",
            "more",
            "others",
            "less",
            "other",
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "hour",
            "hours",
            "minute",
            "minutes",
            "second",
            "seconds",
            "decade",
            "decades",
            "century",
            "centuries",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "hundred",
            "hundreds",
            "dozen",
            "dozens",
            "half",
            "quarter",
            "thirds",
            "third",
            "quarters",
            "am",
            "pm",
            "th",
            "st",
            "nd",
            "rd",
            "s",
            "always",
            "sometimes",
            "perhaps",
            "besides",
            "afterwards",
            "whereas",
            "unless",
            "thus",
            "versus",
            "yes",
            "was",
            "has",
            "does",
            "goes",
            "says",
            "gets",
            "makes",
            "takes",
            "comes",
            "becomes",
            "seems",
            "remains",
            "wins",
            "loses",
            "leads",
            "holds",
            "sees",
            "ones",
            "each",
            "apiece",
            "last",
            "next",
            "such",
            "same",
            "few",
            "many",
            "several",
            "whole",
            "respectively",
            "straight",
            "consecutive",
            "successive",
            "running",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "to",
            "too",
        ]
    )
    | frozenset(SMALL)
    | frozenset(TENS)
)
#: Words `_noun_ok` never takes for a counted noun (one look-up for four lists).
_NEVER_NOUNS = NOT_NOUNS | frozenset(DURATION_UNITS) | frozenset(DENOMINATORS) | frozenset(ORDINALS)
IRREGULAR_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "crew": "crew",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "series": "series",
    "species": "species",
    "news": "news",
    "troops": "troop",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "leaves": "leaf",
    "thieves": "thief",
    "wolves": "wolf",
    "shelves": "shelf",
    "yuan": "yuan",
    "yen": "yen",
    "votes": "vote",
    "businesses": "business",
    "analyses": "analysis",
    "crises": "crisis",
    "bases": "base",
    "buses": "bus",
    "cases": "case",
    "houses": "house",
    "places": "place",
    "sources": "source",
    "forces": "force",
    "offices": "office",
    "prices": "price",
    "services": "service",
    "uses": "use",
    "causes": "cause",
    "responses": "response",
    "states": "state",
    "rates": "rate",
    "sites": "site",
    "votes_": "vote",
    "indices": "index",
}
_ES_ENDINGS = ("ches", "shes", "sses", "xes", "zes", "oes")


def singular(noun: str) -> str:
    """The singular lemma of an English noun, by rule ("countries" -> "country")."""
    word = noun.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_ES_ENDINGS) and word not in ("horses",):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    return _is_plural_lower(word.lower())


def _is_plural_lower(lower: str) -> bool:
    if lower in IRREGULAR_PLURALS:
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _noun_ok(word: str, plural: bool) -> bool:
    lower = word.lower()
    if lower in _NEVER_NOUNS or len(lower) < 2:
        return False
    if word.isupper() and len(word) > 1 and not word.endswith("s"):
        return False
    # (read once, from the lower-cased word at hand: a counted noun is read for each number)
    is_plural = _is_plural_lower(lower)
    if word[0].isupper() and not is_plural:
        return False
    if lower.endswith(("ly", "th", "ths", "ieth", "ieths", "firsts", "seconds")):
        return False
    if plural:
        return is_plural
    return not is_plural or lower in IRREGULAR_PLURALS


def _modifier_ok(word: str) -> bool:
    lower = word.lower()
    if lower in NOT_NOUNS or lower.endswith("ly"):
        return False
    return not (_is_plural(word) and not word.isupper())


# --- the scan -----------------------------------------------------------------------------


class _Hit:
    """A number found in the text, before its kind is decided."""

    __slots__ = (
        "start",
        "end",
        "value",
        "low",
        "high",
        "is_word",
        "scaled",
        "sfx",
        "first",
        "connector",
    )

    def __init__(
        self, start: int, end: int, value: float, is_word: bool, scaled: bool, sfx: str
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = value
        self.high = value
        self.is_word = is_word
        self.scaled = scaled
        self.sfx = sfx
        self.first = ""  # the lowercased first word of a word number
        self.connector = ""


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


def _occurrences(text: str, sub: str) -> Iterator[int]:
    """Where ``sub`` starts in ``text``, overlaps included."""
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


def _skip_spans(text: str) -> list[tuple[int, int]]:
    # (A one-character test runs at memory speed, a longer one four times slower.)
    urls = ("/" in text and "://" in text) or "www." in text
    if urls or "@" in text or "#" in text:
        # The regex is tried only where a marker starts: str.find reaches those far faster
        # than the regex engine, which stops at every "h" and "w" on its way. (Matches do not
        # overlap, as finditer's.)
        pattern, markers = (_SKIP, ("http", "www.", "@", "#")) if urls else (_SKIP_HANDLES, "@#")
        spans: list[tuple[int, int]] = []
        last = 0
        for at in sorted(i for marker in markers for i in _occurrences(text, marker)):
            m = pattern.match(text, at) if at >= last else None
            if m is None:
                continue
            last = m.end()
            start = at
            if text[start] == "@":  # an e-mail address: its local part too
                local = _EMAIL_LOCAL.search(text, max(0, start - 64), start)
                if local:
                    start = local.start()
            spans.append((start, m.end()))
        return spans
    return []


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


#: Currency words written glued to the amount (Rs500, Rs.500, Rmb3bn) besides ISO codes.
_GLUED_WORDS = ("Rs.", "Rs", "Rmb", "KShs", "Kshs", "KSh", "Ksh", "KShs.", "Kshs.", "KSh.",
                "Ksh.")


def _glued_word_before(text: str, start: int) -> bool:
    """Whether "Rs", "Rs." or "Rmb", and no other letter, is glued before ``start`` (Rs500)."""
    for word in _GLUED_WORDS:
        if text.endswith(word, 0, start):
            at = start - len(word)
            return not (at and text[at - 1].isalpha())
    return False


def _group_of_a_glued_number(text: str, start: int) -> bool:
    """Whether the digits at ``start``, after a comma, continue a grouped number glued to a
    letter before it ("N1,500", "KES1,000"), which the scan skipped or read whole."""
    i = start - 1
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] == ","):
        i -= 1
    return i < start - 1 and i > 0 and text[i].isdigit() and text[i - 1].isalpha()


#: The currency codes news glues to a small amount ("USD20"); other codes glued to one or two
#: digits are names ("COP28", the climate summit).
_GLUED_SMALL_CODES = frozenset(("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF",
                                "NZD", "HKD", "SGD", "KES", "NGN", "ZAR", "GHS", "UGX", "TZS"))


#: Currencies written as one capital glued to an amount: "R2.5 billion" (rand), "N1,500"
#: (naira). Only with an amount's shape, as "R21" and "N95" are names of roads and masks.
_LETTER_CURRENCIES = {"R": "ZAR", "N": "NGN"}
_AMOUNT_SHAPE = re.compile(
    r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\s?(?:bn|m|tn)|\s(?:million|billion|trillion))\b")


def _glued_letter_currency(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are an amount glued to "R" or "N" (R2.5 billion)."""
    return (
        text[start - 1 : start] in _LETTER_CURRENCIES
        and (start < 2 or not text[start - 2].isalnum())
        and _AMOUNT_SHAPE.match(text, start) is not None
    )


def _glued_currency(text: str, start: int) -> bool:
    """Whether the digits at ``start``, after a letter, follow an ISO currency code (USD115) or
    "Rs" or "Rmb" (Rs500, Rmb3bn) with no other letter before it."""
    if not "0" <= text[start] <= "9":
        return False  # (a vulgar fraction)
    if text[start - 3 : start] in ISO_CODES:
        return True
    if _glued_letter_currency(text, start):
        return True
    word = (2 if text.endswith("Rs", 0, start)
            else 3 if text.endswith(("Rmb", "KSh", "Ksh"), 0, start)
            else 4 if text.endswith(("KShs", "Kshs"), 0, start) else 0)
    return word > 0 and not (start > word and text[start - word - 1] in _ASCII_LETTER_SET)


_ASCII_LETTER_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# Numbers listed with bare commas ("nrs. 22,24,26,31"): groups that are no thousands
_COMMA_RUN = re.compile(r"\d+(?:,\d+)+(?!\d|\.\d)")


def _comma_list(text: str, start: int) -> bool:
    """Whether the digits at ``start`` begin a list like "22,24,26,31" (not "1,234,567")."""
    m = _COMMA_RUN.match(text, start)
    if m is None:
        return False
    first, *rest = m.group().split(",")
    return len(first) <= 3 and any(len(g) != 3 for g in rest) and all(len(g) <= 3 for g in rest)


def _anchor_shape(text: str) -> bytes | bytearray:
    """``text`` as `_SHAPE_TABLE` has it, a byte per character (same offsets)."""
    shape = text.encode("latin-1", "replace").translate(_SHAPE_TABLE)
    if text.isascii():
        return shape
    wide = [ch for ch in _WIDE_SINGLES if ch in text]  # ("?" in the shape: "|")
    if not wide:
        return shape
    patched = bytearray(shape)
    for ch in wide:
        for at in _occurrences(text, ch):
            patched[at] = 48  # "0"
    return patched


def _word_anchors(
    text: str, shape: bytes | bytearray, pattern: re.Pattern[bytes], found: list[tuple[int, int]]
) -> None:
    """(start, end) of each anchor word a pass of ``pattern`` over ``shape`` finds, as
    `_ANCHOR_AT` reads it in the text (which the shape, lower-cased, may not have)."""
    search = pattern.search
    pos = 0
    while (m := search(shape, pos)) is not None:
        start = m.start() + 1
        end = _as_written(text, start, m.end())
        if end is None:
            pos = start  # (a word after a space may start in this match: "A Dozen")
            continue
        found.append((start, end))
        pos = end


def _as_written(text: str, start: int, end: int) -> int | None:
    """Where the anchor at ``start`` ends in the text, when the shape's ends at ``end``."""
    if text[start:end] in _WRITTEN_WORDS:  # ("Ten" and "ten", not "TEN"; a lead word)
        return end
    exact = _ANCHOR_AT.match(text, start)
    return None if exact is None else exact.end()


def _anchor_starts(text: str, leads: list[int], glued: list[int]) -> list[int]:
    """Where numbers may start; where the lead words of article and word durations (`_LEADS`)
    may start goes to ``leads``, and digits glued to a currency (USD115, Rs500) to ``glued``.

    The starts are those of a pass of "[^A-Za-z]" and `_anchor_pattern` over the text, each
    match ending where the next may begin (its first character): so in a run of digits every
    other digit is one, and no word is one where the match before took its space ("a dozen")."""
    shape = _anchor_shape(text)
    found: list[tuple[int, int]] = []
    _word_anchors(text, shape, _WORDS_AFTER_OTHER, found)
    # A run of digits as (start, -end), in order with the words: each of its digits is one
    # character's match, a ".5" may end in its first and a word ("5half") start after it.
    found += [(m.start(), -m.end()) for m in _DIGIT_RUNS.finditer(shape)]
    found.sort()
    starts: list[int] = []
    at_start = _ANCHOR_AT.match(text)
    if at_start is not None:
        _take_anchor(text, 0, at_start.end(), starts, leads)
    pos = 0  # where the pass's match before ends: the next takes the character there first
    size = len(shape)
    for start, end in found:
        if end > 0:  # a word
            if start > pos:
                _take_anchor(text, start, end, starts, leads)
                pos = end
            continue
        end = -end
        before = shape[start - 1] if start else 124  # ("|")
        if before == 124 and start - 1 > pos and text[start - 1] == "." and not (
                97 <= shape[start - 2] <= 122) and "0" <= text[start] <= "9":
            _take_anchor(text, start - 1, start + 1, starts, leads)  # ".5"
            pos = start + 1
        first = start
        if 97 <= before <= 122:  # (a letter)
            first += 1
            if _glued_currency(text, start):
                glued.append(start)
        if first <= pos:
            first = pos + 1  # (a run at 0: at_start took its first digit)
        if first < end:
            if end - first <= 2:  # (most runs: one or two digits)
                starts.append(first)
                pos = first + 1
            else:
                starts.extend(range(first, end, 2))
                pos = first + (end - 1 - first) // 2 * 2 + 1
            if pos == end and end < size and 97 <= shape[end] <= 122 and (
                    text[end] in _LEAD_INITIALS):
                leads.append(end)  # "5half days"
        if end > pos and end < size and 97 <= shape[end] <= 122:  # "5half"
            word = _WORDS_AFTER_DIGIT.match(shape, end - 1)
            stop = None if word is None else _as_written(text, end, word.end())
            if stop is not None:
                _take_anchor(text, end, stop, starts, leads)
                pos = stop
    return starts


def _take_anchor(text: str, start: int, end: int, starts: list[int], leads: list[int]) -> None:
    """Note the anchor text[start:end] in ``starts`` or ``leads``."""
    if text[start:end] in _LEAD_WORDS:
        leads.append(start)
        return
    starts.append(start)
    if end - start <= 2:  # a digit (or ".5"), perhaps glued to a lead word: "5half days"
        if text[end : end + 1] in _LEAD_INITIALS:
            leads.append(end)
    elif text.endswith(("half", "Half"), start, end):  # "half", "a half": "half a day"
        leads.append(end - 4)


def _raw_hits(text: str, vague: list[re.Match[str]], leads: list[int]) -> list[_Hit]:
    skips = _skip_spans(text)
    hits: list[_Hit] = []
    n = len(text)
    last_end = 0
    glued: list[int] = []
    starts = _anchor_starts(text, leads, glued)
    if glued:  # USD115, Rs500
        starts = sorted(starts + glued)
    for start in starts:
        if start < last_end:
            continue
        first = text[start]
        cut = _POINT_CUT.match(text, start) if first in _POINT_CUT_INITIALS else None
        if cut:  # a quarter-point cut, half a percentage point: 0.25, 0.5 percentage points
            hit = _Hit(start, cut.end(), 0.25 if cut.group(1).lower() == "quarter" else 0.5,
                       True, False, "")
            hit.first = "#ppoint"
            hits.append(hit)
            last_end = cut.end()
            continue
        m = _CORE.match(text, start)
        if m is None:
            token = _TOKEN.match(text, start)
            word = token.group() if token else ""
            if word.lower() in _VAGUE_UNITS or word in ("tens", "Tens"):
                vm = _VAGUE.match(text, start)
                if vm:
                    vague.append(vm)
                    last_end = vm.end()
            continue
        # One call for the groups read below (a group() call each cost as much as a regex).
        dig, vf, vf1, dscale, sfx_glued, sfx_spaced, wrd, word_frac, art = m.group(*_CORE_GROUPS)
        spaced = dig is not None and " " in dig
        if spaced and _no_space_groups(text, start):
            m = _CORE.match(text, start, start + dig.index(" "))
            assert m is not None  # the digits before the space match alone
            dig, vf, vf1, dscale, sfx_glued, sfx_spaced, wrd, word_frac, art = m.group(
                *_CORE_GROUPS)
            spaced = False
        last_end = m.end()
        if (first.isdigit() or first in "+(") and not spaced and _may_group(text, start, dig):
            group = _DIGIT_GROUPS.match(
                text, start - 1 if start and text[start - 1] in "+(" else start
            )
            if group:
                last_end = max(last_end, group.end())
                continue
        one_word = _ONE_WORDS.get(wrd) if wrd is not None else None
        if dig is not None:  # (the groups are at hand: no second reading of them)
            value, end = _digits_value(dig, vf1, dscale, sfx_glued or sfx_spaced), m.end()
        elif one_word is not None:
            value, end = one_word[0], m.end()
        else:
            core = _core_value(m)
            if core is None:
                continue
            value, end = core
        is_digit = dig is not None or vf is not None
        sfx = (sfx_glued or sfx_spaced or "").lower() if is_digit else ""
        if is_digit:
            before = text[start - 1] if start else " "
            after = text[end] if end < n else " "
            if before.isalpha() and not (
                text[max(0, start - 3) : start] in ISO_CODES
                and (start < 4 or not text[start - 4].isalpha())
                # "USD115", "EUR5m", "USD20"; not the name "COP28"
                and (dig is None or len(dig) > 2 or dscale is not None or sfx != ""
                     or text[start - 3 : start] in _GLUED_SMALL_CODES)
            ) and not (before in "sbh" and _glued_word_before(text, start)) and not (
                before in "RN" and _glued_letter_currency(text, start)):
                continue
            if (before in "/:_#@.\\" and not (before == "." and _glued_word_before(text, start))
                    or before.isdigit()):
                continue
            if before == "," and _group_of_a_glued_number(text, start):
                continue  # the "500" of "N1,500": its number opens glued to a letter
            # F-35, COVID-19, 555-1234: part of a code (ranges are merged later)
            if (
                before in "-–"
                and start >= 2
                and text[start - 2].isalnum()
                and not (text[start - 2].isdigit() and hits and hits[-1].end == start - 1)
                and not text.endswith("agnitude-", 0, start)  # "a magnitude-6.4 quake"
            ):
                continue
            glued_code = False  # (each glued form opens with a letter)
            if after.isalpha():
                glued_code = (
                    text[end : end + 3] in ISO_CODES and not text[end + 3 : end + 4].isalpha()
                ) or (
                    (text[end : end + 2] in ("pp", "pc") and not text[end + 2 : end + 3].isalpha())
                    or (text[end : end + 3] in ("pct", "ppt")  # 4.9pct, 0.1ppt
                        and not text[end + 3 : end + 4].isalpha())
                    or (after == "p" and not text[end + 1 : end + 2].isalpha())  # 1,234p
                    or (after == "b" and _BPS.match(text, end) is not None)  # 25bp
                )
                if not glued_code:
                    # 3h, 3.5years; 10km, 7.62mm, 200g of
                    glued_code = _GLUED_DUR.match(text, end) is not None or (
                        not sfx
                        and (unit_at(text, end) or _context_unit(text, start, end)) is not None
                    )
            if after in "eE" and not sfx and not dscale:
                exp = _EXPONENT.match(text, end)
                if exp:
                    value *= 10.0 ** int(exp.group("x"))
                    end = last_end = exp.end()
                    after = text[end] if end < n else " "
            if (after.isalpha() and not glued_code) or after == "_":
                continue
            if after == "/" and not sfx and not dscale:
                frac = _slash_fraction(text, start, hits)
                if frac is not None:
                    last_end = frac.end
                    if not hits or frac is not hits[-1]:
                        hits.append(frac)
                    continue
            if after in ".:/" and end + 1 < n and text[end + 1].isdigit():
                continue
            if after in ",." and end + 1 < n and text[end + 1].isdigit() and not (
                    after == "," and _comma_list(text, start)):
                continue
            if skips and _inside(skips, start, end):
                continue
            # (No `_may_open` test first, here nor before `_AND_A_HALF`, `_POINT` and
            # `_DENOM_AFTER`: these regexes fail at their first characters sooner than it returns.)
            # The character that opens a time zone or "pm" (after at most one white space)
            # rules out nearly every number before the regex, which costs three such tests.
            opener = text[end + 1 : end + 2] if after.isspace() else after
            if (opener in _TIME_OPENS or not opener.isascii()) and _TIME_AFTER.match(text, end):
                continue
            signed = False
            if before in "-−–" and start >= 1 and (start == 1 or text[start - 2] in " (\n\t"):
                prev2 = text[start - 3] if start >= 3 else " "
                if not (prev2.isdigit() or prev2 == "%"):
                    value = -value
                    start -= 1
                    signed = True
            if dig and len(dig) >= 10 and not signed and _is_id(dig):
                continue
            if dscale and dscale.lower() in ("hundred", "thousand"):
                value, end = _digit_scale_tail(text, end, value, dscale.lower())
                last_end = end
            elif (dscale is None and 1 <= value <= 31  # (`_date_day`'s first test, no call)
                  and (_date_day(text, start, end, value, dig, vf1, sfx)
                       or _day_after_month(text, start, end, dig, vf1, sfx))):
                continue
        elif skips and _inside(skips, start, end):
            continue
        if is_digit:
            scaled = bool(dscale or sfx)
        elif one_word is not None:
            scaled = one_word[1]
        else:
            scaled = wrd is None or _SCALE_WORD.search(m.group(0).lower()) is not None
        hit = _Hit(start, end, value, not is_digit, scaled, sfx)
        if word_frac is not None or vf is not None:
            hit.first = "#frac"
        elif art is not None:
            hit.first = "#" + m.group(0).split(None, 1)[0].lower()
        elif one_word is not None:
            hit.first = one_word[2]
        elif not is_digit:
            hit.first = m.group(0).split(None, 1)[0].split("-", 1)[0].lower()
        if wrd is not None:
            _word_tails(text, m, hit)
            end = last_end = hit.end
        if hit.value < 1 and hit.first in ("#frac", "#a"):
            of_scale = _OF_A_SCALE.match(text, end)
            if of_scale:  # two thirds of a million
                hit.value = hit.low = hit.high = hit.value * SCALES[of_scale.group(1).lower()]
                hit.end = end = last_end = of_scale.end()
                hit.scaled = True
        half = _AND_A_HALF.match(text, end)
        if half and half.group("den") and _OF_AFTER.match(text, half.end()):
            half = None  # "40 seats and a third of the vote": a share of something else
        if half:
            part = 0.5
            if half.group("den"):
                num = half.group("num").lower()
                top = parse_words(num.split("-"))
                part = (top[0] if top else 1) / DENOMINATORS[half.group("den").lower()]
            scale = _scale_of(text[start:end].lower(), hit.sfx)
            hit.end = half.end()
            scale_word = _SCALE_AFTER.match(text, hit.end)
            said = SCALES[scale_word.group(1).lower()] if scale_word else scale
            if scale_word and scale == 1.0:  # five and a half million
                scale = said
                hit.value *= scale
                hit.end = scale_word.end()
                hit.scaled = True
            elif scale_word and said < scale:  # one billion and a half million
                scale, hit.end = said, scale_word.end()
            hit.value += part * scale
            hit.low = hit.high = hit.value
        # (the white space before "minus 5" tested first here: most numbers follow a word
        # and a space, but the call is skipped for those after "$", "(" and the like)
        neg = _negative_before(text, start) if text[start - 1 : start].isspace() else None
        if neg and hit.value > 0:
            hit.value = hit.low = hit.high = -hit.value
            hit.start = neg.start()
        hits.append(hit)
    return hits


_SCALE_TAIL = re.compile(
    rf"(?P<and>\s+and)?\s+(?:(?P<d>\d{{1,3}})(?![\d,.]?\d)(?:\s+(?P<h>hundred)\b)?"
    rf"|(?P<w>(?:{_WORDS})(?:[- ](?:{_WORDS}))*)\b)",
    re.IGNORECASE,
)


def _may_group(text: str, start: int, dig: str | None) -> bool:
    """False when `_DIGIT_GROUPS` cannot match the digits at ``start``: after a plain run of
    digits, each of its forms needs ")", ".", "-", "–", or a space and a digit."""
    if dig is None or not dig.isdecimal():
        return True  # "1,234", "3.5": the regex decides
    after = start + len(dig)  # a run of digits alone is all of the run (`_CORE`'s \d+)
    sep = text[after : after + 1]
    if sep == " ":
        return text[after + 1 : after + 2].isdigit()
    return sep != "" and sep in ").-–"


def _negative_before(text: str, start: int) -> re.Match[str] | None:
    """"minus 5", "negative 3": the word before ``start`` that makes the number negative."""
    # Most numbers follow a space after another word: two character tests, no regex.
    if start < 6 or not text[start - 1].isspace():
        return None
    if not text[start - 2].isspace() and text[start - 3 : start - 1].lower() not in _NEGATIVE_ENDS:
        return None
    return _NEGATIVE.search(text, max(0, start - 10), start)


def _before_space(text: str, start: int, ends: frozenset[str], size: int) -> bool:
    """Whether text[:start] ends with one of ``ends`` (strings of ``size`` characters) and one
    white-space character, or with those and a final line break (where a regex's `$` matches
    too): a cheap necessary condition of the `...\\s$` regexes searched before a number."""
    if start > size and text[start - 1].isspace() and text[start - 1 - size : start - 1] in ends:
        return True
    stop = start - 1
    return (
        stop > size
        and text[stop] == "\n"
        and text[stop - 1].isspace()
        and text[stop - 1 - size : stop - 1] in ends
    )


def _may_cue_age(text: str, start: int) -> bool:
    """False when `_AGE_BEFORE` cannot match before ``start``: no cue word ends its window."""
    head = text[max(0, start - 10) : start]
    if not head[-1:].isspace():
        return False
    word = head.rstrip()
    # Non-ASCII text goes to the regex: its case folding ("ſ" ~ "s") is not str.lower's.
    return not word.isascii() or word[-2:].lower() in _AGE_CUE_ENDS


def _date_day(
    text: str, start: int, end: int, value: float, dig: str | None, vf1: str | None, sfx: str
) -> bool:
    """"March 27,": plain digits 1-31 after a month name and before punctuation, a day of a
    date (a dateline's), which `_classify` drops: dropped at once, before a hit is made. Exact:
    no rule of `_classify` that could keep it reads it (the currency, age and name cues before
    it end otherwise than a month name; punctuation after it stops the rest), and no join of
    `_merge_ranges` reads it (none opens with that punctuation, nor ends with a month name)."""
    return (
        1 <= value <= 31
        and text[end : end + 1] in _QUIET_AFTER
        and dig is not None
        and dig.isdecimal()
        and not (vf1 or sfx)
        and _MONTH_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _day_after_month(
    text: str, start: int, end: int, dig: str | None, vf1: str | None, sfx: str
) -> bool:
    """"on June 23 protesters marched": plain digits after a date preposition and a month
    are the day of a date, not a count of what follows (unless a scale word does: "from May 3
    million more")."""
    return (
        dig is not None
        and dig.isdecimal()
        and not (vf1 or sfx)
        and text[max(0, start - 11) : start - 1].rpartition(" ")[2].rstrip(".") in _MONTH_WORDS
        and _PREP_MONTH_BEFORE.search(text, max(0, start - 20), start) is not None
        and _SCALE_AFTER.match(text, end) is None
    )


def _is_id(digits: str) -> bool:
    """Ten digits or more with no group separator (and no sign, checked before): an id."""
    return _GROUP_SEPARATORS.isdisjoint(digits) and len(digits.replace(".", "")) >= 10


def _digit_scale_tail(text: str, end: int, value: float, scale_word: str) -> tuple[float, int]:
    """"4 thousand 3 hundred and 21": what follows a digit and "hundred"/"thousand" and is
    smaller than the scale just said adds to it ("and" only after "hundred", as in words)."""
    scale = _DIGIT_SCALES.get(scale_word) or SCALES[scale_word]
    while scale > 1:
        tail = _SCALE_TAIL.match(text, end)
        if tail is None or (tail.group("and") and scale != 100):
            break
        if tail.group("d"):
            part = float(tail.group("d")) * (100 if tail.group("h") else 1)
            stop, next_scale = tail.end(), 100.0 if tail.group("h") else 1.0
        else:
            tokens = list(_TOKEN.finditer(text, tail.start("w"), tail.end("w")))
            parsed = parse_words([t.group() for t in tokens])
            if parsed is None:
                break
            part, stop, next_scale = parsed[0], tokens[parsed[1] - 1].end(), 1.0
        if part >= scale or part == 0:
            break
        value, end, scale = value + part, stop, next_scale
    return value, end


def _no_space_groups(text: str, start: int) -> bool:
    """Digits grouped by spaces ("40 000") are one number unless they follow a month name
    ("May 5 200 people": a day, then a count) or a plus sign or bracket (a phone number)."""
    if start and text[start - 1] in "+(":
        return True
    return _MONTH_BEFORE.search(text, max(0, start - 12), start) is not None


def _slash_fraction(text: str, start: int, hits: list[_Hit]) -> _Hit | None:
    """'3/4 of', '1/4 mile', or the '1/4' of '2 1/4' (then the whole number before it, grown)."""
    fm = _SLASH_FRAC.match(text, start)
    if fm is None:
        return None
    num, den = int(fm.group("n")), int(fm.group("d"))
    if not 0 < num < den:
        return None
    prev = hits[-1] if hits else None
    if (
        prev is not None
        and not prev.is_word
        and prev.connector == ""
        and prev.value.is_integer()
        and not _is_year(prev)
        and 0 < start - prev.end <= 2
        and text[prev.end : start].isspace()
    ):
        sign = -1.0 if prev.value < 0 else 1.0
        prev.value = prev.low = prev.high = prev.value + sign * num / den
        prev.end = fm.end()
        return prev
    signed = start >= 1 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\n\t")
    if not (signed or _OF_AFTER.match(text, fm.end()) or unit_at(text, fm.end())
            or _lone_fraction(text, start, den)):
        return None  # (a unit after it makes it a measure: "a 1/4 mile oval")
    hit = _Hit(start, fm.end(), num / den, False, False, "")
    if signed:
        hit.start, hit.value = start - 1, -hit.value
        hit.low = hit.high = hit.value
    hit.first = "#frac"
    return hit


def _lone_fraction(text: str, start: int, den: int) -> bool:
    """"3/4" alone is a fraction when its denominator is one fractions use and no word before
    it introduces a date ("on 3/4", "since 1/2"); "9/11" and "1/6" stay dates."""
    return den in _FRACTION_DENOMINATORS and not _DATE_WORD_BEFORE.search(
        text, max(0, start - 12), start)


def _at_one_point(text: str, start: int) -> bool:
    """Whether the "one" at ``start`` follows "at" (the idiom "at one point")."""
    return text[max(0, start - 3) : start].lower() == "at "


_ONE_IDIOM_BEFORE = re.compile(r"\b(?:on\s+the|on|number)\s$|\bone-on-$", re.IGNORECASE)
#: Hyphenated compounds of "two" that name a kind, not a count ("the two-state solution").
_TWO_COMPOUNDS = frozenset(("state", "tier", "speed", "horse", "way"))


def _idiom_of_one(text: str, start: int, end: int) -> bool:
    """Whether the word "one", "two" or "zero" at ``start`` is an idiom, no count: "on the one
    hand", "one-on-one", "number one", "the two-state solution", "zero-emission cars"."""
    word = text[start:end].lower()
    if text[end : end + 1] == "-":
        m = _HYPHEN_NOUN.match(text, end)
        noun = m.group("n") if m else ""
        return (word == "two" and noun in _TWO_COMPOUNDS) or word == "zero" or (
            word == "one" and text.startswith("-on-one", end))
    if word != "one":
        return False
    before = _ONE_IDIOM_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    cue = before.group().lower()
    return cue.startswith(("number", "one-on")) or text[end : end + 5].lower() == " hand"


def _word_tails(text: str, m: re.Match[str], hit: _Hit) -> None:
    """Grow a word number by a decimal tail ("five point five") or read it as the numerator of
    a plural denominator ("twenty-three fifths")."""
    end = hit.end
    point = _POINT.match(text, end)
    if point and hit.value == 1 and _at_one_point(text, hit.start):
        point = None  # "at one point, five people ...": the idiom
    if point:
        tail = point.group("d").lower()
        words = tail.split()
        if all(w in _DIGIT_VALUE for w in words):
            digits = "".join(str(_DIGIT_VALUE[w]) for w in words)
        else:
            parsed = parse_words(re.split(r"[- ]", tail))
            digits = str(int(parsed[0])) if parsed else ""
        if digits:
            hit.value += float("0." + digits)
            hit.end = point.end()
            scale_word = _SCALE_AFTER.match(text, hit.end)
            if scale_word:  # one point three million
                hit.value *= SCALES[scale_word.group(1).lower()]
                hit.end = scale_word.end()
                hit.scaled = True
            hit.low = hit.high = hit.value
        return
    if text.startswith(" dozens", end) and not text[end + 7 : end + 8].isalpha():
        # three dozens; "three hundred and two dozens" = 300 + 24
        head, sep, last = text[hit.start : end].lower().rpartition(" and ")
        whole = parse_words(head.split()) if sep else None
        part = parse_words(re.split(r"[- ]", last)) if whole else None
        if whole and part and part[0] < 10 and part[1] == len(last.split()):
            hit.value = whole[0] + part[0] * 12
        else:
            hit.value *= 12
        hit.low = hit.high = hit.value
        hit.end = end + 7
        return
    if text[end + 1 : end + 2] in _TENS_INITIALS and _compound_denominator(text, hit):
        return
    den = _DENOM_AFTER.match(text, end)
    if den is None:
        return
    size = DENOMINATORS[den.group("den").lower()]
    surface = text[hit.start : end]
    head, sep, last = surface.lower().rpartition(" and ")
    last_val = parse_words(re.split(r"[- ]", last)) if sep else None
    if not den.group("den").lower().endswith("s") and not (last_val and last_val[0] == 1):
        return  # a singular denominator takes only "one": "two million and one half"
    proper = last_val is not None and (last_val[0] < 10 or last_val[0] < size)
    hit.end = den.end()
    if last_val is not None and proper and parse_words(head.split()) is not None:
        # "five billion and three quarters": a fraction of the last scale said
        whole = parse_words(head.split())
        assert whole is not None
        scale = next((v for w, v in SCALES.items() if head.endswith(w)), 1.0)
        said = _SCALE_AFTER.match(text, hit.end)
        if said and SCALES[said.group(1).lower()] < scale:  # "and three quarters million"
            scale, hit.end = SCALES[said.group(1).lower()], said.end()
        hit.value = whole[0] + last_val[0] / size * scale
    else:
        hit.value = hit.value / size
    hit.low = hit.high = hit.value
    hit.first = "#frac"


def _compound_denominator(text: str, hit: _Hit) -> bool:
    """"one twenty-fifth" = 1/25, "three twenty-firsts" = 3/21: a tens-and-ordinal denominator,
    singular after one, plural after more."""
    den = _COMPOUND_DENOM.match(text, hit.end)
    if den is None or (hit.value == 1) == bool(den.group("s")) or hit.value < 1:
        return False
    size = TENS[den.group("t").lower()] + ORDINALS[den.group("o").lower()]
    hit.value = hit.low = hit.high = hit.value / size
    hit.end = den.end()
    hit.first = "#frac"
    return True


_TENS_INITIALS = frozenset("tfsenTFSEN")
_COMPOUND_DENOM = re.compile(
    rf"[- ](?P<t>{_TENS})[- ](?P<o>{'|'.join(ORDINALS)})(?P<s>s)?\b(?!-)", re.IGNORECASE)
_GROUP_SEPARATORS = frozenset(", \u202f\u00a0\u2009")
_POINT_CUT = re.compile(r"(?:an?\s+)?(quarter|half)(?:[- ]|\s+(?:of\s+)?an?\s+(?:percentage\s+)?)"
                        r"point\b(?![- ]?s\b)", re.IGNORECASE)
_POINT_CUT_INITIALS = frozenset("aAqQhH")
_OVER_GAP = re.compile(r"\s+over\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_RATIO_GAP = re.compile(r"\s+(?:in|in\s+every|out\s+of(?:\s+every)?)\s+|-in-(?:an?-)?",
                        re.IGNORECASE)
_RATIO_GAP_OPENS = _both_cases("io-")
_RANGE_GAP = re.compile(
    r"(?P<pct>\s?(?:%|percent|per\s?cent))?\s*(?P<c>[-–—]|to|and|or)\s*(?P<cur>US\$|[$£€¥])?",
    re.IGNORECASE,
)

_RANGE_GAP_OPENS = _both_cases("%ptao-")  # (and "–", "—": not ASCII, the regex is asked)
#: How every join of `_merge_ranges` opens: a span of years ("-", "/"), a clock span, "over",
#: a ratio, a range.
_JOIN_OPENS = _RANGE_GAP_OPENS | _RATIO_GAP_OPENS | _both_cases("/")

_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_GAP = re.compile(r"\s?[-–]\s?|\s+(?:to|and)\s+")


def _clock_pair(text: str, hit: _Hit, nxt: _Hit) -> bool:
    """"0730-0930", "between 0730 and 0930": four-digit clocks, one with a leading zero."""
    first, second = text[hit.start : hit.end], text[nxt.start : nxt.end]
    return (
        "0" in (first[:1], second[:1])
        and _HHMM.fullmatch(first) is not None
        and _HHMM.fullmatch(second) is not None
        and _CLOCK_GAP.fullmatch(text, hit.end, nxt.start) is not None
    )


def _may_join(text: str, end: int, start: int) -> bool:
    """False when no join of `_merge_ranges` can read text[end:start]: each reads white space
    around at most 13 other characters ("percent and US$", "in every"). (Counted in the gap's
    first 32 characters: the rest of a long gap is of no help.)"""
    return start - end <= 13 or len("".join(text[end : min(start, end + 32)].split())) <= 13


def _merge_ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        # Most numbers are followed by words none of the joins below can open with, or by more
        # words than a join reads before the next number.
        if (
            i + 1 < len(hits)
            and _may_open(text, hit.end, _JOIN_OPENS)
            and _may_join(text, hit.end, hits[i + 1].start)
        ):
            nxt = hits[i + 1]
            if (
                not hit.is_word
                and hit.end - hit.start == 4
                and 1000 <= hit.value <= 2199
                and nxt.start == hit.end + 1
                and text[hit.end] in "-–/"
                and nxt.end - nxt.start in (2, 4)
            ):
                i += 2  # 2025-26, 1990-1995: a span of years, which the dates extractor reads
                continue
            if _clock_pair(text, hit, nxt):
                i += 2  # 0730-0930: two wire-style clock times, which the times extractor reads
                continue
            if 6 <= nxt.start - hit.end <= 8 and _over_fraction(text, hit, nxt):
                merged = _Hit(hit.start, nxt.end, hit.value / nxt.value, hit.is_word, False, "")
                merged.connector = "over"  # one over three, 1 over 20
                out.append(merged)
                i += 2
                continue
            ratio = (_RATIO_GAP.fullmatch(text, hit.end, nxt.start)
                     if _may_open(text, hit.end, _RATIO_GAP_OPENS) else None)
            if ratio and 0 < hit.value < nxt.value and (nxt.value <= 1000 or hit.value == 1):
                merged = _Hit(hit.start, nxt.end, hit.value / nxt.value, hit.is_word, False, "")
                merged.connector = "ratio"  # one in five, 3 out of 10
                out.append(merged)
                i += 2
                continue
            gap = (_RANGE_GAP.fullmatch(text, hit.end, nxt.start)
                   if _may_open(text, hit.end, _RANGE_GAP_OPENS) else None)
            if gap and nxt.value > hit.value >= 0 and hit.is_word == nxt.is_word:
                c = gap.group("c").lower()
                if c in ("to", "and") and _year_span(text, hit, nxt):
                    i += 2  # between 2014 and 2018: two years, which the dates extractor reads
                    continue
                spaced = text[hit.end : nxt.start].strip() != text[hit.end : nxt.start]
                ok = False
                if c == "or":
                    # "two or three ministers": an approximate range, words or small digits
                    ok = nxt.value - hit.value <= max(2.0, hit.value * 0.5)
                elif c == "and":
                    ok = bool(
                        re.search(
                            r"\bbetween\s+(?:US\$|[$£€¥])?$",
                            text[max(0, hit.start - 14) : hit.start],
                            re.I,
                        )
                    )
                elif c == "to":
                    ok = not re.search(
                        r"\bfrom\s+(?:US\$|[$£€¥])?$",
                        text[max(0, hit.start - 12) : hit.start],
                        re.I,
                    ) and not (nxt.value > 3 * hit.value and _CHANGE_BEFORE.search(
                        text, max(0, hit.start - 24), hit.start))
                else:
                    years = (
                        not hit.is_word
                        and 1000 <= hit.value <= 2199
                        and float(hit.value).is_integer()
                    )
                    ok = not years and (not spaced or hit.is_word is False) and not (
                        _SCORE_BEFORE.search(text, max(0, hit.start - 12), hit.start)
                        and _SCORE_END.match(text, nxt.end))
                if ok:
                    low = hit.value
                    if gap.group("pct") and not _PERCENT.match(text, nxt.end):
                        out.append(hit)
                        i += 1
                        continue
                    if nxt.scaled and not hit.scaled and low < nxt.value:
                        scale = _scale_of(text[nxt.start : nxt.end].lower(), nxt.sfx)
                        if low * scale < nxt.value:
                            low *= scale
                    merged = _Hit(
                        hit.start, nxt.end, (low + nxt.value) / 2, hit.is_word, nxt.scaled, nxt.sfx
                    )
                    merged.low, merged.high = low, nxt.value
                    merged.first = hit.first
                    merged.connector = "to" if c == "to" else "range"
                    out.append(merged)
                    i += 2
                    continue
        out.append(hit)
        i += 1
    return out


#: A change verb before "X to Y": "rose $2.50 to $85.30", "the toll climbed by 12 to 340" are a
#: change and the level it reached, not a range (when the level is far above the change; "rise
#: by 5 to 10 per cent" is one).
#: A result before "1-2" makes it a score, not a range ("lost 1-2 to England"), when no noun
#: follows ("won 20-25 seats" is a range).
_SCORE_BEFORE = re.compile(r"\b(?:lost|won|beat|beaten|defeated|drew|drawn|winning|losing"
                           r"|trailing|trailed|leading|led)\s+$", re.IGNORECASE)
_SCORE_END = re.compile(r"(?:\s+(?:to|against|over|in|at|on|after|with|and|win|victory"
                        r"|defeat|loss|draw|lead)\b|[.,;:!?)]|\s*$)")
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|climbed|climbs|jumped"
    r"|jumps|dropped|drops|increased|decreased|gained|gains|lost|slipped|slid|surged|soared"
    r"|plunged|plummeted|tumbled|grew|declined|added|shed|raised|cut|lowered|lifted|hiked"
    r"|shrank|shrunk|shrinks|contracted|expanded|widened|narrowed|swelled|swollen|eased|dipped"
    r"|sank|sunk|rebounded|recovered|advanced|retreated|increases|decreases|declines|grows"
    r"|grown|growing|grow|increase|decrease|decline|drop|jump|climb"
    r"|up|down|higher|lower)(?:\s+by)?\s+(?:US\$|[$£€¥])?$",
    re.IGNORECASE,
)


def _over_fraction(text: str, hit: _Hit, nxt: _Hit) -> bool:
    """"one over three", "1 over 20" ending a clause: a fraction said aloud ("2 over par",
    "10 over 60 years", "2018 over 2019" are not)."""
    return (
        _OVER_GAP.fullmatch(text, hit.end, nxt.start) is not None
        and nxt.value > 0
        and not (hit.scaled or nxt.scaled or hit.connector or nxt.connector or _is_year(nxt))
        and _CLAUSE_END.match(text, nxt.end) is not None
    )


def _is_year(hit: _Hit) -> bool:
    return (not hit.is_word and hit.end - hit.start == 4 and 1000 <= hit.value <= 2199
            and float(hit.value).is_integer())


def _year_span(text: str, hit: _Hit, nxt: _Hit) -> bool:
    """Two years joined by "to"/"and", unless a counted noun follows (1500 and 2000 people)."""
    if not (_is_year(hit) and _is_year(nxt) and nxt.value - hit.value <= 100):
        return False
    m = _NEXT_WORD.match(text, nxt.end)
    return not (m and _noun_ok(m.group("n"), plural=True))


def _scale_of(surface: str, sfx: str) -> float:
    for word, scale in SCALES.items():
        if word in surface:
            return scale
    return SUFFIX_SCALES.get(sfx, 1.0)


def _qualifier_ending(head: str) -> str:
    """The qualifier word that ends ``head`` before white space ("more than", "nearly"), lower
    case with its spacing collapsed, or ""."""
    qmatch = _QUAL.search(head) if _may_qualify(head) else None
    return " ".join(qmatch.group("q").lower().split()) if qmatch else ""


def _qualified(text: str, start: int, value: float) -> tuple[str, float, float]:
    """(qualifier, low, high) of a word duration of ``value`` at ``start``, from the qualifier
    before it ("more than an hour", "nearly a decade"); "over a year" stays exact, as "over
    three years" does."""
    word = _qualifier_ending(text[max(0, start - 24) : start])
    if word in ("", "over", "between"):
        return "exact", value, value
    return _interval(_QUALIFIERS[word], value)


def _interval(qual: str, value: float) -> tuple[str, float, float]:
    lo, hi = (value, value)
    if qual == "about":
        lo, hi = value * 0.9, value * 1.1
    elif qual == "about~":
        qual, lo, hi = "about", value * 0.9, value
    elif qual in ("more than", "at least"):
        lo, hi = value, NAN
    elif qual in ("less than", "at most"):
        lo, hi = NAN, value
    if not math.isnan(lo) and not math.isnan(hi) and lo > hi:
        lo, hi = hi, lo
    return qual, lo, hi


_DECADE_AGE_BEFORE = re.compile(r"\b[Ii]n\s+(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
                                r"(?:(?P<part>early|mid|late)(?:-|\s+))?$")
#: The years of a decade of life that "early", "mid" and "late" name ("in her early 30s").
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_ages(text: str) -> Iterator[Claim]:
    """Ages said as a decade of life: "a man in his 60s" (60 to 69), "in her early 30s"."""
    at = text.find("0s")
    while at >= 1:
        start, end = at - 1, at + 2
        if ("1" <= text[start] <= "9" and not text[start - 1 : start].isalnum()
                and not text[end : end + 1].isalnum()):
            cue = _DECADE_AGE_BEFORE.search(text, max(0, start - 24), start)
            if cue is not None:
                first, last = _DECADE_PARTS[cue.group("part")]
                decade = float(text[start]) * 10
                low, high = decade + first, decade + last
                yield Claim(cue.start(), end, text[cue.start() : end], "age", (low + high) / 2,
                            "year", qualifier="range", value_low=low, value_high=high)
        at = text.find("0s", at + 2)


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
        if claim.kind == "money":
            money.append(claim)
        taken.append((claim.start, claim.end))
        claims.append(claim)
    _link_money(text, money)
    _count_shares(text, claims)
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


def _prefix_before(text: str, start: int) -> re.Match[str] | None:
    """The currency prefix (US$, £, USD, Rs) right before ``start``, if any."""
    # _PREFIX ends in a symbol, a capital, "Rs" or "Rs.", then at most one white-space
    # character and a line end; most numbers follow other characters and skip the regex.
    i = start - 1
    if i >= 0 and text[i].isspace():
        i -= 1
        if i >= 0 and text[i].isspace():
            i -= 1
    if i < 0 or text[i] not in _PREFIX_ENDS:
        return None
    # Only "Rs", "Rs.", "Rmb" and "KSh" end so ("U.S." opens "U.S.$"), as many words and
    # sentences do.
    if text[i] in "s.bh" and not text.endswith(_GLUED_WORDS, 0, i + 1):
        return None
    return _PREFIX.search(text, max(0, start - 9), start)


def _may_qualify(head: str) -> bool:
    """False when _QUAL cannot match ``head``: it needs a qualifier word, then white space."""
    if not head[-1:].isspace():
        return False
    last = head.rstrip()
    # Non-ASCII text goes to the regex: its case folding ("ſ" ~ "s") is not str.lower's.
    if not last.isascii():
        return True
    lower = last[-2:].lower()  # (a set look-up first: the tuple test is slower)
    return lower in _QUAL_ENDS and last.lower().endswith(_QUAL_LAST_WORDS)


def _bare_year(text: str, hit: _Hit) -> bool:
    """A plain year (no unit, scale or range), which the bare-number rules of `_classify` drop,
    and not the second half of a score (3-2010), which they keep."""
    start, value = hit.start, hit.value
    return (
        not hit.is_word
        and not hit.scaled
        and hit.connector == ""
        and 1000 <= value <= 2199
        and value.is_integer()
        and "," not in text[start : hit.end]
        and not (start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit())
    )


#: A determiner before a year that modifies a noun: "the 2019 elections", "its 2015 accounts".
_YEAR_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his"
                              r"|[Tt]hat|[Ll]ast|[Nn]ext)|['’]s)\s$")


#: Years in a list after a determiner, before a year: "the 2014 and 2015 editions", "the
#: 2010, 2012 and 2014 games" (not "between 1900 and 2000 people").
_YEAR_LIST_BEFORE = re.compile(_YEAR_DETERMINER.pattern[:-1]
                               + r"(?:(?:19|20)\d\d(?:,?\s(?:and|or)|,)\s)+$")


#: Nouns a year before them always dates ("emissions 40% below 1990 levels").
_YEAR_NOUNS = (" levels", " level ", " level.", " level,")
_LIST_END = frozenset(",dr")  # the last letter of ", " "and " "or "


def _year_of_a_noun(text: str, hit: _Hit) -> bool:
    """Whether a plain modern year after a determiner, a month or another year, or before
    "levels", comes before a word: "the 2008 Olympics", "the March 2016 floods", "the 2014 and
    2015 editions", "below 1990 levels" are years, not 2,008 of them (which news writes with a
    comma)."""
    if not (
        1900 <= hit.value <= 2099
        and _bare_year(text, hit)
        and text[hit.end : hit.end + 1] == " "
        and text[hit.end + 1 : hit.end + 2].isalpha()
    ):
        return False
    start = hit.start
    return (
        text.startswith(_YEAR_NOUNS, hit.end)  # "below 1990 levels": whatever comes before
        or _YEAR_DETERMINER.search(text, max(0, start - 7), start) is not None
        or _MONTH_BEFORE.search(text, max(0, start - 12), start) is not None
        or text[start - 2 : start - 1] in _LIST_END
        and _YEAR_LIST_BEFORE.search(text, max(0, start - 40), start) is not None
    )


#: "The" (or a possessive) before a month and its day: "the Sept. 11 attacks", "its Nov. 8
#: meeting" name an event by its date (not "In March 30 people died").
_THE_MONTH_BEFORE = re.compile(_YEAR_DETERMINER.pattern[:-1] + _MONTHS + r"\s$")


def _day_of_a_noun(text: str, hit: _Hit) -> bool:
    """Whether a day of the month after "the" and its month comes before a word: "the Sept.
    11 attacks" is a date, which the dates extractor reads, not 11 attacks."""
    return (
        not hit.is_word
        and hit.connector == ""
        and 1 <= hit.value <= 31
        and hit.value.is_integer()
        and text[hit.end : hit.end + 1] == " "
        and text[hit.end + 1 : hit.end + 2].isalpha()
        and _THE_MONTH_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
    )


_BARE_SCALES = frozenset((1e3, 1e6, 1e9, 1e12))
_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude(?:\s+of)?[\s-]$")
_MAGNITUDE_AFTER = re.compile(r"\s+on\s+the\s+(?:open-ended\s+)?Richter(?:\s+scale)?\b"
                              r"|\s[Mm]agnitude\b")


_MAGNITUDE_AFTER_OPENS = (" on", " magnitude", " Magnitude")


def _magnitude_end(text: str, hit: _Hit) -> int:
    """Where an earthquake's magnitude said around the number ends ("a magnitude 6.4 quake",
    "magnitude-7.1": the number, whose frame takes the word before as its head; "a 6.2
    magnitude quake", "measuring 5.8 on the Richter scale": the words after), or 0."""
    start, end = hit.start, hit.end
    if "agnitude" in text[max(0, start - 14) : start] and _MAGNITUDE_BEFORE.search(
            text, max(0, start - 14), start) is not None:
        return end
    if not text.startswith(_MAGNITUDE_AFTER_OPENS, end):
        return 0  # (most numbers: no regex)
    after = _MAGNITUDE_AFTER.match(text, end)
    return 0 if after is None else after.end()


def _subunit_tail(text: str, stop: int, unit: str) -> tuple[float, int]:
    """What the smaller units after ``stop`` add to one of ``unit`` ("and 30 minutes" after an
    hour: 0.5; ", 1 month and 21 days" after a year: 1/12 + 21/365), each unit smaller than the
    one before it, and where the duration ends: (0, ``stop``) without one."""
    extra, last = 0.0, unit
    while more := _DUR_SUBUNIT_TAIL.match(text, stop):
        sub = more.group(3).lower().rstrip("s")
        sub = _SUBUNIT_NAMES.get(sub, sub)
        per, step = _SUBUNITS.get((unit, sub)), _SUBUNITS.get((last, sub))
        amount = parse_number(more.group(2))
        if not (per and step and amount is not None and amount < step):
            break
        extra, last, stop = extra + amount / per, sub, more.end()
    return extra, stop


def _odd_after(text: str, hit: _Hit) -> bool:
    """Whether "-odd" follows a round number of ``hit`` ("30-odd years", "200 odd people": a
    little more than it); the hit then ends after it."""
    end = hit.end
    if not (text.startswith(("-odd", " odd"), end) and hit.value >= 10 and hit.value % 10 == 0):
        return False
    if text[end + 4 : end + 5].isalpha() or (text[end] == " " and hit.is_word):
        return False  # "30 oddities"; "twenty odd jobs" is odd jobs
    hit.end = end + 4
    return True


def _plus_after(text: str, hit: _Hit) -> bool:
    """Whether "-plus" follows ``hit`` ("30-plus lawmakers", "a 40-plus-year career": more
    than it); the hit then ends after it."""
    if text[hit.end + 5 : hit.end + 6].isalnum() or hit.connector:
        return False  # "5-pluses"
    hit.end += 5
    return True


def _classify(text: str, hit: _Hit) -> Claim | None:
    odd = (text.startswith("odd", hit.end + 1) and _odd_after(text, hit)
           or text.startswith("-plus", hit.end) and _plus_after(text, hit))
    start, end, value = hit.start, hit.end, hit.value
    # currency before the number (US$, £, USD, Rs)
    currency = None
    pre = _prefix_before(text, start)
    # After ",", "." and the like (a third of all numbers) no rule that reads the text after
    # the number can match: each needs white space, a hyphen, a letter or a sign there.
    quiet = text[end : end + 1] in _QUIET_AFTER
    if quiet and pre is None and _bare_year(text, hit):
        return None  # "in 2010.": every other rule reads what follows, a currency or an age
    if pre:
        if pre.group("sym"):
            currency = CURRENCY_SYMBOLS[pre.group("sym")]
            if pre.group("sym") == "$" and pre.group("pre"):
                key = pre.group("pre")
                currency = DOLLAR_PREFIXES.get(key, DOLLAR_PREFIXES.get(key.upper(), "USD"))
                if key.upper() in ISO_CODES:
                    currency = key.upper()
                if key.lower().startswith("u.s"):
                    currency = "USD"
            elif pre.group("pre") and pre.group("sym") != "$":
                currency = CURRENCY_SYMBOLS[pre.group("sym")]
            cur_start = pre.start("pre") if pre.group("pre") else pre.start("sym")
        elif pre.group("iso"):
            currency = pre.group("iso").upper().replace("RMB", "CNY")
            cur_start = pre.start("iso")
        elif pre.group("rmb"):
            currency = "CNY"
            cur_start = pre.start("rmb")
        elif pre.group("ksh"):
            currency = "KES"  # the Kenyan shilling, as Kenyan papers write it
            cur_start = pre.start("ksh")
        else:
            currency = "INR"
            cur_start = pre.start("rs")
    elif start and text[start - 1] in "RN" and _glued_letter_currency(text, start):
        currency, cur_start = _LETTER_CURRENCIES[text[start - 1]], start - 1
    else:
        cur_start = start
    head = text[max(0, cur_start - 24) : cur_start]
    qualified = _qualifier_ending(head)
    connector = hit.connector
    qual_word = "" if qualified == "between" and connector != "range" else qualified
    span_start = cur_start
    if hit.first == "#ppoint":
        return Claim(start, end, text[start:end], "percent", value, "pp", qualifier="exact",
                     value_low=value, value_high=value)
    if connector in ("ratio", "over"):
        unit = "ratio" if connector == "ratio" else None
        qualifier, lo, hi = (_interval(_QUALIFIERS[qual_word], value)
                             if qual_word and qual_word != "between" else ("exact", value, value))
        return Claim(start, end, text[start:end], "number", value, unit, qualifier=qualifier,
                     value_low=lo, value_high=hi)
    if connector in ("range", "to"):
        qualifier, lo, hi = "range", hit.low, hit.high
    elif qual_word and qual_word != "between":
        qualifier, lo, hi = _interval(_QUALIFIERS[qual_word], value)
    else:
        qualifier, lo, hi = "exact", value, value
    if odd and qualifier == "exact":
        qualifier, lo, hi = "more than", value, NAN

    def make(
        kind: str,
        stop: int,
        val: float,
        unit: str | None,
        qual: str = qualifier,
        low: float = lo,
        high: float = hi,
        first: int = span_start,
    ) -> Claim:
        return Claim(
            first,
            stop,
            text[first:stop],
            kind,
            float(val),
            unit,
            qualifier=qual,
            value_low=low,
            value_high=high,
        )

    sfx = hit.sfx
    if currency is not None:
        if hit.is_word and not hit.scaled:
            currency = None
        else:
            after = _cur_after(text, end)
            stop = end
            if after and after.group("iso") and after.group("iso").upper() == currency:
                stop = after.end()
            if (
                currency is not None
                and cur_start
                and text[cur_start - 1] in "-−"
                and (cur_start == 1 or text[cur_start - 2] in " (\n\t")
            ):  # -$5 million
                return make("money", stop, -value, currency, low=-hi, high=-lo, first=cur_start - 1)
            return make("money", stop, value, currency)
    if sfx == "m" and _LENGTH_CUE.match(text, end):  # "1.8m tall": metres, not millions
        return make("quantity", end, value / 1e6, "metre", low=lo / 1e6, high=hi / 1e6)
    if sfx in ("m", "b") and not _cur_after(text, end):
        # a bare 100m / 3b is metres or a label as often as millions: only a count follows
        noun_claim = _noun(text, hit, make)
        if noun_claim is None and sfx == "m" and _measure_context(text, start, end, "length"):
            return make("quantity", end, value / 1e6, "metre", low=lo / 1e6, high=hi / 1e6)
        if noun_claim is not None or not _plain_scale(text, hit):
            return noun_claim
    # After white space and a word `_AFTER_RUNS` lacks (often a counted noun: "5 people"),
    # the currency, percent, unit, age and duration rules fail too. (A non-ASCII letter that
    # ends the word may case-fold into one of theirs: they are asked.)
    bare = quiet
    spaced = None
    if not quiet and text[end : end + 1].isspace():
        spaced = _SPACED_WORD.match(text, end)
        bare = (spaced is not None and spaced.group(1).lower() not in _AFTER_RUNS
                and text[spaced.end() : spaced.end() + 1].isascii())
    after_cur = None if bare else _cur_after(text, end)
    if after_cur:
        word = after_cur.group("word")
        if word:
            key = " ".join(word.lower().split())
            if key in MINOR_WORDS:
                if key == "p" and (hit.is_word or text[end : end + 1] == " "):
                    after_cur = None
                else:
                    scale = 0.01
                    return make(
                        "money",
                        after_cur.end(),
                        value * scale,
                        MINOR_WORDS[key],
                        low=lo * scale,
                        high=hi * scale,
                    )
            elif key == "won" and hit.is_word:
                after_cur = None  # "the two won" is a verb
            elif key in ("pound", "pounds") and not (hit.scaled or value >= 1):
                after_cur = None
            elif key in ("pound", "pounds") and (
                    _WEIGHT_BEFORE.search(head) or _MASS_OF.match(text, after_cur.end())
                    or (text[end:end + 1] == "-" and not hit.scaled)  # "a 10-pound baby"
                    or _measure_context(text, start, after_cur.end(), "mass")):
                return make("quantity", after_cur.end(), value, "pound")  # "weighs 25 pounds"
            if after_cur:
                return make("money", after_cur.end(), value, CURRENCY_WORDS[key])
        elif after_cur.group("sym"):
            return make("money", after_cur.end(), value, CURRENCY_SYMBOLS[after_cur.group("sym")])
        else:
            return make("money", after_cur.end(), value,
                        after_cur.group("iso").upper().replace("RMB", "CNY"))  # "40 rmb"
    # (the openings below have no separator among them: `_opening` is `_may_open` for them)
    opens = "" if bare else _opening(text, end)
    pct = _PERCENT.match(text, end) if opens == "*" or opens in _PERCENT_OPENS else None
    if pct and pct.group("bp"):
        if pct.group("bp").startswith(("bp", "basis", "Basis")):
            # 25 basis points = 0.25 percentage points, comparable with "a quarter point"
            return make("percent", pct.end(), value / 100, "pp", low=lo / 100, high=hi / 100)
        pct = None  # "5 BP": the company
    if pct and not (pct.group("pp") and pct.group("pp").lower() == "pp" and hit.is_word):
        unit = "pp" if (pct.group("pts") or pct.group("pp")) else "%"
        return make("percent", pct.end(), value, unit)
    if start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
        # the second half of a score or tally (3-1 win, 6-3 ruling): no unit of its own
        return make("number", end, value, None)
    # "1.5 million gallons" is a measure; "5k km" or "$5m" is not read as one
    measure = None if sfx or bare else unit_at(text, end) or _context_unit(text, start, end)
    if measure is not None:
        unit, stop = measure
        extra = 0.0
        inches = _INCHES_AFTER.match(text, stop) if unit == "foot" else None
        if inches and hit.connector == "":  # "5 feet 2 inches": 5.17 feet
            extra, stop = float(inches.group("n")) / 12, inches.end()
        return make("quantity", stop, value + extra, unit, low=lo + extra, high=hi + extra)
    # ages
    age = _AGE_AFTER.match(text, end) if opens == "*" or opens in _AGE_AFTER_OPENS else None
    if age and not hit.scaled and value >= 0:
        unit = (age.group("u") or age.group("u2") or "year").lower()
        return make("age", age.end(), value, unit)
    if (
        (not hit.is_word or not hit.first.startswith("#"))  # "aged eighteen", not "a third"
        and not hit.scaled
        and (hit.connector == "" and value.is_integer()
             # "aged 60 or 61", "aged 18 to 25": a range of ages
             or hit.connector in ("range", "to") and float(lo).is_integer()
             and float(hi).is_integer())
        and 0 < value < 130
        and not qualifier.startswith("more")
    ):
        before_age = (_AGE_BEFORE.search(text, max(0, start - 10), start)
                      if _may_cue_age(text, start) else None)
        if before_age is None and qualified == "between" and hit.connector == "range":
            before_age = _AGE_BETWEEN.search(text, max(0, start - 18), start)  # aged between
        if before_age and (not before_age.group().endswith("At ") or text[end : end + 1] == ","):
            # "aged 64" keeps its cue word; "turned 64", "At 64," only the number
            cue = before_age.group().lstrip(".!?\n ")
            first = before_age.start() if cue.lower().startswith("age") else start
            unit_after = _AGE_UNIT_AFTER.match(text, end)  # "aged 6 months": a baby's age
            if unit_after is not None:
                unit = unit_after.group("u").lower().rstrip("s")
                return make("age", unit_after.end(), value, unit, first=first)
            return make("age", end, value, "year", first=first)
        if (
            hit.connector == ""
            and text.endswith(("was ", " is "), 0, start)
            and _PERSON_IS.search(text, max(0, start - 12), start)
            and _AGE_CLAUSE_AFTER.match(text, end)
        ):
            return make("age", end, value, "year", first=start)  # "when she was six."
    if (
        not hit.is_word
        and not hit.scaled
        and hit.connector == ""
        and value.is_integer()
        and 0 < value < 130
        and not qualifier.startswith("more")
    ):
        window = max(0, start - 40)
        if "age" in text[window:start] and _AGE_LIST.search(text, window, start):
            return make("age", end, value, "year", first=start)  # "aged 15 and 16": the 16
        comma = start - 4 if text.endswith(", now ", 0, start) else start  # "Her son, now 30,"
        if (
            _before_space(text, comma, _COMMA, 1)
            and (_NAME_COMMA.search(text, max(0, comma - 40), comma)
                 or _PERSON_COMMA.search(text, max(0, comma - 48), comma))
            and _AGE_NAME_AFTER.match(text, end)
            and not _MONTH_COMMA.search(text, max(0, comma - 14), comma)
        ):
            return make("age", end, value, "year", first=start)
        if (
            "age" in text[window:start]
            and _AGE_IS.search(text, max(0, start - 48), start)
            and _CLAUSE_END.match(text, end)
        ):
            return make("age", end, value, "year", first=start)  # "the average age is 58."
        if (
            text[end : end + 1] == ")"
            and text.endswith(("(", "(\n"), 0, start)
            and _NAME_PAREN.search(text, max(0, start - 40), start)
        ):
            return make("age", end, value, "year", first=start)
    # durations
    dur = _DUR_AFTER.match(text, end) if opens == "*" or opens in _DUR_AFTER_OPENS else None
    if dur and not (hit.is_word and hit.first == "#half" and text[end] == "-"):
        word = dur.group("u").lower()
        base = word if word in DURATION_UNITS else word[:-1]
        if word == "centuries":
            base = "century"
        unit, mult = DURATION_UNITS.get(base, ("year", 1))
        glued = not text[end : end + 1].isspace() and text[end : end + 1] != "-"
        # "One day, he will ...", "one day she hopes to": someday, not a length
        idiom = text[start : dur.end() + 1] == "One day," or (
            text[start : dur.end()] in ("one day", "One day")
            and _SUBJECT_AFTER.match(text, dur.end()) is not None)
        if idiom or _not_a_length(text, hit, dur, word, unit):
            return None
        if not (glued and hit.is_word) and not (word == "second" and hit.first == "#half"):
            stop, extra = dur.end(), 0.0
            tail = _DUR_HALF_TAIL.match(text, stop)
            if tail and hit.connector == "":
                extra = 0.5 if tail.group(1).lower() == "half" else 0.25
                stop = tail.end()
            elif hit.connector == "" and mult == 1:
                extra, stop = _subunit_tail(text, stop, unit)
            total = value * mult + extra
            if unit == "year" and _AGE_IS.search(text, max(0, start - 48), start):
                # "the median age is 44.5 years": an age, not a length of time
                return make("age", stop, total, "year", low=lo * mult + extra,
                            high=hi * mult + extra)
            if qual_word == "over":  # "over three years" is as often "during" as "more than"
                return make("duration", stop, total, unit, qual="exact", low=total, high=total)
            return make(
                "duration", stop, total, unit, low=lo * mult + extra, high=hi * mult + extra
            )
    if hit.first == "#half":
        half = _HALF_DURATION.match(text, end)
        if half:
            unit, mult = DURATION_UNITS[half.group("u").lower()]
            # (lo and hi bound the half: "roughly half an hour" is 0.45 to 0.55 hours)
            return make("duration", half.end(), value * mult, unit, low=lo * mult, high=hi * mult)
    # a counted noun
    if (
        not hit.is_word
        and (_before_space(text, start, _LABEL_ENDS, 2)
             and _LABEL_WORDS.search(text, max(0, start - 12), start)
             or text.endswith(_LIST_JOINS, 0, start)
             and _LABEL_LIST.search(text, max(0, start - 40), start))
    ):
        return None  # Windows 10, Article 9, Flight 370: a name, not a count
    if hit.is_word and value == 1 and text.startswith(" point", end) and _at_one_point(text, start):
        return None  # "at one point": the idiom, no count of points
    if hit.is_word and value <= 2 and _idiom_of_one(text, start, end):
        return None  # "on the one hand", "one-on-one talks", "the number one seed"
    if hit.is_word and value in _BARE_SCALES and text[start - 2 : start - 1].isdigit():
        return None  # "R2.5 billion", "Sh5 billion": the scale of an amount glued to a label
    if _year_of_a_noun(text, hit) or _day_of_a_noun(text, hit):
        return None  # "the 2019 elections", "its 2015 accounts": a year, which dates read
    if not hit.is_word and value < 10 and text[start - 1 : start] in " -":
        magnitude_end = _magnitude_end(text, hit)
        if magnitude_end:
            return make("quantity", magnitude_end, value, "magnitude")
    if hit.first not in ("#frac", "#half") and not quiet:
        noun_claim = _noun(text, hit, make, spaced)
        if noun_claim is not None:
            return noun_claim
    # a bare number: drop what belongs to dates, labels and idioms
    if hit.is_word and value == 1 and not hit.first.startswith("#"):
        return None
    if not hit.is_word:
        if (
            value.is_integer()
            and 1000 <= value <= 2199
            and hit.connector == ""
            and "," not in text[start:end]
            and not hit.scaled
        ):
            return None
        if (
            1 <= value <= 31
            and value.is_integer()
            and hit.connector == ""
            and (
                _MONTH_BEFORE.search(text, max(0, start - 12), start)
                or (not quiet and _MONTH_AFTER.match(text, end))
            )
        ):
            return None
        if hit.connector == "range" and (
            _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end)
        ):
            return None
        # (a label word before returned None above)
        if not quiet and _STREET_AFTER.match(text, end):
            return None
    # A capitalised word before makes a label of digits said without a qualifier or of a
    # capitalised number word; the word is read only for those.
    if start and (text[start].isupper() if hit.is_word else not qualified):
        prev = _PREV_WORD.search(text, max(0, start - 30), start)
        if (
            prev is not None
            and prev.group(1)[0].isupper()
            and prev.group(1).lower() not in FUNCTION_WORDS
            and not (end - start <= 2 and prev.group(1) not in _CALENDAR_NAMES
                     and _SCORE_AFTER.match(text, end))  # "Chelsea 3-1", not "Monday 12-4"
        ):
            return None  # a label: Windows 10, Channel 4; Marine One, the Big Three
    return make("number", end, value, None)


#: The other side of a score after a team's name ("Chelsea 3-1"): a model's number after a
#: name has more digits, or more after them ("Boeing 737-800", "Windows 10-11" aside).
_SCORE_AFTER = re.compile(r"\s?[-–]\s?\d{1,2}(?![\d-]|[.,:/]\d)")
#: Names before which "12-4" is a span of hours or days, not a score (the date scanner's
#: month and weekday names and their abbreviations, capitalised).
_CALENDAR_NAMES = frozenset(name.title() for name in (*MONTHS, *WEEKDAYS))


#: A bare "m" or "t" after a number, and what it measures when the sentence says so.
_BARE_UNITS = {"m": ("metre", "length"), "t": ("tonne", "mass"),
               "C": ("degree Celsius", "temperature"), "F": ("degree Fahrenheit", "temperature")}
#: Nouns and verbs that say what is measured, shortly before the number.
_DIMENSION_CUES = {
    "length": re.compile(r"\b(?:length|height|depth|width|span|reach|outreach|radius|diameter"
                         r"|distance|altitude|elevation)\b[^.;]{0,25}$", re.IGNORECASE),
    "mass": re.compile(r"\b(?:capacity|load|payload|weight|weighs|weighed|weighing|tonnage"
                       r"|displacement)\b[^.;]{0,25}$", re.IGNORECASE),
    "temperature": re.compile(r"\b(?:temperatures?|heat|heatwave|fever|thermometers?|mercury"
                              r"|highs?\s+of|lows?\s+of|warm|hot|cold|freezing|degrees)\b"
                              r"[^.;]{0,25}$", re.IGNORECASE),
}
#: "40C (104F)", "104F (40C)": a temperature in both scales, as British papers write them.
_TEMPERATURE_PAIR = {
    "C": re.compile(r"\s?\(-?\d{1,3}(?:\.\d)?F\)"),
    "F": re.compile(r"\s?\(-?\d{1,3}(?:\.\d)?C\)"),
}
_TEMPERATURE_PAIRED = re.compile(r"-?\d{1,3}(?:\.\d)?[CF]\s?\($")


def _measure_context(text: str, start: int, end: int, dim: str) -> bool:
    """Whether ``dim`` is measured at the number text[start:end] (its bare unit ends at ``end``):
    a cue noun shortly before ("the outreach is 48m"), or a unit of that dimension next to it,
    as in a conversion or a compound ("35,050 ft (10,683 m)", "1m is equal to 10 dm", "12 m 2
    dm")."""
    if _DIMENSION_CUES[dim].search(text, max(0, start - 40), start):
        return True
    before = _PREV_MEASURE.search(text, max(0, start - 20), start)
    if before and mentions(text, max(0, before.start() - 15), before.start(), dim):
        return True
    follow = _NEXT_MEASURE.match(text, end)
    return follow is not None and mentions(text, follow.end(), follow.end() + 12, dim)


_PREV_MEASURE = re.compile(r"(?:\(|\s(?:is\s+)?(?:equal\s+to|equals|=))\s*$", re.IGNORECASE)
#: What leads from a measure to a second one: a bracket, "is equal to", or a compound's next
#: number ("12 m 2 dm"); the unit after it is checked by `_measure_context`.
_NEXT_MEASURE = re.compile(
    r"\s*(?:\(|\s(?:is\s+)?(?:equal\s+to|equals|=))?\s*\d[\d.,]*\s?(?=[A-Za-z°µμ])", re.IGNORECASE)


def _context_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """"3 m high", "1 m x 1 m", "100t", "12 m 2 dm": a bare "m" or "t" is metres or tonnes
    before a dimension word or a times sign, or where the sentence measures that dimension
    (alone they are as often millions, labels or letters)."""
    j = end + 1 if text.startswith(" ", end) else end
    bare = _BARE_UNITS.get(text[j : j + 1])
    if bare is None or text[j + 1 : j + 2].isalnum():
        return None
    if j > end and bare[0] == "metre" and (_LENGTH_CUE.match(text, j + 1)
                                           or _TIMES_SIGN.match(text, j + 1)):
        return "metre", j + 1
    if bare[1] == "temperature":
        if j > end:
            return None  # "40 C": a grade, a seat or a list item as often
        paired = (_TEMPERATURE_PAIR[text[j]].match(text, j + 1)
                  or _TEMPERATURE_PAIRED.search(text, max(0, start - 12), start))
        return (bare[0], j + 1) if paired or _DIMENSION_CUES["temperature"].search(
            text, max(0, start - 40), start) else None
    return (bare[0], j + 1) if _measure_context(text, start, j + 1, bare[1]) else None


def _plain_scale(text: str, hit: _Hit) -> bool:
    """"10M", "1.2b": a capital M or B is no metre, and a decimal is rare in a label ("3b")."""
    return text[hit.end - 1].isupper() or (hit.sfx == "b" and "." in text[hit.start : hit.end])


def _not_a_length(text: str, hit: _Hit, dur: re.Match[str], word: str, unit: str) -> bool:
    """A number and a time unit that name a moment, an ordinal or a label, not a length."""
    if word == "second" and hit.is_word and hit.value > 1 and text[hit.end] == " ":
        return True  # "February twenty second": the 22nd
    if not hit.is_word and 1000 <= hit.value <= 2199 and not word.endswith("s"):
        return True  # "the 2021 weekend"
    if word in ("night", "weekend") and hit.value > 1 and _NEXT_WORD.match(text, dur.end()):
        return True  # "three night markets"
    if unit in ("minute", "hour") and _DUR_CLOCK.match(text, dur.end()):
        return True  # "20 minutes past eight"
    if _DUR_OFFSET.match(text, dur.end()):
        before = text[max(0, hit.start - 5) : hit.start].lower()
        return not before.endswith("for ")  # "for 3 days from today" is still a length
    return False


def _noun(
    text: str, hit: _Hit, builder: Callable[..., Claim], spaced: re.Match[str] | None = None
) -> Claim | None:
    """The counted noun after the number ("5 people"); ``spaced`` is `_SPACED_WORD`'s match at
    its end where the caller has one."""
    end = hit.end
    value = hit.value
    if text[end : end + 1] == "-":
        m = _HYPHEN_NOUN.match(text, end)
        if m and m.group("n") == "fold":
            return builder("number", m.end(), value, "fold")  # a tenfold rise: a multiplier
        if m and m.group("n") == "strong":  # a 40,000-strong crowd: a crowd of 40,000
            group = _NEXT_WORD.match(text, m.end())
            if group is not None and _noun_ok(group.group("n"), plural=False):
                return builder("quantity", group.end(), value, singular(group.group("n")))
        if m and _noun_ok(m.group("n"), plural=False) and hit.first != "one":
            return builder("quantity", m.end(), value, singular(m.group("n")))
        return None
    plural = not (value == 1 and hit.connector == "")
    if spaced is not None:  # `_NEXT_WORD`'s match, unless a word character, "-" or "'" follows
        after = text[spaced.end() : spaced.end() + 1]
        word = None if after and (after.isalnum() or after in "_-'’") else spaced.group(1)
        word_end = spaced.end()
    else:
        m = _NEXT_WORD.match(text, end)
        word, word_end = (m.group("n"), m.end()) if m else (None, 0)
    if word and _noun_ok(word, plural) and not (word[0].isupper()
                                                and word.lower() in _CAPITAL_MODIFIERS):
        return builder("quantity", word_end, value, singular(word))
    m2 = _NEXT_TWO.match(text, end)
    if (m2 and (_modifier_ok(m2.group("m")) or m2.group("m").lower() in _OTHER_MODIFIERS)
            and _noun_ok(m2.group("n"), plural)):
        modifier = m2.group("m")
        if (modifier[0].isupper() and not modifier.isupper() and not _demonym(modifier)
                and modifier.lower() not in _CAPITAL_MODIFIERS):
            return None  # 737 Max jets: a model name, not a count ("12 Malaysian crew" is)
        if m2.group("n")[0].isupper() and not modifier[0].isupper():
            return None
        return builder("quantity", m2.end(), value, singular(m2.group("n")))
    return None


#: Capitalised modifiers of a counted noun that are no model name: faiths and chambers
#: ("345 Muslim pilgrims", "the 435 House seats").
_CAPITAL_MODIFIERS = frozenset((
    "muslim", "christian", "hindu", "jewish", "sikh", "buddhist", "catholic", "protestant",
    "shia", "shiite", "sunni", "orthodox", "house", "senate", "assembly", "parliament",
    "parliamentary", "congressional", "cabinet", "council", "commons", "lords",
))


#: Modifiers `_modifier_ok` refuses that still lead to the counted noun: the capitalised ones
#: and "three other people".
_OTHER_MODIFIERS = _CAPITAL_MODIFIERS | frozenset(("other",))


def _demonym(word: str) -> bool:
    from factcheck.extract.names import lexicon  # the gazetteer's adjectives of nationality

    return word.lower() in lexicon().demonym


#: What joins a share of a count to the count: "412 of the 650 seats", "three of its last
#: four games".
_SHARE_OF_GAP = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:(?:last|first|next|remaining|total)\s+)?"
)


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
        if noun in _ORDINAL_BAD_NOUNS or noun in DURATION_UNITS:
            continue
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
