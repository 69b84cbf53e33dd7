"""Shared scanner for dates and times: anchors, one pattern, tense cues, interval resolution.

Conventions (dates.py and times.py yield what this module finds):

* ``value`` is the reading relative to the reference date: days ``2026-02-05``, months
  ``2026-02``, years ``2025``, seasons ``2025-SU`` (SP/SU/FA/WI, northern meteorological;
  winter is labelled by its December: ``2025-WI`` = 2025-12-01..2026-02-28), ISO weeks
  ``2026-W06``, weekends ``2026-W06-WE``, quarters ``2026-Q1``, decades ``199X``, times
  ``2026-02-09T00:30`` (seconds only when written). Without a reference date a relative
  expression keeps what the text pins: ``value`` equals ``timex`` (``XXXX-WXX-4``,
  ``XXXX-02-08``) and ``low``/``high`` are None; absolute ones keep their interval.
* ``timex`` is what the text pins, X for the unknown parts (``XXXX-WXX-4``, ``XXXX-XX-05``,
  ``XXXX-07``). A period the text names relative to the reference ("last summer", "last
  month", "yesterday") gets its resolved value when every admissible reading agrees. A
  weekday next to a month and day ("Thursday, March 19") pins the year.
* ``low``/``high`` is the inclusive hull of every admissible reading over every admissible
  reference day: the reference itself, or the 7 days up to it when ``reference_certain`` is
  False. For yearly and monthly cycles ("February 8", "the 5th", "July") a reading a whole
  cycle away from the estimate's is dropped: it only means the text's date falls inside
  that week. Under an estimate, a future's ``value`` is its reading nearest the estimate.
  Early/mid/late and "the end of" narrow a month, year, decade or relative
  period to its thirds; "around" widens a time near midnight to the day before or after.
* ``reading``: ``absolute``; ``past``/``future``/``present`` when tense or the words decide;
  ``ambiguous`` when they do not (a weekday then spans its past and future occurrence, a
  month and day takes the nearest occurrence).
* Tense comes from the nearest cue word in the clause: past (``-ed``, irregular past,
  perfect), future (will, 'll, going to), or a word governing the noun phrase after it
  (ahead of, upcoming, planned, looking forward to). A future after a past verb ("said he
  will", "wished ... ahead of") is seen from a past speech act, so it is resolved from
  reference days up to a week earlier; after a present perfect ("has endorsed her ahead
  of Sunday's vote") it is still to come. A weekday may be the reference day itself (news
  names today's weekday: "Trump said on Monday" in Monday's paper); "last"/"next" weekday
  keep both the nearest and the previous/next week's occurrence.
* A weekday with a day of month ("Monday 21st", "Fri 14th") is the nearest month whose day
  falls on that weekday (or the past/future one by tense). Holidays: fixed ones by their day
  (Independence Day is the US one; International Workers' Day is 1 May), movable ones
  computed (Easter, Thanksgiving, Labor Day, Memorial Day, Martin Luther King Day).
  Centuries: "the 21st century" is ``20XX``, 2001-2100. "The end of the month/week/year"
  is the current one's last third. Spelled forms are read too: "the twenty-second of June",
  "June the first", "half past three", "a quarter to eleven", "seven p.m.", "7 in the
  evening".
* "The first week of May" is the Monday-week whose Thursday falls in May (ISO weeks for a
  year); "the week of April 10" the week holding it. Quarters and halves: ``2026-Q3``,
  ``2026-H1``; a bare "Q3" only after a preposition. "3 days from now" mirrors "3 days ago";
  "three weeks from tomorrow", "two days before yesterday" move the base day; "2 days
  hence" and "four weeks in the future" count as "from now" does. "The second Sunday of
  March", "the last Friday in May 2027" are that day of the year (the nearest or the tense's
  when no year is written); "the first Thursday of each month" recurs and is no date.
* "Fiscal (year) 2025" and "FY25" are the span fiscal years named 2025 cover between them
  (July 2024 to March 2026: countries and companies start them in different months); "FY
  2025-26" runs from April 2025 to June 2026.
* Stretches counted from the reference are one date whose value is the interval
  (``2026-01-26/2026-02-08``): "the past two weeks", "the last 3 months", "over the past
  week" (the days before it), "the next 3 days" (the days after), "within 9 months" (from
  it); a vague count, "the past few weeks", "the next several days", or none, "in recent
  weeks", "over the coming months", holds every reading (up to 6 or 9 units) and is marked
  "about". Without last/next, "in 2 weeks" (a day, as "2
  weeks from now") and "within a year"
  count from the reference only under a future verb: "the first time in 10 years" and
  "died within a year of the crash" stay durations. "Will be held" and "will have" are
  future: a participle or "have" after a modal takes the modal's tense. Hours and minutes
  reach the days they touch, the reference day included ("in the past 24 hours", "3 hours
  ago": the day before and the day itself); "by the end of the day" and "EOD" are the
  reference day (a day after them names it instead: "by the end of the day Saturday"; "at the
  end of the day, ..." is the idiom "ultimately").
* Parts of day are times valued with the TIMEX code (``TMO``, ``TAF``, ``TEV``, ``TNI``):
  "Sunday morning" is ``2026-02-08TMO``; alone only after a preposition, a weekday or
  early/late ("in the morning", "late afternoon", "at night"), never as a noun ("the evening
  news"). "This morning", "last night", "tonight" are parts of the day they name. A night runs
  into the next day (``high``). Meals after a time preposition are parts of day too ("at
  lunch", "after dinnertime tomorrow": ``TBF`` breakfast 06-10, ``TLU`` lunch 11-14, ``TDI``
  dinner or supper 17-21), "midmorning" and "midafternoon" as "mid-morning" are, and so are
  "in the daytime" (``TDT``, 06-18), "in the night-time"
  (``TNI``) and "in the mornings". A clock next to a part of day keeps its own time and takes
  the part's day ("3 a.m. on Sunday morning", "11 p.m. last night", "tonight at 10"), also
  without "in the" ("half past seven afternoon", "1 o'clock lunchtime", "afternoon at 7").
  "The early/small hours (of Sunday)" are the morning (``TMO``). A part of a day the story
  named ("that night", "the next morning") is read only after a clock ("at 10 that night":
  22:00, no day).
* A range of dates is one claim: "from March 3 to 5", "18-19 June", "between 2014 and 2018",
  "Sept.-Nov. 2025" have the ISO interval of their ends as written for value
  (``2026-03-03/2026-03-05``, ``2014/2018``), ``low``/``high`` from the first end's first day to
  the last end's last, and qualifier ``range``. Ends are read first on their own: in "5-6 pm" the
  first takes the second's meridiem, in "Sept.-Nov. 2025" its year, in "March 3 to 5" and "18-19
  June" its month; a second end without a year comes after the first. Not ranges: a date moved
  ("postponed from March 3 to March 5": two dates), ends that stay ambiguous (weekdays without
  tense), clock times (each end is a time). Lists of days take their month the same way ("22, 23
  and 24 March", "July 17th, 18th or 19th") when the days rise; "March 3 and 4" without "between"
  only at the clause's end ("March 3 and 4 Democrats" is a count). Bare month abbreviations count
  only as ends of a range ("from Sep to Nov"). A month and day with a slash and no year ("on
  11/20", "on 22/04") needs a preposition and an order the numbers decide (a day above 12): 3/4,
  9/11 and 24/7 are not dates. "Labor Day weekend" is the long weekend holding the holiday
  (Sat-Mon; Thanksgiving Thu-Sun, Easter Fri-Mon).
* Times also: "12 noon", "mid-day", "mid night", noon or midnight before a day or zone
  ("midnight Friday") or after "to" before a pause ("from 6am to midnight"), British
  "at 6.45" (after "at", not after a price verb, before a day, zone or the clause's end) and
  "1140 a.m." (only with a dotted lower-case meridiem: "1140 AM" is a radio station), wire-style
  "0730 GMT", "at 1930 hours", "between 0930-0730" (four digits are a clock with a zone, with
  "hours" after a preposition, or with a leading zero after one: 1930 alone is a year), and
  hours with minutes in words ("at seven twenty-seven", "march eighteenth nine thirty", "from
  three thirty to four thirty"). Minutes to the hour in words: "twenty to nine", "ten to
  nine p.m.", "three minutes to eight" (a bare "ten to nine" is not read: "to" is too common a
  word to look behind, and "three to four in the afternoon" is a range). "It was 8 in the
  morning", "11 in the night" (Indian English), "7 p. m.", "14:00 hrs", "1:21 a.m. Malaysian
  time" (any capitalised place before "time"). The bare first end of a range of clock times
  is a time in the second end's half of the day and on its day ("between 5 and 6 in the
  afternoon": 17:00; "between 3 and 4 a.m. on Sunday"), also without "between"/"from" when
  the second end names its part of day ("5 to seven in the morning"); a first end after 6
  before a morning second end is the evening before ("from 10 till 2 in the morning"). Noon
  and midnight also open a clause ("Noon came and went"), follow a be-verb or a day before a
  pause ("the deadline is Friday midnight."), take minutes ("ten to midnight": 23:50) and a
  zone ("midnight GMT"); "Midnight Oil", "midnight blue" are none. Not clocks: a chapter and
  verse ("John 3:16"), a length before its noun ("a 3:12 video"), a race time ("won in
  2:03:59").
* A month and day with no year, no tense cue and no weekday takes the nearest occurrence; a
  tense cue after a comma ("on March 19, he said") only counts when the span's own clause has
  none ("will welcome her on March 19, he said" stays future).
* Dates counted from a named date move it: "two weeks before Christmas", "three days after 12
  January", "the day after Christmas", "the year before 2015" (a day by days, weeks, months or
  years; a month or year by its own unit), "the week before Easter" (the seven days). Compound
  offsets back: "two years and three months ago". Parts of a period: "the first six months of
  2025", "the last 3 weeks of this year", "the ninth month of 2024". Weekdays listed beside a
  named week fall in it ("next week on Tuesday or Thursday", "Monday, Wednesday or Friday next
  week"). "The 10 previous weeks", the next/previous N business days; past and next quarters
  are calendar quarters; "this/last/next fiscal year" spans the common fiscal calendars' years
  holding the reference; decades ("last decade", "the early nineties", "the 70s", "the
  nineteen seventies", "the twenty-tens", "the noughties"; "the past decade" is ten years
  back); centuries in words ("the twenty-first century"; not BC); years in words after a
  month or "in" ("13 Sept nineteen seventy two", "in two thousand and fifteen", parsed by
  ``_year_words``); "the week after next",
  "(the) year to date", the rest of the week/month/year, "over the weekend" (by tense),
  "Dec-2018", "12/2015", "2016-11" (not "the 2011-12 season"), "the month of March", month
  abbreviations after a date preposition ("in Aug", "this Sept"), Mother's and Father's Day.
* Not read on purpose: "the 27" without a suffix ("the 27 member states" is a count; news
  writes "the 27th"), "week 10" (a season's or an epidemic's week, with no year), "November
  between 19 and 20" (news writes "November 19-20").
* Not resolved here on purpose: event-relative expressions ("one week after she took office",
  "the next Tuesday", "two days later"), ranges of clock times (each end is a time), parts of
  the day as clock hours ("this morning" is TMO, not 08:00), times counted from now ("in 5
  minutes": the reference is a day, not a moment). Phrases pointing back to an earlier date
  of the text ("the next day", "that year") and weekdays another mention pins are resolved
  after the scan, in ``_anaphora``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from factcheck.extract._year_words import DAY_WORDS, YEAR_WORDS, day_value, year_value
from factcheck.extract.base import Claim, Context
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


# --- the scanner ----------------------------------------------------------------------------


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
_WEEKDAY_WORDS = ([w.title() for w in _WEEKDAY_NAMES] + [w.upper() for w in _WEEKDAY_NAMES]
                  + _WEEKDAY_NAMES)
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
    + r"(?:\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)(?![a-z])))?(?P<mdd>" + _DAY +
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
    r"|(?<=[Tt]he )(?P<qb>first|second|third|fourth)(?:\s+|-)(?P<qbu>quarter|half)"
    r"(?![\w-]|\s+of\b))")
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
    r"(?P<agou>day|week|month|year|decade|fortnight|hour|minute)s?\s+(?:ago|(?P<agoh>hence|in\s+the\s+future)|(?P<agod>from|after|before)\s+"
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
_MEAL_ALT = (r"(?P<meal>(?P<mealw>breakfast|lunch|dinner|supper)(?P<mealt>\s?time)?"
             r"|(?P<mealdt>day|night)-?time)(?![\w-])")
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
    r"(?P<iso>(?P<isoy>\d{4})(?P<isosep>[-/])(?P<isom>\d\d)(?P=isosep)(?P<isod>\d\d)"
    r"(?:T(?P<isoh>[01]\d|2[0-3]):(?P<isomi>[0-5]\d)(?::(?P<isos>[0-5]\d))?(?:\.\d+)?"
    r"(?P<isoz>Z|[+-]\d\d:?\d\d)?)?)(?![\d/])"
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
    r"(?P<clock>(?P<ch>[01]?\d|2[0-3])(?::(?P<cm>[0-5]\d)(?::(?P<cs>[0-5]\d))?(?!\d|:\d)"
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
    r"(?P<wtr>past|to|after)\s+)?(?P<wth>(?i:" + _HOUR_WORD + r")|1[0-2]|0?[1-9]|midnight|noon)"
    r"(?:\s+(?P<wtc>(?i:" + _CLOCK_MINUTE + r"))(?![\w-]))?"  # seven twenty-seven
    r"(?:" + _WT_SUFFIX + r")?(?(wtr)|(?(wtap)|(?(wtpd)|(?(wtn)|(?(wtc)|(?!)))))))(?![\w-])"
    r"|(?P<eop>(?:[Tt]he\s+)?(?P<eopp>end|beginning|start|middle|rest|remainder)\s+of\s+"
    r"(?:the\s+|this\s+|my\s+)?"
    r"(?P<eopu>day|week|month|year))(?![\w-])"
    r"|(?P<ytd>(?:[Tt]he\s+)?[Yy]ear[\s-]to[\s-]date)(?![\w-])"
    r")"
)
SPELLED = re.compile(_SPELLED_PATTERN)

# Words before a date that make a bare month, season or year a date (not a name or a noun).
_DATE_PREPS = _set(
    "in on since by until till from through throughout during before after of between and to "
    "or at for last next this coming past early mid late earlier later every each the end "
    "beginning start middle around about circa until planned upcoming scheduled"
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


# --- tense ----------------------------------------------------------------------------------

_IRREGULAR_PAST = _set(
    "was were had did said went won became struck took held met told wrote made gave came got "
    "saw left began ran found thought brought bought sought fought taught caught lost paid sent "
    "spent built kept felt meant led fell rose chose spoke broke stood understood beat sold grew "
    "drew threw knew flew hit ago yesterday earlier previously recently former has have been "
    "oversaw swore sat"
)
_NOT_PAST_ED = _set(
    "need needed speed indeed hundred bed seed feed proceed succeed exceed red shed wed bred breed "
    "greed deed heed weed steed kindred sacred naked wicked rugged beloved embed united "
    "expected scheduled planned slated"
)
# Words that put the noun phrase right after them in the future ("ahead of", "upcoming",
# "looking forward to"), whatever the tense of the main verb.
_GOVERNING = _set("ahead upcoming forthcoming coming planned scheduled slated expected due "
                  "forward")
_FUTURE = _set("will shall going plans plan planning aims intends must should expects expect "
               "expecting forecasts predicts")
# Modals of obligation: a future ("must be signed by April"), but a past before "have" and a
# participle ("must have left on Monday").
_OBLIGATION = _set("must should")
# A modal of the present: its clause has no tense of its own to lend a date ("people can
# deposit old notes until Dec. 30", said last week: the nearest Dec. 30, not last year's).
_PRESENT_MODALS = _set("can cannot")
_FIP = _set("would")
_ABBREVIATIONS = _set("mr mrs ms dr st jr gen gov sen rep no vs jan feb mar apr jun jul aug sep "
                      "sept oct nov dec")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[,;!?\n]|[.:](?!\d)")
_BOUNDARY = frozenset(";:!?\n")


_CUE_MEMO: dict[str, str] = {}


def _cue(token: str) -> str:
    cue = _CUE_MEMO.get(token)
    return _new_cue(token) if cue is None else cue


# The cue of each listed word, read once (the first list holding a word wins). Punctuation
# has one too, for tense_at: "," a comma, "." a full stop, ";" any other end of a clause.
# Words that open another clause after a span: past one, the verbs are not the span's own
# ("takes effect on 1 April, two weeks after it was signed"); a relative clause is skipped to
# its closing comma ("the vote on Sunday, which was held early, ended").
_SUBORDINATORS = _set("after before since when whenever while because although though "
                      "whereas unless until")
_RELATIVES = _set("which who whom whose where")
# Verbs of intent: before "to" a future ("hopes to return by October"; "vowed to", a future
# seen from the past); "set" after "is" too ("the vote is set for Sunday"). See _intent.
_INTENT = _set("hope hopes hoping want wants wanting seek seeks seeking vow vows vowing pledge "
               "pledges promise promises agree agrees decide decides intend aim prepare "
               "prepares threaten threatens vowed pledged promised agreed decided intended "
               "aimed hoped wanted sought threatened prepared set")
_CUE_WORDS = {**{w: "sub" for w in _SUBORDINATORS}, **{w: "rel" for w in _RELATIVES},
              **{w: "past" for w in _IRREGULAR_PAST}, **{w: "int" for w in _INTENT},
              **{w: "fip" for w in _FIP}, **{w: "pres" for w in _PRESENT_MODALS},
              **{w: "fut" for w in _FUTURE}, **{w: "gov" for w in _GOVERNING},
              ",": ",", ".": ".", **{c: ";" for c in _BOUNDARY}}


def _new_cue(token: str) -> str:
    """The cue of a token not in the memo yet, memoized."""
    low = token.lower()
    cue = _CUE_WORDS.get(low)
    if cue is None:
        last = low[-1:]  # (most words end otherwise: two suffix tests saved)
        if last == "l" and low.endswith(("'ll", "’ll")):
            cue = "fut"
        elif (last == "d" and len(low) > 3 and low.endswith("ed") and token[0].islower()
              and low not in _NOT_PAST_ED):
            cue = "past"
        else:
            cue = ""
    if len(_CUE_MEMO) > 50000:
        _CUE_MEMO.clear()
    _CUE_MEMO[token] = cue
    return cue


_AUXILIARY = _set("be been have get not also still then soon")


_PRESENT_BE = _set("is are am")


def _modal_before(tokens: list[str], k: int) -> str:
    """'fut' or 'fip' when a participle or "have" at ``k`` hangs on a modal ("will be held",
    "will have a meeting", "would have been"), 'now' when it hangs on a present "is" ("is
    located", "are expected": a present passive), else ''."""
    j = k - 1
    while j >= 0 and j >= k - 3 and tokens[j].lower() in _AUXILIARY:
        j -= 1
    if j < 0 or j == k - 4:
        return ""
    if tokens[j].lower() in _PRESENT_BE or tokens[j].lower() in _PRESENT_MODALS:
        return "now"  # ("can be held": the modal speaks)
    if tokens[j].lower() == "to" and j:
        return _bound_to(tokens, j - 1)
    if tokens[j].lower() in _OBLIGATION and any(t.lower() == "have" for t in tokens[j + 1:k]):
        return ""  # "must have left": a past
    cue = _cue(tokens[j])
    return cue if cue in ("fut", "fip") else ""


def _bound_to(tokens: list[str], k: int) -> str:
    """The cue of the word at ``k`` before "to be" and a participle: 'fut' for "is to be held"
    or "is set to be signed", 'fip' for "was to be held" or "vowed to be", else ''."""
    word = tokens[k].lower()
    if word in _PRESENT_BE:
        return "fut"
    if word in ("was", "were"):
        return "fip"
    cue = _cue(tokens[k])
    if cue == "int":
        cue = _intent(tokens, k)
    return cue if cue in ("fut", "fip") else ""


# "Has" and "have" are past cues only as a perfect's auxiliary, before a participle ("has
# met", "have already said", "has been"); before anything else they are a present ("they have
# a meeting on Friday").
_HAVE = frozenset(("has", "have", "Has", "Have"))
_PERFECT_ADVERBS = _set("already also just now not never since still recently long")


def _participle_after(tokens: list[str], k: int) -> bool:
    """Whether a past form (the participle) follows the "has"/"have" at ``k`` (an adverb
    between allowed)."""
    j = k + 1
    if j < len(tokens) and tokens[j].lower() in _PERFECT_ADVERBS:
        j += 1
    return j < len(tokens) and _cue(tokens[j]) == "past"


def _intent(tokens: list[str], k: int) -> str:
    """The cue of a verb of intent at ``k``: 'fut' before "to" ("hopes to"), 'fip' for its past
    ("vowed to"), else 'past' for a past form ("vowed revenge") or '' for a present one;
    "is set" and "set to/for" are 'fut', "was set" 'fip', another "set" '' ("set up")."""
    word = tokens[k].lower()
    past = word.endswith("ed") or word == "sought"
    if word == "set":  # "is set for Sunday", "the meeting set to take place on May 16"
        before = tokens[k - 1].lower() if k else ""
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if before in ("was", "were"):
            return "fip"
        return "fut" if before in _PRESENT_BE or after in ("to", "for") else ""
    if k + 1 < len(tokens) and tokens[k + 1].lower() == "to":
        return "fip" if past else "fut"
    return "past" if past else ""


def _perfect_at(tokens: list[str], k: int) -> bool:
    """Whether the past cue at ``k`` is a present perfect ("has endorsed", "have already
    said", "has been called", or the "has" itself): it speaks from now, so a future after it
    ("has endorsed her ahead of Sunday's vote") is still to come, not seen from the past."""
    if tokens[k] in _HAVE:
        return True
    j = k - 1
    while j >= 0 and j >= k - 2 and (tokens[j].lower() in _PERFECT_ADVERBS
                                     or tokens[j] == "been"):
        j -= 1
    return j >= 0 and tokens[j] in _HAVE


def tense_at(text: str, start: int, end: int) -> str:
    """'past', 'future', 'fip' (future seen from a past act) or '' from cues near a span.

    The nearest cue word in the clause decides (distance in words); a governing word
    ("ahead of", "upcoming", "planned") up to a dozen words before the span, with no comma
    between, wins; a future after a past verb ("said he will") is a future seen from the past,
    unless every past verb is a present perfect ("has said he will"). After the span, a word
    opening another clause ("after", "when") ends the reading and a relative clause ("which
    was held") is skipped.
    """
    low = max(0, start - 160)
    # A line break ends the clause (a token of _BOUNDARY): the words before it are not read.
    low = max(low, text.rfind("\n", low, start) + 1)
    before = _TOKEN.findall(text, low, start)
    kind_before, dist_before = "", 10**6
    governing = ""
    comma = False
    past_at: list[int] = []  # (whether one is a present perfect is asked only if it matters)
    n = len(before)
    memo = _CUE_MEMO.get  # (inlined _cue: most words have a memoized empty cue)
    for k in range(n - 1, -1, -1):
        tok = before[k]
        cue = memo(tok)
        if cue is None:
            cue = _new_cue(tok)
        if not cue:
            continue
        if cue == ";" or (cue == "." and k > 0 and len(before[k - 1]) > 1
                          and before[k - 1].lower() not in _ABBREVIATIONS):
            break
        if cue == ",":
            comma = True
            continue
        if cue == "." or cue == "sub" or cue == "rel":  # ".": after "Mr.", "J."
            continue
        if cue == "int":
            cue = _intent(before, k)
            if not cue:
                continue
        if cue == "gov":
            if not governing and not comma and n - k <= 12:
                governing = "future"
            continue
        if cue == "past":
            if tok in _HAVE and not _participle_after(before, k):
                continue  # "they have a meeting on Friday": a present, no cue
            cue = _modal_before(before, k) or cue
            if cue == "now":
                continue
        if cue == "past":
            past_at.append(k)
        if not kind_before:
            kind_before, dist_before = cue, n - k
    if governing:
        return "fip" if any(not _perfect_at(before, k) for k in past_at) else "future"
    kind_after, dist_after = "", 10**6
    after_comma = False
    # Only a cue nearer than the one before can win (a comma in between hands the span to the
    # one before anyway): the words after are looked at up to that distance. (They are listed
    # first: "have" needs the word after it.)
    reach = dist_before - 1 if kind_before else 10**6
    # They are listed up to a space some 30 characters on first (no word is cut there; most
    # spans are decided within a few words), the rest of the 90 only when the words looked at
    # come near it.
    stop = end + 90
    cut = text.find(" ", end + 30, stop)
    if cut < 0:
        cut = stop
    after = _TOKEN.findall(text, end, cut)
    if not after and cut < stop:
        after, cut = _TOKEN.findall(text, cut, stop), stop
    relative = False
    for k, tok in enumerate(after):
        if k >= reach:
            break
        if k + 3 > len(after) and cut < stop:  # (a cue may look two words on)
            after += _TOKEN.findall(text, cut, stop)
            cut = stop
        cue = memo(tok)
        if cue is None:
            cue = _new_cue(tok)
        if not cue:
            continue
        if cue == ";" or cue == "." or cue == "sub":
            break
        if cue == ",":
            after_comma = True
            relative = False
            continue
        if cue == "rel" or relative:
            relative = True
            continue
        if cue == "int":
            cue = _intent(after, k)
            if not cue:
                continue
        if cue == "past" and tok in _HAVE and not _participle_after(after, k):
            continue
        if cue != "gov":
            kind_after, dist_after = cue, k + 1
            break
    if after_comma and kind_before:
        # "will welcome her on March 19, he said": a verb past the comma is another clause
        # (often the speech act), the span's own clause has already spoken.
        dist_after = 10**6
    kind = kind_before if dist_before <= dist_after else kind_after
    if kind == "fut":
        return "fip" if any(not _perfect_at(before, k) for k in past_at) else "future"
    return "" if kind == "pres" else kind


# --- calendar arithmetic --------------------------------------------------------------------

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    if 1 <= month <= 11 and 1 <= year <= 9999:  # (otherwise date() raises, as it must)
        if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            return 29
        return _MONTH_LENGTHS[month]
    return (date(year, month + 1, 1) - ONE_DAY).day


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last_day(year, month))


def season_span(year: int, code: str) -> tuple[date, date]:
    m = _SEASON_START[code]
    if code == "WI":
        return date(year, 12, 1), date(year + 1, 3, 1) - ONE_DAY
    return date(year, m, 1), date(year, m + 2, last_day(year, m + 2))


