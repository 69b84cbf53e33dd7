"""Deciding what each number is: money, percentage, count of a noun, measure, age, duration or
bare number (`_classify`), with its qualifier and interval."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract._calendar.words import MONTHS, WEEKDAYS
from factcheck.extract._numscan.context import (
    _AFTER_RUNS,
    _AGE_AFTER,
    _AGE_AFTER_OPENS,
    _AGE_BEFORE,
    _AGE_BETWEEN,
    _AGE_CLAUSE_AFTER,
    _AGE_IS,
    _AGE_LIST,
    _AGE_NAME_AFTER,
    _AGE_UNIT_AFTER,
    _COMMA,
    _DUR_AFTER,
    _DUR_AFTER_OPENS,
    _DUR_CLOCK,
    _DUR_HALF_TAIL,
    _DUR_OFFSET,
    _DUR_SUBUNIT_TAIL,
    _HALF_DURATION,
    _HYPHEN_NOUN,
    _INCHES_AFTER,
    _LABEL_ENDS,
    _LABEL_LIST,
    _LABEL_WORDS,
    _LENGTH_CUE,
    _LIST_JOINS,
    _MASS_OF,
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _MONTH_COMMA,
    _MONTH_WORDS,
    _MONTHS,
    _NAME_COMMA,
    _NAME_PAREN,
    _NEXT_TWO,
    _NEXT_WORD,
    _PERCENT,
    _PERCENT_OPENS,
    _PERSON_COMMA,
    _PERSON_IS,
    _PREFIX,
    _PREFIX_ENDS,
    _PREV_WORD,
    _QUALIFIERS,
    _QUIET_AFTER,
    _SPACED_WORD,
    _STREET_AFTER,
    _SUBJECT_AFTER,
    _SUBUNIT_NAMES,
    _SUBUNITS,
    _WEIGHT_BEFORE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    DURATION_UNITS,
    FUNCTION_WORDS,
    ISO_CODES,
    LOCAL_PREFIXES,
    MINOR_WORDS,
    _comparison_base,
    _context_unit,
    _cur_after,
    _measure_context,
    _modifier_ok,
    _noun_ok,
    singular,
)
from factcheck.extract._numscan.hits import (
    _CLAUSE_END,
    _LETTER_CURRENCIES,
    _PREFIX_WORDS,
    _at_one_point,
    _before_space,
    _glued_letter_currency,
    _Hit,
    _idiom_of_one,
    _interval,
    _may_cue_age,
    _qualifier_ending,
)
from factcheck.extract._numscan.words import NAN, _opening, parse_number
from factcheck.extract.base import Claim
from factcheck.units import unit_at


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
    if text[i] in "s.bhpk" and not text.endswith(_PREFIX_WORDS, 0, i + 1):
        return None
    return _PREFIX.search(text, max(0, start - 9), start)


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
        and hit.end - start == 4  # (no "1,500" nor "1 500")
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


#: A month whose number after it is its day even before a word: "the Sept. 11 attacks", "its
#: Nov. 8 meeting", "the quarter ended Sept. 30 beat estimates". Only a full month name after
#: "in", "during", "throughout" or "of" may be followed by a count ("In March 30 people died").
_DAY_MONTH_BEFORE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|(?<![Ii]n\s)(?<![Oo]f\s)(?<![Dd]uring\s)(?<![Tt]hroughout\s)\b" + _MONTHS + r")\s$")


def _day_of_a_noun(text: str, hit: _Hit) -> bool:
    """Whether a day of the month after its month comes before a word: "the Sept. 11
    attacks", "ended Sept. 30 beat estimates" are dates, which the dates extractor reads, not
    11 attacks (`_DAY_MONTH_BEFORE`)."""
    return (
        not hit.is_word
        and hit.connector == ""
        and 1 <= hit.value <= 31
        and hit.value.is_integer()
        and text[hit.end : hit.end + 1] == " "
        and text[hit.end + 1 : hit.end + 2].isalpha()
        and not hit.scaled
        # (the word before, a month's name or abbreviation, tested first: most are none)
        and text[max(0, hit.start - 11) : hit.start - 1].rpartition(" ")[2].strip(".(\"“")
        in _MONTH_WORDS
        and _DAY_MONTH_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
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
        elif pre.group("loc"):
            currency = LOCAL_PREFIXES[pre.group("loc").rstrip(".")]
            cur_start = pre.start("loc")
        else:
            currency = "INR"
            cur_start = pre.start("rs")
    elif start and text[start - 1] in _LETTER_CURRENCIES and _glued_letter_currency(text, start):
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
        return None if text.endswith("50-50", 0, end) else make("number", end, value, None)
    # "1.5 million gallons" is a measure; "5k km" or "$5m" is not read as one
    measure = None if sfx or bare else unit_at(text, end) or _context_unit(text, start, end)
    if measure is not None:
        unit, stop = measure
        extra = 0.0
        inches = _INCHES_AFTER.match(text, stop) if unit == "foot" else None
        if inches and hit.connector == "":  # "5 feet 2 inches": 5.17 feet
            extra, stop = float(inches.group("n") or inches.group("h")) / 12, inches.end()
        elif unit in _SPEED_UNITS and text.startswith(" ", stop):
            rate = _PER_TIME.match(text, stop)
            if rate is not None:  # "50 km per hour", "30 miles an hour": as "50 km/h"
                unit, stop = f"{unit} per {rate.group(1)}", rate.end()
        elif unit == "barrel" and text.startswith(" ", stop):
            rate = _PER_DAY.match(text, stop)
            if rate is not None:  # "2 million barrels per day": as "2 million bpd"
                unit, stop = "barrel per day", rate.end()
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
        # "At 64,", ", at 31," and ", both 42," only before a comma ("both 42 and 43" are no
        # ages; ", at 3," is as likely an hour)
        if before_age and (not before_age.group().endswith(("At ", "both ", ", at "))
                           or text[end : end + 1] == ","
                           and (value > 12 or not before_age.group().endswith(", at "))):
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
        if _before_space(text, comma, _COMMA, 1):
            name = _NAME_COMMA.search(text, max(0, comma - 40), comma)
            after = (name or _PERSON_COMMA.search(text, max(0, comma - 48), comma)) and \
                _AGE_NAME_AFTER.match(text, end)
            if (after and not _MONTH_COMMA.search(text, max(0, comma - 14), comma)
                    and (after.group()[0] in ",)." or name is None
                         or not _NO_NAME_COMMA.search(text, max(0, comma - 40), comma))):
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
        if (hit.is_word and text[start].isupper() and not text[end + 1 : end + 2].isupper()
                and _capitalised_before(text, start)):
            # "the Formula One title", "the Big Four banks" (a headline's "Kills Three People"
            # is no label)
            return None
        if not hit.is_word and _model_after_a_count(text, hit):
            return None  # "ordered 20 787 Dreamliners": a model number after the count
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
    if _idiom_or_day_label(text, hit):
        return None
    # A capitalised word before makes a label of digits said without a qualifier or of a
    # capitalised number word; the word is read only for those.
    if start and (text[start].isupper() if hit.is_word else not qualified):
        prev = _PREV_WORD.search(text, max(0, start - 30), start)
        if (
            prev is not None
            and _names_a_label(prev.group(1))
            # "to Trump's 232", "to the Republicans' 49": their count
            and not prev.group(1).endswith(("'s", "’s", "s'", "s’"))
            and not (end - start <= 3 and prev.group(1) not in _CALENDAR_NAMES
                     and _team_score(text, start, end))  # "Chelsea 3-1", not "Monday 12-4"
        ):
            return None  # a label: Windows 10, Channel 4; Marine One, the Big Three
    return make("number", end, value, None)


#: Idioms written with numbers: "a 9-to-5 job", "a 50-50 chance", "a fifty-fifty call".
_NUMBER_IDIOMS = ("9-to-5", "50-50", "fifty-fifty", "Fifty-fifty")
#: A day or week of an event before its number: "day 3 of the trial", "Day five of the strike",
#: a headline's "World Cup day five:" (a label, as "Day 2" is: no figure to compare).
_DAY_OF_BEFORE = re.compile(r"\b(?:(?P<cap>D)|d)ay\s$|\b(?:(?P<capw>W)|w)eek\s$")
#: An all-capital word after digits that name no count, and "the" or a name before them: a
#: model ("the 737 MAX", "Boeing's 737 MAX"; not "in excess of 30 MUSD").
_MODEL_AFTER = re.compile(r"\s[A-Z]{3,}\b(?![-'’]|\s?\d)")
_MODEL_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][a-z]+(?:'s|’s)?)\s$")


#: A maker's name right before a number (no "the": "the 12 NATO allies" are counted).
_MAKER_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:'s|’s)?\s$")


def _maker_model(text: str, hit: _Hit, modifier: str) -> bool:
    """Whether three digits or more between a name and an all-capital word name a model
    ("Boeing's 737 MAX jets", "Boeing 737 MAX jets")."""
    if hit.is_word or hit.end - hit.start < 3 or len(modifier) < 3:
        return False
    maker = _MAKER_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    return maker is not None and not _place(
        maker.group().rstrip().removesuffix("'s").removesuffix("’s"))


def _idiom_or_day_label(text: str, hit: _Hit) -> bool:
    """Whether the bare number ``hit`` is part of an idiom, a day of an event or a model."""
    start, end = hit.start, hit.end
    after = text[end:end + 1]
    if (after == "-" or text[start - 1:start] == "-") and any(
            text.startswith(idiom, start) or text.endswith(idiom, 0, end)
            for idiom in _NUMBER_IDIOMS):
        return True
    if text[start - 2:start] in ("y ", "k "):  # (the regex only after "day" or "week")
        day = _DAY_OF_BEFORE.search(text, max(0, start - 5), start)
        if day is not None and (day["cap"] or day["capw"] or text.startswith(" of ", end)
                                or text[end:end + 1] in (":", ";", "")):
            return True
    return (not hit.is_word and after == " " and text[end + 1:end + 2].isupper()
            and _MODEL_AFTER.match(text, end) is not None
            and _MODEL_BEFORE.search(text, max(0, start - 12), start) is not None)


#: Lengths that make a speed with "per hour" or "an hour" after them (`factcheck.units` names
#: the speeds "kilometre per hour", "mile per hour", "metre per second").
_SPEED_UNITS = frozenset(("kilometre", "mile", "metre"))
_PER_TIME = re.compile(r" (?:per|an) (hour|second)\b")


#: The other side of a score after a team's name ("Chelsea 3-1"): a model's number after a
#: name has more digits, or more after them ("Boeing 737-800", "Windows 10-11" aside).
_SCORE_AFTER = re.compile(r"\s?[-–]\s?(\d{1,3})(?![\d-]|[.,:/]\d)")
#: A result before a team's name and its three-digit score ("beat the Celtics 114-105"), where
#: a model's number has no such verb ("Boeing 737-800").
_RESULT_BEFORE = re.compile(r"\b(?:beat|beaten|beats|defeated|defeats|edged|routed|won|lost"
                            r"|losing|winning|victory|win|loss|defeat)\b", re.IGNORECASE)


def _team_score(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] after a name opens a score: "Chelsea 3-1", and
    with three digits only after a result ("beat the Celtics 114-105")."""
    after = _SCORE_AFTER.match(text, end)
    if after is None:
        return False
    if end - start <= 2 and len(after.group(1)) <= 2:
        return True
    return _RESULT_BEFORE.search(text, max(0, start - 48), start) is not None
