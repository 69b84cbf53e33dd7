"""Names of places, people and organisations: capitalised spans plus rule vocabularies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from factcheck.extract._people import (
    APPOSITION_OPENS,
    PLACE_PREPOSITIONS,
    after_preposition,
    apposition_after,
)
from factcheck.extract._tails import TAILS, kind_by_tail
from factcheck.extract.base import Claim, Context, register

# How a capitalised span becomes a claim (in this order):
#   1. the rule vocabulary (Context.names), then the gazetteer in factcheck/data/gazetteer.txt;
#   2. cue words: an org head at the end ("... Party", "... Department", "House of ..."),
#      a place head ("... Palace", "... Strait", "USS ..."), a title before a person
#      ("Treasury Secretary Scott Bessent" -> person "Scott Bessent", the title left out);
#   3. a span starting with a common given name or initials (J.K. Rowling), joined by a
#      particle only persons' names hold (Virgil van Dijk), or shaped like a Korean name;
#   (and the capitals of a wire dateline, "PORTO ALEGRE, Brazil (Reuters) -", a place);
#   4. names already found elsewhere in the same text (and a person's family name alone).
# Anything else is skipped (the fallback): an unknown capitalised word is more often a
# sentence opener or a capitalised common noun than a name, and a wrong name misaligns claims.
# Lines in Title Case (headings, captions, promos) only yield names known by 1, 4 or the
# vocabulary, never whole-line spans.

_UP = "A-ZÀ-ÖØ-Þ"
_LET = "A-Za-zÀ-ÖØ-öø-ÿ"
# A token starts with a capital that does not continue a word, a handle or a URL. The
# capital comes first so the regex engine can skip ahead to it (a leading look-behind would
# make it try every position).
# Possessive quantifiers (*+, ++) where what follows can never match what they gave back:
# the same matches, without the bookkeeping for backtracking (the chunk scan runs a third
# faster).
_INITIALS = rf"[{_UP}](?:\.[{_UP}])+\.?"
# An abbreviation is one to three small letters and a full stop: the look-ahead spares the
# ten look-behinds below at every other token.
_ABBR_TAIL = (r"(?=[a-z]{1,3}+\.)"
              r"(?:(?<=M)(?:rs|r|s|t)|(?<=D)r|(?<=P)rof|(?<=G)(?:en|ov)|(?<=S)(?:en|gt|r|t)"
              r"|(?<=R)(?:ep|ev)|(?<=L)t|(?<=C)(?:ol|apt)|(?<=A)dm|(?<=J)r)\.")
_TOKEN = (rf"[{_UP}](?<![\w@#/.'’-].)"
          rf"(?:{_ABBR_TAIL}|(?:\.[{_UP}])+\.?|\.(?=[ \t]+[{_UP}])"
          rf"|[{_LET}]*+(?:['’][{_UP}][{_LET}]++)?[0-9]*+)"
          rf"(?:-(?:{_INITIALS}|[{_LET}]++))*")
_CONNECTOR = (r"(?:of(?:[ \t]+the)?|for|de(?:[ \t]+la)?|da|do|del|della|di|du|von(?:[ \t]+der)?"
              r"|van(?:[ \t]+der|[ \t]+den)?|ten|ter|dos|das|bin|ibn)")
_GAP = rf"[ \t\u00a0]++(?:{_CONNECTOR}[ \t\u00a0]+)?"
_TOKEN_RE = re.compile(_TOKEN)
# The shortest text up to the next token, and the token: what `_TOKEN_RE.finditer` finds
# (the look-behind of a token reads the text before it either way).
_LEAD_AND_TOKEN = re.compile(rf"(.*?)({_TOKEN})", re.DOTALL)
_WORD_BEFORE = re.compile(r"([a-z]+)[ \t]+\Z")
# Pass 1 scans with a loose pattern (fast: plain character classes) and splits each chunk
# into runs of exact tokens in `_classify_run`, which is memoised per chunk.
_CHUNK_RE = re.compile(rf"[{_UP}][\w.'’&-]*+(?:{_GAP}[{_UP}][\w.'’&-]*+)*")
_GAP_RE = re.compile(_GAP)
_GLUE = frozenset("@#/.'’-_")
# A heading does not end like a sentence: no full stop, colon, comma or closing quote.
_HEADLINE_END = frozenset(".!?:;,\"”’)]")
# The line break after a line that does not end so (the line break first: a fast search).
_OPEN_LINE_END = re.compile(r"\n(?<=[^.!?:;,\"”’)\]\n]\n)")
_ACRONYM_RE = re.compile(rf"\([ \t]*([{_UP}][{_UP}.&]{{1,7}})[ \t]*\)")
# Two short syllables ("Ha-won", "Che-cheung"), not an English compound ("Prize-winner").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,6}(?<!er)(?<!ed)(?<!ly)\Z")
_SPACES = re.compile(r"\s+")
# The ends of an adjective made of a name, which is no part of the name after it
# ("the Hamas-run Health Ministry", "Iran-backed Hezbollah", "London-based Amnesty").
_RUN_BY = frozenset("""
    run led backed based owned controlled funded linked allied aligned held born affiliated
    supported sponsored dominated occupied administered style
""".split())
# A dateline: a line opening with one to three words in capitals, then perhaps a country or
# a date after a comma and an agency in brackets, then a dash. Only near a story's start.
_DATELINE = re.compile(
    r"([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2})"
    r"(?=(?:,[^\n(—–]{1,40})?[ \t]*(?:\([A-Za-z][\w .&-]{0,20}\)[ \t]*)?[-—–]{1,2}[ \t])")
_DATELINE_REACH = 1200
_CAPITALS_LINE = re.compile(r"\n(?=[A-Z][A-Z])")
# Labels in capitals that open a line like a dateline.
_NOT_DATELINES = frozenset("""
    BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION FACTBOX EXPLAINER INTERVIEW REFILE
    CORRECTED WATCH VIDEO PHOTO PHOTOS LIVE NEWS EDITORIAL REVIEW
""".split())
# Months that are also family names, after a given name or a title ("Theresa May").
_MONTH_NAMES = frozenset(["May", "June", "April", "August"])
# What counts the title in a compound before a name ("five-judge", "3-member").
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split()
                    + [str(i) for i in range(2, 13)])
# Letters after a person's name that are no part of it ("Robert Richter KC").
_POSTNOMINALS = frozenset(["KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "MP", "MSP"])
_PERSON_PARTICLES = frozenset(["van", "von", "ten", "ter", "bin", "ibn"])
# Initials standing for given names ("J.K.", "J."), and the two that stand for no one.
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){1,3}\Z")
_MERIDIEMS = frozenset(["a.m.", "p.m."])
_SMALL_WORDS = frozenset(
    ["with", "from", "into", "over", "upon", "amid", "onto", "than", "that", "this", "about"]
)

PLACE, PERSON, ORG = "place", "person", "org"
# Titles that often end the name of a place or org ("Notre Dame", "Our Lady").
_TITLES_IN_NAMES = frozenset(["dame", "lady"])
# What may end a person's name after the family name.
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
# What joins the two parts of an org's name with "and" in it, and how far back the first part
# is looked for (`_Scan._and_joins`).
_AND_GAPS = (" and ", " & ")
_AND_REACH = 80
# Places that are also given names: a plural after them may be a family name ("Jordan
# Matthews"), not a club's nickname (`_Scan._team_after`).
_GIVEN_PLACES = frozenset("""
    jordan chad georgia israel sydney paris houston florence chelsea india asia adelaide
    charlotte victoria phoenix savannah lincoln austin dallas virginia kenya orlando eugene
    hamilton wellington jackson troy kent tyrone camden denver regina aurora
""".split())
# What ends a word in s that is no plural ("Texas", "Congress", "Paris", "Campus").
_NOT_PLURAL_ENDS = ("ss", "us", "is", "as", "os", "'s", "’s")
# Plurals after a place that name an event, a set of texts or a people, not a club ("Paris
# Olympics", "Oslo Accords", "Panama Papers", "Mumbai Attacks", "Syria Kurds", "Ohio
# Republicans").
_NOT_NICKNAMES = frozenset("""
    olympics paralympics games championships masters finals nationals awards accords
    agreements conventions talks protocols treaties trials hearings papers files leaks riots
    protests attacks bombings killings floods fires shootings massacres elections rules
    summits sessions lectures proms races
    kurds arabs jews muslims christians sunnis shias shiites alawites druze tamils sikhs
    hindus republicans democrats conservatives liberals tories socialists greens loyalists
    rebels residents
""".split())
# One to three capitalised words after an org's " and ", then no more ("... and Family
# Welfare said"), and the fields of government one such word may name (`_Scan._and_tails`).
_AND_TAIL = re.compile(r" and ((?:[A-Z][a-z]+ ?){1,3})(?<! )(?![\w-]| [A-Z])")
_DOMAINS = frozenset("""
    trade technology industry culture sport sports tourism energy environment welfare
    development innovation science education research transport infrastructure fisheries
    forestry forests agriculture housing planning security justice immigration communications
    information media arts heritage youth labour labor employment investment finance commerce
    affairs health training skills works water resources
