"""Quotations, with the speaker where the sentence names one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from factcheck.extract._people import ROLES
from factcheck.extract.base import Claim, Context, register
from factcheck.extract.names import PERSON, Name, find_names, lexicon, normalize_name, titles
from factcheck.text import ABBREVIATIONS, regex_trie

# What counts as a quote, and how it is reported:
# * text between straight "..." or curly “...” double quotes, or between single quotes
#   ('...' or ‘...’) that open after a space and close before a non-letter, so apostrophes
#   (Japan's, don’t) never pair up; a quote never crosses a line break;
# * a paragraph that opens a double quote and does not close it, followed by a paragraph
#   opening with the same mark, is a quote to the end of its line (a quote that runs over
#   several paragraphs), spoken by whoever speaks the next paragraph's quote;
# * the span includes the quote marks; ``value`` is the words inside, spacing collapsed,
#   quote marks straightened, trailing , ; : dropped (their place differs between styles);
# * a quote nested in another quote is part of the outer one, not a claim of its own;
# * short scare quotes ("treasure", 'big victory') are kept: they are what articles repeat
#   and disagree on; the speaker of a scare quote is only set by an explicit verb.
# A single mark that stands for dropped letters opens no quote: '90s, rock 'n' roll, 'em.
_ELISION = r"(?!\d0['’]?s\b|n['’]\s|em\b|cause\b|til\b|tis\b)"
# Every branch opens with its quote mark, so the regex engine can jump between candidates.
_QUOTE_BRANCHES = (
    ("“", r"“(?P<c>[^“”\n]{1,3000})”"),
    ('"', r"\"(?<![\w]\")(?P<s>[^\"\n]{1,3000})\""),
    ("‘", r"‘(?<![\w‘’]‘)" + _ELISION + r"(?P<sc>(?:[^‘’\n]|’(?=\w)){1,500})’(?!\w)"),
    ("'", r"'(?<![\w'’]')" + _ELISION + r"(?P<ss>(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){1,300}?)'(?!\w)"),
)
# The quotes of a text are what this finds; `_quote_matches` finds them faster with each
# branch alone: a regex that opens with one mark scans twice as fast as one that opens with
# any of four.
_QUOTE_RE = re.compile("|".join(branch for _, branch in _QUOTE_BRANCHES))
_QUOTE_KINDS = tuple((mark, re.compile(branch)) for mark, branch in _QUOTE_BRANCHES)
_TRAILING = " ,;:"
_CURLY = re.compile("[“”‘’]")
_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}

_VERBS = (
    "said|says|say|wrote|writes|added|adds|declared|declares|stated|states|noted|notes|told|"
    "tells|tweeted|posted|posts|announced|announces|remarked|commented|continued|stressed|"
    "insisted|argued|explained|asked|replied|warned|urged|concluded|praised|described|"
    "describes|called|calls|referred|mentioned|recalled|acknowledged|admitted|claimed|"
    "emphasized|emphasised|vowed|pledged|promised|thanked|hailed|expressed|accused|"
    "criticised|criticized|denied|suggested|predicted|responded|conceded|confirmed|joked|"
    "boasted|complained|slammed|labelled|labeled|dubbed|branded|termed|admitted|observed|"
    "asserted|alleged|reiterated|cautioned|lamented|quipped|testified|recounted"
)
_PARTICIPLES = (
    "saying|writing|adding|stating|noting|telling|calling|describing|declaring|posting|"
    "arguing|insisting|warning|urging|stressing|asking|replying|recalling|praising"
)
# "reported" names who reports, who speaks only when nothing else does and the quote
# comes first ('"...," the BBC reported'); "The Post reported that the president had called
# the plan "a disaster"" is not the Post's quote.
_REPORTS = "reported|reports"
_SOURCES = _REPORTS + "|according to"
_PRONOUNS = "he|she|they|He|She|They"


_CUE_KIND = {w: kind for kind, words in (("verb", _VERBS), ("part", _PARTICIPLES),
                                         ("src", "according to|According to"), ("report", _REPORTS),
                                         ("pron", _PRONOUNS))
             for w in words.split("|")}
# ASCII word boundaries are cheaper to test at every position; a match touching a non-ASCII
# letter (which Unicode \b would refuse) is dropped in `_outside_matches`.
# The look-ahead of the words' first letters lets most word starts fail before the tree.
_CUE_RE = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _CUE_KIND})) + "])"
                     + regex_trie(sorted(_CUE_KIND)) + r"\b", re.ASCII)
# After a name: "'s statement", ", in a post on X", "in an interview".
_NOUN_CUE = re.compile(
    r"(?:['’]s\s+(?:\w+\s+)?(?:statement|remarks|comments|post|message|words|speech|tweet|"
    r"letter|reply|response)\b|,?\s+in\s+an?\s+(?:\w+\s+){0,3}?(?:post|statement|interview|"
    r"message|tweet|video|speech|letter|column|op-ed|address)\b)"
)
# Between a name and its verb: a few plain words, or a short bracket ("McConnell (R-Ky.) said").
_GAP_OK = re.compile(r"(?:[^,;:\"“”‘’()]|\([^()\n]{1,30}\)){0,80}\Z")
_INVERTING = frozenset(["said", "says", "wrote", "added", "asked", "according to",
                        "According to"])
_INVERTED_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")
_NOUN_CUE_OPENERS = ("'s", "’s", " in ", ", in ")
_INVERTED = re.compile(
    r"(?:said|says|wrote|added|asked|according to)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}\Z"
)
_ADJACENT = re.compile(r"[\s,]*\Z")
_MAX_GAP_WORDS = 8
# The abbreviations of factcheck.text, capitalised as before a name ("Rep.", "Prof.", "Inc.",
# "Jan."); not "Etc.", which ends sentences.
_ABBREVIATED = sorted(w.capitalize() for w in ABBREVIATIONS if w.isalpha() and w != "etc")


def _not_after(words: list[str], tail: str = "") -> str:
    """Look-behinds that fail after any of ``words`` (then ``tail``): one per length, as a
    look-behind's alternatives must all be as long (fewer tests at each full stop)."""
    by_size: dict[int, list[str]] = {}
    for word in words:
        by_size.setdefault(len(word), []).append(word)
    return "".join(rf"(?<!\b(?:{'|'.join(group)}){tail})" for group in by_size.values())


