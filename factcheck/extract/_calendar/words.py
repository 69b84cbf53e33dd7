"""Words and pattern pieces of dates and times: month, weekday, season, number and clock
words, the scanner's regular expressions (`SCAN`, `SPELLED`) and the helpers that read the
words around a match. Every other module of the package builds on these."""

from __future__ import annotations

import re
from datetime import timedelta

from factcheck.text import alternation, regex_trie

ONE_DAY = timedelta(days=1)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _list(words: str) -> list[str]:
    return words.split()


MONTHS: dict[str, int] = {}
_MONTH_NAMES = _list("january february march april may june july august september october "
                     "november december")
_WEEKDAY_NAMES = _list("monday tuesday wednesday thursday friday saturday sunday")
for _i, _name in enumerate(_MONTH_NAMES, start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(_WEEKDAY_NAMES):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3]] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_DECADE_WORDS = {"thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90, "tens": 10, "twenties": 20,
                 "noughties": 2000, "naughties": 2000, "aughts": 2000}
# A century word before a decade word ("the nineteen seventies", "the twenty-tens").
_DECADE_CENTURIES = {"seventeen": 1700, "eighteen": 1800, "nineteen": 1900, "twenty": 2000}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a few": 3, "several": 3,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                 "3rd": 3, "4th": 4}

_UNITS = _list("first second third fourth fifth sixth seventh eighth ninth")
_TEENS = _list("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
               "eighteenth nineteenth")
DAY_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, start=1)}
DAY_ORDINALS.update({w: i for i, w in enumerate(_TEENS, start=10)})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
for _i, _w in enumerate(_UNITS, start=1):
    DAY_ORDINALS[f"twenty-{_w}"] = DAY_ORDINALS[f"twenty {_w}"] = 20 + _i
HOUR_WORDS = {w: i for i, w in enumerate(_list("one two three four five six seven eight nine ten "
                                                "eleven twelve"), start=1)}
# Minutes after an hour in words ("seven twenty-seven", "two forty five"): 10 to 59.
CLOCK_MINUTES = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
for _t, _tens in enumerate(_list("twenty thirty forty fifty"), start=2):
    CLOCK_MINUTES[_tens] = _t * 10
    for _u, _unit in enumerate(_list("one two three four five six seven eight nine"), start=1):
        CLOCK_MINUTES[f"{_tens}-{_unit}"] = CLOCK_MINUTES[f"{_tens} {_unit}"] = _t * 10 + _u
# The minutes in words the scan anchors on (" ten" and "teen" alone would stop at every
# "tend" and "canteen").
_CLOCK_TENS = _set("twenty thirty forty fifty fifteen")
MINUTE_WORDS = {**HOUR_WORDS, **CLOCK_MINUTES, "half": 30, "quarter": 15, "a quarter": 15,
                "three quarters": 45}

TIME_ZONES = _list(
    "GMT UTC BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST HST JST KST "
    "IST AEST AEDT ACST AWST NZST NZDT HKT SGT PHT WIB ICT MSK ET PT CT MT MYT PKT NPT WITA "
    "AST GST IRST TRT SAST BRT ADT AKDT IDT"
)


# --- the scanner's pattern ------------------------------------------------------------------


def _month_words() -> list[str]:
    full = [m.title() for m in _MONTH_NAMES]
    abbr = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    # Lower-case "may", "march" and "august" are ordinary words; the others are safe.
    lower = [m.lower() for m in full if m not in ("May", "March", "August")]
    # Lower-case abbreviations only count next to a day or year (see _month).
    low_abbr = [a.lower() for a in abbr if a not in ("Mar", "Aug")]
    return full + [m.upper() for m in full] + lower + abbr + [a.upper() for a in abbr] + low_abbr


# As prefix trees, not flat alternations ("January|JANUARY|...|Sept|...|Jan|..."): the engine
# checks every branch of a flat list at each try (some 60 for a month), in the look-backs
# searched over a window at each of its positions. A trie's longest word wins as the flat
# list's longest-first order does.
_MONTH_WORDS = _month_words()
_MONTH = regex_trie(_MONTH_WORDS)
# "Tues." and "Thurs." are no English words: read alone too (not "Wed", "Sat", "Sun")
_WEEKDAY_WORDS = ([w.title() for w in _WEEKDAY_NAMES] + [w.upper() for w in _WEEKDAY_NAMES]
                  + _WEEKDAY_NAMES + ["Tues", "Thurs"])
_WEEKDAY = regex_trie(_WEEKDAY_WORDS)
_WEEKDAY_ABBR = "Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun"
_ABBR_LIST = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|ept|Oct|Nov|Dec"
# A full stop belongs to an abbreviated month ("Feb. 8"), never to "March." ending a sentence.
_ABBR_DOT = r"(?:(?<=" + _ABBR_LIST + "|" + _ABBR_LIST.upper() + "|" + _ABBR_LIST.lower() + r")\.)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
# 3pm, 3 p.m., and "3 p . m .", "3 p m" as tokenised (transcribed) text writes it
_AMPM = (r"(?:[aApP]\.[mM]\.?|[aApP][mM](?![A-Za-z])|[aApP] \. [mM] \.|[aApP]\. [mM]\."
         r"|[aApP]\.? [mM](?![A-Za-z]))")