def season_of(d: date) -> tuple[int, str]:
    """The (labelling year, code) of the season holding ``d``; winter is labelled by December."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


def week_value(d: date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy}-W{iw:02d}"


def safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= d <= last_day(y, m)) or not (1 <= y <= 9998):
        return None
    return date(y, m, d)


# The ISO form of each date, memoized: claims and readings name the same days again and again
# (a day's low and high, the reference day). Cleared by clear_caches. A new one is the year's
# digits and "-MM-DD" from a table: date.isoformat goes through a printf, some 4,000
# instructions a call (ten times the table's).
_ISO: dict[date, str] = {}
_MONTH_DAY_ISO = [[f"-{m:02d}-{d:02d}" for d in range(32)] for m in range(13)]


def _iso(d: date) -> str:
    """``d.isoformat()``, memoized."""
    text = _ISO.get(d)
    if text is None:
        if len(_ISO) > 4096:
            _ISO.clear()
        y = d.year
        text = _ISO[d] = (str(y) if y > 999 else f"{y:04d}") + _MONTH_DAY_ISO[d.month][d.day]
    return text


# A NamedTuple, not a frozen dataclass: built ~140 times a benchmark run, at half the cost.
class Reading(NamedTuple):
    """One admissible reading: canonical value and its inclusive day interval."""

    value: str
    low: date
    high: date


Occ = Callable[[date, str], Reading]  # (anchor day, 'past'|'future'|'nearest') -> reading


def anchors(ctx: Context) -> list[date]:
    """Reference days to resolve against: the reference, or the 7 days up to an estimate."""
    ref = ctx.reference_date
    if ref is None:
        return []
    if ctx.reference_certain:
        return [ref]
    return [ref - timedelta(days=k) for k in range(6, -1, -1)]


def _nearer(ref: date, a: Reading, b: Reading) -> Reading:
    da = 0 if a.low <= ref <= a.high else min(abs((ref - a.high).days), abs((a.low - ref).days))
    db = 0 if b.low <= ref <= b.high else min(abs((ref - b.high).days), abs((b.low - ref).days))
    return b if db < da else a


def resolve(ctx: Context, direction: str, occ: Occ,
            cycle: int = 0) -> tuple[Reading, date, date, str] | None:
    """Resolve over every anchor: (reading for the reference, low, high, reading label).

    ``direction`` is past, future, fip (future from a past act up to a week earlier),
    ambiguous (both nearest readings), nearest, or fixed (the expression carries its own).
    """
    ref = ctx.reference_date
    if ref is None:
        return None
    days = anchors(ctx)
    readings: list[Reading] = []
    if direction == "fip":
        days = [days[0] - timedelta(days=k) for k in range(7, 0, -1)] + days
        readings = [occ(a, "future") for a in days]
        value = readings[0]
        for r in readings[1:]:
            value = _nearer(ref, value, r)
        label = "future" if all(r.low >= ref for r in readings) else "ambiguous"
    # (The last anchor is the reference itself: its readings are the value's.)
    elif direction == "ambiguous":
        for a in days:
            readings.append(occ(a, "past"))
            readings.append(occ(a, "future"))
        value = _nearer(ref, readings[-2], readings[-1])
        label = "ambiguous"
    else:
        how = "nearest" if direction == "fixed" else direction
        label = direction if direction in ("past", "future", "present") else "ambiguous"
        if len(days) == 1:  # (a certain reference: its one reading, as below, without a list)
            value = occ(days[0], how)
            return value, value.low, value.high, label
        readings = [occ(a, how) for a in days]
        value = readings[-1]
    if cycle and len(days) > 1:
        # An estimated reference spans a week. For a yearly or monthly cycle, a reading a whole
        # cycle away from the estimate's only means the text's own date falls inside that
        # week: drop it (a weekday, whose cycle is the week, keeps every reading).
        readings = [r for r in readings if abs((r.low - value.low).days) * 2 < cycle] or [value]
    if direction == "future" and len(days) > 1:
        # The estimate is the latest date the corpus establishes; the article is from that
        # week. A past reading nearest the estimate is the estimate's own; a future one may
        # be an earlier day's: "will come on Sunday" against a Monday estimate is the Sunday
        # just before it (a day off), not the next (six days off), as for a future in the past.
        for r in readings:
            value = _nearer(ref, value, r)
    if len(readings) == 1:
        return value, readings[0].low, readings[0].high, label
    low = min([r.low for r in readings])
    high = max([r.high for r in readings])
    return value, low, high, label


def weekday_occ(weekday: int, strict: bool = False) -> Occ:
    """The weekday's occurrence before/after the anchor; the anchor day itself counts unless
    ``strict`` (news names even today's weekday: "Trump said on Monday" in Monday's paper)."""
    step = 1 if strict else 0

    def occ(a: date, how: str) -> Reading:
        if how == "future":
            d = a + timedelta(days=(weekday - a.weekday() - step) % 7 + step)
        else:
            d = a - timedelta(days=(a.weekday() - weekday - step) % 7 + step)
        return Reading(_iso(d), d, d)

    return occ


def _pick(past: Reading | None, future: Reading | None, a: date, how: str) -> Reading:
    if past is None or how == "future" and future is not None:
        assert future is not None
        return future
    if future is None or how == "past":
        return past
    return _nearer(a, past, future)


def monthday_occ(month: int, day: int, weekday: int | None = None) -> Occ:
    def occ(a: date, how: str) -> Reading:
        past = future = None
        for y in range(a.year, a.year - 60, -1):
            d = safe_date(y, month, day)
            if d is not None and d <= a and (weekday is None or d.weekday() == weekday):
                past = Reading(_iso(d), d, d)
                break
        for y in range(a.year, a.year + 60):
            d = safe_date(y, month, day)
            if d is not None and d >= a and (weekday is None or d.weekday() == weekday):
                future = Reading(_iso(d), d, d)
                break
        return _pick(past, future, a, how)

    return occ


def nth_occ(day: int) -> Occ:
    def occ(a: date, how: str) -> Reading:
        past = future = None
        y, m = a.year, a.month
        for _ in range(14):
            d = safe_date(y, m, day)
            if d is not None and d <= a:
                past = Reading(_iso(d), d, d)
                break
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        y, m = a.year, a.month
        for _ in range(14):
            d = safe_date(y, m, day)
            if d is not None and d >= a:
                future = Reading(_iso(d), d, d)
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return _pick(past, future, a, how)

    return occ


def month_occ(month: int, part: tuple[int, int] | None = None) -> Occ:
    def reading(y: int) -> Reading:
        lo, hi = month_span(y, month)
        if part:
            lo, hi = lo.replace(day=part[0]), lo.replace(day=min(part[1], hi.day))
        return Reading(f"{y:04d}-{month:02d}", lo, hi)

    def occ(a: date, how: str) -> Reading:
        past = reading(a.year if month <= a.month else a.year - 1)
        future = reading(a.year if month >= a.month else a.year + 1)
        return _pick(past, future, a, how)

    return occ


def season_occ(code: str) -> Occ:
    def reading(y: int) -> Reading:
        lo, hi = season_span(y, code)
        return Reading(f"{y}-{code}", lo, hi)

    def occ(a: date, how: str) -> Reading:
        y, cur = season_of(a)
        here = reading(y) if cur == code else None
        if here is not None:
            return here
        past = reading(y if reading(y).high < a else y - 1)
        future = reading(y if reading(y).low > a else y + 1)
        return _pick(past, future, a, how)

    return occ


def fixed_occ(fn: Callable[[date], Reading]) -> Occ:
    return lambda a, how: fn(a)


def day_reading(d: date) -> Reading:
    return Reading(_iso(d), d, d)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def week_reading(monday: date) -> Reading:
    return Reading(week_value(monday), monday, monday + timedelta(days=6))


def nth_week(period: Reading, unit: str, n: int) -> Reading | None:
    """The n-th week (-1: the last) of a month or year: the Monday-weeks whose Thursday falls
    in it (ISO weeks for a year, the same rule for a month); for a day, the week holding it."""
    y, mo = period.low.year, period.low.month
    if unit == "day":
        return week_reading(period.low - timedelta(days=period.low.weekday()))
    if unit == "year":
        last = date(y, 12, 28).isocalendar()[1]
        k = last if n < 0 else n
        return week_reading(date.fromisocalendar(y, k, 1)) if 1 <= k <= last else None
    thursday = date(y, mo, 1) + timedelta(days=(3 - date(y, mo, 1).weekday()) % 7)
    mondays = []
    monday = thursday - timedelta(days=3)
    while (monday + timedelta(days=3)).month == mo:
        mondays.append(monday)
        monday += timedelta(weeks=1)
    k = len(mondays) if n < 0 else n
    return week_reading(mondays[k - 1]) if 1 <= k <= len(mondays) else None


def narrowed(occ: Occ, fn: Callable[[Reading], Reading]) -> Occ:
    return lambda a, how: fn(occ(a, how))


# --- claims ---------------------------------------------------------------------------------

@dataclass(slots=True)  # (slots: built and read in every loop of the scan, a third faster)
class Found:
    """A date or time found by the scanner, before it becomes a Claim."""

    start: int
    end: int
    kind: str  # 'date' or 'time'
    value: str | None
    timex: str
    granularity: str
    reading: str
    low: date | None = None
    high: date | None = None
    unit: str | None = None
    qualifier: str | None = None
    # what was resolved, for merging a weekday or a time with an adjacent date
    pinned_day: date | None = None
    weekday: int | None = None
    month_day: tuple[int, int] | None = None
    hour: int | None = None
    minute: int | None = None
    week_step: int | None = None  # "last week" = -1, for "Tuesday last week"

    def claim(self, text: str) -> Claim:
        # (in Claim's field order: passed by keyword, the dozen fields cost a third more; the
        # memo of ISO forms read inline, a call of _iso only for a day not in it yet)
        low, high = self.low, self.high
        return Claim(self.start, self.end, text[self.start:self.end], self.kind, self.value,
                     self.unit, None if low is None else _ISO.get(low) or _iso(low),
                     None if high is None else _ISO.get(high) or _iso(high), self.timex,
                     self.granularity, self.reading, self.qualifier)


_RESOLVED: dict[tuple, tuple[str | None, str, str, date | None, date | None]] = {}


def relative(start: int, end: int, ctx: Context, direction: str, occ: Occ, timex: str,
             granularity: str, *, key: tuple = (), pinned: bool = False,
             cycle: int = 0) -> Found:
    """A Found for a relative expression, resolved against the context's anchors.

    ``key`` with ``timex`` identifies what ``occ`` computes (results are memoized: news text
    repeats its dates). ``pinned``: the text names the period relative to the reference
    ("last summer"), so a single admissible reading becomes the timex too.
    """
    memo = (timex, granularity, key, direction, pinned, cycle, ctx.reference_date,
            ctx.reference_certain)
    hit = _RESOLVED.get(memo)
    if hit is None:
        hit = _relative(ctx, direction, occ, timex, pinned, cycle)
        if len(_RESOLVED) > 4096:
            _RESOLVED.clear()
        _RESOLVED[memo] = hit
    value, out_timex, label, low, high = hit
    return Found(start, end, "date", value, out_timex, granularity, label, low, high)


def _relative(ctx: Context, direction: str, occ: Occ, timex: str, pinned: bool,
              cycle: int) -> tuple[str | None, str, str, date | None, date | None]:
    res = resolve(ctx, direction, occ, cycle)
    if res is None:
        return timex, timex, direction if direction in ("past", "future") else "ambiguous", \
            None, None
    value, low, high, label = res
    ref = ctx.reference_date
    assert ref is not None
    if direction == "fixed":
        label = "past" if value.high < ref else "future" if value.low > ref else "present"
    if pinned and value.low == low and value.high == high:
        timex = value.value
    return value.value, timex, label, low, high


# --- the scan -------------------------------------------------------------------------------

_STRICT_PREPS = _set("in since by until till from through throughout during before after "
                          "early mid late last next this end beginning start middle")
_SEASON_MODS = _set("last this next past coming early late mid in during the by until "
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

_cache: tuple[str, Context, list[Found]] | None = None


# Anchors that are only whole words (longer words may begin with them: "Goodwin", "Laborde").
_WHOLE_ANCHORS = _list("Independence Juneteenth Veterans Armistice Bastille Thanksgiving Labor "
                       "Labour Memorial Easter MLK thanksgiving labor labour memorial easter "
                       "Mother Father mother father "
                       "christmas Martin International independence halloween juneteenth")


def _anchor_words() -> str:
    words = set(_MONTH_WORDS) | set(_WEEKDAY_WORDS)
    words |= {"Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
    for w in _list("yesterday today tomorrow tonight tonite last next this spring summer autumn "
                   "fall winter"):
        words |= {w, w.title()}
    words |= {"Christmas", "New", "Valentine", "Halloween", "Boxing"}
    words |= set(_STRETCH_UNITS) | {"tmrw", "following", "Following", "upcoming", "Upcoming"}
    words |= {"morning", "afternoon", "evening", "night", "weekend", "breakfast", "lunch",
              "dinner", "supper", "daytime", "day-time"}
    words |= {meal + "time" for meal in ("breakfast", "lunch", "dinner", "supper")}
    words |= {part + "s" for part in ("morning", "afternoon", "evening", "night")} | {"noonish"}
    words |= {w for d in _DECADE_WORDS for w in (d, d.title())} | {"century", "Century", "FY"}
    words |= {"Day"}  # (holidays found back from it: see _BACK_HOLIDAY_DAY)
    words |= {w.upper() for w in SEASONS if w != "fall"}
    words |= _CLOCK_TENS | {"EOD", "eod"}
    words |= {"mid", "Mid", "midmorning", "Midmorning", "midafternoon", "Midafternoon"}
    words |= {"hence", "future"}
    words |= {"Noon", "Midday", "Midnight"}  # (at a sentence's start: see _noon_alone)
    words |= {"noon", "midday", "midnight", "ago", "now", "o'clock", "o’clock", "oclock", "quarter",
              "half", "previous", "Previous", "coming", "Coming", "current", "Current", "past",
              "Past", "Q1", "Q2", "Q3", "Q4", "q1", "q2", "q3", "q4", "H1", "H2"}
    return alternation(sorted(words))


# Python's regex engine skips fast over text only when a pattern starts with a literal or a
# rare character class; one big pattern of alternatives runs at a fraction of that speed. So
# the scan first finds anchors (digit runs; date words after a space, or after rarer
# delimiters) and only tries SCAN where one starts.
_ANCHOR_WORDS = _anchor_words().split("|") + _WHOLE_ANCHORS
_WORD_TRIE = regex_trie(_ANCHOR_WORDS)
# Words the anchor passes also stop at for _spelled_starts only ("six pm", "year to date"):
# one dict look-up per word there instead of a pass over the text per piece.
_CUE_ONLY = frozenset(("am", "pm", "date"))
_CUE_TRIE = regex_trie(_ANCHOR_WORDS + sorted(_CUE_ONLY))
# The anchor passes run over the text's shape (_anchor_shape): one byte per character, letters
# lower-cased, ASCII digits all "0", the delimiters of _DELIMITERS (and "?", which stands for
# every character beyond Latin-1 too) all "|". Each pass then opens with a literal byte, the
# regex engine's fastest search (a class, [0-9] or the delimiters, is tried character by
# character, several times slower): digit runs ("0"), anchor words after a space (at each
# space the engine tries every first letter of the trie in turn, and lower case halves them)
# and anchor words after a delimiter ("|"). A word found is the shape of the longest anchor
# word as written there, or of a longer word: each is checked as written (_word_as_written).
_DELIMITERS = frozenset("\n\t\xa0(“\"'‘-—–[/")


def _shape_table() -> bytes:
    table = bytearray(range(256))
    table[ord("A"):ord("Z") + 1] = bytes(range(ord("a"), ord("z") + 1))
    table[ord("0"):ord("9") + 1] = b"0" * 10
    for c in _DELIMITERS | {"?"}:  # (beyond Latin-1, "“" and "—" are encoded as "?")
        table[c.encode("latin-1", "replace")[0]] = ord("|")
    return bytes(table)


_SHAPE_TABLE = _shape_table()


def _anchor_shape(text: str) -> bytes:
    """``text`` as _SHAPE_TABLE has it, a byte per character (same offsets)."""
    return text.encode("latin-1", "replace").translate(_SHAPE_TABLE)


_CUE_WORDS_AS_WRITTEN = frozenset(_ANCHOR_WORDS) | _CUE_ONLY
_CUE_SHAPES = {_anchor_shape(w) for w in _CUE_WORDS_AS_WRITTEN}
_CUE_SHAPE_TRIE = regex_trie(w.decode("latin-1") for w in _CUE_SHAPES).encode("latin-1")
# (Digit runs include those of an anchor word, "Q1": after a letter, _starts drops them first.)
_DIGIT_RUNS = re.compile(rb"00*")  # ("0+" would not open with a literal)
# The first words of a year in words (YEAR_WORDS: "nineteen ninety six", "two thousand and
# five") are read by the pass after a space too, for _years_in_words: it adds no pass of
# its own over the text (three passes of str.find, one per piece of YEAR_PIECES).
_YEAR_FIRST_SHAPES = frozenset(w.encode() for w in _list(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty two"))
_YEAR_FIRST_ANCHORS = frozenset(w.decode() for w in _YEAR_FIRST_SHAPES) & _CUE_WORDS_AS_WRITTEN
# (No group around the word: a group's marks are set at each try, at every space.)
_SPACE_ANCHORS = re.compile(rb" " + regex_trie(
    w.decode("latin-1") for w in _CUE_SHAPES | _YEAR_FIRST_SHAPES).encode("latin-1"))
_DELIMITED_ANCHORS = re.compile(rb"\|" + _CUE_SHAPE_TRIE)
_CUE_WORD_AT = re.compile(_CUE_TRIE)
# The word shapes a shorter one begins ("min" of "Minister" has none: when the word as
# written is no anchor word, no anchor word is written there).
_SHORTER_INSIDE = frozenset(
    shape for shape in _CUE_SHAPES
    if any(len(w) < len(shape) and shape.startswith(w) for w in _CUE_SHAPES))
_ANCHOR_FIRST = re.compile(_WORD_TRIE)
# Anchor words that begin nothing but a holiday's name (SCAN's group "hol"); `_tails` reads
# them too ("the Christmas party" is no organisation).
HOLIDAY_WORDS = frozenset(_WHOLE_ANCHORS) | {"Christmas", "New", "Valentine", "Halloween",
                                             "Boxing"}
_HOLIDAY_AT = re.compile(_HOLIDAY_NAME)
_BACK_AGO = re.compile(r"(?:\d{1,3}|" + _NUMWORD + r"|[Aa]\s+few|[Aa]\s+couple(?:\s+of)?)\s+"
                       r"(?:day|week|month|year|decade|fortnight|hour|minute)s?\s+$")
# The count of an offset's units and its space: "3 ", "three ", "a few ", "a couple of ".
_UNIT_COUNT = r"(?:\d{1,3}|" + _NUMWORD + r"|[Aa]\s+few|[Aa]\s+couple\s+of)\s+"
_BACK_FROM_NOW = re.compile(_UNIT_COUNT + r"(?:day|week|month|year|decade|fortnight|hour|minute)s?"
                            r"\s+from\s+$")
_BACK_IN_FUTURE = re.compile(_UNIT_COUNT + r"(?:day|week|month|year|decade|fortnight)s?"
                             r"\s+in\s+the\s+$")
_BACK_OCLOCK = re.compile(r"(?:" + _NUMWORD + r")\s+$")
_BACK_QUARTER = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)$")
_BACK_OFFSET = re.compile(_UNIT_COUNT + r"(?:day|week|month|year|decade|fortnight)s?"
                          r"\s+(?:from|after|before)\s+$")
_BACK_STRETCH = re.compile(r"(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:the\s+)?"
                           r"(?:recent|coming|past|last|next)\s+$"
                           r"|(?:(?:[Ii]n|[Ww]ithin)\s+(?:the\s+)?(?:(?:" + _STRETCH_MODS
                           + r")\s+)?|(?:" + _STRETCH_MODS + r")\s+)(?:\d{1,3}|" + _NUMWORD
                           + r"|[Aa]\s+couple\s+of|few)\s+$|(?<=[Tt]he )(?:\d{1,3}|" + _NUMWORD
                           + r")\s+(?:" + _STRETCH_MODS + r")\s+$")
_ERA_BC = re.compile(r"\s*(?:BCE?|B\.C\.(?:E\.)?)(?![A-Za-z])")
_BACK_CENTURY = re.compile(r"(?:" + _CENTURY_ORD + r")[\s-]+$")
# Holidays whose first word is common ("Earth", "St", "Canada") are found back from "Day":
# an anchor word that many words begin ("st" of "state") costs the anchor pass more.
_HOLIDAY_DAY_FIRSTS = ("Earth", "Canada", "Australia", "Anzac", "ANZAC", "Remembrance",
                       "Presidents", "Presidents'", "Presidents’", "President's", "President’s",
                       "Columbus", "Patrick's", "Patrick’s", "Patricks")
_BACK_HOLIDAY_DAY = re.compile(r"(?:(?:St\.?|Saint)\s+Patrick['’]?s|Earth|Canada|Australia|Anzac|"
                               r"ANZAC|Remembrance|Presidents['’]?|President['’]s|Columbus)\s+$")
# Holidays named by a word before a weekday ("Good Friday"), found back from the weekday.
_HOLIDAY_WEEKDAY_FIRSTS = ("Good ", "Black ", "Palm ", "Ash ", "Maundy ", "Shrove ", "Cyber ")
_BACKS = {"Day": _BACK_HOLIDAY_DAY, "century": _BACK_CENTURY, "Century": _BACK_CENTURY,
          "ago": _BACK_AGO, "hence": _BACK_AGO, "future": _BACK_IN_FUTURE,
          "now": _BACK_FROM_NOW, "quarter": _BACK_QUARTER, "half": _BACK_QUARTER,
          "o'clock": _BACK_OCLOCK, "o’clock": _BACK_OCLOCK, "oclock": _BACK_OCLOCK,
          **{w: _BACK_STRETCH for w in _STRETCH_UNITS}}
_BACK_PART = re.compile(r"(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\s+in\s+the\s+|[\s-])$")
_BACK_EARLY_HOURS = re.compile(r"(?<=[Tt]he\s)(?:early|small|wee)\s$")
# Words that start a date of their own and may also end one that starts before them ("3 days
# from today", "late in the evening").
_BACK_NTH = re.compile(r"(?:[Tt]he\s+)?(?:" + alternation(list(_NTH_ORDINALS)) + r"|[Tt]he\s+[1-4]"
                       r"(?:st|nd|rd|th))\s+$")
_BACKS_TOO = {**{w: _BACK_OFFSET for w in ("today", "tomorrow", "tmrw", "yesterday")},
              "next": re.compile(r"[Tt]he\s+(?:week|weekend|month|year)\s+after\s+(?:the\s+)?$"),
              "last": re.compile(r"[Tt]he\s+(?:week|weekend|month|year)\s+before\s+(?:the\s+)?$"),
              "weekend": re.compile(r"(?<=[a-z] )the\s+$"),  # "over the weekend"
              **{w: _BACK_PART for w in ("morning", "afternoon", "evening", "night")}}
# What each back pattern's match ends with before its trailing white space or hyphen (a
# necessary condition): a $-anchored search tries every start of its 40-character window,
# while this is one endswith. True: a digit may end it too.
_UNIT_ENDS = tuple(u + s for u in _list("day week month year decade fortnight hour minute")
                   for s in ("", "s"))
_MOD_ENDS = tuple(w for m in _list("last next past previous coming following upcoming")
                  for w in (m, m.title()))


def _by_last(ends: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``ends`` grouped by their last character: endswith then tests a few, not dozens."""
    return {c: tuple(e for e in ends if e[-1] == c) for c in {e[-1] for e in ends}}


# Keyed by the pattern's source: hashing a compiled pattern hashes its whole program, each time.
_BACK_ENDS: dict[str, tuple[dict[str, tuple[str, ...]], bool]] = {
    back.pattern: (_by_last(ends), digit) for back, (ends, digit) in (
        (_BACK_AGO, (_UNIT_ENDS, False)),
        (_BACK_FROM_NOW, (("from",), False)),
        (_BACK_IN_FUTURE, (("the",), False)),
        (_BACK_OCLOCK, (tuple(_NUMWORD.split("|")), False)),
        (_BACK_QUARTER, (tuple(ORDINAL_WORDS), False)),
        (_BACK_CENTURY, (tuple(w for o in _CENTURY_ORDINALS for w in (o, o.title())), False)),
        (_BACK_HOLIDAY_DAY, (_HOLIDAY_DAY_FIRSTS, False)),
        (_BACK_OFFSET, (("from", "after", "before"), False)),
        (_BACK_STRETCH, (tuple(_NUMWORD.split("|")) + ("of", "few", "recent") + _MOD_ENDS,
                         True)),
        (_BACKS_TOO["next"], (("after", "the"), False)),
        (_BACKS_TOO["last"], (("before", "the"), False)),
        (_BACKS_TOO["weekend"], (("the",), False)),
        (_BACK_PART, (("early", "Early", "late", "Late", "mid", "Mid", "the"), False)),
        (_BACK_NTH, (tuple(_NTH_ORDINALS) + ("st", "nd", "rd", "th"), False)),
    )}


def _search_back(back: re.Pattern[str], text: str, i: int) -> re.Match[str] | None:
    """``back.search(text, max(0, i - 40), i)``, skipped when the word before ``i`` cannot end
    a match (each pattern ends in a word or digit, then white space or a hyphen)."""
    lo = max(0, i - 40)
    k = i
    while k > lo and (text[k - 1].isspace() or text[k - 1] == "-"):
        k -= 1
    if k == lo:
        return None
    by_last, digit = _BACK_ENDS[back.pattern]
    ends = by_last.get(text[k - 1])
    if not ((ends is not None and text.endswith(ends, lo, k))
            or (digit and text[k - 1].isdecimal())):
        return None
    if back is _BACK_STRETCH:
        return _stretch_search(text, lo, k, i) if _stretch_may_end(text, lo, k) else None
    return back.search(text, lo, i)


_STRETCH_MOD_WORDS = frozenset(_MOD_ENDS)
_NUMWORD_ENDS = tuple(w for k in NUMBER_WORDS if " " not in k for w in (k, k.title()))
_BEFORE_STRETCH_COUNT = _MOD_ENDS + ("in", "In", "the", "couple")
_BEFORE_VAGUE_MOD = ("in", "In", "the", "over", "Over", "during", "During")


# _BACK_STRETCH is searched as two patterns. Its alternatives open with a group or a look-behind,
# which the regex engine enters at each of the window's 40 positions; here each alternative
# opens with a letter (both cases spelled out), so the engine skips to the positions where
# one may start. Its look-behind alternative ("the 10 previous ") is searched alone, only
# where a modifier ends the window. (Only the start of the match is used: which
# alternative matches does not matter.)
def _cased(words: Iterable[str], rest: str) -> list[str]:
    return [c + re.escape(w[1:]) + rest for w in words for c in (w[0].upper(), w[0])]


_COUNT_AT_END = r"(?:\d{1,3}|" + _NUMWORD + r"|[Aa]\s+couple\s+of|few)\s+$"
_MODIFIED_COUNT_AT_END = r"(?:(?:" + _STRETCH_MODS + r")\s+)?" + _COUNT_AT_END
_VAGUE_AT_END = r"(?:recent|coming|past|last|next)\s+$"
_BACK_STRETCH_WORDS = re.compile("|".join(
    _cased(["in"], r"\s+(?:the\s+)?(?:" + _VAGUE_AT_END + r"|" + _MODIFIED_COUNT_AT_END + r")")
    + _cased(["over", "during"], r"\s+(?:the\s+)?" + _VAGUE_AT_END)
    + _cased(["within"], r"\s+(?:the\s+)?" + _MODIFIED_COUNT_AT_END)
    + _cased(["last", "next", "past", "previous", "coming", "following", "upcoming"],
             r"\s+" + _COUNT_AT_END)))
_BACK_THE_COUNT_MODIFIER = re.compile(r"(?<=[Tt]he )(?:\d{1,3}|" + _NUMWORD + r")\s+(?:"
                                      + _STRETCH_MODS + r")\s+$")


def _stretch_search(text: str, lo: int, k: int, i: int) -> re.Match[str] | None:
    """``_BACK_STRETCH.search(text, lo, i)`` as far as its start goes (a count or modifier
    ends at ``k``)."""
    words = _BACK_STRETCH_WORDS.search(text, lo, i)
    if not text.endswith(_MOD_ENDS, lo, k):
        return words  # (the look-behind alternative ends with a modifier)
    counted = _BACK_THE_COUNT_MODIFIER.search(text, lo, i)
    if words is None or counted is not None and counted.start() < words.start():
        return counted
    return words


def _stretch_may_end(text: str, lo: int, k: int) -> bool:
    """Whether the word before the count or modifier ending at ``k`` lets _BACK_STRETCH match:
    "in the"/"next"/"a couple" before a count, a count before a modifier ("the 10 previous").
    Most units follow a bare count or modifier ("two years", "last year")."""
    j = k
    while j > lo and not text[j - 1].isspace():
        j -= 1
    before = j
    while before > lo and text[before - 1].isspace():
        before -= 1
    if before == j:
        return False  # the word starts the window: nothing before it to match
    if text[j:k] in _STRETCH_MOD_WORDS:  # "the 10 previous": a count before the modifier
        return (text[before - 1].isdecimal() or text.endswith(_NUMWORD_ENDS, lo, before)
                or text.endswith(_BEFORE_VAGUE_MOD, lo, before))  # "over the coming weeks"
    return text.endswith(_BEFORE_STRETCH_COUNT, lo, before)


# Minutes in words start a clock at the hour in words before them ("seven twenty-seven").
_BACK_HOUR_WORD = re.compile(r"(?<![\w-])(?i:" + alternation(list(HOUR_WORDS)) + r")\s$")
_BACK_DMW = re.compile(r"(?:[Tt]he\s+)?(?i:" + _DAY_ORD_WORD + r")\s+(?:day\s+)?of\s+$")
_BACK_MINUTES = re.compile(r"(?i:" + _MINUTE_WORD + r")(?:\s+min(?:ute)?s?)?\s+$|"
                           r"\d{1,2}\s+min(?:ute)?s?\s+$|\d{1,2}\s+$")
_BACK_HOUR = re.compile(r"(?i:" + _HOUR_WORD + r")(?:\s+o['’]clock)?(?:\s+(?:in\s+the|at))?"
                        r"\s*$")
_BACK_MINUTES_TO = re.compile(r"(?:(?i:" + _MINUTE_WORD + r")|\d{1,2})(?:\s+min(?:ute)?s?)?"
                              r"\s+to\s+$")
# Minutes in words a clock counts back from the hour by ("ten to nine"); others before "to"
# make a range ("three to four in the afternoon") unless "minutes" follows them.
# "It's 8 in the morning", "it was eight in the evening": the hour is the time of day.
_IT_IS = re.compile(r"(?<![\w'’])[Ii]t(?:['’]s|\s+(?:is|was))\s+$")
# Words before "ten to nine" that make it a clock ("and twenty to ten more" is a count).
_TO_CLOCK_PREPS = _set("at by around about before after until till circa approximately roughly "
                       "past since today tomorrow tonight yesterday") | frozenset(WEEKDAYS)
_MINUTE_UNITS = frozenset(("minutes", "minute", "mins", "min"))
_TO_AFTER_TENS = re.compile(r"(?:[-\s]five)?\s+(?:min(?:ute)?s?\s+)?to\s")
_TO_MINUTES = frozenset(("five", "ten", "twenty", "twenty-five", "twenty five", "quarter",
                         "a quarter"))
_MINUTE_KEYS = frozenset(w.split()[-1] for w in MINUTE_WORDS) | _set("min mins minute minutes")
_SET_MONTHS = frozenset(_MONTH_WORDS)
_A_BEFORE = re.compile(r"[Aa]\s+$")
# Spelled forms are found from a rarer piece of them (str.find is the fastest scan), then the
# start is looked for just before.
_BACK_OF_PERIOD = re.compile(r"(?:[Tt]he\s+)?(?:end|beginning|start|middle|rest|remainder)\s*$")
_PARTS_OF_DAY = ("morning", "afternoon", "evening")


def _find_all(text: bytes, piece: bytes) -> Iterator[int]:
    i = text.find(piece)
    while i >= 0:
        yield i
        i = text.find(piece, i + 1)


