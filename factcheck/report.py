"""The report: an editor's brief in Markdown and the findings as JSON; same input, same bytes."""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factcheck.review import (
    LEVEL_RANK,
    ReviewState,
    at_or_above,
    classify,
    failing,
)
from factcheck.schema import NAME_KINDS, SEVERITIES, VERDICTS, ClaimRef, Finding, jsonable
from factcheck.text import sentence_of, sentence_spans

#: Verdicts in the order an editor needs them: what disagrees first, what agrees last.
VERDICT_ORDER = ("contradiction", "variant", "alias", "consistent")
VERDICT_TITLES = {
    "contradiction": "Contradictions",
    "variant": "Variants (wording drifts)",
    "alias": "Aliases (one thing, several names)",
    "consistent": "Consistent (the sources agree)",
}
VERDICT_HELP = {
    "contradiction": "the sources cannot all be right",
    "variant": "the same fact or quote, worded differently",
    "alias": "different names for the same thing",
    "consistent": "the sources agree",
}
#: Sentences at least this similar (difflib ratio over words) get a word diff.
DIFF_RATIO = 0.7

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the characters that can
# open emphasis, code, links, tables, headings (or close them) and strikethrough anywhere in a
# line. Our escaped text never starts a line, but a leading list or heading marker is escaped too.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_LINE_START = re.compile(r"^([-+=>]|\d+(?=[.)]))")


def md_escape(text: Any) -> str:
    """Article text as inert Markdown: one line, no emphasis, code, links, HTML or table breaks."""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _MD_SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit()
                           else "\\" + m.group(1), flat)