# (A closing parenthesis only after an opening one: "3 p.m. (GMT)", not "(0700 GMT)".)
# Capitalised words before "time" that name no place ("at 10 a.m. Monday time ran out").
_NOT_PLACE_TIME = (r"(?:Eastern|Central|Mountain|Pacific|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
                   r"day)\b")
_ZONE = (r"(?:\s*(?P<tzp>\()?(?P<tz>" + alternation(TIME_ZONES)
         + r")(?P<tzo>\s?[+-]\s?\d{1,2}(?::?\d\d)?)?(?(tzp)\))"
         r"(?![A-Za-z])|\s+(?P<local>local|(?!" + _NOT_PLACE_TIME + r")[A-Z][a-z]+"
         r"(?:\s[A-Z][a-z]+)?)\s+time(?![\w-])"
         # "1:21 a.m. Malaysian time", "9 a.m. Hong Kong time"
         # "8 p.m. Eastern", "7:30 p.m. Pacific Time", not "10 a.m. Central Park"
         r"|\s+(?P<tzu>Eastern|Central|Mountain|Pacific)(?:\s+(?P<tzs>Standard|Daylight))?"
         r"(?:\s+[Tt]ime)?(?![\w-]|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]))?")
# US zones by name: "Eastern (Standard) Time" is ET (EST), as TIME_ZONES label them.
_US_ZONES = {"Eastern": "E", "Central": "C", "Mountain": "M", "Pacific": "P"}
# A zone right after a clock ("0730 GMT"), as a lookahead


def _zone(prefix: str) -> str:
    """_ZONE with its groups named for one clock form ("ctz", "clocal" for ``prefix`` "c")."""
    return (_ZONE.replace("(?P<tz", f"(?P<{prefix}tz").replace("(?(tz", f"(?({prefix}tz")
            .replace("(?P<local>", f"(?P<{prefix}local>"))


_ZONE_AHEAD = r"(?:\s?\(?(?:" + alternation(TIME_ZONES) + r")(?![A-Za-z])|\s+local\s+time)"
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# A count in words: a ten with its unit ("twenty-five", "Twenty five") or one word.
_NUMWORD = (r"(?:(?:" + "|".join(w for t in _TENS_WORDS for w in (t, t.title())) + r")(?:[- ](?:"
            + "|".join(_ONES_WORDS) + r")\b)?|"
            + alternation([w for w in NUMBER_WORDS if " " not in w]
                          + [w.title() for w in NUMBER_WORDS if " " not in w]) + ")")

# Spelled ordinals of centuries, first to twenty-second (in any case: "Twenty First Century").
_CENTURY_ORDINALS = {w: n for w, n in DAY_ORDINALS.items() if n <= 22}
_CENTURY_ORD = "(?i:" + alternation(sorted(w.replace(" ", r"\s+") for w in _CENTURY_ORDINALS)) + ")"
_DAY_ORD_WORD = r"(?:" + alternation([w.replace(" ", r"\s+") for w in DAY_ORDINALS]) + r")"
_HOUR_WORD = alternation(list(HOUR_WORDS))
# (factored as tries: an alternation of ~100 words is tried word by word at each start)
_MINUTE_WORD = regex_trie(list(MINUTE_WORDS)).replace("\\ ", r"\s+")
_CLOCK_MINUTE = regex_trie(list(CLOCK_MINUTES)).replace("\\ ", r"\s+")

_WT_SUFFIX = (r"\s*(?P<wtap>" + _AMPM + r")|(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<wtpd>"
              r"morning|afternoon|evening|night)|at\s+(?P<wtn>night))")

_STRETCH_MODS = r"[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Ff]ollowing|[Uu]pcoming"
_STRETCH_UNITS = _list("day days week weeks month months year years decade decades fortnight "
                       "fortnights quarters hour hours minute minutes min mins hr hrs")
_HOLIDAY_NAME = (
    r"(?i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s\s+(?:Day|Eve)|"
    r"Valentine['’]?s\s+Day|Halloween|Boxing\s+Day|Independence\s+Day|Juneteenth|"
    r"Veterans['’]?\s+Day|Armistice\s+Day|Bastille\s+Day|"
    r"Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day|Easter(?:\s+(?:Sunday|Monday))?|"
    r"(?:Mother|Father)['’]?s\s+Day|"
    r"MLK\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|International\s+Workers['’]?\s+Day|"
    r"Earth\s+Day|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|"
    r"Remembrance\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|"
    # (capitalised only: "a good Friday for the team", "a black Friday for markets")
    r"(?-i:Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Maundy\s+Thursday|Shrove\s+Tuesday"
    r"|Black\s+Friday|Cyber\s+Monday)"
    r")"
)
# Alternatives of SCAN also matched alone where _starts sees that none before them can match.
_YEAR_ALT = (r"(?P<year>" + _YEAR + r")(?P<yrs>['’]?s(?![A-Za-z]))?"
             r"(?![\d%]|[.,]\d|[-–/]\d|[A-Za-z])")
