"""Units of measurement: what news writes after a number ("10 km", "75 mph", "240 m²"), and
converting between them.

A measure is a quantity whose unit is a unit of measurement, not a counted noun ("310
seats"). Its claim keeps the number as written and a canonical unit name ("kilometre",
"mile per hour"); `convert` compares two measures of one dimension with pint, loaded the
first time two units differ (it costs a quarter of a second).

"Degrees" (Celsius, Fahrenheit or an angle) and "tons" (short, long or metric) are measures
compared only with their own kind. Left out on purpose: "t", "in", "nm" and a bare "m"
(tonnes or a label, a preposition, nanometres or nautical miles, metres or millions) except
where `factcheck.extract._numscan` has a cue.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: Canonical unit -> (pint expression, dimension).
UNITS: dict[str, tuple[str, str]] = {
    "kilometre": ("kilometer", "length"),
    "metre": ("meter", "length"),
    "centimetre": ("centimeter", "length"),
    "millimetre": ("millimeter", "length"),
    "mile": ("mile", "length"),
    "nautical mile": ("nautical_mile", "length"),
    "foot": ("foot", "length"),
    "inch": ("inch", "length"),
    "yard": ("yard", "length"),
    "square kilometre": ("kilometer ** 2", "area"),
    "square metre": ("meter ** 2", "area"),
    "square mile": ("mile ** 2", "area"),
    "square foot": ("foot ** 2", "area"),
    "hectare": ("hectare", "area"),
    "acre": ("acre", "area"),
    "kilogram": ("kilogram", "mass"),
    "gram": ("gram", "mass"),
    "milligram": ("milligram", "mass"),
    "tonne": ("metric_ton", "mass"),
    "pound": ("pound", "mass"),
    "ounce": ("ounce", "mass"),
    "litre": ("liter", "volume"),
    "millilitre": ("milliliter", "volume"),
    "gallon": ("gallon", "volume"),
    "barrel": ("oil_barrel", "volume"),
    "cubic metre": ("meter ** 3", "volume"),
    "kilometre per hour": ("kilometer / hour", "speed"),
    "mile per hour": ("mile / hour", "speed"),
    "metre per second": ("meter / second", "speed"),
    "knot": ("knot", "speed"),
    "degree Celsius": ("degC", "temperature"),
    "degree Fahrenheit": ("degF", "temperature"),
    "degree": ("degree", "degree"),  # Celsius, Fahrenheit or an angle: compared only as written
    "ton": ("ton", "ton"),  # short, long or metric: compared only with tons
    "decimetre": ("decimeter", "length"),
    "microgram": ("microgram", "mass"),
    "cup": ("cup", "volume"),
    "tablespoon": ("tablespoon", "volume"),
    "teaspoon": ("teaspoon", "volume"),
    "kilobyte": ("kilobyte", "information"),
    "megabyte": ("megabyte", "information"),
    "gigabyte": ("gigabyte", "information"),
    "terabyte": ("terabyte", "information"),
    "kilowatt": ("kilowatt", "power"),
    "megawatt": ("megawatt", "power"),
    "gigawatt": ("gigawatt", "power"),
    "kilowatt hour": ("kilowatt * hour", "energy"),
    "megawatt hour": ("megawatt * hour", "energy"),
    "gigawatt hour": ("gigawatt * hour", "energy"),
    "terawatt hour": ("terawatt * hour", "energy"),
    "light year": ("light_year", "length"),
    "part per million": ("ppm", "concentration"),
    "part per billion": ("dimensionless", "ppb"),  # (pint lacks ppb): compared only with ppb
}

# Symbols, matched as written (km, not KM: "5 KM" is rare and "MW" is not "mw").
_SYMBOLS = {
    "km": "kilometre", "kms": "kilometre", "cm": "centimetre", "mm": "millimetre",
    "mi": "mile", "ft": "foot", "yd": "yard", "yds": "yard",
    "km2": "square kilometre", "km²": "square kilometre", "sq km": "square kilometre",
    "sq. km": "square kilometre", "m2": "square metre", "m²": "square metre",
    "sq m": "square metre", "sq mi": "square mile", "sq ft": "square foot",
    "sq. ft": "square foot", "ha": "hectare",
    "kg": "kilogram", "kgs": "kilogram", "mg": "milligram", "lb": "pound", "lbs": "pound",
    "oz": "ounce", "ml": "millilitre", "mL": "millilitre", "m3": "cubic metre",
    "m³": "cubic metre", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kmh": "kilometre per hour", "kmph": "kilometre per hour", "km/hr": "kilometre per hour",
    "mph": "mile per hour", "m/s": "metre per second", "kW": "kilowatt", "MW": "megawatt",
    "GW": "gigawatt", "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
    "TWh": "terawatt hour", "°C": "degree Celsius", "ºC": "degree Celsius", "°": "degree",
    "deg": "degree", "deg C": "degree Celsius", "deg F": "degree Fahrenheit", "deg c":
    "degree Celsius", "deg f": "degree Fahrenheit", "dm": "decimetre",
    "μg": "microgram", "µg": "microgram", "mcg": "microgram", "KB": "kilobyte", "kB": "kilobyte",
    "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "mb": "megabyte", "gb": "gigabyte",
    "tbsp": "tablespoon", "tsp": "teaspoon", "ppm": "part per million",
    "ppb": "part per billion", "parts per million": "part per million",
    "parts per billion": "part per billion",
    "°F": "degree Fahrenheit", "ºF": "degree Fahrenheit",
    "° C": "degree Celsius", "° F": "degree Fahrenheit", "° Celsius": "degree Celsius",
    "° Fahrenheit": "degree Fahrenheit", "°Celsius": "degree Celsius",
    "°Fahrenheit": "degree Fahrenheit",
}
# Symbols that count only glued to the number ("200g", "5L"): spaced they are words or labels.
_GLUED_ONLY = {"g": "gram", "l": "litre", "L": "litre"}

# Words, in any case; plurals and both spellings are derived below.
_WORDS = {
    "kilometre": "kilometre", "kilometer": "kilometre", "metre": "metre", "meter": "metre",
    "centimetre": "centimetre", "centimeter": "centimetre", "millimetre": "millimetre",
    "millimeter": "millimetre", "mile": "mile", "nautical mile": "nautical mile",
    "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch", "yard": "yard",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre",
    "square metre": "square metre", "square meter": "square metre",
    "square mile": "square mile", "square foot": "square foot", "square feet": "square foot",
    "hectare": "hectare", "acre": "acre", "kilogram": "kilogram", "kilogramme": "kilogram",
    "kilo": "kilogram", "gram": "gram", "gramme": "gram", "milligram": "milligram",
    "tonne": "tonne", "metric ton": "tonne", "ounce": "ounce", "litre": "litre",
    "liter": "litre", "millilitre": "millilitre", "milliliter": "millilitre",
    "gallon": "gallon", "barrel": "barrel", "cubic metre": "cubic metre",
    "cubic meter": "cubic metre", "kilometre per hour": "kilometre per hour",
    "kilometer per hour": "kilometre per hour", "mile per hour": "mile per hour",
    "metre per second": "metre per second", "meter per second": "metre per second",
    "knot": "knot", "degree Celsius": "degree Celsius", "degree centigrade": "degree Celsius",
    "degree Fahrenheit": "degree Fahrenheit", "degree C": "degree Celsius",
    "degree F": "degree Fahrenheit", "Celsius": "degree Celsius", "centigrade": "degree Celsius",
    "Fahrenheit": "degree Fahrenheit", "celcius": "degree Celsius", "degree": "degree",
    "ton": "ton", "decimetre": "decimetre", "decimeter": "decimetre", "microgram": "microgram",
    "microgramme": "microgram", "cup": "cup", "tablespoon": "tablespoon",
    "teaspoon": "teaspoon", "kilobyte": "kilobyte", "megabyte": "megabyte",
    "gigabyte": "gigabyte", "terabyte": "terabyte", "kilowatt": "kilowatt", "megawatt": "megawatt",
    "gigawatt": "gigawatt", "kilowatt hour": "kilowatt hour", "megawatt hour": "megawatt hour",
    "gigawatt hour": "gigawatt hour", "terawatt hour": "terawatt hour",
    "light-year": "light year", "light year": "light year",
}


def _plural(phrase: str) -> str:
    """kilometres, miles per hour, degrees Celsius: the plural is on the head noun."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if w in ("per",)), len(words)) - 1
    if words[0] == "degree":
        head = 0
    w = words[head]
    if w in ("feet", "inches", "Celsius", "Fahrenheit", "centigrade", "celcius", "C", "F"):
        return phrase
    words[head] = w + ("es" if w.endswith(("ch", "s")) else "s")
    return " ".join(words)


