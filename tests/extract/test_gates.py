"""The scanners' gates are shortcuts only: opened (the work they skip done in full), every
claim comes out the same.

For speed the number, date and name scanners test cheap conditions before their regular
expressions and rules: "no join reads a gap this long", "no date pattern reads a number
before this word", "one plain capitalised word is decided so". Each such gate restates what
the patterns or rules it guards would conclude, so a change to them must change the gate too.
These tests open one gate at a time and compare every field of every claim with the gated
run, on the bundled news texts and on generated text dense in the words the gates test.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.datasets import load_news
from factcheck import build
from factcheck.extract import clear_caches, extract_list, names
from factcheck.extract._calendar import anchors, scanner
from factcheck.extract._numscan import hits
from factcheck.extract._year_words import YEAR_PIECES
from factcheck.extract.base import Context

REF = date(2026, 2, 9)

# Compiled code (setup.py) calls its own functions directly, past the patched names; the
# gates are the same code in both builds, so the pure one is where they are opened.
pytestmark = pytest.mark.skipif(build.compiled(), reason="gates are opened by patching modules "
                                "that a compiled build binds when it is built")


def _word_by_rules(self: names._Scan, word: str) -> names._RunResult:
    """`names._Scan._classify_word` by the rule chain that any other run goes through."""
    toks = names._plain_tokens(word)
    self.run_text = word
    self.run_names, self.run_pending = [], []
    self._run(toks)
    if not self.run_names and not self.run_pending:
        return names._NOTHING
    return (tuple(self.run_names), tuple(map(tuple, self.run_pending)))


_STARTS = anchors._all_starts
_Starts = tuple[list[int], set[int], dict[int, re.Pattern[str]], list[int]]


def _starts_without_sole(text: str) -> _Starts:
    """`anchors._all_starts` without the patterns it picks for some starts: SCAN reads all."""
    starts, spelled, _sole, years = _STARTS(text)
    return starts, spelled, {}, years


def _starts_with_every_year_piece(text: str) -> _Starts:
    """`anchors._all_starts` with the starts of years in words found by str.find, a pass per
    piece of YEAR_PIECES, not by the pass of anchor words after a space."""
    starts, spelled, sole, _years = _STARTS(text)
    years: set[int] = set()
    for piece in YEAR_PIECES:
        i = text.find(piece)
        while i >= 0:
            k = i
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            if k >= 3 and text[k - 1] == " ":
                years.add(k)
            i = text.find(piece, i + 1)
    return starts, spelled, sole, sorted(years)


#: name -> (module, attribute, the gate opened: a stand-in that never skips anything)
GATES: dict[str, tuple[object, str, object]] = {
    # _merge_ranges joins two numbers only across a gap it can read
    "numbers: _may_open": (hits, "_may_open", lambda text, pos, initials: True),
    "numbers: _may_join": (hits, "_may_join", lambda text, end, start: True),
    # "March 27," dropped before it becomes a hit (else _classify drops it)
    "numbers: _date_day": (hits, "_date_day", lambda *args: False),
    # digit starts only before a word some date pattern reads
    "dates: _DIGITS_THEN": (anchors, "_DIGITS_THEN", re.compile("")),
    # "the past two weeks": the look-back runs only after a word a stretch ends with
    "dates: _stretch_may_end": (anchors, "_stretch_may_end", lambda *args: True),
    # a start where only some of SCAN's alternatives can match is read by those alone
    "dates: the pattern picked for a start": (scanner, "_all_starts", _starts_without_sole),
    # the first words of years in words are read by the pass of anchor words after a space
    "dates: years in words": (scanner, "_all_starts", _starts_with_every_year_piece),
    # names decide one plain word, and plain runs of several, before the rule chain
    "names: _classify_word": (names._Scan, "_classify_word", _word_by_rules),
    "names: _classify_words": (names._Scan, "_classify_words", lambda self, body, toks: None),
}


def _claims(text: str) -> list[str]:
    clear_caches()  # each run computes afresh: the memos are keyed by text
    # repr: NaN bounds compare equal as text, not as floats
    return [repr(tuple(vars(c).values())) for c in extract_list(text, Context(reference_date=REF))]


def _differences(text: str) -> list[str]:
    gated = _claims(text)
    wrong = []
    for name, (module, attribute, opened) in GATES.items():
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(module, attribute, opened)
            if _claims(text) != gated:
                wrong.append(name)
    return wrong


def test_gates_change_nothing_on_news() -> None:
    texts = [doc.text for doc in load_news()]
    assert texts
    wrong = {text[:60]: gates for text in texts if (gates := _differences(text))}
    assert wrong == {}


# What the gates test: the word after a number (units, months, meridiems, joins, scales), the
# word before it ("the past", "March"), and the separator between them.
_NUMBERS = "5 12 27 31 2019 1930 0730 310 1,000 3.5 ten twenty-one".split()
_AFTER = (
    "to and or - – until through between from by in on at of every past last next coming "
    "previous few days weeks months years hours minutes decade decades week day year hour "
    "a.m. p.m. pm am noon midnight o'clock tonight morning evening night ago later earlier "
    "March Feb. Sunday GMT local hours percent % per points $ £ yen dollars million bn "
    "seats people km miles , . ; : ( ) US$ in the"
).split()
_BEFORE = ("the|past|last|next|over|in the past|in the next|in the|over the last|the past "
           "couple of|March|Feb.|between|from|about|$|US$|on|at").split("|")
_SEPARATORS = (" ", "-", "")


def _batches(segments: list[str], size: int = 120) -> list[str]:
    """The segments as texts of ``size`` sentences each (the property holds for any text,
    and a batch costs one extraction instead of 120)."""
    return [" Then ".join(segments[i : i + size]) for i in range(0, len(segments), size)]


def _pairs() -> list[str]:
    return _batches([f"It was {n}{sep}{w} on Sunday" for n in _NUMBERS for w in _AFTER
                     for sep in _SEPARATORS])


def _triples() -> list[str]:
    return _batches([f"It was {b} {n} {w} then" for b in _BEFORE for n in _NUMBERS
                     for w in _AFTER])


_UNITS = "percent % per cent points days years dollars million bn seats km $ yen".split(" ")
_JOINS = "to|and|or|-|–|through|until|and US$|or $|to £|in every|, up from|compared with".split("|")


def _ranges() -> list[str]:
    """Two numbers with what a join of `_merge_ranges` reads between them."""
    return _batches([f"It rose {a} {u} {j}{sep}{b} {u} by Sunday" for a in ("5", "3.5", "ten")
                     for b in ("12", "1,000") for u in _UNITS for j in _JOINS
                     for sep in (" ", "")])


_CAPITALISED = ("Joe Biden Smith Jones Brown Green Mr. Sanae Takaichi Tokyo Kyodo News Reuters "
                "Japanese Prime Minister President Bank of Japan New York The U.S. LDP It's "
                "Islam's Sunday Akasaka Palace White House Japan").split()


def _name_runs() -> list[str]:
    """Runs of one to six capitalised words (and connectors) taken in turn from a list."""
    words = _CAPITALISED + _CAPITALISED[:6]
    return _batches([f"He met {' '.join(words[i : i + k])} there" for k in range(1, 7)
                     for i in range(len(_CAPITALISED))])


@pytest.mark.parametrize("text", _pairs() + _triples() + _ranges() + _name_runs())
def test_gates_change_nothing_on_built_text(text: str) -> None:
    assert _differences(text) == []


_NAMES = ("President Joe Biden|Mr. Smith|Bank of Japan|New York|Tokyo|The|US|U.S.|Prime "
          "Minister|Sanae Takaichi|Liberal Democratic Party|LDP|said|Japanese|Islam's|It's|"
          "Akasaka Palace|Kyodo News|Reuters|White House|Japan|Sunday's|Trump|In|A").split("|")
_WORDS = (_NUMBERS + _AFTER + _BEFORE + _NAMES
          + ["a", "an", "half", "one", "two-thirds", "several", "two thousand", "Two",
             "nineteen", "Nineteen", "NINETEEN", "twenty", "Twenty", "fifteen", "canteen"])
_JOINERS = st.sampled_from([" ", " ", " ", "", ", ", "-", "  "])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
    return "".join(word + draw(_JOINERS) for word in words).strip()


@settings(max_examples=150, deadline=None)
@given(text=_texts())
def test_gates_change_nothing_on_generated_text(text: str) -> None:
    assert _differences(text) == []
