"""Places the name scanner does not know, shown to be places by a lower-case place word after
them: "near Dingri county", "Sichuan province", "Kerala state".

A capitalised place head ("Dingri County") is the scanner's own rule; news writes the head
in lower case as often. A capitalised word the gazetteer does not know, right before such a
word and after a lower-case word (so not a sentence's first word: "Every town"), is a place.
The scanner asks (`is_place_by_tail`) for each such word it leaves unknown: a few hundred a
text, where a search for the place words would read the whole text once for each.
"""

from __future__ import annotations

import re

#: A space and a lower-case word that follows the name of a place of that kind.
PLACE_TAILS = tuple(" " + w for w in (
    "county", "province", "prefecture", "district", "region", "state", "village", "town",
    "city", "municipality", "township", "oblast"))
# "state" before a lower-case noun qualifies it ("state media", "state guest house").
_ADJECTIVE = re.compile(r" state [a-z]")


def is_place_by_tail(text: str, start: int, end: int) -> bool:
    """Whether the unknown capitalised word text[start:end] names a place by the lower-case
    place word after it (the caller has checked that one of `PLACE_TAILS` follows)."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].islower()
                                                    or text[start - 2] == ","):
        return False  # a sentence's first word, or after a name: "Every town", "Mr Town"
    for tail in PLACE_TAILS:
        if text.startswith(tail, end):
            after = end + len(tail)
            if after < len(text) and text[after].isalpha():
                return False  # "Townsend", "statement"
            return not (tail == " state" and _ADJECTIVE.match(text, end))
    return False