""".split())
# What joins the head of a name to the rest of it ("Bank of England", "Office for ...").
_OF_CONNECTORS = frozenset(["of", "of the", "for"])
# Words before an organisation's name that are not part of it ("Former Bank of England ...").
_NOT_NAME_LEAD = frozenset(["former", "acting", "then", "ex"])
# Titles that are also everyday words: one capitalised word after them is not surely a name.
_LOOSE_TITLES = frozenset([
    "general", "chief", "leader", "chair", "speaker", "justice", "judge", "captain", "coach",
    "manager", "founder", "analyst", "economist", "reporter", "correspondent", "striker",
    "director", "commander", "officer", "executive", "inspector", "constable", "detective",
    "activist", "actor", "author", "journalist", "defender", "winger", "skipper", "candidate",
    "researcher", "scientist", "presenter", "historian", "duke", "farmer", "resident", "nurse",
    "teacher", "student", "driver", "pilot", "attorney", "witness", "neighbour", "neighbor",
    "shopkeeper", "fisherman", "villager", "engineer", "volunteer", "pensioner", "retiree",
    "survivor", "curator", "singer", "musician", "designer", "architect", "artist", "poet",
    "chef", "producer", "playwright", "entrepreneur", "investor", "lecturer", "surgeon",
    "paramedic", "firefighter", "soldier", "midwife", "quarterback", "pitcher", "jockey",
    "swimmer", "sprinter", "cyclist", "golfer", "gymnast", "member",
])


@dataclass(frozen=True)
class _Lexicon:
    known: dict[str, str]  # lower surface -> kind (countries, places, orgs)
    max_words: int
    demonym: frozenset[str]
    title: frozenset[str]
    title_mod: frozenset[str]
    org_head: frozenset[str]
    org_prefix: frozenset[str]
    place_head: frozenset[str]
    place_prefix: frozenset[str]
    given: frozenset[str]
    given_word: frozenset[str]  # given names that are also words ("Mark"): `_context_names`
    country: frozenset[str]
    country_modifier: frozenset[str]  # "Southern", "Mainland": before a country, still a place
    never: frozenset[str]  # exact-case words that are never names (Monday, The, While)
    never_word: frozenset[str]  # those of plain ASCII letters: a run of one yields nothing
    title_tail: frozenset[str]  # the last three letters of each title of letters a-z only
    # the same, read backwards one letter at a time: last letter -> letter before -> the
    # letters before that ("" for a title of two letters) (see `_title_ends`)
    title_ends: dict[str, dict[str, frozenset[str]]]
    # the words above that the rules of `_Scan._segment` react to, but for known and given
    rule_word: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The gazetteer, parsed once on first use."""
    sections: dict[str, list[str]] = {}
    current = ""
    source = resources.files("factcheck").joinpath("data/gazetteer.txt")
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)

    def low(name: str) -> frozenset[str]:
        return frozenset(_key(w) for w in sections.get(name, []))

    known: dict[str, str] = {}
    for section, kind in (("org", ORG), ("place", PLACE), ("country", PLACE)):
        for entry in sections.get(section, []):
            known[_key(entry)] = kind
    never = frozenset(sections.get("calendar", []) + sections.get("stopword", []))
    title = low("title")
    title_tail = frozenset(t[-3:] for t in title if t.isascii() and t.isalpha())
    rules = {name: low(name) for name in ("demonym", "org_head", "org_prefix",
                                          "place_head", "place_prefix")}
    return _Lexicon(
        known=known,
        max_words=max(len(k.split()) for k in known),
        demonym=rules["demonym"],
        title=title,
        title_mod=low("title_modifier"),
        org_head=rules["org_head"],
        org_prefix=rules["org_prefix"],
        place_head=rules["place_head"],
        place_prefix=rules["place_prefix"],
        given=low("given"),
        given_word=low("given_word"),
        country=low("country"),
        country_modifier=low("country_modifier"),
        never=never,
        never_word=frozenset(w for w in never if w.isascii() and w.isalpha()),
        title_tail=title_tail,
        title_ends=_title_ends(title_tail),
        rule_word=title.union(*rules.values()),
    )


def _title_ends(tails: frozenset[str]) -> dict[str, dict[str, frozenset[str]]]:
    """The tails of two and three letters as a tree read from their last letter: a tail
    "abc" is ``ends["c"]["b"] ∋ "a"``, a tail "bc" is ``ends["c"]["b"] ∋ ""``."""
    tree: dict[str, dict[str, set[str]]] = {}
    for tail in tails:
        if len(tail) >= 2:
            tree.setdefault(tail[-1], {}).setdefault(tail[-2], set()).add(tail[:-2])
    return {last: {before: frozenset(firsts) for before, firsts in befores.items()}
            for last, befores in tree.items()}


@lru_cache(maxsize=65536)
def _key(surface: str) -> str:
    key = surface.lower().replace("’", "'")
    spaced = "  " in key or "\n" in key or "\t" in key or "\u00a0" in key
    return _SPACES.sub(" ", key) if spaced else key


@lru_cache(maxsize=65536)
def normalize_name(surface: str) -> str:
    """A name as a claim value: spacing collapsed, apostrophes straight, possessive dropped."""
    value = " ".join(surface.replace("’", "'").split())  # as _SPACES.sub(" ", ...).strip()
    if value.endswith("'s"):
        value = value[:-2]
    return value.rstrip("'")


class Name(NamedTuple):
    """A name found in a text (before it becomes a Claim)."""

    start: int
    end: int
    kind: str
    link: str | None = None


def _name(start: int, end: int, kind: str, link: str | None = None) -> Name:
    # tuple.__new__ skips NamedTuple's Python-level constructor: this runs once per name.
    return tuple.__new__(Name, (start, end, kind, link))


# A token: (start, end, lower key, exact text).
_Tok = tuple[int, int, str, str]


# Pass-1 result of one run of capitalised words, offsets relative to the run: names found
# (start, end, kind) and stretches left for pass 2. Runs repeat a lot, so this is memoised.
_RunResult = tuple[tuple[tuple[int, int, str], ...], tuple[tuple[_Tok, ...], ...]]
# Keyed by the run alone when it is neither in a heading nor glued, else (run, heading, glued).
_RUN_CACHE: dict[tuple[tuple[str, str], ...], dict[str | tuple[str, bool, bool], _RunResult]] = {}
_RUN_CACHE_SIZE = 50_000
_NOTHING: _RunResult = ((), ())
# (start, end) of a heading line after every text: the end of the list of headings
_NO_LINE = (1 << 62, 1 << 62)
# A run of capitalised ASCII words, one space or connector apart ("House of Commons"):
# `_TOKEN_RE` reads each capitalised word as one token, skips the connectors, and `_GAP_RE`
# joins them all into one run. A full stop may end it (checked in `_plain_body`).
_PLAIN_CONNECTOR = (r"(?:of|of the|for|de|de la|da|do|del|della|di|du|von|von der"
                    r"|van|van der|van den|ten|ter|dos|das|bin|ibn)")
_PLAIN_WORDS = re.compile(rf"[A-Z][A-Za-z]*+(?: (?:{_PLAIN_CONNECTOR} )?[A-Z][A-Za-z]*+)*\.?")


