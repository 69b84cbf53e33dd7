"""The scan: match the pattern at every anchor, hand each match to its reader (`_handle`), then
join ends into ranges and days with their times (`_merge`). `scan` is what the date and time
extractors call."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from factcheck.extract._calendar.anchors import _DAY_AFTER, _ERA_BC, _all_starts, _digit_time
from factcheck.extract._calendar.arithmetic import (
    Found,
    _iso,
    fixed_occ,
    month_span,
    relative,
    safe_date,
)
from factcheck.extract._calendar.clocks import (
    _clock_in_part,
    _clock_ranges,
    _early_hours,
    _edge_of_day,
    _hours_by_parts,
    _meal,
    _part_of_day,
    _time,
    _timed,
    _with_offset,
    _year_after_clock,
)
from factcheck.extract._calendar.days import (
    _CLOCK_RANGE_BEFORE,
    _DATE_BEFORE,
    _DATED_BEFORE,
    _HOUR_RANGE_BEFORE,
    _MONTH_DAY_BEFORE,
    _RANGE_ENDS,
    _RANGE_STARTS,
    _UNRESOLVED,
    _absolute_day,
    _apostrophe_year,
    _day_range_before,
    _day_range_end,
    _day_range_start,
    _end_of_day,
    _in_url,
    _month,
    _month_day,
    _nth_weekday_of,
    _numeric,
    _ordinal,
    _rel,
    _resolved_weekday,
    _slash_day,
    _spelled_ordinal,
    _weekday,
    _weekday_day,
    _weekdays_in_week,
    _with_weekday,
    _years_of_events,
    _years_of_sentences,
)
from factcheck.extract._calendar.holidays import (
    _holiday,
    _holiday_weekend,
    _named_year,
    _weekend_occ,
)
from factcheck.extract._calendar.periods import (
    _DAY_OFFSETS,
    _ago,
    _compound_ago,
    _in_named_year,
    _offset_days,
    _parts_of_periods,
    _period,
    _period_of,
    _season,
    _side_of,
    _stretch,
    _vague_stretch,
    _year_to_date,
)
from factcheck.extract._calendar.tense import lean, tense_direction
from factcheck.extract._calendar.words import (
    _CENTURY_ORDINALS,
    _OUTER,
    _PART_WORDS,
    _PERIOD_STEPS,
    SCAN,
    SPELLED,
    WEEKDAYS,
    _set,
    _word_before,
    next_word,
    prev_words,
)
from factcheck.extract._calendar.years import (
    _decade,
    _decade_word,
    _first_year,
    _fiscal_label,
    _fiscal_period,
    _quarter,
    _second_year,
    _two_digit_year_range,
    _year,
    _years_in_words,
    part_of_year,
)
from factcheck.extract.base import Context

_cache: tuple[str, Context, list[Found]] | None = None


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
        found = _year_after_clock(text, _clock_ranges(text, _hours_by_parts(text, found)))
    if any(text.endswith(" ago", 0, f.end) for f in found):  # (else nothing to compound)
        found = _compound_ago(text, found)
    found = _years_in_words(text, found, years)
    found = _joined_ranges(text, _ordered_ends(text, found, ctx.reference_date))
    for f in found:
        _event_name(text, f)
    _cache = (text, ctx, found)
    return found


#: Nouns after "the October 7" that make the day an event's name ("the October 7 attacks",
#: "the January 6 riot", "the 7/7 bombings", "the May Fourth Movement").
_NAMED_EVENTS = _set("attack attacks massacre bombing bombings blasts riot riots insurrection "
                     "uprising movement revolution coup killings atrocities tragedy incident "
                     "crackdown massacres")


def _event_name(text: str, f: Found) -> None:
    """Keep the day of a named event without a year: the event may be years before the story
    ("since the October 7 attacks" in 2025 is October 7, 2023), so no year is guessed."""
    if (f.kind == "date" and f.granularity == "day" and f.timex[:5] == "XXXX-"
            and f.timex[5:6] != "W" and text.endswith(("the ", "The "), 0, f.start)
            and next_word(text, f.end).rstrip(".,").lower() in _NAMED_EVENTS):
        f.value, f.low, f.high, f.reading = f.timex, None, None, "ambiguous"


def _year_first(sep: str, month: str, day: str, d: date) -> bool:
    """Whether a year-first date is one: ISO's "2015-05-13" always, other forms ("2015.5.13",
    "2015-5-13") only with a modern year (not a code or a version number)."""
    if sep != "." and len(month) == len(day) == 2:
        return True
    return 1900 <= d.year <= 2099


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
            if text[s - 1:s] in ("-", "–") and text[m.start("mdd") - 1] == "-":
                return None  # "2019-sep-1", "Friday-Jun-15": "Jan-1" only on its own
            return _month_day(text, s, e, ctx, g("mdm"), g("mdd"), g("mdy"))
        return _month(text, s, e, ctx, g("mdm"), g("my"))
    if kind in ("wd", "wda"):
        return _weekday(text, s, e, m, ctx)
    if kind == "year":
        return _year(text, s, e, m)
    if kind == "iso":
        d = safe_date(int(g("isoy")), int(g("isom")), int(g("isod")))
        if d is None or not _year_first(g("isosep"), g("isom"), g("isod"), d):
            return None
        if g("isoh"):  # 2026-02-09T00:30:00Z
            clock = f"T{g('isoh')}:{g('isomi')}" + (f":{g('isos')}" if g("isos") else "")
            zone = g("isoz")
            unit = "UTC" if zone == "Z" else zone and _with_offset("UTC", zone)
            return Found(s, e, "time", _iso(d) + clock, _iso(d) + clock, "minute",
                         "absolute", d, d, unit=unit)
        return _absolute_day(s, e, d)
    if kind == "num":
        return _numeric(text, s, e, m)
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
                       third=_PART_WORDS[g("eopp").lower()][0],
                       lean=_lean_of_the_year(text, s, e, g("eop")))
    if kind == "eod":
        return _end_of_day(text, s, e, ctx)
    if kind == "yend":
        return _year_end(text, s, e, g("yendu") or g("yendu2"), ctx)
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
        if _word_before(text, s).lower() not in _WEEKEND_PREPS or \
                text.startswith(" of ", e):
            return None  # "the weekend of May 3" is May 3's
        direction = tense_direction(text, s, e, "ambiguous")
        return relative(s, e, ctx, "ambiguous" if direction == "nearest" else direction,
                        _weekend_occ, "XXXX-WXX-WE", "week")
    if kind == "wan":  # the week (month, year) after next, before last
        return _period_of(s, e, -2 if g("wanb") else 2, g("wanu"), ctx, "", -1)
    if kind == "tdo":
        return _spelled_ordinal(text, s, e, ctx, g("tdod"))
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
    if kind in ("yq", "nq"):
        unit = "half" if (g("yqh") or g("nqh")) in "Hh" else "quarter"
        yraw = g("yqy") or g("nqy")
        r = part_of_year(int(yraw) + (2000 if len(yraw) == 2 else 0), unit,
                         int(g("yqn") or g("nqn")))
        return None if r is None else Found(s, e, "date", r.value, r.value, unit, "absolute",
                                            r.low, r.high)
    if kind == "q":
        return _quarter(text, s, e, m, ctx)
    return None
# Prepositions that make "the weekend" a date ("fighting continued through the weekend").
_WEEKEND_PREPS = _set("over during on at through throughout by until till before after")
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


def _ordered_ends(text: str, found: list[Found], ref: date | None) -> list[Found]:
    """The ends of a range read alone may cross: "ran from January 23 through March 9" read
    in late January puts the 23rd this year and March 9 last year. Without a year of its own,
    the first end moves back when the tense is past, or when both ends are ahead and the first
    was a day of the month before the reference ("is to run from January 23 through March 9"
    on January 28: under way); else the second moves forward."""
    for a, b in zip(found, found[1:], strict=False):
        if (b.kind != "date" or a.kind != "date" or b.reading == "absolute"
                or b.granularity not in _RANGE_END_UNITS or a.granularity not in _RANGE_END_UNITS
                or a.low is None or b.high is None or b.high >= a.low
                or not _RANGE_JOIN.fullmatch(text, a.end, b.start)
                or (_word_before(text, a.start) not in ("from", "between")
                    and text[a.end:b.start] not in ("-", "–"))):  # "October-December"
            continue
        if (b.reading == "past" or _under_way(a, b, ref)) and a.reading != "absolute":
            _move_years(a, b.high.year - a.low.year - (a.low.replace(year=2000)
                                                       > b.high.replace(year=2000)))
        elif b.low is not None:
            _move_years(b, a.low.year - b.low.year + (b.low.replace(year=2000)
                                                      < a.low.replace(year=2000)))
    return found


def _under_way(a: Found, b: Found, ref: date | None) -> bool:
    """Whether a range whose ends are both ahead began in the month before ``ref`` (its first
    end a year earlier)."""
    if ref is None or a.low is None or a.reading != "future" or b.reading != "future" \
            or a.granularity != "day":
        return False
    began = safe_date(a.low.year - 1, a.low.month, a.low.day)
    return began is not None and 0 <= (ref - began).days <= 31


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
    if gap is None:
        # "in 2018 or 2019": either year, one claim holding both (else a number, 2018.5)
        return (text[a.end:b.start] == " or " and a.granularity == b.granularity == "year"
                and a.reading == b.reading == "absolute")
    if not _one_reading(a) or not _one_reading(b):
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


def _abbreviation_dot(text: str, f: Found) -> int:
    """1 when a full stop ends the weekday abbreviation ``f`` ("Tues.", "Thurs."), else 0."""
    return int(text.startswith(".", f.end) and text.endswith(("Tues", "Thurs"), f.start, f.end))


def _merge(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """Join a weekday with the date or week after it, then a clock time with its day."""

    def weekday_and_date(f: Found, nxt: Found) -> Found | None:
        if f.kind != "date" or f.weekday is None or nxt.kind != "date":
            return None
        gap = text[f.end:nxt.start]
        if nxt.granularity != "day" or nxt.month_day is None or len(gap) > 8:
            return None
        if _GAP_WD_DATE.fullmatch(gap, _abbreviation_dot(text, f)):
            return _with_weekday(text, f, nxt, ctx)  # "Thursday, March 19", "Tues., Nov. 8"
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
        skip = 0 if f.kind == "time" else _abbreviation_dot(text, f)  # "Tues. at 3 p.m."
        if d.granularity == "day" and len(gap) <= 8 and pattern.fullmatch(gap, skip):
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
    weekdays = any(f.weekday is not None for f in in_weeks)
    if weekdays:  # (half the texts name no weekday)
        in_weeks = _pairwise(in_weeks, weekday_and_date)
    dated: list[Found] = []
    for f in in_weeks:
        if f.unit != "abbr":
            dated.append(_resolved_weekday(text, f, ctx, dated) if f.reading == _UNRESOLVED
                         else f)
    dated = _years_of_events(text, _years_of_sentences(text, dated, ctx), ctx)
    if any(f.kind == "time" for f in dated):  # (most texts: both joins below need a time)
        dated = _pairwise(_pairwise(_clock_asides(text, dated), time_and_day), clock_and_part)
    if weekdays:  # "early Friday" as "Friday morning", once no part of day follows it
        dated = [_edge_of_day(text, f) if f.weekday is not None and f.kind == "date" else f
                 for f in dated]
    return dated


# The gap between a clock's aside in another zone and the day after it: "(2040 GMT) on Friday"
_GAP_ASIDE = re.compile(r"\)\s{1,3}(?:on\s+)?")


def _clock_asides(text: str, found: list[Found]) -> list[Found]:
    """ "At 9:40pm (2040 GMT) on Friday": the day after the aside is the local clock's, and
    the aside's when the two clocks are within 12 hours (else it falls on another day)."""
    out = list(found)
    for i in range(len(out) - 2):
        a, b, c = out[i], out[i + 1], out[i + 2]
        if (a.kind == b.kind == "time" and c.kind == "date" and c.granularity == "day"
                and a.hour is not None and b.hour is not None and a.low is None
                and b.low is None and c.low is not None and text[a.end:b.start] in (" (", "(")
                and _GAP_ASIDE.fullmatch(text, b.end, c.start)):
            out[i] = _timed(a, c, a.start, a.end)
            if abs(a.hour - b.hour) <= 12:
                out[i + 1] = _timed(b, c, b.start, b.end)
    return out


# Words before "year-end" or "month end" that make it the end of the current one, not a noun
# ("a year-end bonus", "the month-end rush").
_YEAR_END_PREPS = _set("by at before until till after from since around toward towards near "
                       "ahead through to")


def _year_end(text: str, s: int, e: int, unit: str, ctx: Context) -> Found | None:
    """"By year-end", "at month end", "before end-year": the end of the year or month, as "the
    end of the year" is read (the tense may move the year)."""
    if _word_before(text, s) not in _YEAR_END_PREPS or text[e + 1:e + 2].isdigit():
        return None  # ("at year-end 2015": the year is read alone)
    way = lean(text, s, e) if unit == "year" else ""
    return _period(text, s, e, "this", unit, ctx, third=_PART_WORDS["end"][0], lean=way)


def _lean_of_the_year(text: str, s: int, e: int, written: str) -> str:
    """How the tense moves "the year" of "the end of the year" (`lean`); "this year" is the
    reference's year whatever the tense."""
    return lean(text, s, e) if written.endswith("the year") else ""