def _code(text: Any) -> str:
    """Inline code that survives backticks and pipes inside it."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    longest = max((len(m) for m in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


# --- ordering and counting ----------------------------------------------------------------


def importance(finding: Finding, state: ReviewState | None = None) -> tuple[Any, ...]:
    """Sort key: contradictions first, then by level, new before accepted, then stable fields."""
    verdict = VERDICT_ORDER.index(finding.verdict) if finding.verdict in VERDICT_ORDER else 9
    status = state.status(finding.id) if state else "new"
    return (verdict, -LEVEL_RANK.get(finding.severity, 0), status != "new", finding.rule,
            " ".join(finding.subject.lower().split()), finding.docs, finding.id)


def ordered(findings: Iterable[Finding], state: ReviewState | None = None) -> list[Finding]:
    """Findings in report order."""
    return sorted(findings, key=lambda f: importance(f, state))


def _claims_by_kind(claims: Any) -> list[tuple[str, int, int]]:
    if claims is None or len(claims) == 0:
        return []
    rows = []
    for kind, group in claims.groupby("kind", sort=True):
        rows.append((str(kind), len(group), int(group["doc"].nunique())))
    return rows


def summary(result: Any, state: ReviewState | None, fail_on: str = "error") -> dict[str, Any]:
    """Counts for the headline: findings by verdict and level, by review state, claims by kind."""
    state = state or ReviewState()
    findings = list(result.findings)
    split = classify(findings, state)
    by_verdict: dict[str, dict[str, int]] = {}
    for f in findings:
        if state.status(f.id) == "dismissed":
            continue
        row = by_verdict.setdefault(f.verdict, {})
        row[f.severity] = row.get(f.severity, 0) + 1
    fails = failing(findings, state, fail_on)
    return {
        "articles": len(result.corpus.articles),
        "problems": len(input_problems(result)),
        "findings": len(findings),
        "by_verdict": by_verdict,
        "review": {"new": len(split.new), "accepted": len(split.accepted),
                   "dismissed": len(split.dismissed), "stale": len(split.stale)},
        "claims": {kind: n for kind, n, _ in _claims_by_kind(result.claims)},
        "fail_on": fail_on,
        "failing": len(fails),
        "fails": bool(fails),
    }


# --- JSON ---------------------------------------------------------------------------------


def render_json(result: Any, decisions: ReviewState | None = None, *,
                fail_on: str = "error") -> str:
    """The findings as JSON (the contract in DESIGN.md) plus articles, problems, review, summary.

    Every finding is listed, dismissed ones too, each with ``review.status``; findings are in
    report order, everything else in sorted order.
    """
    state = decisions or ReviewState()
    split = classify(result.findings, state)
    findings = []
    for f in ordered(result.findings, state):
        item = f.to_json()
        decision = state.get(f.id)
        item["review"] = {"status": "new"} if decision is None else {
            "status": decision.status, "by": decision.by, "at": decision.at, "note": decision.note}
        item["fails"] = (decision is None and fail_on != "never"
                         and at_or_above(f.severity, fail_on))
        for claim, ref in zip(item["claims"], f.claims, strict=True):
            claim["kind"] = ref.kind
        ops = diff_ops(f)
        if ops is not None:
            item["diff"] = [{"op": str(o["op"]), "a": str(o["a"]), "b": str(o["b"])} for o in ops]
        findings.append(item)
    articles = [{
        "id": a.id, "path": a.path, "title": a.title, "source": a.source, "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "dateline": a.dateline,
        "reference_date": a.reference_date.isoformat() if a.reference_date else None,
        "reference_reason": a.reference_reason, "reference_certain": a.reference_certain,
    } for a in result.corpus.articles]
    problems = [{"path": p.path, "line": p.line, "message": p.message}
                for p in input_problems(result)]
    payload = {
        "corpus": result.corpus.name,
        "findings": findings,
        "articles": articles,
        "problems": problems,
        "stale": [{"id": k, "status": d.status, "rule": d.rule, "summary": d.summary}
                  for k, d in split.stale],
        "summary": summary(result, state, fail_on),
    }
    return json.dumps(_clean(payload), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return jsonable(value)


# --- Markdown -----------------------------------------------------------------------------


def render_markdown(result: Any, decisions: ReviewState | None = None, *,
                    fail_on: str = "error") -> str:
    """The report as Markdown: headline, findings by importance, claims appendix."""
    state = decisions or ReviewState()
    corpus = result.corpus
    texts = {a.id: a.text for a in corpus.articles}
    sources = {a.id: a.source or "" for a in corpus.articles}
    split = classify(result.findings, state)
    fails = failing(result.findings, state, fail_on)
    out: list[str] = [f"# Fact-check report: {md_escape(corpus.name)}", ""]

    if fail_on == "never":
        out.append("**Result: passes.** The failing level is `never`: no finding fails the run.")
    elif fails:
        out.append(f"**Result: FAILS.** {_n(len(fails), 'new finding')} at or above "
                   f"`{fail_on}` (the failing level) {'needs' if len(fails) == 1 else 'need'} "
                   "an editor: accept or dismiss with `factcheck review`.")
    else:
        out.append(f"**Result: passes.** No new finding at or above `{fail_on}` "
                   "(the failing level).")
    out.append("")
    out.extend(_headline(result, state, split))
    out.extend(_articles_section(corpus, input_problems(result)))
    shown = [f for f in ordered(result.findings, state) if state.status(f.id) != "dismissed"]
    out.extend(_findings_section(shown, state, texts, sources, fail_on))
    out.extend(_review_section(split))
    out.extend(_appendix(result.claims, corpus))
    return "\n".join(_tidy(out)).rstrip("\n") + "\n"


def _tidy(lines: list[str]) -> list[str]:
    """No runs of blank lines (they make no difference to Markdown, only to diffs of it)."""
    result: list[str] = []
    for line in lines:
        if line == "" and result and result[-1] == "":
            continue
        result.append(line)
    return result


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _verdict_count(count: int, verdict: str) -> str:
    if verdict == "consistent":
        return f"{count} consistent"
    if verdict == "alias":
        return f"{count} alias" + ("" if count == 1 else "es")
    return _n(count, md_escape(verdict))


def _headline(result: Any, state: ReviewState, split: Any) -> list[str]:
    corpus = result.corpus
    shown = [f for f in result.findings if state.status(f.id) != "dismissed"]
    verdicts = Counter(f.verdict for f in shown)
    parts = [_verdict_count(verdicts[v], v) for v in VERDICT_ORDER if verdicts[v]]
    parts += [_verdict_count(verdicts[v], v) for v in sorted(verdicts) if v not in VERDICT_ORDER]
    line = (f"{_n(len(corpus.articles), 'article')}, {_n(len(shown), 'finding')}"
            + (f" ({', '.join(parts)})" if parts else ""))
    # Agreement needs no editor: "new" counts what is left to decide.
    to_decide = [f for f in split.new if f.verdict != "consistent"]
    review = [f"{len(to_decide)} new to decide", f"{len(split.accepted)} accepted"]
    if split.dismissed:
        review.append(f"{len(split.dismissed)} dismissed (hidden)")
    if split.stale:
        review.append(f"{len(split.stale)} stale decisions")
    out = ["## Summary", "", f"{line}. Review: {', '.join(review)}."]
    problems = input_problems(result)
    if problems:
        out.append(f"**{_n(len(problems), 'input')} could not be read** and "
                   f"{'was' if len(problems) == 1 else 'were'} left out (see Problems).")
    out.append("")
    if shown:
        levels = [s for s in SEVERITIES if any(f.severity == s for f in shown)]
        out.append("| verdict | " + " | ".join(levels) + " | total |")
        out.append("|---|" + "---:|" * (len(levels) + 1))
        known = [v for v in VERDICT_ORDER if verdicts[v]] + sorted(
            v for v in verdicts if v not in VERDICT_ORDER)
        for verdict in known:
            counts = Counter(f.severity for f in shown if f.verdict == verdict)
            cells = " | ".join(str(counts[s]) if counts[s] else "·" for s in levels)
            out.append(f"| {md_escape(verdict)} | {cells} | {verdicts[verdict]} |")
        out.append("")
    kinds = _claims_by_kind(result.claims)
    if kinds:
        total = sum(n for _, n, _ in kinds)
        out.append(f"Claims read: {total} "
                   f"({', '.join(f'{n} {md_escape(k)}' for k, n, _ in kinds)}).")
        out.append("")
    return out


def input_problems(result: Any) -> list[Any]:
    """Articles and rule files that could not be read, in the order they are reported."""
    ruleset = getattr(result, "ruleset", None)
    return [*result.corpus.problems, *getattr(ruleset, "problems", ())]


def _articles_section(corpus: Any, problems: list[Any]) -> list[str]:
    out = ["## Articles", "",
           "| article | source | reference date | why that date |", "|---|---|---|---|"]
    for a in corpus.articles:
        source = md_escape(a.source) if a.source else "*unknown*"
        if a.title:
            source += f"<br>{_italic(a.title)}"
        when = a.reference_date.isoformat() if a.reference_date else "none"
        if a.reference_date and not a.reference_certain:
            when += " (estimate)"
        out.append(f"| {_code(a.id)} | {source} | {when} | {md_escape(a.reference_reason)} |")
    out.append("")
    if problems:
        out += ["### Problems", "", "These inputs could not be read; the rest was checked "
                "without them.", ""]
        for p in problems:
            where = p.path or "?"
            if p.line is not None:
                where += f":{p.line}"
            out.append(f"- {_code(where)}: {md_escape(p.message)}")
        out.append("")
    return out


def _italic(text: str) -> str:
    return f"<em>{md_escape(text)}</em>"


def _findings_section(findings: list[Finding], state: ReviewState, texts: dict[str, str],
                      sources: dict[str, str], fail_on: str) -> list[str]:
    out = ["## Findings", ""]
    if not findings:
        return out + ["No findings.", ""]
    number = 0
    for verdict in list(VERDICT_ORDER) + sorted({f.verdict for f in findings} - set(VERDICTS)):
        group = [f for f in findings if f.verdict == verdict]
        if not group:
            continue
        title = VERDICT_TITLES.get(verdict, md_escape(verdict))
        folded = verdict == "consistent"
        if folded:
            # Agreement is the common case: keep it out of the way, one click to open.
            out += [f"<details><summary><strong>{title}: {len(group)}</strong></summary>", ""]
        else:
            out += [f"### {title}: {len(group)}", ""]
        for finding in group:
            number += 1
            out.extend(_finding(number, finding, state, texts, sources, fail_on))
        if folded:
            out += ["</details>", ""]
    return out


def _finding(number: int, f: Finding, state: ReviewState, texts: dict[str, str],
             sources: dict[str, str], fail_on: str) -> list[str]:
    decision = state.get(f.id)
    fails = decision is None and fail_on != "never" and at_or_above(f.severity, fail_on)
    out = [f"#### {number}. {md_escape(f.message)}", ""]
    meta = [f"**{md_escape(f.verdict)}**", f"level **{md_escape(f.severity)}**",
            f"rule {_code(f.rule)}"]
    if f.subject:
        meta.append(f"subject: {md_escape(f.subject)}")
    meta.append(f"id {_code(f.id)}")
    out += [" · ".join(meta), ""]
    if decision is None:
        status = "**new**" + (" (fails the run)" if fails else "")
    else:
        when = decision.at[:10] if decision.at else "?"
        status = f"**{decision.status}** by {md_escape(decision.by or 'unknown')} on {when}"
        if decision.note:
            status += f": {md_escape(decision.note)}"
    out += [f"Review: {status}", ""]
    out += ["| article | what it says |", "|---|---|"]
    for doc, sentence, spans in cited_sentences(f.claims, texts):
        article = _code(doc)
        if sources.get(doc):
            article += f"<br>{md_escape(sources[doc])}"
        missing = [c.text for c in f.claims if c.doc == doc and (-1, len(c.text)) in spans
                   and c.text not in sentence]
        out.append(f"| {article} | {_sentence_md(sentence, spans, missing)} |")
    out.append("")
    diff = _diff_lines(f, texts)
    if diff:
        out += diff
    if f.reasoning:
        out += [f"**Why:** {md_escape(f.reasoning)}", ""]
    return out


@functools.lru_cache(maxsize=64)
def _spans(text: str) -> list[tuple[int, int]]:
    return sentence_spans(text)


def _sentence(claim: ClaimRef, text: str | None) -> tuple[str, int]:
    """The sentence around a claim and its offset in the article."""
    if claim.sentence:
        return claim.sentence, claim.sent_start
    if text and 0 <= claim.start <= len(text):
        start, end = sentence_of(_spans(text), claim.start)
        if start <= claim.start and claim.end <= end:
            return text[start:end], start
    return claim.text, claim.start


def cited_sentences(claims: Sequence[ClaimRef], texts: Mapping[str, str]
                    ) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """The claims grouped by the sentence they sit in: (doc, sentence, spans in it).

    In the order first cited; a sentence cited for two claims appears once, with both spans.
    A claim whose span cannot be found in its sentence is appended to it in brackets.
    """
    groups: dict[tuple[str, int, str], list[tuple[int, int]]] = {}
    for claim in claims:
        sentence, offset = _sentence(claim, texts.get(claim.doc))
        lo, hi = claim.start - offset, claim.end - offset
        if not (0 <= lo <= hi <= len(sentence)) or sentence[lo:hi] != claim.text:
            at = sentence.find(claim.text) if claim.text else -1
            lo, hi = (at, at + len(claim.text)) if at >= 0 else (-1, -1)
        # Keyed by the text, not the offset: a paragraph an article repeats is shown once.
        spans = groups.setdefault((claim.doc, 0, sentence), [])
        if lo < 0:
            spans.append((-1, len(claim.text)))
        elif (lo, hi) not in spans:
            spans.append((lo, hi))
    return [(doc, sentence, spans) for (doc, _, sentence), spans in groups.items()]


def _sentence_md(sentence: str, spans: list[tuple[int, int]], missing: Sequence[str] = ()) -> str:
    """A sentence as Markdown with its spans bold; overlapping spans are merged."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(s for s in spans if s[0] >= 0):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    out, at = "", 0
    for lo, hi in merged:
        before = sentence[at:lo]
        # Keep the spaces that md_escape would swallow at the seams.
        if before.strip():
            out += (" " if before[:1].isspace() and out else "") + md_escape(before)
        if before[-1:].isspace() and out:
            out += " "
        prev = sentence[lo - 1:lo] if lo else ""
        out += _strong(sentence[lo:hi], prev, sentence[hi:hi + 1])
        at = hi
    rest = sentence[at:]
    if rest.strip():
        out += (" " if rest[:1].isspace() and out else "") + md_escape(rest)
    for text in missing:
        out += f" ({_strong(text, '', '')})"
    return out.strip()