class _Scan:
    """Pass 1 classifies each run of capitalised words on its own; pass 2 uses the whole text."""

    def __init__(self, text: str, vocab: dict[str, str],
                 vocab_key: tuple[tuple[str, str], ...] = ()) -> None:
        self.text = text
        self.lex = lexicon()
        self.vocab = vocab
        self.vocab_key = vocab_key
        self.known = {**self.lex.known, **vocab} if vocab else self.lex.known
        # Words that open a known name of several words: a span opening with any other word
        # can only be known token by token, so the longest-match loops skip the longer tries.
        self.firsts = _first_words(vocab_key if vocab_key or not vocab
                                   else tuple(sorted(vocab.items())))
        self.found: list[Name] = []
        # The run being classified (`_classify_run` and the rules below it): its text, the
        # names found in it and the stretches left for pass 2, offsets relative to the run.
        self.run_text = ""
        self.run_names: list[tuple[int, int, str]] = []
        self.run_pending: list[list[_Tok]] = []
        # pass 1 leaves (run offset, run text, tokens relative to the run) for pass 2
        self.pending_runs: list[tuple[int, str, tuple[_Tok, ...]]] = []

    # -- pass 1 -------------------------------------------------------------------------
    def run(self) -> list[Name]:
        text = self.text
        headlines = self._headline_lines()
        if len(_RUN_CACHE) > 8 and self.vocab_key not in _RUN_CACHE:
            _RUN_CACHE.clear()
        cache = _RUN_CACHE.setdefault(self.vocab_key, {})
        if len(cache) > _RUN_CACHE_SIZE:
            cache.clear()
        found, pending = self.found, self.pending_runs
        get = cache.get
        new = tuple.__new__  # as in _name, without a Python call per name
        title_before = self._title_before
        title_ends = self.lex.title_ends
        rule_word = self.lex.rule_word
        # The next heading line not yet passed: two compares a run, no indexing.
        lines = iter(headlines)
        line_start, line_end = next(lines, _NO_LINE)
        never_word = self.lex.never_word
        articles = False
        for match in _CHUNK_RE.finditer(text):
            run = match.group()
            if run in never_word:  # "The", "In": a quarter of all runs, nothing whatever the flags
                continue
            start = match.start()
            if start:
                prev = text[start - 1]
                glued = prev != " " and (prev in _GLUE or prev.isalnum())  # a space: usual
            else:
                prev = ""
                glued = False
            while line_end <= start:
                line_start, line_end = next(lines, _NO_LINE)
            headline = line_start <= start
            # The usual run (no heading, not glued) is its own key: no tuple to build and hash.
            key: str | tuple[str, bool, bool]
            if headline or glued:
                key = (run, headline, glued)
                if prev == "-" and text[start - 4:start - 1] in _ARTICLES:
                    articles = True  # "Ashraf al-Qudra": `_particle_tails`
            else:
                key = run
            result = get(key)
            if result is None:
                result = cache[key] = self._classify_run(run, headline, glued)
            if result is _NOTHING:
                continue
            for a, b, kind in result[0]:
                found.append(new(Name, (start + a, start + b, kind, None)))
            segs = result[1]
            if segs:
                # "manager Ruben Amorim": a title in lower case still announces a person.
                # `_title_before` needs a space before the run, and then more spaces or a word
                # ending like a title: both tested here, without a call for most runs. The
                # word's end is read a letter at a time down `title_ends` (indexing a str by
                # one position gives a shared one-letter str; a slice would be a new str).
                if (segs[0][0][0] == 0 and not headline and (prev == " " or prev == "\t")
                        and (start < 4 or (last := text[start - 2]) in " \t"
                             or ((ends := title_ends.get(last)) is not None
                                 and (before := ends.get(text[start - 3])) is not None
                                 and ("" in before or text[start - 4] in before)))
                        and title_before(start)
                        and (len(segs[0]) > 1 or segs[0][0][2] not in rule_word)):
                    # (not "a student Union vote": a head word alone is no one's name)
                    first = segs[0]
                    found.append(_name(start, start + first[-1][1], PERSON))
                    segs = segs[1:]
                if len(segs) == 1:
                    pending.append((start, run, segs[0]))
                else:
                    pending += [(start, run, seg) for seg in segs]
        self._datelines()
        self._pass2()
        if articles:
            self._particle_tails()
        self._people_not_places()
        self._and_joins()
        self._vocab_phrases()
        self._acronyms()
        return self.found

    def _datelines(self) -> None:
        """The place in capitals that opens a wire story's first paragraph: "PORTO ALEGRE,
        Brazil, May 6 (Reuters) -", "LONDON —" (then "Porto Alegre" is known further on)."""
        text = self.text
        reach = min(len(text), _DATELINE_REACH)
        starts = [0] if text[:2].isupper() else []
        starts += [m.end() for m in _CAPITALS_LINE.finditer(text, 0, reach)]
        for line in starts:
            m = _DATELINE.match(text, line, reach)
            if m is None:
                continue
            words = m.group(1)
            if words in _NOT_DATELINES:
                continue
            kind = self.known.get(_key(words))
            if kind is None:
                self.found.append(_name(m.start(1), m.end(1), PLACE))

    def _particle_tails(self) -> None:
        """People and orgs whose name goes on in lower case with an Arabic article ("Ashraf
        al-Qudra", "Hayat Tahrir al-Sham"): the capitalised words scanned stop before it."""
        text = self.text
        ends = set()
        for i, n in enumerate(self.found):
            if n[2] != PLACE and text.startswith(_PARTICLES, n[1]):
                m = _PARTICLE_TAIL.match(text, n[1])
                if m:
                    self.found[i] = _name(n[0], m.end(), n[2], n[3])
                    ends.add(m.end())
        given = self.lex.given
        for m in _GIVEN_AND_PARTICLE.finditer(text):  # "Ahmed al-Sharaa", a given name alone
            if m.end() not in ends and _key(m.group(1)) in given:
                self.found.append(_name(m.start(), m.end(), PERSON))

    def _title_before(self, start: int) -> bool:
        """Whether a lower-case title word ("manager ") stands right before ``start``."""
        text = self.text
        if start < 2 or text[start - 1] not in " \t":
            return False
        last = text[start - 2]
        if "a" <= last <= "z":
            # One space after a word: a title only if the word ends like one ("the", "and",
            # "said" do not), which two set lookups tell without finding where it starts.
            tails = self.lex.title_tail
            if (text[max(0, start - 4):start - 1] not in tails
                    and text[max(0, start - 3):start - 1] not in tails):
                return False
        elif last not in " \t":
            return False  # the usual case, decided without slicing
        window = text[max(0, start - 30):start]
        word = window.rstrip(" \t")
        if len(word) == len(window) or not word or not "a" <= word[-1] <= "z":
            return False
        word = word.rsplit(None, 1)[-1]
        if word.partition("-")[0] in _COUNTS:
            return False  # "a five-judge Constitution Bench": how many, not who
        if not (word.isascii() and word.isalpha() and word.islower()):
            # the regex finds the letters a-z ending the window ("co-chair" -> "chair")
            before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
            return before is not None and before.group(1) in self.lex.title
        return word in self.lex.title

    def _classify_run(self, run: str, headline: bool, glued: bool) -> _RunResult:
        if run.isalpha() and run.isascii():  # one plain word: a third of all runs
            if not headline:
                return _NOTHING if glued else self._classify_word(run)
            body: str | None = run  # what `_plain_body` would say (runs open with a capital)
        else:
            body = _plain_body(run)
        plain = body is not None
        if body is not None and not headline and " " not in body:
            return _NOTHING if glued else self._classify_word(body)
        toks = _plain_tokens(body) if body is not None else _tokens(run)
        if body is not None and not headline and not glued:
            usual = self._classify_words(body, toks)
            if usual is not None:
                return usual
        elif (len(toks) == 1 and toks[0][0] == 0 and not headline
              and toks[0][3].isalpha() and toks[0][3].isascii()):
            # one plain word and glue: "Islam's", "It’s" (the suffix is no token)
            return _NOTHING if glued else self._classify_word(toks[0][3])
        self.run_text = run
        names: list[tuple[int, int, str]] = []
        pending: list[list[_Tok]] = []
        self.run_names, self.run_pending = names, pending
        if glued and toks and toks[0][0] == 0:  # "x.com/USAmb", "iPhone": not a name
            toks = toks[1:]
        for part in [toks] if plain else _split_at_glue(run, toks):
            if headline:
                self._headline_run(part)
            else:
                self._run(part)
        if not names and not pending:
            return _NOTHING
        return (tuple(names), tuple(map(tuple, pending)))

    def _classify_words(self, body: str, toks: list[_Tok]) -> _RunResult | None:
        """`_classify_run` of a plain run of several words in its two usual cases, short-cut;
        else None.

        With no stop word to split it and not in capitals, `_run` takes the run as one
        segment: known as a whole, it is that name; with no connector and no word that any
        rule reacts to, it is a person when a given name opens it (`_unknown`), else it
        waits whole for pass 2.
        """
        never = self.lex.never
        for tok in toks:
            if tok[3] in never:
                return None
        if toks[-1][3] in _POSTNOMINALS:
            return None
        if len(toks) >= 3 and _shouting(toks):
            return None
        known = self.known
        # as _key: plain ASCII words, one space apart
        kind = known.get(body.lower()) if toks[0][2] in self.firsts else None
        if kind:
            return (((0, len(body), kind),), ())
        if len(toks) <= body.count(" "):
            return None  # a connector between two words ("Bank of Japan")
        firsts, rule_word, given = self.firsts, self.lex.rule_word, self.lex.given
        for tok in toks:
            key = tok[2]
            if key in known or key in rule_word or key in firsts:
                return None
        if toks[0][2] in given:
            return (((0, len(body), PERSON),), ()) if len(toks) <= 4 else None
        for tok in toks[1:-1]:
            if tok[2] in given:
                return None
        return ((), (tuple(toks),))

    def _classify_word(self, word: str) -> _RunResult:
        """`_classify_run` of one plain capitalised word (a third of all runs), short-cut.

        The word is one token, so of `_run`'s steps only these can apply: a stop word, a
        known name, a title or demonym alone (nothing), else a word left for pass 2.
        """
        lex = self.lex
        if word in lex.never:
            return _NOTHING
        key = word.lower()  # as _key: plain ASCII letters
        kind = self.known.get(key)
        if kind:
            return (((0, len(word), kind),), ())
        if key in lex.title or key in lex.demonym:
            return _NOTHING
        return ((), (((0, len(word), key, word),),))

    def _headline_lines(self) -> list[tuple[int, int]]:
        spans = []
        text = self.text
        # Most lines end like a sentence: only the ends of the others are visited.
        ends = [m.start() for m in _OPEN_LINE_END.finditer(text)]
        if text and text[-1] not in _HEADLINE_END and text[-1] != "\n":
            ends.append(len(text))  # the last line, with no line break after it
        for end in ends:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].rstrip()
            if not line or line[-1] in _HEADLINE_END:
                continue
            words = line.split()
            if not 2 <= len(words) <= 14:
                continue
            # every long word capitalised (and one at least): the first that is not decides
            capitalised = False
            for w in words:
                if len(w) > 3 and w.lower() not in _SMALL_WORDS:
                    if not w[0].isupper():
                        break
                    capitalised = True
            else:
                if capitalised:
                    spans.append((start, end))
        return spans

    def _headline_run(self, toks: list[_Tok]) -> None:
        never = self.lex.never
        seg: list[_Tok] = []
        for tok in toks:
            if tok[3] in never:
                if seg:
                    self.run_pending.append(seg)
                seg = []
            else:
                seg.append(tok)
        if seg:
            self.run_pending.append(seg)

    def _run(self, toks: list[_Tok]) -> None:
        if len(toks) >= 3 and _shouting(toks):
            return
        never = self.lex.never
        seg: list[_Tok] = []
        for tok in toks:
            exact = tok[3]
            if exact in _MONTH_NAMES and seg and (seg[-1][2] in self.lex.given
                                                  or seg[-1][2] in self.lex.title):
                seg.append(tok)  # "Theresa May", "Mrs May": a family name, not the month
                continue
            if (exact in never or (exact[-1] == "." and exact.rstrip(".") in never)
                    or ("-" in exact and self._split_compound(tok))):
                if seg:
                    self._segment(seg)
                seg = []
            else:
                seg.append(tok)
        if seg:
            self._segment(seg)

    def _split_compound(self, tok: _Tok) -> bool:
        """US-Japan, U.S.-China: an adjective naming two known places; emit both. And
        "Hamas-run", "Iran-backed": an adjective on a known name, emitted alone."""
        parts = tok[3].split("-")
        if len(parts) < 2:
            return False
        known = self.known
        if parts[-1] in _RUN_BY:
            name = tok[3][:-len(parts[-1]) - 1]
            kind = known.get(_key(name))
            if kind:
                self.run_names.append((tok[0], tok[0] + len(name), kind))
            return True
        for part in parts:  # most fail at the first part ("Ha-won", "Indo-Pacific")
            # _key(part) without the memo: a token holds no white space
            if known.get(part.lower().replace("’", "'")) != PLACE:
                return False
        pos = tok[0]
        for part in parts:
            self.run_names.append((pos, pos + len(part), PLACE))
            pos += len(part) + 1
        return True

    def _span_key(self, seg: list[_Tok], i: int = 0, j: int | None = None) -> str:
        j = len(seg) if j is None else j
        return _key(self.run_text[seg[i][0]:seg[j - 1][1]])

    def _emit_seg(self, seg: list[_Tok], kind: str) -> None:
        self.run_names.append((seg[0][0], seg[-1][1], kind))

    def _segment(self, seg: list[_Tok]) -> None:
        lex = self.lex
        n = len(seg)
        if n == 1:
            # What the steps below come to for one token (as in `_classify_word`): known, a
            # title or demonym alone (nothing), else a word left for pass 2.
            key = seg[0][2]
            kind = self.known.get(key)
            if kind:
                self._emit_seg(seg, kind)
            elif key not in lex.title and key not in lex.demonym:
                self.run_pending.append(seg)
            return
        if n >= 3 and seg[-1][3] in _POSTNOMINALS:
            self._segment(seg[:-1])  # "Robert Richter KC": the name, without the letters
            return
        if seg[0][3] == "Will" and self._named_without(seg):
            # "Will Parliament act?": the auxiliary opens a question, no name ("Will Smith")
            self._segment(seg[1:])
            return
        # The whole span known (a name of several words opens with one of `firsts`)
        if seg[0][2] in self.firsts:
            kind = self.known.get(_key(self.run_text[seg[0][0]:seg[-1][1]]))
            if kind:
                self._emit_seg(seg, kind)
                return
        first, last = seg[0][2], seg[-1][2]
        # `_of_phrase`, `_person_of`, `_split_at_of` and `_one_name` look for "of" or "for"
        # between the words: most runs have neither, told once without the calls (nor their
        # loops over the tokens)
        run_text = self.run_text
        of_for = "of" in run_text or "for" in run_text
        if n >= 2:
            if of_for and self._of_phrase(seg):
                return
            if first in lex.place_prefix:
                self._emit_seg(seg, PLACE)
                return
            if last in lex.org_head:
                cut = self._person_of(seg) if of_for else 0
                if cut:  # "Wu Chi-wai of the Democratic Party": a person, then the org
                    self._segment(seg[:cut])
                    self._segment(seg[cut:])
                    return
                if of_for and self._split_at_of(seg):
                    return
                # "US State Department": the country stays a place, the org is the rest.
                if (n >= 3 and seg[0][3].replace(".", "").isupper()
                        and self.known.get(first) == PLACE):
                    self._emit_seg(seg[:1], PLACE)
                    seg = seg[1:]
                self._emit_seg(self._drop_titles(seg), ORG)
                return
            if last in lex.place_head:
                if of_for and self._split_at_of(seg):
                    return
                self._emit_seg(self._drop_titles(seg), _service_district(seg, n - 1) or PLACE)
                return
            if (n >= 3 and seg[-2][2] in lex.org_head and self.known.get(last) == PLACE
                    and seg[-1][0] - seg[-2][1] == 1 and seg[0][2] not in lex.title):
                # "Imperial College London": where the org is, at the end of its name
                self._emit_seg(seg, ORG)
                return
        k = n - 1  # the last title, if any
        title = lex.title
        while k >= 0 and seg[k][2] not in title:
            k -= 1
        if k >= 0:
            self._titled(seg, k)
            return
        if (n <= 4 and first in lex.given and not self.known.get(first)
                and (not of_for or self._one_name(seg))):
            # "Michael Jordan", "George Washington", "Kim Jong Un": a known name after a
            # given name is a family name, not a place or an org of its own
            self._emit_seg(seg, PERSON)
            return
        self._known_parts(seg, pending=True)

    def _particle_inside(self, seg: list[_Tok]) -> bool:
        """Whether a particle that only persons' names hold joins two words of ``seg``
        ("van", "von der", "bin"; not "de", "del": "Rio de Janeiro", "Costa del Sol")."""
        for i in range(len(seg) - 1):
            if seg[i + 1][0] - seg[i][1] > 1 and (self._connector_after(
                    seg, i).split() or [""])[0] in _PERSON_PARTICLES:
                return True
        return False

    def _initials_then_name(self, seg: list[_Tok], g: int) -> bool:
        """Whether token ``g`` is initials ("J.K.", "T.J.", "J.") before plain words that no
        rule knows, the rest of ``seg``: "J.K. Rowling", "H.G. Wells"; not "N.Y. State"."""
        if _INITIALS_ONLY.match(seg[g][3]) is None or seg[g][2] in _MERIDIEMS:
            return False
        lex = self.lex
        for tok in seg[g + 1:]:
            key = tok[2]
            if (not tok[3][1:].islower() or key in self.known or key in lex.rule_word
                    or key in lex.title_mod or key in lex.given_word):
                return False
        return True

    def _named_without(self, seg: list[_Tok]) -> bool:
        """Whether the words after the first of ``seg`` make a name without it: one of them
        is known or a word the rules react to ("Will Labour Party members vote?"), or a
        title opens them ("Will Supreme Court Justice ...")."""
        lex, known, firsts = self.lex, self.known, self.firsts
        if seg[1][2] in lex.title_mod:
            return True
        for tok in seg[1:]:
            key = tok[2]
            if key in known or key in firsts or key in lex.rule_word:
                return True
        return False

    def _one_name(self, seg: list[_Tok]) -> bool:
        """Whether no connector but those inside a person's name ("de", "bin") joins ``seg``."""
        for i in range(len(seg) - 1):
            if seg[i + 1][0] - seg[i][1] > 1 and self._connector_after(seg, i).startswith(
                    ("of", "for")):
                return False
        return True

    def _of_phrase(self, seg: list[_Tok]) -> bool:
        """A name built on "<head> of|for <tail>", emitted with what surrounds it; else False.

        The first connector of ``seg`` decides: after an org head ("Reserve Bank of
        Australia", "Institute for Fiscal Studies") the whole is an organisation, after a
        place head ("Gulf of Mexico") a place. The words before the head belong to the name;
        the tail ends at the next connector or at a title after its first word ("Bank of
        England Governor Andrew Bailey", "University of Sheffield of the UK").
        """
        lex = self.lex
        n = len(seg)
        h = 0
        while h < n - 1 and self._no_connector(seg, h):
            h += 1
        if h == n - 1:
            return False
        connector = self._connector_after(seg, h)
        if connector not in _OF_CONNECTORS:
            return False  # "de", "van", "bin": inside a person's name
        head = seg[h][2]
        if head in lex.org_prefix or head in lex.org_head or (
                connector == "for" and head in lex.place_head):
            kind = ORG  # "Medical Journal of Australia", "Center for Strategic Studies"
        elif head in lex.place_head or head in lex.place_prefix:
            kind = _service_district(seg, h) or PLACE
        elif head in lex.title or head in lex.title_mod:
            return False  # an office: "Secretary of State Marco Rubio"
        else:
            # "Members of the Communist Party of China": each side named on its own
            self._segment(seg[:h + 1])
            self._segment(seg[h + 1:])
            return True
        b = 0
        while b < h and (seg[b][2] in lex.title or seg[b][2] in _NOT_NAME_LEAD):
            b += 1  # "Former Bank of England ...": not part of the name
        if (h - b >= 1 and seg[b][3].replace(".", "").isupper()
                and self.known.get(seg[b][2]) == PLACE):
            self._emit_seg(seg[b:b + 1], PLACE)  # "US Federal Reserve Bank of New York"
            b += 1
        e = h + 2
        while e < n and (self._no_connector(seg, e - 1) or self._connector_after(
                seg, e - 1) not in _OF_CONNECTORS or self._for_then_of(seg, connector, e)
                ) and not self._title_then_name(seg, e):
            # ("... of Rio Grande do Sul": a particle inside the tail goes on with it)
            e += 1
        if (connector == "of the" and h > b and head in lex.org_head
                and self.known.get(self._span_key(seg, h + 1, e)) == PLACE):
            e = h + 1  # "Colorado State University of the US": where it is, not its name
        self._emit_seg(seg[b:e], kind)
        if e < n:
            self._segment(seg[e:])  # "... of the UK", "... Governor Andrew Bailey"
        return True

    def _for_then_of(self, seg: list[_Tok], connector: str, e: int) -> bool:
        """Whether the "of" before token ``e`` goes on with a name built on "for" ("Centre
        for Control of Iodine Deficiency Disorders"), not before a place ("... of Canada")."""
        return (connector == "for" and self._connector_after(seg, e - 1) == "of"
                and self.known.get(self._span_key(seg, e)) != PLACE
                and self.known.get(seg[e][2]) != PLACE)

    def _no_connector(self, seg: list[_Tok], i: int) -> bool:
        """Whether one space, or a group's possessive ("Veterans' Affairs"), joins tokens
        ``i`` and ``i + 1``."""
        gap = seg[i + 1][0] - seg[i][1]
        return gap == 1 or (gap <= 3 and self.run_text[seg[i][1]:seg[i + 1][0]]
                            in _POSSESSIVE_GAPS)

    def _title_then_name(self, seg: list[_Tok], e: int) -> bool:
        """Whether titles start at token ``e``, to stand before a name ("... Governor Andrew
        Bailey", "... Governor, Andrew Bailey"), not end one ("University of Notre Dame")."""
        lex = self.lex
        j = e
        while j < len(seg) and (seg[j][2] in lex.title or seg[j][2] in lex.title_mod):
            j += 1
        if j < len(seg):  # not when an org head ends the run ("... Student Association")
            return e < j and seg[-1][2] not in lex.org_head
        return e < j and seg[j - 1][2] not in _TITLES_IN_NAMES

    def _split_at_of(self, seg: list[_Tok]) -> bool:
        """Name each side of the first "of" on its own ("Shares of Nvidia Corp"): called once
        `_of_phrase` found no org or place head before it, so the words before it are no
        part of the name at the end."""
        for c in range(1, len(seg)):
            if (seg[c][0] - seg[c - 1][1] > 1
                    and self._connector_after(seg, c - 1) in _OF_CONNECTORS):
                self._segment(seg[:c])
                self._segment(seg[c:])
                return True
        return False

    def _person_of(self, seg: list[_Tok]) -> int:
        """Where the org of "<person> of the <org>" starts: after two or three words shaped
        like a person's name (a known given name first, or "Lee Cheuk-yan"); else 0."""
        for i in (2, 3):
            if i >= len(seg) - 1 or not self._connector_after(seg, i - 1).startswith("of"):
                continue
            if seg[0][2] in self.lex.given or _KOREAN_GIVEN.match(seg[i - 1][3]):
                return i
        return 0

    def _drop_titles(self, seg: list[_Tok]) -> list[_Tok]:
        lex = self.lex
        i = 0
        while i < len(seg) - 2 and seg[i][2] in lex.title:
            i += 1
        return seg[i:]

    def _connector_after(self, seg: list[_Tok], i: int) -> str:
        return self.run_text[seg[i][1]:seg[i + 1][0]].strip()

    def _titled(self, seg: list[_Tok], k: int) -> None:
        lex = self.lex
        b = k
        while b > 0 and (seg[b - 1][2] in lex.title or seg[b - 1][2] in lex.title_mod):
            b -= 1
        rest = seg[k + 1:]
        s0 = 0
        while s0 < b and seg[s0][2] in lex.title:
            s0 += 1  # "Dr Martin Luther King"
        if (s0 < b == k and seg[s0][2] in lex.given
                and all(t[2] in _SUFFIXES for t in rest)):
            # "Stephen King", "Martin Luther King Jr.": a title after a given name is a surname
            self._emit_seg(seg[s0:], PERSON)
            return
        if b:
            before = seg[:b]
            if b >= 2 and (before[-1][2] in lex.org_head or before[-1][2] in lex.place_head):
                # "European Commission President ...": a name with a head of its own
                self._segment(before)
            else:
                self._known_parts(before, pending=True)
        if not rest:
            return
        if self._connector_after(seg, k):  # "President of the United States": not a name
            if len(rest) == 3 and rest[0][2] in lex.title_mod and self._unknown_words(rest[1:]):
                # "Secretary of State Antony Blinken": a one-word office, then the person
                self._emit_seg(rest[1:], PERSON)
            else:
                self._segment(rest)
            return
        for c in range(1, len(rest)):
            if (rest[c][0] - rest[c - 1][1] > 1
                    and self._connector_after(rest, c - 1) in _OF_CONNECTORS):
                # "Governor Kazuo Ueda of the Bank of Japan": the person ends at "of"
                self._titled(seg[:k + 1 + c], k)
                self._segment(rest[c:])
                return
        if len(rest) == 1 and seg[k][2] in _LOOSE_TITLES:
            self.run_pending.append(rest)  # "General Election", "Chief Justice": a person if known
        elif (len(rest) <= 4 and not self.known.get(rest[0][2])) or (
                len(rest) == 2 and self._place_opens_name(rest)):
            # (a place then a word no rule knows: "Defence Minister Israel Katz")
            self._emit_seg(rest, PERSON)
        else:
            self._segment(rest)

    def _unknown_words(self, seg: list[_Tok]) -> bool:
        """Whether ``seg`` is plain words, one space apart, that no vocabulary or rule knows."""
        lex = self.lex
        for i, tok in enumerate(seg):
            if i and tok[0] - seg[i - 1][1] != 1:
                return False
            key = tok[2]
            if key in self.known or key in lex.rule_word or key in lex.demonym:
                return False
        return True

    def _known_parts(self, seg: list[_Tok], pending: bool) -> None:
        """Known names inside a span; the unknown stretches become people or wait for pass 2."""
        i, n = 0, len(seg)
        leftover: list[_Tok] = []
        firsts, known = self.firsts, self.known
        while i < n:
            key = seg[i][2]
            if key in firsts:
                hit, kind = self._longest(seg, i, {})
            else:  # `_longest` of a word that opens no longer name, inline
                kind = known.get(key) or ""
                hit = i + 1 if kind else 0
            if (kind == PLACE and n - hit in (1, 2)
                    and self._team_after(seg, i, hit)):
                # "Boston Celtics", "New York Yankees", "Toronto Blue Jays": a club (or a
                # force: "Texas Rangers") named for its city, no place of its own
                if leftover:
                    self._unknown(leftover, pending)
                    leftover = []
                self._emit_seg(seg[i:], ORG)
                return
            if hit == 1 and kind == PLACE and self._place_opens_name(seg):
                # "Paris Hilton", "Israel Katz", "Boston Globe": no place of its own
                i = 1
                while i < n and seg[i][2] not in known and seg[i][2] not in firsts:
                    i += 1
            elif hit and leftover and kind == PLACE and self._org_before_country(
                    leftover, seg[i:hit]):
                # "Environment Canada", "Tourism New Zealand": a body of the country, no place
                self._emit_seg([*leftover, *seg[i:hit]], ORG)
                leftover = []
                i = hit
            elif hit:
                if leftover:
                    self._unknown(leftover, pending)
                    leftover = []
                self._emit_seg(seg[i:hit], kind)
                i = hit
            else:
                leftover.append(seg[i])
                i += 1
        if leftover:
            self._unknown(leftover, pending)

    def _org_before_country(self, words: list[_Tok], country: list[_Tok]) -> bool:
        """Whether one to three plain capitalised words that no rule knows (an org's head word
        at most: "Team USA"), one space apart, make the country right after them the end of
        an organisation's name ("Environment Canada", "Public Health England"); not a compass
        word or the like ("Southern Canada") nor an adverb opening the sentence ("Eventually
        China")."""
        lex = self.lex
        if len(words) > 3 or (country[0][2] if len(country) == 1 else _key(
                self.run_text[country[0][0]:country[-1][1]])) not in lex.country:
            return False
        for tok, nxt in zip(words, [*words[1:], country[0]], strict=True):
            word, key = tok[3], tok[2]
            if (nxt[0] - tok[1] != 1 or len(word) < 3 or not word.isalpha()
                    or not word[1:].islower() or key.endswith("ly")
                    or key in self.known or key in self.firsts
                    or (key in lex.rule_word and key not in lex.org_head)
                    or key in lex.demonym or key in lex.given or key in lex.given_word
                    or key in lex.country_modifier):
                return False
        return True

    def _team_after(self, seg: list[_Tok], i: int, hit: int) -> bool:
        """Whether the words after the place ``seg[i:hit]`` (one or two, to the end of
        ``seg``, one space apart) are a plural nickname that no rule knows ("Celtics", "Blue
        Jays"): not an event ("Paris Olympics", "Oslo Accords") or a people ("Syria Kurds"),
        nor after a country's letters ("US Senators") or a place that is also a given name
        (a family name: "Jordan Matthews")."""
        lex = self.lex
        if hit - i == 1 and seg[i][2] in _GIVEN_PLACES:
            return False
        last = seg[-1]
        word, key = last[3], last[2]
        if (len(word) < 4 or not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDS)
                or key in _NOT_NICKNAMES or key in lex.demonym
                or not seg[i][3][1:].islower()):  # ("US Senators": no city)
            return False
        prev = seg[hit - 1]
        for tok in seg[hit:]:
            key = tok[2]
            if (tok[0] - prev[1] != 1 or not tok[3].isalpha() or not tok[3][1:].islower()
                    or key in self.known or key in lex.rule_word
                    or key in lex.given or key in lex.given_word):
                return False
            prev = tok
        return hit == len(seg) - 1 or self._span_key(seg, hit) not in self.known

    def _place_opens_name(self, seg: list[_Tok]) -> bool:
        """Whether the one-word place opening ``seg`` is followed, one space on, by a word
        that no rule knows: then the two are most often one name (a person, a paper, a team)."""
        if len(seg) < 2 or seg[1][0] - seg[0][1] != 1:
            return False
        place, nxt = seg[0][3], seg[1]
        if not place[1:].islower() or not nxt[3][1:].islower():
            return False  # "US", "U.S.", "Sydney CBD": a place before a code or an acronym
        key = nxt[2]
        lex = self.lex
        return (key not in self.known and key not in self.firsts and key not in lex.rule_word
                and key not in lex.demonym and key not in lex.given)

    def _longest(self, seg: list[_Tok], i: int, doc: dict[str, str]) -> tuple[int, str]:
        """The longest known name starting at token ``i``: (end token, kind), or (0, "")."""
        if seg[i][2] not in self.firsts:
            kind = self.known.get(seg[i][2]) or doc.get(seg[i][2])
            return (i + 1, kind) if kind else (0, "")
        for j in range(min(len(seg), i + self.lex.max_words), i, -1):
            key = self._span_key(seg, i, j)
            kind = self.known.get(key) or doc.get(key)
            if kind:
                return j, kind
        return 0, ""

    def _unknown(self, seg: list[_Tok], pending: bool) -> None:
        lex = self.lex
        i = 0
        while i < len(seg) and seg[i][2] in lex.demonym:
            i += 1
        seg = seg[i:]
        if not seg:
            return
        text = self.run_text
        for c in range(1, len(seg)):
            # `_connector_after(seg, c - 1)`; a gap of one character is a space, no "of"
            a, b = seg[c - 1][1], seg[c][0]
            if b - a > 1 and text[a:b].strip().startswith(("of", "for")):
                # "Elizabeth Quat of DAB": a name has "de", "van", "bin" inside, not "of"
                self._unknown(seg[:c], pending)
                self._segment(seg[c:])
                return
        if pending:
            if len(seg) <= 4 and self._particle_inside(seg):
                self._emit_seg(seg, PERSON)  # "Virgil van Dijk", "Mohammed bin Salman"
                return
            for g in range(len(seg) - 1):
                rest = len(seg) - g
                if rest > 4:
                    continue
                if seg[g][2] in lex.given or (
                    g == len(seg) - 2 and "-" in seg[g + 1][3]
                    and _KOREAN_GIVEN.match(seg[g + 1][3])
                ) or (seg[g][3][-1] == "." and self._initials_then_name(seg, g)):
                    self._emit_seg(seg[g:], PERSON)
                    return
            self.run_pending.append(seg)

    # -- pass 2 -------------------------------------------------------------------------
    def _pass2(self) -> None:
        if not self.pending_runs:
            return
        text = self.text
        # first: the names these find then count elsewhere in the text too
        self._context_names()
        surfaces = {text[n[0]:n[1]]: n[2] for n in self.found}  # (start, end, kind)
        doc: dict[str, str] = {}
        normal = normalize_name
        for surface, kind in surfaces.items():
            if kind == PLACE:  # the usual kind, and its one key: no `_doc_keys` call
                # one word of letters is its own normal form: no call (nor memo) for it
                doc.setdefault((surface if surface.isalpha() else normal(surface)).lower(),
                               PLACE)
                continue
            for key, k in _doc_keys(surface, kind):
                doc.setdefault(key, k)
        for key in [k for k, kind in doc.items() if kind == "~person"]:
            doc[key] = PERSON if self.known.get(key) is None else ""
        known, found = self.known.get, self.found
        maxw = self.lex.max_words
        by_context: list[tuple[int, int, tuple[_Tok, ...]]] = []
        # first words of names of several words: known ones, and those found in this text
        firsts = self.firsts
        doc_firsts = {k.split(" ", 1)[0] for k in doc if " " in k}
        for offset, run, seg in self.pending_runs:
            n = len(seg)
            if n == 1:  # most of them: a family name or a capitalised word
                key = seg[0][2]
                kind = known(key) or doc.get(key, "")
                a, b = offset + seg[0][0], offset + seg[0][1]
                if kind:
                    found.append(_name(a, b, kind))
                elif text.startswith(_WORDS_AFTER, b):  # (one test for the two below: most fail)
                    if text.startswith(_COMPANY_OFFICES, b):
                        found.append(_name(a, b, ORG))  # "Qantas chief executive"
                    elif kind := kind_by_tail(text, a, b):
                        found.append(_name(a, b, kind))  # "near Dingri county", "Chega party"
                elif text[a - 4:a - 1] in _CONTEXT_TAILS:  # (a slice and a set: most fail)
                    by_context.append((a, b, seg))
                continue
            i = 0
            while i < n:
                tok = seg[i]
                if tok[2] not in firsts and tok[2] not in doc_firsts:
                    kind = known(tok[2]) or doc.get(tok[2], "")
                    if kind:
                        found.append(_name(offset + tok[0], offset + tok[1], kind))
                    i += 1
                    continue
                for j in range(min(n, i + maxw), i, -1):
                    key = _key(run[seg[i][0]:seg[j - 1][1]])
                    kind = known(key) or doc.get(key, "")
                    if kind:
                        found.append(_name(offset + seg[i][0], offset + seg[j - 1][1], kind))
                        i = j
                        break
                else:
                    i += 1
        if by_context:
            self._single_by_context(by_context)

    def _single_by_context(self, words: list[tuple[int, int, tuple[_Tok, ...]]]) -> None:
        """Of single words left unknown, those named by the words around them (as two or three
        in `_context_names`): after a lower-case noun of their kind ("the far-right party
        Chega") unless a family name ("the party Ventura founded" after "André Ventura"), or
        a town ("in Derna, Libya,"); then every other use of such a word."""
        text = self.text
        named: dict[str, str] = {}
        spans = set()
        rule_word = self.lex.rule_word
        for a, b, seg in words:
            kind = ""
            if seg[0][2] in rule_word:
                continue  # "the company Board": a head word alone names nothing
            if text.endswith(_HEADS_BEFORE, 0, a):
                if _name_ends(text, b) and not _ends_longer_name(text, seg[0][3]):
                    kind = _kind_by_head(text, a)
            elif text.startswith(",", b) and self._town_in(a, b):
                kind = PLACE
            if kind:
                self.found.append(_name(a, b, kind))
                named.setdefault(seg[0][2], kind)
                spans.add(a)
        if named:  # "... Chega leader André Ventura"
            for offset, _run, seg in self.pending_runs:
                if len(seg) == 1 and seg[0][2] in named and offset + seg[0][0] not in spans:
                    a = offset + seg[0][0]
                    self.found.append(_name(a, offset + seg[0][1], named[seg[0][2]]))

    def _people_not_places(self) -> None:
        """One-word places that are the family name of a person the text names are that person
        ("Luís Montenegro ... Montenegro said"), unless a preposition makes them a place."""
        text, found, known = self.text, self.found, self.known
        family = set()
        for n in found:
            if n[2] == PERSON:
                surface = text[n[0]:n[1]]
                if " " in surface and known.get(key := surface.rsplit(None, 1)[-1].lower()):
                    family.add(key)
        if not family:
            return
        for i, n in enumerate(found):
            if (n[2] == PLACE and text[n[0]:n[1]].lower() in family
                    and not after_preposition(text, n[0])):
                found[i] = _name(n[0], n[1], PERSON)

    def _context_names(self) -> None:
        """Runs left unknown that the words around them show to be names (one loop over the
        runs: most fail its first tests):

        * two to four words before an apposition only people take: "Adebayo Okonkwo, 58,",
          "Wes Streeting, the health secretary," (`_people`);
        * two or three words opening with a given name that is also a word ("Mark", "Will"),
          in the middle of a sentence ("the prosecutor, Mark Tedeschi") or before what only a
          person's name takes (`_PERSON_AFTER`: "Mark Tedeschi said", "Hope Hicks
          testified"), where the word cannot be the verb or noun it also is ("Mark the date");
        * two or three words after a lower-case noun that tells their kind (`_headed_names`)
          or after a preposition and before a comma and a place (`_town_in`).

        One word is left to pass 2 (`_single_by_context`): most runs are one word, and pass 2
        reads each of them anyway.
        """
        text, found = self.text, self.found
        words = titles()
        given_word = self.lex.given_word
        size = len(text)
        headed: list[tuple[int, int, tuple[_Tok, ...], str]] = []
        unnamed: list[tuple[int, int, tuple[_Tok, ...]]] = []
        for offset, run, seg in self.pending_runs:
            n = len(seg)
            if n == 1:
                if len(run) > seg[0][1] + 2:
                    self._place_as_family_name(offset, run, seg[0], words)
                continue
            start = offset + seg[0][0]
            end = offset + seg[-1][1]
            if n <= 3:
                tail = text[start - 4:start - 1]
                if tail in _HEAD_TAILS and text.endswith(_HEADS_BEFORE, 0, start):
                    headed.append((start, end, seg, _kind_by_head(text, start)))
                    continue
                if (tail in _PREPOSITION_TAILS and end < size and text[end] == ","
                        and self._town_in(start, end)):
                    found.append(_name(start, end, PLACE))  # "in Siesta Key, Florida"
                    continue
                if text.startswith(TAILS, end) and kind_by_tail(text, start, end) == PLACE:
                    # "Morocco's Al Haouz province" (not "the Labor Day party": an occasion)
                    found.append(_name(start, end, PLACE))
                    continue
            if ((n <= 4 and text.startswith(APPOSITION_OPENS, end)
                 and apposition_after(text, end, words))
                    or (n <= 3 and text[start - 2:start] == ", "
                        and self._title_before_comma(start - 2, words))
                    or (n <= 3 and seg[0][2] in given_word
                        and end - start == len(" ".join(t[3] for t in seg))
                        and (_mid_sentence(text, start) or _PERSON_AFTER.match(text, end)))):
                found.append(_name(start, end, PERSON))
            elif n == 2:
                unnamed.append((start, end, seg))
        if headed:
            self._headed_names(headed)
        if unnamed:
            self._named_again(unnamed)

    def _place_as_family_name(self, offset: int, run: str, tok: _Tok,
                              words: frozenset[str]) -> None:
        """An unknown word, then a one-word place that ends its run, before an apposition
        only people take: a person whose family name is a place ("Valeska Paris, an
        Australian woman,", "Denzel Washington, 70,"); the place found there is dropped."""
        rest = run[tok[1] + 1:]
        end = offset + len(run)
        if (run[tok[1]] != " " or not rest.isalpha() or self.known.get(rest.lower()) != PLACE
                or not self.text.startswith(APPOSITION_OPENS, end)
                or not apposition_after(self.text, end, words)):
            return
        start, place = offset + tok[0], offset + tok[1] + 1
        found = self.found
        for i, n in enumerate(found):
            if n[0] == place and n[1] == end:
                found[i] = _name(start, end, PERSON)  # (in place: the caller holds the list)
                return
        found.append(_name(start, end, PERSON))

    def _title_before_comma(self, comma: int, words: frozenset[str]) -> bool:
        """Whether a title ends right before the comma at ``comma``: "Malaysia's Prime
        Minister, Najib Razak said", "the chief executive, Tim Cook"."""
        before = self.text[max(0, comma - 20):comma].rsplit(None, 1)
        return bool(before) and before[-1].isalpha() and before[-1].lower() in words

    def _named_again(self, runs: list[tuple[int, int, tuple[_Tok, ...]]]) -> None:
        """Of runs of two plain words left unknown, those whose second word the text also
        writes alone before what only a person's name takes, as a family name, and that "he"
        or "she" follows ("Erling Haaland ... Haaland scored his"): a company, a club or a
        storm is seldom so ("Bharti Airtel ... Airtel said it"). (Not three words: "Space
        Shuttle Atlantis ... Atlantis landed".)"""
        text, lex = self.text, self.lex
        # the words that open a stretch left unknown: where a family name written alone is
        # (a set lookup spares most runs a search of the text)
        singles: set[str] | None = None
        alone_at: dict[tuple[str, bool], int] = {}  # a run often recurs: one search a word
        for start, end, seg in runs:
            word = seg[1][3]
            if len(word) < 3 or end - start != len(seg[0][3]) + len(word) + 1:
                continue  # a connector or a possessive inside: no person's name
            if singles is None:
                singles = {p[2][0][3] for p in self.pending_runs}  # (first words too)
            if word not in singles:
                continue
            for tok in seg:
                key = tok[2]
                if (len(tok[3]) < 2 or not tok[3].isalpha() or not tok[3][1:].islower()
                        or key in lex.rule_word or key in lex.demonym or tok[3] in lex.never):
                    break
            else:
                cued = _PERSON_AFTER.match(text, end) is not None
                at = alone_at.get((word, cued))
                if at is None:
                    at = alone_at[word, cued] = self._alone_elsewhere(word, cued)
                if at and (self._he_or_she_after(end) or self._he_or_she_after(at)):
                    self.found.append(_name(start, end, PERSON))

    def _has_office(self, end: int) -> bool:
        """Whether a possessive and a title follow ``end``: "Villa's manager", "Airtel's chief
        executive" (the "he" after is the holder's)."""
        text = self.text
        if not text.startswith(("'s ", "’s "), end):
            return False
        word = text[end + 3:end + 20].split(" ", 1)[0].rstrip(",.")
        return word in titles()

    def _he_or_she_after(self, pos: int) -> bool:
        """Whether "he", "she", "his" or "her" follows ``pos`` in its sentence or the next,
        with no other person named in between."""
        text = self.text
        stop = text.find(". ", pos)
        stop = text.find(". ", stop + 2) if stop >= 0 else -1
        m = _GENDERED.search(text, pos, min(len(text), pos + 300) if stop < 0 else stop)
        if m is None:
            return False
        return not any(n[2] == PERSON and pos < n[0] < m.start() for n in self.found)

    def _alone_elsewhere(self, word: str, cued: bool) -> int:
        """Where ``text`` writes ``word`` as a family name alone (the end of the first, else
        0; not in the run it ends, which a capitalised word opens): in
        running text, between no capitalised words, not after an article ("the Cup"), after
        "said" or before what only a person's name takes ("Haaland's", "Haaland scored"), or
        anywhere in a sentence when such words follow the full name (``cued``: "Erling Haaland
        scored ... praised Haaland")."""
        text = self.text
        i = text.find(word)
        while i >= 0:
            after = i + len(word)
            if (i == 0 or text[i - 1] in _BEFORE_ALONE) and (
                    after == len(text) or not text[after].isalnum()) and not (
                    text.startswith(" ", after) and text[after + 1:after + 2].isupper()):
                before = text[max(0, i - 20):i].split()
                last = before[-1] if before and text[i - 1] == " " else ""
                if ((not last or last[-1] in ",;:" or not last[0].isupper())
                        and last.lower() not in _ARTICLE_WORDS
                        and (_PERSON_AFTER.match(text, after) or last in _SPEECH
                             or (cued and _mid_sentence(text, i)))
                        and not self._has_office(after)):
                    return after
            i = text.find(word, after)
        return 0

    def _town_in(self, start: int, end: int) -> bool:
        """Whether the words text[start:end] name a town by where it is: after a preposition,
        then a comma and a place found that ends a clause ("in Derna, Libya,", "near Siesta
        Key, Florida."; not "the first game of Group G, Belgium faced ...")."""
        text = self.text
        if not text.startswith(", ", end) or start < 3:
            return False
        word = text[text.rfind(" ", max(0, start - 12), start - 1) + 1:start - 1]
        if word.lower() not in PLACE_PREPOSITIONS:
            return False
        for n in self.found:
            if n[0] == end + 2:
                return n[2] == PLACE and text[n[1]:n[1] + 1] in _CLAUSE_ENDS
        return False

    def _headed_names(self, runs: list[tuple[int, int, tuple[_Tok, ...], str]]) -> None:
        """Of runs of two or three words after a lower-case noun that tells their kind ("the
        militant group Hayat Tahrir al-Sham"), those that are names of that kind: not when the
        run goes on past them ("the group Peace Now")."""
        text = self.text
        for a, b, _seg, kind in runs:
            if _name_ends(text, b):
                self.found.append(_name(a, b, kind))

    def _vocab_phrases(self) -> None:
        """Multi-word vocabulary names also match in lower case ("state guest house")."""
        phrases = _vocab_regex(self.vocab_key)
        if phrases is None:
            return
        text = self.text
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer: keep offsets true
            matches = list(re.compile(phrases.pattern.pattern, re.IGNORECASE).finditer(text))
        elif not phrases.leads:
            matches = list(phrases.pattern.finditer(low))
        else:
            # A regex of many alternatives tries every position; str.find of each phrase's
            # first word is a fast C scan, and the regex only runs where one occurs.
            starts_at: set[int] = set()
            for lead in phrases.leads:
                pos = low.find(lead)
                while pos >= 0:
                    starts_at.add(pos)
                    pos = low.find(lead, pos + 1)
            matches = []
            last_end = 0
            for pos in sorted(starts_at):
                if pos >= last_end:  # as finditer: leftmost first, no overlaps
                    m = phrases.pattern.match(low, pos)
                    if m:
                        matches.append(m)
                        last_end = m.end()
        if not matches:
            return
        found = self.found
        names = found[:]  # the names before this step; vocabulary phrases do not block each other
        for m in matches:
            ms, me = m.span()
            for n in names:
                if n[0] < me and ms < n[1]:
                    break
            else:
                found.append(_name(ms, me, self.vocab[_key(m.group())]))

    def _and_joins(self) -> None:
        """Orgs whose name holds "and" ("Food and Drug Administration", "Department of Health
        and Human Services"): the run after "and" carries the head word and is found as an
        org; the capitalised words before "and" join it when they are no name of their own,
        or an "X of Y" org whose Y is one word, neither a place nor a head word of its own."""
        text = self.text
        dropped: list[Name] = []
        and_after: list[Name] = []  # names an "and" follows: for `_and_tails`
        for i, n in enumerate(self.found):
            if n[2] == PERSON:
                continue
            if text.startswith(" and ", n[1]):
                and_after.append(n)
            if n[2] != ORG or not text.endswith(_AND_GAPS, 0, n[0]):
                continue
            joined = self._and_join(n)
            if joined is not None:
                start, before = joined
                self.found[i] = _name(start, n[1], ORG)
                if before is not None:
                    dropped.append(before)
        for before in dropped:
            self.found.remove(before)
        if and_after:
            self._and_tails([n for n in and_after if n not in dropped])

    def _and_tails(self, names: list[Name]) -> None:
        """Of ``names`` (an "and" after each), orgs "<head> of <domain> and <domain>" whose
        name goes on past the "and" with words that name no one ("Ministry of Health and
        Family Welfare", "International Association of Machinists and Aerospace Workers"; not
        "the Ministry of Defence and Hamas"), and places whose known name does ("Bosnia and
        Herzegovina")."""
        text, found = self.text, self.found
        starts: set[int] | None = None
        joined: list[tuple[int, int]] = []
        for n in names:
            if n[2] == PLACE:
                if text.endswith(_and_openers(), 0, n[1]):
                    self._and_place(found.index(n), n, joined)
                continue
            if n[2] != ORG:
                continue
            if starts is None:
                starts = {name[0] for name in found}
            if n[1] + 5 in starts:
                continue
            m = _AND_TAIL.match(text, n[1])
            if m is None or not self._domain_words(m.group(1)):
                continue
            words = text[n[0]:n[1]].split()
            if "of" in words and _key(words[words.index("of") - 1]) in self.lex.org_head:
                found[found.index(n)] = _name(n[0], m.end(), ORG, n[3])
        if joined:  # the names inside a country's name ("Tobago" of "Trinidad and Tobago")
            self.found = [n for n in self.found if not any(
                a < n[0] < b for a, b in joined)]

    def _and_place(self, i: int, place: Name, joined: list[tuple[int, int]]) -> None:
        """A place whose known name goes on with "and" ("Bosnia and Herzegovina", "Trinidad
        and Tobago"): the scan of capitalised words stops at "and"."""
        m = _AND_TAIL.match(self.text, place[1])
        if m is not None and self.known.get(_key(self.text[place[0]:m.end()])) == PLACE:
            self.found[i] = _name(place[0], m.end(), PLACE)
            joined.append((place[0], m.end()))

    def _domain_words(self, tail: str) -> bool:
        """Whether the words after an org's "and" are two or three that no rule knows or one
        that names a field of government ("Welfare", "Technology")."""
        lex = self.lex
        words = tail.split()
        if len(words) == 1:
            return words[0].lower() in _DOMAINS
        for word in words:
            key = _key(word)
            if (key in self.known or key in self.firsts or key in lex.given or key in lex.title
                    or key in lex.demonym or word in lex.never):
                return False
        return True

    def _and_join(self, org: Name) -> tuple[int, Name | None] | None:
        """Where the name of ``org`` starts with the words before its "and", and the name
        found there (to drop), or None when they stay apart."""
        text, lex = self.text, self.lex
        words = text[org[0]:org[1]].split()
        # the head word ends the name or comes before its "of" ("Exchange Board of India"),
        # after a word of its own ("Bank of Brazil" has none: another name)
        h = words.index("of") - 1 if "of" in words else len(words) - 1
        if (h < 1 or _key(words[h]) not in lex.org_head
                or _key(" ".join(words)) in self.known
                or _key(words[0]) in self.known or _key(words[0]) in lex.given):
            # "Apple and World Bank", "MIT and Colorado State University": two names
            return None
        end = org[0] - (5 if text.endswith(" and ", 0, org[0]) else 3)
        low = max(0, end - _AND_REACH)
        taken: list[str] = []
        for word in reversed(text[low:end].split(" ")):
            capitalised = word[:1].isupper() and word.replace("-", "").isalpha()
            if not (capitalised or (taken and word in _OF_CONNECTORS)):
                if word[:1].isupper() and word.endswith(("'s", "’s")):
                    return None  # "St Mary's Church and ...": the words go on a name
                break
            taken.append(word)
        else:
            if low:
                return None  # the window may have cut the first word
        while taken and (taken[-1] in _OF_CONNECTORS or taken[-1] in lex.never_word):
            taken.pop()  # "The", "In": the sentence's, not the name's
        if not taken:
            return None
        start = end - len(" ".join(taken))
        inside = [n for n in self.found if start < n[1] and n[0] < end]
        if not inside:
            return start, None
        before = inside[0]
        if (len(inside) == 1 and before[2] == PERSON and before[1] < end
                and " " not in text[before[0]:before[1]]):
            return start, before  # "Adani Ports and ...": a family name opening a company's
        field = text[before[0]:before[1]].partition(" of ")[2]
        if (len(inside) > 1 or before[2] != ORG or before[1] != end
                or not field.isalpha() or _key(field) in lex.org_head
                or self.known.get(_key(field)) == PLACE):
            # "Russia and ...", "Bank of Japan and ...", "Indian Institute of Technology
            # Bombay and ...": a name of its own (the "of" of a joined name names one field)
            return None
        return min(start, before[0]), before

    def _acronyms(self) -> None:
        """Liberal Democratic Party (LDP): both forms, and every later use, share one link."""
        text = self.text
        brackets = list(_ACRONYM_RE.finditer(text))
        if not brackets:
            return
        # (indexing a Name is quicker than its field names, and these loops see every name)
        by_end = {n[1]: n for n in self.found if n[2] != PERSON}
        links: dict[str, str] = {}  # surface as written -> the long form
        kinds: dict[str, str] = {}
        for m in brackets:
            gap = m.start()
            while gap > 0 and text[gap - 1] in " \t":
                gap -= 1
            name = by_end.get(gap)
            if name is not None:
                surface = text[name.start:name.end]
                if name.kind == PLACE and not _spells(m.group(1), surface):
                    continue  # a dateline's agency: "WASHINGTON (AP)", "SYDNEY, Australia (AP)"
                links[surface] = links[m.group(1)] = normalize_name(surface)
                kinds[m.group(1)] = name.kind
        if not links:
            return
        have = {n[:2] for n in self.found}  # (start, end)
        uses = re.compile("(?:" + "|".join(map(re.escape, kinds)) + r")(?![\w'’])")
        for m in uses.finditer(text):
            if m.span() not in have and not text[m.start() - 1:m.start()].isalnum():
                self.found.append(_name(m.start(), m.end(), kinds[m.group()]))
        sizes = {len(surface) for surface in links}
        for i, n in enumerate(self.found):
            link = n[1] - n[0] in sizes and links.get(text[n[0]:n[1]])
            if link:
                self.found[i] = _name(n[0], n[1], n[2], link)