_DAY_AFTER = re.compile(r"\.?,? (?:the )?(?:\d|[Ff][io]|[Ss][ei]|[Tt][hew]|[Ee][il]|[Nn]i)")


_DOTTED_MERIDIEM = (" a.m.", " p.m.")


def _glued_meridiem(text: str, j: int) -> bool:
    """Whether "am" or "pm" is glued to the digits ending at ``j`` ("830am")."""
    return text[j:j + 2] in ("am", "pm") and not text[j + 2:j + 3].isalpha()


def _wire_digits(text: str, i: int, j: int) -> bool:
    """Whether four digits may be a 24-hour clock ("0730", "2230 GMT", "2230 hours")."""
    after = text[j + 1:j + 2]
    return text[i] == "0" or text[i - 1:i] in ("-", "–") or (
        text[j:j + 1] == " " and (after.isupper() or after in ("h", "l")))


def _digit_time(text: str, i: int) -> bool:
    """Whether the digits at ``i`` begin "7 in the evening", "10 past 9", "20 min past"."""
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return text.startswith((" in the ", " past ", " min", " at night"), j)


# The anchor words a spelled form is found from, by what must come before them: "ten past
# nine", "six pm", "one in the morning", "nine at night", "the end of the month", "year to
# date". The trie yields the longest anchor word, so a word that merely starts with one of
# these ("daylight", "nightclub") is seen too.
_SPELLED_CUES = {"past": "past", "am": "meridiem", "pm": "meridiem", "date": "date",
                 "midnight": "noon", "noon": "noon",
                 **{w: "part" for w in _ANCHOR_WORDS if w.startswith(_PARTS_OF_DAY)},
                 **{w: "night" for w in _ANCHOR_WORDS if w.startswith("night")},
                 **{w: "period" for w in _ANCHOR_WORDS
                    if w.startswith(("day", "week", "month", "year"))}}
_PERIOD_OFS = (" of ", " of the ", " of this ", " of my ")


def _dotted_meridiems(shape: bytes) -> list[int]:
    """Offsets two before each ".m." (as "p.m.", "A.M." are written: the text's ``shape``
    lower-cases them), each " . m ." ("p . m .") and ". m." ("p. m."), a pass of str.find
    each: in the shape they are whole pieces to find, where the text needs a regex or a test
    after each " . "."""
    out = []
    i = shape.find(b".m.")
    while i >= 0:
        out.append(i - 2)
        i = shape.find(b".m.", i + 3)  # (matches do not overlap, as a regex's)
    return out + [i - 2 for i in _find_all(shape, b" . m .")] + [
        i - 2 for i in _find_all(shape, b". m.")]  # "p. m."


def _spelled_starts(text: str, shape: bytes, words: list[tuple[int, str]]) -> list[int]:
    """Where "ten past nine", "seven p.m.", "one in the morning", "the end of the month" start
    (``shape``: the text's shape; ``words``: its anchor words with their offsets)."""
    out = []
    hours = _dotted_meridiems(shape)
    for w, word in words:
        cue = _SPELLED_CUES.get(word)
        if cue is None or w < 3:  # (every piece needs a few characters before the word)
            continue
        i = w - 1  # the space before the word, where its piece (" past ", " pm") starts
        if cue == "date":
            i = w - 3  # "year to date", "year-to-date"
            if text[i:w] in ("to ", "to-") and text[i - 5:i - 1] in ("year", "Year"):
                out.append(i - 9 if text[i - 9:i - 5] in ("the ", "The ") else i - 5)
        elif text[i] != " ":
            continue
        elif cue == "past":
            if text.startswith(" ", w + 4):
                k = text.rfind(" ", max(0, i - 14), i)
                prev = text[k + 1:i].lower()
                if prev in _MINUTE_KEYS or prev.isdigit():  # minutes before "past"
                    b = _BACK_MINUTES.search(text, max(0, i - 48), i + 1)
                    if b is not None:
                        out.append(b.start())
        elif cue == "meridiem":
            if not text[w + 2:w + 3].isalpha() and _word_before(text, i) in HOUR_WORDS:
                hours.append(i)
        elif cue == "part":
            if w >= 8 and text.startswith(" in the ", w - 8):
                hours.append(w - 8)
        elif cue == "noon":  # "ten to midnight" ("from ten to midnight" is a range)
            if text.startswith(" to ", w - 4):
                t = _BACK_MINUTES_TO.search(text, max(0, w - 40), w)
                if (t is not None and _counts_to_the_hour(t.group())
                        and _word_before(text, t.start()) not in _RANGE_OPENERS):
                    out.append(t.start())
        elif cue == "night":
            if text.startswith(" at ", w - 4):
                hours.append(w - 4)
            elif w >= 8 and text.startswith(" in the ", w - 8):  # "11 in the night"
                hours.append(w - 8)
        else:  # "period"
            for piece in _PERIOD_OFS:
                j = w - len(piece)
                if j >= 0 and text.startswith(piece, j):
                    b = _BACK_OF_PERIOD.search(text, max(0, j - 16), j)
                    if b is not None:
                        out.append(b.start())
                    break
    for i in hours:
        b = _BACK_HOUR.search(text, max(0, i - 40), i)
        if b is not None:
            out.append(b.start())
            if text.endswith("to ", 0, b.start()):  # "twenty to nine in the evening"
                t = _BACK_MINUTES_TO.search(text, max(0, b.start() - 40), b.start())
                if t is not None and _counts_to_the_hour(t.group()):
                    out.append(t.start())
    return out


# What may follow "last", "this", "next"... where a pattern starts with them: a period
# ("this week", "last fiscal year") or a count of units ("the past two weeks").
_MOD_WORDS = frozenset(w for m in ("this", "last", "next", "past", "previous", "coming",
                                   "following", "upcoming", "current") for w in (m, m.title()))
# (as a tree of words: under (?i) the engine enters every branch of a flat list of them)
_MOD_AFTER = re.compile(r"\s+(?:\d|(?i:" + regex_trie(
    _list("week weekend workweek month year quarter decade night morning afternoon evening "
          "calendar fiscal financial working work fortnight couple")
    + [k.split()[0] for k in NUMBER_WORDS]) + r")\b)")


# What must follow a run of up to three digits and white space for SCAN or SPELLED to read
# it: a dash ("5 - 6 pm", "12 - 2015"), "o'clock" or "of", a month, a meridiem, a range word
# ("5 to 6 pm"), a modifier ("the 10 previous weeks"), a unit ("5 days ago"), noon or
# midnight ("12 noon"), or a spelled clock's word (see _digit_time).
_DIGITS_THEN = re.compile(
    r"\s+(?:[-–o]|(?:" + _MONTH + r")(?![A-Za-z])|[aApP](?:\.|[mM]| \.| [mM](?![A-Za-z]))"
    r"|(?:to|and|until|till?|through|" + _STRETCH_MODS
    + r"|(?P<unit>(?:day|week|month|year|decade|fortnight|hour|minute)s?))\s"
    r"|in the |min|at night|noon|midnight)")


def _word_as_written(text: str, shape: bytes, i: int, j: int) -> str | None:
    """The longest anchor word written where an anchor pass over the text's ``shape`` found
    the shape of one (from ``i`` to ``j``), or None."""
    word = text[i:j]
    if word in _CUE_WORDS_AS_WRITTEN:
        return word
    if shape[i:j] not in _SHORTER_INSIDE:
        return None
    at = _CUE_WORD_AT.match(text, i)  # "MAYday": "MAY" is no anchor word, but "May" would be
    return None if at is None else at.group()


def _space_anchors(text: str, shape: bytes) -> tuple[list[tuple[int, str]], list[int]]:
    """(offset, word) of each anchor word after a space (``shape``: the text's shape), and the
    offsets where a year in words may start (see _year_first)."""
    words = []
    years = []
    for m in _SPACE_ANCHORS.finditer(shape):
        i, j = m.span()
        i += 1  # (after the space)
        word: str | None = text[i:j]
        if word not in _CUE_WORDS_AS_WRITTEN:  # (most words are written as their shape reads)
            read = shape[i:j]
            if read in _YEAR_FIRST_SHAPES:
                if _year_first(text, i, j):
                    years.append(i)
                if read not in _CUE_SHAPES:
                    continue
            word = _word_as_written(text, shape, i, j)  # "may", "MAYOR"
            if word is None:
                continue
        elif word in _YEAR_FIRST_ANCHORS and _year_first(text, i, j):  # "fifteen", "twenty"
            years.append(i)
        words.append((i, word))
    return words, years


def _year_first(text: str, i: int, j: int) -> bool:
    """Whether a year in words may start with the word ``text[i:j]`` after a space: where
    str.find would find a piece of YEAR_PIECES as written in it ("Nineteen", not
    "NINETEEN"; "two thousand" with one space) and the word ends there (YEAR_WORDS reads
    no longer word)."""
    if i < 3 or j < len(text) and text[j].isalpha():
        return False
    word = text[i:j]
    return "teen" in word or "wenty" in word or (word.endswith("wo")
                                                 and text.startswith(" thousand", j))


def _delimited_anchors(text: str, shape: bytes) -> list[tuple[int, str]]:
    """(offset, word) of each anchor word after a delimiter, the words a pass of the pattern
    "[delimiters](anchor words as written)" over ``text`` matches."""
    words: list[tuple[int, str]] = []
    pos = 0
    while True:
        m = _DELIMITED_ANCHORS.search(shape, pos)
        if m is None:
            return words
        i, j = m.span()
        i += 1  # (after the delimiter)
        word = _word_as_written(text, shape, i, j) if text[i - 1] in _DELIMITERS else None
        if word is None:  # (no match there: the pass goes on from the next character)
            pos = i
            continue
        words.append((i, word))
        pos = i + len(word)


# Anchor words that start a pattern where they stand, whatever comes before or after them:
# none of the tests of _starts' word loop applies (a month's only test is "of" before it).
_ROLE_WORDS = (_CUE_ONLY | _MOD_WORDS | _CLOCK_TENS | frozenset(_BACKS_TOO) | frozenset(_BACKS)
               | HOLIDAY_WORDS)
_PLAIN_ANCHORS = _CUE_WORDS_AS_WRITTEN - _SET_MONTHS - _ROLE_WORDS
_PLAIN_MONTHS = _SET_MONTHS - _ROLE_WORDS


# What may follow a year (four digits from 1500 to 2199) for SCAN to read it as a year or
# nothing (_YEAR_AT reads it then): every alternative before "year" in SCAN that takes such
# digits needs a dash or slash before or after ("0730-1930", "2016-11", "2014-2018"), a
# capital, "(", "h" or "l" after (24-hour clocks: "1930 GMT", "1930 hours", "1930 local
# time") or "Q"/"H" ("2019 Q3"); the others need fewer digits. Likewise a month or a weekday
# (before a non-letter) is read by its own alternative: none before it takes its letters.
_YEAR_ONLY_AFTER = frozenset(",.;:!?)\"”'’")
_YEAR_ONLY_AFTER_SPACE = frozenset("abcdefgijkmnoprstuvwxyz \n\t\xa0")
_YEAR_AT = re.compile(_SCAN_BEFORE + _YEAR_ALT)
_MONTH_DAY_AT = re.compile(_SCAN_BEFORE + _MONTH_DAY_ALT)
_WEEKDAY_AT = re.compile(_SCAN_BEFORE + _WEEKDAY_ALT)
_SET_WEEKDAYS = frozenset(_WEEKDAY_WORDS)
# Likewise at these words only the alternatives given can match (every one before them in SCAN
# needs another first letter or a second letter they do not have: "two" is no "today", "mon"
# no "morning"); a night may be "night-time", a meal after it in SCAN.
_PART_OF_DAY_AT = re.compile(_SCAN_BEFORE + r"(?:" + _PART_OF_DAY_ALT + r"|" + _MEAL_ALT + r")")
_REL_AT = re.compile(_SCAN_BEFORE + _REL_ALT)
_PERIOD_AT = re.compile(_SCAN_BEFORE + r"(?:" + _STRETCH_ALT + r"|" + _THE_N_STRETCH_ALT + r"|"
                        + _PERIOD_ALT + r")")  # ("the 10 previous weeks": _stretch reads both)
_SEASON_AT = re.compile(_SCAN_BEFORE + _SEASON_ALT)
_QUARTER_AT = re.compile(_SCAN_BEFORE + _QUARTER_ALT)
_WORD_ALONE_AT = {**{w: _PART_OF_DAY_AT for p in ("morning", "afternoon", "evening", "night")
                     for w in (p, p + "s")},
                  **{w: _REL_AT for r in ("yesterday", "today", "tomorrow", "tonight", "tonite")
                     for w in (r, r.title())},
                  **{w: _PERIOD_AT for w in _MOD_WORDS},
                  **{w: _SEASON_AT for s in ("spring", "summer", "autumn", "fall", "winter")
                     for w in (s, s.title(), s.upper())},
                  **{w: _QUARTER_AT for w in ("Q1", "Q2", "Q3", "Q4", "q1", "q2", "q3", "q4", "H1",
                                              "H2")}}
# And at one or two digits before an en dash only "5–6 pm" can ("1–0" is a score, "10–12"
# no date): the other alternatives that take such digits need a hyphen, a slash, a colon, a
# point, a space or more digits.
_HOUR_RANGE_AT = re.compile(_SCAN_BEFORE + _HOUR_RANGE_ALT)
# At up to three digits before a unit ("24 hours", "5 days ago") only "5 days ago" can: the
# others take a month, a meridiem, "o'clock", a range word or a modifier after the digits.
_AGO_AT = re.compile(_SCAN_BEFORE + _AGO_ALT)
# At up to two digits before "st", "nd", "rd" or "th" only these can: "5th of May", "the 21st
# century", "the 5th", "the 1st quarter of 2025" (the others take other characters after
# the digits; of those behind _NOT_DIGIT_CHECK only a quarter takes digits).
_ORDINAL_AT = re.compile(_SCAN_BEFORE + r"(?:" + _DAY_MONTH_ALT + r"|" + _CENTURY_ALT + r"|"
                         + _ORDINAL_ALT + r"|" + _NOT_DIGIT_CHECK + r"(?:" + _QUARTER_ALT + r"))")
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
# At three digits only these can ("the 100 previous days", "830am", "130 days ago"): the
# others take one or two digits before a separator or four digits. (The stretches read each
# other's groups.)
_THREE_DIGITS_AT = re.compile(_SCAN_BEFORE + r"(?:" + _STRETCH_ALT + r"|" + _THE_N_STRETCH_ALT
                              + r"|" + _HHMM_ALT + r"|" + _AGO_ALT + r")")
# At one or two digits before a hyphen and a letter only a day and month can ("8-Feb-2020";
# "14-year-old" is none).
_DAY_MONTH_AT = re.compile(_SCAN_BEFORE + _DAY_MONTH_ALT)
# Where _BACK_QUARTER finds "first quarter", "3rd-quarter" start only a quarter can.
_QUARTER_FROM_ORDINAL_AT = re.compile(_SCAN_BEFORE + _NOT_DIGIT_CHECK + r"(?:" + _QUARTER_ALT
                                      + r")")


def _starts(text: str) -> tuple[list[int], set[int], dict[int, re.Pattern[str]]]:
    """Offsets where a date or time may start, in order, those where a spelled form may, and
    the pattern that reads what starts at some of them as SCAN would (see _YEAR_ONLY_AFTER)."""
    return _all_starts(text)[:3]


def _all_starts(text: str) -> tuple[list[int], set[int], dict[int, re.Pattern[str]], list[int]]:
    """What _starts returns, and the offsets where a year in words may start (in order)."""
    starts = []
    spelled: set[int] = set()
    sole: dict[int, re.Pattern[str]] = {}
    n = len(text)
    shape = _anchor_shape(text)
    words, years = _space_anchors(text, shape)
    words += _delimited_anchors(text, shape)
    for m in _DIGIT_RUNS.finditer(shape):
        i, j = m.span()
        size = j - i
        before = text[i - 1] if i else " "
        if before in "'’":
            starts.append(i - 1)
            continue
        # Cheap pre-checks: most digit runs are plain numbers ("310 seats", "1,000", "3.5").
        if before in ".,:/" or before.isalnum() or size > 4:
            continue
        after = text[j] if j < n else " "
        if size == 4:
            if "15" <= text[i:i + 2] <= "21":
                if before not in "-–" and (after in _YEAR_ONLY_AFTER or after.isspace() and (
                        text[j + 1:j + 2] in _YEAR_ONLY_AFTER_SPACE)):
                    sole[i] = _YEAR_AT
            elif not (text.startswith(_DOTTED_MERIDIEM, j) or _wire_digits(text, i, j)
                      or _glued_meridiem(text, j)):
                continue
        elif size == 3:
            if after != " " and not _glued_meridiem(text, j):
                continue
        elif after == " ":
            nxt = text[j + 1] if j + 1 < n else " "
            if not (nxt.isalpha() or nxt in "o-–"):
                continue
        elif after in ".:/" and not text[j + 1:j + 2].isdigit():
            continue  # "Explorer 6.", "9: Japan": these need digits after the point or colon
        elif not (after in ":./-–'’" or after.isalpha()):
            continue
        then = _DIGITS_THEN.match(text, j) if after == " " and size < 4 else None
        if after == " " and size < 4 and then is None:
            continue  # "310 seats", "76 people": no pattern reads a number before that word
        starts.append(i)
        # Where a few of SCAN's alternatives alone can match, they are tried alone.
        if after == "–" and size < 3:
            sole[i] = _HOUR_RANGE_AT
        elif then is not None and then.lastgroup == "unit":  # (its only group: "24 hours")
            sole[i] = _AGO_AT
        elif size < 3 and text[j:j + 2] in _ORDINAL_SUFFIXES:
            sole[i] = _ORDINAL_AT
        elif size == 3:
            sole[i] = _THREE_DIGITS_AT
        elif size < 3 and after == "-" and text[j + 1:j + 2].isalpha():
            sole[i] = _DAY_MONTH_AT
    first = _ANCHOR_FIRST.match(text)
    if first is not None:
        words.append((0, first.group(0)))
    for i, word in words:
        # The trie matches the longest anchor word, and no pattern takes a letter after one:
        # "Montalvo", "News", "decision" start nothing.
        if i + len(word) < n and text[i + len(word)].isalpha() or word in _CUE_ONLY:
            continue
        if word in _PLAIN_ANCHORS:  # ("Monday", "today": no test below applies)
            starts.append(i)
            alone = _WORD_ALONE_AT.get(word)
            if alone is not None:
                sole[i] = alone
            elif word in _SET_WEEKDAYS:
                sole[i] = _WEEKDAY_AT
                if text.endswith(_HOLIDAY_WEEKDAY_FIRSTS, 0, i):  # "Good Friday"
                    starts += [i - len(w) for w in _HOLIDAY_WEEKDAY_FIRSTS
                               if text.endswith(w, 0, i)]
                b = _search_back(_BACK_NTH, text, i)
                if b is not None:  # "the second Sunday of March"
                    starts.append(b.start())
            continue
        if word in _MOD_WORDS and not _MOD_AFTER.match(text, i + len(word)):
            if word in ("next", "last"):  # "the week after next (before last)" starts before it
                b = _search_back(_BACKS_TOO[word], text, i)
                if b is not None:
                    starts.append(b.start())
            continue  # "this decision", "last time": no period after the word
        if word in _SET_MONTHS and text[i - 3:i] == "of ":
            b = _BACK_DMW.search(text, max(0, i - 40), i)
            if b is not None:
                starts.append(b.start())
                spelled.add(b.start())
        if word in _PLAIN_MONTHS:  # (no test below applies)
            starts.append(i)
            sole[i] = _MONTH_DAY_AT
            continue
        if word in _CLOCK_TENS:
            b = _BACK_HOUR_WORD.search(text, max(0, i - 7), i)
            if b is not None:
                starts.append(b.start())
                spelled.add(b.start())
            elif _TO_AFTER_TENS.match(text, i + len(word)) and (
                    word == "twenty" or "min" in text[i:i + 20]):  # "twenty(-five) to nine"
                starts.append(i)
                spelled.add(i)
            continue
        if word in _MINUTE_UNITS and text.startswith(" to ", i + len(word)):
            b = _BACK_MINUTES.search(text, max(0, i - 40), i + len(word) + 1)
            if b is not None:  # "three minutes to eight"
                starts.append(b.start())
                spelled.add(b.start())
        also = _BACKS_TOO.get(word)
        if also is not None:
            b = _search_back(also, text, i)
            if b is not None:
                starts.append(b.start())
        back = _BACKS.get(word)
        if back is not None:
            b = _search_back(back, text, i)
            if b is None and word == "hours":  # "the early hours"
                b = _BACK_EARLY_HOURS.search(text, max(0, i - 7), i)
            if b is None and word == "quarter":
                b = _A_BEFORE.search(text[max(0, i - 3):i])
                i = i - len(b.group(0)) if b is not None else i
                starts.append(i)
                spelled.add(i)
                continue
            if b is not None:
                starts.append(b.start())
                if back is _BACK_QUARTER:
                    sole[b.start()] = _QUARTER_FROM_ORDINAL_AT
            continue
        if word in HOLIDAY_WORDS and not _HOLIDAY_AT.match(text, i):
            continue  # "New Zealand", "Labour Party", "his mother": only a holiday starts so
        starts.append(i)
        alone = _WORD_ALONE_AT.get(word)
        if alone is not None:
            sole[i] = alone
    more = _spelled_starts(text, shape, words)
    starts += more
    spelled.update(more)
    starts.sort()
    return starts, spelled, sole, years


def scan(text: str, ctx: Context) -> list[Found]:
    """Every date and time in ``text`` (dates merged with an adjacent weekday or clock time)."""
    global _cache
    if _cache is not None and _cache[0] is text and _cache[1] == ctx:
        return _cache[2]
    found: list[Found] = []
    done = 0
    match = SCAN.match
    starts, spelled, sole, years = _all_starts(text)
    for i in starts:
        if i < done:
            continue
        alone = sole.get(i)
        m = match(text, i) if alone is None else alone.match(text, i)
        if m is None:
            if i in spelled or (text[i].isdigit() and _digit_time(text, i)):
                m = SPELLED.match(text, i)
        elif (m.lastgroup in ("md", "wd", "wda") and text[m.end():m.end() + 1] in (" ", ",", ".")
              and _DAY_AFTER.match(text, m.end())):
            # "June twenty-second", "Monday 21st": a spelled day after a month or weekday
            longer = SPELLED.match(text, i)
            if longer is not None and longer.end() > m.end():
                m = longer
        if m is None:
            continue
        done = m.end()
        try:
            f = _handle(text, m, ctx)
        except (ValueError, OverflowError):  # an impossible calendar date: not a date
            f = None
        if f is not None:
            found.append(f)
            if f.month_day is not None and text[f.end:f.end + 1] in _RANGE_STARTS:
                later = _day_range_end(text, f, ctx)
                if later:  # "March 3 to 5", "July 17th, 18th and 19th": the days after
                    found += later
                    done = later[-1].end
            if (f.month_day is not None and f.start >= 3 and text[f.start - 1] in _RANGE_ENDS
                    and text[f.start].isdigit()):
                # "18-19 June", "22, 23 and 24 March": the days before the last
                before = _day_range_start(text, f, ctx)
                if before:  # they replace what was read of them alone ("the 22nd")
                    found[:-1] = [x for x in found[:-1] if x.end <= before[0].start]
                    found[-1:-1] = before
    found = _offset_days(text, _parts_of_periods(text, _in_named_year(text, _merge(text, found,
                                                                                  ctx), ctx)))
    if any(f.kind == "time" for f in found):  # (both passes read clock times only)
        found = _clock_ranges(text, _hours_by_parts(text, found))
    if any(text.endswith(" ago", 0, f.end) for f in found):  # (else nothing to compound)
        found = _compound_ago(text, found)
    found = _years_in_words(text, found, years)
    found = _joined_ranges(text, _ordered_ends(text, found))
    _cache = (text, ctx, found)
    return found


_RANGE_STARTS = frozenset(" -–,")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_RANGE_AFTER = re.compile(
    # more days of a list: "July 17th, 18th and 19th", "March 3, 4 or 5"
    r"(?P<more>(?:,\s?" + _DAY + r"(?![\w.,:/%-]\d|[\w%-]))*(?=,?\s+(?:and|or)\s))?"
    r"(?:\s?[-–]\s?|,?\s+(?P<c>to|through|until|till|and|or)\s+)(?P<d2>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?(?![\w%-]|[.,:/]\d|\s?" + _AMPM + r"|\s+(?:" + _MONTH + r")(?![a-z]))"
    r"(?:,?\s+(?P<y2>" + _YEAR + r")(?![\d.,]\d))?")


_RANGE_ENDS = frozenset(" -–")
_DAY_RANGE_BEFORE = re.compile(
    r"(?<![\w.,:/$£€%-])(?P<d1s>(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    # more days of a list: "22, 23 and 24 March", "the 22nd, 23rd, 30th or 31st of March"
    r"(?P<more>(?:,\s" + _DAY + r")*(?=,?\s(?:and|or)\s))?"
    r"(?:\s?[-–]\s?|,?\s+(?P<c>to|through|until|till|and|or)\s+)$")