def _strong(span: str, prev: str, nxt: str) -> str:
    """Bold a span; ``**`` unless the neighbours would stop it from counting as emphasis."""
    inner = md_escape(span)
    if not inner:
        return ""
    risky = ((prev.isalnum() and not span[:1].isalnum())
             or (nxt.isalnum() and not span[-1:].isalnum()))
    return f"<strong>{inner}</strong>" if risky else f"**{inner}**"


# --- word diff ----------------------------------------------------------------------------


#: Typography that differs between outlets but not in meaning: curly quotes, dashes, spaces.
_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                             "\u00a0": " "})


def plain(text: str) -> str:
    """Text with typographic variants folded, so a diff shows changed words, not quote marks."""
    return text.translate(_TYPOGRAPHY)


def word_diff(old: str, new: str) -> str:
    """A word-level diff as Markdown: removed words struck through, added words underlined."""
    a, b = plain(old).split(), plain(new).split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(md_escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{md_escape(' '.join(a[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{md_escape(' '.join(b[j1:j2]))}</ins>")
    return " ".join(p for p in parts if p)


def similarity(old: str, new: str) -> float:
    """How alike two texts are, word by word (0..1)."""
    return difflib.SequenceMatcher(a=plain(old).lower().split(), b=plain(new).lower().split(),
                                   autojunk=False).ratio()


def diff_ops(finding: Finding) -> list[dict[str, str]] | None:
    """The word diff a check computed (``extra["diff"]``: ops with op, a, b), if well formed."""
    given = finding.extra.get("diff") if finding.extra else None
    if not isinstance(given, list) or not given:
        return None
    if not all(isinstance(op, dict) and {"op", "a", "b"} <= set(op) for op in given):
        return None
    return given


def ops_markdown(ops: list[dict[str, str]]) -> str:
    """A check's diff ops as Markdown, marked like `word_diff`."""
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(md_escape(op["a"]))
            continue
        if str(op["a"]).strip():
            parts.append(f"<del>{md_escape(op['a'])}</del>")
        if str(op["b"]).strip():
            parts.append(f"<ins>{md_escape(op['b'])}</ins>")
    return " ".join(p for p in parts if p)


def diff_pair(finding: Finding) -> tuple[str, str]:
    """The two articles a check's diff compares: the first claim's, then the first other one."""
    first = finding.claims[0].doc if finding.claims else ""
    other = next((c.doc for c in finding.claims if c.doc != first), first)
    return first, other


def _diff_lines(f: Finding, texts: dict[str, str]) -> list[str]:
    ops = diff_ops(f)
    if ops is not None:
        a, b = diff_pair(f)
        return [f"> Wording, {_code(a)} → {_code(b)}: {ops_markdown(ops)}", ""]
    given = f.extra.get("diff") if f.extra else None
    if isinstance(given, str) and given.strip():
        fence = "`" * max(3, max((len(m) for m in re.findall(r"`+", given)), default=0) + 1)
        return ["Wording:", "", f"{fence}diff", given.rstrip("\n"), fence, ""]
    if len(f.claims) < 2:
        return []
    quotes = all(c.kind == "quote" for c in f.claims)
    names = f.verdict in ("alias",) or all(c.kind in NAME_KINDS for c in f.claims)
    if names:
        return []
    first = f.claims[0]
    base = first.text if quotes else _sentence(first, texts.get(first.doc))[0]
    out: list[str] = []
    for other in f.claims[1:]:
        if other.doc == first.doc:
            continue
        text = other.text if quotes else _sentence(other, texts.get(other.doc))[0]
        if " ".join(plain(text).split()) == " ".join(plain(base).split()):
            continue
        if quotes or f.verdict == "variant" or similarity(base, text) >= DIFF_RATIO:
            out.append(f"> Wording, {_code(first.doc)} → {_code(other.doc)}: "
                       f"{word_diff(base, text)}")
            out.append(">")
    if out:
        out[-1] = ""
    return out


# --- review and appendix ------------------------------------------------------------------


def _review_section(split: Any) -> list[str]:
    if not split.dismissed and not split.stale:
        return []
    out = ["## Review", ""]
    if split.dismissed:
        ids = ", ".join(_code(f.id) for f in sorted(split.dismissed, key=lambda f: f.id))
        alarms = "a false alarm" if len(split.dismissed) == 1 else "false alarms"
        out += [f"{_n(len(split.dismissed), 'finding')} dismissed as {alarms} and hidden: "
                f"{ids}.", ""]
    if split.stale:
        out += [f"{_n(len(split.stale), 'decision')} match no current finding (stale; "
                "`factcheck review --prune` removes them):", ""]
        for finding_id, d in split.stale:
            out.append(f"- {_code(finding_id)} {md_escape(d.status)}"
                       + (f", {md_escape(d.summary)}" if d.summary else ""))
        out.append("")
    return out


def _value(value: Any) -> str:
    value = jsonable(value)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "" if value is None else str(value)


def _appendix(claims: Any, corpus: Any) -> list[str]:
    if claims is None or len(claims) == 0:
        return []
    out = ["## Appendix: claims by article", ""]
    for article in corpus.articles:
        rows = claims[claims["doc"] == article.id]
        if len(rows) == 0:
            continue
        rows = rows.sort_values(["start", "end", "kind"], kind="stable")
        out += [f"<details><summary>{_code_html(article.id)}: {_n(len(rows), 'claim')}"
                "</summary>", "", "| line | kind | as written | read as | unit |",
                "|---:|---|---|---|---|"]
        for row in rows.itertuples(index=False):
            unit = getattr(row, "unit", None)
            unit_text = "" if unit is None or _isna(unit) else md_escape(unit)
            # Editors open the file, not offsets: the line of the file the claim is on.
            line = article.body_line + article.text.count("\n", 0, int(row.start))
            out.append(f"| {line} | {md_escape(row.kind)} | {md_escape(row.text)} | "
                       f"{md_escape(_value(row.value))} | {unit_text} |")
        out += ["", "</details>", ""]
    return out


def _code_html(text: str) -> str:
    # Inside an HTML block Markdown is off, so escape for HTML instead.
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<code>{safe}</code>"


def _isna(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def finding_lines(findings: Sequence[Finding]) -> list[str]:
    """Plain one-line summaries (id, verdict, level, message) for terminals and logs."""
    return [f"{f.id}  {f.verdict:13} {f.severity:7} {' '.join(f.message.split())}"
            for f in findings]
