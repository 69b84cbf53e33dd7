"""Frames: what each claim is about (its trigger or head noun, clause, entities and role)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import pandas as pd

from factcheck.periods import per_after
from factcheck.schema import NAME_KINDS, NUMERIC_KINDS, TEMPORAL_KINDS
from factcheck.text import name_key
from factcheck.units import measured

#: Columns `add_frames` adds to the claims table.
FRAME_COLUMNS: dict[str, str] = {
    "sentence": "the sentence holding the claim",
    "clause_start": "offset of the clause the claim sits in",
    "clause_end": "offset one past that clause",
    "trigger": "the event word the claim attaches to, as written (endorsed, election, tariff)",
    "event": "canonical event: a vocabulary event name, or the trigger's stem",
    "event_source": "vocabulary, lexicon, head or '' (how the event was found)",
    "head": "numeric claims: the counted or measured noun (seats, tariff, majority)",
    "role": "actual, threat, plan, change, previous, call, dateline (the claim's role)",
    "entities": "names in the claim's clause, '|'-joined, canonical where the vocabulary knows",
    "places": "the place names among them ('|'-joined): a visit to China is not one to Japan",
    "target": "figures: what the counted thing applies to ('tariff on cars' -> car)",
    "holder": "figures: whose figure it is, the last word of a name or possessor, lowercased "
              "('Chega won 58 seats' -> chega, 'parliament's 230 seats' -> parliament)",
    "origin": "distances: words of the place measured from, '|'-joined ('north of Copiapó')",
    "per": "figures: what a rate is given per, a period or a denominator ('$600 a month' -> "
           "month, '$2 per share' -> share; see factcheck.periods)",
    "when": "figures: low/high of the date in the same clause ('rose 2% on Monday')",
    "context": "lowercased words of the clause without the claim itself (and of the clause "
               "before, when the claim's has fewer than four)",
}

# General English cues. Story-specific triggers belong in rules/vocabulary/events.yaml.
# Synonym groups: every word maps to the first (the canonical event name).
_SYNONYMS = [
    "election vote polls poll ballot referendum",
    "runoff run-off",
    "visit trip tour",
    "tariff levy levies duty duties",
    "deal agreement pact accord treaty",
    "acquisition purchase takeover buyout",
    "conviction convicted convict guilty",  # "was found guilty in June"
    "storm hurricane typhoon cyclone",
    "ceasefire truce armistice",
    "arrest arrested detain detained detention",
    "sentence sentenced jailed imprisoned",  # (not "jail": "years in jail" is no subject)
    "meeting summit talks meet met",
    "attack strike raid assault",
    "win won victory landslide",
    "defeat loss",
    "death die died killed",
    "injury injured injure injuring wounded wounding",
    "missing unaccounted",  # "784 are missing": not the dead counted before them
    "post tweet",
    "speech address",
    "resign resignation",
    "appoint appointment",
    "announce announcement",
    "invest investment",
    "endorse endorsement",
    "congratulate congratulations",
    "welcome",
    "rescue rescued rescues rescuing",
    "fire wildfire blaze bushfire",
    "payment paid pay pays paying",
    "start begin began begun beginning resume resumed restart restarted",
    "evacuation evacuate evacuated evacuating",
    "watch watched watches watching",
    "trap trapped trapping",
    "explosion explode exploded explodes exploding blast",
    "affect affected affecting",  # "three million people were affected by the quake"
]
#: Phrases that are events of their own, though a word of theirs is another event: a
#: confidence vote is no election.
_PHRASES = {
    "confidence vote": "confidence vote",
    "no-confidence vote": "confidence vote",
    "no confidence vote": "confidence vote",
    "vote of confidence": "confidence vote",
    "vote of no confidence": "confidence vote",
    "vote of no-confidence": "confidence vote",
    "state of emergency": "emergency",  # not the reporting verb "state"
    "break out": "start",
    "broke out": "start",
    "breaks out": "start",
    "step down": "resign",
    "steps down": "resign",
    "stepped down": "resign",
    "stepping down": "resign",
}
#: Triggers that are adjectives: a finding names its subject by another trigger if it can.
ADJECTIVE_TRIGGERS = frozenset(["guilty"])
#: Spellings and synonyms of counted nouns and units (merged, but no event of their own).
_SPELLINGS = [
    "story storey storeys stories floor floors",
    "kilometre kilometer km",
    "metre meter",
    "person others",  # "12 people died and 40 others were injured"
    "company firm",
    "game match",  # "28 league matches", "29 league games"
]
_LEXICON_EXTRA = """
    arrest trial verdict ruling sentence inauguration ceremony launch protest rally war ceasefire
    earthquake flood storm fire crash accident explosion shooting budget interview conference
    message call invasion meeting hearing strike walkout lockdown outbreak merger
    acquisition sale purchase bid offer sanction ban fine payment loan aid investment majority
    coalition campaign debate nomination election cabinet reshuffle leadership accession
    appreciation gratitude praise criticism warning promise pledge proposal
    express thank sign elect depart arrive land meet begin start end open close release
    contact emergency
    """
#: Words that pick one occurrence of a repeated event; they become part of the event name.
SEQUENCE = {w: w for w in str.split("first second third fourth final runoff run-off")}
SEQUENCE.update({"1st": "first", "2nd": "second", "3rd": "third", "run-off": "runoff"})

#: Reporting verbs: a date beside them dates a statement; they align only with similar context.
REPORTING = frozenset(str.split(
    "say said says tell told write wrote add added state stated note noted report reported "
    "describe described claim claimed statement statements"))
#: Support verbs carry no event of their own ("reached a deal", "held talks").
_SUPPORT = frozenset(str.split(
    "reach reached strike struck hold held make made take took come came go went have has had "
    "get got give gave do did be is was are were"))

_ROLE_CUES: dict[str, str] = {}
for _cue_role, _words in {
    "threat": "threaten threatened threatens threatening threat warned warns",
    "plan": "plan planned plans planning propose proposed proposes expected expects scheduled "
            "upcoming will would could may might intend intends intended seek seeks sought aim "
            "aims aimed want wants wanted target targets targeted considering consider could "
            "pledge pledged pledges promise promised promises vow vowed vows commit committed "
            "commits",
    "change": "lower lowered lowers raise raised raises cut cuts increase increased increases "
              "reduce reduced reduces rose rise rises fell fall falls drop dropped drops climb "
              "climbed climbs hike hiked slash slashed shed sheds shedding",
    "actual": "agreed agree agrees held hold won reached set struck signed imposed impose "
              "approved paid",
}.items():
    for _w in _words.split():
        _ROLE_CUES.setdefault(_w, _cue_role)

_STOP = frozenset(str.split("""
    a an the of in on at to for from by with and or but as is was were be been
    are this that these those its it his her their our your my he she they we you i than then
    stood stands
    about around some more less over under nearly almost up down into onto per each every any
    all both after before during ahead last next new said says also only just least most
    roughly approximately"""))

_CLAUSE_BREAK = re.compile(
    # a comma or colon between digits is a number (1,000) or a clock time (05:46), not a break
    r"(?<!\d)[,:]|[,:](?!\d)|[;()\[\]—–]|\s-\s"
    # "107 were killed and 238 injured": a second figure opens its own clause
    r"|(?<=[A-Za-z] )and(?=\s+\d)"
    r"|\b(?:as|while|but|whereas|although|though|because|when|where|which|who|"
    r"during|after|before|ahead of|following|until|since)\b",
    re.IGNORECASE,
)
_SOFT_BREAKS = (",", "(", ")", "[", "]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem, enough to meet "endorsed", "endorsement" and "endorses"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ments", 4), ("ment", 4), ("ings", 4), ("ing", 4), ("ied", 3),
                         ("ies", 3), ("ed", 4), ("es", 5), ("s", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                w += "y"
            elif suffix in ("ed", "ing") and len(w) > 2 and w[-1] == w[-2] and w[-1] not in "ls":
                w = w[:-1]  # planned -> plan
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def canonical_word(word: str) -> str:
    """A word's stem, with general synonyms and spellings merged (storey -> story)."""
    s = stem(word)
    return _CANON.get(s, s)


