"""What the words around a number say it is: currencies and their symbols, scales, units of
measurement, counted nouns (`singular`, `_noun_ok`), qualifiers ("about", "more than"), age
and date cues, and the context that makes a bare figure a length or a measure."""

from __future__ import annotations

import re

from factcheck.extract._numscan.words import DENOMINATORS, ORDINALS, SMALL, TENS, _both_cases
from factcheck.text import regex_trie
from factcheck.units import UNIT_LEADS, UNIT_OPENERS, mentions

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
    # (a one-letter capital only glued: "A $2.5 billion deal" opens with an article)
    rf"(?:(?P<pre>\b(?:US|U\.S\.?|AU|A(?!\s)|CAN|CA|C(?!\s)|HK|NZ|SG|S(?!\s)|NT|R(?!\s)|Mex"
    rf"|M(?!\s)|(?i:usd|aud|cad|nzd|mxn|hkd|sgd|twd|us|u\.s\.?|au|can|hk|nz|sg|nt)|c))?\s?"
    rf"(?P<sym>[$£€¥₹₩₽₺₪₱₦₿])"
    rf"|\b(?P<iso>{_ISO_ALT})|\b(?P<rs>Rs\.?)|\b(?P<rmb>Rmb)|\b(?P<ksh>K[Ss]hs?\.?)"
    rf"|\b(?P<loc>Rp\.?|RM|Dhs?\.?|Tk\.?))\s?$"
)
#: Prefixes the region's papers write for their currency, read before a space: "Rp 1 trillion"
#: (Jakarta), "RM 2.5 billion" (Kuala Lumpur), "Dh 500" (the Gulf), "Tk 50,000" (Dhaka). Glued
#: ("RM2.5bn") they would be anchors of their own (see `hits._glued_currency`): not read yet.
LOCAL_PREFIXES = {"Rp": "IDR", "RM": "MYR", "Dh": "AED", "Dhs": "AED", "Tk": "BDT"}
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
_PREFIX_ENDS = frozenset("$£€¥₹₩₽₺₪₱₦₿ABCDEFGHIJKLMNOPQRSTUVWXYZsbhpk.")
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
                         r"|thick|in\s+(?:diameter|length|height|width|depth)|of\s+water)\b"
                         r"|-(?:tall|high|long|deep|wide|thick)\b)")  # "a 6m-long crocodile"
_TIMES_SIGN = re.compile(r"\s*[x×]\s*\d")
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weight\s+of|heavier|lighter)\b[^.;]{0,20}$",
                            re.IGNORECASE)
_MASS_OF = re.compile(r"\s+of\s+(?!(?:his|her|their|its|my|your|our|the|public|taxpayers)\b)"
                      r"[a-z]+", re.IGNORECASE)
#: Inches after feet: "5 feet 2 inches", "5ft 2in", and a height's "6-foot-4" ("-inch" or not).
_INCHES_AFTER = re.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:inches|inch|in\b|\")"
                           r"|-(?P<h>\d|1[01])\b(?:-inch(?:es)?\b)?(?![.,]?\d)")
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
#: A comparison's base period: "up 5% from a year earlier", "on a month before", "compared
#: with two years earlier" name what a change is measured against, not a length of anything.
_COMPARED_WITH = ("from ", "on ", "with ", "versus ", "vs ", "vs. ", "against ")
_BASE_AFTER = re.compile(r"\s+(?:earlier|before|previously)\b")


