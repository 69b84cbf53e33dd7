"""Assertions over findings and claims for tests: readable failures that show claims and sources."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas stays unimported until a claims table is actually asked about
    import pandas as pd

    from factcheck.corpus import Corpus
    from factcheck.schema import ClaimRef, Finding

__all__ = [
    "LEVELS",
    "ClaimQuery",
    "FindingQuery",
    "assert_claim",
    "assert_consistent",
    "assert_finding",
    "assert_no_claim",
    "assert_no_contradictions",
    "assert_no_finding",
    "claim_rows",
    "claims_of",
    "corpus_of",
    "describe_finding",
    "findings_of",
]

#: Severities from the most to the least serious; ``level="warning"`` means warning or worse.
LEVELS = ("error", "warning", "info")
#: Verdicts that say two articles agree (possibly in different words).
AGREEING = ("consistent", "alias", "variant")
_CELL = 28  # widest cell of a comparison table; long subjects and ids are cut with an ellipsis
_SHOWN = 3  # nearest candidates shown beside the expectation
_CLAIMS = 4  # claims spelled out per finding


# --- what the assertions accept ---------------------------------------------------------


def findings_of(obj: Any) -> tuple[Finding, ...]:
    """The findings of a check result (anything with ``.findings``) or an iterable of them."""
    found = getattr(obj, "findings", obj)
    if found is None:
        return ()
    return tuple(found)


def claims_of(obj: Any) -> pd.DataFrame:
    """The claims table of a check result (anything with ``.claims``) or the table itself."""
    table = getattr(obj, "claims", obj)
    if not hasattr(table, "to_dict"):
        raise TypeError(f"expected a claims table (pandas DataFrame), got {type(obj).__name__}")
    return table


def corpus_of(obj: Any) -> Corpus | None:
    """The corpus behind a check result, if it carries one (used to name sources)."""
    if hasattr(obj, "articles"):
        return obj  # type: ignore[no-any-return]
    return getattr(obj, "corpus", None)


def _source(corpus: Corpus | None, doc: str) -> str:
    if corpus is None:
        return ""
    try:
        return corpus.article(doc).source or ""
    except KeyError:
        return ""


# --- matching findings ------------------------------------------------------------------


def _mentions(haystacks: Iterable[str], about: str) -> bool:
    # A word prefix, so "endorse" finds "endorsed" and "endorsement" but "war" not "award".
    pattern = re.compile(r"(?<!\w)" + re.escape(about.strip()), re.IGNORECASE)
    return any(pattern.search(h or "") for h in haystacks)


def finding_mentions(finding: Finding, about: str) -> bool:
    """True when ``about`` starts a word (or words) of the finding's subject or message.

    Not the cited sentences: they mention much besides the subject, and a case about
    "endorse" must not also cover a finding about the election that shares a sentence.
    """
    return _mentions((finding.subject, finding.message), about)


def _doc_matches(doc: str, wanted: str) -> bool:
    # Article ids are often long ("003_b0c03d3052d1d258"); a prefix ("003") is enough.
    return doc == wanted or doc.startswith(wanted)


@dataclass(frozen=True)
class FindingQuery:
    """What a finding must look like; a field left as None matches anything."""

    verdict: str | None = None
    about: str | None = None
    rule: str | None = None
    severity: str | None = None
    #: The lowest severity that counts ("warning" = warning or error).
    level: str | None = None
    #: Article ids (or id prefixes) that must all be among the finding's articles.
    docs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from factcheck.schema import SEVERITIES, VERDICTS

        if self.verdict is not None and self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}; valid: {', '.join(VERDICTS)}")
        for name in ("severity", "level"):
            value = getattr(self, name)
            if value is not None and value not in SEVERITIES:
                raise ValueError(f"unknown {name} {value!r}; valid: {', '.join(SEVERITIES)}")

    def fields(self) -> dict[str, str]:
        """The fields this query constrains, as text, in a fixed order."""
        out = {}
        for name in ("verdict", "about", "rule", "severity", "level"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.docs:
            out["docs"] = ", ".join(self.docs)
        return out

    def describe(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.fields().items()) or "any finding"

    def misses(self, finding: Finding) -> list[str]:
        """The names of the fields ``finding`` does not satisfy (empty when it matches)."""
        missed = []
        if self.verdict is not None and finding.verdict != self.verdict:
            missed.append("verdict")
        if self.about is not None and not finding_mentions(finding, self.about):
            missed.append("about")
        if self.rule is not None and finding.rule != self.rule:
            missed.append("rule")
        if self.severity is not None and finding.severity != self.severity:
            missed.append("severity")
        if self.level is not None and not _at_level(finding.severity, self.level):
            missed.append("level")
        if self.docs and not all(any(_doc_matches(d, w) for d in finding.docs) for w in self.docs):
            missed.append("docs")
        return missed

    def matches(self, finding: Finding) -> bool:
        return not self.misses(finding)

    def select(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if self.matches(f)]

    def actual(self, finding: Finding, name: str) -> str:
        """What ``finding`` has for field ``name``, as a table cell shows it."""
        if name == "about":
            return finding.subject or "-"
        if name == "level":
            return finding.severity
        if name == "docs":
            return ", ".join(finding.docs)
        return str(getattr(finding, name))


def _at_level(severity: str, level: str) -> bool:
    if severity not in LEVELS or level not in LEVELS:
        return severity == level
    return LEVELS.index(severity) <= LEVELS.index(level)


# --- matching claims --------------------------------------------------------------------

_NUMBER = re.compile(r"^[-+]?(\d[\d_]*\.?\d*|\.\d+)(e[-+]?\d+)?$", re.IGNORECASE)


def _expected_value(value: Any) -> Any:
    # YAML reads 550e9 as a string and 2026-02-08 as a date; both mean what they look like.
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value.replace("_", ""))
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


@dataclass(frozen=True)
class ClaimQuery:
    """What a claim must look like; a field left as None matches anything.

    ``value`` compares numbers with a relative tolerance ``rel`` (and absolute ``abs``) and
    everything else as normalized text; ``doc`` is an article id or its prefix; ``source``
    matches the article id or the source named in its metadata; ``text`` is a
    case-insensitive part of the surface form.
    """

    kind: str | None = None
    value: Any = None
    unit: str | None = None
    doc: str | None = None
    source: str | None = None
    text: str | None = None
    rel: float = 1e-6
    abs: float = 0.0

    def fields(self) -> dict[str, str]:
        out = {}
        for name in ("kind", "value", "unit", "doc", "source", "text"):
            value = getattr(self, name)
            if value is not None:
                out[name] = _show(_expected_value(value) if name == "value" else value)
        if self.value is not None and isinstance(_expected_value(self.value), float):
            tol = [f"rel {self.rel:g}"] if self.rel else []
            tol += [f"abs {self.abs:g}"] if self.abs else []
            if tol:
                out["value"] += f" ({', '.join(tol)})"
        return out

    def describe(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.fields().items()) or "any claim"

    def misses(self, row: dict[str, Any], corpus: Corpus | None = None) -> list[str]:
        missed = []
        if self.kind is not None and row.get("kind") != self.kind:
            missed.append("kind")
        if self.value is not None and not self._value_matches(row.get("value")):
            missed.append("value")
        if self.unit is not None and (row.get("unit") or "") != self.unit:
            missed.append("unit")
        doc = str(row.get("doc") or "")
        if self.doc is not None and not _doc_matches(doc, self.doc):
            missed.append("doc")
        if self.source is not None and not (
            _doc_matches(doc, self.source)
            or self.source.lower() in _source(corpus, doc).lower()
        ):
            missed.append("source")
        if self.text is not None and self.text.lower() not in str(row.get("text") or "").lower():
            missed.append("text")
        return missed

    def _value_matches(self, actual: Any) -> bool:
        expected = _expected_value(self.value)
        if isinstance(expected, float):
            try:
                number = float(actual)
            except (TypeError, ValueError):
                return False
            return not math.isnan(number) and math.isclose(
                number, expected, rel_tol=self.rel, abs_tol=self.abs
            )
        return _norm(expected) == _norm(actual)

    def distance(self, row: dict[str, Any]) -> float:
        """How far the row's value is from the expected one, to rank near misses."""
        expected = _expected_value(self.value)
        try:
            number = float(row.get("value"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return math.inf
        if not isinstance(expected, float) or math.isnan(number):
            return math.inf
        return abs(math.log10(abs(number) + 1) - math.log10(abs(expected) + 1))

    def actual(self, row: dict[str, Any], name: str, corpus: Corpus | None = None) -> str:
        if name == "source":
            return _source(corpus, str(row.get("doc") or "")) or str(row.get("doc") or "")
        return _show(row.get(name))


def _norm(value: Any) -> str:
    return " ".join(str(value).lower().split()) if value is not None else ""


def _show(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        return f"{value:.6g}" if abs(value) < 1e6 else f"{value:.4g}"
    return str(value)


def claim_rows(claims: Any) -> list[dict[str, Any]]:
    """The rows of a claims table (or a check result's) as dicts, missing values as None."""
    table = claims_of(claims)
    rows: list[dict[str, Any]] = [{str(k): v for k, v in row.items()}
                                  for row in table.to_dict("records")]
    for row in rows:
        for key, value in row.items():
            if value is not None and not isinstance(value, (str, float, int)) and _isna(value):
                row[key] = None
    return rows


def _isna(value: Any) -> bool:
    try:
        return bool(value != value)  # pandas.NA and NaN are not equal to themselves
    except TypeError:
        return True


# --- formatting -------------------------------------------------------------------------


def _cut(text: str, width: int = _CELL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Rows under a header, columns padded to their widest cell; cells are cut to fit."""
    cells = [[_cut(c) for c in header]] + [[_cut(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _mark(cell: str, missed: bool) -> str:
    return f"✗ {cell}" if missed else cell


def compare_findings(query: FindingQuery, findings: Sequence[Finding]) -> str:
    """A table of what was expected beside the nearest findings, misses marked with ✗."""
    ranked = sorted(findings, key=lambda f: (len(query.misses(f)), f.rule, f.subject))[:_SHOWN]
    fields = query.fields() or {"verdict": "any"}
    header = ["", "expected"] + [f"finding {i + 1}" for i in range(len(ranked))]
    rows = []
    for name, expected in fields.items():
        row = [name, expected]
        for finding in ranked:
            row.append(_mark(query.actual(finding, name), name in query.misses(finding)))
        rows.append(row)
    return format_table(header, rows)


def compare_claims(query: ClaimQuery, rows: Sequence[dict[str, Any]],
                   corpus: Corpus | None = None) -> str:
    """A table of the expected claim beside the nearest claims, misses marked with ✗."""
    ranked = sorted(rows, key=lambda r: (len(query.misses(r, corpus)), query.distance(r)))
    ranked = ranked[:_SHOWN]
    fields = query.fields() or {"kind": "any"}
    header = ["", "expected"] + [f"claim {i + 1}" for i in range(len(ranked))]
    table = []
    names = list(fields) + [n for n in ("text", "doc") if n not in fields]
    for name in names:
        row = [name, fields.get(name, "")]
        for claim in ranked:
            missed = name in query.misses(claim, corpus)
            row.append(_mark(query.actual(claim, name, corpus), missed))
        table.append(row)
    return format_table(header, table)


def describe_claim(claim: ClaimRef, corpus: Corpus | None = None) -> str:
    """One cited claim: article, source, surface, value, and the sentence it sits in."""
    source = _source(corpus, claim.doc)
    where = f"{claim.doc} ({source})" if source else claim.doc
    line = f"  - {where}: “{claim.text}” = {_show(claim.value)}"
    if claim.sentence:
        line += f"\n      {_cut(claim.sentence, 160)}"
    return line


def describe_finding(finding: Finding, corpus: Corpus | None = None) -> str:
    """A finding in a few lines: verdict, level, rule, subject, message, claims and sentences."""
    head = f"{finding.verdict} ({finding.severity}) {finding.rule}"
    if finding.subject:
        head += f" about “{finding.subject}”"
    lines = [head, f"  {finding.message}"] if finding.message else [head]
    lines += [describe_claim(c, corpus) for c in finding.claims[:_CLAIMS]]
    if len(finding.claims) > _CLAIMS:
        lines.append(f"  ... and {len(finding.claims) - _CLAIMS} more claims")
    if finding.reasoning:
        lines.append(f"  because: {finding.reasoning}")
    return "\n".join(lines)


def _describe_all(findings: Sequence[Finding], corpus: Corpus | None, limit: int = 10) -> str:
    text = "\n".join(describe_finding(f, corpus) for f in findings[:limit])
    if len(findings) > limit:
        text += f"\n... and {len(findings) - limit} more"
    return text


# --- the assertions ---------------------------------------------------------------------


def _finding_query(verdict: str | None, about: str | None, rule: str | None,
                   severity: str | None, level: str | None,
                   docs: Iterable[str] | str | None) -> FindingQuery:
    if isinstance(docs, str):
        docs = (docs,)
    return FindingQuery(verdict=verdict, about=about, rule=rule, severity=severity, level=level,
                        docs=tuple(docs or ()))


def missing_finding_message(query: FindingQuery, findings: Sequence[Finding],
                            corpus: Corpus | None = None) -> str:
    """Why no finding matched: the expectation beside the nearest findings and their claims."""
    if not findings:
        return f"expected a finding with {query.describe()}, but there are no findings at all"
    ranked = sorted(findings, key=lambda f: (len(query.misses(f)), f.rule, f.subject))
    # Spell out only the near misses: a finding that shares nothing with the query is noise.
    near = [f for f in ranked[:_SHOWN] if len(query.misses(f)) < max(len(query.fields()), 2)]
    text = (f"expected a finding with {query.describe()}; none of {len(findings)} matches\n"
            f"{compare_findings(query, findings)}")
    if near:
        text += f"\n\nnearest:\n{_describe_all(near, corpus)}"
    return text


def unexpected_finding_message(query: FindingQuery, matched: Sequence[Finding],
                               corpus: Corpus | None = None) -> str:
    """Why a negative expectation failed: the findings it should not have met."""
    return (f"expected no finding with {query.describe()}, found {len(matched)}:\n"
            f"{_describe_all(matched, corpus)}")


def assert_finding(findings: Any, *, verdict: str | None = None, about: str | None = None,
                   rule: str | None = None, severity: str | None = None,
                   level: str | None = None, docs: Iterable[str] | str | None = None,
                   ) -> list[Finding]:
    """Fail unless some finding matches; return the matching findings.

    ``findings`` is a check result or an iterable of Finding. ``about`` is a word (or its
    start) in the finding's subject or message; ``docs`` article ids or
    prefixes that must all be involved; ``level`` the lowest severity that counts.
    """
    query = _finding_query(verdict, about, rule, severity, level, docs)
    every = findings_of(findings)
    matched = query.select(every)
    if not matched:
        raise AssertionError(missing_finding_message(query, every, corpus_of(findings)))
    return matched


def assert_no_finding(findings: Any, *, verdict: str | None = None, about: str | None = None,
                      rule: str | None = None, severity: str | None = None,
                      level: str | None = None, docs: Iterable[str] | str | None = None,
                      ) -> None:
    """Fail if any finding matches (same fields as `assert_finding`), listing each one."""
    query = _finding_query(verdict, about, rule, severity, level, docs)
    matched = query.select(findings_of(findings))
    if matched:
        raise AssertionError(unexpected_finding_message(query, matched, corpus_of(findings)))


def assert_no_contradictions(findings: Any, level: str = "error", *,
                             about: str | None = None) -> None:
    """Fail if a contradiction at ``level`` or worse is found (about ``about``, if given)."""
    assert_no_finding(findings, verdict="contradiction", level=level, about=about)


def assert_consistent(corpus_or_result: Any, about: str, *,
                      rules: str | Path | None = None) -> list[Finding]:
    """Fail unless the articles were compared about ``about`` and none contradicts another.

    A corpus is checked first (with the rules in ``rules``, default ``rules/``). Passing
    needs evidence: at least one consistent, alias or variant finding about it, because
    "nothing was compared" is not agreement. Returns those findings.
    """
    result = corpus_or_result
    if not hasattr(result, "findings"):
        result = run_check(corpus_or_result, rules)
    corpus = corpus_of(result)
    every = findings_of(result)
    against = [f for f in every if f.verdict == "contradiction" and finding_mentions(f, about)]
    if against:
        query = FindingQuery(verdict="contradiction", about=about)
        raise AssertionError(unexpected_finding_message(query, against, corpus))
    agreeing = [f for f in every if f.verdict in AGREEING and finding_mentions(f, about)]
    if not agreeing:
        subjects = sorted({f.subject for f in every if f.subject})
        seen = ", ".join(subjects[:12]) + (" ..." if len(subjects) > 12 else "")
        raise AssertionError(
            f"no finding compares the articles about {about!r}, so their agreement is not "
            f"shown; {len(every)} findings are about: {seen or 'nothing'}"
        )
    return agreeing


def run_check(corpus: Any, rules: str | Path | None = None) -> Any:
    """Check a Corpus (or a corpus path) with the rules in ``rules`` (default ``rules/``)."""
    from factcheck.corpus import load_corpus
    from factcheck.engine import check
    from factcheck.rules import load_rules

    if isinstance(corpus, (str, Path)):
        corpus = load_corpus(corpus)
    return check(corpus, load_rules(rules if rules is not None else "rules"))


def _claim_query(kind: str | None, value: Any, unit: str | None, doc: str | None,
                 source: str | None, text: str | None, rel: float, abs_: float) -> ClaimQuery:
    if kind is not None:
        from factcheck.schema import KINDS

        if kind not in KINDS:
            raise ValueError(f"unknown claim kind {kind!r}; valid: {', '.join(KINDS)}")
    return ClaimQuery(kind=kind, value=value, unit=unit, doc=doc, source=source, text=text,
                      rel=rel, abs=abs_)


def missing_claim_message(query: ClaimQuery, rows: Sequence[dict[str, Any]],
                          corpus: Corpus | None = None) -> str:
    """Why no claim matched: the expected claim beside the nearest ones."""
    if not rows:
        return f"expected a claim with {query.describe()}, but the claims table is empty"
    return (f"expected a claim with {query.describe()}; none of {len(rows)} matches\n"
            f"{compare_claims(query, rows, corpus)}")


def unexpected_claim_message(query: ClaimQuery, matched: Sequence[dict[str, Any]],
                             corpus: Corpus | None = None) -> str:
    """Why a negative claim expectation failed: the claims it should not have met."""
    header = ["doc", "source", "text", "kind", "value", "unit"]
    table = [[str(r.get("doc") or ""), _source(corpus, str(r.get("doc") or "")),
              str(r.get("text") or ""), str(r.get("kind") or ""), _show(r.get("value")),
              _show(r.get("unit"))] for r in matched[:10]]
    return (f"expected no claim with {query.describe()}, found {len(matched)}:\n"
            f"{format_table(header, table)}")


def assert_claim(claims: Any, *, kind: str | None = None, value: Any = None,
                 unit: str | None = None, doc: str | None = None, source: str | None = None,
                 text: str | None = None, rel: float = 1e-6, abs: float = 0.0,
                 ) -> list[dict[str, Any]]:
    """Fail unless some claim matches; return the matching rows as dicts.

    ``claims`` is a claims table or a check result. Numbers compare within ``rel`` (relative)
    or ``abs`` (absolute); other values as text ignoring case and spacing.
    """
    query = _claim_query(kind, value, unit, doc, source, text, rel, abs)
    corpus = corpus_of(claims)
    rows = claim_rows(claims)
    matched = [r for r in rows if not query.misses(r, corpus)]
    if not matched:
        raise AssertionError(missing_claim_message(query, rows, corpus))
    return matched


def assert_no_claim(claims: Any, *, kind: str | None = None, value: Any = None,
                    unit: str | None = None, doc: str | None = None, source: str | None = None,
                    text: str | None = None, rel: float = 1e-6, abs: float = 0.0) -> None:
    """Fail if any claim matches (same fields as `assert_claim`), listing each one."""
    query = _claim_query(kind, value, unit, doc, source, text, rel, abs)
    corpus = corpus_of(claims)
    matched = [r for r in claim_rows(claims) if not query.misses(r, corpus)]
    if matched:
        raise AssertionError(unexpected_claim_message(query, matched, corpus))