_LIST_DAY = re.compile(r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")


def _days_listed(m: re.Match[str], first: str) -> list[tuple[int, int, int]]:
    """(start, end, day) of each day in the list a range match holds, from group ``first``
    through "more"; empty unless they rise ("22, 23 and 24", not "5, 3 and 24")."""
    out = [(m.start(first), m.end(first + "s"), int(m.group(first)))]
    if m.group("more"):
        out += [(k.start(), k.end(), int(k.group("d")))
                for k in _LIST_DAY.finditer(m.string, m.start("more"), m.end("more"))]
    days = [d for _, _, d in out]
    return out if days == sorted(set(days)) else []


def _day_range_before(text: str, s: int, d2: int) -> bool:
    """Whether a smaller day and a dash or "to" come before the day at ``s`` ("18-19 June")."""
    m = _DAY_RANGE_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    days = _days_listed(m, "d1")
    return bool(days) and days[-1][2] < d2


def _day_range_start(text: str, f: Found, ctx: Context) -> list[Found]:
    """The first end of "18-19 June", "3 to 5 March 2025", "between 3 and 12 of Sept" (and
    the days listed before the last, "18 and 19 June", "22, 23 and 24 March")."""
    m = _DAY_RANGE_BEFORE.search(text, max(0, f.start - 40), f.start)
    if m is None or f.month_day is None or f.granularity != "day":
        return []
    month, d2 = f.month_day
    days = _days_listed(m, "d1")
    if not days or days[-1][2] >= d2 or not text[f.start:f.end].startswith(str(d2)):
        return []
    words = prev_words(text, m.start(), 1)
    prev = words[-1][0].lower() if words else ""
    if prev in _NOT_YEAR_BEFORE or prev in ("score", "scored", "won", "lost", "beat"):
        return []
    if f.reading == "absolute" and f.pinned_day is not None:
        year = f.pinned_day.year
        found = [(s1, e1, safe_date(year, month, d1)) for s1, e1, d1 in days]
        return [_absolute_day(s1, e1, d) for s1, e1, d in found if d is not None]
    return _days_of(days, month, ctx, _tense_direction(text, days[0][0], f.end, "nearest"))


_DAY_TAIL = re.compile(r"(?<![\d,])\s(\d{1,2})(?:st|nd|rd|th)?$")


_VERB_CUES = frozenset(("past", "fut", "fip", "pres"))


def _day_range_end(text: str, f: Found, ctx: Context) -> list[Found]:
    """The second end of "March 3 to 5", "March 3-5, 2025", "between June 3 and 6" (and the
    days listed after the first, "July 17th, 18th and 19th")."""
    m = _DAY_RANGE_AFTER.match(text, f.end)
    if m is None or f.granularity != "day" or f.month_day is None:
        return []
    month, d1 = f.month_day
    listed = [(k.start(), k.end(), int(k.group("d")))
              for k in _LIST_DAY.finditer(text, m.start("more"), m.end("more"))
              ] if m.group("more") else []
    listed.append((m.start("d2"), m.end(), int(m.group("d2"))))
    days = [d1] + [d for _, _, d in listed]
    tail = _DAY_TAIL.search(text, max(f.start, f.end - 5), f.end)
    if days != sorted(set(days)) or tail is None or int(tail.group(1)) != d1:
        return []  # the first end must end with its day: not "3 March", "March 3, 2025"
    if (m.group("c") == "and" and not m.group("more") and _word_before(text, f.start) != "between"
            and text[m.end():m.end() + 1] not in (".", ",", ";", ")", "")):
        return []  # two days need "between" or the clause's end: "March 3 and 4 Democrats"
    nxt = next_word(text, m.end()).rstrip(".,")
    if nxt[:1].islower() and nxt not in _FUNCTION_WORDS and _cue(nxt) not in _VERB_CUES:
        return []  # "March 3 to 5 seats" (but "the rally on Nov. 5-6 drew crowds")
    y2 = m.group("y2")
    if y2 or f.reading == "absolute":
        year = int(y2) if y2 else f.pinned_day.year if f.pinned_day else 0
        if any(safe_date(year, month, d) is None for _, _, d in listed):
            return []
        if y2 and f.reading != "absolute":  # the first end takes the second's year
            d0 = safe_date(year, month, d1)
            if d0 is not None:
                f.value = f.timex = _iso(d0)
                f.low = f.high = f.pinned_day = d0
                f.reading = "absolute"
        return [_absolute_day(s2, e2, date(year, month, d)) for s2, e2, d in listed]
    if safe_date(2000, month, days[-1]) is None:
        return []
    if f.low is not None and f.low == f.high:
        # The first end read as one day ("held on March 3-5" in the past): the later days are
        # of its year, not each the nearest in the tense's direction (March 5 a year back).
        later = [safe_date(f.low.year, month, d) for _, _, d in listed]
        if None in later:
            return []
        return [_one_day(s2, e2, day, f.reading, f"XXXX-{month:02d}-{day.day:02d}")
                for (s2, e2, _), day in zip(listed, later, strict=True) if day is not None]
    return _days_of(listed, month, ctx, _tense_direction(text, f.start, m.end(), "nearest"))


def _days_of(days: list[tuple[int, int, int]], month: int, ctx: Context,
             direction: str) -> list[Found]:
    """The (start, end, day) of a range or list as days of ``month``, read in one direction."""
    out = []
    for start, end, d in days:
        f = relative(start, end, ctx, direction, monthday_occ(month, d),
                     f"XXXX-{month:02d}-{d:02d}", "day", cycle=365)
        f.month_day = (month, d)
        out.append(f)
    return out


def _tense_direction(text: str, start: int, end: int, default: str) -> str:
    tense = tense_at(text, start, end)
    if tense == "past" and text.endswith(_DEFERRED_TO, 0, start) and _DEFERRED.search(
            text, max(0, start - 60), start):
        return "fip"  # "was adjourned until December 12": a day after the past act
    return tense or default


# A past verb that moves something to a later day ("the hearing was adjourned until ..."),
# within a few words before "until", "till" or "to" and the date.
# "The bench listed the matter for hearing on November 21" too.
_DEFERRED_TO = (" until ", " till ", " to ", " on ")
_DEFERRED = re.compile(r"\b(?:adjourned|postponed|deferred|delayed|extended|remanded|"
                       r"rescheduled|pushed\s+back|put\s+off|moved)\b(?:\s+\S+){0,6}?\s+"
                       r"(?:until|till|to)\s+$"
                       r"|\b(?:listed|posted|fixed|adjourned|deferred|set)\b(?:\s+\S+){0,4}?\s+for\s+"
                       r"(?:(?:a|further|final|the|next)\s+)*(?:hearing|trial|sentencing|arguments)"
                       r"\s+on\s+$")


def _part(words: list[tuple[str, int]]) -> tuple[int, int, int] | None:
    """(third, new start) from 'early'/'mid'/'late'/'the end of' right before the expression."""
    if not words:
        return None
    w, pos = words[-1]
    lw = w.lower()
    if lw in ("early", "mid", "late") and lw in _PART_WORDS:
        return _PART_WORDS[lw][0], pos, 0
    if lw == "of" and len(words) >= 2 and words[-2][0].lower() in ("end", "beginning", "start",
                                                                      "middle"):
        third = _PART_WORDS[words[-2][0].lower()][0]
        pos = words[-2][1]
        if len(words) >= 3 and words[-3][0].lower() == "the":
            pos = words[-3][1]
        return third, pos, 0
    return None


_HYPHENED_PARTS = ("end-", "End-", "start-", "Start-")


def _hyphened_part(text: str, s: int) -> tuple[int, int, int] | None:
    """(third, new start) from "end-" or "start-" glued before a month or year (wire style:
    "at end-March", "by end-2016"; "end March" may be the verb)."""
    if text[s - 1:s] != "-" or not text.endswith(_HYPHENED_PARTS, 0, s):
        return None
    word = text[max(0, s - 6):s - 1].split()[-1].lower()
    start = s - len(word) - 1
    if start > 0 and text[start - 1].isalpha():
        return None  # "weekend-"
    return _PART_WORDS[word][0], start, 0


_APOSTROPHE_YEAR_PREPS = _set("in of since from the by until till before after during")


def _apostrophe_year(text: str, s: int, e: int, yy: int, ctx: Context) -> Found | None:
    """"In '62", "the class of '98": a year in its last two digits, after a preposition (a
    quoted number is no year); of this century up to the reference's year, else the last."""
    if _word_before(text, s) not in _APOSTROPHE_YEAR_PREPS:
        return None
    now = ctx.reference_date.year if ctx.reference_date else 2030
    y = 2000 + yy if 2000 + yy <= now else 1900 + yy
    return Found(s, e, "date", str(y), str(y), "year", "absolute", date(y, 1, 1), date(y, 12, 31))


# Fixed-date holidays; Independence Day is the US one (the usual reading in English news).
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new years day": (1, 1), "new years eve": (12, 31),
             "valentines day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "independence day": (7, 4), "juneteenth": (6, 19), "veterans day": (11, 11),
             "armistice day": (11, 11), "bastille day": (7, 14),
             "international workers day": (5, 1), "earth day": (4, 22),
             "st patricks day": (3, 17), "canada day": (7, 1), "australia day": (1, 26),
             "anzac day": (4, 25), "remembrance day": (11, 11)}


def _easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month, day = divmod(h + j - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of the month (n = -1: the last one)."""
    if n < 0:
        d = date(y, month, last_day(y, month))
        return d - timedelta(days=(d.weekday() - weekday) % 7)
    d = date(y, month, 1)
    return d + timedelta(days=(weekday - d.weekday()) % 7 + 7 * (n - 1))


# Movable holidays: the day in a given year, and the month the timex can pin (0: none).
_MOVABLE: dict[str, tuple[Callable[[int], date], int]] = {
    "thanksgiving": (lambda y: _nth_weekday(y, 11, 3, 4), 11),
    "labor day": (lambda y: _nth_weekday(y, 9, 0, 1), 9),
    "memorial day": (lambda y: _nth_weekday(y, 5, 0, -1), 5),
    "martin luther king day": (lambda y: _nth_weekday(y, 1, 0, 3), 1),
    # Mother's and Father's Day as the US, Canada, India, Japan and others keep them
    "mothers day": (lambda y: _nth_weekday(y, 5, 6, 2), 5),
    "fathers day": (lambda y: _nth_weekday(y, 6, 6, 3), 6),
    "easter": (_easter, 0),
    "easter monday": (lambda y: _easter(y) + ONE_DAY, 0),
    "good friday": (lambda y: _easter(y) - timedelta(days=2), 0),
    "maundy thursday": (lambda y: _easter(y) - timedelta(days=3), 0),
    "palm sunday": (lambda y: _easter(y) - timedelta(days=7), 0),
    "ash wednesday": (lambda y: _easter(y) - timedelta(days=46), 0),
    "shrove tuesday": (lambda y: _easter(y) - timedelta(days=47), 0),
    "black friday": (lambda y: _nth_weekday(y, 11, 3, 4) + ONE_DAY, 11),
    "cyber monday": (lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4), 0),
    "presidents day": (lambda y: _nth_weekday(y, 2, 0, 3), 2),
    "columbus day": (lambda y: _nth_weekday(y, 10, 0, 2), 10),
}
_HOLIDAY_ALIASES = {"thanksgiving day": "thanksgiving", "labour day": "labor day",
                    "easter sunday": "easter", "mlk day": "martin luther king day",
                    "martin luther king jr day": "martin luther king day",
                    "saint patricks day": "st patricks day"}


def yearly_occ(day_in: Callable[[int], date]) -> Occ:
    """A day that comes back once a year (``day_in(year)``), before or after the anchor."""
    def occ(a: date, how: str) -> Reading:
        here = day_in(a.year)
        past = here if here <= a else day_in(a.year - 1)
        future = here if here >= a else day_in(a.year + 1)
        return _pick(day_reading(past), day_reading(future), a, how)

    return occ


def _holiday_name(raw: str) -> str:
    name = re.sub(r"[.,'’]", "", " ".join(raw.lower().split()))
    return _HOLIDAY_ALIASES.get(name, name)


def _weekend_occ(a: date, how: str) -> Reading:
    """The weekend before the anchor (the anchor's own on a Saturday or Sunday) or after it."""
    if how == "future":
        sat = a + timedelta(days=(5 - a.weekday()) % 7) if a.weekday() < 6 else a - ONE_DAY
    else:
        sat = a - timedelta(days=(a.weekday() - 5) % 7)
    return Reading(week_value(sat) + "-WE", sat, sat + ONE_DAY)


def weekend_of(d: date, thursday: bool = False) -> Reading | None:
    """The long weekend a holiday falls in: Sat-Mon for a Monday, Fri-Sun for a Friday,
    Thu-Sun for Thanksgiving, Fri-Mon for Easter; None for a day in mid-week."""
    wd = d.weekday()
    if wd == 0:
        lo, hi = d - timedelta(days=2), d
    elif wd == 3 and thursday:
        lo, hi = d, d + timedelta(days=3)
    elif wd == 4:
        lo, hi = d, d + timedelta(days=2)
    elif wd == 5:
        lo, hi = d, d + ONE_DAY
    elif wd == 6:
        lo, hi = d - timedelta(days=1), d
    else:
        return None
    sat = lo + timedelta(days=(5 - lo.weekday()) % 7) if lo.weekday() < 5 else lo
    return Reading(week_value(sat) + "-WE", lo, hi)


def _holiday_weekend(text: str, s: int, e: int, ctx: Context, raw: str,
                     yraw: str | None) -> Found | None:
    """"Labor Day weekend", "Easter weekend 2025": the long weekend holding the holiday."""
    name = _holiday_name(raw)
    day_in: Callable[[int], date]
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        day_in = lambda y: date(y, month, day)  # noqa: E731
    else:
        day_in = _MOVABLE[name][0]
    if name == "easter":
        def weekend(y: int) -> Reading | None:
            d = _easter(y)
            return Reading(week_value(d) + "-WE", d - timedelta(days=2), d + ONE_DAY)
    else:
        def weekend(y: int) -> Reading | None:
            return weekend_of(day_in(y), thursday=name == "thanksgiving")
    if yraw:
        r = weekend(int(yraw))
        if r is None:
            return None
        return Found(s, e, "date", r.value, r.value, "week", "absolute", r.low, r.high)
    ref = ctx.reference_date or date(2000, 1, 1)
    if weekend(ref.year) is None or weekend(ref.year - 1) is None or weekend(ref.year + 1) is None:
        return None  # a fixed holiday in mid-week: no weekend of its own

    def occ(a: date, how: str) -> Reading:
        here = weekend(a.year)
        before, after = weekend(a.year - 1), weekend(a.year + 1)
        assert here is not None and before is not None and after is not None
        past = here if here.low <= a else before
        future = here if here.high >= a else after
        return _pick(past, future, a, how)

    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, occ, "XXXX-WXX-WE", "week", cycle=365,
                    key=("weekend", name))


def _holiday(text: str, s: int, e: int, ctx: Context, raw: str,
             yraw: str | None, rel: str | None = None) -> Found | None:
    if _after_a_name(text, s):
        return None  # "illustrator Johnnie Christmas": a family name
    name = _holiday_name(raw)
    if rel:  # "Easter last year", "Christmas of next year"
        return _holiday_in_year(s, e, ctx, name, _PERIOD_STEPS[rel.lower()])
    words = prev_words(text, s, 1) if not yraw else []
    step = _HOLIDAY_STEPS.get(words[-1][0].lower()) if words else None
    if step is not None:  # "next Easter", "last Christmas", "this Thanksgiving"
        s = words[-1][1]
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        if yraw:
            return _absolute_day(s, e, date(int(yraw), month, day))
        if step is not None:
            return _stepped_holiday(s, e, ctx, lambda y: date(y, month, day), step,
                                    f"XXXX-{month:02d}-{day:02d}")
        direction = _tense_direction(text, s, e, "nearest")
        f = relative(s, e, ctx, direction, monthday_occ(month, day),
                     f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
        f.month_day = (month, day)
        return f
    day_in, month = _MOVABLE[name]
    if yraw:
        return _absolute_day(s, e, day_in(int(yraw)))
    timex = f"XXXX-{month:02d}" if month else "XXXX"
    if step is not None:
        return _stepped_holiday(s, e, ctx, day_in, step, timex)
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, yearly_occ(day_in), timex, "day", cycle=365,
                    key=(name,))

_HOLIDAY_STEPS = {"last": -1, "next": 1, "this": 0, "coming": 1}


def _named_year(ctx: Context, rel: str | None) -> str | None:
    """The year "this/next/last" names, as digits (None without ``rel`` or a reference)."""
    if not rel or ctx.reference_date is None:
        return None
    return str(ctx.reference_date.year + _PERIOD_STEPS[rel.lower()])


def _holiday_in_year(s: int, e: int, ctx: Context, name: str, step: int) -> Found:
    """The holiday ``name`` in the year ``step`` years from the reference's."""
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        day_in: Callable[[int], date] = lambda y: date(y, month, day)  # noqa: E731
        timex = f"XXXX-{month:02d}-{day:02d}"
    else:
        day_in, month = _MOVABLE[name]
        timex = f"XXXX-{month:02d}" if month else "XXXX"
    f = relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(day_in(a.year + step))),
                 timex, "day", pinned=True, key=("holiday in year", name, step))
    if name in _HOLIDAYS:
        f.month_day = _HOLIDAYS[name]
    return f


def _stepped_holiday(s: int, e: int, ctx: Context, day_in: Callable[[int], date], step: int,
                     timex: str) -> Found:
    """"Next Easter" (the coming one), "last Christmas" (the one before the reference), "this
    Thanksgiving" (the reference year's)."""
    if step == 0:
        return relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(day_in(a.year))),
                        timex, "day", pinned=True, key=("this holiday", day_in(2000)))
    return relative(s, e, ctx, "past" if step < 0 else "future", yearly_occ(day_in), timex,
                    "day", cycle=365, key=("stepped holiday", day_in(2000)))


# The last group to close names the alternative, except where a trailing group sits outside it.
_OUTER = {"agofn": "ago", "hrap": "hr", "yr2": "yr", "holy": "hol", "holr": "hol", "wdp": "wd",
          "yrs": "year", "seay2": "sea",
          "ctz": "clock", "clocal": "clock", "htz": "hour", "hlocal": "hour", "seay": "sea",
          "ctzo": "clock", "htzo": "hour", "mtzo": "mil", "ctzu": "clock", "htzu": "hour",
          "mtzu": "mil", "ctzs": "clock", "htzs": "hour", "mtzs": "mil",
          "milhrs": "mil", "mtz": "mil", "mlocal": "mil", "pods": "pod", "nish": "noon",
          "ntz": "noon", "nlocal": "noon", "ntzo": "noon", "ntzu": "noon", "ntzs": "noon",
          "ishh": "ish", "hmap2": "hhmm"}


def _handle(text: str, m: re.Match[str], ctx: Context) -> Found | None:
    kind = m.lastgroup or ""
    kind = _OUTER.get(kind, kind)
    g = m.group
    s, e = m.span()
    at_digit = text[s:s + 1].isdigit()
    # Digits glued to a number before (phone numbers, ranges, "+81 2018"): not a date.
    if (at_digit and s >= 2 and text[s - 1] in "- " and text[s - 2].isdigit()
            and not (kind == "clock" and (m.group("cm") or m.group("cdm") or m.group("cbm"))
                     and ((text[s - 1] == " " and (m.group("campm") or m.group("ctz")))
                          or _DATE_BEFORE.search(text, max(0, s - 12), s)
                          or _MONTH_DAY_BEFORE.search(text, max(0, s - 16), s)
                          or _DATED_BEFORE.search(text, max(0, s - 24), s)
                          or _CLOCK_RANGE_BEFORE.search(text, max(0, s - 14), s)))
            # "week 10 8 p.m.": a meridiem makes an hour a time whatever number comes before
            and not (kind == "hour" and (text[s - 1] == " "
                                         or _HOUR_RANGE_BEFORE.search(text, max(0, s - 9), s)))
            and kind != "mil"  # "0730-0930": _wire_clock reads the range
            and not (kind == "year" and _second_year(text, s, int(g("year"))))
            and not (kind == "dm" and _day_range_before(text, s, int(g("dmd").rstrip("stndrh"))))):
        return None  # (but "23.04.2022 14:55" is a date and its time, "5-6 pm" two times)
    if at_digit and (_in_url(text, s) or (s >= 2 and text[s - 1] == " " and text[s - 2] in "$£€¥")):
        return None
    # (the commonest kinds first)
    if kind == "md":
        if g("msd"):  # Oct/2
            return _month_day(text, s, e, ctx, g("mdm"), g("msd"), None)
        if g("msy"):  # Dec/2018
            return _month(text, s, e, ctx, g("mdm"), g("msy"))
        if g("mdd"):
            return _month_day(text, s, e, ctx, g("mdm"), g("mdd"), g("mdy"))
        return _month(text, s, e, ctx, g("mdm"), g("my"))
    if kind in ("wd", "wda"):
        return _weekday(text, s, e, m, ctx)
    if kind == "year":
        return _year(text, s, e, m)
    if kind == "iso":
        d = safe_date(int(g("isoy")), int(g("isom")), int(g("isod")))
        if d is None:
            return None
        if g("isoh"):  # 2026-02-09T00:30:00Z
            clock = f"T{g('isoh')}:{g('isomi')}" + (f":{g('isos')}" if g("isos") else "")
            zone = g("isoz")
            unit = "UTC" if zone == "Z" else zone and _with_offset("UTC", zone)
            return Found(s, e, "time", _iso(d) + clock, _iso(d) + clock, "minute",
                         "absolute", d, d, unit=unit)
        return _absolute_day(s, e, d)
    if kind == "num":
        return _numeric(s, e, m)
    if kind in ("clock", "hour", "noon", "ocl", "wt", "hr", "hhmm", "mil", "ish"):
        return _time(text, s, e, m)
    if kind == "dmw":
        return _month_day(text, s, e, ctx, g("dmwm"), g("dmwd"), g("dmwy"))
    if kind == "mdw":
        return _month_day(text, s, e, ctx, g("mdwm"), g("mdwd"), g("mdwy"))
    if kind == "wdn":
        return _weekday_day(text, s, e, ctx, WEEKDAYS[g("wdnw").lower()], int(g("wdnd")))
    if kind == "eop":
        if g("eopp").lower() in ("rest", "remainder"):  # "for the rest of the year"
            return _period_of(s, e, 0, g("eopu"), ctx, "later", -1) if g("eopu") != "day" \
                else _rel(text, s, e, "today", ctx)
        if g("eopu") == "day":  # "by the end of the day": the reference day
            return _end_of_day(text, s, e, ctx)
        return _period(text, s, e, "this", g("eopu"), ctx,
                       third=_PART_WORDS[g("eopp").lower()][0])
    if kind == "eod":
        return _end_of_day(text, s, e, ctx)
    if kind == "dm":
        return _month_day(text, s, e, ctx, g("dmm"), g("dmd"), g("dmy"))
    if kind == "nmd":
        return _slash_day(text, s, e, ctx, g("nmd1"), g("nmd2"))
    if kind == "yr":
        return _first_year(text, s, e, int(g("yr")), int(g("yr2")))
    if kind == "d2":  # "the 70s": of the 1900s
        return _decade(text, s, e, 1900 + 10 * int(g("d2")))
    if kind == "apy":
        return _apostrophe_year(text, s, e, int(g("apy")), ctx)
    if kind == "apd":
        digit = int(g("apd"))
        return _decade(text, s, e, (2000 if digit <= 1 else 1900) + digit * 10)
    if kind in ("cent", "centw"):  # the 21st century: 2001-2100
        n = int(g("centn")) if kind == "cent" else _CENTURY_ORDINALS[
            " ".join(g("centwn").lower().split())]
        if n == 0 or _ERA_BC.match(text, e):
            return None
        lo, hi = date((n - 1) * 100 + 1, 1, 1), date(n * 100, 12, 31)
        return Found(s, e, "date", f"{n - 1:02d}XX", f"{n - 1:02d}XX", "century", "absolute",
                     lo, hi)
    if kind == "ord":
        return _ordinal(text, s, e, ctx, int(g("ord")[:-2]))
    if kind == "rel":
        return _rel(text, s, e, g("rel").lower().replace("tonite", "tonight"), ctx)
    if kind == "per":
        if g("perf"):
            return _fiscal_period(s, e, _PERIOD_STEPS[g("perm").lower()], ctx)
        unit = "week" if g("peru") == "workweek" else g("peru")
        return _period(text, s, e, g("perm").lower(), unit, ctx)
    if kind == "ymw":
        return _month(text, s, e, ctx, g("ymwm"), g("ymwy"))
    if kind == "yy":
        return _two_digit_year_range(text, s, e, int(g("yyy")), g("yys"), int(g("yy2")))
    if kind == "ym":
        y, mo = int(g("ymy")), int(g("ymm"))
        if mo == (y + 1) % 100:
            return None  # "the 2011-12 season": two years
        lo, hi = month_span(y, mo)
        return Found(s, e, "date", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}", "month", "absolute",
                     lo, hi)
    if kind == "nmy":
        y, mo = int(g("nmyy")), int(g("nmym"))
        lo, hi = month_span(y, mo)
        return Found(s, e, "date", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}", "month", "absolute",
                     lo, hi)
    if kind == "dcw":
        return _decade_word(text, s, e, g("dcw").lower())
    if kind == "fy":
        return _fiscal_label(s, e, g("fyy"), g("fyy2"))
    if kind == "owk":  # "over the weekend": the last one or the coming one, by tense
        if _word_before(text, s).lower() not in ("over", "during", "on", "at") or \
                text.startswith(" of ", e):
            return None  # "the weekend of May 3" is May 3's
        direction = _tense_direction(text, s, e, "ambiguous")
        return relative(s, e, ctx, "ambiguous" if direction == "nearest" else direction,
                        _weekend_occ, "XXXX-WXX-WE", "week")
    if kind == "wan":  # the week (month, year) after next, before last
        return _period_of(s, e, -2 if g("wanb") else 2, g("wanu"), ctx, "", -1)
    if kind == "ytd":
        return relative(s, e, ctx, "fixed", fixed_occ(_year_to_date), "XXXX", "day", pinned=True,
                        key=("ytd",))
    if kind == "ago":
        later = bool(g("agoh")) or g("agod") in ("from", "after")  # "2 days hence"
        if later and g("agod") != "after" and _word_before(text, s).lower() == "for":
            return None  # "stayed for 3 days from today": a length that starts today
        base = (g("agofn") or "now").lower()
        return _ago(s, e, g("agon"), g("agou"), ctx, 1 if later else -1,
                    _DAY_OFFSETS.get(base, 0))
    if kind == "spv":
        return _vague_stretch(text, s, e, g("spvm"), g("spvu"), ctx)
    if kind in ("sp", "spr"):
        return _stretch(text, s, e, m, ctx)
    if kind == "pod":
        return _part_of_day(text, s, e, g("podm"), g("podu"), bool(g("pods")))
    if kind == "eh":
        return _early_hours(text, s, e)
    if kind == "meal":
        return _meal(text, s, e, g("mealw") or g("mealdt"), bool(g("mealt") or g("mealdt")))
    if kind == "sea":
        return _season(text, s, e, m, ctx)
    if kind == "nwd":
        return _nth_weekday_of(text, s, e, ctx, g("nwdo"), g("nwdw"), g("nwdm"), g("nwdy"))
    if kind == "hol":
        if g("holw"):
            wk = _holiday_weekend(text, s, e, ctx, g("holn"), g("holy") or _named_year(
                ctx, g("holr")))
            if wk is not None and g("holr") and ctx.reference_date is not None:
                wk.reading = _side_of(wk.low, wk.high, ctx.reference_date)  # "... last year"
            return wk or _holiday(text, s, m.end("holn"), ctx, g("holn"), None)
        return _holiday(text, s, e, ctx, g("holn"), g("holy"), g("holr"))
    if kind == "yq":
        unit = "half" if g("yqh") in "Hh" else "quarter"
        r = part_of_year(int(g("yqy")), unit, int(g("yqn")))
        return None if r is None else Found(s, e, "date", r.value, r.value, unit, "absolute",
                                            r.low, r.high)
    if kind == "q":
        return _quarter(text, s, e, m, ctx)
    return None


# A day after "the end of the day" names it ("by the end of the day Saturday").
_DAY_FOLLOWS = re.compile(r",?\s(?:on\s)?(?:" + _WEEKDAY + r"|[Tt]oday|[Tt]omorrow|[Yy]esterday)"
                          r"(?![A-Za-z])")
# What ends a literal "at the end of the day" ("announced at the end of the day."); else it is
# the idiom "ultimately" ("At the end of the day, voters decide").
_CLAUSE_END = re.compile(r"\s*(?:[.;!?)\n]|$)")


def _end_of_day(text: str, s: int, e: int, ctx: Context) -> Found | None:
    """"By the end of the day", "EOD": the reference day, unless a day follows to name it
    (that day is the claim) or it is the idiom "at the end of the day"."""
    if _DAY_FOLLOWS.match(text, e):
        return None
    if text[s:e].lower().endswith("day") and _word_before(text, s) == "at" \
            and not _CLAUSE_END.match(text, e):
        return None
    return _rel(text, s, e, "today", ctx)


def part_of_year(y: int, unit: str, n: int) -> Reading | None:
    """Quarter or half ``n`` of year ``y`` (2026-Q3, 2026-H1)."""
    months = 3 if unit == "quarter" else 6
    if not 1 <= n <= 12 // months:
        return None
    first, last = months * (n - 1) + 1, months * n
    code = f"{y}-{'Q' if unit == 'quarter' else 'H'}{n}"
    return Reading(code, date(y, first, 1), date(y, last, last_day(y, last)))


def part_of_year_occ(unit: str, n: int) -> Occ:
    def occ(a: date, how: str) -> Reading:
        here = part_of_year(a.year, unit, n)
        assert here is not None
        past = here if here.low <= a else part_of_year(a.year - 1, unit, n)
        future = here if here.high >= a else part_of_year(a.year + 1, unit, n)
        return _pick(past, future, a, how)

    return occ


# A business word in the sentence makes "the first quarter" a quarter of the year; in a
# sports report it is one of the game ("scored in the first quarter", "the second half").
_BUSINESS_WORDS = _set(
    "profit profits revenue revenues sales earnings growth gdp economy economic results output "
    "income loss losses margin margins quarterly fiscal year-on-year annualised annualized "
    "deliveries shipments inflation unemployment export exports import imports investment "
    "dividend dividends turnover forecast forecasts")
_WORD_CHARS = re.compile(r"[a-z-]+")


def _bare_quarter(text: str, s: int, e: int, n: int, unit: str, ctx: Context) -> Found | None:
    """"Profit rose in the first quarter": the quarter (or half) of the year that began last,
    or comes next, by tense; none where the sentence names no business."""
    low = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 200) + 1
    high = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0),
               default=len(text))
    if _BUSINESS_WORDS.isdisjoint(_WORD_CHARS.findall(text[low:min(high, e + 200)].lower())):
        return None
    timex = f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n}"
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, part_of_year_occ(unit, n), timex, unit, cycle=365)


_FISCAL_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:FY|[Ff]iscal\b)")
_QUARTER_PREPS = _set("in during by for since until till before after of from through and to "
                      "or early late mid this")


def _quarter(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    """Q3 2026, H1 2026, the first quarter of 2026 / of this year; "in Q3" alone."""
    g = m.group
    if g("qb"):
        return _bare_quarter(text, s, e, ORDINAL_WORDS[g("qb")], g("qbu"), ctx)
    if g("qn"):
        n, unit = int(g("qn")), "half" if g("qh") in "Hh" else "quarter"
    else:
        n, unit = ORDINAL_WORDS[g("qo")], g("qu")
    yraw = g("qy") or g("qoy")
    if yraw:
        r = part_of_year(int(yraw), unit, n)
        return None if r is None else Found(s, e, "date", r.value, r.value, unit, "absolute",
                                            r.low, r.high)
    if part_of_year(2000, unit, n) is None:
        return None
    timex = f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n}"
    rel = g("qrel")
    if rel:  # "the first quarter of last year"
        if _word_before(text, s) == "the":
            s = prev_words(text, s, 1)[-1][1]
        step = {"last": -1, "next": 1}.get(rel, 0)

        def of_year(a: date) -> Reading:
            r = part_of_year(a.year + step, unit, n)
            assert r is not None
            return r

        return relative(s, e, ctx, "fixed", fixed_occ(of_year), timex, unit, pinned=True,
                        key=(rel,))
    # "in Q3": a bare Q or H only after a preposition (Audi Q3, H1 headings are not dates)
    if g("qh") not in "Qq" or _word_before(text, s) not in _QUARTER_PREPS:
        return None
    if _FISCAL_AFTER.match(text, e):
        return None  # "Q3 FY17": a quarter of a fiscal year, whose months the text leaves open
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, part_of_year_occ(unit, n), timex, unit, cycle=365)


_DATE_BEFORE = re.compile(r"\d[./-]\d{2,4} $")
_MONTH_DAY_BEFORE = re.compile(r"\b(?:" + _MONTH + r")\.?\s(?:[12]\d|3[01]|0?[1-9]),?\s$")
# "March 3 2019 17:20", "3 March 2019 17:20": a written date with its year before a clock.
_DATED_BEFORE = re.compile(
    r"(?:\b(?:" + _MONTH + r")\.?\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?<![\d.,:/-])"
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s(?:" + _MONTH + r")\.?),?\s(?:1[89]|20)\d\d,?\s$")
_CLOCK_RANGE_BEFORE = re.compile(r"(?:(?<![\d.,:/-])(?:[01]?\d|2[0-3])[:.][0-5]\d|\b(?:[Bb]etween|"
                                 r"[Ff]rom)\s(?:[01]?\d|2[0-3]))\s?[-–]\s?$")
