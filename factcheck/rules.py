"""Loading and validating rule files + vocabularies (an unknown key is an error at file:line)."""

from __future__ import annotations

import importlib
import importlib.metadata
import string
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck import checks
from factcheck.errors import RuleFileError
from factcheck.schema import KINDS, SEVERITIES
from factcheck.text import name_key

#: Keys every rule file may have, whatever check it extends.
COMMON_KEYS = ("extends", "level", "message", "select", "description", "enabled")
#: Keys of ``select:``: which claims (by claims-table or frame column) a rule looks at.
SELECT_KEYS = ("kind", "unit", "event", "granularity", "role")
VOCABULARY_DIR = "vocabulary"
NAME_KINDS = ("place", "person", "org")
ENTRY_POINT_GROUP = "factcheck.checks"

DEFAULT_MESSAGE = "{sources} disagree about {subject}: {values}"
#: Placeholders a rule's message may use.
MESSAGE_FIELDS = ("sources", "subject", "values")


@dataclass(frozen=True)
class Rule:
    """One rule file: the check it configures and that check's options (defaults filled in)."""

    id: str
    check: str
    level: str = "error"
    message: str = DEFAULT_MESSAGE
    description: str = ""
    select: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    enabled: bool = True

    def option(self, name: str) -> Any:
        """The value of a check option (the rule's, or the check's default)."""
        if name in self.options:
            return self.options[name]
        check = checks.get(self.check)
        opt = check.option(name) if check else None
        if opt is None:
            raise KeyError(f"check {self.check!r} has no option {name!r}")
        return opt.default


@dataclass(frozen=True)
class Vocabulary:
    """Story knowledge from ``rules/vocabulary/``: names, aliases, events, currency rates."""

    #: Lowercased surface -> place/person/org (passed to extraction as ``names=``).
    names: dict[str, str] = field(default_factory=dict)
    #: Lowercased surface -> the canonical name of the entity it denotes.
    aliases: dict[str, str] = field(default_factory=dict)
    #: Event name -> lowercased trigger words or phrases that announce it.
    events: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Currency code -> value of one unit in ``rates_base``.
    rates: dict[str, float] = field(default_factory=dict)
    rates_base: str = "USD"
    #: Where the rates come from ("rules/vocabulary/rates.yaml, as of 2026-02-01").
    rates_source: str = ""

    def canonical(self, surface: str) -> str | None:
        """The canonical name a surface denotes, from the aliases, or None if unknown."""
        return self.aliases.get(name_key(surface))