# Where a sentence ends (as in factcheck.text, without its Python steps): the speaker search
# only needs the sentence around each quote. A capital's full stop (U.S., J.) or an
# abbreviation's (Mr., Rep.) does not end one.
_SENTENCE_TAIL = (
    r"(?:(?<=\n)|(?<!\b[A-Z]\.)" + _not_after(_ABBREVIATED, r"\.")
    + r"['\"”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))"
)
_SENTENCE_END = re.compile(r"[.!?\n]" + _SENTENCE_TAIL)
# The same within a line that has no "!" or "?" (most): opening with one character, the
# regex scans twice as fast.
_FULL_STOP_END = re.compile(r"\." + _SENTENCE_TAIL)
# A name the name extractor may not know: capitalised words, with the particles of Arabic,
# Dutch or Spanish names between them (Suleiman al-Amr, Claudio De Vincenti).
_WHO = (r"(?P<who>(?:(?:[A-Z][\w'’.-]+|(?:al|el|de|del|da|di|van|von|bin|ibn|le|la)(?=[\s-]))"
        r"[\s-]+){0,3}[A-Z][\w'’.-]+)")
# "team member", "editor" before a name after the quote; never a preposition (the object
# of "of", "for" is not the one speaking).
_ROLE_WORDS = r"(?:(?!(?:of|for|at|to|in|on|from|with|by|and|but|while)\s)[a-z][\w-]*\s+){0,3}"
# ", 45," or ", editor at large at the Saudi Gazette," between a name and its verb.
_APPOSITION = r"(?:,\s[^,;:\"“”‘’()\n]{1,80}){1,2},"
# Between a name and a verb, a role and a name the name extractor did not know: "Hamas
# official Osama Hamdan said" is Hamdan speaking (`_Doc._unknown_subject` finds him).
_ROLE_THEN_NAME = re.compile(
    rf"\s+{_ROLE_WORDS.replace('{0,3}', '{1,3}')}(?:[A-Z][\w'’.-]+\s+){{1,3}}\Z")
_AFTER_NAME = re.compile(
    rf"[ ,]*{_ROLE_WORDS}{_WHO}(?:{_APPOSITION})?\s+(?P<verb>{_VERBS}|{_SOURCES})\b")
# Right after a quote, a verb before its subject ('"...," warned Jerome Powell'); elsewhere
# the name after most of these verbs is their object ("Smith warned NATO that").
_INVERTIBLE = ("said|says|wrote|writes|added|adds|explained|insisted|warned|noted|recalled|"
               "admitted|tweeted|replied|continued|declared|stressed|vowed|pledged|quipped|"
               "joked|conceded|remarked|predicted|countered|exclaimed|lamented|boasted")
# "said 34-year-old nurse Priya Sharma": an age may open the role words; "according to
# police chief Michael O'Brien" credits the quote as a verb would.
_AFTER_VERB = re.compile(
    rf"[ ,]*(?P<verb>{_INVERTIBLE}|according to)\s+(?:\d+-year-old\s+)?{_ROLE_WORDS}{_WHO}")
# "said the spokesperson for the Ministry of Foreign Affairs, Lin Jian": a role of an
# organisation, then the person after a comma (`_role_of_then_name`).
_AFTER_VERB_ROLE_OF = re.compile(
    rf"[ ,]*(?P<verb>{_INVERTIBLE})\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:of|for|at)\s+[^,;:\"“”\n]{1,80},\s+"
    + _WHO)
_TITLED_NAME = re.compile(rf"(?P<title>(?:\s+[\w.'’-]+){{1,3}}?\s+){_WHO}")
_NAME_COLON = re.compile(rf"\s*{_WHO}:\s*")
_LINE_END = re.compile(r"[ .]*(?:\n|\Z)")
_COMMA_NAME = re.compile(rf",\s+{_WHO}")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# A full stop that ends a sentence inside capitalised words (`_WHO` takes full stops in for
# initials and abbreviations: "Donald J. Trump", "Mrs. Smith", "U.S.").
# (One small letter before the stop, "Dr.", "Co.", already fails the look-behind of two.)
_SENTENCE_STOP = re.compile(
    r"(?<=[a-z]{2})" + _not_after([w for w in _ABBREVIATED if len(w) >= 3]) + r"\.\s")
