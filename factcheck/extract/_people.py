"""People the name scanner misses or misreads, shown to be people by the words around them.

The scanner names a person from its gazetteer: a title before the name ("Judge Folake
Adeyemi"), a known given name ("Olena Kovalenko"). News also introduces people it has no
title for by an apposition right after the name, which only people take: an age ("Adebayo
Okonkwo, 58,", "John Smith (45)"), "who" ("Priya Sharma, who lives nearby") or a role
("Wes Streeting, the health secretary,", "Tashi Dorje, a hotel owner,"). A run of two to
four capitalised words before one, none of them a word the gazetteer knows otherwise, is a
person; so is its family name wherever else the text writes it ("Okonkwo said").

And a place of one word that is the family name of a person the text names is that person
("Luís Montenegro ... Montenegro said"), unless a preposition makes it a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What only a person takes after a name, after a comma: an age (1-3 digits, before a comma
# or the verb that goes on: "Okonkwo, 58, was"), "who", or a role ("a hotel owner"). One
# pattern opening with the literal ", " (the engine skips ahead to it fast), and one for an
# age in brackets ("John Smith (45)").
_AFTER_COMMA = re.compile(
    r", (?:(?:aged )?\d{1,3}(?=,|\s(?:was|is|has|had|who|said|told|and)\b)|(?:who|whose)\s"
    r"|(?:a|an|the)\s(?P<role>(?:[\w'’-]+\s){0,5}?[a-z'’-]+)"
    r"(?=,|\.\s|\s(?:at|of|for|in|from|with)\s))"
)
_BRACKETED_AGE = re.compile(r"\(\d{1,3}\)")
# Role nouns that head such an apposition besides the gazetteer's titles (a lower-case word).
ROLES = frozenset("""
    owner resident nurse teacher student doctor aide official worker farmer driver pilot
    engineer lawyer attorney witness victim survivor veteran mother father son daughter wife
    husband widow widower brother sister grandmother grandfather neighbour neighbor pensioner
    shopkeeper vendor trader fisherman miner soldier officer firefighter paramedic volunteer
    protester protestor activist campaigner spokesman spokeswoman spokesperson director
    executive founder chairman chairwoman chair president minister secretary governor mayor
    senator lawmaker legislator councillor councilor candidate leader manager coach player
    striker midfielder defender goalkeeper captain winger batsman bowler singer actor actress
    author writer novelist journalist reporter editor photographer economist analyst researcher
    scientist professor lecturer historian politician diplomat ambassador envoy judge
    prosecutor commander general colonel priest pastor imam rabbi bishop entrepreneur
    businessman businesswoman billionaire investor banker designer architect artist
    mp mep mla
""".split())
_LAST_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*\Z")  # the word that ends a window
_MAX_WORDS = 4


def people_by_apposition(text: str, found: Sequence[tuple[int, int, str, str | None]],
                         never: frozenset[str], known: frozenset[str],
                         titles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people ``text`` introduces by an apposition and does not name in
    ``found``, and of the other places it writes their family names.

    ``never`` holds exact-case words that are never names (The, Monday), ``known`` the
    lower-cased words and names the gazetteer knows (places, organisations, their heads,
    demonyms), ``titles`` lower-cased titles.
    """
    anchors = [m.start() for m in _AFTER_COMMA.finditer(text) if _is_role(m.group("role"), titles)]
    if "(" in text:
        anchors += [m.start() - 1 for m in _BRACKETED_AGE.finditer(text, 1)
                    if text[m.start() - 1] == " "]
    spans = [span for at in anchors if (span := _name_before(text, at, never, known, titles))]
    if not spans:
        return []  # most texts: no list of the names found to build
    taken = [(n[0], n[1]) for n in found]
    people = [span for span in spans if not _overlaps(taken, span)]
    if not people:
        return []
    # the full name again, or the family name alone, wherever else the text writes them
    full = {text[a:b] for a, b in people}
    again = []
    for word in sorted({name.rsplit(None, 1)[-1] for name in full}):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
            span = m.span()
            for name in full:
                lead = len(name) - len(word)
                if name.endswith(" " + word) and text[span[0] - lead:span[1]] == name:
                    span = (span[0] - lead, span[1])
            if not _overlaps(taken, span) and not _overlaps(people, span):
                again.append(span)
    return sorted(set(people + again))


def _is_role(role: str | None, titles: frozenset[str]) -> bool:
    """Whether an apposition's words end in a role a person has (or there are none)."""
    if role is None:
        return True
    head = role.rsplit(None, 1)[-1].lower()
    return head in ROLES or head in titles


def _name_before(text: str, end: int, never: frozenset[str], known: frozenset[str],
                 titles: frozenset[str]) -> tuple[int, int] | None:
    """The run of two to four capitalised words ending at ``end``, if it can be a name."""
    if not text[text.rfind(" ", 0, end) + 1:end][:1].isupper():
        return None  # most appositions follow a lower-case word ("the land, the markets")
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < _MAX_WORDS:
        stop = pos
        while stop > 0 and text[stop - 1] == " ":
            stop -= 1
        if stop == pos and words:
            break  # words must be one space apart
        m = _LAST_WORD.search(text, max(0, stop - 30), stop)
        if m is None or not _capitalised(m.group()):
            break
        if m.start() and text[m.start() - 1] not in " \n\t\"“(":
            break
        words.append(m.span())
        pos = m.start()
    words.reverse()
    while words and text[words[0][0]:words[0][1]].lower() in titles:
        words = words[1:]  # "Coach Ange Postecoglou, 59,": the title is not the name
    if len(words) < 2:
        return None
    surfaces = [text[a:b] for a, b in words]
    if any(w in never or w.lower() in known for w in surfaces):
        return None
    return words[0][0], words[-1][1]


def _capitalised(word: str) -> bool:
    """Title case as names are written: Okonkwo, McDonald, O'Brien, Núñez; not NATO."""
    return word[0].isupper() and any(c.islower() for c in word[1:]) and not word[1:2].isupper()


def _overlaps(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def places_named_for_people(text: str, found: Sequence[tuple[int, int, str, str | None]]
                            ) -> list[int]:
    """Indices in ``found`` of one-word places that are the family name of a person found in
    the same text: after "Luís Montenegro", "Montenegro said" is the man, not the country;
    "watched from Jordan", after a preposition, stays the country."""
    family = {text[n[0]:n[1]].rsplit(None, 1)[-1] for n in found
              if n[2] == "person" and " " in text[n[0]:n[1]]}
    if not family:
        return []
    return [i for i, n in enumerate(found) if n[2] == "place" and text[n[0]:n[1]] in family
            and _word_before(text, n[0]).lower() not in _PLACE_PREPOSITIONS]


# Words before a place that make it one: "from Jordan", "in Montenegro".
_PLACE_PREPOSITIONS = frozenset(
    "in from to at near into across over of via through outside inside around".split())


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 12):start].split()
    return words[-1] if words else ""