_MONTH_DAY_ALT = (
    r"(?P<md>(?P<mdm>" + _MONTH + r")(?![a-z])" + _ABBR_DOT
    + r"(?:(?:\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)(?![a-z])))?|-(?=\d\d?(?![\w-]|[.,/]\d)))"
    r"(?P<mdd>" + _DAY +
    r")(?!\d|:\d|\s?(?:%|" + _AMPM + r")|,\d)(?:(?:\s*,\s*|\s+of\s+|\s+)(?P<mdy>" + _YEAR +
    r")(?![\d.,]\d))?"
    r"|(?:\s?,?\s+|\s+of\s+|-)(?P<my>" + _YEAR + r")(?![\d.,]\d)"
    r"|/(?:(?P<msy>" + _YEAR + r")|(?P<msd>[12]\d|3[01]|0?[1-9]))(?![\d/]|[.,]\d))?)(?![A-Za-z])")
# "the second Sunday of March", "last Friday in May 2027": a day each year (see _nth_weekday_of)
_NTH_ORDINALS = {**{w: n for w, n in ORDINAL_WORDS.items() if not w[0].isdigit()}, "fifth": 5,
                 "last": -1}
_NTH_WEEKDAY_ALT = (
    r"(?P<nwd>(?:[Tt]he\s+)?(?P<nwdo>" + alternation(list(_NTH_ORDINALS)) + r"|(?<=he )[1-4](?:st|"
    r"nd|rd|th))\s+(?P<nwdw>" + _WEEKDAY + r")\s+(?:of|in)\s+(?P<nwdm>" + _MONTH
    + r"|(?:each|every|the|next|last|this|previous|coming)\s+month)(?![A-Za-z])"
    r"(?:,?\s+(?P<nwdy>" + _YEAR + r")(?![\d.,]\d))?)")
_WEEKDAY_ALT = r"(?P<wd>" + _WEEKDAY + r")(?P<wdp>['’]s|s)?(?![A-Za-z])"
# the past two weeks, next 3 days, within 9 months, in 2 weeks (see _stretch)
_STRETCH_ALT = (
    r"(?P<sp>(?:(?P<spi>[Ii]n|[Ww]ithin)\s+(?:the\s+)?(?:(?P<spm>" + _STRETCH_MODS + r")\s+)?"
    r"|(?P<spm2>" + _STRETCH_MODS + r")\s+)"
    r"(?:(?P<spn>\d{1,3}|" + _NUMWORD + r"|(?:[Aa]\s+)?couple(?:\s+of)?|few)"
    r"\s+(?P<spb>(?:business|working)\s+(?=day))?"
    r"(?P<spu>day|week|month|year|decade|fortnight|quarter|hour|minute|min|hr)s?"
    r"|(?P<spf>fortnight)))(?![A-Za-z])")
# the 10 previous weeks, the 2 next days ("hired 40 last year" is no stretch: "the" and a
# plural decide)
_THE_N_STRETCH_ALT = (
    r"(?<=[Tt]he )(?P<spr>(?P<sprn>\d{1,3}|" + _NUMWORD + r")\s+(?P<sprm>" + _STRETCH_MODS
    + r")\s+(?P<spru>day|week|month|year|decade|quarter)s)(?![A-Za-z])")
# last week, this fiscal year, next month (see _period)
_PERIOD_ALT = (
    r"(?P<per>(?P<perm>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Pp]ast|[Cc]oming|[Uu]pcoming|"
    r"[Cc]urrent)\s+(?:(?P<perf>fiscal|financial)\s+(?=year)|calendar\s+|work(?:ing)?\s+(?=week))?"
    r"(?P<peru>week|weekend|workweek|month|year|quarter|decade|"
    r"night|morning|afternoon|evening))(?![A-Za-z])")
_SEASON_ALT = (
    r"(?P<sea>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|SPRING|SUMMER|AUTUMN|WINTER)"
    r"(?:(?:,?\s+|\s+of\s+)"
    r"(?P<seay>" + _YEAR + r")(?:[-–/](?P<seay2>\d\d)(?!\d))?)?(?![\w-])")  # winter of 2014-15