_PLAIN_VERBS = frozenset(["said", "says", "wrote", "added", "told"])
# After a quote that ends its sentence, a name and a verb that go on with a statement of
# their own open the next sentence, not the quote's attribution.
_NEW_STATEMENT = re.compile(r"\s+(?:that|he|she|they|it|we|I|the|a|an|his|her|their|its)\s")
# A name (known or not) right before a speech verb: "Rathbun wrote", "Mu Li, of ..., said".
_NAME_START = r"(?=[A-Z])(?<![\w'’-])(?<!\bof\s)(?<!\bthe\s)(?<!\bThe\s)"
# Words between a speaker's name and the verb ("Smith also said", "Jones has said").
_SPEECH_ADVERB_LIST = "also later then has had have once previously further again".split()
_SPEECH_ADVERBS = frozenset(_SPEECH_ADVERB_LIST)
_VERB_LEAD = r"\s+(?:(?:" + "|".join(_SPEECH_ADVERB_LIST) + r")\s+){0,2}\Z"
_BEFORE_VERB = re.compile(_NAME_START + _WHO + _VERB_LEAD)
_NAME_END = re.compile(_NAME_START + _WHO + r"\Z")
# Capitalised words after "the" that run on to where a name was found: that is no name
# ("the White House said": not "House"; but "the Post's Okafor Nwosu wrote").
_AFTER_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+)+\Z")
_APPOSED_VERB = re.compile(_APPOSITION + _VERB_LEAD)
_APPOSED_HEAD = re.compile(rf",\s+{_WHO}(?=\s+of\s|,)")
# What may come before the person a sentence is about: "Environment Canada spokeswoman".
_SUBJECT_LEAD = re.compile(r"\s*(?:[\w'’.-]+\s+){0,4}")
_MAX_UNKNOWN_LEAD = 160  # how far before a verb an unknown name is looked for
_MAX_NAME_CHARS = 60
# A sentence ending between two quotes (not a title's or an initial's full stop).
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])" + _not_after(_ABBREVIATED) + r"[.!?]\s")
_MAX_ATTRIBUTION = 200
_MIN_OPEN_WORDS = 4
_MAX_ANTECEDENT_NAMES = 6
_OPENERS = ('"', "“")
_MARKS = frozenset("\"“”‘’'")


# What `_antecedent` needs to tell who "he" or "she" stands for, worked out only when a
# sentence has one (few do): where the last speaker's quote ended, where the sentence
# starts, that speaker, the last person named before the sentence.
Fallback = tuple[int, int, "str | None", "Name | None"]
_PRONOUN = "\0pronoun"  # the speaker of a cue whose subject is "he" or "she"
_IT = "\0it"  # ... whose subject is "it": the last speaker (an organisation), never a person


class _Cue(NamedTuple):  # a NamedTuple: built several times per quote, cheaper than a dataclass
    """Something in a sentence that names a speaker: a name or pronoun plus a verb."""

    pos: int  # where the cue sits (verb or name), for "nearest before the quote"
    speaker: str | None  # normalized name, or None for an unresolved pronoun
    kind: str  # verb, part, src, noun, pron


def _value(inner: str) -> str:
    if not inner.isascii():  # str.translate is slow; most quotes have no curly marks inside
        inner = _CURLY.sub(lambda m: _STRAIGHT[m.group()], inner)
    return " ".join(inner.split()).rstrip(_TRAILING).strip()


def find_quotes(text: str, names: dict[str, str] | None = None) -> list[Claim]:
    """Every quotation in ``text`` as a Claim of kind ``quote``, with its speaker if named."""
    matches = []  # (start, end, the quote, the words inside, value)
    for m in _quote_matches(text):
        inner = m.group(m.lastindex or 0)
        value = _value(inner)
        if value:
            matches.append((*m.span(), m.group(), inner, value))
    if not matches:
        return []
    opened = _open_paragraphs(text, matches)
    if opened:
        matches = sorted(matches + opened)
    found = [n for n in find_names(text, names) if n.kind != "place"]
    doc = _Doc(text, found, [(start, end) for start, end, *_ in matches])
    claims: list[Claim] = []
    last_speaker: str | None = None
    last_speaker_end = len(text)  # no person stands in for the speaker before there is one
    previous: tuple[int, str | None] = (0, None)  # the last quote's end and speaker
    last_person = -1
    person_iter = 0
    cache: dict[tuple[int, int], tuple[list[_Cue], bool]] = {}
    line: tuple[int, int, list[tuple[int, int]], list[int]] = (-1, -1, [], [])
    for start, end, quote, inner, value in matches:
        if not line[0] <= start < line[1]:
            # Sentence ends are only needed on the lines that hold quotes (quotes and
            # sentences never cross a line break).
            a = text.rfind("\n", 0, start) + 1
            b = text.find("\n", end)
            b = len(text) if b < 0 else b
            ends_re = (_FULL_STOP_END if text.find("!", a, b) < 0 and text.find("?", a, b) < 0
                       else _SENTENCE_END)
            ends = [x.span() for x in ends_re.finditer(text, a, b)]
            line = (a, b, ends, [e for _, e in ends])
        bounds, b_ends = line[2], line[3]
        i = bisect.bisect_right(b_ends, start)
        s0 = b_ends[i - 1] if i else line[0]
        p0 = (b_ends[i - 2] if i > 1 else line[0]) if i else -1  # the sentence before, if any
        i = bisect.bisect_right(b_ends, end)
        s1 = max(bounds[i][0] + 1, end) if i < len(bounds) else line[1]
        # The last person named before this sentence stands in for "he"/"she" when no
        # earlier quote had a speaker.
        while person_iter < len(found) and found[person_iter].start < s0:
            if found[person_iter].kind == PERSON:
                last_person = person_iter
            person_iter += 1
        fallback = (last_speaker_end, s0, last_speaker,
                    found[last_person] if last_person >= 0 else None)
        key = (s0, s1)
        if key not in cache:
            cache[key] = doc.cues(s0, s1)
        cues, pronoun = cache[key]
        if pronoun:
            cues = _resolved(cues, doc, fallback)
        speaker = _choose(doc, start, end, s0, cues, inner, fallback)
        if speaker is None:
            speaker = _credited(doc, start, end, s0)
        if speaker is None and p0 >= 0 and previous[0] <= p0 and _alone(text, start, end, s0, s1):
            # 'Heald noted the findings show ... "An air-quality cleanup would ..."': a
            # sentence that is only a quote, after one that opens with who speaks
            opener = _OPENING_SPEAKER.match(text, p0, s0)
            speaker = None if opener is None else doc.who(*opener.span("who"))
        if speaker is None and previous[1] and _continues(text, previous[0], start, end, s0, s1):
            speaker = previous[1]
        previous = (end, speaker)
        if speaker:
            last_speaker, last_speaker_end = speaker, end
        claim = Claim(start, end, quote, "quote", value)  # positional: faster
        claim.speaker = speaker
        claims.append(claim)
    if opened:
        _speak_on(claims, {start for start, *_ in opened})
    return claims


