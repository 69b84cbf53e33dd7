"""Finding the numbers: the anchors where one may start (read in a one-byte-per-character shape
of the text), the raw hits they open (`_Hit`), what is no number (URLs, ids, phone numbers,
versions, days of a date) and ranges of two numbers merged into one ("20-25", "between 3
and 4")."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.extract._numscan.context import (
    _AGE_CUE_ENDS,
    _DIGIT_GROUPS,
    _DUR_AFTER,
    _EMAIL_LOCAL,
    _GLUED_DUR,
    _HYPHEN_NOUN,
    _MONTH_BEFORE,
    _MONTH_WORDS,
    _NEXT_WORD,
    _PERCENT,
    _PREP_MONTH_BEFORE,
    _QUAL,
    _QUALIFIERS,
    _QUIET_AFTER,
    _SKIP,
    _SKIP_HANDLES,
    _TIME_AFTER,
    _TIME_OPENS,
    _VAGUE,
    _VAGUE_UNITS,
    ISO_CODES,
    _context_unit,
    _may_qualify,
    _noun_ok,
)
from factcheck.extract._numscan.words import (
    _ANCHOR_AT,
    _AND_A_HALF,
    _BPS,
    _CORE,
    _CORE_GROUPS,
    _DATE_WORD_BEFORE,
    _DENOM_AFTER,
    _DIGIT_RUNS,
    _DIGIT_SCALES,
    _DIGIT_VALUE,
    _EXPONENT,
    _FRACTION_DENOMINATORS,
    _LEAD_INITIALS,
    _LEAD_WORDS,
    _NEGATIVE,
    _NEGATIVE_ENDS,
    _OF_A_SCALE,
    _OF_AFTER,
    _ONE_WORDS,
    _POINT,
    _SCALE_AFTER,
    _SCALE_WORD,
    _SHAPE_TABLE,
    _SLASH_FRAC,
    _TENS,
    _TOKEN,
    _WIDE_SINGLES,
    _WORDS,
    _WORDS_AFTER_DIGIT,
    _WORDS_AFTER_OTHER,
    _WRITTEN_WORDS,
    DENOMINATORS,
    NAN,
    ORDINALS,
    SCALES,
    SUFFIX_SCALES,
    TENS,
    _both_cases,
    _core_value,
    _digits_value,
    _may_open,
    parse_words,
)
from factcheck.extract.base import Claim
from factcheck.units import unit_at

# --- hits ---------------------------------------------------------------------------------


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
#: The regional prefixes read before a space ("Rp 1 trillion", "Tk 50,000"; see
#: `LOCAL_PREFIXES`), with those above: the words a currency prefix may end with.
_PREFIX_WORDS = _GLUED_WORDS + ("Rp", "Rp.", "RM", "Dh", "Dhs", "Dh.", "Dhs.", "Tk", "Tk.")


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
#: (naira), "P5 million" (the Philippine peso). Only with an amount's shape, as "R21", "N95"
#: and "P5" are names of roads, masks and powers.
_LETTER_CURRENCIES = {"R": "ZAR", "N": "NGN", "P": "PHP"}
_AMOUNT_SHAPE = re.compile(
    r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\x20\u00a0\u202f\u2009]\d{3})+(?![\d.,]\d|\d)|\d+\.\d+"
    r"|\d+(?:\s?(?:bn|m|tn)|\s(?:million|billion|trillion))\b")


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
        if spaced and _no_space_groups(text, start, dig):
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
                before in _LETTER_CURRENCIES and _glued_letter_currency(text, start)):
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
                and not (text.endswith("-in-", 0, start)  # "a 1-in-100-year flood": a ratio
                         and (text[start - 5].isdigit() or text.endswith("one-in-", 0, start)))
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
            if after == "+" and _ADDED_ORDINAL.match(text, end):
                continue  # "in the 90+4th minute": a rank in stoppage time
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
            if text[end : end + 1] in "- " and text[end - 1 : end] == "y":
                rank = _tens_ordinal(text, hit)
                if rank:  # "finished twenty-second", "the twenty-first day": a rank
                    last_end = rank
                    continue
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
    return not word.isascii() or word[-2:].lower() in _AGE_CUE_ENDS or word.endswith(", both")


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


def _no_space_groups(text: str, start: int, dig: str) -> bool:
    """Digits grouped by spaces ("40 000") are one number unless they follow a month name
    ("May 5 200 people": a day, then a count) or a plus sign or bracket (a phone number), or
    are two numbers side by side (`_two_numbers`)."""
    if start and text[start - 1] in "+(":
        return True
    return (_MONTH_BEFORE.search(text, max(0, start - 12), start) is not None
            or _two_numbers(text, start, dig))


def _two_numbers(text: str, start: int, dig: str) -> bool:
    """"ordered 20 787 Dreamliners", "the 10 737 jets": English news rarely groups digits by a
    plain space, so one such group is a number of its own unless it opens with a zero ("40
    000"), follows a currency ("R1 500", "Rs 1 500") or comes before a unit ("1 500 km"). A
    capitalised word after it makes it a model number whatever comes before ("20 787 Dreamliners");
    several groups ("1 414 021 100") and the narrow or no-break space stay one number."""
    if dig.count(" ") != 1:
        return False
    cut = dig.index(" ")
    if dig[cut + 1] == "0" or not dig[:cut].isdecimal() or not dig[cut + 1 :].isdecimal():
        return False
    end = start + len(dig)
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return True
    before = text[start - 1 : start]
    if before and not before.isspace() and before not in "\"'“‘":
        return False  # glued to a currency: "R1 500", "€1 500"
    code = text[start - 4 : start - 1]  # an ISO code before a space: "ZAR 1 500"
    return not (code.isalpha() and code.isupper() or text.endswith(_PREFIX_WORDS, 0, start - 1)
                or unit_at(text, end) is not None)


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


def _tens_ordinal(text: str, hit: _Hit) -> int:
    """The end of the ordinal a tens word opens ("twenty-first", "thirty third"), or 0.

    "A twenty-second clip" stays a length: the article says it is no rank."""
    rank = _TENS_ORDINAL.match(text, hit.end)
    if rank is None:
        return 0
    if rank.group(1).lower() == "second" and _ARTICLE_BEFORE.search(
            text[max(0, hit.start - 4) : hit.start]):
        return 0
    return rank.end()


_ADDED_ORDINAL = re.compile(r"\+\d{1,2}(?:st|nd|rd|th)\b")
_TENS_ORDINAL = re.compile(r"[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                           r"\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)an?\s$", re.IGNORECASE)


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
            if (ratio and 0 < hit.value < nxt.value and (nxt.value <= 1000 or hit.value == 1)
                    and not (ratio.group().strip().lower() == "in"
                             and _DUR_AFTER.match(text, nxt.end))):
                # ("killed five in 10 minutes": a count and a length; "a 1-in-100-year flood"
                # keeps its ratio)
                merged = _Hit(hit.start, nxt.end, hit.value / nxt.value, hit.is_word, False, "")
                merged.connector = "ratio"  # one in five, 3 out of 10
                out.append(merged)
                i += 2
                continue
            gap = (_RANGE_GAP.fullmatch(text, hit.end, nxt.start)
                   if _may_open(text, hit.end, _RANGE_GAP_OPENS) else None)
            if gap and nxt.value > hit.value >= 0 and (hit.is_word == nxt.is_word
                                                       or _house_style_pair(hit, nxt)):
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
                            r"\bbetween\s+(?:US\$|[$£€¥])?$|\bages\s+of\s+$",
                            text[max(0, hit.start - 14) : hit.start],
                            re.I,
                        )
                    )
                elif c == "to":
                    ok = (not re.search(
                        r"\bfrom\s+(?:US\$|[$£€¥])?$",
                        text[max(0, hit.start - 12) : hit.start],
                        re.I,
                    ) or _RANGE_FROM.search(text, max(0, hit.start - 24), hit.start)
                          is not None) and not (nxt.value > 3 * hit.value and _CHANGE_BEFORE.search(
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


#: "Sentences range from 10 to 15 years", "anywhere from $5 to $10": a range, not a change.
_RANGE_FROM = re.compile(r"\b(?:range[sd]?|ranging|anywhere|var(?:y|ies|ied|ying))\s+from\s+"
                         r"(?:US\$|[$£€¥])?$", re.IGNORECASE)


def _house_style_pair(hit: _Hit, nxt: _Hit) -> bool:
    """"Between five and 10 years", "six to 12 people": a word below ten and digits from ten
    on, as the wire style books spell numbers, are one range."""
    return (hit.is_word and not nxt.is_word and hit.value < 10 <= nxt.value
            and not hit.scaled and not nxt.scaled and not hit.first.startswith("#"))


#: A change verb before "X to Y": "rose $2.50 to $85.30", "the toll climbed by 12 to 340" are a
#: change and the level it reached, not a range (when the level is far above the change; "rise
#: by 5 to 10 per cent" is one).
#: A result before "1-2" makes it a score, not a range ("lost 1-2 to England"), when no noun
#: follows ("won 20-25 seats" is a range); so does a vote ("the no-confidence vote 306-325").
_SCORE_BEFORE = re.compile(r"\b(?:lost|won|beat|beaten|defeated|drew|drawn|winning|losing"
                           r"|trailing|trailed|leading|led|voted|(?:vote|tally)(?:\s+was)?)\s+$",
                           re.IGNORECASE)
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