_CANON: dict[str, str] = {}
for _group in _SYNONYMS + _SPELLINGS:
    _members = _group.split()
    for _m in _members:
        _CANON.setdefault(stem(_m), stem(_members[0]))
for _m in _LEXICON_EXTRA.split():
    _CANON.setdefault(stem(_m), stem(_m))
#: Events whose bare figures count people: "killing 107" is 107 people, "784 are missing"
#: 784 people.
_PEOPLE_EVENTS = frozenset(_CANON[stem(w)] for w in ("killed", "injured", "missing"))
_DEATH = _CANON[stem("killed")]
#: Counted nouns that are people an event befell ("15,898 deaths", "188 injuries"), by their
#: head's stem. (Casualties are the dead and the injured together: no one event.)
_TOLL_NOUNS = {stem(noun): _CANON[stem(event)] for noun, event in (
    ("death", "killed"), ("fatality", "killed"), ("injury", "injured"))}
#: A noun for events whose triggers may all be verbs ("dates for the start", not "for the
#: broke out"), keyed by the event's canonical stem.
EVENT_NOUNS = {stem(verb): noun for verb, noun in (
    ("start", "start"), ("resign", "resignation"), ("appoint", "appointment"),
    ("announce", "announcement"), ("invest", "investment"), ("endorse", "endorsement"),
    ("rescue", "rescue"), ("evacuation", "evacuation"), ("conviction", "conviction"),
    ("death", "deaths"), ("injury", "injuries"), ("missing", "missing"), ("attack", "attack"),
    ("win", "win"),
    ("meeting", "meeting"), ("visit", "visit"), ("acquisition", "acquisition"),
    ("sentence", "sentence"), ("arrest", "arrest"), ("launch", "launch"),
    ("release", "release"), ("sign", "signing"), ("depart", "departure"),
    ("arrive", "arrival"), ("land", "landing"), ("open", "opening"), ("close", "closing"),
    ("elect", "election"))}
#: Stems that announce an event (general English; the vocabulary adds the story's own).
_EVENT_STEMS = frozenset(stem(m) for g in _SYNONYMS for m in g.split()) | frozenset(
    stem(m) for m in _LEXICON_EXTRA.split())