_HOUR_RANGE_BEFORE = re.compile(r"(?<![\d.,:/-])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[-–]\s?$")


def _in_url(text: str, s: int) -> bool:
    i = s - 1
    lo = max(0, s - 120)
    while i >= lo and not text[i].isspace():
        if text[i] in "/@#=?&_":
            return True
        i -= 1
    return False


def _nth_weekday_of(text: str, s: int, e: int, ctx: Context, nth: str, wday: str, mname: str,
                    yraw: str | None) -> Found | None:
    """"The second Sunday of March": that day of the year written, or else of the year the
    tense or the nearest occurrence decides (as a movable holiday). "The first Thursday of
    each month" recurs: no date."""
    n = _NTH_ORDINALS.get(nth.lower()) or int(nth[0])
    weekday = WEEKDAYS[wday.lower().rstrip(".")]
    if mname.endswith("month"):
        step = _PERIOD_STEPS.get(mname.split()[0])
        return None if step is None else _nth_weekday_of_month(s, e, ctx, n, weekday, step)
    month = MONTHS[mname.lower().rstrip(".")]

    def day_in(y: int) -> date:  # (a month without a fifth such weekday: its last)
        d = _nth_weekday(y, month, weekday, n)
        return d if d.month == month else _nth_weekday(y, month, weekday, -1)

    if yraw:
        return _absolute_day(s, e, day_in(int(yraw)))
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, yearly_occ(day_in), f"XXXX-{month:02d}", "day",
                    cycle=365, key=("nth weekday", n, weekday, month))


def _nth_weekday_of_month(s: int, e: int, ctx: Context, n: int, weekday: int,
                          step: int) -> Found:
    """"The first Friday of next month": that day of the month ``step`` months from the
    reference's."""

    def day_in(a: date) -> Reading:
        y, month = add_months(a.year, a.month, step)
        d = _nth_weekday(y, month, weekday, n)
        return day_reading(d if d.month == month else _nth_weekday(y, month, weekday, -1))

    return relative(s, e, ctx, "fixed", fixed_occ(day_in), "XXXX-XX-XX", "day", pinned=True,
                    key=("nth weekday of month", n, weekday, step))


def _absolute_day(s: int, e: int, d: date) -> Found:
    return _one_day(s, e, d, "absolute")


def _one_day(s: int, e: int, d: date, reading: str, timex: str | None = None) -> Found:
    """The day ``d`` as one date read so (its timex the day itself unless given)."""
    day = _iso(d)
    return Found(s, e, "date", day, timex or day, "day", reading, d, d, pinned_day=d,
                 month_day=(d.month, d.day))


def _numeric(s: int, e: int, m: re.Match[str]) -> Found | None:
    a, b, y = int(m.group("n1")), int(m.group("n2")), m.group("n3")
    if len(y) == 2:
        if m.group("nsep") == ".":
            return None  # 1.2.26 is a version more often than a date
        year = 2000 + int(y) if int(y) < 70 else 1900 + int(y)
    else:
        year = int(y)
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a or a == b:
        day, month = b, a
    else:
        return None  # 8/2/2026: day-month or month-day, the text does not say
    d = safe_date(year, month, day)
    return _absolute_day(s, e, d) if d else None


_SLASH_PREPS = _set("on until till since before after from through")
_SLASH_LIST_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_SLASH_PREPS)) + r")\s\d{1,2}/\d{1,2}"
                                r"(?:,\s\d{1,2}/\d{1,2})*,?\s(?:(?:or|and)\s)?$")


def _slash_day(text: str, s: int, e: int, ctx: Context, a: str, b: str) -> Found | None:
    """A month and day without a year: "on 11/20" (US order, the day above 12) or "on 22/04"
    (day first, the month with two digits). Only after a preposition or in a list after one:
    3/4, 24/7, scores and ratios are not dates."""
    n1, n2 = int(a), int(b)
    if 1 <= n1 <= 12 and 13 <= n2 <= 31:
        month, day = n1, n2
    elif 13 <= n1 <= 31 and 1 <= n2 <= 12 and len(b) == 2:
        month, day = n2, n1
    else:
        return None  # 3/4, 9/11: a fraction, or day and month in either order
    if (_word_before(text, s) not in _SLASH_PREPS
            and _SLASH_LIST_BEFORE.search(text, max(0, s - 48), s) is None):
        return None
    nxt = next_word(text, e).rstrip(".,")
    if nxt[:1].islower() and nxt not in _FUNCTION_WORDS or text[e:e + 2] in ("th", "st", "nd"):
        return None  # "on 1/16 inch", "on 1/20th of"
    if safe_date(2000, month, day) is None:
        return None
    direction = _tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, monthday_occ(month, day),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
    f.month_day = (month, day)
    return f


def _day_number(raw: str) -> int:
    if raw[:1].isdigit():
        return int(raw.rstrip("stndrh"))
    return DAY_ORDINALS[" ".join(raw.lower().split())]


_WEEK_OF = re.compile(r"(?:\b[Tt]he\s+)?(?:\b(?P<n>first|second|third|fourth|fifth|last|final|"
                      r"1st|2nd|3rd|4th|5th)\s+)?\b[Ww]eek\s+of\s+(?:the\s+)?$")
_WEEK_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
             "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _week_of(text: str, s: int) -> tuple[int, int] | None:
    """(n, start) when "the first week of" (n = 1; -1 for last; 0 for "the week of") ends at s."""
    if text[s - 3:s] != "of " and text[s - 7:s] != "of the ":
        return None
    m = _WEEK_OF.search(text, max(0, s - 32), s)
    if m is None:
        return None
    return _WEEK_NTH[m.group("n").lower()] if m.group("n") else 0, m.start()


_NTH_WEEK_BEFORE = re.compile(r"\b[Tt]he\s+(?P<n>first|second|third|fourth|fifth|last|final|"
                              r"1st|2nd|3rd|4th|5th)\s+week\s+$")


def _nth_week_before(text: str, s: int) -> tuple[int, int] | None:
    """(n, start) when "the third week " ends at s, before "next year" (no "of")."""
    if text[s - 5:s] != "week ":
        return None
    m = _NTH_WEEK_BEFORE.search(text, max(0, s - 20), s)
    return None if m is None else (_WEEK_NTH[m.group("n").lower()], m.start())


def _week_in(text: str, week: tuple[int, int], e: int, ctx: Context, unit: str,
             occ: Occ, key: tuple) -> Found:
    """The n-th week of a month or year that ``occ`` resolves ("the first week of May")."""
    n, s = week

    def pick(r: Reading) -> Reading:
        return nth_week(r, unit, n) or r

    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, narrowed(occ, pick), "XXXX-WXX", "week",
                    cycle=365, key=("week-in", n, unit, *key))


def _absolute_week(s: int, e: int, r: Reading | None) -> Found | None:
    if r is None:
        return None
    return Found(s, e, "date", r.value, r.value, "week", "absolute", r.low, r.high)


def _month_day(text: str, s: int, e: int, ctx: Context, mname: str, draw: str,
               yraw: str | None) -> Found | None:
    month = MONTHS[mname.lower().rstrip(".")]
    day = _day_number(draw)
    if yraw:
        d = safe_date(int(yraw), month, day)
        if d is None:
            return None
        week = _week_of(text, s)
        if week is not None and week[0] == 0:
            return _absolute_week(week[1], e, week_reading(d - timedelta(days=d.weekday())))
        return _absolute_day(s, e, d)
    if safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 is allowed
        return None
    week = _week_of(text, s)
    if week is not None and week[0] == 0:  # "the week of April 10": the week holding it
        return _week_in(text, week, e, ctx, "day", monthday_occ(month, day), (month, day))
    words = prev_words(text, s, 1)
    if words and words[-1][0] == "the" and not draw.isdigit():
        s = words[-1][1]
    direction = _tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, monthday_occ(month, day),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365)
    f.month_day = (month, day)
    return f


def _month(text: str, s: int, e: int, ctx: Context, mname: str, yraw: str | None) -> Found | None:
    key = mname.lower().rstrip(".")
    month = MONTHS[key]
    week = _week_of(text, s)
    if week is not None and week[0]:  # "the first week of May"
        if yraw:
            span = Reading("", *month_span(int(yraw), month))
            return _absolute_week(week[1], e, nth_week(span, "month", week[0]))
        return _week_in(text, week, e, ctx, "month", month_occ(month), (month,))
    words = prev_words(text, s, 3)
    part = _part(words) or _hyphened_part(text, s)
    if part is not None:
        s = part[1]
        words = words[:-1]
    bounds = _MONTH_THIRDS[part[0]] if part else None
    in_range = None
    if not yraw and part is None:
        in_range = _month_range(text, s, e, month, words)
        if in_range:
            yraw = in_range if in_range.isdigit() else None
    if yraw:
        y = int(yraw)
        lo, hi = month_span(y, month)
        if bounds:
            lo, hi = lo.replace(day=bounds[0]), lo.replace(day=min(bounds[1], hi.day))
        v = f"{y:04d}-{month:02d}"
        return Found(s, e, "date", v, v, "month", "absolute", lo, hi)
    prev = words[-1][0].lower() if words else ""
    if prev in _THIS_SIDE and part is None and len(words) > 1 and words[-2][0].lower() == "this":
        prev, words = _THIS_SIDE[prev], words[:-1]  # "this past March" is last March
    nxt = next_word(text, e)
    # "the month of March", "the month of Apr": named as a month
    named = prev == "of" and len(words) > 1 and words[-2][0].lower() == "month"
    if (len(key) <= 4 and key not in ("may", "june", "july") or mname.isupper()) and not (
            in_range or named or _abbreviated_month(mname, prev, nxt,
                                                    text.startswith(("'s", "’s"), e))):
        return None  # "Jan", "Sept." or "MAY" alone are too often something else
    if part is None and not in_range:
        ok = named or prev in (_STRICT_PREPS if key in ("may", "march") else _DATE_PREPS)
        ok = ok or nxt in _EVENT_NOUNS
        if not ok:
            return None
    timex = f"XXXX-{month:02d}"
    occ = month_occ(month, bounds)
    if prev in ("last", "next", "this") and part is None:
        s = words[-1][1]
        if prev == "this":
            occ2 = fixed_occ(lambda a: month_occ(month, bounds)(date(a.year, 1, 1), "future"))
            return relative(s, e, ctx, "fixed", occ2, timex, "month", pinned=True,
                            key=("this", bounds))
        fixed = fixed_occ(lambda a: _last_next_month(a, month, prev, bounds))
        return relative(s, e, ctx, "fixed", fixed, timex, "month", pinned=True,
                        key=(prev, bounds))
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, occ, timex, "month", cycle=365, key=(bounds,))


_THIS_SIDE = {"past": "last", "coming": "next"}  # after "this"


# Words before a bare month abbreviation that make it a month: "in Aug", "this Sept"
_ABBR_PREPS = _set("in since until till during this last next")  # not "from Jan", "by Jan"


def _abbreviated_month(mname: str, prev: str, nxt: str, owned: bool) -> bool:
    """"In Aug", "since Jan.": a capitalised abbreviation after a date preposition, unless a
    name follows ("Jan Jones") or it is owned ("Jan's")."""
    return (mname[:1].isupper() and not mname.isupper() and prev in _ABBR_PREPS
            and not nxt[:1].isupper() and not owned)


_RANGE_GAP = r"(?:\s?[-–]\s?|\s+(?:to|through|thru|until|till|and)\s+)"
_MONTH_RANGE_AFTER = re.compile(r"\.?" + _RANGE_GAP + r"(?P<m2>" + _MONTH + r")(?![a-z])"
                                + _ABBR_DOT + r"(?:,?\s+(?P<y2>" + _YEAR + r")(?![\d.,]\d))?"
                                r"(?![A-Za-z])")
_MONTH_RANGE_BEFORE = re.compile(r"\b(?:(?:[Ff]rom|[Bb]etween)\s+(?:" + _MONTH + r")(?![a-z])"
                                 + _ABBR_DOT + _RANGE_GAP + r"|(?P<bare>" + alternation(
                                     [m.title() for m in _MONTH_NAMES]) + r")[-–])$")
# (or "the July-September quarter": full names only)


def _month_range(text: str, s: int, e: int, month: int,
                 words: list[tuple[str, int]]) -> str | None:
    """An end of a range of months: "from Sep to Nov", "Sept.-Nov. 2025", "between May and
    July". The year of the first end when the second names one ("2025"), "-" when the range
    has none, None when the month is not an end of such a range."""
    if text[e:e + 1] in "-–. ":
        after = _MONTH_RANGE_AFTER.match(text, e)
        if after is not None:
            y2 = after.group("y2")
            if y2:
                second = MONTHS[after.group("m2").lower()]
                return str(int(y2) - (month > second))
            if words and words[-1][0].lower() in ("from", "between") or (
                    after.group().startswith(("-", "–"))  # "the July-September quarter"
                    and _FULL_MONTHS.issuperset((text[s:e].lower(), after.group("m2").lower()))
                    and not _DAY_NEXT.match(text, after.end())):  # (not "Nov-Feb 5th")
                return "-"
    if s >= 4 and text[s - 1] in " -–":
        before = _MONTH_RANGE_BEFORE.search(text, max(0, s - 30), s)
        if before is not None and (not before.group("bare") or text[s:e].lower() in _FULL_MONTHS):
            return "-"
    return None


_DAY_NEXT = re.compile(r"\s+\d")
_FULL_MONTHS = frozenset(_MONTH_NAMES)  # (abbreviated ends are too often something else)


def _last_next_month(a: date, month: int, which: str, bounds: tuple[int, int] | None) -> Reading:
    if which == "last":
        y = a.year if month < a.month else a.year - 1
    else:
        y = a.year if month > a.month else a.year + 1
    return month_occ(month, bounds)(date(y, month, 1), "past")


def _year(text: str, s: int, e: int, m: re.Match[str]) -> Found | None:
    y = int(m.group("year"))
    suffix = m.group("yrs") or ""
    if suffix == "s":
        return _decade(text, s, e, y) if y % 10 == 0 else None
    if suffix:
        before = prev_words(text, s, 1)
        if y % 10 == 0 and before and before[-1][0].lower() in ("the", "early", "mid", "late"):
            return _decade(text, s, e, y)  # "the 1990's"
        owned = _YEARS_PART.match(text, m.end("year"))
        if owned is not None:  # "2016's third quarter"
            r = part_of_year(y, owned.group("u"), ORDINAL_WORDS[owned.group("n")])
            return None if r is None else Found(s, owned.end(), "date", r.value, r.value,
                                                owned.group("u"), "absolute", r.low, r.high)
        e = m.end("year")  # "2018's election": the date is the year
    words = prev_words(text, s, 3)
    prev = words[-1][0].lower() if words else ""
    if s >= 2 and text[s - 2].isdigit() and text[s - 1] == " ":
        return None
    week = _week_of(text, s)
    if week is not None and week[0]:  # "the first week of 2027"
        whole = Reading("", date(y, 1, 1), date(y, 12, 31))
        return _absolute_week(week[1], e, nth_week(whole, "year", week[0]))
    if prev in _FISCAL or prev == "year" and len(words) > 1 and words[-2][0].lower() in _FISCAL:
        return _fiscal_year(words[-2 if prev == "year" else -1][1], e, y)
    nxt = next_word(text, e).rstrip(".,")
    if (nxt[:1].islower() and nxt not in _FUNCTION_WORDS and prev not in _STRICT_PREPS
            and prev not in ("the", "this", "that", "its", "his", "her", "their", "year")
            and not (words and words[-1][0][:1].isupper())
            and not (prev in _RANGE_WORDS and (_cue(nxt) in ("past", "fut", "fip")
                                               or nxt in _AFTER_A_YEAR_RANGE)
                     and _second_year(text, s, y))  # "from 2014 to 2018 rose", "... he"
            and not (text[s - 1:s] in ("-", "–")  # "the 2014-2018 period"
                     and _second_year(text, s, y))
            and not _the_noun_of_year(words, nxt)
            and _YEAR_AND_BEFORE.search(text, max(0, s - 16), s) is None):
        return None  # "2018 votes", "of 1709 schoolchildren", "a 2000 year old tradition"
    if prev in _NOT_YEAR_BEFORE:
        return None
    lo, hi = date(y, 1, 1), date(y, 12, 31)
    part = _part(words) or _hyphened_part(text, s)
    if part is not None:
        s = part[1]
        a, b = _YEAR_THIRDS[part[0]]
        lo, hi = date(y, a, 1), date(y, b, last_day(y, b))
    return Found(s, e, "date", str(y), str(y), "year", "absolute", lo, hi)


#: Another year and "and"/"or" before a year: "the 2014 and 2015 editions" is one list of
#: years, the second like the first.
_YEAR_AND_BEFORE = re.compile(r"(?<!\d)" + _YEAR + r",?\s+(?:and|or)\s+$")
_FISCAL = _set("fiscal financial")


# Months fiscal years start in: April (Japan, India, UK), July (Australia), October (US
# government), January (many companies).
_FISCAL_STARTS = (1, 4, 7, 10)


def _fiscal_period(s: int, e: int, step: int, ctx: Context) -> Found:
    """"This/last/next fiscal year": for each common start month, the fiscal year holding the
    reference (moved ``step`` years); the claim is the span they cover together."""

    def reading(a: date) -> Reading:
        starts = [date(a.year - (mo > a.month) + step, mo, 1) for mo in _FISCAL_STARTS]
        lo = min(starts)
        hi = max(shifted(d, "year", 1) for d in starts) - ONE_DAY
        return Reading(f"{_iso(lo)}/{_iso(hi)}", lo, hi)

    return relative(s, e, ctx, "fixed", fixed_occ(reading), "XXXX", "year", pinned=True,
                    key=("fiscal", step))


def _fiscal_label(s: int, e: int, first: str, second: str | None) -> Found | None:
    """"FY2025", "FY25" as "fiscal 2025"; "FY 2025-26", "FY2025/26": the fiscal year that
    starts in 2025 and ends in 2026 (April, as in India, to June, as in Australia)."""
    y = int(first)
    if y < 100:
        y += 2000 if y < 70 else 1900
    if second is None:
        return _fiscal_year(s, e, y)
    if int(second) % 100 != (y + 1) % 100:
        return None  # "FY2025-27": no one fiscal year
    lo, hi = date(y, 4, 1), date(y + 1, 6, 30)
    value = f"{_iso(lo)}/{_iso(hi)}"
    return Found(s, e, "date", value, value, "year", "absolute", lo, hi)


def _fiscal_year(s: int, e: int, y: int) -> Found:
    """"Fiscal (year) 2025": the twelve months it names differ by country and company, from
    July 2024-June 2025 (Australia; the US government's runs Oct-Sep) to April 2025-March 2026
    (Japan, India, the UK), so the claim is the span they cover together."""
    lo, hi = date(y - 1, 7, 1), date(y + 1, 3, 31)
    value = f"{_iso(lo)}/{_iso(hi)}"
    return Found(s, e, "date", value, value, "year", "absolute", lo, hi)


_YEAR_RANGE_BEFORE = re.compile(r"(?<![\w.,:/-])(" + _YEAR + r")(?:\s?[-–~]\s?|\s(?:to|and|"
                                r"through|thru|until|till)\s)$")
_RANGE_WORDS = _set("to and through thru until till")
# Words that may follow the second year of a range, and no count ("between 2019 and 2022 from
# three firms", "from 2019 to 2021 he was mayor", "the taxes from 2006 to 2009 are due"; "from
# 1800 to 1900 people" is a count).
_AFTER_A_YEAR_RANGE = _set("he she they we it i you from by since until during over into "
                           "across among while where which who whose are")  # "(taxes) ... are"
_NOT_YEAR_BEFORE = _set("no number flight route page pages room model version article section "
                        "resolution rule code bill")


_PARTS_OF_A_YEAR = _set("days weeks months quarters half part end start beginning middle rest")


def _the_noun_of_year(words: list[tuple[str, int]], nxt: str) -> bool:
    """"The floods of 2013 killed", "the crisis of 2008 hit", "the first 10 months of 2016
    rose": "the" and a noun (or a part of a year), "of" and a verb after the year (not "the
    deaths of 2013 people", "a total of 2013 died")."""
    if len(words) < 2 or words[-1][0] != "of" or _cue(nxt.rstrip(".,")) not in (
            "past", "fut", "fip"):
        return False
    return words[-2][0].lower() in _PARTS_OF_A_YEAR or (
        len(words) == 3 and words[0][0].lower() == "the")


def _second_year(text: str, s: int, y: int) -> bool:
    """Whether the year at ``s`` ends a range of years ("2014-2018")."""
    m = _YEAR_RANGE_BEFORE.search(text, max(0, s - 14), s)
    return (m is not None and int(m.group(1)) < y <= int(m.group(1)) + 100
            and _word_before(text, m.start()) not in _NOT_YEAR_BEFORE)


def _first_year(text: str, s: int, e: int, y: int, y2: int) -> Found | None:
    """The first end of "2014-2018" (the second is scanned on its own)."""
    if not y < y2 <= y + 100 or _word_before(text, s) in _NOT_YEAR_BEFORE:
        return None
    if s >= 1 and text[s - 1] in "-–/" or _in_url(text, s):
        return None
    return Found(s, e, "date", str(y), str(y), "year", "absolute", date(y, 1, 1), date(y, 12, 31))


def _two_digit_year_range(text: str, s: int, e: int, y: int, sep: str, yy: int) -> Found | None:
    """"The 2015-16 season", "2010-14", "the war of 1914-18": the years from the first to
    the one its last two digits name (2099-00 turns the century), a decade at most. A later
    month ("2004-08", "2016/11") stays a year and month, unless the years follow each other
    (a season, a fiscal year), the dash is an en dash or "from" or "between" opens it;
    "fiscal 2015-16" is the fiscal year FY2015-16."""
    last = y - y % 100 + yy if yy > y % 100 else (y + 1 if yy == 0 and y % 100 == 99 else 0)
    before = _word_before(text, s)
    month = 0 < yy <= 12 and last != y + 1 and sep != "–" and before not in _RANGE_OPENERS
    if month:
        lo, hi = month_span(y, yy)
        return Found(s, e, "date", f"{y:04d}-{yy:02d}", f"{y:04d}-{yy:02d}", "month", "absolute",
                     lo, hi)
    if before == "fiscal" and last == y + 1:  # "fiscal 2015-16": as FY2015-16
        return _fiscal_label(prev_words(text, s, 1)[-1][1], e, str(y), str(yy))
    if not last or last - y > 10 or before in _NOT_YEAR_BEFORE or \
            s >= 1 and text[s - 1] in "-–/" or _in_url(text, s):
        return None
    v = f"{y}/{last}"
    return Found(s, e, "date", v, v, "year", "absolute", date(y, 1, 1), date(last, 12, 31),
                 qualifier="range")


_DECADE_PREPS = frozenset(("the", "in"))


def _decade_word(text: str, s: int, e: int, word: str) -> Found | None:
    """"The nineties", "in the early eighties" (of the 1900s), "the nineteen seventies", "the
    twenty-tens", "the noughties". Not "in their forties", an age; without a century word the
    twenties and the tens could be either century ("tens of thousands" is none)."""
    words = prev_words(text, s, 3)
    year = _DECADE_WORDS[word]
    if year < 100 and words and words[-1][0].lower() in _DECADE_CENTURIES:
        century, s = words.pop()
        year += _DECADE_CENTURIES[century.lower()]
    elif year < 30:
        return None
    elif year < 100:
        year += 1900
    names = [w.lower() for w, _ in words]
    if names and names[-1] in _PART_WORDS and len(names) > 1:
        names.pop()
    if not names or names[-1] not in _DECADE_PREPS:
        return None
    return _decade(text, s, e, year)


def _decade(text: str, s: int, e: int, y: int) -> Found:
    y0 = y - y % 10
    lo, hi = date(y0, 1, 1), date(y0 + 9, 12, 31)
    part = _part(prev_words(text, s, 3))
    if part is not None:
        s = part[1]
        a, b = _DECADE_THIRDS[part[0]]
        lo, hi = date(y0 + a, 1, 1), date(y0 + b, 12, 31)
    v = f"{y0 // 10}X"
    return Found(s, e, "date", v, v, "decade", "absolute", lo, hi)


def _ordinal(text: str, s: int, e: int, ctx: Context, day: int) -> Found | None:
    words = prev_words(text, s, 2)
    of_month = _OF_REL_MONTH.match(text, e) if text.startswith(" ", e) else None
    the = bool(words) and words[-1][0].lower() == "the"
    # "(the) 20th of next month", "the 21st this month" (not "came 3rd last month"): a day
    if of_month is not None and (the or of_month.group().startswith(" of")):
        found = _day_of_rel_month(words[-1][1] if the else s, of_month, ctx, day)
        if found is not None:
            return found
    if words and words[-1][0] in ("on", "On"):  # "on 29th": the day, not "on 29th place"
        nxt = next_word(text, e)
        if nxt[:1].isalpha() and nxt.rstrip(".,").lower() not in _ORD_FOLLOWERS:
            return None
        direction = _tense_direction(text, s, e, "nearest")
        return relative(s, e, ctx, direction, nth_occ(day), f"XXXX-XX-{day:02d}", "day",
                        cycle=30)
    if not words or words[-1][0] != "the":
        return None
    prevprev = words[0][0].lower() if len(words) == 2 else ""
    nxt = next_word(text, e)
    if nxt:
        if (nxt[0].isalpha() and nxt.rstrip(".,").lower() not in _ORD_FOLLOWERS
                and (nxt[0].islower() or prevprev not in _ORD_PREPS)):
            return None
    elif e < len(text) and text[e] not in " ,.;:!?)\"'”’\n—–-":
        return None
    s = words[-1][1]
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, nth_occ(day), f"XXXX-XX-{day:02d}", "day",
                    cycle=30)


# "the 15th of next month", "the 3rd of last month", "the 21st this month"
_OF_REL_MONTH = re.compile(r"(?: of)?\s+(?P<w>next|last|this|the\s+following|the\s+previous)"
                           r"\s+month\b")
_REL_MONTH_STEP = {"next": 1, "following": 1, "last": -1, "previous": -1, "this": 0}


def _day_of_rel_month(s: int, m: re.Match[str], ctx: Context, day: int) -> Found | None:
    """The day of the month before, after or of the reference: one day when the reference
    is certain (else None: the day and the month are read apart)."""
    ref = ctx.reference_date
    if ref is None or not ctx.reference_certain:
        return None
    step = _REL_MONTH_STEP[m.group("w").split()[-1]]
    d = safe_date(*add_months(ref.year, ref.month, step), day)
    if d is None:
        return None  # "the 31st of next month" in a month of 30 days
    reading = "future" if step > 0 else "past" if step < 0 else (
        "future" if d > ref else "past" if d < ref else "present")
    return _one_day(s, m.end(), d, reading)


_NAMED_DAY_WORDS = ("Bloody ", "Super ", "Black ")


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* $")