def _spells(acronym: str, surface: str) -> bool:
    """Whether the letters of ``acronym`` are capitals of ``surface`` in order ("DRC" of
    "Democratic Republic of Congo"; not "AP" of "Australia")."""
    capitals = iter(c for c in surface if c.isupper())
    return all(letter in capitals for letter in acronym if letter.isalpha())


# A lower-case noun right before a name it is the kind of: "the far-right party Chega", "the
# chipmaker Nvidia", "the town of Pokrovsk" (the mirror of `_tails`: "the Chega party").
_KIND_BY_HEAD = {
    **{f" {w} ": ORG for w in (
        "party", "group", "movement", "alliance", "coalition", "militia", "company", "firm",
        "carmaker", "automaker", "airline", "broadcaster", "newspaper", "outlet", "startup",
        "start-up", "retailer", "insurer", "lender", "conglomerate", "chipmaker", "tabloid",
        "daily", "agency", "union")},
    **{f" {w} of ": PLACE for w in (
        "town", "city", "village", "island", "province", "region", "district", "port",
        "county", "suburb", "hamlet", "neighbourhood", "neighborhood", "municipality")},
}
_HEADS_BEFORE = tuple(_KIND_BY_HEAD)
# The last three characters before the space of each (a set lookup tells most runs apart).
_HEAD_TAILS = frozenset(head[-4:-1] for head in _HEADS_BEFORE)
# ... and of the prepositions before a town (`_Scan._town_in`).
_PREPOSITION_TAILS = frozenset((" " + word)[-3:] for word in PLACE_PREPOSITIONS)
_CONTEXT_TAILS = _HEAD_TAILS | _PREPOSITION_TAILS


