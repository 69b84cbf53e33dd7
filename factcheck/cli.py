"""The `factcheck` command line: a thin layer over the library; the one module that prints/exits."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from factcheck import __version__, build
from factcheck.errors import ConfigError, FactcheckError

#: Exit codes (DESIGN.md): nothing new at or above the failing level; something is; the user
#: must fix an input.
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
LEVELS = ("error", "warning", "info", "never")


def parse_date_option(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> date | None:
    """click callback: a YYYY-MM-DD option value as a date (a usage error otherwise)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="factcheck",
                      message=f"%(prog)s %(version)s ({build.describe()})")
def cli() -> None:
    """Check whether news articles about the same event agree with each other.

    \b
    factcheck run              check the bundled seeds/ corpus, write reports/seeds.md
    factcheck run STORY/       check a folder of .txt/.md articles (or a .jsonl file)
    factcheck claims STORY/    write the claims table (CSV, Parquet or JSON)
    factcheck review STORY/    accept or dismiss findings; decisions are kept between runs
    factcheck rules            list the rules and the checks they configure

    Exit codes: 0 no new finding at or above the failing level, 1 there is one,
    2 an input must be fixed (the error names the file and line).
    """


@cli.command()
@click.argument("corpus", default="seeds", metavar="[CORPUS]")
@click.option(
    "--rules",
    "rules_dir",
    default="rules",
    show_default=True,
    metavar="DIR",
    help="Folder of rule files and vocabularies.",
)
@click.option(
    "--report",
    "report_path",
    metavar="FILE.md",
    help="Markdown report to write.  [default: reports/<corpus>.md]",
)
@click.option("--json", "json_path", metavar="FILE.json", help="Also write the findings as JSON.")
@click.option(
    "--reference-date",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Date to read relative dates against in articles that give none.",
)
@click.option(
    "--review-file",
    metavar="FILE",
    help="Editors' decisions.  [default: factcheck.review.yaml beside the corpus]",
)
@click.option(
    "--fail-on",
    type=click.Choice(LEVELS),
    default="error",
    show_default=True,
    help="Lowest level of a new finding that makes the run exit 1.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def run(
    corpus: str,
    rules_dir: str,
    report_path: str | None,
    json_path: str | None,
    reference_date: date | None,
    review_file: str | None,
    fail_on: str,
    quiet: bool,
) -> None:
    """Check CORPUS (default: seeds/) and write the report.

    CORPUS is a folder of .txt/.md articles (optional YAML front matter: title, source,
    url, published) or a .jsonl file with one article per line (id, text, and the same
    metadata).
    """
    from factcheck.corpus import load_corpus
    from factcheck.engine import check
    from factcheck.extract import corpus_claims
    from factcheck.fsutil import atomic_write_text
    from factcheck.report import render_json, render_markdown
    from factcheck.review import default_review_path, failing, load_review
    from factcheck.rules import load_rules

    loaded = load_corpus(corpus, reference_date=reference_date)
    ruleset = load_rules(rules_dir, strict=False)
    review_path = Path(review_file) if review_file else default_review_path(corpus)
    state = load_review(review_path)
    with _progress(len(loaded.articles), quiet) as bar:
        claims = corpus_claims(
            loaded.articles,
            names=ruleset.vocabulary.names,
            progress=lambda article: bar.advance(article.id),
        )
        result = check(loaded, ruleset, claims=claims, progress=bar.phase)
    report = Path(report_path) if report_path else Path("reports") / f"{loaded.name}.md"
    atomic_write_text(report, render_markdown(result, state, fail_on=fail_on))
    if json_path:
        atomic_write_text(json_path, render_json(result, state, fail_on=fail_on))
    failures = failing(result.findings, state, fail_on) if fail_on != "never" else []
    if not quiet:
        _summarize(result.findings, failures, report, json_path, state)
    problems = [*loaded.problems, *ruleset.problems]
    for problem in problems:
        _error(problem, exit_now=False)
    if problems:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if failures else EXIT_OK)