def _surfaces() -> dict[str, str]:
    out = dict(_SYMBOLS)
    for word, unit in _WORDS.items():
        for form in {word, _plural(word)}:
            out[form.lower()] = unit
    return out


#: Every surface form (symbols as written, words lower-cased) -> canonical unit.
SURFACES = _surfaces()
_SYMBOL_FORMS = set(_SYMBOLS)
_ALTERNATIVES = "|".join(
    re.escape(s).replace(r"\ ", r"\s+") for s in sorted(SURFACES, key=len, reverse=True))
# A unit right after a number: glued, one space or a hyphen ("a 10-kilometre stretch").
UNIT_AFTER = re.compile(r"(?:[ \u00a0]|-(?=[a-z]))?(?P<u>(?i:" + _ALTERNATIVES + r"))"
                        r"(?![\w²³/°])(?<![ \u00a0]°)")
GLUED_ONLY_AFTER = re.compile(r"(?P<u>[gLl])(?=\s+of\b|[.,;:!?)](?!\w)|$)")


# The first two characters (lower-cased) of every surface, and the one-character surfaces:
# most numbers are followed by no unit, and this set says so without the regex.
_HEADS = frozenset(s[:2].lower() for s in SURFACES if len(s) > 1)
_SINGLES = frozenset(s for s in SURFACES if len(s) == 1) | frozenset(_GLUED_ONLY)
_LETTER_RUN = re.compile(r"[A-Za-z]*")
#: Each surface's opening run of ASCII letters, lower-cased ("sq" of "sq km", "" of "°C"): the
#: run of ASCII letters where `unit_at` finds a unit is one of them, unless a non-ASCII letter
#: (which may case-fold into a unit's) ends it.
UNIT_LEADS = frozenset(_LETTER_RUN.match(s.lower()).group() for s in SURFACES)  # type: ignore[union-attr]