# Q3, H1 2025, the first quarter of 2025
_QUARTER_ALT = (
    r"(?P<q>(?P<qh>[QqHh])(?P<qn>[1-4])(?:(?:\s+|\s*-\s*)(?P<qy>" + _YEAR + r"))?(?![\w-])"
    r"|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?P<qu>quarter|half)"
    r"(?:(?:\s+of|,)?\s+(?P<qoy>" + _YEAR + r")(?!\d)"
    r"|(?:\s+of)?\s+(?P<qrel>the|this|last|next)\s+year(?![\w-]))"
    # "the first quarter" alone (see _bare_quarter: only where the sentence speaks of business)
    # and hyphenated before its noun anywhere: "third-quarter GDP", "the company's first-half"
    r"|(?:(?<=[Tt]he )|(?<![\w-])(?=[A-Za-z]+-))(?P<qb>first|second|third|fourth|First|Second"
    r"|Third|Fourth)(?:\s+|-)(?P<qbu>quarter|half)(?![\w-]|\s+of\b))")
# 19 March 2026, 8th of February
_DAY_MONTH_ALT = (
    r"(?P<dm>(?P<dmd>" + _DAY + r")(?:(?<=\d)\s+of\s+(?P<dmof>)|(?<!\d)\s+of\s+|\s+"
    r"|-(?=[A-Za-z]{3}(?![A-Za-z])))(?P<dmm>" + _MONTH
    + r"|(?<=\dst of |\dnd of |\drd of |\dth of )(?:may|march|august|mar|aug)(?![A-Za-z]))"
    + _ABBR_DOT + r"(?:(?:\s*,\s*|\s+of\s+|\s+|-)(?P<dmy>" + _YEAR + r")(?![\d.,]\d))?"
    # "5 to 6 of April 22": a bare number "of" a month that has its day after it is no day
    r"(?(dmof)(?!\s+\d))"
    r")(?![A-Za-z])")
# the 21st century
_CENTURY_ALT = r"(?P<cent>(?P<centn>[12]?\d)(?:st|nd|rd|th)[\s-]+[Cc]entury)(?![\w-])"
# the 5th
_ORDINAL_ALT = r"(?P<ord>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w-]|\s+(?:quarter|half)\b)"
# What the forms that start with anything but a digit are behind ("1st quarter" is one).
_NOT_DIGIT_CHECK = r"(?=\D|[1-4](?:st|nd|rd|th)[-\s](?:quarter|half))"
# 1140 a.m. (military-style digits only with a dotted lower-case meridiem)
_HHMM_ALT = (r"(?P<hhmm>(?P<hmh>1[0-2]|0?[1-9])(?P<hmm>[0-5]\d)(?:\s(?P<hmap>[ap]\.m\.)"
             r"|(?P<hmap2>[ap]m)(?![A-Za-z])))")  # or glued: 830am
# 5 days ago
_AGO_ALT = (
    r"(?P<ago>(?P<agon>\d{1,3}|" + _NUMWORD + r"|[Aa]\s+few|[Aa]\s+couple(?:\s+of)?)\s+"
    r"(?P<agou>day|week|month|year|decade|century|fortnight|hour|minute)s?\s+(?:ago|(?P<agoh>hence|in\s+the\s+future)|(?P<agod>from|after|before)\s+"
    r"(?P<agofn>now|today|tomorrow|tmrw|yesterday)))\b")
# 5 in "5-6 pm", "between 2 and 4 p.m.": the first end takes the second's meridiem
_HOUR_RANGE_ALT = (
    r"(?P<hr>(?P<hr1>1[0-2]|0?[1-9])(?:[:.](?P<hr1m>[0-5]\d))?)(?=(?:\s?[-–]\s?|\s+(?:to|and|"
    r"until|till?|through)\s+)(?P<hr2>1[0-2]|0?[1-9])(?:[:.](?P<hr2m>[0-5]\d))?\s?(?P<hrap>" + _AMPM
    + r"))")
_REL_ALT = r"(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]oni(?:ght|te))(?![A-Za-z])"
# (early) morning, late in the evening, Sunday night (see _part_of_day)
_PART_OF_DAY_ALT = (r"(?P<pod>(?:(?P<podm>[Ee]arly|[Ll]ate|[Mm]id)(?:\s+in\s+the\s+|[\s-]"
                    r"|(?<=id)(?=morning|afternoon)))?"  # midmorning, midafternoon
                    r"(?P<podu>morning|afternoon|evening|night)(?P<pods>s)?)(?![\w-])")
# at lunch, after dinnertime, in the daytime (see _meal)
_MEAL_ALT = (r"(?P<meal>(?P<mealw>breakfast|lunch|dinner|supper|dawn|daybreak|dusk|nightfall)"
             r"(?P<mealt>\s?time)?|(?P<mealdt>day|night)-?time)(?![\w-])")