@cli.command()
@click.argument("corpus", metavar="CORPUS")
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to FILE; .csv, .parquet or .json by its extension.  [default: CSV on stdout]",
)
@click.option(
    "--rules",
    "rules_dir",
    default="rules",
    show_default=True,
    metavar="DIR",
    help="Folder of rule files; its vocabularies name places, people and organisations.",
)
@click.option(
    "--reference-date",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Date to read relative dates against in articles that give none.",
)
def claims(corpus: str, output: str | None, rules_dir: str, reference_date: date | None) -> None:
    """Extract the claims of every article in CORPUS into one table."""
    from factcheck.corpus import load_corpus
    from factcheck.extract import corpus_claims
    from factcheck.fsutil import atomic_write_bytes
    from factcheck.rules import load_rules

    suffix = Path(output).suffix.lower() if output else ".csv"
    if suffix not in (".csv", ".parquet", ".json"):
        raise ConfigError(
            f"cannot write {suffix or 'a file without extension'}: use .csv, .parquet or .json",
            path=output,
        )
    loaded = load_corpus(corpus, reference_date=reference_date)
    names = load_rules(rules_dir).vocabulary.names if Path(rules_dir).is_dir() else {}
    with _progress(len(loaded.articles), quiet=False) as bar:
        table = corpus_claims(
            loaded.articles, names=names, progress=lambda article: bar.advance(article.id)
        )
    data = _serialize_table(table, suffix)
    if output:
        atomic_write_bytes(output, data)
        click.echo(
            f"{len(table)} claims from {len(loaded.articles)} articles -> {output}", err=True
        )
    else:
        click.echo(data.decode("utf-8"), nl=False)
    for problem in loaded.problems:
        _error(problem, exit_now=False)
    sys.exit(EXIT_USAGE if loaded.problems else EXIT_OK)


@cli.command("rules")
@click.option("--rules", "rules_dir", default="rules", show_default=True, metavar="DIR")
def list_rules(rules_dir: str) -> None:
    """List the rules in DIR and the checks they configure, with each check's options."""
    from factcheck.checks import CHECKS
    from factcheck.rules import load_rules

    ruleset = load_rules(rules_dir)
    click.echo(f"{len(ruleset.rules)} rules in {rules_dir}/")
    for rule in ruleset.rules:
        summary = (rule.description or "").strip().splitlines()
        click.echo(f"  {rule.id:28} {rule.check:20} {rule.level:8} {summary[0] if summary else ''}")
    click.echo("checks:")
    for name in sorted(CHECKS):
        spec = CHECKS[name]
        options = ", ".join(f"{o.name}={o.default!r}" for o in spec.options)
        click.echo(f"  {name:20} {options}")


def _serialize_table(table: Any, suffix: str) -> bytes:
    if suffix == ".csv":
        return str(table.to_csv(index=False, lineterminator="\n")).encode("utf-8")
    if suffix == ".json":
        return (
            str(table.to_json(orient="records", force_ascii=False, indent=1)).encode("utf-8")
            + b"\n"
        )
    try:
        import io

        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigError(
            "writing Parquet needs pyarrow: pip install 'factcheck[parquet]'"
        ) from None
    flat = table.copy()
    flat["value"] = flat["value"].map(lambda v: None if v is None else str(v)).astype("string")
    buffer = io.BytesIO()
    flat.to_parquet(buffer, index=False)
    return buffer.getvalue()


class _Bar:
    """Progress for long runs: a bar over the articles, then the engine's phases as its label."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress, self._task = progress, task

    def advance(self, label: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"extracting {label}"[:40])

    def phase(self, message: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=message[:40])


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[_Bar]:
    """A progress bar on stderr for long runs in a terminal; silent in CI, pipes and -q."""
    if quiet or total < 20 or not sys.stderr.isatty():
        yield _Bar()
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        yield _Bar(progress, progress.add_task("extracting", total=total))


def _summarize(
    findings: Sequence[Any],
    failures: Sequence[Any],
    report: Path,
    json_path: str | None,
    state: Any,
) -> None:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.verdict] = counts.get(finding.verdict, 0) + 1
    parts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items())) or "no findings"
    click.echo(
        f"{parts}; {len(failures)} new at the failing level -> {report}"
        + (f", {json_path}" if json_path else ""),
        err=True,
    )


def _error(err: BaseException, exit_now: bool = True) -> None:
    click.echo(f"factcheck: error: {err}", err=True)
    if exit_now:
        sys.exit(EXIT_USAGE)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Entry point: run the CLI; user errors become one line on stderr and exit code 2."""
    try:
        from factcheck.review_cli import review_command

        cli.add_command(review_command, "review")
    except ImportError:  # pragma: no cover - review is part of the package
        pass
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="factcheck",
            standalone_mode=False,
        )
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.UsageError as err:
        command = err.ctx.command_path if err.ctx else "factcheck"
        click.echo(f"{command}: error: {err.format_message()} (see '{command} --help')", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as err:
        click.echo(f"factcheck: error: {err.format_message()}", err=True)
        sys.exit(err.exit_code if err.exit_code else EXIT_USAGE)
    except FactcheckError as err:
        _error(err)
    except click.Abort:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    sys.exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
