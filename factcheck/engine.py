"""The engine: rules x aligned claims -> findings, in a deterministic order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from factcheck import checks
from factcheck.checks.base import CheckContext, dedupe
from factcheck.corpus import Corpus
from factcheck.errors import RuleFileError
from factcheck.frames import add_frames
from factcheck.rules import RuleSet
from factcheck.schema import VERDICTS, Finding

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_VERDICT_ORDER = {v: i for i, v in enumerate(VERDICTS)}


@dataclass(frozen=True)
class CheckResult:
    """What one run found: the corpus, its framed claims table, the findings and the rules."""

    corpus: Corpus
    claims: pd.DataFrame
    findings: tuple[Finding, ...]
    ruleset: RuleSet


def sort_key(finding: Finding) -> tuple[int, int, str]:
    """Findings order: verdict importance, then severity, then fingerprint."""
    return (_VERDICT_ORDER.get(finding.verdict, len(VERDICTS)),
            _SEVERITY_ORDER.get(finding.severity, 3), finding.id)


def check(
    corpus: Corpus,
    ruleset: RuleSet,
    *,
    claims: pd.DataFrame | None = None,
    progress: Callable[[str], None] | None = None,
) -> CheckResult:
    """Run every enabled rule of ``ruleset`` over ``corpus`` and collect the findings.

    ``claims`` is the corpus claims table; without it the claims are extracted here
    (with the vocabulary's names).
    """
    say = progress or (lambda _msg: None)
    if claims is None:
        from factcheck.extract import corpus_claims

        say(f"extracting claims from {len(corpus.articles)} articles")
        claims = corpus_claims(corpus.articles, names=ruleset.vocabulary.names)
    claims = claims.reset_index(drop=True)
    say(f"framing {len(claims)} claims")
    texts = {a.id: a.text for a in corpus.articles}
    framed = add_frames(claims, texts, events=ruleset.vocabulary.events,
                        aliases=ruleset.vocabulary.aliases, datelines=_datelines(corpus))
    ctx = CheckContext(claims=framed, vocabulary=ruleset.vocabulary,
                       articles={a.id: a for a in corpus.articles})
    found: list[Finding] = []
    for rule in ruleset.rules:
        if not rule.enabled:
            continue
        check_ = checks.get(rule.check)
        if check_ is None:
            raise RuleFileError(f"unknown check {rule.check!r}", path=rule.path)
        say(f"rule {rule.id}")
        found.extend(check_.fn(ctx, rule))
    findings = tuple(sorted(dedupe(found), key=sort_key))
    return CheckResult(corpus=corpus, claims=framed, findings=findings, ruleset=ruleset)


def _datelines(corpus: Corpus) -> dict[str, tuple[int, int]]:
    """Where each article's dateline sits in its body."""
    out = {}
    for article in corpus.articles:
        if article.dateline:
            at = article.text.find(article.dateline, 0, 400)
            if at >= 0:
                out[article.id] = (at, at + len(article.dateline))
    return out