def _weekday(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    raw = m.group("wd") or m.group("wda")
    wd = WEEKDAYS[raw.lower()]
    poss = m.group("wdp") or ""
    if poss == "s":
        return None  # "on Sundays": a habit, not a date
    e = m.end("wd") if m.group("wd") else e  # "Sunday's election": the date is "Sunday"
    nxt = next_word(text, e)
    if nxt[:1].isupper() and nxt.rstrip(".,").lower() in _NEWSPAPERS and not (
            nxt.rstrip(".,") == "Night" and not next_word(text, e + 6)[:1].isupper()):
        return None  # the Sunday Times, Saturday Night Live (but "on Saturday Night, crowds")
    if text[max(0, s - 7):s].endswith(_NAMED_DAY_WORDS):
        return None  # Bloody Sunday, Super Tuesday, Black Monday: a named event, not a date
    timex = f"XXXX-WXX-{wd + 1}"
    words = prev_words(text, s, 1)
    prev = words[-1][0].lower() if words else ""
    if m.lastgroup == "wda":  # (_WEEKDAY_AT has no group "wda")
        if raw == "Sun" and _NAME_BEFORE.search(text, max(0, s - 24), s):
            return None  # "Toronto Sun, Aug. 16", "The Sun, August 16": a newspaper's name
        f = Found(s, e, "date", timex, timex, "day", "ambiguous", weekday=wd)
        f.unit = "abbr"  # kept only when a date follows (see _merge)
        return f
    if prev in ("last", "next") and _word_before(text, words[-1][1]) == "the":
        prev = ""  # "the next Tuesday": counted from an event, not from the reference
    if prev in ("last", "next", "this", "coming", "past", "previous"):
        s = words[-1][1]
        direction = {"last": "past", "past": "past", "next": "future", "coming": "future",
                     "this": "fixed", "previous": "past"}[prev]
        occ = weekday_occ(wd, strict=True)
        key: tuple = (prev,)
        if prev in _THIS_SIDE and _word_before(text, s) == "this":
            s = prev_words(text, s, 1)[-1][1]  # "this coming Friday": the nearest one ahead
            key = ("this", prev)
        elif prev == "this":
            def this_occ(a: date) -> Reading:
                d = a + timedelta(days=wd - a.weekday())
                return day_reading(d)
            occ = fixed_occ(this_occ)
        else:
            # "next Sunday" may be the coming one or the one in the next week, "last Sunday"
            # the latest one or the one in the previous week: keep both.
            sign = 1 if direction == "future" else -1

            def far_occ(a: date, how: str) -> Reading:
                near = weekday_occ(wd, strict=True)(a, direction)
                far = a + timedelta(days=sign * 7 + wd - a.weekday())
                return Reading(near.value, min(near.low, far), max(near.high, far))
            occ = far_occ
        f = relative(s, e, ctx, direction, occ, timex, "day", key=key)
    else:
        # Resolved in _merge, once it is known that no date follows ("Thursday, March 19"
        # takes its day from the date): the tense and the reading would be thrown away.
        f = Found(s, e, "date", None, timex, "day", _UNRESOLVED)
    f.weekday = wd
    return f


_UNRESOLVED = "unresolved"  # the reading of a bare weekday until _merge resolves it


def _resolved_weekday(text: str, f: Found, ctx: Context, before: list[Found]) -> Found:
    """A bare weekday ("on Thursday") read by tense: the last one, the next one or either;
    after a past act dated earlier in its sentence ("said Monday it would vote on Friday"),
    the first one after that act's day."""
    assert f.weekday is not None
    direction = _tense_direction(text, f.start, f.end, "ambiguous")
    if direction == "nearest":
        direction = "ambiguous"
    act = _act_day(text, f.start, before, ctx) if direction == "fip" and before else None
    if act is not None:
        d = act + timedelta(days=(f.weekday - act.weekday()) % 7 or 7)
        assert ctx.reference_date is not None
        return _one_day(f.start, f.end, d, "past" if d < ctx.reference_date else "future",
                        f.timex)
    resolved = relative(f.start, f.end, ctx, direction, weekday_occ(f.weekday), f.timex, "day")
    resolved.weekday = f.weekday
    return resolved


def _act_day(text: str, start: int, before: list[Found], ctx: Context) -> date | None:
    """The day of the past act a future-in-past date hangs on: the last date before ``start``
    in its sentence, if one day not after the reference ("said on Monday that ...")."""
    p = before[-1]
    ref = ctx.reference_date
    if (p.granularity != "day" or p.low is None or p.low != p.high or ref is None
            or p.low > ref or start - p.end > 120 or _SENTENCE_END.search(text, p.end, start)):
        return None
    return p.low


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def weekday_day_occ(weekday: int, day: int) -> Occ:
    """The nearest months before/after the anchor whose ``day`` falls on ``weekday``."""
    def occ(a: date, how: str) -> Reading:
        past = future = None
        for k in range(0, 60):
            y, m = add_months(a.year, a.month, -k)
            d = safe_date(y, m, day)
            if d is not None and d <= a and d.weekday() == weekday:
                past = day_reading(d)
                break
        for k in range(0, 60):
            y, m = add_months(a.year, a.month, k)
            d = safe_date(y, m, day)
            if d is not None and d >= a and d.weekday() == weekday:
                future = day_reading(d)
                break
        return _pick(past, future, a, how)

    return occ


def _weekday_day(text: str, s: int, e: int, ctx: Context, weekday: int, day: int) -> Found:
    """'Monday 21st': the weekday pins the month (and year) the day of month falls in."""
    direction = _tense_direction(text, s, e, "nearest")
    f = relative(s, e, ctx, direction, weekday_day_occ(weekday, day), f"XXXX-XX-{day:02d}",
                 "day", key=(weekday, day), cycle=0)
    f.weekday = weekday
    return f


def _rel(text: str, s: int, e: int, word: str, ctx: Context) -> Found:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    if offset and text.endswith((" before ", " after "), 0, s):
        offset, s = _day_beyond(text, s, offset)
    f = relative(s, e, ctx, "fixed", fixed_occ(lambda a: day_reading(a + timedelta(days=offset))),
                 "XXXX-XX-XX", "day", pinned=True, key=(offset,))
    return _day_part(f, "night") if word == "tonight" else f


_DAY_BEYOND = {-1: "day before", 1: "day after"}


def _day_beyond(text: str, s: int, offset: int) -> tuple[int, int]:
    """"(the) day before yesterday", "(the) day after tomorrow": two days off, from "the"
    (or "day"); else ``offset`` and ``s`` as they were."""
    words = prev_words(text, s, 3)
    if " ".join(w.lower() for w, _ in words[-2:]) != _DAY_BEYOND[offset]:
        return offset, s
    first = 0 if len(words) == 3 and words[0][0].lower() == "the" else -2
    return 2 * offset, words[first][1]


_PERIOD_STEPS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1,
                 "coming": 1, "upcoming": 1}
_CALENDAR_PERIODS = frozenset(("week", "weekend", "month", "quarter", "year", "decade"))
_PERIOD_STRETCH = {"last": "before", "past": "before", "previous": "before", "next": "after"}
_PERIOD_STRETCH_UNITS = frozenset(("week", "month", "year", "decade"))


def _period(text: str, s: int, e: int, mod: str, unit: str, ctx: Context,
            third: int | None = None) -> Found | None:
    if third is not None:  # "the end of the month": this month's last third
        return _period_of(s, e, 0, unit, ctx, "", third)
    step = _PERIOD_STEPS[mod]
    if mod in ("past", "coming", "upcoming", "current") and unit not in _CALENDAR_PERIODS:
        return None  # "past midnight", "coming night"
    if unit == "year" and text.startswith(_POSSESSIVE, e):
        owned = _YEARS_PART.match(text, e)
        if owned is not None:  # "last year's fourth quarter"
            return _part_of_year_step(s, owned.end(), ctx, step, owned.group("u"),
                                      ORDINAL_WORDS[owned.group("n")])
    week = (_week_of(text, s) or _nth_week_before(text, s)) if unit in ("month", "year") \
        else None
    if week is not None and week[0]:  # "the last week of this month"
        n = week[0]

        def nth(a: date) -> Reading:
            whole = _month_or_year(a, step, unit)
            return nth_week(whole, unit, n) or whole

        return relative(week[1], e, ctx, "fixed", fixed_occ(nth), "XXXX-WXX", "week",
                        pinned=True, key=("week-in", n, unit, step))
    words = prev_words(text, s, 1)
    prev = words[-1][0].lower() if words else ""
    if prev == "the" and mod in ("coming", "upcoming", "current"):
        s = words[-1][1]  # "the coming week" is next week
    elif prev == "this" and mod in _THIS_SIDE:
        s = words[-1][1]  # "this past weekend" is last weekend
    elif prev == "the" and mod in _PERIOD_STRETCH and unit in _PERIOD_STRETCH_UNITS and \
            not text.startswith(" of", e):
        # "over the past week", "in the next month": seven days, a month, counted from today
        return stretch(words[-1][1], e, ctx, 1, unit, _PERIOD_STRETCH[mod])
    elif prev == "the" and unit in _PART_CODES:
        return _part_of_the_story(text, words[-1][1], e, unit)  # "at 8 the next morning"
    elif (prev == "the" and unit != "quarter") or (prev in ("earlier", "later") and mod != "this"):
        return None  # "the last week of the campaign"; "later next week" is fine but rare
    side = prev if prev in ("earlier", "later") else ""
    if side:
        s = words[-1][1]
    part = None if side else _part(prev_words(text, s, 3))
    third = -1
    if part is not None and unit in ("week", "month", "quarter", "year"):
        third, s = part[0], part[1]  # "late last week", "the end of this year"
    if unit in ("night", "morning", "afternoon", "evening"):
        if step == 1 or (step == 0 and unit == "night"):
            return None
        back = 1 if step == -1 else 0

        def part_of_day(a: date) -> Reading:
            d = a - timedelta(days=back)
            return Reading(_iso(d), d, d)

        return _day_part(relative(s, e, ctx, "fixed", fixed_occ(part_of_day), "XXXX-XX-XX",
                                  "day", key=(unit, back), pinned=True), unit)
    return _period_of(s, e, step, unit, ctx, side, third)


_YEARS_PART = re.compile(r"['’]s\s+(?P<n>first|second|third|fourth)(?:\s+|-)(?P<u>quarter|half)"
                         r"(?![\w-])")


def _part_of_year_step(s: int, e: int, ctx: Context, step: int, unit: str, n: int) -> Found | None:
    """Quarter or half ``n`` of the year ``step`` years from the reference's."""
    if part_of_year(2000, unit, n) is None:
        return None  # "the fourth half"

    def of_year(a: date) -> Reading:
        r = part_of_year(a.year + step, unit, n)
        assert r is not None
        return r

    timex = f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n}"
    return relative(s, e, ctx, "fixed", fixed_occ(of_year), timex, unit, pinned=True,
                    key=("year's part", step))


def _month_or_year(a: date, step: int, unit: str) -> Reading:
    if unit == "month":
        y, mo = add_months(a.year, a.month, step)
        return Reading(f"{y:04d}-{mo:02d}", *month_span(y, mo))
    y = a.year + step
    return Reading(str(y), date(y, 1, 1), date(y, 12, 31))


