"""Years and what they divide into: "2025", "'90s", "the 2014-15 season", decades, centuries,
quarters, halves and thirds of a year, fiscal years ("FY2025-26"), and years in words ("two
thousand and fifteen")."""

from __future__ import annotations

import re
from datetime import date

from factcheck.extract._calendar.arithmetic import (
    Found,
    Occ,
    Reading,
    _iso,
    _pick,
    fixed_occ,
    last_day,
    month_span,
    nth_week,
    relative,
    safe_date,
    season_span,
    shifted,
)
from factcheck.extract._calendar.clocks import _RANGE_OPENERS
from factcheck.extract._calendar.days import (
    _YEARS_PART,
    _absolute_day,
    _absolute_week,
    _hyphened_part,
    _in_url,
    _part,
    _week_of,
)
from factcheck.extract._calendar.tense import _cue, lean, tense_direction
from factcheck.extract._calendar.words import (
    _DAY_ORD_WORD,
    _DECADE_CENTURIES,
    _DECADE_THIRDS,
    _DECADE_WORDS,
    _FUNCTION_WORDS,
    _MONTH,
    _NOT_YEAR_BEFORE,
    _PART_WORDS,
    _STRICT_PREPS,
    _YEAR,
    _YEAR_THIRDS,
    DAY_ORDINALS,
    MONTHS,
    ONE_DAY,
    ORDINAL_WORDS,
    SEASONS,
    _set,
    _word_before,
    next_word,
    prev_words,
)
from factcheck.extract._year_words import DAY_WORDS, YEAR_WORDS, day_value, year_value
from factcheck.extract.base import Context


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
    "dividend dividends turnover forecast forecasts shares ipo listing bookings spending")
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
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, part_of_year_occ(unit, n), timex, unit, cycle=365)


_FISCAL_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:FY|[Ff]iscal\b)")
_QUARTER_PREPS = _set("in during by for since until till before after of from through and to "
                      "or early late mid this")


def _quarter(text: str, s: int, e: int, m: re.Match[str], ctx: Context) -> Found | None:
    """Q3 2026, H1 2026, the first quarter of 2026 / of this year; "in Q3" alone."""
    g = m.group
    if g("qb"):
        return _bare_quarter(text, s, e, ORDINAL_WORDS[g("qb").lower()], g("qbu"), ctx)
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
        # "sales fell in the fourth quarter of the year" in March: last year's
        way = lean(text, s, e) if rel == "the" else ""

        def of_year(a: date) -> Reading:
            r = part_of_year(a.year + step, unit, n)
            assert r is not None
            if way == "past" and r.low > a or way == "future" and r.high < a:
                r = part_of_year(a.year + step + (1 if way == "future" else -1), unit, n)
                assert r is not None
            return r

        return relative(s, e, ctx, "fixed", fixed_occ(of_year), timex, unit, pinned=True,
                        key=(rel, way))
    # "in Q3": a bare Q or H only after a preposition (Audi Q3, H1 headings are not dates)
    if g("qh") not in "Qq" or _word_before(text, s) not in _QUARTER_PREPS:
        return None
    if _FISCAL_AFTER.match(text, e):
        return None  # "Q3 FY17": a quarter of a fiscal year, whose months the text leaves open
    direction = tense_direction(text, s, e, "nearest")
    return relative(s, e, ctx, direction, part_of_year_occ(unit, n), timex, unit, cycle=365)


# The cues of a verb after a year opening a clause, its subject ("In the end, 2016 proved
# difficult", "2016 saw record arrivals").
_SUBJECT_VERB_CUES = frozenset(("past", "fut", "fip", "mod"))


def _year(text: str, s: int, e: int, m: re.Match[str]) -> Found | None:
    y = int(m.group("year"))
    suffix = m.group("yrs") or ""
    if suffix == "s":
        return _hundreds_or_decade(text, s, e, y) if y % 10 == 0 else None
    if suffix:
        before = prev_words(text, s, 1)
        if y % 10 == 0 and before and before[-1][0].lower() in ("the", "early", "mid", "late"):
            return _hundreds_or_decade(text, s, e, y)  # "the 1990's"
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
            and not (prev in _RANGE_WORDS and (_cue(nxt) in ("past", "fut", "fip", "mod")
                                               or nxt in _AFTER_A_YEAR_RANGE)
                     and _second_year(text, s, y))  # "from 2014 to 2018 rose", "... he"
            and not (text[s - 1:s] in ("-", "–")  # "the 2014-2018 period"
                     and _second_year(text, s, y))
            and not _the_noun_of_year(words, nxt)
            and not (not words and _cue(nxt) in _SUBJECT_VERB_CUES)  # "2016 saw record"
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


_PARTS_OF_A_YEAR = _set("days weeks months quarters half part end start beginning middle rest")


def _the_noun_of_year(words: list[tuple[str, int]], nxt: str) -> bool:
    """"The floods of 2013 killed", "the crisis of 2008 hit", "the first 10 months of 2016
    rose": "the" and a noun (or a part of a year), "of" and a verb after the year (not "the
    deaths of 2013 people", "a total of 2013 died")."""
    if len(words) < 2 or words[-1][0] != "of" or _cue(nxt.rstrip(".,")) not in (
            "past", "fut", "fip", "mod"):
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


_FISCAL_YEAR_AFTER = (" financial year", " fiscal year")