#: A speaker credited without a verb: after the quote, a dash and the name ('"..." — Shimon
#: Peres, on whether ...'); before it, "in the words of" and the name ("in the words of the
#: Crown prosecutor, Mark Tedeschi, QC, "...").
_DASH_CREDIT = re.compile(r"[ \t]*[—–][ \t]*" + _WHO)
_WORDS_OF = re.compile(r"\b(?i:in the words of)[ \t]+(?:[^\"“”\n]{0,60}?,[ \t]*)?"
                       + _WHO + r"[^\"“”\n]{0,12}\Z")


def _credited(doc: _Doc, start: int, end: int, s0: int) -> str | None:
    """The person a quote is credited to without a speech verb, or None."""
    m = _DASH_CREDIT.match(doc.text, end) or _WORDS_OF.search(doc.text, max(s0, start - 100),
                                                            start)
    return None if m is None else doc.who(*m.span("who"))


def _open_paragraphs(text: str, matches: list[tuple[int, int, str, str, str]]
                     ) -> list[tuple[int, int, str, str, str]]:
    """Paragraphs that open a quote left unclosed, before a paragraph opening the same mark.

    Found backwards from the quotes that open a line (a few per text), not by a scan.
    """
    found = []
    for start, _, quote, _, _ in matches:
        mark = quote[0]
        if start == 0 or text[start - 1] != "\n" or mark not in _OPENERS:
            continue
        while True:  # the paragraphs before, while each opens the quote and leaves it open
            end = start - 1
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if (not line.startswith(mark) or len(line.split()) < _MIN_OPEN_WORDS
                    or (line.count('"') % 2 == 0 if mark == '"' else "”" in line)):
                break  # another paragraph, too short a one, or one that closes its quote
            if any(m[0] == start for m in matches):
                break  # '"Yes," he said, "and ...': a quote closed on it, then one left open
            found.append((start, end, line, line[1:], _value(line[1:])))
            if start == 0:
                break
    return found


def _speak_on(claims: list[Claim], opened: set[int]) -> None:
    """A quote left open at a paragraph's end has the speaker of the quote that goes on."""
    for claim, after in zip(reversed(claims[:-1]), reversed(claims[1:]), strict=True):
        if claim.start in opened and claim.speaker is None:
            claim.speaker = after.speaker


def _quote_matches(text: str) -> Iterator[re.Match[str]]:
    """`_QUOTE_RE.finditer(text)`, from the scans of its branches, each alone (faster).

    The regex of all four finds, from where its last match ended, the leftmost place where
    a branch matches (one at most: each opens with its own mark). A branch that matches
    nowhere takes no part, so in a text that quotes one way only (most), the scan of that
    branch is the same.
    """
    heads = []  # (the branch, its leftmost match from where the last match ended)
    for mark, regex in _QUOTE_KINDS:
        if mark in text:
            m = regex.search(text)
            if m is not None:
                heads.append((regex, m))
    if len(heads) == 1:
        yield heads[0][1]
        yield from heads[0][0].finditer(text, heads[0][1].end())
        return
    while heads:
        first = min(heads, key=_head_start)[1]
        yield first
        pos = first.end()
        ahead = []
        for regex, m in heads:
            if m.start() < pos:  # passed over: its next match from here
                found = regex.search(text, pos)
                if found is None:
                    continue
                m = found
            ahead.append((regex, m))
        heads = ahead


def _head_start(head: tuple[re.Pattern[str], re.Match[str]]) -> int:
    return head[1].start()


@lru_cache(maxsize=65536)
def _keys(value: str) -> tuple[str, str, str]:
    """A person's name lower-cased: whole, without initials (Donald J. Trump), family name."""
    words = value.split()
    if "." in value:  # an initial to drop (most names have none: no list to filter)
        words = [w for w in words if not (len(w) == 2 and w.endswith("."))]
    return value.lower(), " ".join(words).lower(), value.rsplit(" ", 1)[-1].lower()


