"""Corpus expectation files (factcheck_*.yaml): load, validate, evaluate and update in place."""

from __future__ import annotations

import contextlib
import difflib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from factcheck.assertions import (
    ClaimQuery,
    FindingQuery,
    claim_rows,
    corpus_of,
    findings_of,
    missing_claim_message,
    missing_finding_message,
    unexpected_claim_message,
    unexpected_finding_message,
)
from factcheck.errors import FactcheckError
from factcheck.fsutil import atomic_write_text

#: What a case asserts: a finding that must (not) exist, or a claim that must (not) exist.
CASE_KINDS = ("expect", "expect_not", "claim", "no_claim")
TOP_KEYS = ("corpus", "rules", "record", "strict", "cases")
FINDING_KEYS = ("verdict", "about", "rule", "severity", "level", "docs")
CLAIM_KEYS = ("kind", "value", "unit", "doc", "source", "text", "tolerance", "abs")


class ExpectationFileError(FactcheckError):
    """An expectation file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Case:
    """One case of an expectation file: a named query and whether it must match."""

    name: str
    kind: str
    query: FindingQuery | ClaimQuery
    raw: dict[str, Any]
    #: 1-based line of the case, for messages.
    line: int
    #: 0-based lines the case occupies in the file (with the comments just above it).
    first: int = 0
    last: int = 0

    def evaluate(self, result: Any) -> str | None:
        """None when the case holds for a check result; otherwise why not, readably."""
        corpus = corpus_of(result)
        if isinstance(self.query, FindingQuery):
            findings = findings_of(result)
            matched = self.query.select(findings)
            if self.kind == "expect" and not matched:
                return missing_finding_message(self.query, findings, corpus)
            if self.kind == "expect_not" and matched:
                return unexpected_finding_message(self.query, matched, corpus)
            return None
        rows = claim_rows(result)
        hits = [r for r in rows if not self.query.misses(r, corpus)]
        if self.kind == "claim" and not hits:
            return missing_claim_message(self.query, rows, corpus)
        if self.kind == "no_claim" and hits:
            return unexpected_claim_message(self.query, hits, corpus)
        return None


@dataclass
class ExpectationSpec:
    """A loaded expectation file, with what an in-place update needs to know of its layout."""

    path: Path
    text: str
    corpus: Path
    rules: Path | None
    record: tuple[str, ...]
    strict: bool
    cases: tuple[Case, ...]
    #: 0-based line of the ``cases:`` key (None when absent) and whether it is ``[...]``.
    cases_line: int | None = None
    cases_flow: bool = False
    indent: str = "  "
    top: dict[str, Any] = field(default_factory=dict)

    def uncovered(self, findings: Iterable[Any]) -> list[Any]:
        """Findings of a recorded verdict that no passing ``expect`` case accounts for."""
        queries = [c.query for c in self.cases
                   if c.kind == "expect" and isinstance(c.query, FindingQuery)]
        return [f for f in findings
                if f.verdict in self.record and not any(q.matches(f) for q in queries)]


# --- loading ----------------------------------------------------------------------------


def load_expectations(path: str | Path) -> ExpectationSpec:
    """Read and validate an expectation file; ExpectationFileError names file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ExpectationFileError(f"cannot read: {err}", path=str(path)) from None
    return parse_expectations(text, path)


