"""People the name scanner misses or misreads, shown to be people by the words around them.

The scanner names a person from its gazetteer: a title before the name ("Judge Folake
Adeyemi"), a known given name ("Olena Kovalenko"). News also introduces people it has no
title for by an apposition right after the name, which only people take: an age ("Adebayo
Okonkwo, 58,", "John Smith (45)"), "who" ("Priya Sharma, who lives nearby") or a role
("Wes Streeting, the health secretary,", "Tashi Dorje, a hotel owner,"). The scanner asks
(`apposition_after`) after each run of two to four words it leaves unknown; a person found so
makes its family name a person's wherever else the text writes it ("Okonkwo said").

And a place of one word that is the family name of a person the text names is that person
("Luís Montenegro ... Montenegro said"), unless a preposition makes it a place
(`after_preposition`).
"""

from __future__ import annotations

import re

# What only a person takes after a name, after a comma: an age (1-3 digits, before a comma
# or the verb that goes on: "Okonkwo, 58, was"), "who", or a role ("a hotel owner", "chief
# executive of ...", "Apple's chief executive"); or an age in brackets ("John Smith (45)").
# Matched right where a run of words ends.
_AFTER_COMMA = re.compile(
    r", (?:(?:aged )?\d{1,3}(?=,|\s(?:was|is|has|had|who|said|told|and)\b)|(?:who|whose)\s"
    r"|(?:(?:a|an|the)\s)?(?P<role>(?:[\w'’-]+\s){0,5}?[a-z'’-]+)"
    r"(?=,|\.\s|\s(?:at|of|for|in|from|with|and)\s))"
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
    mp mep mla head woman man girl boy mum mom dad grandson granddaughter
""".split())


#: What an apposition after a name opens with.
APPOSITION_OPENS = (", ", " (")


def apposition_after(text: str, end: int, titles: frozenset[str]) -> bool:
    """Whether an apposition only people take follows ``end`` (the caller has checked that one
    of `APPOSITION_OPENS` does): ", 58,", " (45)", ", who", ", the health secretary,"."""
    if text.startswith(" (", end):
        return _BRACKETED_AGE.match(text, end + 1) is not None
    m = _AFTER_COMMA.match(text, end)
    return m is not None and _is_role(m.group("role"), titles)


def _is_role(role: str | None, titles: frozenset[str]) -> bool:
    """Whether an apposition's words end in a role a person has (or there are none)."""
    if role is None:
        return True
    head = role.rsplit(None, 1)[-1].lower()
    return head in ROLES or head in titles


# Words before a place that make it one: "from Jordan", "in Montenegro".
PLACE_PREPOSITIONS = frozenset(
    "in from to at near into across over of via through outside inside around".split())


def after_preposition(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a preposition that makes a name a place."""
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in PLACE_PREPOSITIONS
