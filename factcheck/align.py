"""Alignment: which claims across articles are comparable (blocking on frame keys, wire copy)."""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from factcheck.frames import ADJECTIVE_TRIGGERS, EVENT_NOUNS, canonical_word, records_of, stem
from factcheck.periods import per_family
from factcheck.places import places_meet
from factcheck.schema import NAME_KINDS, NUMERIC_KINDS, TEMPORAL_KINDS
from factcheck.units import measured

#: Kind families: claims compare only within one.
FAMILIES: dict[str, tuple[str, ...]] = {
    "temporal": TEMPORAL_KINDS,
    "numeric": NUMERIC_KINDS,
    "name": NAME_KINDS,
    "quote": ("quote",),
}
#: Counted nouns too general to say what was counted: figures with these heads align only
#: with the same event ("144 people killed" and "78 people missing" are not compared).
GENERIC_HEADS = frozenset(stem(w) for w in str.split(
    "person people man men woman women child children resident residents citizen citizens "
    "member members worker workers time times thing things one ones unit units case cases"))
#: Two sentences at least this similar (rapidfuzz ratio, 0-100) are copies of one another.
WIRE_SIMILARITY = 90.0
WIRE_MIN_WORDS = 8
_SHINGLE = 4
_SIGNATURE = 6
_NORM = re.compile(r"[^\w%$£€¥]+")


def family(kind: str) -> str:
    """The family of a claim kind (temporal, numeric, name, quote)."""
    for name, kinds in FAMILIES.items():
        if kind in kinds:
            return name
    return kind


@dataclass(frozen=True)
class Group:
    """Claims (index labels of the framed claims table) that speak about one thing."""

    subject: str
    rows: tuple[int, ...]
    how: str  # "frame", "wire" or "frame+wire"

    def docs(self, frame: pd.DataFrame) -> list[str]:
        return sorted(set(frame.loc[list(self.rows), "doc"]))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def normalize_sentence(text: str) -> str:
    """A sentence reduced for comparison: lowercase words, quotes and punctuation gone."""
    return " ".join(_NORM.sub(" ", text.lower().replace("’", "'")).split())


def _signature(words: list[str]) -> list[int]:
    """A few min-hashes of word shingles: near-identical sentences share at least one."""
    if len(words) < _SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    return sorted(zlib.crc32(s.encode()) for s in shingles)[:_SIGNATURE]


