"""pytest plugin: fixtures, assertions and corpus expectation files (loaded lazily)."""

# pytest imports this module in every run where factcheck is installed, so its top level
# imports only pytest and the standard library; corpus, engine and pandas load on first use.

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Sized
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.assertions import (
        assert_claim,
        assert_consistent,
        assert_finding,
        assert_no_claim,
        assert_no_contradictions,
        assert_no_finding,
    )
    from factcheck.corpus import Corpus
    from factcheck.expectations import Case, ExpectationSpec

__all__ = [
    "assert_claim",
    "assert_consistent",
    "assert_finding",
    "assert_no_claim",
    "assert_no_contradictions",
    "assert_no_finding",
]

#: Expectation files: ``factcheck_<anything>.yaml`` (or .yml) beside a corpus.
FILE_PREFIX = "factcheck_"
FILE_SUFFIXES = (".yaml", ".yml")


def __getattr__(name: str) -> Any:
    # Re-exported assertions, imported when first asked for.
    if name in __all__:
        return getattr(importlib.import_module("factcheck.assertions"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- options ----------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: do news articles about one event agree")
    group.addoption("--factcheck-corpus", metavar="PATH", default=None,
                    help="Corpus (folder of .txt/.md articles or a .jsonl file) for the "
                         "factcheck_* fixtures.")
    group.addoption("--factcheck-rules", metavar="DIR", default=None,
                    help="Rules folder for the fixtures and for expectation files that name "
                         "none. [default: rules/ in the rootdir]")
    group.addoption("--factcheck-update", action="store_true", default=False,
                    help="Rewrite factcheck_*.yaml expectation files to the current findings.")
    parser.addini("factcheck_corpus", "Corpus for the factcheck_* fixtures (relative to the "
                  "ini file).", default="")
    parser.addini("factcheck_rules", "Rules folder (relative to the ini file).", default="")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--factcheck-update") and hasattr(config, "workerinput"):
        # pytest-xdist workers would each rewrite the same files
        raise pytest.UsageError("--factcheck-update cannot run in parallel workers; drop -n")
    config.stash[_STATE] = _State(config)
    config.addinivalue_line(
        "markers", "factcheck: a corpus expectation from a factcheck_*.yaml file"
    )


def _configured(config: pytest.Config, option: str, ini: str) -> Path | None:
    value = config.getoption(option)
    if value:
        return Path(value).resolve()
    value = config.getini(ini)
    if value:
        base = config.inipath.parent if config.inipath else config.rootpath
        return (base / str(value)).resolve()
    return None


# --- one check per corpus and rules, shared by fixtures and expectation files -------------


class _State:
    """What one pytest session has loaded and checked, and what --factcheck-update changed."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.update: bool = bool(config.getoption("--factcheck-update"))
        self.corpora: dict[Path, Any] = {}
        self.rulesets: dict[Path, Any] = {}
        self.results: dict[tuple[Path, Path], Any] = {}
        self.files: dict[Path, ExpectationFile] = {}
        self.ran: set[Path] = set()
        self.summary: list[str] = []

    def rules_dir(self, own: Path | None = None, start: Path | None = None) -> Path:
        """The rules to use: a file's own, else the option or ini, else the nearest rules/."""
        chosen = own or _configured(self.config, "--factcheck-rules", "factcheck_rules")
        if chosen:
            return chosen
        root = self.config.rootpath
        folder = (start or root).resolve()
        # Like conftest.py files: the nearest rules/ above the expectation file, up to rootdir.
        for candidate in (folder, *folder.parents):
            if (candidate / "rules").is_dir():
                return candidate / "rules"
            if candidate == root:
                break
        return root / "rules"

    def corpus(self, path: Path) -> Corpus:
        if path not in self.corpora:
            from factcheck.corpus import load_corpus

            self.corpora[path] = _remember(load_corpus, path)
        return _recall(self.corpora[path])

    def ruleset(self, path: Path) -> Any:
        if path not in self.rulesets:
            from factcheck.errors import ConfigError
            from factcheck.rules import load_rules

            if not path.is_dir():
                self.rulesets[path] = _Failed(ConfigError(
                    f"no rules folder {path}; name one with `rules:` in the expectation file, "
                    f"--factcheck-rules DIR or the factcheck_rules ini option"))
            else:
                self.rulesets[path] = _remember(load_rules, path)
        return _recall(self.rulesets[path])

    def result(self, corpus_path: Path, rules_path: Path) -> Any:
        key = (corpus_path, rules_path)
        if key not in self.results:
            from factcheck.engine import check

            corpus = self.corpus(corpus_path)
            ruleset = self.ruleset(rules_path)
            self.results[key] = _remember(check, corpus, ruleset)
        return _recall(self.results[key])


class _Failed:
    """An error kept so every test that needs the same input fails the same way, once computed."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def _remember(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception as err:  # kept, so a broken corpus or engine fails each test alike
        return _Failed(err)


def _recall(value: Any) -> Any:
    if isinstance(value, _Failed):
        raise value.error
    return value


_STATE = pytest.StashKey[_State]()


def _state(config: pytest.Config) -> _State:
    return config.stash[_STATE]


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def factcheck_corpus(request: pytest.FixtureRequest) -> Corpus:
    """The corpus named by --factcheck-corpus or the factcheck_corpus ini option."""
    path = _configured(request.config, "--factcheck-corpus", "factcheck_corpus")
    if path is None:
        raise pytest.UsageError(
            "the factcheck_corpus fixture needs a corpus: pass --factcheck-corpus PATH or set "
            "factcheck_corpus in the pytest ini options (or override the fixture)"
        )
    return _state(request.config).corpus(path)


@pytest.fixture(scope="session")
def factcheck_ruleset(request: pytest.FixtureRequest) -> Any:
    """The rules named by --factcheck-rules or the factcheck_rules ini option (default rules/)."""
    return _state(request.config).ruleset(_state(request.config).rules_dir())


@pytest.fixture(scope="session")
def factcheck_result(request: pytest.FixtureRequest, factcheck_corpus: Corpus,
                     factcheck_ruleset: Any) -> Any:
    """The check of factcheck_corpus with factcheck_ruleset (computed once per session)."""
    from factcheck.engine import check

    state = _state(request.config)
    key = (Path(f"<corpus {id(factcheck_corpus)}>"), Path(f"<rules {id(factcheck_ruleset)}>"))
    for path, corpus in state.corpora.items():  # share the expectation files' result
        if corpus is factcheck_corpus:
            for rules_path, ruleset in state.rulesets.items():
                if ruleset is factcheck_ruleset:
                    key = (path, rules_path)
    if key not in state.results:
        state.results[key] = _remember(check, factcheck_corpus, factcheck_ruleset)
    return _recall(state.results[key])


@pytest.fixture(scope="session")
def factcheck_claims(factcheck_result: Any) -> Any:
    """The claims table (pandas DataFrame, columns in factcheck.schema) of factcheck_corpus."""
    return factcheck_result.claims


@pytest.fixture(scope="session")
def factcheck_findings(factcheck_result: Any) -> tuple[Any, ...]:
    """The findings (a tuple of factcheck.schema.Finding) of factcheck_corpus."""
    return tuple(factcheck_result.findings)


# --- expectation files ------------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name.startswith(FILE_PREFIX) and file_path.suffix in FILE_SUFFIXES:
        return ExpectationFile.from_parent(parent, path=file_path)  # type: ignore[no-any-return]
    return None


class ExpectationFile(pytest.File):
    """A factcheck_*.yaml file: a corpus, optional rules, and the cases it must satisfy."""

    spec: ExpectationSpec

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.errors import FactcheckError
        from factcheck.expectations import load_expectations

        try:
            self.spec = load_expectations(self.path)
        except FactcheckError as err:
            where = _relative(self.path, self.config.invocation_params.dir)
            line = f":{err.line}" if err.line is not None else ""
            raise self.CollectError(f"{where}{line}: {err.message}") from None
        state = _state(self.config)
        state.files[self.path] = self
        for case in self.spec.cases:
            yield ExpectationItem.from_parent(self, name=case.name, case=case)
        if self.spec.strict:
            yield UncoveredItem.from_parent(self, name="no unexpected findings")

    def result(self) -> Any:
        state = _state(self.config)
        state.ran.add(self.path)
        return state.result(self.spec.corpus, state.rules_dir(self.spec.rules, self.path.parent))


class ExpectationFailed(AssertionError):
    """A case of an expectation file did not hold; the message is the readable explanation."""


class ExpectationItem(pytest.Item):
    """One case of an expectation file."""

    parent: ExpectationFile

    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.add_marker("factcheck")

    def runtest(self) -> None:
        result = self.parent.result()
        problem = self.case.evaluate(result)
        if problem is not None and not _state(self.config).update:
            raise ExpectationFailed(problem)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        from factcheck.errors import FactcheckError

        where = f"{_relative(self.path, self.config.invocation_params.dir)}:{self.case.line}"
        if isinstance(excinfo.value, ExpectationFailed):
            return f"{excinfo.value}\n\n(case “{self.case.name}” at {where})"
        if isinstance(excinfo.value, FactcheckError):
            return f"cannot check: {excinfo.value}\n(case “{self.case.name}” at {where})"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.case.line - 1, f"factcheck: {self.case.name}"


class UncoveredItem(pytest.Item):
    """``strict: true``: every finding of a recorded verdict must be expected by some case."""

    parent: ExpectationFile

    def runtest(self) -> None:
        from factcheck.assertions import corpus_of, describe_finding

        result = self.parent.result()
        uncovered = self.parent.spec.uncovered(result.findings)
        if uncovered and not _state(self.config).update:
            corpus = corpus_of(result)
            raise ExpectationFailed(
                f"{_count(uncovered, 'finding')} not expected by any case (add cases, or run "
                f"pytest --factcheck-update to record them):\n"
                + "\n".join(describe_finding(f, corpus) for f in uncovered)
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        if isinstance(excinfo.value, ExpectationFailed):
            where = _relative(self.path, self.config.invocation_params.dir)
            return f"{excinfo.value}\n\n({where}: strict: true)"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"factcheck: {self.name}"


# --- end of session: --factcheck-update, and what the files do not cover --------------------


def pytest_sessionfinish(session: pytest.Session) -> None:
    state = session.config.stash.get(_STATE, None)
    if state is None:
        return
    here = session.config.invocation_params.dir
    for corpus_path, corpus in sorted(state.corpora.items()):
        # The unreadable articles were skipped and the rest checked; say which ones.
        for problem in getattr(corpus, "problems", ()):
            state.summary.append(f"{_relative(corpus_path, here)}: article skipped: {problem}")
    if not state.files:
        return
    from factcheck.expectations import update_file

    for path, file in sorted(state.files.items()):
        if path not in state.ran and (file.spec.cases or not state.update):
            continue
        try:
            result = file.result()
        except Exception:
            continue  # its tests already failed with this error
        rel = _relative(path, here)
        if state.update:
            removed, added = update_file(file.spec, result)
            if removed or added:
                state.summary.append(
                    f"{rel}: updated, {_plural(added, 'case')} added, "
                    f"{_plural(removed, 'case')} removed"
                    + "".join(f"\n  removed: {c.name} (line {c.line})" for c in removed)
                    + "".join(f"\n  added:   {name}" for name in added)
                )
        else:
            uncovered = file.spec.uncovered(result.findings)
            if uncovered and not file.spec.strict:
                state.summary.append(
                    f"{rel}: {_count(uncovered, 'finding')} not expected by any case "
                    f"(pytest --factcheck-update records them)"
                )


def _plural(items: Sized, noun: str) -> str:
    return f"1 {noun}" if len(items) == 1 else f"{len(items)} {noun}s"


def _count(items: Sized, noun: str) -> str:
    return f"{_plural(items, noun)} {'is' if len(items) == 1 else 'are'}"


def _relative(path: Path, root: Path) -> str:
    try:
        return os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        return str(path)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int,
                            config: pytest.Config) -> None:
    state = config.stash.get(_STATE, None)
    if state is None or not state.summary:
        return
    terminalreporter.section("factcheck")
    for line in state.summary:
        terminalreporter.write_line(line)