@dataclass(frozen=True)
class EventLexicon:
    """Trigger phrases (lowercased, stemmed word tuples) -> event name."""

    phrases: dict[tuple[str, ...], tuple[str, str]]  # stems -> (event, source)
    longest: int

    @classmethod
    def build(cls, events: Mapping[str, tuple[str, ...]] | None = None) -> EventLexicon:
        phrases: dict[tuple[str, ...], tuple[str, str]] = {}
        for s, canon in _CANON.items():
            if s in _EVENT_STEMS:
                phrases[(s,)] = (canon, "lexicon")
        for s in REPORTING:
            phrases.setdefault((stem(s),), ("say", "reporting"))
        for phrase, event in _PHRASES.items():
            phrases[tuple(stem(w) for w in _WORD.findall(phrase))] = (event, "lexicon")
        for event, triggers in (events or {}).items():
            for trigger in triggers:
                key = tuple(stem(w) for w in _WORD.findall(trigger))
                if key:
                    phrases[key] = (event, "vocabulary")
        longest = max((len(k) for k in phrases), default=1)
        return cls(phrases, longest)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split text[start:end] (a sentence) into clauses at punctuation and conjunctions.

    Each clause is (start, end, hard): ``hard`` when a colon, semicolon or dash separates it
    from the clause before, which a date never reaches across. Brackets split but are not
    hard: an aside glosses the clause before it ("at 05:46 UTC (14:46 local time) on 11
    March"), and see ``neighbours`` for reaching across one.
    """
    spans: list[tuple[int, int, bool]] = []
    pos, hard = start, False
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > pos and text[pos:match.start()].strip():
            spans.append((pos, match.start(), hard))
            hard = False
        sep = match.group(0)
        # A conjunction opens the next clause; punctuation belongs to neither.
        pos = match.start() if sep[0].isalpha() else match.end()
        hard = hard or (not sep[0].isalpha() and sep.strip() not in _SOFT_BREAKS)
    if pos < end and text[pos:end].strip():
        spans.append((pos, end, hard))
    return spans or [(start, end, False)]


_APPOSITION = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)


def is_aside(text: str, span: tuple[int, int, bool]) -> bool:
    """Whether a clause is a whole bracketed aside, "(14:46 local time)", or a noun phrase
    between commas that glosses a name: "sentenced Adebayo Okonkwo, a 56-year-old former
    aide, to 10 years"."""
    a, b, _hard = span
    if a > 0 and text[a - 1] in "([" and b < len(text) and text[b] in ")]":
        return True
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    return (text[a - 1:a] == "," and b < len(text) and text[b] == ","
            and _APPOSITION.match(text, a + lead) is not None)


def neighbours(text: str, spans: list[tuple[int, int, bool]], here: int) -> list[int]:
    """The clauses a claim in clause ``here`` may take its event from, nearest first.

    Its own clause; the one before unless a hard break separates them, and the one before
    that when the one before is a bracketed aside; then the one after, unless hard.
    """
    order = [here]
    if here > 0 and not spans[here][2]:
        order.append(here - 1)
        if here > 1 and is_aside(text, spans[here - 1]) and not spans[here - 1][2]:
            order.append(here - 2)
    if here + 1 < len(spans) and not spans[here + 1][2]:
        order.append(here + 1)
    return order


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    stem: str


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(start + m.start(), start + m.end(), m.group(0), stem(m.group(0)))
            for m in _WORD.finditer(text[start:end])]