_SCAN_BEFORE = r"(?<![\w@#$£€/.:,+])"
_PATTERN = (
    _SCAN_BEFORE + r"(?:" + _STRETCH_ALT +
    # in recent weeks, over the coming months: a stretch of no count (see _vague_stretch)
    r"|(?P<spv>(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:the\s+)?(?P<spvm>recent|coming|past|last|next)\s+"
    r"(?P<spvu>day|week|month|year)s)(?![\w-])"
    r"|" + _THE_N_STRETCH_ALT +
    # Forms that start with a digit, behind one check (word anchors skip them at once)
    r"|(?=\d)(?:"
    # 2026-03-19 (and 2026/03/19)
    r"(?P<iso>(?P<isoy>\d{4})(?P<isosep>[-/.])(?P<isom>\d\d?)(?P=isosep)(?P<isod>\d\d?)"
    r"(?:T(?P<isoh>[01]\d|2[0-3]):(?P<isomi>[0-5]\d)(?::(?P<isos>[0-5]\d))?(?:\.\d+)?"
    r"(?P<isoz>Z|[+-]\d\d:?\d\d)?)?)(?![\d/]|[.-]\d)"  # (and 2015.5.13: see _year_first)
    # 19/3/2026, 3/19/26, 19.03.2026
    r"|(?P<num>(?P<n1>\d{1,2})(?P<nsep>[/.-])(?P<n2>\d{1,2})(?P=nsep)(?P<n3>\d{4}|\d\d))"
    r"(?![\d/]|[.-]\d)"
    # 12/2015, 03-2013: a month and year
    r"|(?P<nmy>(?P<nmym>0?[1-9]|1[0-2])(?:[/-]|\s-\s?|-\s)(?P<nmyy>" + _YEAR
    + r"))(?![\d/]|[.,-]\d)"
    # 11/20, 22/04 (a month and day, see _slash_day)
    r"|(?P<nmd>(?P<nmd1>\d{1,2})/(?P<nmd2>\d{1,2}))(?![\d/]|[.,-]\d|\s?%)"
    r"|" + _HOUR_RANGE_ALT +
    # 12:30 a.m. GMT, 15:00
    r"|(?!12[:.]00\s(?:noon|midday|midnight))"  # (read as noon: "12:00 noon")
    r"(?P<clock>(?P<ch>[01]?\d|2[0-3])(?::(?P<cm>[0-5]\d)(?::(?P<cs>[0-5]\d))?(?!\d|:\d|\.\d)"
    r"|\.(?P<cdm>[0-5]\d)(?=\s?[aApP]\.?[mM])|\.(?P<cbm>[0-5]\d)(?!\d|[.,]\d|\s?%))"
    r"(?:\s?(?P<campm>" + _AMPM + r")|(?<=[012]\d[:.][0-5]\d)\s(?P<chrs>hrs|hours)(?![\w-]))?)"
    + _zone("c") +  # "14:00 hrs": a 24-hour clock and its "hours"
    r"|" + _HHMM_ALT +
    # 0730 GMT, 1930 hours, between 0730-0930: 24-hour clocks in four digits. Without a
    # leading zero only a zone, "hours" or a zero-led first end makes them clocks (1930 is a
    # year); _wire_clock decides the rest
    r"|(?P<mil>(?:0\d|(?<=0\d[0-5]\d[-–])(?:1\d|2[0-3])"
    r"|(?<!in )(?<!since )(?<!of )(?:1\d|2[0-3])(?=[0-5]\d(?:\s?\(?[A-Z]|\s[hl]|\s?[-–]))"
    r"(?=[0-5]\d(?:"
    + _ZONE_AHEAD + r"|\s(?:hours|hrs)(?![\w-])|\s?[-–]\s?0\d[0-5]\d(?![\d\w]))))[0-5]\d)"
    r"(?![\d\w]|[.,:]\d)(?:\s(?P<milhrs>hours|hrs)(?![\w-]))?"  # ("1400 hrs IST")
    + _zone("m") +
    # 11ish (see _time)
    r"|(?P<ish>(?P<ishh>1[0-2]|0?[1-9])ish)(?![\w-])"
    # 3pm, 11 a.m.
    r"|(?P<hour>(?P<hh>1[0-2]|0?[1-9])\s?(?P<hampm>" + _AMPM + r"))"
    + _zone("h") +
    r"|" + _DAY_MONTH_ALT +
    # 2019-Q1, 2019 Q3
    r"|(?P<yq>(?P<yqy>" + _YEAR + r")(?:\s|-)(?P<yqh>[QqHh])(?P<yqn>[1-4]))(?![\w-])"
    # 1Q16, 3Q 2016, 1H 2017 (company and analyst usage)
    r"|(?P<nq>(?P<nqn>[1-4])(?P<nqh>[QH])\s?(?P<nqy>" + _YEAR + r"|\d\d))(?![\w-]|[.,]\d)"
    # the 2015-16 season, 1914-18, fiscal 2014/15: two years (or "2004-08" a year and month)
    r"|(?P<yy>(?P<yyy>" + _YEAR + r")(?P<yys>[-–/])(?P<yy2>\d\d))(?![\d%/–-]|[.,]\d)"
    # 2016-11, 2016/11: a year and month (not the 2011-12 season)
    r"|(?P<ym>(?P<ymy>" + _YEAR + r")[-/](?P<ymm>0?[1-9]|1[0-2]))(?![\d%]|[.,/-]\d)"
    # 2016 November, the 2016 November election (a month's full name only; not before a day)
    r"|(?P<ymw>(?P<ymwy>" + _YEAR + r")\s(?P<ymwm>" + alternation([m.title() for m in _MONTH_NAMES])
    + r"))(?![A-Za-z]|,?\s\d|\s[A-Z])"  # (not "2016 May Day", "2016 March Madness")
    # 2014 in "2014-2018" (each end is its own claim)
    r"|(?P<yr>" + _YEAR + r")(?=\s?[-–~]\s?(?P<yr2>" + _YEAR
    + r")(?![\d%]|[.,]\d|[-–/]\d|[A-Za-z]))"
    # 2018, 1990s, 2018's
    r"|" + _YEAR_ALT +
    # the 5th
    # the 21st century
    r"|" + _CENTURY_ALT +
    r"|(?<=[Tt]he )(?P<d2>[2-9])0['’]?s(?![\w'’-])"
    r"|" + _ORDINAL_ALT + r")"
    r"|" + _AGO_ALT +
    # Forms that start with anything but a digit, behind one check
    r"|" + _NOT_DIGIT_CHECK + r"(?:"
    # '90s
    r"['’](?:(?P<apd>\d)0s(?![A-Za-z])|(?P<apy>\d\d)(?![\w'’%-]|[.,]\d))"  # '90s; class of '98
    # the second Sunday of March (2027), the last Friday in May
    r"|" + _NTH_WEEKDAY_ALT +
    # March 19, 2026 / Feb. 8 / May 2019 / summer of 2025 / July
    r"|" + _MONTH_DAY_ALT +
    # Thursday, Sunday's, Thu.
    r"|" + _WEEKDAY_ALT +
    r"|(?P<wda>" + _WEEKDAY_ABBR + r")\.?(?=,?\s+(?:" + _MONTH + r"|\d))"
    r"|" + _REL_ALT +
    r"|(?P<owk>the\s+weekend)(?![\w-]|\s+(?:after\s+(?:the\s+)?next|before\s+(?:the\s+)?last))"
    r"|" + _PERIOD_ALT + r"|" + _SEASON_ALT + r"|" + _QUARTER_ALT + r")"
    r"|(?P<wan>[Tt]he\s+(?P<wanu>week|weekend|month|year)\s+(?:after\s+(?:the\s+)?next|(?P<wanb>before)"
    r"\s+(?:the\s+)?last))(?![\w-]|\s+(?:[A-Z]|(?:year|week|month|decade|quarter|season|summer"
    r"|winter|spring|autumn|fall|night|time)(?![a-z])))"  # (not "the week after next year's vote")
    r"|(?P<eod>EOD|eod)(?![\w-])"
    r"|(?P<dcw>" + alternation([w for d in _DECADE_WORDS for w in (d, d.title())]) + r")(?![\w-])"
    # FY2025, FY25, FY 2025-26 (fiscal years by their label)
    r"|(?P<fy>FY\s?(?P<fyy>(?:19|20)\d\d|\d\d)(?:[-/–](?P<fyy2>(?:19|20)?\d\d))?)(?![\w-]|[.,]\d)"
    # the twenty-first century (found from "century": see _BACK_CENTURY)
    r"|(?P<centw>(?P<centwn>" + _CENTURY_ORD + r")[\s-]+[Cc]entury)(?![\w-])"
    r"|(?P<noon>(?:[Nn]oon|[Mm]id[-\s]?(?:day|night)|12(?:[:.]00)?\s(?:noon|midday|midnight))"
    r"(?P<nish>ish)?)(?![A-Za-z])" + _zone("n") +
    r"|" + _PART_OF_DAY_ALT + r"|" + _MEAL_ALT +
    r"|(?P<eh>(?:early|small|wee)\s+hours)(?![\w-])"  # the early hours (of Sunday)
    r"|(?P<hol>(?P<holn>" + _HOLIDAY_NAME + r")(?:\s+(?P<holw>[Ww]eekend))?)"
    r"(?:(?:,?\s+|\s+(?:of|in)\s+)(?P<holy>" + _YEAR + r")"
    r"|(?:\s+of)?\s+(?P<holr>[Tt]his|[Nn]ext|[Ll]ast)\s+year(?!['’]))?(?![\w-])"
    r"|(?P<ocl>(?P<ocn>1[0-2]|0?[1-9]|" + _NUMWORD + r")\s+o['’]?clock)"
    r")"
)
SCAN = re.compile(_PATTERN)
# Spelled-out forms, tried only where _starts saw one begin (in SCAN they slowed every anchor).
_SPELLED_PATTERN = (
    r"(?<![\w@#$£€/.:,+])(?:"
    # June twenty-second, March the first
    r"(?P<mdw>(?P<mdwm>" + _MONTH + r")" + _ABBR_DOT + r"\s+(?:the\s+)?(?P<mdwd>(?i:"
    + _DAY_ORD_WORD + r"))(?:(?:\s*,\s*|\s+)(?P<mdwy>" + _YEAR + r")(?![\d.,]\d))?)(?![\w-])"
    # Monday 21st, Fri 14th, Friday, the 31.
    r"|(?P<wdn>(?P<wdnw>" + _WEEKDAY + "|" + _WEEKDAY_ABBR + r")\.?,?\s+(?:the\s+)?"
    r"(?P<wdnd>[12]\d|3[01]|0?[1-9])(?:(?P<wdns>st|nd|rd|th)|(?=[.,;:!?)](?!\d)|$))"
    r"(?![\w-])(?!\s+(?:of\s+)?(?:" + _MONTH + r")(?![a-z])))"
    # the twenty-second of June (1995)
    r"|(?P<dmw>(?:[Tt]he\s+)?(?=[efnstEFNST])(?P<dmwd>(?i:" + _DAY_ORD_WORD + r"))"
    r"\s+(?:day\s+)?of\s+"
    r"(?P<dmwm>" + _MONTH + r")" + _ABBR_DOT + r"(?:(?:\s*,\s*|\s+)(?P<dmwy>" + _YEAR
    + r")(?![\d.,]\d))?)(?![A-Za-z])"
    # seven p.m., half past three, ten to nine in the evening, 7 in the evening
    r"|(?=[\dabefhnoqstABEFHNOQST])(?P<wt>(?:(?P<wtm>(?i:" + _MINUTE_WORD + r")|[1-5]?\d)"
    r"(?:\s+min(?:ute)?s?)?\s+"
    r"(?P<wtr>past|to|after)\s+)?(?P<wth>(?i:" + _HOUR_WORD + r")|(?:1[0-2]|0?[1-9])(?![.,]\d)"
    r"|midnight|noon)"  # (not "by a quarter to 1.2 million")
    r"(?:\s+(?P<wtc>(?i:" + _CLOCK_MINUTE + r"))(?![\w-]))?"  # seven twenty-seven
    r"(?:" + _WT_SUFFIX + r")?(?(wtr)|(?(wtap)|(?(wtpd)|(?(wtn)|(?(wtc)|(?!)))))))(?![\w-])"
    r"|(?P<eop>(?:[Tt]he\s+)?(?P<eopp>end|beginning|start|middle|rest|remainder)\s+of\s+"
    r"(?:the\s+|this\s+|my\s+)?"
    r"(?P<eopu>day|week|month|year|decade))(?![\w-])"
    r"|(?P<ytd>(?:[Tt]he\s+)?[Yy]ear[\s-]to[\s-]date)(?![\w-])"
    # by year-end, at month end, before end-year (see _year_end)
    r"|(?P<yend>(?P<yendu>year|month)[-\s]end|end-(?P<yendu2>year|month))(?![\w-])"
    # on the twenty-second (a day of the month: see _spelled_ordinal)
    r"|(?P<tdo>[Tt]he\s+(?P<tdod>(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)))(?![\w-]|\s+[Cc]entur)"
    r")"
)
SPELLED = re.compile(_SPELLED_PATTERN)