#: Names before which "12-4" is a span of hours or days, not a score (the date scanner's
#: month and weekday names and their abbreviations, capitalised).
_CALENDAR_NAMES = frozenset(name.title() for name in (*MONTHS, *WEEKDAYS))


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
    if _comparison_base(text, hit.start, dur.end()):
        return True  # "up 5% from two years earlier"
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
    if word and _noun_ok(word, plural) and not (word[0].isupper() and (
            word.lower() in _CAPITAL_MODIFIERS or _lower_plural_at(text, word_end))):
        return builder("quantity", word_end, value, singular(word))
    if word in ("bpd", "BPD"):  # oil output: as "barrels per day"
        return builder("quantity", word_end, value, "barrel per day")
    m2 = _NEXT_TWO.match(text, end)
    if m2 and m2.group("m") in _SKIPPED_MODIFIERS and not _noun_ok(m2.group("n"), plural):
        m2 = _NEXT_TWO.match(text, m2.end("m"))  # "189 other educational galleries"
    if (m2 and (_modifier_ok(m2.group("m")) or m2.group("m").lower() in _OTHER_MODIFIERS
                or m2.group("m")[0].isupper())  # a name ending in "s": "40 Hamas fighters"
            and _noun_ok(m2.group("n"), plural)):
        modifier = m2.group("m")
        if (modifier[0].isupper() and not modifier.isupper() and not _demonym(modifier)
                and modifier.lower() not in _CAPITAL_MODIFIERS
                and not (value < 100 and m2.group("n")[0].islower())):
            # 737 Max jets: a model name, not a count ("12 Malaysian crew" is, and so are
            # "14 Leopard tanks", "21 Starlink satellites": model numbers run higher)
            return None
        if modifier.isupper() and _maker_model(text, hit, modifier):
            return None  # "Boeing's 737 MAX jets" ("12 NATO troops" is a count)
        if m2.group("n")[0].isupper() and not modifier[0].isupper():
            return None
        return builder("quantity", m2.end(), value, singular(m2.group("n")))
    return None


