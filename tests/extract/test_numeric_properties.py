"""Property tests: one amount in many formats reads back the same; extraction never breaks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import Context, extract_claims
from factcheck.extract._numscan import scan
from factcheck.extract.money import extract_money
from factcheck.extract.numbers import extract_numbers

_CODES = {"USD": ("$", "US$", "dollars"), "GBP": ("£", None, "pounds"), "EUR": ("€", None, "euros"),
          "JPY": ("¥", None, "yen")}
_SCALES = {"million": (1e6, ("m", "mn", " million")), "billion": (1e9, ("bn", " billion"))}


def _plain(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, float, str]:
    code = draw(st.sampled_from(sorted(_CODES)))
    symbol, prefixed, word = _CODES[code]
    scale_name = draw(st.sampled_from(sorted(_SCALES)))
    scale, suffixes = _SCALES[scale_name]
    cents = draw(st.integers(min_value=1, max_value=99_999))
    amount = cents / 100
    digits = _plain(amount)
    suffix = draw(st.sampled_from(suffixes))
    forms = [
        f"{symbol}{digits}{suffix}",
        f"{digits} {scale_name} {word}",
        f"{code} {digits}{suffix}",
        f"{digits}{suffix} {code}",
    ]
    if prefixed:
        forms.append(f"{prefixed}{digits}{suffix}")
    if scale_name == "billion" and amount * 1000 == int(amount * 1000):
        forms.append(f"{symbol}{int(round(amount * 1000)):,} million")
    surface = draw(st.sampled_from(forms))
    return surface, amount * scale, code


@given(amounts(), st.sampled_from(["The deal is worth {}.", "{} was pledged", "about {} in aid"]))
def test_amount_formats_read_back_the_same(case: tuple[str, float, str], frame: str) -> None:
    surface, value, code = case
    text = frame.format(surface)
    claims = list(extract_money(text, Context()))
    assert len(claims) == 1, (text, claims)
    claim = claims[0]
    assert claim.text == surface
    assert claim.unit == code
    assert math.isclose(claim.value, value, rel_tol=1e-9)


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators(n: int) -> None:
    text = f"A total of {n:,} was counted."
    (claim,) = extract_numbers(text, Context())
    assert claim.text == f"{n:,}"
    assert claim.value == float(n)


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=99))
def test_decimals(whole: int, frac: int) -> None:
    surface = f"{whole:,}.{frac:02d}"
    text = f"It reached {surface} on the index."
    (claim,) = extract_numbers(text, Context())
    assert claim.text == surface
    assert math.isclose(claim.value, whole + frac / 100, rel_tol=1e-12)


_ALPHABET = st.sampled_from(list(
    "0123456789 ,.-–%$£€¥()/:@#+½abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n'\""
))
_WORDS = st.sampled_from([
    "one", "two", "twenty", "hundred", "million", "bn", "a", "dozen", "half", "third", "of",
    "thousands", "the", "first", "seats", "years", "old", "aged", "percent", "per cent",
    "dollars", "US$", "between", "and", "to", "about", "more than", "Takaichi,", "64,", "-",
])


@settings(max_examples=300)
@given(st.one_of(st.text(_ALPHABET, max_size=80),
                 st.lists(_WORDS, max_size=14).map(" ".join),
                 st.text(max_size=60)))
def test_arbitrary_text_never_raises_and_spans_slice_back(text: str) -> None:
    for claim in scan(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        assert claim.kind in ("number", "percent", "money", "quantity", "age", "duration")
        assert isinstance(claim.value, float)


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int, joiner: str) -> str:
    """English words for 0 <= n < 10**9 ("three hundred and twenty-one")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{_ONES[n // 100]} hundred" + (f"{joiner}{_words(rest, joiner)}" if rest else "")
    for scale, name in ((10**6, "million"), (1000, "thousand")):
        if n >= scale:
            rest = n % scale
            head = f"{_words(n // scale, joiner)} {name}"
            return head + (f" {_words(rest, joiner)}" if rest else "")
    raise ValueError(n)


@given(st.integers(min_value=2, max_value=999_999_999), st.sampled_from([" and ", " "]))
def test_number_words_read_back(n: int, joiner: str) -> None:
    surface = _words(n, joiner)
    text = f"Officials counted {surface} in all."
    (claim,) = extract_numbers(text, Context())
    assert claim.text == surface
    assert claim.value == float(n)


@given(st.integers(min_value=2, max_value=999), st.lists(st.integers(0, 9), min_size=1, max_size=4))
def test_spoken_decimals_read_back(whole: int, digits: list[int]) -> None:
    surface = f"{_words(whole, ' and ')} point {' '.join(_ONES[d] or 'zero' for d in digits)}"
    text = f"The index stood at {surface} on the day."
    (claim,) = extract_numbers(text, Context())
    assert claim.text == surface
    assert math.isclose(claim.value, float(f"{whole}." + "".join(map(str, digits))))


@given(st.integers(min_value=1, max_value=500), st.sampled_from(["basis points", "bp", "bps"]))
def test_basis_points_are_hundredths_of_a_point(n: int, unit: str) -> None:
    (claim,) = [c for c in scan(f"Rates rose {n} {unit} in March.") if c.kind == "percent"]
    assert claim.unit == "pp"
    assert math.isclose(claim.value, n / 100)


@pytest.mark.parametrize("text", ["It cost 5 centſ today.", "five ſixths", "thouſands of people",
                                  "a 5\u212am run", "İstanbul, 3 mıles"])
def test_letters_regexes_read_as_ascii_do_not_break_lookups(text: str) -> None:
    # Python's case-blind regexes match ſ as s and the Kelvin sign as k; lookups must too.
    claims = extract_claims(text, reference_date="2026-02-08")
    assert all(text[s:e] == t for s, e, t in zip(claims["start"], claims["end"], claims["text"],
                                                 strict=True))


_MEASURES = {"kilometre": ("km", "kilometres", "kilometers"),
             "mile per hour": ("mph", "miles per hour"), "kilogram": ("kg", "kilograms"),
             "square metre": ("m²", "m2", "square metres"), "megawatt": ("MW", "megawatts"),
             "degree Celsius": ("°C", "degrees Celsius")}


@st.composite
def measures(draw: st.DrawFn) -> tuple[str, float, str]:
    unit = draw(st.sampled_from(sorted(_MEASURES)))
    written = draw(st.sampled_from(_MEASURES[unit]))
    tenths = draw(st.integers(min_value=1, max_value=99_999))
    digits = _plain(tenths / 10)
    # a symbol glued or spaced ("10km", "10 km"), a word spaced
    glue = draw(st.sampled_from(["", " "])) if " " not in written and len(written) <= 3 else " "
    return f"{digits}{glue}{written}", tenths / 10, unit


@given(measures(), st.sampled_from(["It measured {}.", "{} was recorded", "about {} in all"]))
def test_measure_formats_read_back_the_same(case: tuple[str, float, str], frame: str) -> None:
    surface, value, unit = case
    text = frame.format(surface)
    claims = extract_claims(text)
    rows = claims[claims["kind"] == "quantity"]
    assert list(rows["text"]) == [surface], (text, claims[["text", "kind"]].values.tolist())
    assert rows["unit"].iloc[0] == unit
    assert math.isclose(rows["value"].iloc[0], value, rel_tol=1e-9)
