"""Clock times and parts of the day: "12:30 a.m.", "half past three", "0730 GMT", "noon",
ranges of clock times ("between 5 and 6 in the afternoon"), "Sunday morning", meals ("at
lunch") and clocks beside a part of day ("11 p.m. last night")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from factcheck.extract._calendar.arithmetic import Found, _iso
from factcheck.extract._calendar.words import (
    _AMPM,
    _CLAUSE_END,
    _FROM_AN_EVENT,
    _HOUR_WORD,
    _OUTER,
    _TIME_PREPS,
    _TIME_QUALIFIERS,
    _US_ZONES,
    _WEEKDAY,
    _ZONE_AHEAD,
    CLOCK_MINUTES,
    DAY_ORDINALS,
    HOUR_WORDS,
    MINUTE_WORDS,
    NUMBER_WORDS,
    ONE_DAY,
    WEEKDAYS,
    _list,
    _set,
    _word_before,
    next_word,
    prev_words,
)

# Minutes in words a clock counts back from the hour by ("ten to nine"); others before "to"
# make a range ("three to four in the afternoon") unless "minutes" follows them.
# "It's 8 in the morning", "it was eight in the evening": the hour is the time of day.
_IT_IS = re.compile(r"(?<![\w'’])[Ii]t(?:['’]s|\s+(?:is|was))\s+$")
# Words before "ten to nine" that make it a clock ("and twenty to ten more" is a count).
_TO_CLOCK_PREPS = _set("at by around about before after until till circa approximately roughly "
                       "past since today tomorrow tonight yesterday") | frozenset(WEEKDAYS)
_TO_MINUTES = frozenset(("five", "ten", "twenty", "twenty-five", "twenty five", "quarter",
                         "a quarter"))


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
def _between_before(text: str, s: int) -> bool:
    """Whether "between" opens the range whose "and" is just before ``s`` ("between 10 p.m.
    and midnight")."""
    return text.rfind("between ", max(0, s - 32), s) >= 0 or text.rfind(
        "Between ", max(0, s - 32), s) >= 0


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
        if g("cbm") and not _dotted_clock(text, s, e, prev, words, zone or g("clocal")):
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
                and not ((prev == "to" or prev == "and" and _between_before(text, s))
                         and _pause_or(text, e, _MEAL_FOLLOWERS))
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
            second = _after_weekday_of(out[-1], _second_end(text, out[-1], f))
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
            and (None in (first.low, second.low) or second.low == first.low)
            and not _MERIDIEM_IN.search(text, second.start, second.end)):
        second = _with_hour(second, second.hour + 12)
        end += 720
    if second.low is None and first.low is not None:
        # "from 10 p.m. Friday to 6 a.m.": the second end before the first is the next day
        return _on_day_of(second, first) if end >= start else _on_day_after(second, first)
    return second


def _after_weekday_of(first: Found, second: Found) -> Found:
    """A second end on a weekday comes after the first end's day ("between 10pm Friday and
    5am Monday": the Monday after that Friday)."""
    if (first.low is None or first.low != first.high or second.low is None
            or second.low != second.high or second.low >= first.low
            or "WXX" not in second.timex or second.value is None):
        return second
    weeks = ((first.low - second.low).days + 6) // 7
    moved = second.low + timedelta(weeks=weeks)
    return dataclasses.replace(second, value=_iso(moved) + second.value[10:], low=moved,
                               high=moved, reading="future" if first.reading == "future"
                               else second.reading)


def _on_day_after(clock: Found, other: Found) -> Found:
    """``clock`` on the day after the time ``other``'s (unchanged when ``other`` names no
    ISO day); the timex keeps the day only when the text pins it whole."""
    assert clock.value is not None and other.value is not None
    if other.value.find("T") != 10 or other.low is None or other.high is None \
            or not clock.value.startswith("T"):
        return clock
    day = date.fromisoformat(other.value[:10]) + ONE_DAY
    pinned = other.timex[:other.timex.find("T")]
    timex = (_iso(day) if pinned and "X" not in pinned else "") + clock.timex
    return dataclasses.replace(clock, value=_iso(day) + clock.value, timex=timex,
                               low=other.low + ONE_DAY, high=other.high + ONE_DAY,
                               reading=other.reading)


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
    if (len(prev) == 2 and prev[1] in WEEKDAYS and prev[0] in _FROM_AN_EVENT
            and _word_before(text, words[0][1]) == "the"):
        return None  # "the next Tuesday night": its day counts from an event (see _anaphora)
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
               "night": "NI", "dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV"}
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


# "early (on) Friday", "late Friday": the edge of a weekday the wire story means.
_EDGE_BEFORE = re.compile(r"(?<![\w-])(?P<e>[Ee]arly|[Ll]ate)\s+(?:on\s+)?$")


def _edge_of_day(text: str, day: Found) -> Found:
    """"early Friday" (the hours before dawn, as "the early hours of Friday": TMO) and "late
    Friday" (its night, TNI): a weekday's date made the time of that part of it, as "Friday
    morning" is. Other days are given back as they are."""
    if day.value is None or not text[day.start - 3 : day.start - 1].isalpha():
        return day
    edge = _EDGE_BEFORE.search(text, max(0, day.start - 10), day.start)
    if edge is None:
        return day
    part = _part_at("morning" if edge.group("e") in ("early", "Early") else "night",
                    edge.start(), day.start)
    return _timed(part, day, edge.start(), day.end)


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


# A year right after a clock time to the second that follows a month and day: "Wed Oct 26
# 15:50:06 2016", as logs and ctime write a date (not a range "15:50:06-2016").
_YEAR_AFTER_CLOCK = re.compile(r" ((?:19|20)\d\d)(?![\d:/.,-]?\d)")
_MONTH_DAY_TIMEX = re.compile(r"XXXX-(\d\d)-(\d\d)T")
_SECONDS = re.compile(r"\d\d:\d\d:\d\d")


def _year_after_clock(text: str, found: list[Found]) -> list[Found]:
    """Times with a month and day but no year that a year follows take that year."""
    out: list[Found] = []
    for f in found:
        if out and out[-1].end > f.start:
            continue  # the year a time before took ("... 15:50:06 2016")
        md = _MONTH_DAY_TIMEX.match(f.timex) if f.kind == "time" else None
        # (a clock to the second, as logs write: "at 10:30 2016 people" is a count)
        year = (_YEAR_AFTER_CLOCK.match(text, f.end)
                if md and _SECONDS.fullmatch(text, max(0, f.end - 8), f.end) else None)
        day = None
        if md and year:
            try:
                day = date(int(year.group(1)), int(md.group(1)), int(md.group(2)))
            except ValueError:
                day = None  # (29 February of a year without one)
        if day is None or year is None:
            out.append(f)
            continue
        out.append(dataclasses.replace(
            f, end=year.end(), value=year.group(1) + (f.value or "")[4:],
            timex=year.group(1) + f.timex[4:], reading="absolute", low=day, high=day,
            pinned_day=day))
    return out