# Offices of a company after its name: "Qantas chief executive Vanessa Hudson".
_COMPANY_OFFICES = (" chief executive", " CEO ", " chairman ", " chairwoman ", " shareholders")
# Lower-case words after a name that tell its kind: `_tails`, then the offices above.
_WORDS_AFTER = TAILS + _COMPANY_OFFICES


# What a district that is a public body provides: "Irving Independent School District",
# "Metropolitan Water District of Southern California" are organisations, not areas.
_SERVICES = frozenset([
    "school", "water", "utility", "utilities", "transit", "fire", "health", "hospital",
    "sanitation", "irrigation", "library", "conservation", "sewer", "drainage", "college",
    "park", "parks", "flood", "port", "power",
])


def _service_district(seg: list[_Tok], i: int) -> str:
    """ORG when token ``i`` of ``seg`` is "District" after a service ("School District"),
    else ""."""
    return ORG if i and seg[i][2] == "district" and seg[i - 1][2] in _SERVICES else ""


def _kind_by_head(text: str, start: int) -> str:
    """The kind `_KIND_BY_HEAD` gives the name at ``start`` (one of its keys ends there)."""
    for head, kind in _KIND_BY_HEAD.items():
        if text.endswith(head, 0, start):
            return kind
    return ORG


# What may follow the place in "in Derna, Libya," (`_Scan._town_in`): "" is the text's end.
_CLAUSE_ENDS = frozenset(["", ",", ".", ";", ":", ")", "\n"])
_PARTICLES = (" al-", " el-")
_ARTICLES = frozenset(particle[:3] for particle in _PARTICLES)
_PARTICLE_TAIL = re.compile(rf"(?: (?:al|el)-[{_UP}][{_LET}'’]*+)+")
_GIVEN_AND_PARTICLE = re.compile(rf"(?<![\w'’-])([{_UP}][{_LET}]++){_PARTICLE_TAIL.pattern}")