def _full_names(text: str, found: list[Name]) -> dict[str, str]:
    """A family name -> the full form this text uses most (Takaichi -> Sanae Takaichi)."""
    counts: dict[str, int] = {}  # full name -> uses, in order of first use
    for n in found:
        if n[2] == PERSON:
            value = normalize_name(text[n[0]:n[1]])
            if " " in value:
                counts[value] = counts.get(value, 0) + 1
    full: dict[str, str] = {}
    for value in sorted(counts, key=counts.__getitem__, reverse=True):  # ties keep that order
        _, plain, family = _keys(value)
        full.setdefault(family, value)
        full.setdefault(plain, full[family])
    return full


class _Doc:
    """One text with its names and quotes, indexed for the speaker search."""

    def __init__(self, text: str, found: list[Name], quotes: list[tuple[int, int]]) -> None:
        self.text = text
        self.found = found
        self.starts = [n.start for n in found]
        self.quotes = quotes
        self.quote_starts = [s for s, _ in quotes]
        self.full = _full_names(text, found)
        self.outside: list[Name] = []
        q, nq = 0, len(quotes)
        for n in found:  # found and quotes are both in text order: one merge, no searching
            while q < nq and quotes[q][1] <= n.start:
                q += 1
            if q == nq or n.start < quotes[q][0]:
                self.outside.append(n)
        self.outside_starts = [n.start for n in self.outside]
        self._names: dict[Name, str] = {}

    def name(self, name: Name) -> str:
        """The speaker a name stands for: its normalized form, a family name made full."""
        value = self._names.get(name)
        if value is None:
            value = normalize_name(self.text[name.start:name.end])
            if name.kind == PERSON:
                low, plain, _ = _keys(value)
                value = self.full.get(low) or self.full.get(plain) or value
            self._names[name] = value
        return value

    def who(self, start: int, end: int) -> str | None:
        """The speaker that the capitalised words text[start:end] name, if they name one.

        A name the name extractor found there (`found_at`) is taken whole; otherwise the
        words, titles dropped, unless they open with a word that is never a name (The, Monday).
        """
        if self.text.find(".", start, end - 1) >= 0:  # (a scan in C: most names have none)
            stop = _SENTENCE_STOP.search(self.text, start, end)
            if stop is not None:  # "said opposition leader Peter Dutton. Prime Minister ..."
                end = stop.start()
        found = self.found_at(start, end)
        if found is not None:
            return self.name(found)
        lex = lexicon()
        words = self.text[start:end].split()
        if words[0] == "The" and len(words) > 1:
            words = words[1:]  # "The White House said", "The Taliban said": the name after it
        for i in range(len(words) - 2, -1, -1):
            if words[i].endswith(("'s", "’s")):
                words = words[i + 1:]  # "The Post's Okafor Nwosu": whose, then who
                break
        title = titles()
        # Titles, demonyms and a short acronym before a full name: "Ukrainian MP Oleksiy ..."
        while len(words) > 1 and (words[0].lower() in title or words[0].lower() in lex.demonym
                                  or (len(words) > 2 and _ACRONYM.fullmatch(words[0]))):
            words = words[1:]
        if words[0] in lex.never or words[0].lower() in title:  # "the Chancellor, ..."
            return None
        if words[-1].endswith(".") and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]
        value = normalize_name(" ".join(words))
        if len(words) > 1:  # "Colette Heald told ...": "Heald said" later is her too
            self.full.setdefault(_keys(value)[2], value)
        return self.full.get(value.lower(), value)

    def found_at(self, start: int, end: int) -> Name | None:
        """The name (not a place) the extractor found that the capitalised words text[start:end]
        are, run into (a sentence's full stop) or stop short of (past the four words they may
        hold, or an "of": "Bank" of "Bank of England")."""
        last = end - 1 if self.text[end - 1] == "." else end
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.found) and self.found[i].start < end:
            n = self.found[i]
            if n.end >= last and n.kind != "place":
                return n
            i += 1
        return None

    def subject_between(self, a: int, b: int) -> str | None:
        """The last person between a and b who opens a sentence ("Harry Kane won the award.
        He said, ..."), or None: who a pronoun after the last quote's speaker stands for."""
        text = self.text
        i = bisect.bisect_left(self.outside_starts, b) - 1
        a = max(a, self.outside[i - _MAX_ANTECEDENT_NAMES].start if i >= _MAX_ANTECEDENT_NAMES
                else a)  # an antecedent is among the last few names
        while i >= 0 and self.outside[i].start >= a:
            n = self.outside[i]
            if n.kind == PERSON:
                stop = text.rfind(". ", a, n.start)
                opens = max(a, stop + 2 if stop >= 0 else a, text.rfind("\n", a, n.start) + 1)
                if _SUBJECT_LEAD.fullmatch(text, opens, n.start):
                    return self.name(n)
            i -= 1
        return None

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a quotation."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def names_in(self, s0: int, s1: int) -> list[Name]:
        """Names between s0 and s1 that are not inside a quotation."""
        lo = bisect.bisect_left(self.outside_starts, s0)
        hi = bisect.bisect_left(self.outside_starts, s1)
        return self.outside[lo:hi]

    def cues(self, s0: int, s1: int) -> tuple[list[_Cue], bool]:
        """Every place in a sentence (outside quotes) that names who is speaking, and whether
        a pronoun speaks in one: as `_PRONOUN` or `_IT`, resolved per quote (its antecedent
        depends on the quotes before)."""
        text = self.text
        names = self.names_in(s0, s1)
        cues: list[_Cue] = []
        for n in names:
            if text.startswith(_NOUN_CUE_OPENERS, n.end) and _NOUN_CUE.match(text, n.end):
                cues.append(_Cue(n.start, self.name(n), "noun"))
        pronouns: list[int] = []
        pronoun = False
        last_verb = s0  # a subject before another verb is that verb's ("X reported that ...")
        # An unknown name is looked for before a quote only: after one, `_AFTER_NAME` finds it.
        last_quote = self.quote_starts[bisect.bisect_left(self.quote_starts, s1) - 1]
        for m in self._outside_matches(s0, s1):
            word = m.group()
            kind = _CUE_KIND[word]
            if kind == "pron":
                pronouns.append(m.end())
                continue
            if word in _INVERTING:
                # "said Chancellor Olaf Scholz", "according to the Finance Ministry"
                i = bisect.bisect_left(self.outside_starts, m.end())
                if i < len(self.outside) and self.outside[i].start < s1:
                    n = self.outside[i]
                    if _INVERTED_GAP.fullmatch(text, m.end(), n.start):
                        # "said U.N. Secretary-General António Guterres": the organisation
                        # only qualifies the title of the person who speaks.
                        if (n.kind != PERSON and i + 1 < len(self.outside)
                                and self.outside[i + 1].kind == PERSON
                                and _is_title(text[n.end:self.outside[i + 1].start])):
                            n = self.outside[i + 1]
                        cues.append(_Cue(n.start, self.name(n),
                                         "src" if kind == "src" else "verb"))
            if kind == "part":
                cues.append(_Cue(m.start(), None, "part"))
            else:
                who = self._subject(m.start(), names, pronouns, last_verb)
                if who is None and kind == "verb":
                    # "it" is too common a word to look for as "he" is: only right before
                    verb = m.start()
                    if (text[verb - 3:verb] in ("it ", "It ")
                            and (verb - 3 == s0 or not text[verb - 4].isalnum())):
                        who = _IT
                    elif verb < last_quote:
                        who = self._unknown_subject(s0, verb, last_verb)
                if who:
                    cues.append(_Cue(m.start(), who, kind))
                    pronoun = pronoun or who is _PRONOUN or who is _IT
            last_verb = m.end()
        return cues, pronoun

    def _unknown_subject(self, s0: int, verb: int, since: int) -> str | None:
        """A name right before a verb, after ``since`` (the verb before), that the name
        extractor did not find ("Rathbun wrote").

        A single word that opens the sentence ("Officials said") must show itself a proper
        noun: capitalised somewhere else in the text after a lower-case word.
        """
        text = self.text
        stop = verb - 1  # the word before the verb, past "also", "has", ...
        while True:
            word = text[text.rfind(" ", since, stop) + 1:stop]
            if word not in _SPEECH_ADVERBS:
                break
            stop -= len(word) + 1
        if not word or not (word[0].isupper() or word[-1] == ",") or word[-2:-1] in _MARKS:
            return None  # "the ministry said", "he said", '...", said': most fail here, cheaply
        # A name runs to the verb (four words at most) unless an apposition comes between:
        # then it runs to the comma that opens the apposition, one or two commas back.
        if word[-1] == ",":
            m = self._apposed_name(since, stop - 1, verb)
        else:
            m = _BEFORE_VERB.search(text, max(since, stop - _MAX_NAME_CHARS), verb)
        if m is None:
            return None
        start, end = m.span("who")
        if _AFTER_THE_NAME.search(text, max(s0, start - _MAX_NAME_CHARS), start):
            return None  # "the White House said": the end of words after "the", no name
        opens_sentence = not text[s0:start].strip(" \"“‘'([")
        if opens_sentence and " " not in text[start:end] and not _used_as_name(
                text, text[start:end]):
            return None
        return self.who(start, end)

    def _apposed_name(self, since: int, comma: int, verb: int) -> re.Match[str] | None:
        """The name before ", 45, of Dallas," (ending at ``comma``) and a verb."""
        text = self.text
        inner = text.rfind(",", since, comma)
        outer = text.rfind(",", since, inner) if inner > since else -1
        for opens in (outer, inner):  # the farther first, as a search from the left would
            if opens > since and _APPOSED_VERB.fullmatch(text, opens, verb):
                # "Nair, of the Institute, said", else "The study's lead author, Dr. Priya
                # Nair of the Institute, said": the name heading the apposition.
                m = _NAME_END.search(text, max(since, opens - _MAX_NAME_CHARS), opens)
                if m is None or _is_title(" " + m.group("who").removeprefix("The ")):
                    m = _APPOSED_HEAD.match(text, opens)  # "The Chancellor, Rachel Reeves,"
                if m:
                    return m
        return None

    def _outside_matches(self, s0: int, s1: int) -> Iterator[re.Match[str]]:
        """Cue words between s0 and s1, skipping the quotations (they are not the narrator's)."""
        text = self.text
        pos = s0
        i = max(0, bisect.bisect_right(self.quote_starts, s0) - 1)
        while pos < s1:
            while i < len(self.quotes) and self.quotes[i][1] <= pos:
                i += 1
            stop = min(s1, self.quotes[i][0]) if i < len(self.quotes) else s1
            if stop > pos:
                for m in _CUE_RE.finditer(text, pos, stop):
                    a, b = m.span()
                    if not ((a and text[a - 1] > "\x7f" and text[a - 1].isalnum())
                            or (b < stop and text[b] > "\x7f" and text[b].isalnum())):
                        yield m
            if i >= len(self.quotes) or self.quotes[i][0] >= s1:
                break
            pos = self.quotes[i][1]

    def _subject(self, verb: int, names: list[Name], pronouns: list[int],
                 since: int) -> str | None:
        """The name (or pronoun) just before a verb, with only a few plain words between,
        none of them another verb of speech (the name after ``since``)."""
        last: Name | None = None
        for n in names:
            if n.end <= verb:
                last = n
        if pronouns and (last is None or pronouns[-1] > last.end):
            at, last = pronouns[-1], None
        elif last is not None and last.start >= since:
            at = last.end
        else:
            return None
        gap = self.text[at:verb]
        if gap == ", " and last is not None and (
                self.text.endswith(", ", 0, last.start)
                or _AGED_AFTER_COMMA.search(self.text, max(0, last.start - 20), last.start)):
            # "a Kremlin spokesman, Dmitry Peskov, told", "the defendant, 34-year-old Liam
            # Murphy, told"
            return self.name(last)
        if (gap.count(" ") > _MAX_GAP_WORDS + 1 or not _GAP_OK.match(gap)
                or _ROLE_THEN_NAME.match(gap)):
            return None
        return _PRONOUN if last is None else self.name(last)