def parse_expectations(text: str, path: Path) -> ExpectationSpec:
    """Validate the text of an expectation file at ``path`` (paths in it are relative to it)."""
    from factcheck.schema import VERDICTS

    where = _Where(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise where.error(f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
    if root is None:
        raise where.error("empty expectation file: it needs at least `corpus:`", 1)
    top = where.mapping(root, TOP_KEYS, "an expectation file")
    base = path.parent

    corpus_node = top.get("corpus")
    written = where.string(corpus_node, "corpus") if corpus_node else "."
    corpus = base / written
    if not corpus.exists():
        raise where.error(f"corpus {written!r} does not exist (paths are relative to this file)",
                          _line(corpus_node) if corpus_node else 1)
    rules = None
    if "rules" in top:
        written = where.string(top["rules"], "rules")
        rules = base / written
        if not rules.is_dir():
            raise where.error(f"rules folder {written!r} does not exist (paths are relative to "
                              f"this file)", _line(top["rules"]))
    record = tuple(VERDICTS)
    if "record" in top:
        record = tuple(where.strings(top["record"], "record"))
        for verdict in record:
            if verdict not in VERDICTS:
                raise where.error(f"unknown verdict {verdict!r} in record; valid: "
                                  f"{', '.join(VERDICTS)}", _line(top["record"]))
    strict = False
    if "strict" in top:
        strict = where.value(top["strict"])
        if not isinstance(strict, bool):
            raise where.error("strict must be true or false", _line(top["strict"]))

    cases: list[Case] = []
    cases_line, flow, indent = None, False, "  "
    node = top.get("cases")
    if node is not None:
        cases_line = _key_line(root, "cases")
        if isinstance(node, yaml.ScalarNode) and where.value(node) is None:
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [], node.start_mark,
                                     node.end_mark)
        if not isinstance(node, yaml.SequenceNode):
            raise where.error("cases must be a list of cases (each starting with '- ')",
                              _line(node))
        flow = bool(node.flow_style)
        lines = text.splitlines()
        names: dict[str, int] = {}
        for item in node.value:
            case = _case(item, where, lines)
            if case.name in names:
                raise where.error(f"case name {case.name!r} is used twice (also line "
                                  f"{names[case.name]})", case.line)
            names[case.name] = case.line
            cases.append(case)
        if node.value and not flow:
            dash = lines[cases[0].line - 1]
            indent = dash[: len(dash) - len(dash.lstrip())]
    return ExpectationSpec(
        path=path, text=text, corpus=corpus.resolve(),
        rules=rules.resolve() if rules else None, record=record, strict=strict,
        cases=tuple(cases), cases_line=cases_line, cases_flow=flow, indent=indent,
        top={k: where.value(v) for k, v in top.items() if k != "cases"},
    )


class _Where:
    """Builds errors that name the file and line, and reads checked values from nodes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, message: str, line: int | None) -> ExpectationFileError:
        return ExpectationFileError(message, path=str(self.path), line=line)

    def value(self, node: yaml.Node) -> Any:
        loader = yaml.SafeLoader("")
        try:
            return loader.construct_object(node, deep=True)
        except yaml.YAMLError as err:
            raise self.error(f"invalid value: {err}", _line(node)) from None

    def mapping(self, node: yaml.Node, valid: Sequence[str], what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(f"{what} must be a mapping of key: value", _line(node))
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.value(key_node)
            if key not in valid:
                close = difflib.get_close_matches(str(key), valid, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise self.error(f"unknown key {key!r} in {what}{hint}; valid keys: "
                                 f"{', '.join(valid)}", _line(key_node))
            if key in out:
                raise self.error(f"key {key!r} is given twice in {what}", _line(key_node))
            out[key] = value_node
        return out

    def string(self, node: yaml.Node, key: str) -> str:
        value = self.value(node)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"{key} must be text, not {value!r}", _line(node))
        return value

    def strings(self, node: yaml.Node, key: str) -> list[str]:
        value = self.value(node)
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"{key} must be text or a list of text, not {value!r}", _line(node))
        return value


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _key_line(root: yaml.Node, key: str) -> int | None:
    for key_node, _ in root.value:
        if key_node.value == key:
            return int(key_node.start_mark.line)
    return None


def _last_line(node: yaml.Node) -> int:
    """0-based last line holding part of ``node`` (block scalars end at the next line start)."""
    if isinstance(node, yaml.ScalarNode):
        end = node.end_mark
        return int(end.line - 1 if end.column == 0 and end.line > node.start_mark.line
                   else end.line)
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    else:
        children = list(node.value)
    if getattr(node, "flow_style", False) or not children:
        return int(node.end_mark.line)
    return max(_last_line(n) for n in children)


def _case(node: yaml.Node, where: _Where, lines: list[str]) -> Case:
    entries = where.mapping(node, ("name", *CASE_KINDS), "a case")
    kinds = [k for k in CASE_KINDS if k in entries]
    if len(kinds) != 1:
        found = f"found {', '.join(kinds)}" if kinds else "found none"
        raise where.error(f"a case needs exactly one of {', '.join(CASE_KINDS)} ({found})",
                          _line(node))
    kind = kinds[0]
    body = entries[kind]
    if kind in ("expect", "expect_not"):
        query: FindingQuery | ClaimQuery = _finding_query(body, where)
    else:
        query = _claim_query(body, where)
    verb = {"expect": "finding", "expect_not": "no finding", "claim": "claim",
            "no_claim": "no claim"}[kind]
    name = (where.string(entries["name"], "name") if "name" in entries
            else f"{verb}: {query.describe()}")
    # The case's lines: its '- ' line (which may sit above the first key) to its last value,
    # with the comment lines just above it, so an update removes or keeps them together.
    first = int(node.start_mark.line)
    while first > 0 and not lines[first].lstrip().startswith("-"):
        first -= 1
    line = first + 1
    while first > 0 and lines[first - 1].lstrip().startswith("#"):
        first -= 1
    raw = {k: where.value(v) for k, v in entries.items()}
    return Case(name=" ".join(name.split()), kind=kind, query=query, raw=raw, line=line,
                first=first, last=_last_line(node))


def _finding_query(node: yaml.Node, where: _Where) -> FindingQuery:
    entries = where.mapping(node, FINDING_KEYS, "a finding expectation")
    values: dict[str, Any] = {}
    for key, value_node in entries.items():
        if key == "docs":
            values[key] = tuple(where.strings(value_node, key))
        else:
            values[key] = where.string(value_node, key)
    try:
        return FindingQuery(**values)
    except ValueError as err:
        raise where.error(str(err), _line(node)) from None


def _claim_query(node: yaml.Node, where: _Where) -> ClaimQuery:
    from factcheck.schema import KINDS

    entries = where.mapping(node, CLAIM_KEYS, "a claim expectation")
    values: dict[str, Any] = {}
    for key, value_node in entries.items():
        value = where.value(value_node)
        if key in ("tolerance", "abs"):
            if isinstance(value, str):
                with contextlib.suppress(ValueError):
                    value = float(value)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise where.error(f"{key} must be a number >= 0, not {value!r}",
                                  _line(value_node))
            values["rel" if key == "tolerance" else "abs"] = float(value)
        elif key == "value":
            if value is None or isinstance(value, (list, dict)):
                raise where.error(f"value must be a number, date or text, not {value!r}",
                                  _line(value_node))
            values[key] = value
        else:
            text = where.string(value_node, key)
            if key == "kind" and text not in KINDS:
                raise where.error(f"unknown claim kind {text!r}; valid: {', '.join(KINDS)}",
                                  _line(value_node))
            values[key] = text
    return ClaimQuery(**values)


# --- updating ---------------------------------------------------------------------------


def short_ids(docs: Iterable[str], every_id: Sequence[str]) -> list[str]:
    """Article ids cut to the part before the first ``_`` where that prefix is unambiguous."""
    out = []
    for doc in docs:
        head = doc.split("_", 1)[0]
        unique = sum(1 for other in every_id if other.startswith(head)) == 1
        out.append(head if head and head != doc and unique else doc)
    return out


def recorded_case(finding: Any, every_id: Sequence[str] = ()) -> dict[str, Any]:
    """The ``expect`` an update writes for a finding: verdict, rule, subject and articles."""
    expect: dict[str, Any] = {"verdict": finding.verdict, "rule": finding.rule}
    if finding.subject:
        expect["about"] = finding.subject
    expect["docs"] = short_ids(finding.docs, every_id or finding.docs)
    return expect


def update_file(spec: ExpectationSpec, result: Any) -> tuple[list[Case], list[str]]:
    """Rewrite the file to the current findings; return the cases removed and names added.

    Cases that hold are kept as written (names, comments, order). Cases that no longer hold
    are removed. Each finding of a recorded verdict that no kept ``expect`` case accounts for
    is added as a new case at the end. The file is written atomically, and only if it changes.
    """
    removed = [c for c in spec.cases if c.evaluate(result) is not None]
    kept = [c for c in spec.cases if c not in removed]
    survivors = replace(spec, cases=tuple(kept))
    new = sorted(survivors.uncovered(findings_of(result)),
                 key=lambda f: (f.verdict, f.rule, f.subject, f.docs))
    names = {c.name for c in kept}
    corpus = corpus_of(result)
    every_id = [a.id for a in corpus.articles] if corpus is not None else []
    added: list[tuple[str, dict[str, Any]]] = []
    for finding in new:
        expect = recorded_case(finding, every_id)
        name = f"{finding.verdict}: {finding.subject or finding.rule} ({', '.join(expect['docs'])})"
        base, n = name, 2
        while name in names:
            name, n = f"{base} #{n}", n + 1
        names.add(name)
        added.append((name, expect))
    if not removed and not added:
        return [], []
    text = _edit(spec, removed, added)
    if text is None or _count_cases(text, spec.path) != len(kept) + len(added):
        text = _dump(spec, kept, added)
    atomic_write_text(spec.path, text)
    return removed, [name for name, _ in added]


def _entry(indent: str, name: str, expect: dict[str, Any]) -> list[str]:
    flow = yaml.safe_dump(expect, default_flow_style=True, width=10**6, sort_keys=False,
                          allow_unicode=True).strip()
    return [f"{indent}- name: {json.dumps(name, ensure_ascii=False)}\n",
            f"{indent}  expect: {flow}\n"]


def _edit(spec: ExpectationSpec, removed: list[Case],
          added: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The file with cases removed and added line by line, or None if its layout is unusual."""
    lines = spec.text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new_lines = [line for name, expect in added for line in _entry(spec.indent, name, expect)]
    if spec.cases_flow:
        if spec.cases or spec.cases_line is None:
            return None
        head = lines[spec.cases_line]
        if head.split("#", 1)[0].strip() != "cases: []":
            return None
        lines[spec.cases_line] = "cases:\n"
        at = spec.cases_line + 1
    elif spec.cases_line is None:
        lines.append("cases:\n")
        at = len(lines)
    elif spec.cases:
        at = max(c.last for c in spec.cases) + 1
    else:
        at = spec.cases_line + 1
    lines[at:at] = new_lines
    for case in sorted(removed, key=lambda c: c.first, reverse=True):
        del lines[case.first: case.last + 1]
    return "".join(lines)


def _count_cases(text: str, path: Path) -> int:
    try:
        return len(parse_expectations(text, path).cases)
    except FactcheckError:
        return -1


def _dump(spec: ExpectationSpec, kept: list[Case],
          added: list[tuple[str, dict[str, Any]]]) -> str:
    # The fallback when the file's layout defeats a line edit: same data, comments lost.
    data: dict[str, Any] = dict(spec.top)
    data["cases"] = [c.raw for c in kept] + [{"name": n, "expect": e} for n, e in added]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