def _ends_longer_name(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` right after another capitalised word somewhere."""
    i = text.find(" " + word)
    while i > 0:
        after = i + 1 + len(word)
        if (after == len(text) or not text[after].isalnum()) and text[
                text.rfind(" ", 0, i) + 1].isupper() and text[i - 1].isalpha():
            return True
        i = text.find(" " + word, after)
    return False


def _name_ends(text: str, end: int) -> bool:
    """Whether no capitalised word goes on at ``end`` (an Arabic article may: `_particle_tails`
    takes it in)."""
    return end + 1 >= len(text) or text[end] != " " or not text[end + 1].isupper()


# What only a person's name takes right after it (`_Scan._context_names`): a verb of speech
# or in the past tense, a possessive, an apposition ("Mark Tedeschi testified", "Mark
# Zuckerberg's", "Grace Tame, a former ..."); not "Will Parliament act?".
_PERSON_AFTER = re.compile(r"['’]s\b|,? (?:said|says|told|tells|added|wrote|writes|[a-z]{2,}ed)\b"
                           r"|, (?:a|an|the|who|\d)\b")


# What may stand right before a family name written alone (`_Scan._alone_elsewhere`), and
# the articles that make such a word no one's name ("the Cup").
_BEFORE_ALONE = frozenset(" \n\"“‘'(")
_ARTICLE_WORDS = frozenset(["the", "a", "an"])
_SPEECH = frozenset(["said", "says", "told"])
_GENDERED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a word or a comma (not "the") comes right before ``start``, one space apart."""
    if start < 3 or text[start - 1] != " ":
        return False
    last = text[start - 2]
    if last in ",;":
        return True
    return last.islower() and not text.endswith(("the ", "The "), 0, start)


def _shouting(toks: list[_Tok]) -> bool:
    """A run of three or more words in capitals, at least half of its words: a heading."""
    shouting = 0
    for t in toks:  # a loop: no list (nor, before Python 3.12, a frame) as a comprehension
        if t[3].isupper() and len(t[3]) > 1:
            shouting += 1
    return shouting >= 3 and shouting * 2 >= len(toks)


def _plain_body(run: str) -> str | None:
    """``run`` without a final full stop when it is plain (`_PLAIN_WORDS`), else None.
    (`_classify_run` tells one plain word, the usual run, before the call.)

    The full stop belongs to no token unless it ends an abbreviation ("Mr.", "St."), which
    only the token regex knows: then the run is not plain.
    """
    if _PLAIN_WORDS.fullmatch(run) is None:
        return None
    if not run.endswith("."):
        return run
    body = run[:-1]
    last = body.rfind(" ") + 1
    token = _TOKEN_RE.match(run, last)
    return body if token is not None and token.end() == len(body) else None


def _plain_tokens(run: str) -> list[_Tok]:
    """The tokens of a run of plain capitalised words (`_PLAIN_WORDS`), without the regex."""
    toks = []
    start = 0
    # plain ASCII words, one space apart: lower() keeps the spaces where they were
    keys = run.lower().split(" ")  # (indexed: quicker than a zip)
    for i, word in enumerate(run.split(" ")):
        end = start + len(word)
        if word[0] <= "Z":  # connectors (lower case) are not tokens
            toks.append((start, end, keys[i], word))  # word.lower() == _key(word) here
        start = end + 1
    return toks


def _tokens(run: str) -> list[_Tok]:
    """The tokens of a run (`_TOKEN_RE`)."""
    toks = []
    end = 0
    # `_LEAD_AND_TOKEN` reads what `_TOKEN_RE.finditer` does, each token with the text
    # skipped before it: findall gives the strings at once, and their lengths the offsets,
    # without a match object and two method calls per token.
    for lead, exact in _LEAD_AND_TOKEN.findall(run):
        start = end + len(lead)
        end = start + len(exact)
        # _key(exact) without the memo: a token holds no white space
        toks.append((start, end, exact.lower().replace("’", "'"), exact))
    return toks


# Groups of people whose possessive stays inside a name: "National People's Congress",
# "Women's Institute", "Workers' Party" (unlike "Britain's Labour Party").
_GROUPS = frozenset("""
    people women men children workers veterans citizens farmers teachers nurses doctors
    lawyers students writers voters taxpayers consumers journalists seafarers mothers soldiers
    miners pensioners employers traders investors victims
""".split())
_POSSESSIVE_GAPS = frozenset(["'s ", "’s ", "' ", "’ "])


def _split_at_glue(run: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Tokens joined by anything but spaces and connectors ("'s ", ". ") are separate runs,
    but for the possessive of a group (`_GROUPS`)."""
    runs: list[list[_Tok]] = []
    prev_end = -1
    for tok in toks:
        start = tok[0]
        if runs and ((start == prev_end + 1 and run[prev_end] == " ")  # the usual gap
                     or _GAP_RE.fullmatch(run, prev_end, start)
                     or (runs[-1][-1][2] in _GROUPS
                         and run[prev_end:start] in _POSSESSIVE_GAPS)):
            runs[-1].append(tok)
        else:
            runs.append([tok])
        prev_end = tok[1]
    return runs


@lru_cache(maxsize=65536)
def _doc_keys(surface: str, kind: str) -> tuple[tuple[str, str], ...]:
    """What one name found in a text lets pass 2 recognise elsewhere in that text."""
    value = normalize_name(surface)
    if kind == PLACE:  # the usual kind; lets nothing else be recognised
        return ((value.lower(), kind),)
    words = value.split()
    # _key of a normalized name is its lower case: apostrophes and spaces are plain already
    keys = [(value.lower(), kind)]
    if kind == PERSON and len(words) >= 2:
        plain = words if "." not in value else [  # an initial to drop: few names have one
            w for w in words if not (len(w) == 2 and w.endswith("."))]
        keys.append((" ".join(plain).lower(), PERSON))
        keys.append((words[-1].lower(), "~person"))  # a family name, unless it is a place
        for k in range(1, len(words) - 1):
            if words[k].islower():  # the family name with its particle: "van Dijk"
                keys.append((" ".join(words[k:]).lower(), "~person"))
                break
    if kind == ORG:
        # An acronym nobody spelled out may still be the initials of an org named here (LDP).
        initials = [w[0] for w in words if w[0].isupper()]  # (one list: no generator to join)
        if len(initials) >= 2:
            keys.append(("".join(initials).lower(), ORG))
    return tuple(keys)


@lru_cache(maxsize=1)
def _and_openers() -> tuple[str, ...]:
    """What opens a known place whose name holds "and", as written ("Bosnia" of "Bosnia and
    Herzegovina")."""
    return tuple(sorted({k.split(" and ", 1)[0].title() for k, kind in lexicon().known.items()
                         if kind == PLACE and " and " in k}))


@lru_cache(maxsize=8)
def _first_words(vocab_key: tuple[tuple[str, str], ...]) -> frozenset[str]:
    keys = [*lexicon().known, *(k for k, _ in vocab_key)]
    return frozenset(k.split(" ", 1)[0] for k in keys if " " in k)


_LEAD_RE = re.compile(r"[^\W_]+")


class _Phrases(NamedTuple):
    """Multi-word vocabulary names: one regex, and the words each match must open with."""

    pattern: re.Pattern[str]  # over lower-cased text
    leads: tuple[str, ...]  # empty when some phrase opens with no letter or digit


@lru_cache(maxsize=8)
def _vocab_regex(vocab_key: tuple[tuple[str, str], ...]) -> _Phrases | None:
    phrases = sorted((k for k, _ in vocab_key if " " in k), key=len, reverse=True)
    if not phrases:
        return None
    alts = "|".join(
        re.escape(p).replace("\\ ", r"\s+").replace("'", "['’]") for p in phrases
    )
    leads = [m.group() if m else "" for m in (_LEAD_RE.match(p) for p in phrases)]
    return _Phrases(re.compile(rf"(?<!\w)(?:{alts})(?!\w)"),
                    tuple(sorted(set(leads))) if all(leads) else ())


_cache: tuple[str, tuple[tuple[str, str], ...], list[Name]] | None = None


def find_names(text: str, names: dict[str, str] | None = None) -> list[Name]:
    """Every name in ``text`` with its kind, in text order (the quote extractor reuses this)."""
    global _cache
    vocab = {_key(k): v for k, v in (names or {}).items()}
    vocab_key = tuple(sorted(vocab.items()))
    if _cache is not None and _cache[0] is text and _cache[1] == vocab_key:
        return _cache[2]
    found = _Scan(text, vocab, vocab_key).run()
    # The first name found for a span wins: walking backwards, it is the last one stored.
    unique = {(n[0], n[1]): n for n in reversed(found) if n[1] > n[0]}
    result = sorted(unique.values())  # by span: the spans are unique
    _cache = (text, vocab_key, result)
    return result


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Every title and title modifier of the gazetteer, lower-cased ("minister", "deputy")."""
    lex = lexicon()
    return lex.title | lex.title_mod


@register("names", layer="name", priority=50)
def extract_names(text: str, context: Context) -> Iterator[Claim]:
    """Places, people and organisations (kinds ``place``, ``person``, ``org``)."""
    normal = normalize_name
    for start, end, kind, link in find_names(text, context.names):
        surface = text[start:end]
        # A place of one word of letters ("China") is its own normal form: no call (nor
        # memo) for it. (Only places: the quote extractor normalises the other names again.)
        value = surface if kind == PLACE and surface.isalpha() else normal(surface)
        claim = Claim(start, end, surface, kind, value)  # positional: faster
        if link:
            claim.link = link
        yield claim
