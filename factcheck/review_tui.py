"""The interactive review loop: one finding at a time in the terminal, one key per decision."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.report import (
    DIFF_RATIO,
    _sentence,
    cited_sentences,
    diff_ops,
    diff_pair,
    plain,
    similarity,
)
from factcheck.review import (
    ReviewState,
    add_alias,
    make_decision,
    save_changes,
)
from factcheck.schema import NAME_KINDS, Finding

VERDICT_STYLES = {"contradiction": "bold red", "variant": "bold yellow", "alias": "bold cyan",
                  "consistent": "bold green"}
LEVEL_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}


@dataclass
class Session:
    """What one interactive session did, for the closing summary."""

    accepted: list[str] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    quit: bool = False


def sentence_text(sentence: str, spans: list[tuple[int, int]]) -> Text:
    """A cited sentence with its claims highlighted (a Text: article text is never markup)."""
    out = Text()
    at = 0
    for lo, hi in sorted(s for s in spans if s[0] >= 0):
        if lo < at:
            continue
        out.append(sentence[at:lo])
        out.append(sentence[lo:hi], style="bold reverse")
        at = hi
    out.append(sentence[at:])
    flat = Text(" ".join(out.plain.split()))
    # Re-apply the highlights on the whitespace-collapsed text.
    pos = 0
    for span in out.spans:
        piece = " ".join(out.plain[span.start:span.end].split())
        found = flat.plain.find(piece, pos)
        if found >= 0 and piece:
            flat.stylize(span.style, found, found + len(piece))
            pos = found + len(piece)
    return flat


def diff_text(old: str, new: str) -> Text:
    """Word diff for a terminal: [-removed-] red and struck, {+added+} green and underlined."""
    a, b = plain(old).split(), plain(new).split()
    out = Text()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(a[i1:i2]) + " ")
            continue
        # The [-..-] {+..+} marks (git's plain word diff) keep it readable without colour.
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]", style="red strike")
            out.append(" ")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}", style="green underline")
            out.append(" ")
    out.rstrip()
    return out


def ops_text(ops: list[dict[str, str]]) -> Text:
    """A check's diff ops (op, a, b) for a terminal, marked like `diff_text`."""
    out = Text()
    for op in ops:
        if op["op"] == "equal":
            out.append(str(op["a"]) + " ")
            continue
        if str(op["a"]).strip():
            out.append("[-" + str(op["a"]) + "-]", style="red strike")
            out.append(" ")
        if str(op["b"]).strip():
            out.append("{+" + str(op["b"]) + "+}", style="green underline")
            out.append(" ")
    out.rstrip()
    return out


def render_finding(finding: Finding, index: int, total: int, state: ReviewState,
                   texts: Mapping[str, str], sources: Mapping[str, str]) -> Panel:
    """One finding as a rich panel: message, sources side by side, diff, reasoning, state."""
    parts: list[object] = []
    head = Text()
    head.append(finding.verdict, style=VERDICT_STYLES.get(finding.verdict, "bold"))
    head.append("  ")
    head.append(finding.severity, style=LEVEL_STYLES.get(finding.severity, ""))
    head.append(f"  rule {finding.rule}  id {finding.id}")
    if finding.subject:
        head.append(f"  subject: {finding.subject}")
    parts.append(head)
    parts.append(Text(" ".join(finding.message.split()), style="bold"))
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("article", ratio=1, overflow="fold")
    table.add_column("what it says", ratio=4)
    for doc, sentence, spans in cited_sentences(finding.claims, texts):
        label = Text(doc)
        if sources.get(doc):
            label.append("\n" + str(sources[doc]), style="dim")
        table.add_row(label, sentence_text(sentence, spans))
    parts.append(table)
    ops = diff_ops(finding)
    if ops is not None:
        a, b = diff_pair(finding)
        line = Text(f"wording {a} -> {b}: ", style="dim")
        line.append_text(ops_text(ops))
        parts.append(line)
    elif len(finding.claims) >= 2 and not all(c.kind in NAME_KINDS for c in finding.claims):
        first = finding.claims[0]
        quotes = all(c.kind == "quote" for c in finding.claims)
        base = first.text if quotes else _sentence(first, texts.get(first.doc))[0]
        for other in finding.claims[1:]:
            if other.doc == first.doc:
                continue
            text = other.text if quotes else _sentence(other, texts.get(other.doc))[0]
            if " ".join(plain(text).split()) == " ".join(plain(base).split()):
                continue
            if quotes or finding.verdict == "variant" or similarity(base, text) >= DIFF_RATIO:
                line = Text(f"wording {first.doc} -> {other.doc}: ", style="dim")
                line.append_text(diff_text(base, text))
                parts.append(line)
    if finding.reasoning:
        parts.append(Text("why: ", style="dim") + Text(" ".join(finding.reasoning.split())))
    decision = state.get(finding.id)
    if decision is None:
        parts.append(Text("state: new", style="bold"))
    else:
        said = f"state: {decision.status} by {decision.by or 'unknown'} on {decision.at[:10]}"
        parts.append(Text(said + (f": {decision.note}" if decision.note else ""), style="bold"))
    return Panel(Group(*parts), title=f"finding {index} of {total}", title_align="left")  # type: ignore[arg-type]


