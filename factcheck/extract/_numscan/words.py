"""Number words and how a number's surface becomes its value: "twenty-one", "a dozen",
"two-thirds", "five point five", "1,234.5", "3.2bn" (`parse_words`, `parse_number`), and the
patterns the scanner's anchors are built from."""

from __future__ import annotations

import math
import re

from factcheck.text import regex_trie

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
_DIGIT_SEPARATORS = re.compile(r"[, \u202f\u00a0\u2009]")