def _triggers(tokens: list[_Token], lexicon: EventLexicon,
              skip: tuple[int, int]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, event, source) of trigger phrases among tokens, longest first."""
    found: list[tuple[int, int, str, str, str]] = []
    i = 0
    while i < len(tokens):
        if skip[0] <= tokens[i].start < skip[1] or tokens[i].stem in _SUPPORT:
            i += 1
            continue
        for n in range(min(lexicon.longest, len(tokens) - i), 0, -1):
            key = tuple(t.stem for t in tokens[i:i + n])
            hit = lexicon.phrases.get(key)
            if hit:
                surface = " ".join(t.word for t in tokens[i:i + n])
                event = hit[0]
                # "the first round", "a second visit": one occurrence of a repeated event
                for t in tokens[max(0, i - 2):i]:
                    if t.word.lower() in SEQUENCE:
                        event = f"{SEQUENCE[t.word.lower()]} {event}"
                        break
                found.append((tokens[i].start, tokens[i + n - 1].end, surface, event, hit[1]))
                i += n - 1
                break
        i += 1
    return found


#: What joins a length of time to the event it is counted from ("ten days before the start").
_ANCHOR_JOIN = re.compile(r"\s+(?:before|after|since|until|ahead\s+of|prior\s+to|following)"
                          r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?", re.IGNORECASE)


def _anchor_event(text: str, end: int, tokens: list[_Token], lexicon: EventLexicon
                  ) -> tuple[int, int, str, str, str] | None:
    """The trigger a duration ending at ``end`` is counted from: the one opening the phrase
    after "before", "after", "since" ... ("ten days before the beginning of the Hajj")."""
    join = _ANCHOR_JOIN.match(text, end)
    if join is None:
        return None
    at = bisect.bisect_left([t.start for t in tokens], join.end())
    found = _triggers(tokens[at:at + lexicon.longest], lexicon, (end, end))
    return found[0] if found and found[0][0] == join.end() and found[0][4] != "reporting" else None


_VISIT = "visit"
#: After a visit's trigger, where its destination's name starts ("trip to China", "visiting
#: the White House").
_DESTINATION = re.compile(r"\s+(?:(?:to|in)\s+)?(?:the\s+)?")


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _head(text: str, tokens: list[_Token], claim: tuple[int, int]) -> str:
    """The noun a number counts or measures: the next content word, else the previous one."""
    after = [t for t in tokens if t.start >= claim[1]][:4]
    for k, t in enumerate(after[:3]):
        low = t.word.lower()
        if low == "of" or (low in ("the", "a", "an") and k and after[k - 1].word == "of"):
            continue  # "32.7% of the vote"
        if low in _STOP or low in _ROLE_CUES or t.stem in _SUPPORT or _verbish(low):
            break
        if k + 1 < len(after) and after[k + 1].word.lower() in _PROGRESS:
            return "count"  # "with 98% of votes counted": how far the count has gone
        return _CANON.get(t.stem, t.stem)
    before = [t for t in tokens if t.end <= claim[0]][::-1][:5]
    for k, t in enumerate(before[:4]):
        low = t.word.lower()
        if low in _STOP or low in _ROLE_CUES or t.stem in _SUPPORT or low in _OBJECTS:
            continue  # ("sentenced him to 12 years": not him; "the 33 of us" counts us)
        if _verbish(low):
            break  # "has risen to 1,600": the verb, not what was counted
        head = _CANON.get(t.stem, t.stem)
        if k + 1 < len(before) and before[k + 1].word.lower() in _MEASURE_MODIFIERS:
            return f"{before[k + 1].word.lower()} {head}"  # "core inflation fell to 3.9%"
        return head
    return ""


_OBJECTS = frozenset(("him", "them", "me", "us"))

# Words that make a measure another one: "core inflation" is not inflation, "median age" not
# any age; a figure's head keeps them.
_MEASURE_MODIFIERS = frozenset(str.split(
    "core underlying services goods food energy youth real nominal net gross average median "
    "minimum maximum annual monthly quarterly weekly daily"))


# After the noun a share counts: the share is of a count under way, not of the thing.
_PROGRESS = frozenset(["counted", "tallied", "processed", "reporting", "declared"])
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*")
# A figure converted in brackets after it, or the bracket closing a converted figure:
# "¥2.1 trillion ($14.1bn) purchase" - the head of both is after the bracket.
_CONVERSION_AFTER = re.compile(r"\s*[(\[][^()\[\]\n]{1,40}[)\]]|\s*[)\]]")


def _past_conversion(text: str, end: int) -> int:
    """Where the words after a figure start, past a converted figure in brackets."""
    m = _CONVERSION_AFTER.match(text, end)
    return m.end() if m else end


# What a measure may be the measure of, named before it: "at a depth of about 30 km".
_MEASURE_ROLES = frozenset(str.split(
    "depth height length width distance diameter altitude elevation radius area speed "
    "temperature weight capacity thickness volume size span"))
_BEFORE_A_FIGURE = frozenset(str.split(
    "about approximately around some nearly almost roughly just over under more less than at "
    "least most up to"))


# What a bare figure may be, named right before it: "magnitude 7.0", "a turnout of 58".
_FIGURE_ROLES = frozenset(str.split("magnitude turnout rate index score level scale grade"))


#: A clause of fewer words (besides the claim) is read with the clause before it as context.
_SHORT_CLAUSE = 4
_INTRO_PREPS = frozenset(("", "on", "in", "at", "by", "since", "until", "during", "from"))


def _opens_sentence(text: str, s0: int, c0: int) -> bool:
    """Whether a date opens its sentence, a preposition before it at most ("On 13 October
    2010 the men were winched to the surface ..., as millions watched"): like an
    introductory date without its comma, it dates what the sentence goes on to tell."""
    return c0 > s0 and text[s0:c0].strip().lower() in _INTRO_PREPS - {""}


def _introductory(text: str, clause: tuple[int, int, bool], c0: int, c1: int) -> bool:
    """Whether a claim alone in its clause (a preposition before it at most) opens the
    sentence's next clause: "On 20 April 2010, ..."."""
    before = text[clause[0]:c0].strip().lower()
    return before in _INTRO_PREPS and not text[c1:clause[1]].strip()


def _measure_role(tokens: list[_Token], start: int) -> str:
    """The role noun before "of" ahead of a measure ("depth" in "a depth of about 30 km")."""
    return _role_before(tokens, start, _MEASURE_ROLES, need_of=True)


def _figure_role(tokens: list[_Token], start: int) -> str:
    """The role noun right before a bare figure, "of" or not ("magnitude" in "a magnitude
    of 7.0", "magnitude 7.0 earthquake")."""
    return _role_before(tokens, start, _FIGURE_ROLES, need_of=False)


def _qualified_start(tokens: list[_Token], start: int) -> int:
    """Where the words qualifying a figure ("at least", "more than", "about") start before
    it, or ``start``."""
    i = bisect.bisect_left([t.start for t in tokens], start)
    first = max(0, i - 3)  # "more than", "at least", "just over", "up to about"
    while i > first and tokens[i - 1].word.lower() in _BEFORE_A_FIGURE:
        i -= 1
        start = tokens[i].start
    return start


def _death_toll(tokens: list[_Token], start: int) -> bool:
    """Whether "death toll" stands before a figure in its clause."""
    words = [t.word.lower() for t in tokens if t.end <= start]
    return any(a == "death" and b == "toll" for a, b in zip(words, words[1:], strict=False))


def _role_before(tokens: list[_Token], start: int, roles: frozenset[str], need_of: bool) -> str:
    before = [t for t in tokens if t.end <= start][::-1]
    k = 0
    while k < len(before) and before[k].word.lower() in _BEFORE_A_FIGURE:
        k += 1
    if k < len(before) and before[k].word.lower() == "of":
        k += 1
    elif need_of:
        return ""
    if k < len(before) and before[k].word.lower() in roles:
        return before[k].word.lower()
    return ""


_PARTICIPLES = frozenset(str.split(
    "risen fallen grown taken given shown seen been gone done made paid left lost won kept "
    "rose fell grew jumped soared killed injured"))


def _verbish(word: str) -> bool:
    """Whether a word looks like a verb form (a head noun never does)."""
    return word in _PARTICIPLES or word.endswith(("ed", "ing"))


# Where a distance is measured from: after the figure (and a converted figure in brackets),
# a direction perhaps, then "of", "from" or "off" and the place, up to punctuation.
_ORIGIN = re.compile(
    r"[)\]]?\s*(?:[(\[][^)\]\n]{0,40}[)\]]\s*)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+|(?:away|inland|offshore)\s+)?"
    r"(?:of|from|off)\s+(?P<ref>[^,;.()\n]{1,80})", re.IGNORECASE)
# What ends the place's name: another clause or a second place ("of Penang in Malaysia").
_ORIGIN_END = re.compile(r"\s(?:in|and|at|on|where|which|when|with|to|near|via|after|while)\s")
_ORIGIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # (place names are not all ASCII: Copiapó)


def _origin(text: str, end: int) -> str:
    """The content words of the place a distance ending at ``end`` is measured from, sorted
    and '|'-joined ("45 km north of the regional capital of Copiapó" -> capital|copiapó|
    regional); '' when the text names none."""
    m = _ORIGIN.match(text, end)
    if m is None:
        return ""
    ref = _ORIGIN_END.split(m.group("ref") + " ", maxsplit=1)[0]
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in _ORIGIN_WORD.findall(ref)}
    return "|".join(sorted(w for w in words - _STOP if w))