_POS = attrgetter("pos")
_AGED_AFTER_COMMA = re.compile(r", \d{1,3}-year-old \Z")


#: A sentence that opens with a name (an apposition after it at most) and a verb of speech
#: ("Senator John Cornyn, Republican from Texas, issued a statement ..."): its speaker may go
#: on in the quote after it.
_OPENING_SPEAKER = re.compile(
    r"\s*(?:(?:The|As|But|And|Then|So)\s+)?" + _WHO + f"(?:{_APPOSITION})?"
    + r"\s+(?:(?:" + "|".join(_SPEECH_ADVERB_LIST) + r")\s+){0,2}"
    + r"(?:" + _VERBS + r"|claims|issued\s+a\s+statement)\b")


def _alone(text: str, start: int, end: int, s0: int, s1: int) -> bool:
    """Whether the quote at start:end is a sentence on its own."""
    return not text[s0:start].strip() and not text[end:s1].strip(" .,;")


def _continues(text: str, since: int, start: int, end: int, s0: int, s1: int) -> bool:
    """Whether the quote at start:end, a sentence on its own, goes on from the quote that ended
    at ``since``: only that quote's attribution between ('..." Smith said. "More."'), or
    nothing but a paragraph break (a quote over several paragraphs)."""
    if not _alone(text, start, end, s0, s1):
        return False  # not a sentence on its own: '"Oppenheimer" won', 'the word "treasure"'
    between = text[since:start]
    return len(between) <= _MAX_ATTRIBUTION and len(_SENTENCE_BREAK.findall(between)) <= 1