# Words before a date that make a bare month, season or year a date (not a name or a noun).
_DATE_PREPS = _set(
    "in on since by until till from through throughout during before after of between and to "
    "or at for last next this coming past early mid late earlier later every each the end "
    "beginning start middle around about circa until planned upcoming scheduled as"
)
# Nouns a bare month name may modify ("planned April trip", "the June election").
# (as next_word gives them: with a full stop or comma after, too)
_EVENT_NOUNS = frozenset(w + end for w in _list(
    """trip visit visits election elections vote votes poll polls summit meeting meetings talks
    deadline launch release session referendum conference report figures data issue edition
    sales budget announcement strike attack attacks deal agreement ceremony tour event
    festival holiday primary primaries rally hearing ruling decision speech debate match race
    auction survey inflation jobs payrolls ballot ballots cabinet reshuffle
    game games final finals shooting floods flood earthquake storm crisis protests protest
    truce ceasefire review statement minutes offensive forecast forecasts estimate estimates
    projections""") for end in ("", ".", ","))
_NEWSPAPERS = _set(
    "times telegraph mirror express herald post independent observer people sport star "
    "school schools mail tribune sun night football"
)
_FUNCTION_WORDS = _set(
    "and or but when as of to the a an with after before amid following for in on at this that "
    "is was were will has had have would could may might should its his her their our"
)
_ORD_FOLLOWERS = _set("of and or at to when as after before in until, he she they we it i")