def _period_of(s: int, e: int, step: int, unit: str, ctx: Context, side: str,
               third: int) -> Found:
    """A week, weekend, month, quarter or year ``step`` units from the reference's."""

    def period(a: date) -> Reading:
        if unit in ("week", "weekend"):
            monday = a - timedelta(days=a.weekday()) + timedelta(weeks=step)
            if unit == "weekend":
                if step == -1 and a.weekday() == 6:
                    monday += timedelta(weeks=1)  # on a Sunday, last weekend was yesterday's
                lo, hi = monday + timedelta(days=5), monday + timedelta(days=6)
                r = Reading(week_value(monday) + "-WE", lo, hi)
            else:
                r = Reading(week_value(monday), monday, monday + timedelta(days=6))
        elif unit == "month":
            y, mo = add_months(a.year, a.month, step)
            lo, hi = month_span(y, mo)
            r = Reading(f"{y:04d}-{mo:02d}", lo, hi)
        elif unit == "quarter":
            q = (a.month - 1) // 3 + 1 + step
            y = a.year + (q - 1) // 4
            q = (q - 1) % 4 + 1
            r = Reading(f"{y}-Q{q}", date(y, 3 * q - 2, 1),
                        date(y, 3 * q, last_day(y, 3 * q)))
        elif unit == "decade":
            y = a.year // 10 * 10 + 10 * step
            r = Reading(f"{y // 10}X", date(y, 1, 1), date(y + 9, 12, 31))
        else:
            y = a.year + step
            r = Reading(str(y), date(y, 1, 1), date(y, 12, 31))
        if third >= 0 and unit != "decade":
            if unit == "year":
                first, last = _YEAR_THIRDS[third]
                y = int(r.value)
                r = Reading(r.value, date(y, first, 1), date(y, last, last_day(y, last)))
            else:
                n = (r.high - r.low).days + 1
                r = Reading(r.value, r.low + timedelta(days=n * third // 3),
                            r.low + timedelta(days=n * (third + 1) // 3 - 1))
        if side == "earlier":
            r = Reading(r.value, r.low, min(r.high, a))
        elif side == "later":
            r = Reading(r.value, max(r.low, a), r.high)
        return r

    granularity = "week" if unit == "weekend" else unit
    if unit == "week" and not side and third < 0:
        f = relative(s, e, ctx, "fixed", fixed_occ(period), "XXXX-WXX", "week", pinned=True,
                     key=(unit, step, side, third))
        f.week_step = step
        return f
    pattern = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
               "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXXX"}[unit]
    return relative(s, e, ctx, "fixed", fixed_occ(period), pattern, granularity, pinned=True,
                    key=(unit, step, side, third))


def _count(raw: str) -> int | None:
    key = " ".join(raw.lower().split())
    if key.isdigit():
        return int(key)
    tens, _, ones = key.replace("-", " ").partition(" ")
    if ones in _ONES_WORDS and tens in _TENS_WORDS:  # "twenty-five"
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return NUMBER_WORDS.get(key)


def _ago(s: int, e: int, nraw: str, unit: str, ctx: Context, sign: int = -1,
         shift: int = 0) -> Found | None:
    """"5 days ago" (sign -1) or "5 days from now" (sign 1); ``shift`` moves the base day
    ("3 weeks from tomorrow": 1)."""
    n = _count(nraw)
    if n is None:
        return None
    if unit in _MINUTES_IN:
        return _clock_stretch(s, e, ctx, n, unit, before=sign < 0)
    n = -sign * n
    if unit in _UNIT_AS:
        unit, n = _UNIT_AS[unit][0], _UNIT_AS[unit][1] * n

    def back(anchor: date) -> Reading:
        a = anchor + timedelta(days=shift)
        if unit == "day":
            return day_reading(a - timedelta(days=n))
        if unit == "week":
            d = a - timedelta(weeks=n)
            return Reading(_iso(d), d - timedelta(days=3), d + timedelta(days=3))
        if unit == "month":
            y, mo = add_months(a.year, a.month, -n)
            lo, hi = month_span(y, mo)
            return Reading(f"{y:04d}-{mo:02d}", lo, hi)
        y = a.year - n * (10 if unit == "decade" else 1)
        return Reading(str(y), date(y, 1, 1), date(y, 12, 31))

    granularity = {"decade": "year"}.get(unit, unit)
    pattern = {"day": "XXXX-XX-XX", "week": "XXXX-XX-XX", "month": "XXXX-XX"}.get(unit, "XXXX")
    return relative(s, e, ctx, "fixed", fixed_occ(back), pattern, granularity, pinned=True,
                    key=(n, unit, shift))


_MINUTES_IN = {"hour": 60, "minute": 1}
_UNIT_NAMES = {"min": "minute", "hr": "hour"}
_UNIT_AS = {"fortnight": ("week", 2), "quarter": ("month", 3)}
_DAY_OFFSETS = {"today": 0, "now": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
_BEFORE = _set("last past previous")
# A vague count before a unit, and the most it is read as: "the past few weeks" is up to six
# weeks back, "the next several days" up to nine days ahead (the interval holds every reading).
_VAGUE_COUNTS = {"few": 6, "several": 9}


def shifted(d: date, unit: str, k: int) -> date:
    """``d`` moved by ``k`` days, weeks, months, years or decades (a month end clamps)."""
    if unit == "day":
        return d + timedelta(days=k)
    if unit == "week":
        return d + timedelta(weeks=k)
    months = k if unit == "month" else 12 * k * (10 if unit == "decade" else 1)
    y, mo = add_months(d.year, d.month, months)
    return date(y, mo, min(d.day, last_day(y, mo)))


#: What makes the "last" after it a verb ("will last", "expected to last", "didn't last").
_LAST_AS_VERB = re.compile(r"(?:\b(?:will|would|could|can|may|might|must|should|shall|to|not"
                           r"|did|does|do|never)|n['’]t)\s+$")


def _stretch(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    """A stretch of time counted from the reference day: "the past two weeks" (the days before
    it), "the next 3 days" (the days after), "within 9 months" (from it). Bare "in 2 weeks" is a
    day ("2 weeks from now"). Without last/next, only a future verb makes "in"/"within" count
    from the reference: "the first time in 10 years", "died within a year" are durations."""
    g = m.group
    if text.startswith(" of ", e):
        return None  # "the last two years of his term", "within 24 hours of the attack"
    if g("spm2") == "last" and _LAST_AS_VERB.search(text, max(0, s - 12), s):
        return None  # "the hearing will last three days": a length
    raw = g("spn") or g("sprn") or "a"  # "the past fortnight"
    unit = (g("spu") or g("spru") or "fortnight").lower()
    unit = _UNIT_NAMES.get(unit, unit)
    mod = (g("spm") or g("spm2") or g("sprm") or "").lower()
    vague = _VAGUE_COUNTS.get(raw.lower())
    if vague is not None:
        # "the past few weeks": as many as a few can be, marked "about" (none without a
        # side: "in a few weeks" is a day, "for several days" a length)
        if not mod or unit not in ("day", "week", "month", "year") or g("spb"):
            return None
        f = stretch(s, e, ctx, vague, unit, "before" if mod in _BEFORE else "after")
        f.qualifier = "about"
        return f
    n = _count(raw)
    if n is None or n == 0:
        return None
    if not mod:
        if tense_at(text, s, e) not in ("future", "fip"):
            return None
        if g("spi").lower() == "in":
            return _ago(s, e, raw, unit, ctx, 1)
    if unit in _MINUTES_IN:
        return _clock_stretch(s, e, ctx, n, unit, before=mod in _BEFORE)
    if unit == "quarter" and mod:
        return _quarters(s, e, ctx, n if mod not in _BEFORE else -n)
    if g("spb") and mod:
        return _business_days(s, e, ctx, n if mod not in _BEFORE else -n)
    if unit in _UNIT_AS:
        unit, n = _UNIT_AS[unit][0], _UNIT_AS[unit][1] * n
    return stretch(s, e, ctx, n, unit, "before" if mod in _BEFORE else "after" if mod else "within")


def _vague_stretch(text: str, s: int, e: int, mod: str, unit: str,
                   ctx: Context) -> Found | None:
    """"In recent weeks", "over the coming months": as a few of them (up to six) before or
    after the reference, marked "about"; not "in the last days of the war"."""
    if text.startswith(" of ", e):
        return None
    side = "after" if mod in ("coming", "next") else "before"
    f = stretch(s, e, ctx, _VAGUE_COUNTS["few"], unit, side)
    f.qualifier = "about"
    return f


def _business_days(s: int, e: int, ctx: Context, n: int) -> Found:
    """"The next 4 business days": the weekdays after the reference (before it if n < 0)."""

    def reading(a: date) -> Reading:
        step = ONE_DAY if n > 0 else -ONE_DAY
        days: list[date] = []
        d = a
        while len(days) < abs(n):
            d += step
            if d.weekday() < 5:
                days.append(d)
        low, high = min(days), max(days)
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{abs(n)}D", "day", pinned=True,
                    key=("business", n))


def _year_to_date(a: date) -> Reading:
    first = date(a.year, 1, 1)
    return Reading(f"{_iso(first)}/{_iso(a)}", first, a)


def _quarters(s: int, e: int, ctx: Context, n: int) -> Found:
    """"The past two quarters" are the two calendar quarters before the reference's, "the
    next 7 quarters" the seven after it: companies report by calendar (or fiscal) quarter."""

    def reading(a: date) -> Reading:
        current = date(a.year, (a.month - 1) // 3 * 3 + 1, 1)
        if n < 0:
            low, high = shifted(current, "month", 3 * n), current - ONE_DAY
        else:
            nxt = shifted(current, "month", 3)
            low, high = nxt, shifted(nxt, "month", 3 * n) - ONE_DAY
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{abs(n)}Q", "month", pinned=True,
                    key=("quarters", n))


def _clock_stretch(s: int, e: int, ctx: Context, n: int, unit: str, before: bool) -> Found:
    """``n`` hours or minutes from the reference ("the past 24 hours", "3 hours ago"): the days
    they reach, the reference day included (the reference is a day, not a moment)."""
    days = -(-n * _MINUTES_IN[unit] // 1440)
    return stretch(s, e, ctx, days, "day", "upto" if before else "from")


def stretch(s: int, e: int, ctx: Context, n: int, unit: str, side: str) -> Found:
    """``n`` units counted from the reference day: the days ``before`` it, ``after`` it,
    ``within`` them from the day itself, or ``upto`` / ``from`` it with the day itself (hours
    and minutes, rounded up to the days they reach)."""

    def reading(a: date) -> Reading:
        if side == "before":
            low, high = shifted(a, unit, -n), a - ONE_DAY
        elif side == "after":
            low, high = a + ONE_DAY, shifted(a, unit, n)
        elif side == "upto":
            low, high = shifted(a, unit, -n), a
        elif side == "from":
            low, high = a, shifted(a, unit, n)
        else:
            low, high = a, shifted(a, unit, n) - ONE_DAY
        return Reading(f"{_iso(low)}/{_iso(high)}", low, high)

    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}[unit]
    granularity = {"week": "day", "decade": "year"}.get(unit, unit)
    return relative(s, e, ctx, "fixed", fixed_occ(reading), f"P{n}{code}", granularity,
                    pinned=True, key=("stretch", n, unit, side))


def _split_year_season(s: int, e: int, code: str, y: int, y2: int,
                       words: list[tuple[str, int]]) -> Found | None:
    """"The winter of 2014-15" (December 2014 to February 2015), "the summer of 2019-20" (the
    southern one, the same months); no other season spans two years."""
    if y2 != (y + 1) % 100 or code not in ("WI", "SU"):
        return None
    lo, hi = date(y, 12, 1), date(y + 1, 2, last_day(y + 1, 2))
    value = f"{y}-WI" if code == "WI" else f"{_iso(lo)}/{_iso(hi)}"
    if words and words[-1][0].lower() in ("last", "this", "next", "early", "late", "mid"):
        s = words[-1][1]
    return Found(s, e, "date", value, value, "season", "absolute", lo, hi)


def _season(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    raw = m.group("sea")
    code = SEASONS[raw.lower()]
    words = prev_words(text, s, 2)
    prev = words[-1][0].lower() if words else ""
    yraw = m.group("seay")
    if yraw and m.group("seay2"):
        return _split_year_season(s, e, code, int(yraw), int(m.group("seay2")), words)
    if yraw:
        y = int(yraw)
        lo, hi = season_span(y, code)
        if code == "WI":
            lo = date(y, 1, 1)  # "winter 2025" may be Jan-Feb 2025 or Dec 2025-Feb 2026
        if prev in ("last", "this", "next", "early", "late", "mid"):
            s = words[-1][1]
        return Found(s, e, "date", f"{y}-{code}", f"{y}-{code}", "season", "absolute", lo, hi)
    mods = _FALL_MODS if code == "FA" and raw.lower() == "fall" else _SEASON_MODS
    if prev not in mods:
        return None  # "Arab Spring", "a fall in prices", "hot spring"
    if prev == "the" and len(words) == 2 and words[0][0].lower() not in _SEASON_MODS:
        return None  # "the summer heat" after a verb: too vague to be a date
    nxt = next_word(text, e)
    if (prev not in ("last", "this", "next", "past", "coming") and nxt[:1].islower()
            and nxt.rstrip(".,") not in _FUNCTION_WORDS and not _NAMED_YEAR_AFTER.match(text, e)):
        return None  # "in winter markets": the season is an adjective, not a date
    timex = f"XXXX-{code}"
    occ = season_occ(code)
    if prev in ("last", "past", "next", "coming", "this"):
        s = words[-1][1]
        if prev == "this":
            def this_season(a: date) -> Reading:
                y, cur = season_of(a)
                y2 = y if cur == code else a.year
                lo, hi = season_span(y2, code)
                return Reading(f"{y2}-{code}", lo, hi)
            return relative(s, e, ctx, "fixed", fixed_occ(this_season), timex, "season",
                            key=("this",), pinned=True)
        direction = "past" if prev in ("last", "past") else "future"

        def strict(a: date, how: str) -> Reading:
            # "last summer" is the most recent summer that is over; "next" one not begun.
            y, cur = season_of(a)
            if how == "past":
                y2 = y - 1 if cur == code else (y if season_span(y, code)[1] < a else y - 1)
            else:
                y2 = y + 1 if cur == code else (y if season_span(y, code)[0] > a else y + 1)
            lo, hi = season_span(y2, code)
            return Reading(f"{y2}-{code}", lo, hi)
        return relative(s, e, ctx, direction, strict, timex, "season", pinned=True,
                        key=(prev,))
    direction = _tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, occ, timex, "season", cycle=365)


def _number_word(raw: str, table: dict[str, int]) -> int | None:
    return int(raw) if raw.isdigit() else table.get(" ".join(raw.lower().split()))


def _counts_to_the_hour(minutes: str) -> bool:
    """Whether the minutes before "to" (as "ten" or "ten to ") count back from the hour ("ten
    to nine", "a quarter to eleven", "three minutes to eight") rather than start a range
    ("three to four", "5 to 7")."""
    if "min" in minutes:
        return True
    words = minutes.lower().split()
    if words[-1:] == ["to"]:
        words.pop()
    return " ".join(words) in _TO_MINUTES


def _spelled_time(g: Callable[[str], str | None]) -> tuple[int, int, str | None] | None:
    """(hour, minute, am/pm) of "half past three", "ten to nine in the evening", "seven p.m.",
    "five past midnight"."""
    hour = g("wth") or ""
    if hour in ("midnight", "noon"):
        return _from_noon(g, hour == "midnight")
    h = _number_word(hour, HOUR_WORDS)
    if h is None or not 1 <= h <= 12:
        return None
    mi = 0
    rel = g("wtr")
    words = g("wtc")
    if words:
        if rel or (g("wth") or "").isdigit():
            return None  # "ten past nine thirty", "7 thirty"
        mi = CLOCK_MINUTES[" ".join(words.lower().split())]
    if rel:
        n = _number_word(g("wtm") or "", MINUTE_WORDS)
        if n is None or not 1 <= n <= 59:
            return None
        mi = n if rel in ("past", "after") else 60 - n
        if rel == "to":
            h = h - 1 or 12
    ampm = g("wtap")
    part = g("wtpd") or g("wtn")
    if part == "morning":
        ampm = "am"
    elif part in ("afternoon", "evening") or (part == "night" and 6 <= h <= 11):
        ampm = "pm"
    elif part == "night" and h == 12:
        ampm = "am"
    return h, mi, ampm


def _from_noon(g: Callable[[str], str | None], midnight: bool) -> tuple[int, int, str] | None:
    """(hour, minute, am/pm) of "one minute past midnight" (00:01), "ten to midnight" (23:50),
    "a quarter past noon" (12:15)."""
    n = _number_word(g("wtm") or "", MINUTE_WORDS)
    if n is None or not 1 <= n <= 59 or g("wtc") or g("wtap") or g("wtpd") or g("wtn"):
        return None
    if g("wtr") == "to":
        return 11, 60 - n, "pm" if midnight else "am"
    return 12, n, "am" if midnight else "pm"


# "midnight Friday", "noon on Monday", "noon local time": a clock time without a preposition.
_DAY_AFTER_NOON = re.compile(
    r",?\s(?:on\s)?(?:(?:" + _WEEKDAY + r"|[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight)"
    r"(?![A-Za-z])|(?:local\s+time|GMT|UTC|BST|EST|EDT|ET|PST|PDT|PT)\b)")
# Words before "noon" or "midnight" that make it a time ("shortly after midnight").
_NOON_PREPS = _set("at by around about until till til before after from past since between toward "
                   "towards near approaching through beyond")
# Verbs after "Noon" or "Midnight" opening a clause: "Midnight passed without a deal".
_NOON_DAYS = frozenset(WEEKDAYS) | _set("today tomorrow yesterday")
_NOON_VERBS = _set("is was will would came comes come passed passes struck strikes approached "
                   "approaches arrived arrives neared nears marked marks has had brought")


def _noon_alone(text: str, s: int, e: int, words: list[tuple[str, int]]) -> bool:
    """Whether "noon" or "midnight" without a preposition before it is a time: opening a
    clause (or the text) before a pause or a verb ("Noon came and went", "The deadline:
    midnight."), after a be-verb before a pause ("the deadline is midnight."), or "the stroke
    of midnight". Not "Midnight Oil", "midnight blue", "the midnight deadline"."""
    if not words:
        return _pause_or(text, e, _NOON_VERBS)
    prev = [w.lower() for w, _ in words]
    if prev[-1] in ("is", "was", "be") or prev[-1] in _NOON_DAYS:  # ("Friday midnight.")
        return _pause_or(text, e, _MEAL_FOLLOWERS)
    return prev == ["stroke", "of"]


# Words after "at 6.45" that leave it a time (a day, a zone, the end of the clause).
_DOTTED_AFTER = re.compile(
    r"\s*(?:[,;:!?)\n]|\.(?!\d)|$)|\s(?:on|tonight|today|tomorrow|yesterday|this|and|when|local|"
    r"GMT|BST|UTC|CET|" + _WEEKDAY + r"|last\s(?:night|evening|" + _WEEKDAY + r")"
    r"|in\sthe\s(?:morning|afternoon|evening|night)|at\snight)(?![A-Za-z])")
# After a be-verb only a part of day or a zone follows a time: "the ceremony is at 2.30 this
# afternoon", "was at 9.15 on Sunday night" (but "the rate was at 4.25 on Monday").
_DOTTED_PART_AFTER = re.compile(
    r"\s(?:(?:this|last|tomorrow|yesterday|(?:on\s)?" + _WEEKDAY + r"|in\sthe)\s)?"
    r"(?:morning|afternoon|evening|night)|\stonight(?![A-Za-z])")
_BE_VERBS = _set("was is were are")
# Verbs of prices and measures: "shares closed at 6.45", "the rate stood at 4.25".
_PRICE_VERBS = _set("closed close closing ended end ending opened open opening stood stands "
                    "traded trading trade priced price valued set fell rose rises falls "
                    "finished peaked settled hit reached was is at were are level rate rated "
                    "sold bought offered paid worth estimated capped fixed pegged")


# Words before "12:30 hours" that make it a length, not a clock.
_LENGTH_BEFORE = _set("in for lasted lasting took taking over of than within under nearly almost")
# Words before a bare "2:03:59" or "3:43." that make it a race time ("won in 2:03:59", "a time
# of 3:43.", "under 2:10."), not a clock ("as of 15:11", "no later than 6:00", "for 2:30").
_RACE_TIME_BEFORE = _set("in lasted lasting took taking within under of")
# Nouns after "3:12" that make it a length ("a 3:12 video", "at the 2:45 mark", "a 3:59 mile").
_LENGTH_NOUNS = _set("video videos clip clips mark mile miles marathon pace finish song track")
# Books of scripture before "3:16": a chapter and verse ("John 3:16", "Surah 2:255").
_SCRIPTURE = frozenset(_list(
    "Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles "
    "Ezra Nehemiah Esther Job Psalm Psalms Proverbs Ecclesiastes Isaiah Jeremiah Lamentations "
    "Ezekiel Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai "
    "Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians "
    "Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude "
    "Revelation Revelations Surah Sura"))


def _length_or_verse(text: str, e: int, words: list[tuple[str, int]]) -> bool:
    """Whether a colon clock without a meridiem or zone is a length or a verse: before a noun
    of lengths ("a 3:12 video"), or after a book of scripture ("John 3:16")."""
    if words and words[-1][0] in _SCRIPTURE:
        return True
    return next_word(text, e).rstrip(".,").lower() in _LENGTH_NOUNS


def _dotted_clock(text: str, s: int, e: int, prev: str,
                  words: list[tuple[str, int]], zone: str | None) -> bool:
    """British "at 6.45": a time only right after "at", not after a price verb, and with a
    day, a zone or the clause's end after it ("leave at 6.45?", "at 10.30 on Monday"); after
    any word with two digits for its hour and a zone (a dateline's "09.30 GMT"); after a
    be-verb with a part of day or a zone ("is at 2.30 this afternoon", not "was at 4.25.")."""
    if int(text[s:text.index(".", s)]) > 23:
        return False
    if prev != "at":
        return bool(zone) and len(text) - s > 7 and text[s + 2] == "."  # "Nov 2016 09.30 GMT"
    verb = words[-2][0].lower() if len(words) >= 2 else ""
    if verb in _BE_VERBS:
        return bool(zone) or _DOTTED_PART_AFTER.match(text, e) is not None
    if verb in _PRICE_VERBS:
        return False
    return bool(zone) or _DOTTED_AFTER.match(text, e) is not None


# Words before "0730" or "1930 hours" that make it a clock ("at 0730", "between 0730-0930").
_WIRE_PREPS = _set("at by around about before after from until till to and between since")
# The first end of "0730-0930" before a second end.
_WIRE_FIRST_END = re.compile(r"(?<![\w.,:/-])(?:[01]\d|2[0-3])[0-5]\d\s?[-–]\s?$")
# A zone after the second end of "0730-0930 GMT".
_WIRE_SECOND_END = re.compile(r"\s?[-–]\s?(?:[01]\d|2[0-3])[0-5]\d" + _ZONE_AHEAD)


def _wire_clock(text: str, s: int, e: int, prev: str, zone: bool, hours: bool) -> bool:
    """Whether four digits are a 24-hour clock: with a zone ("0730 GMT"); with "hours" or a
    leading zero after a preposition ("at 1930 hours", "at 0730"); as an end of a range after
    one ("between 0730-0930") or before a zone ("0730-0930 GMT"). "worked 2000 hours" and a
    bare "0800" (a phone prefix) are no clocks."""
    if zone:
        return True
    if hours:
        return prev in _WIRE_PREPS and not text.startswith(" of ", e)
    first = _WIRE_FIRST_END.search(text, max(0, s - 8), s)
    if first is not None:  # the second end: the first decides
        return _word_before(text, first.start()) in _WIRE_PREPS or \
            _WIRE_SECOND_END.match(text, first.start() + 4) is not None
    return text[s] == "0" and (prev in _WIRE_PREPS or _WIRE_SECOND_END.match(text, s + 4)
                               is not None)


# Words before a spelled hour and "am" that make it a time of the noun after it: "the ten am
# meeting", "her eleven am flight" (but "this one am I sure of").
_CLOCK_DETERMINERS = _set("the a an this that his her its my our their your")
_AM_I = re.compile(r"\s+I(?![\w'’])")
# Words right before "nine thirty" that name its day.
_CLOCK_DAYS = _set("today tomorrow tonight yesterday") | frozenset(WEEKDAYS) | frozenset(
    w for w in DAY_ORDINALS if " " not in w)
# Verbs of prices before "at": "sold at one fifty" (a be-verb alone decides nothing).
_PRICE_ONLY = _PRICE_VERBS - _BE_VERBS - {"at"}


def _spelled_clock_ok(text: str, s: int, prev: str) -> bool:
    """Whether an hour and minutes in words ("two thirty") are a time: after a day ("march
    eighteenth nine thirty") or a time preposition that is no price's ("sold at one fifty"),
    and after "to" or "and" only in a range ("from two thirty to four thirty", not "rose to
    two thirty")."""
    if prev in _CLOCK_DAYS:
        return True
    words = [w.lower() for w, _ in prev_words(text, s, 4)]
    if prev in ("to", "and", "or"):
        return "from" in words or "between" in words
    return not (len(words) >= 2 and words[-2] in _PRICE_ONLY)


def _first_end_meridiem(h1: int, m1: int, h2: int, m2: int, ampm: str) -> str:
    """The first end of "5-6 pm" is pm too, but "11-1 pm", "8 to 8 p.m." and "2:30 to 2:15
    pm" start in the morning."""
    if (h1 % 12) * 60 + m1 >= (h2 % 12) * 60 + m2:
        return "am" if ampm[0] in "pP" else "pm"
    return ampm


_OFFSET = re.compile(r"([+-])\s?(\d{1,2}):?(\d\d)?")


def _us_zone(name: str | None, season: str | None) -> str | None:
    """"Eastern" is ET, "Eastern Standard" EST, "Pacific Daylight" PDT."""
    if name is None:
        return None
    return _US_ZONES[name] + (season[0] if season else "") + "T"


def _with_offset(zone: str | None, offset: str | None) -> str | None:
    """A zone with the offset written after it: "GMT+9" is "UTC+09:00", "+0530" "UTC+05:30";
    an offset after another zone's name is left out (it is no offset from UTC)."""
    if not offset or zone not in ("GMT", "UTC"):
        return zone
    m = _OFFSET.fullmatch(offset.strip())
    if m is None or int(m[2]) > 14:
        return zone
    hours, minutes = int(m[2]), int(m[3] or 0)
    return "UTC" if hours == minutes == 0 else f"UTC{m[1]}{hours:02d}:{minutes:02d}"


def _time(text: str, s: int, e: int, m: re.Match[str]) -> Found | None:
    kind = _OUTER.get(m.lastgroup or "", m.lastgroup)
    # SCAN or SPELLED: not every group exists in both. (Looked up one by one: groupdict would
    # build a dict of SCAN's 154 groups for the dozen read here.)
    index = m.re.groupindex
    group = m.group

    def g(name: str) -> Any:
        return group(name) if name in index else None

    zone = _with_offset(g("ctz") or g("htz") or g("ntz"), g("ctzo") or g("htzo") or g("ntzo")) \
        or _us_zone(g("ctzu") or g("htzu") or g("ntzu"), g("ctzs") or g("htzs") or g("ntzs"))
    words = prev_words(text, s, 2)
    prev = words[-1][0].lower() if words else ""
    if kind == "clock":
        if g("cbm") and not _dotted_clock(text, s, e, prev, words, zone):
            return None  # "closed at 6.45" is a price, "at 6.45" before a day a time
        if g("chrs") and prev in _LENGTH_BEFORE:
            return None  # "lasted 12:30 hours": a length
        if not (g("campm") or zone or g("clocal")) and (
                prev in _RACE_TIME_BEFORE and (g("cs") or _CLAUSE_END.match(text, e))
                and not (prev == "of" and _word_before(text, words[-1][1]) == "as")
                or g("cm") and _length_or_verse(text, e, words)):
            return None
        h, mi = int(g("ch")), int(g("cm") or g("cdm") or g("cbm"))
        ampm = g("campm")
        gran = "minute"
        sec = g("cs")
    elif kind == "hour":
        h, mi, ampm, gran = int(g("hh")), 0, g("hampm"), "hour"
    elif kind == "hhmm":
        h, mi, ampm, gran = int(g("hmh")), int(g("hmm")), g("hmap") or g("hmap2"), "minute"
    elif kind == "mil":
        zone = _with_offset(g("mtz"), g("mtzo")) or _us_zone(g("mtzu"), g("mtzs"))
        if not _wire_clock(text, s, e, prev, bool(zone or g("mlocal")), bool(g("milhrs"))):
            return None
        h, mi, ampm, gran = int(text[s:s + 2]), int(text[s + 2:s + 4]), None, "minute"
    elif kind == "hr":
        h, mi = int(g("hr1")), int(g("hr1m") or 0)
        ampm = _first_end_meridiem(h, mi, int(g("hr2")), int(g("hr2m") or 0), g("hrap"))
        gran = "minute" if g("hr1m") else "hour"
    elif kind == "wt":
        if g("wtr") == "to" and (prev in ("from", "between") or (
                "min" not in m.group("wt") and not _counts_to_the_hour(g("wtm") or "-"))):
            return None  # "from two to five p.m.", "three to four p.m." are ranges, not 4:58
        if g("wtr") == "to" and not (g("wtap") or g("wtpd") or g("wtn") or prev in _TO_CLOCK_PREPS
                                     or "min" in m.group("wt") or "quarter" in m.group("wt")
                                     or g("wth") in ("midnight", "noon")):
            return None  # "and twenty to ten more": a count (but "at twenty to ten")
        if (not (g("wtr") or g("wtap")) and prev not in _TIME_PREPS
                and not (g("wtc") and prev in _CLOCK_DAYS)  # "march eighteenth nine thirty"
                and not ((g("wtpd") or g("wtn")) and _pause_or(text, e, _MEAL_FOLLOWERS) and (
                    prev == "for" or _IT_IS.search(text, max(0, s - 12), s)))):
            return None  # "no one in the evening session" (but "it was 8 in the morning", "set
            # for 3 in the afternoon")
        if g("wtc") and not g("wtap") and not _spelled_clock_ok(text, s, prev):
            return None
        if (g("wtap") == "am" and not (g("wth").isdigit() or g("wtc") or g("wtr"))
                and prev not in _TIME_PREPS and prev not in _CLOCK_DAYS
                and (prev not in _CLOCK_DETERMINERS or _AM_I.match(text, e))):
            return None  # "no one am I", "this one am I" (but "the ten am meeting")
        spelled = _spelled_time(g)
        if spelled is None:
            return None
        h, mi, ampm = spelled
        gran = "minute" if mi else "hour"
    elif kind == "noon":
        raw = g("noon")
        if raw[0].isupper() and words:
            return None  # (capitalised only opening a clause: "according to Mid-day", a paper)
        if (prev not in _NOON_PREPS and not raw[0].isdigit()
                and not g("nish") and not _DAY_AFTER_NOON.match(text, e)
                and not (prev == "to" and _pause_or(text, e, _MEAL_FOLLOWERS))
                and not _noon_alone(text, s, e, words)):
            return None  # "midnight blue", "the midnight deadline", "to midnight mass"
        h, mi, ampm, gran = (0 if raw.endswith("night") else 12), 0, None, "hour"
    elif kind == "ish":
        if prev not in _TIME_PREPS and prev not in _CLOCK_DAYS:
            return None  # "she is 11ish": an age
        h, mi, ampm, gran = int(g("ishh")), 0, None, "hour"
    else:
        raw = g("ocn").lower()
        h = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        if not 1 <= h <= 12:
            return None
        mi, ampm, gran = 0, None, "hour"
    if ampm:
        pm = ampm[0] in "pP"
        if h > 12 or h == 0 and pm:  # ("0:01 am" is written for 12:01 a.m.)
            return None
        h = h % 12 + (12 if pm else 0)
    elif kind == "clock" and not zone and prev in ("score", "scored", "ratio", "by", "won",
                                                  "lost", "beat"):
        return None
    qualifier = "about" if kind == "ish" or g("nish") else None
    if prev in _TIME_QUALIFIERS:
        s = words[-1][1]
        qualifier = "about"
    t = f"T{h:02d}:{mi:02d}" + (f":{sec}" if kind == "clock" and sec else "")
    f = Found(s, e, "time", t, t, gran, "ambiguous", unit=zone, qualifier=qualifier,
              hour=h, minute=mi)
    return f


_GAP_WD_WEEK = re.compile(r",?\s{1,2}(?:of\s+)?")
_GAP_WD_DATE = re.compile(r",?\s{1,3}(?:the\s+)?$")
_GAP_TIME_DATE = re.compile(r"\s{0,3},?\s{1,3}(?:on\s+|of\s+)?$")
_GAP_PART = re.compile(r"\s{1,2}(?:in\s+the\s+|at\s+)?")  # ("10:15 at night")
_GAP_DATE_TIME = re.compile(r",?\s{1,3}(?:at\s+|from\s+|by\s+)?$")


def _pairwise(found: list[Found], combine: Callable[[Found, Found], Found | None]) -> list[Found]:
    """Replace each pair of neighbours that ``combine`` joins by the joined Found."""
    out: list[Found] = []
    i = 0
    n = len(found)
    while i < n:
        joined = combine(found[i], found[i + 1]) if i + 1 < n else None
        out.append(joined or found[i])
        i += 2 if joined else 1
    return out


# What joins the two ends of a range of dates: "2014-2018", "2000~2050", "March to May".
_RANGE_JOIN = re.compile(r"\s?[-–~]\s?|\s+(?:to|through|thru|until|till|and)\s+")
_RANGE_END_UNITS = frozenset(("day", "month"))


def _ordered_ends(text: str, found: list[Found]) -> list[Found]:
    """The ends of a range read alone may cross: "ran from January 23 through March 9" read
    in late January puts the 23rd this year and March 9 last year. Without a year of its own,
    the first end moves back when the tense is past, else the second moves forward."""
    for a, b in zip(found, found[1:], strict=False):
        if (b.kind != "date" or a.kind != "date" or b.reading == "absolute"
                or b.granularity not in _RANGE_END_UNITS or a.granularity not in _RANGE_END_UNITS
                or a.low is None or b.high is None or b.high >= a.low
                or not _RANGE_JOIN.fullmatch(text, a.end, b.start)
                or (_word_before(text, a.start) not in ("from", "between")
                    and text[a.end:b.start] not in ("-", "–"))):  # "October-December"
            continue
        if b.reading == "past" and a.reading != "absolute":
            _move_years(a, b.high.year - a.low.year - (a.low.replace(year=2000)
                                                       > b.high.replace(year=2000)))
        elif b.low is not None:
            _move_years(b, a.low.year - b.low.year + (b.low.replace(year=2000)
                                                      < a.low.replace(year=2000)))
    return found


# The granularities a range's ends may have, finest first, and the most days one names.
_MOST_DAYS = {"day": 1, "week": 7, "month": 31, "season": 92, "quarter": 92, "half": 184,
              "year": 366, "decade": 3653, "century": 36525}
_COARSER = tuple(_MOST_DAYS)
# Verbs that move a date: "postponed from March 3 to March 5" is a change, not a range.
_DATE_CHANGES = _set("postpone postponed postpones delay delayed delays move moved moves shift "
                     "shifted reschedule rescheduled change changed bring brought push pushed "
                     "extend extended advance advanced adjourn adjourned adjourns remand "
                     "remanded defer deferred")


def _joined_ranges(text: str, found: list[Found]) -> list[Found]:
    """The two ends of a range of dates as one claim: "from March 3 to 5", "18-19 June",
    "between 2014 and 2018", "Sept.-Nov. 2025". Its value is the ISO interval of the ends
    as written ("2014/2018"), ``low``/``high`` those of the first and last end, qualifier
    "range" (as numeric ranges)."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _is_range(text, a, b):
            out.append(_range_of(a, b))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _is_range(text: str, a: Found, b: Found) -> bool:
    after = text[a.end:a.end + 1]  # (most neighbours: what _RANGE_JOIN cannot open with)
    if a.end >= b.start or not (after.isspace() or after in "-–~"):
        return False
    if (a.kind != "date" or b.kind != "date" or a.granularity not in _MOST_DAYS
            or b.granularity not in _MOST_DAYS or a.low is None or b.high is None
            or a.value is None or b.value is None or "/" in a.value + b.value
            or b.high < a.low or _nested(a, b)):
        return False
    gap = _RANGE_JOIN.fullmatch(text, a.end, b.start)
    if gap is None or not _one_reading(a) or not _one_reading(b):
        return False
    before = _word_before(text, a.start)
    if gap.group().strip() == "and" and before != "between":
        return False  # "March 3 and 4": two days
    words = [w.lower() for w, _ in prev_words(text, a.start, 6)]
    return not _DATE_CHANGES.intersection(words)




def _nested(a: Found, b: Found) -> bool:
    """Whether the second date holds the first ("Waitangi Day - February 6 - this year": an
    aside; "from 2019 to 28 June" is a range)."""
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    return b.low <= a.low and a.high <= b.high


def _one_reading(f: Found) -> bool:
    """Whether a date names one period, not the candidates of an ambiguous weekday."""
    assert f.low is not None and f.high is not None
    return (f.high - f.low).days < _MOST_DAYS.get(f.granularity, 0)


def _range_of(a: Found, b: Found) -> Found:
    assert a.value is not None and b.value is not None
    granularity = max(a.granularity, b.granularity, key=_COARSER.index)
    reading = a.reading if a.reading != "absolute" else b.reading
    return Found(a.start, b.end, "date", f"{a.value}/{b.value}", f"{a.timex}/{b.timex}",
                 granularity, reading, a.low, b.high, qualifier="range")


def _move_years(f: Found, years: int) -> None:
    """Move a date without a year of its own by ``years`` (a 29 February that can't: kept)."""
    if f.low is None or f.high is None or f.value is None:
        return
    low = safe_date(f.low.year + years, f.low.month, f.low.day)
    high = safe_date(f.high.year + years, f.high.month, f.high.day)
    if low is not None and high is not None:
        f.value = str(low.year) + f.value[4:]
        f.low, f.high = low, high


def _merge(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """Join a weekday with the date or week after it, then a clock time with its day."""

    def weekday_and_date(f: Found, nxt: Found) -> Found | None:
        if f.kind != "date" or f.weekday is None or nxt.kind != "date":
            return None
        gap = text[f.end:nxt.start]
        if nxt.granularity != "day" or nxt.month_day is None or len(gap) > 8:
            return None
        if _GAP_WD_DATE.fullmatch(gap):
            return _with_weekday(text, f, nxt, ctx)  # "Thursday, March 19"
        if gap in (" (", "(") and text.startswith(")", nxt.end):  # "Monday (November 14)"
            joined = _with_weekday(text, f, nxt, ctx)
            joined.end += 1
            return joined
        return None

    def time_and_day(f: Found, nxt: Found) -> Found | None:
        if f.kind == nxt.kind:  # (a date and a time join)
            return None
        d, t = (nxt, f) if f.kind == "time" else (f, nxt)
        gap = text[f.end:nxt.start]
        pattern = _GAP_TIME_DATE if f.kind == "time" else _GAP_DATE_TIME
        if d.granularity == "day" and len(gap) <= 8 and pattern.fullmatch(gap):
            return _timed(t, d, f.start, nxt.end)
        return None

    def clock_and_part(f: Found, nxt: Found) -> Found | None:
        # "3 a.m. on Sunday morning", "10 p.m. last night", "tonight at 10": the part of day
        # confirms the clock and may name its day
        if f.kind != "time" or nxt.kind != "time":
            return None
        if f.hour is not None and nxt.granularity == "daypart" and \
                _GAP_PART.fullmatch(text, f.end, nxt.start):
            clock, part = f, nxt
        elif (nxt.hour is not None and f.granularity == "daypart"
              and nxt.start - f.end <= 8 and _GAP_DATE_TIME.fullmatch(text, f.end, nxt.start)):
            clock, part = nxt, f
        else:
            return None
        return _clock_in_part(text, clock, part, f.start, nxt.end)

    in_weeks = _weekdays_in_week(text, found, ctx) if any(
        f.week_step is not None for f in found) else found
    if any(f.weekday is not None for f in in_weeks):  # (half the texts name no weekday)
        in_weeks = _pairwise(in_weeks, weekday_and_date)
    dated: list[Found] = []
    for f in in_weeks:
        if f.unit != "abbr":
            dated.append(_resolved_weekday(text, f, ctx, dated) if f.reading == _UNRESOLVED
                         else f)
    if not any(f.kind == "time" for f in dated):
        return dated  # (most texts: both joins below need a time)
    return _pairwise(_pairwise(dated, time_and_day), clock_and_part)


# The first end of a range of clock times before its join: "between 10 and", "from 7 to".
_FIRST_END = re.compile(r"(?<![\w.,:$£€/-])(?P<h>[01]?\d|2[0-3])(?::[0-5]\d)?"
                        r"(?:\s?[-–]\s?|\s+(?:to|and|until|till?)\s+)$")
_RANGE_OPENERS = frozenset(("between", "from"))
# What joins a day to the range of clock times after it: "Tuesday from 7 to 7:30".
_GAP_DAY_RANGE = re.compile(r",?\s{1,3}(?:from|between)\s+")


def _clock_ranges(text: str, found: list[Found]) -> list[Found]:
    """The first end of "between 10 and 11:30", "from 7 to 9:30 last night": a bare hour
    the clock after it makes a time, in that clock's half of the day and on its day. A day
    before the range is the day of both ends ("Tuesday from 7 to 7:30"). A second end without
    a meridiem follows a first end that has one ("from 7 p.m. to 9:30": 21:30)."""
    out: list[Found] = []
    for f in found:
        if f.kind != "time" or f.hour is None or f.value is None or f.start < 4:
            out.append(f)
            continue
        if out and _after_first_end(text, out[-1], f):
            second = _second_end(text, out[-1], f)
            opening = _first_in_half_of(text, out[-1], second)
            if (opening.unit is None and second.unit
                    and "local" not in text[opening.start:opening.end]):
                opening = dataclasses.replace(opening, unit=second.unit)  # "9 a.m. to 5 p.m. ET"
            out[-1] = _first_on_day_of(text, opening, second)
            out.append(second)
            continue
        end = _FIRST_END.search(text, max(0, f.start - 12), f.start)
        if end is None or not _opens_range(text, end, f):
            out.append(f)
            continue
        first = None
        if not (out and out[-1].end > end.start()):  # not read yet ("5-6 pm" is)
            first = _first_end(end.start(), end.end("h"), int(end.group("h")), f,
                               _HALF_IN.search(text, f.start, f.end) is not None)
        if first is None:
            out.append(f)
            continue
        day = out[-1] if out and f.low is None else None
        if day is not None and day.kind == "date" and day.granularity == "day" \
                and _GAP_DAY_RANGE.fullmatch(text, day.end, first.start):
            out[-1] = _timed(first, day, day.start, first.end)
            out.append(_timed(f, day, f.start, f.end))
        else:
            out += [first, f]
    return out


# A part of day written in a clock time ("seven in the morning", "11 at night").
_PART_IN_CLOCK = re.compile(r"\s(?:in\s+the|at)\s+(?:morning|afternoon|evening|night)")


def _opens_range(text: str, end: re.Match[str], second: Found) -> bool:
    """Whether the bare hour ``end`` starts a range up to the clock ``second``: after
    "between" or "from", or when ``second`` names its part of day ("5 to seven in the
    morning"; but "rose 5 to 7 in the evening" is a count and "3 and 5" two numbers)."""
    before = _word_before(text, end.start())
    if before in _RANGE_OPENERS:
        return True
    return (not end.group().rstrip().endswith("and") and before not in _NOT_CLOCK_VERBS
            and _PART_IN_CLOCK.search(text, second.start, second.end) is not None)


# What joins the ends of a range of clock times read on their own ("7 p.m. to 9:30").
_CLOCK_JOIN = re.compile(r"\s?[-–]\s?|\s+(?:to|until|till?|through|and)\s+")
_BETWEEN = re.compile(r"\b[Bb]etween\s")


def _after_first_end(text: str, first: Found, second: Found) -> bool:
    """Whether the clock ``second`` ends a range that ``first`` starts ("and" only after
    "between": "at 9 p.m. and 5:30" may be two times)."""
    if first.kind != "time" or first.hour is None:
        return False
    gap = _CLOCK_JOIN.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    return "and" not in gap.group() or _BETWEEN.search(text, max(0, first.start - 12),
                                                        first.end) is not None


def _first_on_day_of(text: str, first: Found, second: Found) -> Found:
    """A bare first end of a range of clock times on the second's day when it comes before it
    ("between 3 and 4 a.m. on Sunday"; "from 10 p.m. to 5 a.m. on Sunday" starts the day
    before). (A first end with its meridiem keeps to itself: tests/cases/times.yaml.)"""
    if (first.low is not None or second.low is None or first.hour is None
            or second.hour is None or _MERIDIEM_IN.search(text, first.start, first.end)):
        return first
    if first.hour * 60 + (first.minute or 0) > second.hour * 60 + (second.minute or 0):
        return first
    return _on_day_of(first, second)


# A meridiem or a part of day written in a clock time ("9 p.m.", "nine in the evening").
_HALF_IN = re.compile(r"[aApP]\.?\s?[mM](?![A-Za-z])|\b(?:morning|afternoon|evening|night)\b")


def _first_in_half_of(text: str, first: Found, second: Found) -> Found:
    """A first end without a meridiem in the half of the day of a second end that names its
    own ("from half past six until nine in the evening": 18:30), when it then comes first;
    not before a 24-hour second end ("from 10:00 to 22:00")."""
    if (first.hour is None or second.hour is None or first.hour >= 12 or second.hour < 12
            or text[first.start] == "0" or _MERIDIEM_IN.search(text, first.start, first.end)
            or _HALF_IN.search(text, first.start, first.end)
            or _HALF_IN.search(text, second.start, second.end) is None):
        return first
    later = first.hour * 60 + (first.minute or 0) + 720
    if later >= second.hour * 60 + (second.minute or 0):
        return first
    return _with_hour(first, first.hour + 12)


def _second_end(text: str, first: Found, second: Found) -> Found:
    """``second`` in the first end's half of the day when it has no meridiem of its own and
    would else come before it ("from 10 a.m. to 2:30" is 14:30, "from 11 p.m. to 6:00" stays
    6:00), and on its day."""
    assert first.hour is not None and second.hour is not None
    start = first.hour * 60 + (first.minute or 0)
    end = second.hour * 60 + (second.minute or 0)
    if (second.hour < 12 and end < start < end + 720 and text[second.start] != "0"
            and not _MERIDIEM_IN.search(text, second.start, second.end)):
        second = _with_hour(second, second.hour + 12)
        end += 720
    if second.low is None and first.low is not None and end >= start:
        return _on_day_of(second, first)
    return second


def _with_hour(clock: Found, hour: int) -> Found:
    """``clock`` at another hour ("T09:30" at 21 is "T21:30", its day kept)."""
    def moved(value: str) -> str:
        at = value.rfind("T")
        return f"{value[:at + 1]}{hour:02d}{value[at + 3:]}"

    assert clock.value is not None
    return dataclasses.replace(clock, value=moved(clock.value), timex=moved(clock.timex),
                               hour=hour)


def _first_end(start: int, end: int, hour: int, second: Found,
               half_written: bool = False) -> Found | None:
    """The first end of a range of clock times, as the hour ``hour`` in the second end's half
    of the day ("between 5 and 6 in the afternoon": 17:00) and on its day; the evening before
    a second end in the morning written so ("from 10 till 2 in the morning": 22:00)."""
    assert second.hour is not None
    if hour <= 12 and hour + 12 <= second.hour:
        hour += 12
    if hour * 60 >= second.hour * 60 + (second.minute or 0):
        if not (half_written and second.hour < 12 and 6 <= hour < 12):
            return None  # "between 11 and 1:30": no range within a day
        hour += 12  # (its day is the second's day before: left to that day's reading)
    clock = Found(start, end, "time", f"T{hour:02d}:00", f"T{hour:02d}:00", "hour", "ambiguous",
                  unit=second.unit, hour=hour, minute=0)
    return _on_day_of(clock, second)


def _on_day_of(clock: Found, other: Found) -> Found:
    """``clock`` on the day of the time ``other`` (unchanged when ``other`` names none)."""
    assert clock.value is not None and other.value is not None
    at = other.value.rfind("T")
    if at <= 0:
        return clock
    day = other.value[:at]
    timex = other.timex[:other.timex.rfind("T")]
    return dataclasses.replace(clock, value=day + clock.value, timex=timex + clock.timex,
                               low=other.low, high=other.high, reading=other.reading)


# "2 weeks before", "three months after", "10 days from": a day counted from the date after it
_OFFSET_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + _NUMWORD + r"|[Aa]n?|[Tt]he)\s+"
                            r"(?P<u>day|week|month|year)s?\s+(?P<d>before|after|from)\s+$")


_OFFSET_BASES = frozenset(("day", "month", "year"))


def _offset_days(text: str, found: list[Found]) -> list[Found]:
    """A day counted from a named day ("2 weeks before May 13 1999", "three months after
    Easter") is that day moved; the span takes in the offset. "The year before 2015", "the day
    after Christmas": the unit next to the named one."""
    out: list[Found] = []
    for f in found:
        m = None
        if f.kind == "date" and f.granularity in _OFFSET_BASES and f.low is not None and \
                f.high is not None and text.endswith((" before ", " after ", " from "), 0,
                                                     f.start):
            m = _OFFSET_BEFORE.search(text, max(0, f.start - 40, out[-1].end if out else 0),
                                      f.start)
        if m is None:  # (most dates)
            out.append(f)
            continue
        n = 1 if m.group("n").lower() in ("a", "an", "the") else _count(m.group("n"))
        the = m.group("n").lower() == "the"
        if not n or f.low is None or f.high is None or (
                f.granularity != "day" and not (the and f.granularity == m.group("u"))):
            out.append(f)
            continue
        k = -n if m.group("d") == "before" else n
        unit = m.group("u")
        low, high = shifted(f.low, unit, k), shifted(f.high, unit, k)
        if the and unit == "week" and f.granularity == "day":  # the seven days before/after
            low, high = (f.low - timedelta(days=7), f.low - ONE_DAY) if k < 0 else \
                (f.low + ONE_DAY, f.low + timedelta(days=7))
        elif unit != "day" and f.granularity == unit:  # the year before 2015: 2014
            low, high = shifted(f.low, unit, k), shifted(f.high + ONE_DAY, unit, k) - ONE_DAY
        value = span_value(low, high)
        out.append(dataclasses.replace(f, start=m.start(), value=value, timex=value, low=low,
                                       high=high, weekday=None, month_day=None))
    return out


def span_value(low: date, high: date) -> str:
    """The canonical value of the days ``low``..``high``: the year or the month they fill,
    the day, else their ISO interval."""
    if low.day == 1 and high == month_span(high.year, high.month)[1]:
        if (low.month, high.month, low.year) == (1, 12, high.year):
            return str(low.year)
        if (low.year, low.month) == (high.year, high.month):
            return f"{low.year:04d}-{low.month:02d}"
    return _iso(low) if low == high else f"{_iso(low)}/{_iso(high)}"


# What joins a month, quarter, season or day to the year after it: "June next year", "Q3 this
# year", "March of last year" ("next year's budget" is no year of the date before it).
_NAMED_YEAR_AFTER = re.compile(r"(?:\s+of|\s[-–—])?\s+(?:[Tt]his|[Nn]ext|[Ll]ast)\s+year(?![\w'’])")
_POSSESSIVE = ("'", "’")
_IN_YEAR = frozenset(("day", "month", "quarter", "half", "season"))


def _in_named_year(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """"June next year", "in Q3 this year", "early March of last year": the month (quarter,
    season, day) in the year that "this/next/last year" after it names, one date."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and f.granularity == "year" and text.endswith("year", 0, f.end)
                and prev.kind == "date" and f.kind == "date" and prev.granularity in _IN_YEAR
                and prev.weekday is None and prev.reading != "absolute"
                and not text.startswith(_POSSESSIVE, f.end)
                and _NAMED_YEAR_AFTER.fullmatch(text, prev.end, f.end)):
            joined = _moved_to_year(prev, f, ctx)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(f)
    return out


def _side_of(low: date | None, high: date | None, ref: date) -> str:
    """The reading of a date the text pins relative to the reference ``ref``."""
    if low is None or high is None:
        return "ambiguous"
    return "past" if high < ref else "future" if low > ref else "present"


def _moved_to_year(part: Found, year: Found, ctx: Context) -> Found | None:
    """``part`` (read in some year) moved to the year(s) ``year`` resolved to, spanning both."""
    if (part.low is None or part.high is None or year.low is None or year.high is None
            or part.value is None or not part.value[:4].isdigit() or year.value is None
            or (part.high - part.low).days > 190 or ctx.reference_date is None):
        return None  # (a part read over several years: the estimate of the reference is loose)
    base = int(part.value[:4])
    low = shifted(part.low, "year", year.low.year - base)
    high = shifted(part.high, "year", year.high.year - base)
    value = year.value[:4] + part.value[4:]
    reading = _side_of(low, high, ctx.reference_date)
    pinned = None if part.pinned_day is None else shifted(part.pinned_day, "year",
                                                          int(year.value[:4]) - base)
    return dataclasses.replace(part, end=year.end, value=value, timex=value, low=low, high=high,
                               reading=reading, pinned_day=pinned)


# "the first six months of", "the last 3 weeks of", "the ninth month of" a year or month
_SPAN_OF = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?P<fl>[Ff]irst|[Ll]ast|[Ff]inal)\s+"
                      r"(?P<n>\d{1,3}|" + _NUMWORD + r")\s+(?P<u>day|week|month)s\s+of\s+"
                      r"(?:the\s+)?$|(?<![\w-])(?:[Tt]he\s+)?(?P<o>(?i:" + _DAY_ORD_WORD
                      + r")|1[0-2]th|1st|2nd|3rd|[4-9]th)\s+month\s+of\s+(?:the\s+)?$")
_SPANNED = frozenset(("year", "month", "quarter"))


def _parts_of_periods(text: str, found: list[Found]) -> list[Found]:
    """"The first six months of 2025", "the last 3 weeks of this year", "the ninth month of
    next year": the part of the year (or month) the words before it name."""
    out = []
    for f in found:
        m = None
        if (f.kind == "date" and f.granularity in _SPANNED and f.low is not None
                and f.start >= 4 and text[f.start - 3:f.start] in ("of ", "he ")):
            m = _SPAN_OF.search(text, max(0, f.start - 40), f.start)
        if m is None:  # (most dates)
            out.append(f)
            continue
        part = None if f.low is None or f.high is None else _part_of_period(m, f.low, f.high)
        if part is None:
            out.append(f)
            continue
        low, high, unit = part
        value = span_value(low, high)
        out.append(dataclasses.replace(f, start=m.start(), value=value, timex=value, low=low,
                                       high=high, granularity=unit if unit != "week" else "day"))
    return out


def _part_of_period(m: re.Match[str], low: date, high: date) -> tuple[date, date, str] | None:
    if m.group("o"):
        raw = m.group("o").lower()
        k = int(raw[:-2]) if raw[0].isdigit() else DAY_ORDINALS.get(raw)
        if not k:
            return None
        y, mo = add_months(low.year, low.month, k - 1)
        first, last = month_span(y, mo)
        return (first, last, "month") if last <= high else None
    n, unit = _count(m.group("n")), m.group("u")
    if not n:
        return None
    if m.group("fl").lower() == "first":
        a, b = low, shifted(low, unit, n) - ONE_DAY
    else:
        a, b = shifted(high + ONE_DAY, unit, -n), high
    return (a, b, unit) if low <= a <= b <= high else None


# "2 weeks and" before "2 days ago"
_AGO_PART_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + _NUMWORD + r")\s+"
                              r"(?P<u>day|week|month|year|decade)s?(?:\s*,\s*|\s+and\s+|\s+)$")


def _compound_ago(text: str, found: list[Found]) -> list[Found]:
    """"Two years and three months ago", "2 weeks and 2 days ago": the larger units move
    what the last one ("three months ago") reached."""
    out: list[Found] = []
    for f in found:
        start, low, high = f.start, f.low, f.high
        floor = out[-1].end if out else 0
        while (f.kind == "date" and low is not None and high is not None
               and text.endswith(" ago", 0, f.end)):
            m = _AGO_PART_BEFORE.search(text, max(floor, start - 30), start)
            n = None if m is None else _count(m.group("n"))
            if m is None or not n:
                break
            low, high = shifted(low, m.group("u"), -n), shifted(high, m.group("u"), -n)
            start = m.start()
        if start == f.start or low is None or high is None:
            out.append(f)
            continue
        value = {"year": str(low.year), "month": f"{low.year:04d}-{low.month:02d}"}.get(
            f.granularity, _iso(low + (high - low) / 2))
        out.append(dataclasses.replace(f, start=start, value=value, timex=value, low=low,
                                       high=high))
    return out


# "August two thousand and fifteen", "13 Sept nineteen seventy two", "January twenty five
# nineteen eighty six" (the words before the year); "fifteen August" (a day before the month)
_MONTH_BEFORE_YEAR = re.compile(r"(?<![\w-])(?P<m>" + _MONTH + r")\.?,?\s+(?:of\s+(?=$)|"
                                r"(?:the\s+)?(?P<d>" + DAY_WORDS + r"|(?i:" + _DAY_ORD_WORD
                                + r"))\s+)?$")  # (and "June of nineteen ninety nine")
_DAY_BEFORE_MONTH = re.compile(r"(?<![\w-])(?:(?P<n>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                               r"(?:\s+of)?|(?P<d>" + DAY_WORDS + r")|(?:the\s+)?(?P<o>(?i:"
                               + _DAY_ORD_WORD + r"))\s+of)\s+$")  # (and "the fourth of July")
_YEAR_WORDS_AT = re.compile(r"(?P<y>" + YEAR_WORDS + r")(?![\w-])")
# After "two thousand (and fifteen)" only the end of a phrase makes it a year, not a count.
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)|\s+(?:and|or|but|when|while|after|before|until)"
                         r"\b")


def _years_in_words(text: str, found: list[Found], starts: list[int]) -> list[Found]:
    """A year in words after a month ("October two thousand and five", "13 Sept nineteen
    seventy two") or after "in" ("in nineteen ninety six"). It replaces what was read of the
    month or day alone. (``starts``: where one may start, from the pass of _space_anchors.)"""
    if not starts:
        return found
    out = list(found)
    for i in starts:
        m = _YEAR_WORDS_AT.match(text, i)
        y = None if m is None else _year_of_words(text, m)
        if m is None or y is None:
            continue
        before = _MONTH_BEFORE_YEAR.search(text, max(0, i - 40), i)
        if before is not None:
            f = _month_year_words(text, before, m.end(), y)
        elif text[i - 3:i] in ("in ", "In "):
            f = Found(i, m.end(), "date", str(y), str(y), "year", "absolute", date(y, 1, 1),
                      date(y, 12, 31))
        else:
            continue
        if f is not None:
            out = [g for g in out if g.end <= f.start or g.start >= f.end] + [f]
    return sorted(out, key=lambda g: g.start)


def _year_of_words(text: str, m: re.Match[str]) -> int | None:
    raw = m.group("y")
    y = year_value(raw)
    if y is None or not 1000 <= y <= 2199:
        return None
    if raw.lower().startswith("two") and not _PHRASE_END.match(text, m.end()):
        return None  # "in two thousand cases", "March two thousand people"
    return y


def _day_written(m: re.Match[str]) -> int | None:
    """The day a match of _DAY_BEFORE_MONTH names: "13", "fifteen", "the fourth of"."""
    if m.group("n"):
        return int(m.group("n"))
    if m.group("d"):
        return day_value(m.group("d"))
    return DAY_ORDINALS.get(" ".join(m.group("o").lower().split()))


def _month_year_words(text: str, m: re.Match[str], end: int, y: int) -> Found | None:
    month = MONTHS[m.group("m").lower()]
    start, day = m.start(), None
    if m.group("d"):
        raw = " ".join(m.group("d").lower().replace("-", " ").split())
        day = day_value(raw) or DAY_ORDINALS.get(raw)
    else:
        before = _DAY_BEFORE_MONTH.search(text, max(0, start - 14), start)
        if before is not None:
            day = _day_written(before)
            start = before.start()
    if day is None:
        lo, hi = month_span(y, month)
        return Found(start, end, "date", f"{y:04d}-{month:02d}", f"{y:04d}-{month:02d}",
                     "month", "absolute", lo, hi)
    d = safe_date(y, month, day)
    return None if d is None else _absolute_day(start, end, d)


def _bare_weekday(text: str, f: Found) -> bool:
    return f.weekday is not None and f.unit != "abbr" and text[f.start:f.end].lower() in WEEKDAYS


def _weekdays_in_week(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """Weekdays beside a named week fall in it: "Friday next week", "next week on Tuesday",
    and each weekday of a list ("Tuesday or Thursday next week", "next week, preferably on
    Monday or Wednesday"). The weekday next to the week takes the week into its span."""
    out = list(found)
    k = 0
    while k < len(out):
        week = out[k]
        step = week.week_step
        if step is None or week.weekday is not None:
            k += 1
            continue
        after = _listed(text, out, k, 1)
        before = _listed(text, out, k, -1)
        for j in after[1:] + before[1:]:
            out[j] = _in_week(out[j], step, out[j].start, out[j].end, ctx)
        if before:  # "Friday next week"
            j = before[0]
            out[j] = _in_week(out[j], step, out[j].start, week.end, ctx)
            del out[k]
        elif after:  # "next week on Tuesday"
            j = after[0]
            out[j] = _in_week(out[j], step, week.start, out[j].end, ctx)
            del out[k]
        else:
            k += 1
    return out


# Between a week and a weekday ("next week, preferably on Tuesday"); between listed weekdays.
_GAP_WEEK_WD = re.compile(r",?\s{1,2}(?:(?:how\s+about|maybe|say|preferably|perhaps|ideally"
                          r"|probably)\s*,?\s+)*(?:on\s+|from\s+)?")
_GAP_WD_LIST = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+"
                          r"|\s?[-–]\s?|\s+(?:to|through|thru|till|until)\s+")  # (a range's ends)


def _listed(text: str, found: list[Found], k: int, step: int) -> list[int]:
    """Indices of the bare weekdays listed after (``step`` 1) or before (-1) ``found[k]``,
    nearest first."""
    out: list[int] = []
    j, edge = k + step, found[k]
    while 0 <= j < len(found) and _bare_weekday(text, found[j]):
        f = found[j]
        if step > 0:
            gap = (_GAP_WD_LIST if out else _GAP_WEEK_WD).fullmatch(text, edge.end, f.start)
        else:
            gap = (_GAP_WD_LIST if out else _GAP_WD_WEEK).fullmatch(text, f.end, edge.start)
        if gap is None:
            break
        out.append(j)
        j, edge = j + step, f
    return out


def _in_week(wd: Found, step: int, start: int, end: int, ctx: Context) -> Found:
    weekday = wd.weekday
    assert weekday is not None

    def day(a: date) -> Reading:
        return day_reading(a - timedelta(days=a.weekday()) + timedelta(weeks=step, days=weekday))

    return relative(start, end, ctx, "fixed", fixed_occ(day), f"XXXX-WXX-{weekday + 1}",
                    "day", pinned=True, key=("in-week", step, weekday))


def _with_weekday(text: str, wd: Found, d: Found, ctx: Context) -> Found:
    assert wd.weekday is not None and d.month_day is not None
    if d.reading == "absolute" or ctx.reference_date is None:
        merged = Found(wd.start, d.end, "date", d.value, d.timex, "day", d.reading, d.low,
                       d.high, pinned_day=d.pinned_day, month_day=d.month_day)
        return merged
    month, day = d.month_day
    direction = _tense_direction(text, wd.start, d.end, "nearest")
    f = relative(wd.start, d.end, ctx, direction, monthday_occ(month, day, wd.weekday),
                 f"XXXX-{month:02d}-{day:02d}", "day", cycle=365, key=(wd.weekday,))
    if f.low is not None and d.low is not None and abs(f.low.year - d.low.year) > 6:
        # "Monday, June 5" where June 5 of the years around is no Monday (in 2016 the past one
        # is 2006): the text errs in one of them, and a decade away is no reading of it
        return dataclasses.replace(d, start=wd.start)
    if f.low == f.high and f.value:
        f.timex = f.value  # the weekday pins the year
    f.month_day = d.month_day
    return f


# Capitalised words that may stand before a holiday's name without being a first name.
_HOLIDAY_MODIFIERS = _set("merry happy orthodox eastern western catholic coptic lunar last next "
                          "this every since until before after during over through")


@lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    from factcheck.extract.names import lexicon  # the gazetteer's adjectives of nationality

    return frozenset(_HOLIDAY_MODIFIERS | lexicon().demonym)


def _after_a_name(text: str, s: int) -> bool:
    """Whether a capitalised word inside a sentence, not a modifier of holidays, stands right
    before ``s``: "Johnnie Christmas", "Mariah Easter" are people."""
    words = prev_words(text, s, 1)
    if not words:
        return False
    word, at = words[-1]
    if not (len(word) > 2 and word[0].isupper() and word[1:].islower()) or \
            word.lower() in _not_first_names() or at + len(word) + 1 != s:
        return False
    before = text[max(0, at - 3):at].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"“:"


_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# Words before a part of day that make it a time of a day, not a noun ("the evening news").
_PART_BEFORE = _set("in during on at by until till overnight") | set(WEEKDAYS) | _set(
    "yesterday today tomorrow")


def _part_of_day(text: str, s: int, e: int, mod: str | None, unit: str,
                 plural: bool = False) -> Found | None:
    """"Sunday morning", "early in the morning", "late afternoon", "at night": a time whose
    value is the TIMEX part of day (TMO, TAF, TEV, TNI), joined to its day by _merge. A
    plural only after "in the" or "during the" ("works in the mornings": a habit's hours)."""
    words = prev_words(text, s, 2)
    prev = [w.lower() for w, _ in words]
    if prev[-1:] == ["the"]:
        prev = prev[:-1]
    if plural and prev[-1:] not in (["in"], ["during"]):
        return None
    if mod or (prev and prev[-1] in _PART_BEFORE) or _next_to_clock(text, s, e):
        return _part_at(unit, s, e)
    lead = _DAY_OF_THE_STORY.search(text, max(0, s - 20), s)
    return None if lead is None else _part_of_the_story(text, lead.start(), e, unit)


def _part_of_the_story(text: str, s: int, e: int, unit: str) -> Found | None:
    """"that night", "the next morning" from ``s`` to ``e``: a part of day of a day the story
    named before, a time only right after a clock ("at 10 that night", "8 a.m. the next
    morning"; "That night was cold" is none). Its day is left unread."""
    return _part_at(unit, s, e) if _clock_ends_at(text, s) else None


# A day the story has named before a part of day: "that night", "the next morning", "the
# following evening", "the same afternoon" (a time only after a clock: see _part_of_day).
_DAY_OF_THE_STORY = re.compile(r"(?:\b[Tt]hat|\b[Tt]he\s(?:next|following|same))\s$")
# A clock ending before such a day: "2:30", "11 p.m.", "o'clock", "at 10" (a bare hour after
# a preposition, read by _hours_by_parts).
_CLOCK_BEFORE_DAY = re.compile(r"(?:\d[:.][0-5]\d|\d\s?[aApP]\.?\s?[mM]\.?|o['’]clock"
                               r"|(?<![\w.,:$£€/-])(?P<p>[Aa]t|[Aa]round|[Aa]bout|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince)"
                               r"\s(?:1[0-2]|0?[1-9]))\s$")


def _clock_ends_at(text: str, pos: int) -> bool:
    """Whether a clock time ends right before ``pos`` (and a space): not a bare hour after a
    verb of counts ("rose at 10")."""
    low = max(0, pos - 16)
    m = _CLOCK_BEFORE_DAY.search(text, low, pos)
    if m is not None:
        return m.group("p") is None or _word_before(text, m.start()) not in _NOT_CLOCK_VERBS
    return _CLOCK_BEFORE_PART.search(text, low, pos) is not None


# A clock's end right before a part of day ("half past seven afternoon", "1 o'clock
# lunchtime"), and a clock right after one ("afternoon 7:00", "afternoon at 7").
_CLOCK_BEFORE_PART = re.compile(r"(?:\d:[0-5]\d|o['’]clock|\s(?:past|to)\s+(?:1[0-2]|[1-9]|(?i:"
                                + _HOUR_WORD + r")))\s$")
_CLOCK_AFTER_PART = re.compile(r",?\s(?:at\s)?(?:1[0-2]|0?[1-9])(?P<m>[:.][0-5]\d(?::[0-5]\d)?"
                               r"|\s?[ap]\.?m\b)?(?![\w:.,/%-]\w|[%-])")


def _next_to_clock(text: str, s: int, e: int) -> bool:
    """Whether a part of day from ``s`` to ``e`` with no preposition or day before it is the
    part of a clock time next to it: after one, before a pause or a function word ("two
    afternoon sessions" are counted), or before one that has minutes or a meridiem or ends the
    clause ("afternoon at 10 Downing Street" is an address)."""
    if _CLOCK_BEFORE_PART.search(text, max(0, s - 14), s) is not None:
        return _pause_or(text, e, _MEAL_FOLLOWERS)
    after = _CLOCK_AFTER_PART.match(text, e)
    return after is not None and (after.group("m") is not None
                                  or _pause_or(text, after.end(), _HOUR_FOLLOWERS))


# Meals and halves of the day as parts of day (hours for scoring as for the TIMEX ones):
# breakfast TBF 06-10, lunch TLU 11-14, dinner and supper TDI 17-21, daytime TDT 06-18;
# night-time is the night (TNI).
_MEAL_CODES = {"breakfast": "BF", "lunch": "LU", "dinner": "DI", "supper": "DI", "day": "DT",
               "night": "NI"}
_PARTS = {unit: Found(0, 0, "time", "T" + code, "XXXX-XX-XXT" + code, "daypart", "absolute")
          for unit, code in {**_PART_CODES, **_MEAL_CODES}.items()}


def _part_at(unit: str, s: int, e: int) -> Found:
    """The part of day ``unit`` of _PARTS from ``s`` to ``e`` (as dataclasses.replace would
    give it, without its walk over the fields: those it leaves unset stay so)."""
    part = _PARTS[unit]
    return Found(s, e, part.kind, part.value, part.timex, part.granularity, part.reading)
# Words before a meal that make it a time ("at lunch", "after dinner"; "at a dinner" is an
# event, "for lunch" a purpose).
_MEAL_PREPS = _set("at before after around about by until till during over since from")
# Words after a bare meal that leave it a time ("after dinner tomorrow", "at lunch, he said";
# "at dinner parties", "after dinner speeches" are nouns).
_MEAL_FOLLOWERS = _set(
    "with on at in and or but when while as he she they we i it the a an his her their its "
    "to for by this that there today tomorrow yesterday tonight") | frozenset(WEEKDAYS)


def _meal(text: str, s: int, e: int, word: str, timed: bool) -> Found | None:
    """"at lunch", "after dinnertime tomorrow", "before breakfast", "in the daytime": a part
    of day after a time preposition. "Daytime" and "night-time" only after "in/during the"
    ("daytime temperatures" is an adjective); a bare meal only before a pause, a function word
    or a day ("at dinner parties" is a noun)."""
    words = [w.lower() for w, _ in prev_words(text, s, 2)]
    if word in ("day", "night"):
        if words[-2:] not in (["in", "the"], ["during", "the"]):
            return None
    elif not (words and (words[-1] in _MEAL_PREPS or timed and words[-1] in _PART_BEFORE)
              or timed and _next_to_clock(text, s, e)):
        return None  # ("Monday lunchtime" as "Monday morning", "1 o'clock lunchtime")
    elif not timed and not _pause_or(text, e, _MEAL_FOLLOWERS):
        return None
    return _part_at(word, s, e)


# A part of day that names the early hours' day itself: "of Sunday morning", "of the morning".
_EARLY_HOURS_OF = re.compile(r"\s+of\s+(?P<the>the\s+)?(?:[A-Z][a-z]+\s+)?(?:morning|night)"
                             r"(?![\w-])")


def _early_hours(text: str, s: int, e: int) -> Found | None:
    """"in the early hours (of Sunday)", "the small hours": the morning before dawn (TMO),
    joined to its day by _merge; "of Sunday morning" leaves it to "Sunday morning"."""
    if _word_before(text, s) != "the":
        return None  # "he works early hours"
    of = _EARLY_HOURS_OF.match(text, e)
    if of is not None:
        if not of.group("the"):
            return None
        e = of.end()  # "the early hours of the morning"
    return _part_at("morning", s, e)


_MERIDIEM_IN = re.compile(_AMPM + r"|noon|midnight", re.IGNORECASE)


def _in_part(text: str, clock: Found, code: str) -> Found:
    """A clock without a.m./p.m. in the afternoon, evening or night is after noon: "10:00 on
    Sunday late evening" is 22:00, "9:30 last night" 21:30 (not "09:30", written 24-hour)."""
    hour = clock.hour
    if (hour is None or hour >= 12 or clock.value is None or text[clock.start] == "0"
            or _MERIDIEM_IN.search(text, clock.start, clock.end)):
        return clock
    if not (code in ("TAF", "TEV") or (code in ("TNI", "TDI") and hour >= 6)
            or (code == "TLU" and hour < 6)):  # ("1 o'clock lunchtime": 13:00)
        return clock
    return _with_hour(clock, hour + 12)


def _clock_in_part(text: str, clock: Found, part: Found, start: int, end: int) -> Found:
    """A clock time next to a part of day, in its half of the day and on its day."""
    clock = _in_part(text, clock, (part.value or "")[-3:])
    if clock.low is not None or part.low is None:
        return dataclasses.replace(clock, start=start, end=end)
    return _timed(clock, _day_of(part, clock.hour), start, end)


# A bare hour after a preposition before or after a part of day: "at 9 last night", "at 5 on
# Sunday afternoon", "tonight around 7", "in the afternoon at 7".
_HOUR_BEFORE_PART = re.compile(r"(?<![\w.,:$£€/-])(?P<p>[Aa]t|[Aa]round|[Aa]bout|[Bb]y|[Uu]ntil"
                               r"|[Tt]ill|[Ff]rom|[Ss]ince|(?:[Bb]etween|[Ff]rom)\s(?:1[0-2]|0?[1-9])"
                               r"\s(?:and|to|until|till))\s(?P<h>1[0-2]|0?[1-9])\s(?:on\s)?$")
_HOUR_AFTER_PART = re.compile(r",?\s(?P<p>at|around|about|by|until|till|from|since)\s"
                              r"(?P<h>1[0-2]|0?[1-9])(?![\w:.,/%-]\w|[%-])")
# Words after "tonight at 10" that leave it a time ("Sunday morning at 10 Downing Street" is
# an address).
_HOUR_FOLLOWERS = _set("and or but when with in on to he she they we it the his her their as "
                       "after before o'clock o’clock")
_CLOCK_PARTS = frozenset(("TMO", "TAF", "TEV", "TNI"))
# Verbs before "from 5 to 9 last night", "at 9 last night" or "Friday afternoon at 12" that
# make the number a count changing or standing ("the toll rose from 5 to 9 last night",
# "stood at 9", "closed Friday afternoon at 12"), not an hour.
_NOT_CLOCK_VERBS = _set(
    "rose rise rises risen rising fell fall falls fallen falling increased increase increases "
    "decreased decrease climbed climb grew grow jumped jump dropped drop soared surged plunged "
    "slipped edged went cut raised reduced lowered up down") | _PRICE_ONLY


def _hours_by_parts(text: str, found: list[Found]) -> list[Found]:
    """A bare hour next to a part of day is a clock time in it: "at 9 last night" (21:00 the
    evening before), "tonight around 7" (about 19:00), "this morning at 6"."""
    out: list[Found] = []
    for k, f in enumerate(found):
        if (f.kind != "time" or f.granularity != "daypart" or f.value is None
                or f.value[-3:] not in _CLOCK_PARTS):
            out.append(f)
            continue
        before = _HOUR_BEFORE_PART.search(text, max(0, f.start - 28), f.start)
        if (before is not None and not (out and out[-1].end > before.start())
                and _word_before(text, before.start()) not in _NOT_CLOCK_VERBS):
            out.append(_hour_in_part(text, before, f, _hour_start(before), f.end))
            continue
        after = _HOUR_AFTER_PART.match(text, f.end)
        if (after is not None and not (k + 1 < len(found) and found[k + 1].start < after.end())
                and _pause_or(text, after.end(), _HOUR_FOLLOWERS)
                and _word_before(text, f.start) not in _NOT_CLOCK_VERBS):
            out.append(_hour_in_part(text, after, f, f.start, after.end()))
            continue
        out.append(f)
    return out


def _pause_or(text: str, pos: int, words: frozenset[str]) -> bool:
    """Whether the text at ``pos`` ends, pauses, or goes on with one of ``words``."""
    rest = text[pos:pos + 2]
    if not rest or rest[0] in ".,;:!?)\n" or rest == " (":
        return True
    return next_word(text, pos).rstrip(".,").lower() in words


def _hour_start(m: re.Match[str]) -> int:
    """Where "at 9" or "around 9" starts as a time: at its hour, or at a qualifier (the first
    end of "between 7 and 9 last night" is read by _clock_ranges)."""
    return m.start() if m.group("p").lower() in _TIME_QUALIFIERS else m.start("h")


def _hour_in_part(text: str, m: re.Match[str], part: Found, start: int, end: int) -> Found:
    """The hour ``m`` read next to ``part`` as a clock time from ``start`` to ``end``."""
    h = int(m.group("h"))
    qualifier = "about" if m.group("p").lower() in _TIME_QUALIFIERS else None
    clock = Found(m.start("h"), m.end("h"), "time", f"T{h:02d}:00", f"T{h:02d}:00", "hour",
                  "ambiguous", qualifier=qualifier, hour=h, minute=0)
    return _clock_in_part(text, clock, part, start, end)


def _day_of(part: Found, hour: int | None) -> Found:
    """The day a part of day with its day ("last night") gives a clock time in it: the night's
    small hours belong to the next day."""
    assert part.value is not None and part.low is not None
    day = part.low + ONE_DAY if part.value.endswith("TNI") and (hour or 0) < 12 else part.low
    return Found(part.start, part.end, "date", _iso(day), _iso(day), "day",
                 part.reading, day, day)


def _day_part(d: Found, unit: str) -> Found:
    """The day "this morning", "last night", "tonight" name, as the time of that part of it."""
    return _timed(_PARTS[unit], d, d.start, d.end)


def _timed(t: Found, d: Found, start: int, end: int) -> Found:
    assert t.value is not None and d.value is not None
    clock = t.value  # "T00:30"
    lo, hi = d.low, d.high
    if clock == "TNI" and hi is not None:
        hi = hi + ONE_DAY  # a night runs past midnight: "Sunday night" may be reported as Monday
    if t.qualifier and lo is not None and hi is not None:
        if t.hour == 0:
            lo = lo - ONE_DAY  # "around 12:30 a.m." may be just before midnight
        elif t.hour == 23:
            hi = hi + ONE_DAY
    return Found(start, end, "time", d.value + clock, d.timex + clock, t.granularity,
                 d.reading, lo, hi, unit=t.unit, qualifier=t.qualifier, hour=t.hour,
                 minute=t.minute)