def _two_digit_year_range(text: str, s: int, e: int, y: int, sep: str, yy: int) -> Found | None:
    """"The 2015-16 season", "2010-14", "the war of 1914-18": the years from the first to
    the one its last two digits name (2099-00 turns the century), a decade at most. A later
    month ("2004-08", "2016/11") stays a year and month, unless the years follow each other
    (a season, a fiscal year), the dash is an en dash or "from" or "between" opens it;
    "fiscal 2015-16", "financial year 2015-16" and "the 2015/16 fiscal year" are the fiscal
    year FY2015-16."""
    last = y - y % 100 + yy if yy > y % 100 else (y + 1 if yy == 0 and y % 100 == 99 else 0)
    before = _word_before(text, s)
    month = 0 < yy <= 12 and last != y + 1 and sep != "–" and before not in _RANGE_OPENERS
    if month:
        lo, hi = month_span(y, yy)
        return Found(s, e, "date", f"{y:04d}-{yy:02d}", f"{y:04d}-{yy:02d}", "month", "absolute",
                     lo, hi)
    if last == y + 1:  # "fiscal 2015-16", "financial year 2016-17": as FY2015-16
        words = prev_words(text, s, 2)
        if before == "fiscal" or before == "year" and len(words) == 2 and words[0][0].lower() in (
                "fiscal", "financial"):
            return _fiscal_label(words[0 if before == "year" else -1][1], e, str(y), str(yy))
        if text.startswith(_FISCAL_YEAR_AFTER, e):  # "the 2016/17 financial year"
            return _fiscal_label(s, e, str(y), str(yy))
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


_HUNDRED_THIRDS = ((0, 33), (34, 66), (67, 99))


def _hundreds_or_decade(text: str, s: int, e: int, y: int) -> Found:
    """"The 1990s" is a decade; "the 1800s", "the late 1900s" are a hundred years (as the
    writer means them: 1800-1899, its thirds for early/mid/late). "The 2000s" stays the
    decade the news usually means."""
    if y % 100 or not 1000 <= y < 2000:
        return _decade(text, s, e, y)
    s, lo, hi = _years_or_third(text, s, y, 100, _HUNDRED_THIRDS)
    v = f"{y // 100}XX"
    return Found(s, e, "date", v, v, "century", "absolute", lo, hi)


def _decade(text: str, s: int, e: int, y: int) -> Found:
    y0 = y - y % 10
    s, lo, hi = _years_or_third(text, s, y0, 10, _DECADE_THIRDS)
    v = f"{y0 // 10}X"
    return Found(s, e, "date", v, v, "decade", "absolute", lo, hi)


def _years_or_third(text: str, s: int, first: int, years: int,
                    thirds: tuple[tuple[int, int], ...]) -> tuple[int, date, date]:
    """The ``years`` years from ``first``, or the third of them a word before ``s`` names
    ("the late 1990s", "the early 1800s"), with where the claim then starts."""
    lo, hi = date(first, 1, 1), date(first + years - 1, 12, 31)
    part = _part(prev_words(text, s, 3))
    if part is not None:
        s = part[1]
        a, b = thirds[part[0]]
        lo, hi = date(first + a, 1, 1), date(first + b, 12, 31)
    return s, lo, hi


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
            f = _part_of_year_words(text, i, m.end(), y)
            if f is None:
                continue
        if f is not None:
            out = [g for g in out if g.end <= f.start or g.start >= f.end] + [f]
    return sorted(out, key=lambda g: g.start)


# What else may name a year in words: "the third quarter of two thousand and twenty", "the
# first half of nineteen ninety nine", "the summer of nineteen sixty nine", "the year two
# thousand", "since nineteen eighty five" (not "by two thousand": a count).
_PART_BEFORE_YEAR = re.compile(r"(?<![\w-])(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)"
                               r"[\s-](?P<u>quarter|half)|(?P<s>(?i:spring|summer|autumn|fall|"
                               r"winter)))\s+of\s+$|(?<![\w-])(?:(?P<y>year)|(?P<p>[Ss]ince|"
                               r"[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring))\s+$")


def _part_of_year_words(text: str, i: int, end: int, y: int) -> Found | None:
    """A year in words starting at ``i`` after a part of a year ("the third quarter of two
    thousand and twenty", from the ordinal on as "third quarter of 2020" is read; "the summer
    of nineteen sixty nine"), "the year" or a date preposition."""
    week = _week_of(text, i)
    if week is not None and week[0]:  # "the first week of two thousand and twenty seven"
        whole = Reading("", date(y, 1, 1), date(y, 12, 31))
        return _absolute_week(week[1], end, nth_week(whole, "year", week[0]))
    before = _PART_BEFORE_YEAR.search(text, max(0, i - 24), i)
    if before is None:
        return None
    g = before.group
    if g("u"):
        r = part_of_year(y, g("u"), ORDINAL_WORDS[g("o")])
        return None if r is None else Found(before.start(), end, "date", r.value, r.value,
                                            g("u"), "absolute", r.low, r.high)
    if g("s"):
        code = SEASONS[g("s").lower()]
        lo, hi = season_span(y, code)
        v = f"{y}-{code}"
        return Found(before.start(), end, "date", v, v, "season", "absolute", lo, hi)
    if g("p") and text[i:i + 3].lower() == "two":
        return None  # "rose by two thousand": a count
    nxt = next_word(text, end).rstrip(".,")
    if nxt[:1].islower() and nxt not in _FUNCTION_WORDS:
        return None  # "after nineteen twenty minutes"
    return Found(i, end, "date", str(y), str(y), "year", "absolute", date(y, 1, 1),
                 date(y, 12, 31))


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
