"""Places the name scanner does not know, shown to be places by a lower-case place word after
them: "near Dingri county", "Sichuan province", "Kerala state".

A capitalised place head ("Dingri County") is the scanner's own rule; news writes the head
in lower case as often. One or two capitalised words right before such a word, after a
lower-case word (so not a sentence's first words: "Every town"), are a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Lower-case words that follow the name of a place of that kind.
PLACE_WORDS = ("county", "province", "prefecture", "district", "region", "state", "village",
               "town", "city", "municipality", "township", "oblast")
# The name before a place word: one or two capitalised words, after a lower-case letter (or
# a comma) and a space.
# "state" before a lower-case noun qualifies it ("state media", "state guest house").
_ADJECTIVE = re.compile(r" [a-z]")
_NAME_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:[- ][A-Z][a-z]+)? \Z")


def places_by_head(text: str, found: Sequence[tuple[int, int, str, str | None]],
                   never: frozenset[str], demonyms: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the places ``text`` names before a lower-case place word that ``found`` does
    not hold (``never``: words that are never names, such as Monday; ``demonyms``, lower-case:
    "Chinese state media" names no place)."""
    spans = []
    for word in PLACE_WORDS:
        at = text.find(" " + word)  # a C-level scan per word: most texts hold few of them
        while at >= 0:
            end = at + 1 + len(word)
            if (end == len(text) or not text[end].isalpha()) and not (
                    word == "state" and _ADJECTIVE.match(text, end)):
                m = _NAME_BEFORE.search(text, max(0, at - 30), at + 1)
                if m is not None and not any(w in never or w.lower() in demonyms
                                             for w in re.split("[- ]", m.group()[:-1])):
                    spans.append((m.start(), at))
            at = text.find(" " + word, end)
    if not spans:
        return []
    taken = [(n[0], n[1]) for n in found]
    return sorted(s for s in set(spans) if not any(a < s[1] and s[0] < b for a, b in taken))
