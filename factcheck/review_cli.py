"""`factcheck review`: accept or dismiss findings in a terminal or with flags for scripts and CI."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from factcheck.cli import parse_date_option
from factcheck.errors import ConfigError, FactcheckError
from factcheck.review import (
    ALIAS_KINDS,
    add_alias,
    classify,
    decide,
    default_review_path,
    default_reviewer,
    load_review,
    parse_alias,
    prune,
    summary_line,
    undecide,
)

EXIT_USAGE = 2


class ReviewUsageError(click.ClickException):
    """A FactcheckError seen by click: one line on stderr and exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: error: {self.format_message()}", err=True, file=file)


def compute(corpus: str | Path, rules_dir: str | Path = "rules",
            reference_date: date | None = None) -> Any:
    """Load the corpus and rules and check them: the CheckResult the review works on."""
    from factcheck.corpus import load_corpus
    from factcheck.engine import check
    from factcheck.rules import load_rules

    return check(load_corpus(corpus, reference_date=reference_date), load_rules(rules_dir))


def split_ids(values: Sequence[str]) -> list[str]:
    """IDs from repeated options, each possibly a comma- or space-separated list."""
    return [part for value in values for part in value.replace(",", " ").split()]


def list_lines(findings: Sequence[Any], state: Any, include_consistent: bool = True) -> list[str]:
    """One line per finding (id, state, verdict, level, rule, message, articles) and stale ones."""
    from factcheck.report import ordered

    split = classify(findings, state)
    lines = []
    for f in ordered(findings, state):
        if f.verdict == "consistent" and not include_consistent:
            continue
        lines.append(f"{f.id}  {state.status(f.id):9}  {f.verdict:13}  {f.severity:7}  "
                     f"{f.rule}: {summary_line(f)}")
    for finding_id, d in split.stale:
        lines.append(f"{finding_id}  {'stale':9}  {d.status:13}  {'':7}  "
                     f"{d.rule}: {d.summary}".rstrip())
    return lines


def run_review(corpus: str, rules_dir: str = "rules", review_file: str | None = None, *,
               accept: Sequence[str] = (), dismiss: Sequence[str] = (),
               undo: Sequence[str] = (), note: str = "", by: str | None = None,
               do_prune: bool = False, do_list: bool = False, aliases: Sequence[str] = (),
               alias_kind: str | None = None, show_all: bool = False,
               reference_date: date | None = None, interactive: bool | None = None,
               echo: Any = click.echo) -> int:
    """Everything `factcheck review` does, with plain arguments; returns the exit code.

    Order: teach aliases, apply --accept/--dismiss/--undo, --prune, then --list; with none of
    these (and a terminal) the interactive loop. Raises FactcheckError for what the user
    must fix.
    """
    if note and not (accept or dismiss or aliases):
        raise ConfigError("--note goes with --accept, --dismiss or --alias "
                          "(in the interactive review, press n)")
    review_path = Path(review_file) if review_file else default_review_path(corpus)
    reviewer = by or default_reviewer()
    for spec in aliases:
        path, group = add_alias(rules_dir, parse_alias(spec), kind=alias_kind, note=note)
        echo(f"alias: {' = '.join(group)} -> {path}")
    acted = bool(aliases)
    needs_findings = bool(accept or dismiss or do_prune or do_list) or not acted
    if not needs_findings:
        return 0
    load_review(review_path)  # a malformed review file fails before the (slower) check
    result = compute(corpus, rules_dir, reference_date)
    findings = list(result.findings)
    for problem in result.corpus.problems:
        echo(f"factcheck: warning: skipped {problem}", err=True)
    for ids, status in ((accept, "accepted"), (dismiss, "dismissed")):
        wanted = split_ids(ids)
        if wanted:
            done = decide(review_path, wanted, status, reviewer, note, findings=findings)
            echo(f"{status} {len(done)}: {' '.join(done)} -> {review_path}")
            acted = True
    if undo:
        done = undecide(review_path, split_ids(undo))
        echo(f"reopened {len(done)}: {' '.join(done)} -> {review_path}")
        acted = True
    if do_prune:
        removed = prune(review_path, findings)
        echo(f"pruned {len(removed)} stale decisions" + (f": {' '.join(removed)}" if removed
                                                          else "") + f" -> {review_path}")
        acted = True
    state = load_review(review_path)
    if do_list:
        for line in list_lines(findings, state):
            echo(line)
        split = classify(findings, state)
        echo(f"{len(split.new)} new, {len(split.accepted)} accepted, "
             f"{len(split.dismissed)} dismissed, {len(split.stale)} stale", err=True)
        return 0
    if acted:
        return 0
    if interactive is None:
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if not interactive:
        for line in list_lines(findings, state):
            echo(line)
        echo("not a terminal: decide with --accept ID / --dismiss ID [--note TEXT]", err=True)
        return 0
    return _interactive(result, state, review_path, reviewer, Path(rules_dir), show_all, echo)


