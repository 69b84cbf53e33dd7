"""What a check receives (a CheckContext over the framed claims) and helpers to build findings."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from factcheck import align
from factcheck.corpus import Article
from factcheck.frames import records_of
from factcheck.schema import ClaimRef, Finding, jsonable

if TYPE_CHECKING:
    from factcheck.rules import Rule, Vocabulary

#: Verdict -> highest severity it may carry (a contradiction takes the rule's level).
_CAP = {"variant": "warning", "consistent": "info", "alias": "info"}
_RANK = {"error": 0, "warning": 1, "info": 2}
#: Default messages by verdict (a rule's ``message`` is used for all but "consistent").
VERDICT_MESSAGES = {
    "consistent": "{sources} word the {subject} differently but agree: {values}",
    "alias": "{sources} use different names for {subject}: {values}",
    "variant": "{sources} differ on {subject}: {values}",
}


@dataclass
class CheckContext:
    """The framed claims table of a corpus and what checks need beside it."""

    claims: pd.DataFrame
    vocabulary: Vocabulary
    articles: dict[str, Article] = field(default_factory=dict)
    _groups: dict[tuple[Any, ...], list[align.Group]] = field(default_factory=dict)
    _rows: dict[int, Any] = field(default_factory=dict)

    def row(self, label: int) -> Any:
        """The claim at ``label`` as a Row (attribute and key access)."""
        if not self._rows:
            labels = [int(x) for x in self.claims.index]
            self._rows.update(zip(labels, records_of(self.claims), strict=True))
        return self._rows[label]

    def select(self, rule: Rule) -> pd.DataFrame:
        """The claims a rule looks at, from its ``select:`` (kind, unit, event, ...)."""
        frame = self.claims
        for column, values in rule.select.items():
            if column in frame.columns:
                frame = frame[frame[column].isin(list(values))]
        return frame

    def groups(self, rule: Rule, fam: str) -> list[align.Group]:
        """Aligned groups of the rule's claims in one kind family (cached per selection)."""
        key = (fam, tuple(sorted((k, v) for k, v in rule.select.items())))
        if key not in self._groups:
            self._groups[key] = align.align(self.select(rule), fam)
        return self._groups[key]

    def ref(self, label: int) -> ClaimRef:
        """The claim at ``label`` as a finding cites it, with its sentence."""
        row = self.row(label)
        sentence = str(row["sentence"]) if "sentence" in row and not _na(row["sentence"]) else ""
        return ClaimRef(doc=str(row["doc"]), start=int(row["start"]), end=int(row["end"]),
                        text=str(row["text"]), value=jsonable(row["value"]),
                        kind=str(row["kind"]), sentence=sentence,
                        sent_start=int(row["sent_start"]))


class Cited(Protocol):
    """What `comparable` and `scope` need of a check's item: its claim's label and article."""

    @property
    def label(self) -> int: ...

    @property
    def doc(self) -> str: ...


#: Most claim pairs looked at to decide whether two sides speak about the same thing.
PAIR_BUDGET = 5000