def _target(tokens: list[_Token], claim: tuple[int, int]) -> str:
    """What a figure's noun applies to: the first content word after "on" or "against"
    within a few words of the figure ("a 25% tariff on Japanese cars" -> car)."""
    after = [t for t in tokens if t.start >= claim[1]][:6]
    for i, t in enumerate(after[:4]):
        if t.word.lower() in ("on", "against"):
            for u in after[i + 1:]:
                low = u.word.lower()
                if low in _STOP or u.word[:1].isupper():
                    continue  # skip "the", and "Japanese" in "on Japanese cars"
                return canonical_word(low)
            return ""
    return ""


#: Verbs between a figure and whose it is: "Chega won 58 seats", "the alliance took 89".
_HOLDING_VERBS = frozenset(str.split(
    "won win wins took take takes has have had holds hold held got gets secured secures "
    "gained gains captured captures lost loses kept keeps controls controlled received "
    "receives claimed claims polled polls scored scores"))


def _holder(tokens: list[_Token], claim: tuple[int, int]) -> _Token | None:
    """The word that says whose figure a claim is: the possessor right before it
    ("parliament's 230 seats"), or the name opening the clause before a holding verb ("The
    far-right Chega party won 58 seats"); None if none.

    Figures of one noun held by different parties are different facts: Chega's 58 seats and
    the alliance's 89 are no contradiction. Only names count as subjects ("the party won 60
    seats" may be anyone's)."""
    lead = _qualified_start(tokens, claim[0])
    i = bisect.bisect_left([t.start for t in tokens], lead)
    before = tokens[i - 1] if i else None
    if before is not None and before.word.endswith(("'s", "’s")) and before.end + 1 == lead:
        return before
    if before is None or before.word.lower() not in _HOLDING_VERBS:
        return None
    # back from the verb: a noun or two in lower case ("party"), then the name's capitals
    k = i - 2
    while k >= 0 and i - 2 - k < 2 and tokens[k].word.islower() and tokens[k].word not in _STOP:
        k -= 1
    if k >= 0 and tokens[k].word[:1].isupper() and tokens[k].word.lower() not in _STOP:
        return tokens[k]
    return None


def _canonical(name: str, aliases: Mapping[str, str]) -> str:
    """The name the aliases (lowercased surface -> canonical) give ``name``, else itself."""
    return aliases.get(name_key(name), name)