def _interactive(result: Any, state: Any, review_path: Path, reviewer: str, rules_dir: Path,
                 show_all: bool, echo: Any) -> int:
    from factcheck.report import ordered
    from factcheck.review_tui import review_loop

    findings = ordered(result.findings, state)
    if not show_all:
        findings = [f for f in findings
                    if state.status(f.id) == "new" and f.verdict != "consistent"]
    if not findings:
        echo("nothing to review: every finding is decided (--all shows them again)")
        return 0
    texts = {a.id: a.text for a in result.corpus.articles}
    sources = {a.id: a.source or "" for a in result.corpus.articles}
    session = review_loop(findings, state, review_path, reviewer, texts, sources, rules_dir)
    left = len(findings) - len(session.accepted) - len(session.dismissed)
    echo(f"{len(session.accepted)} accepted, {len(session.dismissed)} dismissed, "
         f"{left} left undecided -> {review_path}")
    return 0


@click.command("review")
@click.argument("corpus", default="seeds", metavar="[CORPUS]")
@click.option("--rules", "rules_dir", default="rules", show_default=True, metavar="DIR",
              help="Folder of rule files and vocabularies.")
@click.option("--review-file", metavar="FILE",
              help="Editors' decisions.  [default: factcheck.review.yaml in the corpus folder]")
@click.option("--list", "do_list", is_flag=True, help="List findings with their review state.")
@click.option("--accept", multiple=True, metavar="ID",
              help="Accept findings (a real discrepancy): repeat, or separate ids by commas. "
                   "A unique prefix of an id is enough.")
@click.option("--dismiss", multiple=True, metavar="ID", help="Dismiss findings (a false alarm).")
@click.option("--undo", multiple=True, metavar="ID", help="Forget a decision: the finding is new.")
@click.option("--note", default="", metavar="TEXT", help="Why: kept with the decisions made.")
@click.option("--by", metavar="NAME",
              help="Who decides.  [default: $FACTCHECK_REVIEWER, git user.name, $USER]")
@click.option("--prune", "do_prune", is_flag=True,
              help="Remove decisions that match no current finding.")
@click.option("--alias", "aliases", multiple=True, metavar="'A=B'",
              help="Teach the vocabulary that A and B name one thing (first name canonical).")
@click.option("--kind", "alias_kind", type=click.Choice(ALIAS_KINDS),
              help="What a new --alias names (needed when no name is known yet).")
@click.option("--all", "show_all", is_flag=True,
              help="Interactive: also show decided and consistent findings.")
@click.option("--reference-date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Date to read relative dates against in articles that give none.")
def review_command(corpus: str, rules_dir: str, review_file: str | None, do_list: bool,
                   accept: tuple[str, ...], dismiss: tuple[str, ...], undo: tuple[str, ...],
                   note: str, by: str | None, do_prune: bool, aliases: tuple[str, ...],
                   alias_kind: str | None, show_all: bool, reference_date: date | None) -> None:
    """Accept or dismiss the findings on CORPUS; decisions are kept between runs.

    \b
    In a terminal, one finding at a time:
      a accept (real discrepancy: reported, no longer fails the run)
      d dismiss (false alarm: hidden from the report)
      s skip, n add a note, l teach an alias (alias/variant findings), q quit
    For scripts and CI:
      factcheck review STORY/ --list
      factcheck review STORY/ --accept 3f2a9c --note "confirmed with the desk"
      factcheck review STORY/ --dismiss 77b1,90ce --by "J. Editor"
      factcheck review STORY/ --alias "Yeongbingwan=Akasaka Palace" --kind place
      factcheck review STORY/ --prune
    """
    try:
        code = run_review(corpus, rules_dir, review_file, accept=accept, dismiss=dismiss,
                          undo=undo, note=note, by=by, do_prune=do_prune, do_list=do_list,
                          aliases=aliases, alias_kind=alias_kind, show_all=show_all,
                          reference_date=reference_date)
    except FactcheckError as err:
        raise ReviewUsageError(str(err)) from None
    if code:
        sys.exit(code)


__all__ = ["ReviewUsageError", "compute", "list_lines", "review_command", "run_review"]
