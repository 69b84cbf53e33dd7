"""Years and days written in words: "nineteen ninety six", "two thousand and fifteen",
"seventeen hundred thirty three", "twenty five" (a day). Parsing only; the calendar scanner
decides where such words are a date."""

from __future__ import annotations

import re

from factcheck.text import alternation

_UNITS = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine".split(), start=1)}
_TEENS = {w: i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
    start=10)}
_TENS = {w: i * 10 for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
# The first word of a year read in pairs: thirteen (1300s) to twenty (2000s).
_CENTURIES = {w: n for w, n in {**_TEENS, "twenty": 20}.items() if n >= 13}




_TWO_DIGITS = (r"(?:(?:" + alternation(_TENS) + r")(?:[\s-]+(?:" + alternation(_UNITS) + r"))?|"
               + alternation(_TEENS) + r"|oh[\s-]+(?:" + alternation(_UNITS) + r"))")
#: A year in words. Pairs ("nineteen ninety six", "nineteen hundred ninety three", "nineteen
#: hundred") need a second part or "hundred": "nineteen" alone is a number.
YEAR_WORDS = (r"(?i:(?:" + alternation(_CENTURIES) + r")[\s-]+(?:hundred(?:\s+and)?(?:\s+"
              + _TWO_DIGITS + r")?|" + _TWO_DIGITS + r")"
              r"|two\s+thousand(?:(?:\s+and)?\s+(?:" + _TWO_DIGITS + r"|" + alternation(_UNITS)
              + r"))?)")
#: A day of the month in cardinal words ("twenty five", "nine").
DAY_WORDS = (r"(?i:thirty[\s-]+one|thirty|twenty(?:[\s-]+(?:" + alternation(_UNITS) + r"))?|"
             + alternation(_TEENS) + r"|" + alternation(_UNITS) + r")")
#: Pieces of every word a year in words starts with (found fast with str.find).
YEAR_PIECES = ("teen", "wenty", "wo thousand")

_WORD = re.compile(r"[a-z]+")


def _two_digits(words: list[str], units: bool = True) -> int | None:
    """0-99 in words; ``units``: whether a lone unit counts ("two thousand five" yes,
    "twenty five" as a year no)."""
    if not words:
        return 0
    if words[0] == "oh" and len(words) == 2:
        return _UNITS.get(words[1])
    if len(words) == 1:
        return _TENS.get(words[0], _TEENS.get(words[0], _UNITS.get(words[0]) if units else None))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


def year_value(raw: str) -> int | None:
    """The year a match of YEAR_WORDS names (None if the words make no year)."""
    words = [w for w in _WORD.findall(raw.lower()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _two_digits(words[2:])
        return None if rest is None else 2000 + rest
    if not words or words[0] not in _CENTURIES:
        return None
    rest_words = words[1:]
    if not rest_words:
        return None  # "nineteen" alone is a number
    hundred = rest_words[:1] == ["hundred"]
    rest = _two_digits(rest_words[1:] if hundred else rest_words, units=hundred)
    return None if rest is None else _CENTURIES[words[0]] * 100 + rest


def day_value(raw: str) -> int | None:
    """The day a match of DAY_WORDS names."""
    words = _WORD.findall(raw.lower())
    value = _two_digits(words) if words != ["thirty", "one"] else 31
    return value if value and 1 <= value <= 31 else None