def _holder_key(word: str, name: str | None, aliases: Mapping[str, str]) -> str:
    """A holder as compared across articles: the last word of ``name``, the name ``word`` is
    part of (its long form for an acronym, its canonical form for an alias), else of what the
    aliases say ``word`` is, else of ``word``; lowercased, without a possessive.

    A name counts by its last word ("Luís Montenegro's" and "Mr Montenegro's" are one
    holder), and "AD" defined as "Democratic Alliance (AD)" is "alliance": a holder wrongly
    told apart would hide a contradiction, one wrongly merged only leaves figures compared as
    before."""
    bare = word.removesuffix("'s").removesuffix("’s")
    full = name or _canonical(bare, aliases)
    return full.rsplit(None, 1)[-1].removesuffix("'s").removesuffix("’s").lower()


def _role(tokens: list[_Token], claim: tuple[int, int]) -> str:
    before = [t for t in tokens if t.end <= claim[0]][::-1]
    after = [t for t in tokens if t.start >= claim[1]]
    words = [t.word.lower() for t in before if t.word.lower() not in ("the", "a", "an")]
    prep = words[0] if words else ""
    if prep == "from" and (
            (len(words) > 1 and words[1] in ("down", "up"))
            or any(_ROLE_CUES.get(w) == "change" for w in words[1:8])
            or (after and after[0].word.lower() == "to")):
        # "down from 25%", "cut the levy from 25% to 15%": the figure before the change;
        # "payments from three firms" is no previous figure
        return "previous"
    if prep in ("up", "down"):
        return "change"  # "revenue was up 6%", "shares closed down 3%": as "rose 6%"
    for i, t in enumerate(before[:4]):
        if t.word.lower() == "for" and i + 1 < len(before) and before[i + 1].stem == "call":
            return "call"  # "called for an election": the call, not the election
    for t in after[:4]:
        # "the 25% tariff Trump threatened": a past participle after the figure
        word = t.word.lower()
        if _ROLE_CUES.get(word) in ("threat", "plan") and word.endswith("ed"):
            return _ROLE_CUES[word]
    for i, t in enumerate(before[:8]):
        role = _ROLE_CUES.get(t.word.lower())
        if role == "change" and i and before[i - 1].word.lower() == "short":
            continue  # "fell short of a majority" changes nothing
        if role == "change":
            return {"to": "actual", "from": "previous"}.get(prep, "change")
        if role:
            return role
    return "actual"


def _person_before(names: list[tuple[int, int, str]], kinds: dict[tuple[str, int], str],
                   doc: str, sent_start: int, claim_start: int) -> str:
    """The family name of the nearest person named before an age in its sentence."""
    people = [(a, n) for a, _b, n in names
              if sent_start <= a < claim_start and kinds.get((doc, a)) == "person"]
    if not people:
        return ""
    return max(people)[1].split()[-1].lower()


#: The capitalised word an age stands after, set off by a comma: "Kishida, 67, announced".
_BEFORE_AGE = re.compile(r"([A-Z][\w'’-]*[a-z])['’]?,\s*$")


def _appositive(text: str, sent_start: int, claim_start: int) -> str:
    """The family name an age is set off after ("Kishida, 67") where the names found none:
    the age extractor read the figure as an age because a name stands there."""
    m = _BEFORE_AGE.search(text, max(sent_start, claim_start - 40), claim_start)
    return m.group(1).lower() if m else ""


class Row(SimpleNamespace):
    """One claim as a plain object: ``row.kind``, ``row["kind"]`` and ``row.get("kind")``."""

    def __getitem__(self, name: str) -> Any:
        return getattr(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self, name, default)

    def __contains__(self, name: str) -> bool:
        return hasattr(self, name)


def records_of(frame: pd.DataFrame) -> list[Any]:
    """The rows of a table as Row objects (much faster to walk than iterrows or .loc)."""
    names = [str(c) for c in frame.columns]
    columns = [frame[c].tolist() for c in frame.columns]
    return [Row(**dict(zip(names, values, strict=True))) for values in zip(*columns, strict=True)]