def _used_as_name(text: str, word: str) -> bool:
    """Whether ``text`` capitalises ``word`` after a lower-case word or a comma somewhere."""
    i = text.find(" " + word)
    while i > 0:
        after = i + 1 + len(word)
        if ((text[i - 1].islower() or text[i - 1] in ",;")
                and (after == len(text) or not text[after].isalnum())):
            return True
        i = text.find(" " + word, after)
    return False


def _resolved(cues: list[_Cue], doc: _Doc, fallback: Fallback) -> list[_Cue]:
    """The cues with a pronoun's speaker worked out; a pronoun standing for no one is none."""
    he = _antecedent(doc, *fallback) if any(c.speaker is _PRONOUN for c in cues) else None
    resolved = []
    for c in cues:
        if c.speaker is _PRONOUN or c.speaker is _IT:
            who = he if c.speaker is _PRONOUN else fallback[2]
            if who:
                resolved.append(_Cue(c.pos, who, c.kind))
        else:
            resolved.append(c)
    return resolved


def _is_title(words: str) -> bool:
    """Whether ``words`` are a title of one to three words ("Secretary-General", "chief
    executive"), as between an organisation and its spokesperson's name."""
    split = words.split()
    return 0 < len(split) <= 3 and words[:1].isspace() and all(
        w.lower() in titles() for w in split)




def _antecedent(doc: _Doc, since: int, s0: int, last_speaker: str | None,
                last_person: Name | None) -> str | None:
    """Who "he" or "she" in the sentence at s0 stands for: a person a sentence since the last
    quote's speaker (which ended at ``since``) is about, else that speaker, else the last
    person named."""
    return (doc.subject_between(since, s0) or last_speaker
            or (doc.name(last_person) if last_person is not None else None))