_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def prev_words(text: str, pos: int, n: int = 3) -> list[tuple[str, int]]:
    """Up to ``n`` words just before ``pos`` (nearest last) with their start offsets.

    Only white space and hyphens may separate them: punctuation ends the look-back. Each
    word is read within the 24 characters before the previous one (a longer word is cut).
    """
    # str.rstrip strips the separators and the letters in C (a walk back over the characters
    # costs a Python step each; a regex anchored at the end, "[A-Za-z]+[\s-]*$", is tried from
    # every position of the window).
    # (Conditional expressions, not max(): a builtin's call costs more, on a hot path.)
    out: list[tuple[str, int]] = []
    end = pos if pos > 0 else 0
    for _ in range(n):
        low = end - 24 if end > 24 else 0
        chunk = text[low:end].rstrip()  # (white space as str.isspace has it)
        while chunk.endswith("-"):
            chunk = chunk.rstrip("-").rstrip()
        if out and len(chunk) == end - low:
            break  # two words need white space or a hyphen between them
        head = chunk.rstrip(_ASCII_LETTERS)
        if len(head) == len(chunk):
            break
        end = low + len(head)
        out.append((chunk[len(head):], end))
    out.reverse()
    return out


def _word_before(text: str, pos: int) -> str:
    """The word just before ``pos``, lower-cased (prev_words' nearest, or '')."""
    end = pos if pos > 0 else 0  # (prev_words' first step, without its loop and list)
    chunk = text[end - 24 if end > 24 else 0:end].rstrip()
    while chunk.endswith("-"):
        chunk = chunk.rstrip("-").rstrip()
    return chunk[len(chunk.rstrip(_ASCII_LETTERS)):].lower()


