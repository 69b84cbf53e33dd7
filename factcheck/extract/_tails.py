"""Places and organisations the name scanner does not know, shown by a lower-case word after
them: "near Dingri county", "Sichuan province", "Kerala state"; "the far-right Chega party".

A capitalised head ("Dingri County", "Chega Party") is the scanner's own rule; news writes the
head in lower case as often. A capitalised word the gazetteer does not know, right before such
a word and after a lower-case word or a comma (so not a sentence's first word: "Every town"),
takes the kind of the word after it. The scanner asks (`kind_by_tail`) for each such word it
leaves unknown: a few hundred a text, where a search for the words would read the whole text
once for each.
"""

from __future__ import annotations

import re

from factcheck.extract._calendar.anchors import HOLIDAY_WORDS

#: A space and a lower-case word that follows the name of a place or an organisation of that
#: kind, with the kind it gives.
_KINDS = {
    **{" " + w: "place" for w in (
        "county", "province", "prefecture", "district", "region", "state", "village", "town",
        "city", "municipality", "township", "oblast")},
    " party": "org",
}
TAILS = tuple(_KINDS)
# "state" before a lower-case noun qualifies it ("state media", "state guest house").
_ADJECTIVE = re.compile(r" state [a-z]")


def kind_by_tail(text: str, start: int, end: int) -> str:
    """The kind ("place", "org") the lower-case word after the unknown capitalised word
    text[start:end] gives it, or "" (the caller has checked that one of `TAILS` follows)."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].islower()
                                                    or text[start - 2] == ","):
        return ""  # a sentence's first word, or after a name: "Every town", "Mr Town"
    for tail, kind in _KINDS.items():
        if text.startswith(tail, end):
            after = end + len(tail)
            if after < len(text) and text[after].isalpha():
                return ""  # "Townsend", "statement", "partygoers"
            if tail == " party" and text[start:end] in HOLIDAY_WORDS:
                return ""  # "the Christmas party": a day's name, read by the date scanner
            return "" if tail == " state" and _ADJECTIVE.match(text, end) else kind
    return ""