def _choose(doc: _Doc, start: int, end: int, s0: int, cues: list[_Cue], inner: str,
            fallback: Fallback) -> str | None:
    text = doc.text
    # 1. Attribution right after the quote: ..." Takaichi said / ..." said Takaichi.
    for cue in cues:
        if cue.pos < end or not cue.speaker or cue.kind in ("src", "report"):
            continue
        between = text[end:cue.pos]
        if _ADJACENT.match(between) or (
                cue.kind == "verb" and _INVERTED.fullmatch(between.lstrip(" ,"))):
            return cue.speaker
    # 1b. ... the same with a name the name extractor did not know ("..." Okafor said).
    before = [c for c in cues if c.pos < start]
    m = (_AFTER_NAME.match(text, end) or _AFTER_VERB.match(text, end)
         or _role_of_then_name(doc, end))
    if m and inner.endswith(".") and _NEW_STATEMENT.match(text, m.end()):
        m = None  # '..." Labour MP Jess Phillips said she was shocked': her own statement
    if m and (m.group("verb") in _PLAIN_VERBS
              or not any(c.speaker and c.kind in ("verb", "noun") for c in before)):
        # Another verb ("declared") may open the next quote: 'Lula's statement that "Brazil
        # is back," Mauro Vieira declared, "We ..."' keeps the speaker named before.
        span = m.span("who")
        if m.re is _AFTER_VERB:
            found = doc.found_at(*span)
            if found is not None:
                span = (found.start, found.end)
            # "said Tesla chief executive Elon Musk": the person after the organisation's title
            titled = _TITLED_NAME.match(text, span[1])
            if titled and _is_title(titled.group("title")):
                span = titled.span("who")
            elif _is_title(" " + text[span[0]:span[1]]):
                # "said the Home Secretary, Yvette Cooper": the name after the title
                named = _COMMA_NAME.match(text, span[1])
                if named:
                    span = named.span("who")
        who = doc.who(*span)
        if who:
            return who
    # 2. The nearest speaking subject before the quote (a participle defers to the subject).
    for cue in sorted(before, key=_POS, reverse=True):  # reverse keeps ties in order
        if cue.kind in ("verb", "noun") and cue.speaker:
            return cue.speaker
        if cue.kind == "part":
            if not text[s0:cue.pos].strip():
                # "Describing the vote as "...", Trump praised": the subject follows the clause.
                subject = _first_person_after(doc, end)
            else:
                subject = _sentence_subject(doc, s0, cue.pos, fallback)
            if subject:
                return subject
    # 3. A speaking name after the quote, then a reporting source.
    after = [c for c in cues if c.pos >= end and c.speaker]
    for kinds in (("verb", "noun"), ("src", "report")):
        for cue in after:
            if cue.kind in kinds:
                return cue.speaker
    for cue in before:
        if cue.kind == "src" and cue.speaker:
            return cue.speaker
    # 4. A name and a colon before a quote that ends the line, as in a headline: 'Biden: "We
    # will not ..."'. The name's last word must be used as a name elsewhere ("Watch:" no).
    m = _NAME_COLON.fullmatch(text, s0, start)
    if m and _LINE_END.match(text, end):
        a, b = m.span("who")
        if _used_as_name(text, text[a:b].rsplit(None, 1)[-1]):
            return doc.who(a, b)
    # 5. A longer quote in a sentence that opens with a person's name.
    if len(inner.split()) >= 4:
        return _sentence_subject(doc, s0, start, None)
    return None


def _role_of_then_name(doc: _Doc, end: int) -> re.Match[str] | None:
    """After a quote, a verb, a title of an organisation and the person holding it after a
    comma ('..." said the spokesperson for the Ministry of Foreign Affairs, Lin Jian'), when
    the name extractor found that person; else None."""
    m = _AFTER_VERB_ROLE_OF.match(doc.text, end)
    if m is None:
        return None
    role = m.group("role").rsplit(None, 1)[-1]
    if role not in titles() and role not in ROLES:
        return None
    found = doc.found_at(*m.span("who"))
    return m if found is not None and found.kind == PERSON else None


def _first_person_after(doc: _Doc, pos: int) -> str | None:
    sentence_end = doc.text.find(". ", pos)
    for n in doc.found[bisect.bisect_left(doc.starts, pos):]:
        if n.kind == PERSON and not doc.inside(n.start):
            if 0 <= sentence_end < n.start:
                return None
            return doc.name(n)
    return None


_LEAD_PRONOUN = re.compile(r"\s*(?:[Hh]e|[Ss]he)\b")
_LEAD_CLAUSE = re.compile(r"(?:[^,\"“”]*,\s*)?(?:[A-Z][\w.\-]*\s+)*")


def _sentence_subject(doc: _Doc, s0: int, limit: int, fallback: Fallback | None) -> str | None:
    """The person a sentence opens with (allowing a leading clause), or a leading pronoun."""
    text = doc.text
    if _LEAD_PRONOUN.match(text, s0, limit):
        return _antecedent(doc, *fallback) if fallback else None
    i = bisect.bisect_left(doc.starts, s0)
    if i < len(doc.found) and doc.found[i].start < limit:
        n = doc.found[i]
        lead = text[s0:n.start]
        if n.kind == PERSON and (not lead.strip() or _LEAD_CLAUSE.fullmatch(lead)):
            return doc.name(n)
    return None


@register("quotes", layer="quote", priority=50)
def extract_quotes(text: str, context: Context) -> Iterator[Claim]:
    """Quoted words (kind ``quote``), ``speaker`` set when the sentence names one."""
    yield from find_quotes(text, context.names)