def _comparison_base(text: str, start: int, end: int) -> bool:
    """Whether the duration text[start:end] is the base period of a comparison."""
    return (text[max(0, start - 8) : start].lower().endswith(_COMPARED_WITH)
            and _BASE_AFTER.match(text, end) is not None)
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
    r"\b(?:aged|age|ages|ages?\s+of|turned|turns|turning|turn|(?:died|dies|dead)\s+at)\s+$"
    r"|(?:^|[.!?]\s+|\n)(?-i:At)\s$|,\s(?-i:both|at)\s$",
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
#: "The suspect, 34,", "her brother, 9,", "a father of two, 38,", "the company's chief
#: executive, 54,": a person named by a noun, with a determiner or a possessive before.
_PERSON_COMMA = re.compile(
    r"\b(?:the|a|an|his|her|their|our|its|\w+['’]s)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|boy|girl|child"
    r"|suspect|victim|driver|passenger|pilot|brother|sister|son|daughter|mother|father|wife"
    r"|husband|girlfriend|boyfriend|partner|teenager|teen|student|teacher|officer|soldier"
    r"|worker|player|striker|defender|goalkeeper|actor|actress|singer|rapper|mayor|senator"
    r"|lawmaker|minister|leader|founder|owner|resident|patient|nurse|doctor|gunman|attacker"
    r"|survivor|widow|widower|grandmother|grandfather|climber|tourist|hiker|fisherman|farmer"
    r"|journalist|reporter|photographer|defendant|accused|inmate|prisoner|hostage|athlete"
    r"|champion|veteran|pensioner|mum|dad|baby|toddler|infant"
    r"|president|premier|chancellor|governor|candidate|coach|manager|chief|executive|director"
    r"|chairman|chairwoman|businessman|businesswoman|billionaire|entrepreneur|activist|author"
    r"|writer|artist|musician|star|priest|bishop|judge|lawyer|spokesman|spokeswoman|politician"
    r"|king|queen|prince|princess|pope|captain|skipper|forward|midfielder|quarterback|pitcher"
    r"|(?:mother|father|mum|dad)[- ]of[- ][a-z\d]+),\s$",  # "the mother-of-three, 42,"
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
#: Nouns after "the first" that name a part of a period or an event in a series ("the first
#: days of November", "the first game of the day"): a position, not a ranking (singular; a
#: final "s" is cut before the look-up).
_ORDINAL_BAD_NOUNS = frozenset(
    ["half", "halve", "quarter", "day", "week", "month", "year", "term", "time", "round", "of",
     "and", "or", "stage", "phase", "part", "leg", "moment", "game", "match", "goal", "race",
     "set", "session", "episode", "inning", "innings"]
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
    if word.endswith("men") and word not in _NOT_MEN_PLURALS:
        return word[:-3] + "man"  # gunmen, policewomen
    if word.endswith("children"):
        return word[:-3]  # schoolchildren, grandchildren
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
    if lower.endswith("men"):
        return lower not in _NOT_MEN_PLURALS  # gunmen, policemen, fishermen
    if lower.endswith("children"):
        return True  # schoolchildren, grandchildren
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


#: Words in "-men" that are no plural of "-man".
_NOT_MEN_PLURALS = frozenset((
    "men", "omen", "amen", "semen", "abdomen", "specimen", "regimen", "hymen", "stamen", "acumen",
    "bitumen", "albumen", "lumen", "rumen", "dolmen", "cyclamen", "yemen", "bremen", "carmen",
    "tegmen", "foramen", "gravamen", "putamen", "culmen"))


#: Counted nouns in "-th(s)", which the test for ordinals and fractions ("fifths") would refuse.
_TH_NOUNS = frozenset(("deaths", "births", "youths", "berths", "lengths", "paths", "baths",
                       "oaths", "mouths", "truths", "death", "birth", "youth", "berth", "length",
                       "path", "bath", "oath", "mouth", "truth"))


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
        return lower in _TH_NOUNS
    if plural:
        return is_plural
    return not is_plural or lower in IRREGULAR_PLURALS


#: Verbs of a result that read as a modifier before a noun ("12 beat expectations", "30 topped
#: forecasts"): the number is the subject of the verb, not a count of the noun.
_VERB_NOT_MODIFIERS = frozenset(
    ["beat", "met", "topped", "exceeded", "surpassed", "outpaced", "trailed", "matched", "won"]
)


def _modifier_ok(word: str) -> bool:
    lower = word.lower()
    if lower in NOT_NOUNS or lower in _VERB_NOT_MODIFIERS or lower.endswith("ly"):
        return False
    return not (_is_plural(word) and not word.isupper())


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


#: A bare "m" or "t" after a number, and what it measures when the sentence says so.
_BARE_UNITS = {"m": ("metre", "length"), "t": ("tonne", "mass"),
               "C": ("degree Celsius", "temperature"), "F": ("degree Fahrenheit", "temperature")}
#: Nouns and verbs that say what is measured, shortly before the number.
_DIMENSION_CUES = {
    "length": re.compile(r"\b(?:length|height|depth|width|span|reach|outreach|radius|diameter"
                         r"|distance|altitude|elevation)s?\b[^.;]{0,25}$", re.IGNORECASE),
    "mass": re.compile(r"\b(?:capacity|load|payload|weight|weighs|weighed|weighing|tonnage"
                       r"|displacement)\b[^.;]{0,25}$", re.IGNORECASE),
    "temperature": re.compile(r"\b(?:temperatures?|heat|heatwave|fever|thermometers?|mercury"
                              r"|highs?|lows?|warm(?:er|est)?|hot(?:ter|test)?|cold(?:er|est)?"
                              r"|freezing|degrees|chill|frost|sweltering|scorching|forecast)\b"
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


def _signed(text: str, start: int) -> bool:
    """Whether a minus sign opens the number at ``start`` (or is just before it, after a space
    or a bracket: the scan reads the sign after the unit)."""
    if text[start] in "-−":
        return True
    return start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\n\t")


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
        if j > end or text.startswith("/", j + 1):
            return None  # "40 C": a grade, a seat or a list item as often; "14.7C/": cents
        # a sign or a decimal is no grade, seat or list item: "-3C", "45.6C"
        paired = (_signed(text, start) or "." in text[start:end]
                  or _TEMPERATURE_PAIR[text[j]].match(text, j + 1)
                  or _TEMPERATURE_PAIRED.search(text, max(0, start - 12), start))
        return (bare[0], j + 1) if paired or _DIMENSION_CUES["temperature"].search(
            text, max(0, start - 40), start) else None
    return (bare[0], j + 1) if _measure_context(text, start, j + 1, bare[1]) else None