def wire_sentences(sentences: dict[tuple[str, int], str],
                   threshold: float = WIRE_SIMILARITY) -> list[list[tuple[str, int]]]:
    """Clusters of near-identical sentences from different articles.

    ``sentences`` maps (doc, sentence start) to its text. Identical texts are merged first;
    the rest are paired through an inverted index on min-hash shingles, so the cost grows
    with the number of distinct sentences, not its square.
    """
    by_text: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key in sorted(sentences):
        by_text[normalize_sentence(sentences[key])].append(key)
    # Short formulaic sentences ("Shares rose 2% on Monday") match by accident once their
    # figures are masked; only sentences long enough to prove copying are paired.
    texts = sorted(t for t in by_text if len(t.split()) >= WIRE_MIN_WORDS)
    index: dict[int, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for h in _signature(text.split()):
            index[h].append(i)
    uf = _UnionFind()
    for i in range(len(texts)):
        uf.find(i)
    checked: set[tuple[int, int]] = set()
    for bucket in index.values():
        if len(bucket) > 200:
            continue  # a boilerplate shingle; real copies share rarer ones too
        for n, i in enumerate(bucket):
            for j in bucket[n + 1:]:
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                if fuzz.ratio(texts[i], texts[j]) >= threshold:
                    uf.union(i, j)
    clusters: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for i, text in enumerate(texts):
        clusters[uf.find(i)].extend(by_text[text])
    # a sentence repeated in one article counts too: its copies must agree with each other
    return sorted(sorted(c) for c in clusters.values() if len(c) > 1)


def frame_key(row: Any) -> tuple[Hashable, ...] | None:
    """The blocking key of a framed claim, or None when its frame is too weak to align on."""
    fam = family(str(row["kind"]))
    role = str(row.get("role") or "")
    if fam == "temporal":
        event = str(row.get("event") or "")
        if not event or row.get("event_source") == "reporting" or role == "dateline":
            return None
        # A planned date and a date something happened can be the same event (the checks
        # keep past and future occurrences apart); a threat or a call is another event.
        return ("temporal", event, "" if role in ("plan", "actual") else role)
    if fam == "numeric":
        head = str(row.get("head") or "")
        unit = row.get("unit")
        unit = "" if unit is None or pd.isna(unit) else str(unit)
        event = str(row.get("event") or "")
        if row["kind"] == "duration" and event and row.get("event_source") != "reporting":
            # how long after or before an event belongs to the event ("seventeen days after
            # the accident"), whatever word stands next to the figure
            return ("numeric", "duration", canonical_word(unit), "", role, event)
        if not head:
            return None
        # money compares across currencies (via rates); other kinds need the same unit
        unit_key = "" if row["kind"] == "money" else canonical_word(unit) if unit != "%" else unit
        # measures compare across units of one dimension (10 km meets 6.2 miles)
        unit_key = measured(unit) or unit_key
        # "people" counts anything (killed, missing, evacuated): the event says which
        event = event if head in GENERIC_HEADS else ""
        if head in GENERIC_HEADS and (not event or row.get("event_source") == "reporting"):
            return None
        kind = str(row["kind"])
        if is_share(row):
            kind, unit_key = "share", "%"  # "two-thirds" meets "66.7%"
        elif kind in ("number", "quantity") and head in GENERIC_HEADS:
            kind, unit_key = "count", head  # "killing 107" meets "107 people were killed"
        elif kind == "number" and not unit_key:
            # a bare figure named by a noun is a quantity of it: "magnitude 12.8" meets "a
            # magnitude 9.0 quake", "the 33" (miners) meets "33 miners"
            kind, unit_key = "quantity", canonical_word(head)
        return ("numeric", kind, unit_key, head, role, event)
    return None


def is_share(row: Any) -> bool:
    """Whether a figure is a share of a whole: a percent, or a fraction such as two-thirds."""
    if row["kind"] == "percent":
        return True
    unit = row.get("unit")
    try:
        value = float(row["value"])
    except (TypeError, ValueError):
        return False
    return bool(row["kind"] == "number" and not isinstance(unit, str) and 0 < value < 1)


def align(
    frame: pd.DataFrame,
    fam: str,
    *,
    key: Callable[[Any], tuple[Hashable, ...] | None] = frame_key,
    wire: bool = True,
) -> list[Group]:
    """Groups of comparable claims of one family across articles.

    Claims sharing a frame key (family, event or head noun, role) are linked; so are claims
    at the same position in near-identical sentences of different articles (wire copy).
    Groups spanning one article only are dropped.
    """
    rows = frame[frame["kind"].isin(FAMILIES.get(fam, (fam,)))]
    if rows.empty:
        return []
    labels: list[int] = [int(x) for x in rows.index]
    records: list[Any] = records_of(rows)
    by_label = dict(zip(labels, records, strict=True))
    uf = _UnionFind()
    how: dict[int, set[str]] = defaultdict(set)
    subject: dict[int, str] = {}
    blocks: dict[tuple[Hashable, ...], list[int]] = defaultdict(list)
    for position, row in enumerate(records):
        k = key(row)
        if k is not None:
            blocks[k].append(labels[position])
    for k, members in blocks.items():
        for m in members:
            subject.setdefault(m, _subject(k))
            how[m].add("frame")
        for m in members[1:]:
            uf.union(members[0], m)
    if wire and "sentence" in rows.columns:
        sentences = _masked_sentences(records)
        by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
        for label, r in by_label.items():
            by_sentence[(str(r.doc), int(r.sent_start))].append(label)
        for cluster in wire_sentences(sentences):
            for members in _wire_slots(cluster, by_sentence, by_label):
                for m in members:
                    how[m].add("wire")
                    subject.setdefault(m, _wire_subject(by_label[m]))
                for m in members[1:]:
                    uf.union(members[0], m)
    components: dict[int, list[int]] = defaultdict(list)
    for label in uf.parent:
        components[uf.find(label)].append(label)
    parts = [part for members in components.values()
             for by_holder in _split_by(sorted(members), by_label, "holder")
             for by_origin in _split_by(by_holder, by_label, "origin")
             for part in _split_by(by_origin, by_label, "per", per_family)]
    groups = []
    for members in parts:
        hows = set().union(*(how[m] for m in members))
        if len({by_label[m].doc for m in members}) < 2 and "wire" not in hows:
            continue
        subj = _group_subject([by_label[m] for m in members]) or subject.get(members[0], "")
        groups.append(Group(subj, tuple(members), "+".join(sorted(hows))))
    groups.sort(key=lambda g: g.rows)
    return groups


def _split_by(members: list[int], by_label: dict[int, Any], column: str,
              key: Callable[[str], str] = str) -> list[list[int]]:
    """A group split by a frame column that tells figures apart: whose figures they are
    (``holder``: "Chega won 58 seats", "the alliance's 89 seats"), where a distance is
    measured from (``origin``, '|'-joined words: two origins sharing a word are one) or what a
    rate is per (``per``, by ``key``: its family, "a month" and "a year" convert). One part
    per value, and one for figures naming none when several are named (with a single value,
    figures naming none stay with it)."""
    values = {m: key(str(getattr(by_label[m], column, "") or "")) for m in members}
    named = sorted(set(values.values()) - {""})
    if len(named) < 2:
        return [members]
    index = {value: i for i, value in enumerate(named)}
    same = _UnionFind()
    first_with: dict[str, int] = {}  # word -> the first value holding it
    for value, i in index.items():
        same.find(i)
        for word in value.split("|"):
            same.union(i, first_with.setdefault(word, i))
    parts: dict[int, list[int]] = defaultdict(list)
    rest = []
    for m in members:
        if values[m]:
            parts[same.find(index[values[m]])].append(m)
        else:
            rest.append(m)
    if len(parts) < 2:
        return [members]
    return [*parts.values(), rest] if rest else list(parts.values())


def _masked_sentences(records: list[Any]) -> dict[tuple[str, int], str]:
    """Each sentence with its claims replaced by their kind, so that copies of a sentence
    still match when the claim itself was changed ("March 19" / "March 18")."""
    spans: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    text: dict[tuple[str, int], str] = {}
    for r in records:
        key = (str(r.doc), int(r.sent_start))
        text[key] = str(r.sentence)
        spans[key].append((int(r.start) - key[1], int(r.end) - key[1], str(r.kind)))
    out = {}
    for key, sentence in text.items():
        pieces, pos = [], 0
        for start, end, kind in sorted(spans[key]):
            if start < pos or end > len(sentence) or start < 0:
                continue
            pieces.append(sentence[pos:start] + f" {kind} ")
            pos = end
        out[key] = "".join(pieces) + sentence[pos:]
    return out


def _local_context(row: Any, width: int = 30) -> str:
    """The words just around a claim in its sentence, the claim itself left out."""
    sentence = str(getattr(row, "sentence", "") or "")
    at = int(row.start) - int(row.sent_start)
    length = int(row.end) - int(row.start)
    return normalize_sentence(sentence[max(0, at - width):at] + " _ "
                              + sentence[at + length:at + length + width])


def _wire_slots(cluster: list[tuple[str, int]], by_sentence: dict[tuple[str, int], list[int]],
                by_label: dict[int, Any]) -> list[list[int]]:
    """Claims at the same place in copies of one sentence: same kind, similar words around."""
    slots: list[tuple[str, str, list[int], set[tuple[str, int]]]] = []
    for sent in cluster:
        for label in sorted(by_sentence[sent], key=lambda lb: int(by_label[lb].start)):
            row = by_label[label]
            if getattr(row, "role", "") == "dateline":
                continue
            context = _local_context(row)
            best, best_score = None, 50.0
            for slot in slots:
                if slot[0] != row.kind or sent in slot[3]:
                    continue
                score = fuzz.ratio(context, slot[1])
                if score >= best_score:
                    best, best_score = slot, score
            if best is None:
                slots.append((str(row.kind), context, [label], {sent}))
            else:
                best[2].append(label)
                best[3].add(sent)
    return [slot[2] for slot in slots if len(slot[3]) > 1]


def _group_subject(rows: list[Any]) -> str:
    """What a group is about, in a word an editor would use: the vocabulary event, else the
    commonest trigger (nouns before verb forms), else the head noun."""
    if rows and family(str(rows[0].kind)) == "numeric":
        heads = sorted({str(getattr(r, "head", "") or "") for r in rows} - {""})
        if heads and all(r.kind == "age" for r in rows):
            return f"{heads[0].title()}'s age"
        shared = {str(r.event) for r in rows if r.event}
        if heads and set(heads) <= GENERIC_HEADS and len(shared) == 1 and (
                event := shared.pop()) in EVENT_NOUNS:
            return EVENT_NOUNS[event]  # "126 people" killed: "deaths", not "person"
        if heads:
            return _head_word(rows, heads[0])
    events = sorted({str(r.event) for r in rows
                     if getattr(r, "event_source", "") == "vocabulary" and r.event})
    if events:
        return events[0]
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        trigger = str(getattr(r, "trigger", "") or "").lower()
        if trigger and getattr(r, "event_source", "") != "reporting":
            counts[trigger] += 1
    if counts:
        best = min(counts, key=lambda t: (t in ADJECTIVE_TRIGGERS, t.endswith(("ed", "ing")),
                                          -counts[t], t))
        shared = {str(r.event) for r in rows if r.event}
        event = shared.pop() if len(shared) == 1 else ""
        if (best in ADJECTIVE_TRIGGERS or best.endswith(("ed", "ing")) or " " in best
                or len(counts) > 1) and event in EVENT_NOUNS:
            # "the start", not "the broke out"; "the sentence" of "sentenced" and "in jail"
            return EVENT_NOUNS[event]
        return best
    heads = sorted({str(getattr(r, "head", "") or "") for r in rows} - {""})
    if heads:
        return heads[0]
    if rows and all(getattr(r, "event_source", "") == "reporting" for r in rows):
        return REPORTED  # only "said" beside them: not "the say"
    return ""


#: The subject of claims aligned only by the verb that reports them ("..., officials said").
REPORTED = "event they report"

_WORDS = re.compile(r"[a-z]+")


def _head_word(rows: list[Any], head: str) -> str:
    """The word an editor reads for a head stem ("prefectur" -> "prefecture"): the shortest
    word of the claims' texts and clauses with that stem, else the counted noun as written
    where the head is the claims' unit ("person" -> "people"), else the stem itself."""
    words = {w for r in rows
             for w in _WORDS.findall(f"{r.text} {getattr(r, 'context', '') or ''}".lower())
             if canonical_word(w) == head}
    if not words:  # a counted noun the stem does not give back ("people" counts "person")
        words = {said[-1] for r in rows if getattr(r, "unit", "") == head
                 and (said := _WORDS.findall(str(r.text).lower()))}
    return min(words, key=lambda w: (len(w), w)) if words else head


def _subject(key: tuple[Hashable, ...]) -> str:
    if key[0] == "temporal":
        return str(key[1])
    if key[0] == "numeric":
        return str(key[3])
    return " ".join(str(k) for k in key)


def _wire_subject(row: Any) -> str:
    return str(getattr(row, "head", "") or getattr(row, "event", "") or row.kind)


def compatible(a: Any, b: Any, *, min_context: float = 0.0, same_article: bool = False) -> bool:
    """Whether two aligned claims can be about the same thing (roles, entities, context).

    Claims of one article are never compared unless ``same_article`` (a sentence repeated
    with another figure): then all but the clauses' wording must meet.
    """
    if str(a["doc"]) == str(b["doc"]) and not same_article:
        return False
    role_a, role_b = str(a.get("role") or ""), str(b.get("role") or "")
    if str(a.get("kind")) in FAMILIES["temporal"]:
        role_a, role_b = (("" if r in ("plan", "actual") else r) for r in (role_a, role_b))
    if role_a != role_b:
        return False
    # Places in the clause must meet ("visit to China" vs "visit to Japan"), unless the
    # vocabulary says both triggers announce one event. People are not compared: extraction
    # finds "Donald Trump" in one article and misses a bare "Trump" in another.
    vocabulary = a.get("event_source") == "vocabulary" and b.get("event_source") == "vocabulary"
    pa = {e.lower() for e in str(a.get("places") or "").split("|") if e.strip()}
    pb = {e.lower() for e in str(b.get("places") or "").split("|") if e.strip()}
    if pa and pb and not places_meet(pa, pb) and not vocabulary:
        return False
    # "a 25% tariff on cars" and "a 10% tariff on steel" are two tariffs
    ta, tb = str(a.get("target") or ""), str(b.get("target") or "")
    if ta and tb and ta != tb:
        return False
    # "Chega won 58 seats" and "the alliance's 89 seats" are two parties' figures
    ha, hb = str(a.get("holder") or ""), str(b.get("holder") or "")
    if ha and hb and ha != hb:
        return False
    # "$15 an hour" and "$15 a day" are two rates; "$600 a month" converts to "$7,200 a year"
    ra, rb = str(a.get("per") or ""), str(b.get("per") or "")
    if ra and rb and per_family(ra) != per_family(rb):
        return False
    # "rose 2% on Monday" and "rose 3% on Tuesday" are two days' figures
    wa, wb = str(a.get("when") or ""), str(b.get("when") or "")
    if wa and wb and (wa.split("/")[1] < wb.split("/")[0] or wb.split("/")[1] < wa.split("/")[0]):
        return False
    # "45 km north of Copiapó" and "5 km from the mine's entrance" are two distances
    oa = set(str(a.get("origin") or "").split("|")) - {""}
    ob = set(str(b.get("origin") or "").split("|")) - {""}
    if oa and ob and not oa & ob:
        return False
    if same_article:
        return True
    ca, cb = str(a.get("context") or ""), str(b.get("context") or "")
    # contexts are compared only when both are known (a claims table may carry none)
    return not (min_context > 0 and ca and cb and fuzz.token_set_ratio(ca, cb) < min_context)