_OPENING = {"(": ")", "[": "]", "{": "}", "<": ">"}

#: Every character `unit_at` may find right after a number when it returns a unit: a unit's
#: first character (either case), a separator before one, an opening bracket. After any other
#: character it returns None.
UNIT_OPENERS = frozenset(
    c for s in [*SURFACES, *_GLUED_ONLY] for c in (s[0], s[0].lower(), s[0].upper())
) | frozenset(_OPENING) | frozenset((" ", "\u00a0", "-"))


def unit_at(text: str, end: int) -> tuple[str, int] | None:
    """(canonical unit, end of the unit) for a unit of measurement right after ``end``."""
    j = end + 1 if text[end:end + 1] in (" ", "\u00a0", "-") else end
    first = text[j:j + 1]
    if text[j:j + 2].lower() not in _HEADS and first not in _SINGLES \
            and text[end:end + 1] not in _SINGLES:
        return _bracketed(text, j) if first in _OPENING else None
    # Any surface the regex could match opens with one of `UNIT_LEADS` and no more ASCII letters
    # (a non-ASCII letter next may case-fold: the regex is asked); most words here are none.
    run = _LETTER_RUN.match(text, j).end()  # type: ignore[union-attr]
    m = (UNIT_AFTER.match(text, end)
         if text[j:run].lower() in UNIT_LEADS or not text[run:run + 1].isascii() else None)
    if m is not None:
        surface = " ".join(m.group("u").split())
        unit = SURFACES.get(surface) if surface in _SYMBOL_FORMS else None
        if unit is None:
            unit = SURFACES.get(surface.lower())
            if unit is not None and surface.lower() in _SYMBOL_FORMS and surface not in SURFACES:
                unit = None  # "KM", "Mw": a symbol in the wrong case is a label
        if unit is not None:
            return unit, m.end()
    m = GLUED_ONLY_AFTER.match(text, end)
    if m is not None:
        return _GLUED_ONLY[m.group("u")], m.end()
    return None


@cache
def _dimension_forms(dim: str) -> re.Pattern[str]:
    """Every written form of the units of one dimension (tons count as mass), as whole words:
    symbols as written, words in any case."""
    units = {u for u, (_, d) in UNITS.items() if d == dim or (dim == "mass" and u == "ton")}
    symbols = sorted((f for f, u in SURFACES.items() if u in units and f in _SYMBOL_FORMS),
                     key=len, reverse=True)
    words = sorted((f for f, u in SURFACES.items() if u in units and f not in _SYMBOL_FORMS),
                   key=len, reverse=True)
    sym_alt = "|".join(re.escape(f) for f in symbols)
    word_alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in words)
    return re.compile(rf"(?<![A-Za-z])(?:{sym_alt}|(?i:{word_alt}))(?![A-Za-z])")


def mentions(text: str, start: int, end: int, dim: str) -> bool:
    """Whether a unit of dimension ``dim`` ("length", "mass") is written in text[start:end]."""
    return _dimension_forms(dim).search(text, start, end) is not None


def _bracketed(text: str, j: int) -> tuple[str, int] | None:
    """"20 (kg)", "20 [kg]": a unit in brackets, as in tables (a lone letter in brackets,
    "(g)", is rather a note)."""
    inner = unit_at(text, j + 1) if text[j + 1:j + 2].isalpha() else None
    if inner is None or inner[1] - j < 3 or text[inner[1]:inner[1] + 1] != _OPENING[text[j]]:
        return None
    return inner[0], inner[1] + 1


def dimension(unit: str | None) -> str | None:
    """'length', 'mass', ... for a unit of measurement; None for a counted noun."""
    entry = UNITS.get(unit or "")
    return entry[1] if entry else None


# Distances between places are written in km or miles, sizes of things (a wave, a wall) in
# metres or feet: a 10 m wave and a 130 km distance are two things, not two lengths to check.
_DISTANCES = frozenset(("kilometre", "mile", "nautical mile"))


def measured(unit: str | None) -> str | None:
    """What a measure measures, for aligning claims: 'distance' for km and miles, else its
    dimension; None for a counted noun."""
    return "distance" if unit in _DISTANCES else dimension(unit)


@cache
def _registry() -> Any:
    import pint  # a quarter of a second: only once two units of one dimension differ

    return pint.UnitRegistry()


def convert(value: float, unit: str, target: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target``; None across dimensions or unknown units."""
    if unit == target:
        return value
    a, b = UNITS.get(unit), UNITS.get(target)
    if a is None or b is None or a[1] != b[1]:
        return None
    ureg = _registry()
    quantity = ureg.Quantity(value, ureg(a[0]).units)
    return float(quantity.to(ureg(b[0]).units).magnitude)