def keys_line(finding: Finding, note: str) -> Text:
    """The prompt: which keys do what (and the note waiting to be attached)."""
    line = Text()
    keys = [("a", "accept"), ("d", "dismiss"), ("s", "skip"), ("n", "note")]
    if can_teach(finding):
        keys.append(("l", "alias: teach the rules these name one thing"))
    keys.append(("q", "quit"))
    for i, (key, word) in enumerate(keys):
        line.append(f"[{key}]", style="bold")
        line.append(f" {word}" + ("" if i == len(keys) - 1 else "  "))
    if note:
        line.append(f"   note: {note}", style="italic")
    return line


def can_teach(finding: Finding) -> bool:
    """Whether the finding names one thing in two ways, so an alias could settle it."""
    names = {" ".join(c.text.split()) for c in finding.claims if c.kind in NAME_KINDS}
    return finding.verdict in ("alias", "variant") and len(names) >= 2


def teach_names(finding: Finding) -> list[str]:
    """The names a finding cites, the most cited first (the likely canonical spelling)."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for c in finding.claims:
        if c.kind not in NAME_KINDS:
            continue
        name = " ".join(c.text.split())
        key = name.lower()
        spelled.setdefault(key, name)
        counts[key] = counts.get(key, 0) + 1
    order = list(spelled)
    return [spelled[k] for k in sorted(order, key=lambda k: (-counts[k], order.index(k)))]


def review_loop(findings: Sequence[Finding], state: ReviewState, review_path: Path, by: str,
                texts: Mapping[str, str], sources: Mapping[str, str],
                rules_dir: Path | None = None, *, console: Console | None = None,
                getchar: Callable[[], str] | None = None,
                ask: Callable[[str], str] | None = None) -> Session:
    """Show each finding and act on one key: a accept, d dismiss, s skip, n note, l alias, q quit.

    Each decision is saved at once (merged with what is on disk), so quitting or a crash
    loses nothing decided before it.
    """
    import click

    console = console or Console(highlight=False)
    read_key = getchar or click.getchar
    read_line = ask or (lambda prompt: click.prompt(prompt, default="", show_default=False))
    session = Session()
    total = len(findings)
    for index, finding in enumerate(findings, start=1):
        console.print(render_finding(finding, index, total, state, texts, sources))
        note = ""
        while True:
            console.print(keys_line(finding, note))
            try:
                key = read_key().lower()
            except EOFError:  # Ctrl-D, or the input closed: stop as if q was pressed
                key = "q"
            if key == "a" or key == "d":
                status = "accepted" if key == "a" else "dismissed"
                decision = make_decision(finding, status, by, note)
                state = save_changes(review_path, {finding.id: decision})
                (session.accepted if key == "a" else session.dismissed).append(finding.id)
                console.print(Text(f"{status} {finding.id}", style="bold"))
                break
            if key == "s" or key in ("\r", "\n", " "):
                session.skipped.append(finding.id)
                console.print(Text(f"skipped {finding.id}", style="dim"))
                break
            if key == "n":
                note = " ".join(read_line("note").split())
                continue
            if key == "l" and can_teach(finding) and rules_dir is not None:
                names = teach_names(finding)
                kind = next(c.kind for c in finding.claims if c.kind in NAME_KINDS)
                path, group = add_alias(rules_dir, names, kind=kind, note=note)
                session.aliases.append(" = ".join(group))
                console.print(Text(f"taught {path}: {' = '.join(group)} "
                                   "(takes effect on the next run)", style="bold"))
                continue
            if key == "q":
                session.quit = True
                return session
            console.print(Text(f"unknown key {key!r}", style="dim"))
    return session