@dataclass(frozen=True)
class RuleSet:
    """The rules of one rules folder (sorted by id) and its vocabulary."""

    rules: tuple[Rule, ...]
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    directory: str = ""
    #: Rule files that could not be loaded (only with ``strict=False``); the rest still run.
    problems: tuple[RuleFileError, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def load_rules(directory: str | Path, *, strict: bool = True) -> RuleSet:
    """Load every ``*.yaml`` rule file in ``directory`` and the vocabulary under it.

    Raises RuleFileError (with file and line) for a missing folder, bad YAML, an unknown
    check, an unknown or mistyped key. With ``strict=False`` a broken rule file is skipped
    and kept in ``RuleSet.problems`` so the other rules still run (a broken vocabulary
    still raises: every rule depends on it).
    """
    root = Path(directory)
    if not root.is_dir():
        raise RuleFileError("no such rules folder", path=str(directory))
    load_plugins(root)
    files = [p for p in sorted(root.iterdir()) if p.is_file() and p.suffix in (".yaml", ".yml")]
    rules: list[Rule] = []
    problems: list[RuleFileError] = []
    for path in files:
        try:
            rules.append(load_rule_file(path))
        except RuleFileError as err:
            if strict:
                raise
            problems.append(err)
    rules.sort(key=lambda r: r.id)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleFileError(f"rule id {rule.id!r} is defined twice", path=rule.path)
        seen.add(rule.id)
    return RuleSet(rules=tuple(rules), vocabulary=load_vocabulary(root / VOCABULARY_DIR),
                   directory=str(root), problems=tuple(problems))


# --- YAML with line numbers ---------------------------------------------------------------


def _compose(path: Path) -> yaml.Node | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleFileError(f"cannot read: {err}", path=str(path)) from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        raise RuleFileError(f"invalid YAML: {problem}", path=str(path),
                            line=mark.line + 1 if mark else None) from None


def _value(node: yaml.Node, path: Path) -> Any:
    try:
        return yaml.SafeLoader(yaml.serialize(node)).get_single_data()  # type: ignore[no-untyped-call]
    except yaml.YAMLError as err:
        raise RuleFileError(f"invalid YAML: {err}", path=str(path),
                            line=node.start_mark.line + 1) from None


_Entries = dict[str, tuple[Any, int, yaml.Node]]


def _mapping(node: yaml.Node | None, path: Path, what: str) -> _Entries:
    """A YAML mapping as key -> (value, 1-based line, value node)."""
    if node is None:
        raise RuleFileError(f"empty {what}", path=str(path), line=1)
    if not isinstance(node, yaml.MappingNode):
        raise RuleFileError(f"{what} must be a mapping of keys to values", path=str(path),
                            line=node.start_mark.line + 1)
    out: dict[str, tuple[Any, int, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in out:
            raise RuleFileError(f"key {key!r} is given twice", path=str(path), line=line)
        out[key] = (_value(value_node, path), line, value_node)
    return out


# --- rule files ---------------------------------------------------------------------------


def load_rule_file(path: str | Path) -> Rule:
    """One rule file as a Rule, validated against the common keys and its check's options."""
    path = Path(path)
    entries = _mapping(_compose(path), path, "a rule file")
    if "extends" not in entries:
        raise RuleFileError(
            "missing 'extends:' (the check this rule configures; one of "
            f"{', '.join(checks.names())})",
            path=str(path), line=1)
    check_name, line, _ = entries["extends"]
    check = checks.get(str(check_name))
    if check is None:
        raise RuleFileError(
            f"unknown check {check_name!r} in 'extends'; known checks: {', '.join(checks.names())}",
            path=str(path), line=line)
    valid = list(COMMON_KEYS) + [o.name for o in check.options]
    options: dict[str, Any] = {}
    for key, (value, line, _node) in entries.items():
        if key in COMMON_KEYS:
            continue
        option = check.option(key)
        if option is None:
            raise RuleFileError(
                f"unknown key {key!r} for a rule extending {check.name!r}; "
                f"valid keys: {', '.join(valid)}", path=str(path), line=line)
        if not option.accepts(value):
            raise RuleFileError(f"{key!r} must be of type {option.type}, not {value!r}",
                                path=str(path), line=line)
        options[key] = value
    level = _get(entries, "level", "error", str, path)
    if level not in SEVERITIES:
        raise RuleFileError(f"'level' must be one of {', '.join(SEVERITIES)}, not {level!r}",
                            path=str(path), line=entries["level"][1])
    message = _get(entries, "message", DEFAULT_MESSAGE, str, path)
    _check_template(message, path, entries["message"][1] if "message" in entries else 1)
    description = _get(entries, "description", "", str, path)
    enabled = _get(entries, "enabled", True, bool, path)
    select = _select(entries.get("select"), path)
    if "kind" not in select and check.kinds:
        select["kind"] = check.kinds
    return Rule(id=path.stem, check=check.name, level=level, message=message,
                description=description.strip(), select=select, options=options,
                path=str(path), enabled=enabled)


def _check_template(message: str, path: Path, line: int) -> None:
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as err:
        raise RuleFileError(f"'message' is not a valid template: {err}", path=str(path),
                            line=line) from None
    for name in fields:
        if name not in MESSAGE_FIELDS:
            raise RuleFileError(f"unknown placeholder {{{name}}} in 'message'; placeholders: "
                                + ", ".join("{" + f + "}" for f in MESSAGE_FIELDS),
                                path=str(path), line=line)


def _get(entries: dict[str, tuple[Any, int, yaml.Node]], key: str, default: Any, kind: type,
         path: Path) -> Any:
    if key not in entries:
        return default
    value, line, _ = entries[key]
    if not isinstance(value, kind):
        raise RuleFileError(f"{key!r} must be a {kind.__name__}, not {value!r}",
                            path=str(path), line=line)
    return value


def _select(entry: tuple[Any, int, yaml.Node] | None, path: Path) -> dict[str, tuple[str, ...]]:
    if entry is None:
        return {}
    sub = _mapping(entry[2], path, "'select'")
    out: dict[str, tuple[str, ...]] = {}
    for key, (value, line, _node) in sub.items():
        if key not in SELECT_KEYS:
            raise RuleFileError(f"unknown key {key!r} in 'select'; valid keys: "
                                f"{', '.join(SELECT_KEYS)}", path=str(path), line=line)
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str) for v in values):
            raise RuleFileError(f"'select.{key}' must be a name or a list of names",
                                path=str(path), line=line)
        if key == "kind":
            bad = [v for v in values if v not in KINDS]
            if bad:
                raise RuleFileError(f"unknown kind {bad[0]!r}; kinds: {', '.join(KINDS)}",
                                    path=str(path), line=line)
        out[key] = tuple(values)
    return out


# --- vocabulary ---------------------------------------------------------------------------


def load_vocabulary(directory: str | Path) -> Vocabulary:
    """Read aliases.yaml, events.yaml and rates.yaml from ``directory`` (each optional)."""
    root = Path(directory)
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    events: dict[str, tuple[str, ...]] = {}
    rates: dict[str, float] = {}
    base, source = "USD", ""
    if not root.is_dir():
        return Vocabulary()
    for path in sorted(root.glob("*.y*ml")):
        node = _compose(path)
        if node is None:
            continue
        if path.stem.startswith("aliases"):
            _read_aliases(node, path, names, aliases)
        elif path.stem.startswith("events"):
            for event, (value, line, _n) in _mapping(node, path, "an events file").items():
                triggers = value.get("triggers") if isinstance(value, dict) else value
                if not isinstance(triggers, list) or not all(isinstance(t, str) for t in triggers):
                    raise RuleFileError(f"event {event!r} needs a list of trigger words "
                                        "(triggers: [...])", path=str(path), line=line)
                extra = set(value) - {"triggers", "description"} if isinstance(value, dict) \
                    else set()
                if extra:
                    raise RuleFileError(f"unknown key {sorted(extra)[0]!r} in event {event!r}; "
                                        "valid keys: triggers, description", path=str(path),
                                        line=line)
                events[event] = tuple(" ".join(t.lower().split()) for t in triggers)
        elif path.stem.startswith("rates"):
            entries = _mapping(node, path, "a rates file")
            for key in entries:
                if key not in ("base", "as_of", "source", "rates"):
                    raise RuleFileError(f"unknown key {key!r}; valid keys: base, as_of, source, "
                                        "rates", path=str(path), line=entries[key][1])
            base = str(entries.get("base", ("USD", 0, None))[0])
            table = _mapping(entries["rates"][2], path, "'rates'") if "rates" in entries else {}
            for code, (value, line, _n) in table.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    raise RuleFileError(f"rate for {code!r} must be a positive number",
                                        path=str(path), line=line)
                rates[code.upper()] = float(value)
            rates[base] = 1.0
            as_of = entries.get("as_of", (None, 0, None))[0]
            source = f"vocabulary/{path.name}" + (f" (as of {as_of})" if as_of else "")
        else:
            raise RuleFileError("unknown vocabulary file: expected aliases*.yaml, events*.yaml "
                                "or rates*.yaml", path=str(path))
    return Vocabulary(names=names, aliases=aliases, events=events, rates=rates, rates_base=base,
                      rates_source=source)


def _read_aliases(node: yaml.Node, path: Path, names: dict[str, str],
                  aliases: dict[str, str]) -> None:
    if not isinstance(node, yaml.SequenceNode):
        raise RuleFileError("an aliases file is a list of entries (- kind: place, names: [...])",
                            path=str(path), line=node.start_mark.line + 1)
    for item in node.value:
        entry = _mapping(item, path, "an alias entry")
        line = item.start_mark.line + 1
        for key, (_v, key_line, _n) in entry.items():
            if key not in ("kind", "names", "note"):
                raise RuleFileError(f"unknown key {key!r} in an alias entry; valid keys: kind, "
                                    "names, note", path=str(path), line=key_line)
        kind = entry.get("kind", (None, line, None))[0]
        if kind not in NAME_KINDS:
            raise RuleFileError(f"alias 'kind' must be one of {', '.join(NAME_KINDS)}",
                                path=str(path), line=line)
        surfaces = entry.get("names", (None, line, None))[0]
        if not isinstance(surfaces, list) or len(surfaces) < 2 or not all(
                isinstance(s, str) for s in surfaces):
            raise RuleFileError("alias 'names' must list two or more names", path=str(path),
                                line=line)
        canonical = surfaces[0]
        for surface in surfaces:
            key = name_key(surface)
            names[key] = kind
            aliases[key] = canonical


# --- plugins ------------------------------------------------------------------------------


def load_plugins(start: Path | None = None) -> list[str]:
    """Import custom check modules: ``[tool.factcheck] checks`` and the entry point group.

    pyproject.toml is looked for in the rules folder, its parents, and the working directory.
    Returns the modules imported.
    """
    checks.load_builtins()
    imported: list[str] = []
    for pyproject in _pyprojects(start):
        try:
            config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise RuleFileError(f"cannot read: {err}", path=str(pyproject)) from None
        modules = config.get("tool", {}).get("factcheck", {}).get("checks", [])
        if not isinstance(modules, list):
            raise RuleFileError("[tool.factcheck] checks must be a list of module names",
                                path=str(pyproject))
        folder = str(pyproject.parent)
        if modules and folder not in sys.path:
            sys.path.insert(0, folder)
        for module in modules:
            try:
                importlib.import_module(module)
            except ImportError as err:
                raise RuleFileError(f"cannot import check module {module!r}: {err}",
                                    path=str(pyproject)) from None
            imported.append(module)
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            entry.load()
        except Exception as err:  # a broken plugin is the user's to fix, in one line
            raise RuleFileError(f"cannot load check plugin {entry.value!r} "
                                f"(entry point group {ENTRY_POINT_GROUP}): {err}") from None
        imported.append(entry.value)
    return imported


def _pyprojects(start: Path | None) -> list[Path]:
    found: list[Path] = []
    places = [start.resolve(), *start.resolve().parents] if start else []
    for folder in [*places, Path.cwd()]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and candidate not in found:
            found.append(candidate)
            break
    cwd = Path.cwd() / "pyproject.toml"
    if cwd.is_file() and cwd not in found:
        found.append(cwd)
    return found