#: A capitalised word before a comma that is no person's name: a sentence adverb, a day, or a
#: place after a preposition ("However, 30 had died", "By Tuesday, 30 had", "In Gaza, 40
#: had"); a number after it is an age only with a comma after it ("Smith, 34, was").
_NO_NAME_COMMA = re.compile(
    r"(?:\b(?:[Ii]n|[Bb]y|[Oo]n|[Aa]t|[Ff]rom|[Ss]ince|[Aa]cross|[Ff]or|[Aa]fter|[Bb]efore"
    r"|[Dd]uring|[Ww]ithin|[Uu]ntil|[Oo]f|[Tt]o)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"|(?:^|[.!?]\s+|\n)(?:However|Meanwhile|Overall|Still|Instead|Separately|Altogether|Today"
    r"|Yesterday|Now|Then|Elsewhere|Nationwide|Worldwide|Also|Later|Earlier|Previously"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[,]\s$")


_PER_DAY = re.compile(r" (?:per|a) day\b")


def _names_a_label(word: str) -> bool:
    """Whether ``word`` before a number may make it a label: capitalised, no function word, or
    a brand's camel case ("iPhone 15", "eBay 2")."""
    return (word[0].isupper() and word.lower() not in FUNCTION_WORDS
            or word[1:2].isupper() and word[0].islower())


def _capitalised_before(text: str, start: int) -> bool:
    """Whether a capitalised word that may make a label ends right before ``start``."""
    if not start:
        return False
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    return prev is not None and _names_a_label(prev.group(1))


def _model_after_a_count(text: str, hit: _Hit) -> bool:
    """Whether digits and one space come right before the hit and a capitalised word right
    after it: "20 787 Dreamliners" counts 20 of a model."""
    start, end = hit.start, hit.end
    return (text[start - 1 : start] == " " and text[start - 2 : start - 1].isdigit()
            and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())


def _lower_plural_at(text: str, end: int) -> bool:
    """Whether a lower-case plural noun follows ``end``: then the capitalised word before it is
    a name that modifies it ("40 Hamas fighters"), not the counted noun."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group("n")[0].islower() and _noun_ok(m.group("n"), True)


#: Capitalised modifiers of a counted noun that are no model name: faiths and chambers
#: ("345 Muslim pilgrims", "the 435 House seats").
_CAPITAL_MODIFIERS = frozenset((
    "muslim", "christian", "hindu", "jewish", "sikh", "buddhist", "catholic", "protestant",
    "shia", "shiite", "sunni", "orthodox", "house", "senate", "assembly", "parliament",
    "parliamentary", "congressional", "cabinet", "council", "commons", "lords",
))


#: Modifiers `_modifier_ok` refuses that still lead to the counted noun: the capitalised ones,
#: "three other people" and "five more people" (as "3 more hours" is a length).
_OTHER_MODIFIERS = _CAPITAL_MODIFIERS | frozenset(("other", "more", "further"))
#: Words before a modifier and its noun that the count skips ("189 other educational
#: galleries", "200 more Ukrainian troops").
_SKIPPED_MODIFIERS = frozenset(("other", "more", "further"))


def _place(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a place ("Germany's 120 NATO troops")."""
    from factcheck.extract.names import PLACE, lexicon

    return lexicon().known.get(word.lower()) == PLACE


def _demonym(word: str) -> bool:
    from factcheck.extract.names import lexicon  # the gazetteer's adjectives of nationality

    return word.lower() in lexicon().demonym


#: What joins a share of a count to the count: "412 of the 650 seats", "three of its last
#: four games".
_SHARE_OF_GAP = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:(?:last|first|next|remaining|total)\s+)?"
)