def comparable(ctx: CheckContext, sides: Sequence[Sequence[Cited]], min_context: float,
               *, cross_only: bool = False, vocabulary_free: bool = False,
               apart: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether some claims on different sides are about the same thing (roles, entities).

    ``vocabulary_free``: claims whose event the vocabulary names need no clause similarity.
    ``apart``: pairs of labels known to be about two things, not compared.
    """
    budget = PAIR_BUDGET  # enough to find a comparable pair; bounded on huge groups
    for i, side in enumerate(sides):
        for other in sides[i + 1:]:
            for a in side:
                for b in other:
                    budget -= 1
                    if budget < 0:
                        return False
                    if apart and (a.label, b.label) in apart:
                        continue
                    ra, rb = ctx.row(a.label), ctx.row(b.label)
                    need = min_context
                    if vocabulary_free and ra.get("event_source", "") == "vocabulary":
                        need = 0.0
                    if a.doc == b.doc:
                        # one article's figures: comparable where nothing but the wording
                        # of their clauses sets them apart (a repeated sentence)
                        if not cross_only and align.compatible(ra, rb, same_article=True):
                            return True
                    elif align.compatible(ra, rb, min_context=need):
                        return True
    return False


def scope(how: str, items: Iterable[Cited]) -> dict[str, str]:
    """How the claims were aligned, and whether the finding stays within one article."""
    extra = {"aligned_by": how}
    if len({item.doc for item in items}) < 2:
        extra["scope"] = "within-article"  # a sentence repeated with another value
    return extra


def _na(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def severity(verdict: str, level: str) -> str:
    """The severity of a finding: the rule's level, capped by what the verdict allows."""
    cap = _CAP.get(verdict)
    if cap is None:
        return level
    return cap if _RANK[level] < _RANK[cap] else level


def sources(sides: Sequence[Sequence[str]]) -> str:
    """Articles on each side: "000 and 002 vs 003 and 004"."""
    return " vs ".join(_and(sorted(set(side))) for side in sides)


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def cited(surfaces: Iterable[tuple[str, str]], sep: str = " and ") -> str:
    """Surfaces with the articles that write them: “Sunday” (000, 002) and “Thursday” (003).

    ``surfaces`` are (text as written, article id) pairs; equal texts are listed once.
    """
    by_text: dict[str, set[str]] = {}
    for text, doc in surfaces:
        by_text.setdefault(" ".join(text.split()), set()).add(doc)
    return sep.join(f"{quoted(t)} ({', '.join(sorted(d))})" for t, d in sorted(by_text.items()))


def quoted(text: str) -> str:
    """Text in curly quotes, its own quotation marks and trailing comma dropped."""
    inner = " ".join(text.split()).strip("\"“”‘’'")
    inner = inner.rstrip(",").strip("\"“”‘’'")
    if len(inner.split()) > 3 and inner.endswith(".") and not inner.endswith(("..", "U.S.")):
        inner = inner[:-1]  # a quoted sentence's full stop
    return f"“{inner}”"


def make_finding(
    ctx: CheckContext,
    rule: Rule,
    verdict: str,
    sides: Sequence[Sequence[int]],
    compared: Sequence[str],
    *,
    subject: str,
    reasoning: str,
    values: str = "",
    extra: dict[str, Any] | None = None,
    template: str | None = None,
) -> Finding:
    """A finding over claims grouped in sides (one list of claim labels per side)."""
    refs: list[ClaimRef] = []
    side_docs: list[list[str]] = []
    for side in sides:
        side_refs = sorted((ctx.ref(lb) for lb in side), key=lambda r: (r.doc, r.start))
        refs.extend(side_refs)
        side_docs.append([r.doc for r in side_refs])
    if template is None:
        # a rule's message is for what it flags; "consistent" has its own wording
        template = VERDICT_MESSAGES["consistent"] if verdict == "consistent" else rule.message
    doc_sets = [set(d) for d in side_docs]
    disjoint = all(not (a & b) for i, a in enumerate(doc_sets) for b in doc_sets[i + 1:])
    named = sources(side_docs) if disjoint else sources([sorted(set().union(*doc_sets))])
    if (extra or {}).get("scope") == "within-article" and "wire" in (extra or {}).get(
            "aligned_by", ""):
        named += " (a sentence repeated)"
    message = template.format_map(_Template(
        sources=named, subject=subject, values=values or " vs ".join(compared)))
    info = {"sides": [sorted(set(d)) for d in side_docs]}
    info.update(extra or {})
    return Finding(rule=rule.id, verdict=verdict, severity=severity(verdict, rule.level),
                   message=message, reasoning=reasoning, claims=tuple(refs), subject=subject,
                   compared=tuple(sorted(compared)), extra=info)


class _Template(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fmt_number(value: float) -> str:
    """A number as an editor writes it: 550000000000 -> 550bn, 0.6667 -> 0.667, 25.0 -> 25."""
    if math.isnan(value):
        return "?"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}" if value != int(value) else f"{int(value):,}"


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with one per fingerprint (the first seen)."""
    seen: dict[str, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.id, finding)
    return list(seen.values())
