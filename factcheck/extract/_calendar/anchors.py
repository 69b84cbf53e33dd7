"""Where a date or time may start: the offsets the scanner tries (`_all_starts`), found by
cheap searches for the words and digit shapes that can open one, and the searches back from a
word that ends one ("ago", "century", "Day")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcheck.extract._calendar.clocks import _RANGE_OPENERS, _counts_to_the_hour
from factcheck.extract._calendar.words import (
    _AGO_ALT,
    _CENTURY_ALT,
    _CENTURY_ORD,
    _CENTURY_ORDINALS,
    _CLOCK_TENS,
    _DAY_MONTH_ALT,
    _DAY_ORD_WORD,
    _DECADE_WORDS,
    _HHMM_ALT,
    _HOLIDAY_NAME,
    _HOUR_RANGE_ALT,
    _HOUR_WORD,
    _MEAL_ALT,
    _MINUTE_WORD,
    _MONTH,
    _MONTH_DAY_ALT,
    _MONTH_WORDS,
    _NOT_DIGIT_CHECK,
    _NTH_ORDINALS,
    _NUMWORD,
    _ORDINAL_ALT,
    _PART_OF_DAY_ALT,
    _PERIOD_ALT,
    _QUARTER_ALT,
    _REL_ALT,
    _SCAN_BEFORE,
    _SEASON_ALT,
    _STRETCH_ALT,
    _STRETCH_MODS,
    _STRETCH_UNITS,
    _THE_N_STRETCH_ALT,
    _WEEKDAY_ALT,
    _WEEKDAY_WORDS,
    _YEAR_ALT,
    HOUR_WORDS,
    MINUTE_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    _list,
    _set,
    _word_before,
)
from factcheck.text import alternation, regex_trie

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
              "dinner", "supper", "daytime", "day-time", "dawn", "daybreak", "dusk",
              "nightfall"}
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
                       r"(?:day|week|month|year|decade|century|fortnight|hour|minute)s?\s+$")
# The count of an offset's units and its space: "3 ", "three ", "a few ", "a couple of ".
_UNIT_COUNT = r"(?:\d{1,3}|" + _NUMWORD + r"|[Aa]\s+few|[Aa]\s+couple\s+of)\s+"
_BACK_FROM_NOW = re.compile(_UNIT_COUNT + r"(?:day|week|month|year|decade|fortnight|hour|minute)s?"
                            r"\s+from\s+$")
_BACK_IN_FUTURE = re.compile(_UNIT_COUNT + r"(?:day|week|month|year|decade|fortnight)s?"
                             r"\s+in\s+the\s+$")
_BACK_OCLOCK = re.compile(r"(?:" + _NUMWORD + r")\s+$")
_BACK_QUARTER = re.compile(r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)(?:\s+|-)$")
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
_UNIT_ENDS = tuple(u + s for u in _list("day week month year decade century fortnight hour minute")
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
        (_BACK_QUARTER, (tuple(ORDINAL_WORDS) + tuple(w.title() for w in ORDINAL_WORDS
                                                      if w.isalpha()), False)),
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
_MINUTE_UNITS = frozenset(("minutes", "minute", "mins", "min"))
_TO_AFTER_TENS = re.compile(r"(?:[-\s]five)?\s+(?:min(?:ute)?s?\s+)?to\s")
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
                    if w.startswith(("day", "week", "month", "year", "decade"))}}
_PERIOD_OFS = (" of ", " of the ", " of this ", " of my ")
_YEAR_END_UNITS = frozenset(("year", "month"))
_YEAR_END_AFTER = ("-end", " end")


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
        if word in _YEAR_END_UNITS:  # "by year-end", "at month end", "before end-year"
            if text.startswith(_YEAR_END_AFTER, w + len(word)):
                out.append(w)
            elif text.endswith("end-", 0, w):
                out.append(w - 4)
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
                if before not in "-–" and (after in _YEAR_ONLY_AFTER and not (
                        after == "." and text[j + 1:j + 2].isdigit())  # ("2015.5.13")
                        or after.isspace() and (
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
            if text.endswith(("the ", "The "), 0, i) and word in ("twenty", "thirty"):
                starts.append(i - 4)  # "on the twenty-second" (see _spelled_ordinal)
                spelled.add(i - 4)
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
