"""The number scanner finds its anchors in the text's shape, by several passes that each open
with a literal byte; they must be exactly those of the one pass over the text it replaces:
"[^A-Za-z]" and `_anchor_pattern`, each match ending where the next may begin, plus a match
at the text's start, and the digits glued to a currency ("USD115", "Rs500", "R2.5bn") that
three more regexes found. Compared here on the bundled texts and on generated text dense in what the
shape reads differently from the text (case, white space, vulgar fractions, "." before a
digit, words glued to digits)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.datasets import load_conformance, load_news, load_seeds
from factcheck.extract._numscan import hits, words
from factcheck.extract._numscan.context import ISO_CODES
from factcheck.extract._numscan.words import _LEAD_INITIALS, _LEAD_WORDS
from factcheck.text import fold_lookalikes, unwrap

_ONE_PASS = re.compile("[^A-Za-z]" + words._anchor_pattern())
_GLUED_ISO = re.compile(r"[0-9](?<=[A-Z]{3}[0-9])")
_GLUED_WORD = re.compile(r"(?<![A-Za-z])R(?:s|mb)(?=[0-9])")
_GLUED_LETTER = re.compile(r"(?<![^\W_])[RN](?=[0-9])")  # R2.5bn, N1,500: with an amount's shape


def _by_one_pass(text: str) -> tuple[list[int], list[int], list[int]]:
    """(starts, leads, glued starts) as the single pass over the text found them."""
    starts: list[int] = []
    leads: list[int] = []
    at_start = words._ANCHOR_AT.match(text)
    anchors = _ONE_PASS.finditer(text)
    for a in (at_start, *anchors) if at_start else anchors:
        start = a.start() + (a is not at_start)
        end = a.end()
        if text[start:end] in _LEAD_WORDS:
            leads.append(start)
            continue
        starts.append(start)
        if end - start <= 2:
            if text[end : end + 1] in _LEAD_INITIALS:
                leads.append(end)
        elif text.endswith(("half", "Half"), start, end):
            leads.append(end - 4)
    glued = [g.start() for g in _GLUED_ISO.finditer(text) if text[g.start() - 3 : g.start()]
             in ISO_CODES] + [m.end() for m in _GLUED_WORD.finditer(text)] + [
                 m.end() for m in _GLUED_LETTER.finditer(text)
                 if hits._AMOUNT_SHAPE.match(text, m.end())]
    return starts, leads, sorted(glued)


def _by_shape(text: str) -> tuple[list[int], list[int], list[int]]:
    leads: list[int] = []
    glued: list[int] = []
    starts = hits._anchor_starts(text, leads, glued)
    return starts, leads, sorted(glued)


def test_anchors_of_the_bundled_texts() -> None:
    docs = load_news() + load_seeds() + load_conformance()
    texts = [doc.text for doc in docs] + [fold_lookalikes(unwrap(doc.text)) for doc in docs]
    assert len(texts) > 50
    wrong = [text[:60] for text in texts if _by_shape(text) != _by_one_pass(text)]
    assert wrong == []


_PIECES = (
    "one One ONE oNe ones tennis Tens TenS TEN ten thirteen Thirteen thousand Thousands half "
    "Half HALF a A an An the The THE all All another several Several couple Couple dozen Dozen "
    "dozens scores Scores hundredth first First second year Year years day night of Of week "
    "nought zero lakh crore quarter third Third million Million billions twenty-one"
).split() + [
    "a dozen", "A dozen", "A Dozen", "a Dozen", "an hundred", "a half", "a half dozen",
    "a year", "A year", "a Year", "an hour", "all day", "all\nday", "all\u00a0day",
    "all\u2009day", "the first", "The  first", "the\tsecond", "the First", "couple of days",
    "couple of\u00a0weeks", "several\u202fweeks", "another  week", "a\u00a0dozen",
    "USD", "EUR", "usd", "Rs", "Rs.", "Rmb", "RMB", "XRs", "R", "s", "USD5", "xUSD5", "Rs5",
    "xRs5", "Rmb5", "xRmb5", ".Rs5", "USD½", "R2.5", "N1,500", "xN1,500", "R5bn",
    "0", "5", "12", "2024", "1,000", "3.5", ".5", "..5", "5.", "40 000",
    "½", "⅓", "¾", "⅞", "5½", "²", "é", "ß", "“", "—", "?", "|", "(", "$", "-", "'", "_",
]
_GLUE = st.sampled_from(["", "", " ", " ", "  ", "\n", "\u00a0", "\u2009", ".", "-", ",", "5"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=16))
    return "".join(draw(_GLUE) + piece for piece in pieces)


@settings(max_examples=1000, deadline=None)
@given(text=_texts())
def test_anchors_of_generated_text(text: str) -> None:
    assert _by_shape(text) == _by_one_pass(text)


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="0123456789 .aAnNeEoOtThHlLfFvVwWiIrRsSuUdDzZmbB½⅓¾é\n\u00a0-",
                    max_size=40))
def test_anchors_of_random_characters(text: str) -> None:
    assert _by_shape(text) == _by_one_pass(text)