# The spaces and ASCII letters next_word reads, in one match (a Python step per character
# costs more); what comes after them decides the rest.
_NEXT_LETTERS = re.compile(r" *([A-Za-z]*)")


def next_word(text: str, pos: int) -> str:
    """The word right after ``pos`` (after spaces), or '' if punctuation comes first: its
    letters (str.isalpha) up to and with a first full stop or comma."""
    m = _NEXT_LETTERS.match(text, pos)
    assert m is not None  # (it matches anywhere, if only nothing)
    j, k = m.span(1)
    n = len(text)
    while k < n and (text[k].isalpha() or text[k] in ".,"):  # (beyond ASCII letters)
        if text[k] in ".,":
            k += 1
            break
        k += 1
    return text[j:k]


#: "the next Tuesday", "the following Sunday": counted from an event the story told, read by
#: `_anaphora`, not from the reference day.
_FROM_AN_EVENT = _set("next following previous preceding")

# --- words the readers test -----------------------------------------------------------------

_STRICT_PREPS = _set("in since by until till from through throughout during before after "
                          "early mid late last next this end beginning start middle")
_SEASON_MODS = _set("last this next past coming early late mid in during the by until after before "
                         "since through throughout over whole entire")
_FALL_MODS = _set("last this next early late mid the")
_ORD_PREPS = _set("on by since until till from before after of between")
_TIME_PREPS = _set("at by around about before after from until till to and or circa "
                   "approximately roughly past since between")
_TIME_QUALIFIERS = _set("around about approximately roughly circa")
_PART_WORDS = {"early": (0, 1), "beginning": (0, 1), "start": (0, 1), "mid": (1, 2),
               "middle": (1, 2), "late": (2, 3), "end": (2, 3)}
_MONTH_THIRDS = ((1, 10), (11, 20), (21, 31))
_YEAR_THIRDS = ((1, 4), (5, 8), (9, 12))
_DECADE_THIRDS = ((0, 3), (4, 6), (7, 9))


# The last group to close names the alternative, except where a trailing group sits outside it.
_OUTER = {"agofn": "ago", "hrap": "hr", "yr2": "yr", "holy": "hol", "holr": "hol", "wdp": "wd",
          "yrs": "year", "seay2": "sea",
          "ctz": "clock", "clocal": "clock", "htz": "hour", "hlocal": "hour", "seay": "sea",
          "ctzo": "clock", "htzo": "hour", "mtzo": "mil", "ctzu": "clock", "htzu": "hour",
          "mtzu": "mil", "ctzs": "clock", "htzs": "hour", "mtzs": "mil",
          "milhrs": "mil", "mtz": "mil", "mlocal": "mil", "pods": "pod", "nish": "noon",
          "ntz": "noon", "nlocal": "noon", "ntzo": "noon", "ntzu": "noon", "ntzs": "noon",
          "ishh": "ish", "hmap2": "hhmm"}
# What ends a literal "at the end of the day" ("announced at the end of the day."); else it is
# the idiom "ultimately" ("At the end of the day, voters decide").
_CLAUSE_END = re.compile(r"\s*(?:[.;!?)\n]|$)")
_NOT_YEAR_BEFORE = _set("no number flight route page pages room model version article section "
                        "resolution rule code bill")


_PERIOD_STEPS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1,
                 "coming": 1, "upcoming": 1}