def add_frames(
    claims: pd.DataFrame,
    texts: Mapping[str, str] | None = None,
    *,
    events: Mapping[str, tuple[str, ...]] | None = None,
    aliases: Mapping[str, str] | None = None,
    datelines: Mapping[str, tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """The claims table with the frame columns (FRAME_COLUMNS) added.

    ``texts`` maps article id to body; without it the frame is read from the claim's own
    text only. ``events`` are vocabulary events (name -> triggers), ``aliases`` lowercased
    surface -> canonical name; claims inside ``datelines`` (doc -> span) get role "dateline"
    and no event: the date an article was filed dates no event.
    """
    lexicon = EventLexicon.build(events)
    aliases = aliases or {}
    out = claims.copy()
    columns: dict[str, list[object]] = {name: [] for name in FRAME_COLUMNS}
    names_by_doc: dict[str, list[tuple[int, int, str]]] = {}
    records: list[Any] = records_of(claims)
    skip = {(r.doc, int(r.start)) for r in records
            if r.doc in (datelines or {}) and datelines is not None
            and datelines[r.doc][0] <= int(r.start) < datelines[r.doc][1]}
    kinds_by_doc: dict[tuple[str, int], str] = {}
    holder_names: dict[tuple[str, int], str] = {}  # (doc, start) -> a name's long form
    token_cache: dict[tuple[str, int, int], tuple[list[tuple[int, int, bool]], list[_Token]]] = {}
    for row in records:
        if row.kind in NAME_KINDS:
            kinds_by_doc[(row.doc, int(row.start))] = row.kind
            canon = _canonical(str(row.value or row.text), aliases)
            names_by_doc.setdefault(row.doc, []).append((row.start, row.end, canon))
            link = getattr(row, "link", None)  # an acronym's long form
            if isinstance(link, str) and link:
                holder_names[(row.doc, int(row.start))] = _canonical(link, aliases)
    dates_by_doc: dict[str, list[tuple[int, str]]] = {}
    for row in records:
        if row.kind in TEMPORAL_KINDS and isinstance(row.low, str) and isinstance(row.high, str):
            dates_by_doc.setdefault(row.doc, []).append((int(row.start),
                                                         f"{row.low[:10]}/{row.high[:10]}"))
    for named in names_by_doc.values():
        named.sort()
    name_starts = {doc: [a for a, _b, _n in named] for doc, named in names_by_doc.items()}

    def names_in(doc: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Names of an article starting in [lo, hi), found by bisection, not a scan."""
        if doc not in name_starts or (texts or {}).get(doc) is None:
            return []
        starts = name_starts[doc]
        return names_by_doc[doc][bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    last_measure: dict[str, tuple[int, str]] = {}  # per article: end and head of a measure
    for row in records:
        text = (texts or {}).get(row.doc)
        if text is None:
            text, s0, s1, c0, c1 = row.text, 0, len(row.text), 0, len(row.text)
        else:
            s0, s1 = int(row.sent_start), int(row.sent_end)
            if s1 <= s0:
                s0, s1 = 0, len(text)
            c0, c1 = int(row.start), int(row.end)
        # Claims of one sentence share its clauses and tokens (none to share without texts).
        sentence_key = (row.doc, s0, s1) if (texts or {}).get(row.doc) is not None else None
        cached = token_cache.get(sentence_key) if sentence_key else None
        if cached is None:
            cached = (clauses(text, s0, s1), _tokens(text, s0, s1))
            if sentence_key:
                token_cache[sentence_key] = cached
        spans, tokens = cached
        here = next((i for i, (a, b, _h) in enumerate(spans) if a <= c0 < b), 0)
        clause = spans[here][:2]
        # A claim over a comma ("On April 20, 2010, an explosion"): the clauses it covers, and
        # the one after it when it opens the sentence, are its clause.
        last = next((i for i, (a, b, _h) in enumerate(spans) if a < c1 <= b), here)
        if last > here:
            after = last + 1 if last + 1 < len(spans) and not spans[last + 1][2] else last
            clause = (spans[here][0], spans[after][1])
        clause_tokens = [t for t in tokens if clause[0] <= t.start < clause[1]]
        trigger, event, source = "", "", ""
        trigger_end = -1
        if row.kind not in NAME_KINDS and row.kind != "quote":
            # Nearest trigger in the clause; else the neighbouring clauses (previous first).
            order = neighbours(text, spans, here)
            if last > here:  # the clauses it covers, then those after it, then the one before
                order = [*range(here, last + 1),
                         *(j for j in neighbours(text, spans, last) if j > last),
                         *(j for j in order if j < here)]
            if _introductory(text, spans[last], c0, c1) or (
                    row.kind in TEMPORAL_KINDS and _opens_sentence(text, s0, c0)):
                # "On 20 April 2010, while drilling, an explosion killed 11": the sentence's
                # clauses after it, in order, up to a hard break
                later = []
                for j in range(last + 1, len(spans)):
                    if spans[j][2]:
                        break
                    later.append(j)
                order = [*dict.fromkeys([*range(here, last + 1), *later, *order])]
            anchor = _anchor_event(text, c1, tokens, lexicon) if row.kind == "duration" else None
            if (row.doc, c0) in skip:
                order = []
            elif anchor is not None:
                # "came ten days before the start of the Hajj": measured from the event after
                # "before" (a clause of its own), though "came" stands nearer
                trigger, event, source = anchor[2], anchor[3], anchor[4]
                order = []
            for j in order:
                toks = [t for t in tokens if spans[j][0] <= t.start < spans[j][1]]
                found = _triggers(toks, lexicon, (c0, c1))
                # A word inside a name is not an event ("State Department" departs nowhere),
                # unless the story's vocabulary names it.
                named = names_in(row.doc, spans[j][0], spans[j][1])
                found = [f for f in found if f[4] == "vocabulary"
                         or not any(a <= f[0] < b for a, b, _n in named)]
                strong = [f for f in found if f[4] != "reporting"] or found
                if strong:
                    # from the words that qualify the figure: "killing at least 126 people
                    # and injuring 188" kills 126, though "injuring" is fewer letters away
                    lead = _qualified_start(tokens, c0)
                    best = min(strong, key=lambda f: (_distance((f[0], f[1]), (lead, c1)),
                                                      f[4] != "vocabulary", f[0]))
                    trigger, event, source = best[2], best[3], best[4]
                    trigger_end = best[1]
                    break
        head = ""
        if row.kind in NUMERIC_KINDS:
            unit = row.unit if row.kind == "quantity" and isinstance(row.unit, str) else ""
            # what is counted ("seat"), or what is measured: 10 km meets 6.2 miles as lengths
            head = measured(unit) or ""
            if head:  # "a depth of 30 km" is a depth, not any distance
                before = last_measure.get(row.doc)
                if before and _CONVERSION_GAP.fullmatch(text, before[0], c0):
                    head = before[1]  # "24.4 kilometers (15.2 mi)": the same depth
                else:
                    head = _measure_role(clause_tokens, c0) or head
                last_measure[row.doc] = (c1, head)
            else:
                role = _figure_role(clause_tokens, c0) if row.kind == "number" else ""
                words_at = _past_conversion(text, c1)
                # past a bracket, the head is in the sentence's next clause
                head = unit or role or _head(text, clause_tokens if words_at == c1 else tokens,
                                             (c0, words_at))
                if head:  # the noun's canonical stem; a modifier kept before it stays as is
                    *modifier, noun = head.split(" ")
                    head = " ".join([*modifier, _CANON.get(stem(noun), stem(noun))])
            if not head and row.kind == "number" and _death_toll(clause_tokens, c0):
                # "the death toll from Tuesday's earthquake has risen to 126": 126 dead
                trigger, event, source = "death toll", _DEATH, "lexicon"
            if not head and row.kind == "number" and event in _PEOPLE_EVENTS:
                head = "person"
            elif head in _TOLL_NOUNS:
                # "15,898 deaths" are 15,898 people dead, as "killed 15,898 people" are
                trigger, event, source = str(row.text).split()[-1], _TOLL_NOUNS[head], "lexicon"
                head = "person"
            target = _target(clause_tokens, (c0, c1))
            held = _holder(clause_tokens, (c0, c1))
            holder = "" if held is None else _holder_key(held.word, next(
                (holder_names.get((row.doc, a), n)
                 for a, b, n in names_in(row.doc, s0, held.end) if a <= held.start < b), None),
                aliases)
            origin = _origin(text, c1) if head == "distance" else ""
            per = per_after(text, _past_conversion(text, c1))
            dated = [(abs(a - c0), w) for a, w in dates_by_doc.get(row.doc, [])
                     if clause[0] <= a < clause[1]] if (texts or {}).get(row.doc) else []
            when = min(dated)[1] if dated else ""
        else:
            target, when, origin, holder, per = "", "", "", "", ""
        role = _role(clause_tokens, (c0, c1)) if row.kind not in NAME_KINDS else ""
        if (row.doc, c0) in skip:
            role = "dateline"
        if row.kind == "age":
            head = (_person_before(names_in(row.doc, s0, c0), kinds_by_doc, row.doc, s0, c0)
                    or _appositive(text, s0, c0))
        if row.kind in TEMPORAL_KINDS and role in ("change", "previous"):
            role = "actual"
        in_clause = [(a, b, n) for a, b, n in names_in(row.doc, clause[0], clause[1])
                     if not (a < c1 and c0 < b)]
        ents = sorted({n for _a, _b, n in in_clause})
        places = sorted({n for a, _b, n in in_clause if kinds_by_doc.get((row.doc, a)) == "place"})
        if event == _VISIT and trigger_end >= 0:
            # "visiting the White House this spring" and "a planned April trip to China" in a
            # clause that also names Washington: where the visit goes is its place
            at = _DESTINATION.match(text, trigger_end)
            goes = [n for a, _b, n in in_clause if at is not None and a == at.end()
                    and kinds_by_doc.get((row.doc, a)) == "place"]
            places = goes or places
        words = [t.word.lower() for t in clause_tokens if not c0 <= t.start < c1]
        if len(words) < _SHORT_CLAUSE and here > 0 and not spans[here][2]:
            # "the Palisades Fire, which started yesterday": two words say too little of what
            # the claim is about; the clause before says the rest
            words = [t.word.lower() for t in tokens
                     if spans[here - 1][0] <= t.start < spans[here - 1][1]] + words
        context = " ".join(words)
        columns["sentence"].append(text[s0:s1])
        columns["clause_start"].append(clause[0])
        columns["clause_end"].append(clause[1])
        columns["trigger"].append(trigger)
        columns["event"].append(event)
        columns["event_source"].append(source if event else "")
        columns["head"].append(head)
        columns["role"].append(role)
        columns["entities"].append("|".join(ents))
        columns["places"].append("|".join(places))
        columns["target"].append(target)
        columns["holder"].append(holder)
        columns["origin"].append(origin)
        columns["per"].append(per)
        columns["when"].append(when)
        columns["context"].append(context)
    for name, values in columns.items():
        if name in claims.columns:
            # Frames given with the claims (a hand-made table, a case file) are kept.
            given = claims[name].tolist()
            values = [g if isinstance(g, str) and g else v for g, v in zip(given, values,
                                                                         strict=True)]
        dtype = "int64" if name in ("clause_start", "clause_end") else "string"
        out[name] = pd.Series(values, index=out.index, dtype=dtype)
    return out
